// compute_figures: one function per kind of record, each one pass over its records. A kind's
// tables that group by a breakdown field are the registry's (ascreport/figure_registry.hpp): each
// is counted into a flat array (see dimension.hpp) and turned into a Breakdown. The tables by
// other columns (compliment source, Ombudsman decision, authority) and the numbers are counted
// here by name. No strings are built per record.
#include <algorithm>
#include <array>
#include <memory>
#include <numeric>
#include <span>
#include <tuple>

#include "ascreport/calendar.hpp"
#include "ascreport/coverage.hpp"
#include "ascreport/dataset.hpp"
#include "ascreport/figures.hpp"
#include "ascreport/stages.hpp"
#include "dimension.hpp"
#include "stage_figures.hpp"

namespace ascreport {

namespace {

using detail::Dimension;
using detail::Tally;

constexpr std::size_t kSlots = 3;       // the period, the one before, the one before that
constexpr std::size_t kTableSlots = 2;  // what tables show: the period and the one before
using Slots = std::array<Period, kSlots>;

// Decisions the Ombudsman makes; an open case has none.
constexpr std::size_t kDecisions = static_cast<std::size_t>(Decision::Open);
constexpr std::size_t kSources = static_cast<std::size_t>(ComplimentSource::NotRecorded) + 1;

// The registry's tables of some kinds of record that group by a breakdown field: one dimension
// per field, one tally per table.
class FieldTables {
public:
    FieldTables(std::initializer_list<Counted> kinds, const Dataset& data, const WorkingDayCalendar& calendar,
                const Slots& slots)
        : data_(data), calendar_(calendar), slots_(slots) {
        for (const TableSpec& t : kTables) {
            if (!t.field || std::find(kinds.begin(), kinds.end(), t.counts) == kinds.end()) continue;
            const std::size_t d = dimension(*t.field);
            tables_.push_back({&t, d});
            tallies_.emplace_back(std::vector<const Dimension*>{dims_[d].get()}, kTableSlots);
        }
    }

    // The dimension of `field`, made when no table asked for it.
    std::size_t dimension(Field field) {
        for (std::size_t d = 0; d < dims_.size(); ++d)
            if (dims_[d]->field() == field) return d;
        dims_.push_back(std::make_unique<Dimension>(field, data_, calendar_, slots_));
        return dims_.size() - 1;
    }
    std::size_t dimensions() const { return dims_.size(); }
    const Dimension& dim(std::size_t d) const { return *dims_[d]; }

    std::size_t size() const { return tables_.size(); }
    const TableSpec& spec(std::size_t table) const { return *tables_[table].spec; }
    std::size_t dim_of(std::size_t table) const { return tables_[table].dim; }
    void add(std::size_t table, std::size_t slot, std::size_t index) { tallies_[table].add(slot, index); }

