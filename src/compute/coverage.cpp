// Which years the data covers: see ascreport/coverage.hpp.
#include "ascreport/coverage.hpp"

#include "ascreport/dataset.hpp"

namespace ascreport {

namespace {

// 0 for April-June ... 3 for January-March.
std::size_t quarter_of(Date d) { return static_cast<std::size_t>((d.month() + 8) % 12 / 3); }

template <typename Records, typename Kind>
void gather(const Records& records, Kind& kind) {
    for (const auto& r : records) {
        if (!kind.first || r.received < *kind.first) kind.first = r.received;
        auto [it, added] = kind.years.try_emplace(FinancialYear::containing(r.received));
        if (added || r.received < it->second.first) it->second.first = r.received;
        it->second.quarters[quarter_of(r.received)] = true;
    }
}

}  // namespace

Coverage::Coverage(const Dataset& data, std::optional<Date> records_start) : records_start_(records_start) {
    gather(data.complaints, kinds_[0]);
    gather(data.compliments, kinds_[1]);
    gather(data.lgsco, kinds_[2]);
}

std::size_t Coverage::slot(RecordKind k) {
    switch (k) {
        case RecordKind::Compliments: return 1;
        case RecordKind::OmbudsmanCases: return 2;
        default: return 0;
    }
}

bool Coverage::whole(RecordKind k, FinancialYear year) const {
    if (k == RecordKind::Other) return true;
    if (records_start_) {
        if (*records_start_ <= year.first_day()) return true;
        if (k != RecordKind::OmbudsmanCases) return false;  // the case system's records begin later
    }
    const Kind& kind = kinds_[slot(k)];
    const auto it = kind.years.find(year);
    if (it == kind.years.end()) return false;
    for (bool q : it->second.quarters)
        if (!q) return false;
    return true;
}

EarlierData Coverage::earlier(RecordKind k, const Period& previous) const {
    if (k == RecordKind::Other) return EarlierData::Whole;
    const Kind& kind = kinds_[slot(k)];
    if (!kind.first || *kind.first > previous.last) return EarlierData::None;
    const bool from_start = records_start_ && previous.first >= *records_start_;
    if (from_start) return EarlierData::Whole;
    for (FinancialYear y = FinancialYear::containing(previous.first); y.first_day() <= previous.last;
         y = FinancialYear{y.start_year + 1})
        if (!whole(k, y)) return EarlierData::Partial;
    return EarlierData::Whole;
}

std::vector<PartialYear> Coverage::partial_years() const {
    std::vector<PartialYear> out;
    // Only the years a later year could be compared with: the latest year of the data (of any
    // kind), in progress or not, is compared with nothing later.
    std::optional<FinancialYear> latest;
    for (const Kind& kind : kinds_)
        if (!kind.years.empty() && (!latest || kind.years.rbegin()->first > *latest)) latest = kind.years.rbegin()->first;
    for (RecordKind k : {RecordKind::Complaints, RecordKind::Compliments, RecordKind::OmbudsmanCases}) {
        const Kind& kind = kinds_[slot(k)];
        if (kind.years.empty()) continue;
        const FinancialYear last = kind.years.rbegin()->first;
        for (FinancialYear y = kind.years.begin()->first; y <= last && y < *latest; y = FinancialYear{y.start_year + 1}) {
            if (whole(k, y)) continue;
            PartialYear p;
            p.kind = k;
            p.year = y;
            if (auto it = kind.years.find(y); it != kind.years.end()) {
                p.first = it->second.first;
                p.quarters = it->second.quarters;
            }
            p.before_records_start = records_start_ && y.first_day() < *records_start_;
            out.push_back(p);
        }
    }
    return out;
}

}  // namespace ascreport
