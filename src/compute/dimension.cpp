#include "dimension.hpp"

#include <algorithm>
#include <array>

#include "ascreport/breakdown.hpp"
#include "ascreport/text.hpp"

namespace ascreport::detail {

namespace {

// The contract's concern categories, which show even at zero, before any the data adds.
constexpr std::array<std::string_view, 5> kKnownCategories{
    "Standard of service", "Communication", "Protection", "Environment/property", "Financial issues"};

// The field's vocabulary; age bands are the contract's or those report.toml declares.
const Vocab* vocab_for(Field f, const Dataset& data) {
    switch (f) {
        case Field::Route: return &kRouteVocab;
        case Field::Outcome: return &kOutcomeVocab;
        case Field::Method: return &kMethodVocab;
        case Field::Gender: return &kGenderVocab;
        case Field::AgeBand: return &data.age_bands.vocab();
        case Field::Disability: return &kDisabilityVocab;
        case Field::Extended: return &kExtendedVocab;
        case Field::Source: return &kSourceVocab;
        case Field::Decision: return &kDecisionVocab;
        case Field::Regime: return &kRegimeVocab;
        default: return nullptr;
    }
}

constexpr std::array<Timescale, 4> kTimescales{Timescale::Within20, Timescale::Over20, Timescale::StillOpen,
                                               Timescale::Withdrawn};

// The labels of the stages' own fields (their keys too, but a stage's number: key "1").
constexpr std::array<std::string_view, 3> kStageLabels{"Stage 1", "Stage 2", "Stage 3"};

// The size of a stage's own field, or 0 for another field.
std::size_t stage_field_size(Field f) {
    switch (f) {
        case Field::Stage: return kStageLabels.size();
        case Field::OnTime: return kStageTimings;
        case Field::Acknowledgement: return kAcknowledgements + 1;
        case Field::Escalated: return kEscalations;
        default: return 0;
    }
}

Date first_of_month_number(int n) { return Date::from_ymd(n / 12, n % 12 + 1, 1); }

std::string quarter_key(int n) {
    return FinancialYear{n / 4}.label() + "-Q" + std::to_string(n % 4 + 1);
}

}  // namespace

int month_number(Date d) {
    int y = 0, m = 0, day = 0;
    d.to_ymd(y, m, day);
    return y * 12 + m - 1;
}

int quarter_number(Date d) {
    return FinancialYear::containing(d).start_year * 4 + quarter_of_financial_year(d) - 1;
}

int year_number(Date d) { return FinancialYear::containing(d).start_year; }

Dimension::Dimension(Field field, const Dataset& data, const WorkingDayCalendar& calendar,
                     std::span<const Period> slot_periods)
    : field_(field), data_(data), calendar_(calendar), first_(slot_periods.front().first) {
    if (field == Field::Remedy)
        for (const OmbudsmanCase& c : data.lgsco)
            if (!trim(c.remedy).empty()) remedies_.intern(trim(c.remedy));
    if (const Vocab* v = vocab_for(field, data)) {
        // An empty `extended` is No, not a value of its own.
        size_ = field == Field::Extended ? v->values.size() : v->size_with_empty();
    } else if (const TextTable* t = table()) {
        size_ = t->size();
        if (field == Field::Category)
            for (std::string_view known : kKnownCategories)
                if (t->find(known) == kNoText) extra_labels_.emplace_back(known);
        size_ += extra_labels_.size() + 1;  // the last index is the empty value
    } else if (field == Field::Timescale) {
        size_ = kTimescales.size();
    } else if (const std::size_t n = stage_field_size(field)) {
        size_ = n;
    } else if (field == Field::DecidedYear) {
        // Every year from the earliest period or decision to the latest, then "Not decided".
        int first = year_number(slot_periods.front().first), last = year_number(slot_periods.front().last);
        for (const Period& p : slot_periods) {
            first = std::min(first, year_number(p.first));
            last = std::max(last, year_number(p.last));
        }
        for (const OmbudsmanCase& c : data.lgsco)
            if (c.decided) {
                first = std::min(first, year_number(*c.decided));
                last = std::max(last, year_number(*c.decided));
            }
        first_decided_year_ = first;
        size_ = static_cast<std::size_t>(last - first + 2);
    } else {
        int (*number)(Date) = field == Field::Month ? month_number
                              : field == Field::Quarter ? quarter_number
                                                        : year_number;
        for (const Period& p : slot_periods) {
            slot_start_.push_back(number(p.first));
            size_ = std::max(size_, static_cast<std::size_t>(number(p.last) - number(p.first) + 1));
        }
    }

    // Display order, and which values show at zero.
    always_shown_.assign(size_, true);
    if (const TextTable* t = table()) {
        std::fill(always_shown_.begin(), always_shown_.end(), false);
        std::vector<std::pair<std::string, std::size_t>> keyed;
        for (TextId id = 0; id < t->size(); ++id) keyed.emplace_back(TextTable::key_of(t->display(id)), id);
        std::sort(keyed.begin(), keyed.end());
        if (field == Field::Category) {
            // Known categories first, in the contract's order.
            std::size_t extra = 0;
            for (std::string_view known : kKnownCategories) {
                const TextId id = t->find(known);
                const std::size_t i = id == kNoText ? t->size() + extra++ : id;
                order_.push_back(i);
                always_shown_[i] = true;
            }
        }
        for (const auto& [key, id] : keyed)
            if (std::find(order_.begin(), order_.end(), id) == order_.end()) order_.push_back(id);
        order_.push_back(size_ - 1);
    } else {
        for (std::size_t i = 0; i < size_; ++i) order_.push_back(i);
    }
    // Decided years show only where they count something.
    if (field == Field::DecidedYear) std::fill(always_shown_.begin(), always_shown_.end(), false);
    // "Withdrawn before a response" is no timescale: it shows only where it counts something.
    if (field == Field::Timescale) always_shown_[static_cast<std::size_t>(Timescale::Withdrawn)] = false;
    // Nor is it a stage's timing; "Not applicable" shows only where a stage has no acknowledge limit.
    if (field == Field::OnTime) always_shown_[static_cast<std::size_t>(StageTiming::Withdrawn)] = false;
    if (field == Field::Acknowledgement) always_shown_[kAcknowledgements] = false;
    // A stage shows where it counts something: a corporate complaint has no stage 3.
    if (field == Field::Stage) std::fill(always_shown_.begin(), always_shown_.end(), false);
}

const TextTable* Dimension::table() const {
    switch (field_) {
        case Field::ServiceArea: return &data_.service_areas;
        case Field::Provider: return &data_.providers;
        case Field::Ethnicity: return &data_.ethnicities;
        case Field::Category: return &data_.categories;
        case Field::Subcategory: return &data_.subcategories;
        case Field::Remedy: return &remedies_;
        default: return nullptr;
    }
}

std::size_t Dimension::index(const Complaint& c, const Concern* concern, std::size_t slot) const {
    auto text = [&](TextId id) { return id == kNoText ? size_ - 1 : static_cast<std::size_t>(id); };
    switch (field_) {
        case Field::Route: return static_cast<std::size_t>(c.route);
        case Field::Outcome: return static_cast<std::size_t>(c.outcome);
        case Field::Method: return static_cast<std::size_t>(c.method);
        case Field::Gender: return static_cast<std::size_t>(c.gender);
        case Field::AgeBand: return c.age_band < size_ - 1 ? c.age_band : size_ - 1;  // kNoAgeBand: N/A
        case Field::Disability: return static_cast<std::size_t>(c.disability);
        case Field::ServiceArea: return text(c.service_area);
        case Field::Provider: return text(c.provider);
        case Field::Ethnicity: return text(c.ethnicity);
        case Field::Category: return text(concern ? concern->category : kNoText);
        case Field::Timescale:
            return static_cast<std::size_t>(
                timescale_of(calendar_, c.received, c.responded, c.outcome == Outcome::Withdrawn));
        case Field::Month: return static_cast<std::size_t>(month_number(c.received) - slot_start_[slot]);
        case Field::Quarter: return static_cast<std::size_t>(quarter_number(c.received) - slot_start_[slot]);
        case Field::Year: return static_cast<std::size_t>(year_number(c.received) - slot_start_[slot]);
        case Field::Extended: return c.extended ? 0 : 1;
        case Field::Subcategory: return text(concern ? concern->subcategory : kNoText);
        case Field::Regime: return static_cast<std::size_t>(c.regime);
        default: return size_ - 1;  // not a complaint's field (has_field)
    }
}

std::size_t Dimension::index(const StageRecord& s, std::size_t slot) const {
    switch (field_) {
        case Field::Outcome: return static_cast<std::size_t>(s.stage.outcome);
        case Field::Extended: return s.stage.extended ? 0 : 1;
        case Field::Month: return static_cast<std::size_t>(month_number(s.stage.requested) - slot_start_[slot]);
        case Field::Quarter: return static_cast<std::size_t>(quarter_number(s.stage.requested) - slot_start_[slot]);
        case Field::Year: return static_cast<std::size_t>(year_number(s.stage.requested) - slot_start_[slot]);
        case Field::Stage: return static_cast<std::size_t>(s.stage.number - 1);
        case Field::OnTime: return static_cast<std::size_t>(s.clock.timing);
        case Field::Acknowledgement:
            return s.clock.acknowledgement ? static_cast<std::size_t>(*s.clock.acknowledgement) : kAcknowledgements;
        case Field::Escalated: return static_cast<std::size_t>(s.escalated);
        default: return index(s.complaint, nullptr, slot);
    }
}

std::size_t Dimension::index(const OmbudsmanCase& c, std::size_t slot) const {
    switch (field_) {
        case Field::Decision: return static_cast<std::size_t>(c.decision);
        case Field::Remedy: {
            const TextId id = trim(c.remedy).empty() ? kNoText : remedies_.find(trim(c.remedy));
            return id == kNoText ? size_ - 1 : static_cast<std::size_t>(id);
        }
        case Field::DecidedYear:
            return c.decided ? static_cast<std::size_t>(year_number(*c.decided) - first_decided_year_) : size_ - 1;
        case Field::Month: return static_cast<std::size_t>(month_number(c.received) - slot_start_[slot]);
        case Field::Quarter: return static_cast<std::size_t>(quarter_number(c.received) - slot_start_[slot]);
        case Field::Year: return static_cast<std::size_t>(year_number(c.received) - slot_start_[slot]);
        default: return size_ - 1;  // not a case's field (has_field)
    }
}

bool Dimension::has_compliment_field() const {
    return field_ == Field::ServiceArea || field_ == Field::Month || field_ == Field::Quarter || field_ == Field::Year;
}

std::size_t Dimension::index(const Compliment& c, std::size_t slot) const {
    switch (field_) {
        case Field::ServiceArea: return c.service_area == kNoText ? size_ - 1 : static_cast<std::size_t>(c.service_area);
        case Field::Month: return static_cast<std::size_t>(month_number(c.received) - slot_start_[slot]);
        case Field::Quarter: return static_cast<std::size_t>(quarter_number(c.received) - slot_start_[slot]);
        case Field::Year: return static_cast<std::size_t>(year_number(c.received) - slot_start_[slot]);
        case Field::Source: return static_cast<std::size_t>(c.source);
        default: return size_ - 1;  // not a compliment's field (has_compliment_field)
    }
}

Group Dimension::group(std::size_t i) const {
    auto same = [](std::string_view s) { return Group{std::string(s), std::string(s)}; };
    if (const Vocab* v = vocab_for(field_, data_)) return same(v->label(i));
    if (const TextTable* t = table()) {
        if (i < t->size()) return same(t->display(static_cast<TextId>(i)));
        if (i < t->size() + extra_labels_.size()) return same(extra_labels_[i - t->size()]);
        return same(empty_label(field_));
    }
    switch (field_) {
        case Field::Timescale: return same(label(kTimescales[i]));
        case Field::Stage: return {std::to_string(i + 1), std::string(kStageLabels[i])};
        case Field::OnTime: return same(label(static_cast<StageTiming>(i)));
        case Field::Acknowledgement:
            return same(label(i < kAcknowledgements ? std::optional(static_cast<Acknowledgement>(i)) : std::nullopt));
        case Field::Escalated: return same(label(static_cast<Escalation>(i)));
        case Field::Month: {
            const Date d = first_of_month_number(month_number(first_) + static_cast<int>(i));
            return {month_key(d), month_name_year(d)};
        }
        case Field::Quarter: {
            const int n = quarter_number(first_) + static_cast<int>(i);
            std::string key = quarter_key(n);
            std::string shown = key;
            shown[shown.size() - 3] = ' ';  // "2023/24 Q3", as a period's label reads
            return {std::move(key), std::move(shown)};
        }
        case Field::Year: return same(FinancialYear{year_number(first_) + static_cast<int>(i)}.label());
        case Field::DecidedYear:
            if (i + 1 == size_) return same(empty_label(field_));
            return same(FinancialYear{first_decided_year_ + static_cast<int>(i)}.label());
        default: return {};
    }
}

std::size_t Dimension::find(std::string_view text) const {
    const std::string key = TextTable::key_of(text);
    // A regime as --regime names it too: adult, children, corporate.
    if (field_ == Field::Regime)
        if (const auto r = parse_regime_choice(text); r && *r != RegimeChoice::All) return static_cast<std::size_t>(*r);
    for (std::size_t i = 0; i < size_; ++i) {
        const Group g = group(i);
        if (TextTable::key_of(g.key) == key || TextTable::key_of(g.label) == key) return i;
    }
    return size_;
}

std::vector<std::string> Dimension::allowed_values() const {
    std::vector<std::string> values;
    for (std::size_t i : order_) values.push_back(group(i).key);
    return values;
}

Tally::Tally(std::vector<const Dimension*> dims, std::size_t slots)
    : dims_(std::move(dims)),
      slots_(slots),
      size0_(dims_.at(0)->size()),
      size1_(dims_.size() > 1 ? dims_[1]->size() : 1),
      counts_(slots_ * size0_ * size1_, 0) {}

std::int64_t Tally::total(std::size_t slot) const {
    std::int64_t sum = 0;
    for (std::size_t i = slot * size0_ * size1_; i < (slot + 1) * size0_ * size1_; ++i) sum += counts_[i];
    return sum;
}

WorkingDayMeasures measure_working_days(std::vector<int> days) {
    WorkingDayMeasures m;
    m.closed = static_cast<std::int64_t>(days.size());
    if (days.empty()) return m;
    std::sort(days.begin(), days.end());
    const std::size_t n = days.size();
    m.median_tenths = n % 2 == 1 ? std::int64_t{days[n / 2]} * 10 : (std::int64_t{days[n / 2 - 1]} + days[n / 2]) * 5;
    std::int64_t sum = 0;
    for (int d : days) sum += d;
    // sum / n to a tenth, half up: floor((20 * sum + n) / 2n) tenths (days are never negative).
    m.mean_tenths = (20 * sum + m.closed) / (2 * m.closed);
    m.max = days.back();
    return m;
}

Breakdown Tally::breakdown(std::span<const Period> slot_periods, bool compared) const {
    Breakdown b;
    for (const Dimension* d : dims_) b.fields.emplace_back(field_name(d->field()));
    b.period_label = slot_periods[0].label;
    if (compared) {
        b.previous_label = slot_periods[1].label;
        b.previous_total = total(1);
    }
    b.total = total(0);

    // A free-text value shows when it counts something in a period shown.
    const std::size_t shown_slots = compared ? 2 : 1;
    std::vector<bool> shown0(size0_, false), shown1(size1_, dims_.size() < 2);
    for (std::size_t s = 0; s < shown_slots; ++s)
        for (std::size_t i = 0; i < size0_; ++i)
            for (std::size_t j = 0; j < size1_; ++j)
                if (count(s, i, j) != 0) {
                    shown0[i] = true;
                    shown1[j] = true;
                }
    for (std::size_t i = 0; i < size0_; ++i) shown0[i] = shown0[i] || dims_[0]->always_shown(i);
    if (dims_.size() > 1)
        for (std::size_t j = 0; j < size1_; ++j) shown1[j] = shown1[j] || dims_[1]->always_shown(j);

    if (dims_.size() > 1) {
        b.field_values.resize(2);
        for (std::size_t i : dims_[0]->order())
            if (shown0[i]) b.field_values[0].push_back(dims_[0]->group(i));
        for (std::size_t j : dims_[1]->order())
            if (shown1[j]) b.field_values[1].push_back(dims_[1]->group(j));
    }

    static const std::vector<std::size_t> kOnlyIndex{0};
    const std::vector<std::size_t>& order1 = dims_.size() > 1 ? dims_[1]->order() : kOnlyIndex;
    for (std::size_t i : dims_[0]->order()) {
        if (!shown0[i]) continue;
        const Group g0 = dims_[0]->group(i);
        for (std::size_t j : order1) {
            if (!shown1[j]) continue;
            // Two fields list only the combinations that count something: a grid of every
            // pair would bury the answer in zeros.
            if (dims_.size() > 1 && count(0, i, j) == 0 && (!compared || count(1, i, j) == 0)) continue;
            BreakdownRow row;
            row.groups.push_back(g0);
            if (dims_.size() > 1) row.groups.push_back(dims_[1]->group(j));
            row.count = count(0, i, j);
            if (compared) row.previous = count(1, i, j);
            if (measured_) row.measures = measure_working_days(days_.empty() ? std::vector<int>{} : days_[i * size1_ + j]);
            b.rows.push_back(std::move(row));
        }
    }
    if (measured_) {
        std::vector<int> all;
        for (const std::vector<int>& cell : days_) all.insert(all.end(), cell.begin(), cell.end());
        b.total_measures = measure_working_days(std::move(all));
    }
    return b;
}

}  // namespace ascreport::detail