    void store(Figures& f) const {
        for (std::size_t i = 0; i < tables_.size(); ++i)
            f.table(tables_[i].spec->id) = tallies_[i].breakdown(slots_, tables_[i].spec->compared);
    }

private:
    struct Table {
        const TableSpec* spec;
        std::size_t dim;
    };
    const Dataset& data_;
    const WorkingDayCalendar& calendar_;
    const Slots& slots_;
    std::vector<std::unique_ptr<Dimension>> dims_;  // Tally keeps pointers: they never move
    std::vector<Table> tables_;
    std::vector<Tally> tallies_;
};

// A table over a vocabulary that is not a breakdown field (decision, compliment source): every
// value, and the empty one when the vocabulary has it; `counts[slot]` indexed by value.
template <std::size_t N>
Breakdown vocab_breakdown(const TableSpec& t, const Vocab& vocab, const std::array<std::array<std::int64_t, N>, kTableSlots>& counts,
                          const Slots& slots) {
    Breakdown b;
    b.fields = {std::string(column_of(t))};
    b.period_label = slots[0].label;
    for (std::size_t i = 0; i < vocab.size_with_empty(); ++i) {
        const std::string name(vocab.label(i));
        b.rows.push_back({{{name, name}}, counts[0][i], t.compared ? std::optional(counts[1][i]) : std::nullopt});
        b.total += counts[0][i];
    }
    if (t.compared) {
        b.previous_total = std::accumulate(counts[1].begin(), counts[1].end(), std::int64_t{0});
        b.previous_label = slots[1].label;
    }
    return b;
}

OmbudsmanCaseItem item_of(const OmbudsmanCase& c, std::size_t index) {
    return {index, c.reference, c.received, c.decided, c.decision, c.remedy_pence.value_or(0)};
}

// Adult social care complaints (Regime::Adult: every complaint of an export without regimes):
// the tables of every route and of the statutory route, and the numbers of the timescale (left out, extended, and the share within 20 working days, for three years).
void count_complaints(const Dataset& data, const WorkingDayCalendar& calendar, const Slots& slots, Figures& f) {
    FieldTables tables({Counted::Complaints, Counted::StatutoryComplaints, Counted::TimedStatutoryComplaints}, data,
                       calendar, slots);
    const std::size_t timescale = tables.dimension(Field::Timescale);
    constexpr auto kWithdrawn = static_cast<std::size_t>(Timescale::Withdrawn);
    constexpr std::size_t kUnknown = SIZE_MAX;
    std::array<std::int64_t, kSlots> within{}, timed{}, left_out{}, over_extended{};
    std::array<std::vector<int>, kTableSlots> days;  // of those with a response, for the measures
    std::vector<std::size_t> indexes(tables.dimensions());
    for (const Complaint& c : data.complaints) {
        if (c.regime != Regime::Adult) continue;  // the report's tables are adult social care's
        for (std::size_t slot = 0; slot < kSlots; ++slot) {
            if (!slots[slot].contains(c.received)) continue;
            // Each dimension's index, found when first asked for: a timescale counts working
            // days, and an informal complaint needs no index but its route.
            std::fill(indexes.begin(), indexes.end(), kUnknown);
            auto index = [&](std::size_t d) {
                if (indexes[d] == kUnknown) indexes[d] = tables.dim(d).index(c, nullptr, slot);
                return indexes[d];
            };
            const bool statutory = c.route == Route::Statutory;
            // Withdrawn before a response: no timescale, so not among the timed complaints.
            const bool withdrawn = statutory && index(timescale) == kWithdrawn;
            if (slot < kTableSlots) {
                for (std::size_t t = 0; t < tables.size(); ++t) {
                    const Counted counted = tables.spec(t).counts;
                    if ((counted != Counted::Complaints && !statutory) ||
                        (counted == Counted::TimedStatutoryComplaints && withdrawn))
                        continue;
                    tables.add(t, slot, index(tables.dim_of(t)));
                }
            }
            if (!statutory) continue;
            if (withdrawn) ++left_out[slot];
            else ++timed[slot];
            if (index(timescale) == static_cast<std::size_t>(Timescale::Within20)) ++within[slot];
            if (c.extended && index(timescale) == static_cast<std::size_t>(Timescale::Over20)) ++over_extended[slot];
            if (slot < kTableSlots && c.responded) days[slot].push_back(calendar.working_days_between(c.received, *c.responded));
        }
    }
    const WorkingDayMeasures now = detail::measure_working_days(std::move(days[0]));
    const WorkingDayMeasures before = detail::measure_working_days(std::move(days[1]));
    f.count(CountId::MedianWorkingDays) = {now.median_tenths, before.median_tenths};
    f.count(CountId::MeanWorkingDays) = {now.mean_tenths, before.mean_tenths};
    tables.store(f);
    f.count(CountId::TimescaleLeftOut) = {left_out[0], left_out[1]};
    f.count(CountId::Over20Extended) = {over_extended[0], over_extended[1]};
    for (std::size_t s = 0; s < kSlots; ++s)
        f.timescale_percent.push_back({slots[s].label, std::nullopt, TimescalePercent::Source::None, within[s], timed[s]});
}

// Concerns raised in adult social care's statutory complaints: a concern belongs to its complaint's period and
// shares its fields.
void count_concerns(const Dataset& data, const WorkingDayCalendar& calendar, const Slots& slots, Figures& f) {
    FieldTables tables({Counted::Concerns}, data, calendar, slots);
    for (const Concern& concern : data.concerns) {
        if (concern.complaint >= data.complaints.size()) continue;
        const Complaint& c = data.complaints[concern.complaint];
        if (c.route != Route::Statutory || c.regime != Regime::Adult) continue;
        for (std::size_t slot = 0; slot < kTableSlots; ++slot) {
            if (!slots[slot].contains(c.received)) continue;
            for (std::size_t t = 0; t < tables.size(); ++t)
                tables.add(t, slot, tables.dim(tables.dim_of(t)).index(c, &concern, slot));
        }
    }
    tables.store(f);
}

// Each regime's complaints by a breakdown field (the TableSpecs of Counted::RegimeComplaints with
// a field: the children's equality tables, service areas), counted as count_stages counts the
// regime's own tables: the complaints in their procedure (in_procedure), refused ones too.
void count_regime_fields(const Dataset& data, const WorkingDayCalendar& calendar, const Slots& slots, Figures& f) {
    FieldTables tables({Counted::RegimeComplaints}, data, calendar, slots);
    for (const Complaint& c : data.complaints) {
        if (!in_procedure(c)) continue;
        for (std::size_t slot = 0; slot < kTableSlots; ++slot) {
            if (!slots[slot].contains(c.received)) continue;
            for (std::size_t t = 0; t < tables.size(); ++t)
                if (tables.spec(t).regime == c.regime) tables.add(t, slot, tables.dim(tables.dim_of(t)).index(c, nullptr, slot));
        }
    }
    tables.store(f);
}

void count_compliments(const Dataset& data, const WorkingDayCalendar& calendar, const Slots& slots, Figures& f) {
    FieldTables tables({Counted::Compliments}, data, calendar, slots);
    std::array<std::array<std::int64_t, kSources>, kTableSlots> sources{};
    for (const Compliment& c : data.compliments) {
        for (std::size_t slot = 0; slot < kTableSlots; ++slot) {
            if (!slots[slot].contains(c.received)) continue;
            for (std::size_t t = 0; t < tables.size(); ++t)
                tables.add(t, slot, tables.dim(tables.dim_of(t)).index(c, slot));
            ++sources[slot][static_cast<std::size_t>(c.source)];
        }
    }
    tables.store(f);
    f.table(TableId::ComplimentsSource) = vocab_breakdown(table_spec(TableId::ComplimentsSource), kSourceVocab, sources, slots);
}

// The reference's monthly table, from the two tables by month.
void compare_months(const Period& period, Figures& f) {
    const std::size_t months = static_cast<std::size_t>(detail::month_number(period.last) -
                                                        detail::month_number(period.first) + 1);
    const Breakdown& complaints = f.table(TableId::Month);
    const Breakdown& compliments = f.table(TableId::ComplimentsMonth);
    for (std::size_t i = 0; i < months; ++i)
        f.complaints_vs_compliments.push_back(
            {complaints.rows.at(i).groups.at(0), complaints.rows.at(i).count, compliments.rows.at(i).count});
}

// The Ombudsman cases of adult social care: lgsco.csv's cases, but for those whose `complaint`
// names a children's or corporate complaint (counted in regimes.R.ombudsman instead). A case
// that names no complaint, or one the export does not hold, counts here, as before regimes.
// Beside them, every case whatever it names (lgsco.all.*), as the Ombudsman's letter counts.
void count_ombudsman_cases(const Dataset& data, const Slots& slots, Figures& f) {
    const Period& period = slots[0];
    OmbudsmanFigures& o = f.ombudsman;
    std::array<std::array<std::int64_t, kDecisions>, kTableSlots> decided{};
    std::array<std::int64_t, kTableSlots> received{};
    std::int64_t still_open = 0, remedies = 0, remedy_pence = 0;
    std::vector<std::string_view> other_regimes;
    for (const Complaint& c : data.complaints)
        if (c.regime != Regime::Adult) other_regimes.push_back(c.reference);
    std::sort(other_regimes.begin(), other_regimes.end());
    std::array<std::int64_t, kTableSlots> all_received{};
    std::array<std::int64_t, kTableSlots> all_decided{}, all_upheld{};
    std::int64_t all_remedies = 0, all_remedy_pence = 0;
    for (std::size_t i = 0; i < data.lgsco.size(); ++i) {
        const OmbudsmanCase& c = data.lgsco[i];
        for (std::size_t slot = 0; slot < kTableSlots; ++slot) {
            if (slots[slot].contains(c.received)) ++all_received[slot];
            if (!c.decided || c.decision == Decision::Open || !slots[slot].contains(*c.decided)) continue;
            ++all_decided[slot];
            if (c.decision != Decision::Upheld) continue;
            ++all_upheld[slot];
            if (slot == 0 && c.remedy_pence.value_or(0) > 0) {
                ++all_remedies;
                all_remedy_pence += *c.remedy_pence;
            }
        }
        if (!c.complaint.empty() &&
            std::binary_search(other_regimes.begin(), other_regimes.end(), std::string_view(c.complaint)))
            continue;
        for (std::size_t slot = 0; slot < kTableSlots; ++slot)
            if (slots[slot].contains(c.received)) ++received[slot];
        if (!c.decided && c.received <= period.last) ++still_open;
        if (period.contains(c.received) && (!c.decided || *c.decided > period.last))
            o.received_not_decided.push_back(item_of(c, i));
        if (!c.decided || c.decision == Decision::Open) continue;
        if (slots[1].contains(*c.decided)) ++decided[1][static_cast<std::size_t>(c.decision)];
        if (!period.contains(*c.decided)) continue;
        ++decided[0][static_cast<std::size_t>(c.decision)];
        o.decided_cases.push_back(item_of(c, i));
        if (c.decision == Decision::Upheld && c.remedy_pence.value_or(0) > 0) {
            ++remedies;
            remedy_pence += *c.remedy_pence;
        }
    }
    f.count(CountId::LgscoNew) = {received[0], received[1]};
    f.count(CountId::LgscoAllNew) = {all_received[0], all_received[1]};
    f.count(CountId::LgscoAllDecided) = {all_decided[0], all_decided[1]};
    f.count(CountId::LgscoAllUpheld) = {all_upheld[0], all_upheld[1]};
    f.count(CountId::LgscoAllFinancialRemedies) = {all_remedies, std::nullopt};
    f.count(CountId::LgscoAllRemedyPence) = {all_remedy_pence, std::nullopt};
    f.count(CountId::LgscoStillOpen) = {still_open, std::nullopt};
    f.count(CountId::LgscoFinancialRemedies) = {remedies, std::nullopt};
    f.count(CountId::LgscoRemedyPence) = {remedy_pence, std::nullopt};
    f.table(TableId::LgscoDecided) = vocab_breakdown(table_spec(TableId::LgscoDecided),
                                                     Vocab{"decision", kDecisionVocab.values, ""}, decided, slots);
    std::sort(o.decided_cases.begin(), o.decided_cases.end(), [](const auto& a, const auto& b) {
        return std::tie(*a.decided, a.reference) < std::tie(*b.decided, b.reference);
    });
    std::sort(o.received_not_decided.begin(), o.received_not_decided.end(), [](const auto& a, const auto& b) {
        return std::tie(a.received, a.reference) < std::tie(b.received, b.reference);
    });
}

// regional.csv rows for the period's financial year, alphabetical: whole financial years only.
void count_regional_rows(const Dataset& data, const Period& period, Figures& f) {
    Breakdown& regional = f.table(TableId::Regional);
    regional.fields = {std::string(column_of(table_spec(TableId::Regional)))};
    regional.period_label = period.label;
    if (period.kind != Period::Kind::FinancialYear) return;
    const FinancialYear year = FinancialYear::containing(period.first);
    std::vector<std::pair<std::string, const RegionalEntry*>> entries;
    for (const RegionalEntry& e : data.regional)
        if (e.year == year) entries.emplace_back(TextTable::key_of(data.authorities.display(e.authority)), &e);
    std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [key, e] : entries) {
        const std::string name(data.authorities.display(e->authority));
        regional.rows.push_back({{{name, name}}, e->cases, std::nullopt});
        regional.total += e->cases;
    }
}

// The front page's figures that are neither a table nor counted above: upheld or partly upheld
// (from the outcome table), the share within 20 working days (the records', else report.toml's)
// and, from report.toml, people in long-term support.
void count_key_facts(const ExtraFigures& extra, const Coverage& coverage, const Slots& slots, Figures& f) {
    std::int64_t upheld = 0, previous_upheld = 0;
    for (const BreakdownRow& row : f.table(TableId::Outcome).rows) {
        const std::string& key = row.groups.at(0).key;
        if (key != label(Outcome::Upheld) && key != label(Outcome::PartlyUpheld)) continue;
        upheld += row.count;
        previous_upheld += row.previous.value_or(0);
    }
    f.count(CountId::UpheldOrPartly) = {upheld, previous_upheld};

    const bool years = slots[0].kind == Period::Kind::FinancialYear;
    auto setting = [&](const auto& map, std::size_t slot) {
        using Value = typename std::decay_t<decltype(map)>::mapped_type;
        std::optional<Value> v;
        if (!years) return v;
        auto it = map.find(FinancialYear::containing(slots[slot].first));
        if (it != map.end()) v = it->second;
        return v;
    };
    // A year the complaints cover only in part: report.toml's figure for it, if any, is the
    // year's; a previous year has no other (its few records are not compared with).
    for (std::size_t s = 0; s < f.timescale_percent.size(); ++s) {
        TimescalePercent& t = f.timescale_percent[s];
        const bool partial = coverage.earlier(RecordKind::Complaints, slots[s]) == EarlierData::Partial;
        const auto history = setting(extra.timescale_percent, s);
        t.partial = partial;
        if (partial && (history || s > 0)) {
            if (history) {
                t.source = TimescalePercent::Source::Settings;
                t.percent = *history;
            }
            t.within = t.total = 0;  // the few records are not this year's figure
        } else if (t.total > 0) {
            t.source = TimescalePercent::Source::Records;
            t.percent = static_cast<int>(percent_half_up(t.within, t.total));  // within <= total: 0-100
        } else if (auto history = setting(extra.timescale_percent, s)) {
            t.source = TimescalePercent::Source::Settings;
            t.percent = *history;
        }
    }
    f.count(CountId::LongTermSupport) = {setting(extra.long_term_support, 0),
                                         setting(extra.long_term_support, 1)};
}

// Earlier data, by kind of record: a compared table of a kind with none, or whose previous
// period the data covers only in part, is marked, and the previous values of the numbers that
// count it are no data.
void mark_no_earlier_data(const Coverage& coverage, Figures& f) {
    for (RecordKind k : {RecordKind::Complaints, RecordKind::Compliments, RecordKind::OmbudsmanCases})
        f.earlier[static_cast<std::size_t>(k)] = coverage.earlier(k, f.previous);
    auto earlier = [&](Counted counted) { return f.earlier_data(record_kind(counted)) == EarlierData::Whole; };
    for (const TableSpec& t : kTables)
        if (f.table(t.id).compared() && !earlier(t.counts))
            mark_no_earlier_data(f.table(t.id), f.earlier_data(record_kind(t.counts)));
    for (const NumberSpec& n : kNumbers)
        if (n.source == NumberSource::Count && !earlier(n.counts)) f.count(n.count).previous.reset();
}

}  // namespace

Figures compute_figures(const Dataset& data, const WorkingDayCalendar& calendar, const Period& period,
                        const ExtraFigures& extra, const TimeLimits& limits, std::optional<Date> as_of) {
    // A record counts in every slot whose period holds it: periods longer than a year overlap
    // the one compared with.
    const Slots slots{period, period.previous(), period.previous().previous()};
    Figures f;
    f.period = slots[0];
    f.previous = slots[1];
    count_complaints(data, calendar, slots, f);
    count_concerns(data, calendar, slots, f);
    count_regime_fields(data, calendar, slots, f);
    count_compliments(data, calendar, slots, f);
    compare_months(period, f);
    count_ombudsman_cases(data, slots, f);
    count_regional_rows(data, period, f);
    detail::count_stages(data, calendar, std::span(slots).first(kTableSlots), limits, as_of.value_or(period.last), f);
    const Coverage coverage(data, extra.records_start);
    count_key_facts(extra, coverage, slots, f);
    mark_no_earlier_data(coverage, f);
    return f;
}

void mark_no_earlier_data(Breakdown& b, EarlierData why) {
    if (!b.compared() || why == EarlierData::Whole) return;
    b.no_earlier_data = true;
    b.earlier_partial = why == EarlierData::Partial;
    b.previous_total = 0;
    b.previous_total_suppressed = Suppressed::No;
    for (BreakdownRow& row : b.rows) {
        if (row.previous) row.previous = 0;
        row.previous_suppressed = Suppressed::No;
    }
}

void leave_out_zero_rows(Figures& f) {
    for (const TableSpec& t : kTables) {
        if (!t.omits_zero_rows) continue;
        const std::string_view empty = field_spec(*t.field).empty_label;  // a field: the registry checks
        auto prints_zero = [&](const BreakdownRow& r) {
            auto zero = [](std::optional<std::int64_t> n, Suppressed s) { return n.value_or(0) == 0 && s == Suppressed::No; };
            return zero(r.count, r.suppressed) && zero(r.previous, r.previous_suppressed) && r.groups.at(0).key != empty;
        };
        std::vector<BreakdownRow>& rows = f.table(t.id).rows;
        rows.erase(std::remove_if(rows.begin(), rows.end(), prints_zero), rows.end());
    }
}

NumberValue read_number(const Figures& f, const NumberSpec& n) {
    NumberValue v;
    switch (n.source) {
        case NumberSource::Count: {
            const Count& c = f.count(n.count);
            v.value = c.value;
            v.previous_year = n.previous_year;
            if (n.previous_year) v.previous = c.previous;
            break;
        }
        case NumberSource::TableTotal:
        case NumberSource::TableRow: {
            const Breakdown& b = f.table(n.table);
            const BreakdownRow* row = n.source == NumberSource::TableRow ? b.find(n.row) : nullptr;
            v.value = n.source == NumberSource::TableTotal ? b.total : row ? row->count : 0;
            v.previous_year = b.compared();
            if (b.compared() && !b.no_earlier_data)
                v.previous = n.source == NumberSource::TableTotal ? *b.previous_total
                             : row                               ? row->previous.value_or(0)
                                                                 : 0;
            break;
        }
        case NumberSource::TimescalePercent: {
            auto percent = [&](std::size_t slot) -> std::optional<std::int64_t> {
                if (slot >= f.timescale_percent.size() || !f.timescale_percent[slot].percent) return std::nullopt;
                return *f.timescale_percent[slot].percent;
            };
            v.value = percent(n.slot);
            v.previous_year = n.slot == 0;
            if (v.previous_year) v.previous = percent(1);
            break;
        }
        case NumberSource::SuppressBelow: {
            int below = 0;
            for (const TableSpec& t : kTables)
                if (t.equality) below = std::max(below, f.table(t.id).suppress_below);
            v.value = below;
            break;
        }
    }
    return v;
}

}  // namespace ascreport
