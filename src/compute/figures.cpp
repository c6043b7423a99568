// compute_figures: one pass over each kind of record, counting into flat arrays (see
// dimension.hpp), then the arrays turned into Breakdowns. No strings are built per record.
#include <algorithm>
#include <array>
#include <numeric>
#include <span>
#include <tuple>

#include "ascreport/calendar.hpp"
#include "ascreport/dataset.hpp"
#include "ascreport/figures.hpp"
#include "dimension.hpp"

namespace ascreport {

namespace {

using detail::Dimension;
using detail::Tally;

constexpr std::size_t kSlots = 3;  // the period, the one before, the one before that

// Decisions the Ombudsman makes; an open case has none.
constexpr std::size_t kDecisions = static_cast<std::size_t>(Decision::Open);

// A breakdown over a vocabulary that is not a breakdown field (decision, compliment source):
// every value, and the empty one when the vocabulary has it, from counts indexed by value.
Breakdown vocab_breakdown(const Vocab& vocab, std::span<const std::int64_t> counts, const std::string& label) {
    Breakdown b;
    b.fields = {std::string(vocab.column)};
    b.period_label = label;
    for (std::size_t i = 0; i < vocab.size_with_empty(); ++i) {
        const std::string name(vocab.label(i));
        b.rows.push_back({{{name, name}}, counts[i], std::nullopt});
        b.total += counts[i];
    }
    return b;
}

OmbudsmanCaseItem item_of(const OmbudsmanCase& c, std::size_t index) {
    return {index, c.reference, c.received, c.decided, c.decision, c.remedy_pence.value_or(0)};
}

// Whether any record was received on or before `last` (the previous period's last day): if
// not, that kind of record has no earlier data and nothing of it is compared.
template <typename Records>
bool received_by(const Records& records, Date last) {
    return std::any_of(records.begin(), records.end(), [&](const auto& r) { return r.received <= last; });
}

void mark_no_earlier_data(Breakdown& b) {
    if (b.compared()) b.no_earlier_data = true;
}

std::optional<std::int64_t> if_earlier(bool earlier, std::int64_t value) {
    return earlier ? std::optional<std::int64_t>(value) : std::nullopt;
}

}  // namespace

Figures compute_figures(const Dataset& data, const WorkingDayCalendar& calendar, const Period& period) {
    const std::array<Period, kSlots> periods{period, period.previous(), period.previous().previous()};
    // A record counts in every slot whose period holds it: periods longer than a year overlap
    // the one compared with.
    auto in_slot = [&](std::size_t slot, Date d) { return periods[slot].contains(d); };

    const Dimension route(Field::Route, data, calendar, periods);
    const Dimension outcome(Field::Outcome, data, calendar, periods);
    const Dimension method(Field::Method, data, calendar, periods);
    const Dimension service_area(Field::ServiceArea, data, calendar, periods);
    const Dimension timescale(Field::Timescale, data, calendar, periods);
    const Dimension gender(Field::Gender, data, calendar, periods);
    const Dimension age_band(Field::AgeBand, data, calendar, periods);
    const Dimension ethnicity(Field::Ethnicity, data, calendar, periods);
    const Dimension disability(Field::Disability, data, calendar, periods);
    const Dimension month(Field::Month, data, calendar, periods);
    const Dimension provider(Field::Provider, data, calendar, periods);
    const Dimension category(Field::Category, data, calendar, periods);

    // Tallies of statutory complaints, one per dimension, in the order above (route apart).
    const std::array<const Dimension*, 10> statutory_dims{&outcome,   &method,     &service_area, &timescale,
                                                          &gender,    &age_band,   &ethnicity,    &disability,
                                                          &month,     &provider};
    std::vector<Tally> statutory;
    for (const Dimension* d : statutory_dims) statutory.emplace_back(std::vector{d}, kSlots);
    Tally by_route({&route}, kSlots);
    std::array<std::int64_t, kSlots> over_extended{}, left_out{};
    constexpr std::size_t kTimescaleDim = 3;
    constexpr auto kWithdrawn = static_cast<std::size_t>(Timescale::Withdrawn);

    for (const Complaint& c : data.complaints) {
        for (std::size_t slot = 0; slot < kSlots; ++slot) {
            if (!in_slot(slot, c.received)) continue;
            by_route.add(slot, route.index(c, nullptr, slot));
            if (c.route != Route::Statutory) continue;
            std::array<std::size_t, 10> index{};
            for (std::size_t k = 0; k < statutory_dims.size(); ++k) {
                index[k] = statutory_dims[k]->index(c, nullptr, slot);
                // Withdrawn before a response: no timescale, so not in the timescale table.
                if (k == kTimescaleDim && index[k] == kWithdrawn) continue;
                statutory[k].add(slot, index[k]);
            }
            if (index[kTimescaleDim] == kWithdrawn) ++left_out[slot];
            if (c.extended && index[kTimescaleDim] == static_cast<std::size_t>(Timescale::Over20)) ++over_extended[slot];
        }
    }

    Tally by_category({&category}, kSlots);
    for (const Concern& concern : data.concerns) {
        if (concern.complaint >= data.complaints.size()) continue;
        const Complaint& c = data.complaints[concern.complaint];
        if (c.route != Route::Statutory) continue;
        for (std::size_t slot = 0; slot < kSlots; ++slot)
            if (in_slot(slot, c.received)) by_category.add(slot, category.index(c, &concern, slot));
    }

    Tally compliments(std::vector{&month}, kSlots);
    Tally compliment_areas(std::vector{&service_area}, kSlots);
    constexpr std::size_t kSources = static_cast<std::size_t>(ComplimentSource::NotRecorded) + 1;
    std::array<std::array<std::int64_t, kSources>, kSlots> sources{};
    for (const Compliment& c : data.compliments) {
        for (std::size_t slot = 0; slot < kSlots; ++slot) {
            if (!in_slot(slot, c.received)) continue;
            compliments.add(slot, static_cast<std::size_t>(detail::month_number(c.received) -
                                                           detail::month_number(periods[slot].first)));
            compliment_areas.add(slot, c.service_area == kNoText ? service_area.size() - 1 : c.service_area);
            ++sources[slot][static_cast<std::size_t>(c.source)];
        }
    }

    Figures f;
    f.period = periods[0];
    f.previous = periods[1];
    f.complaints_by_route = by_route.breakdown(periods, true);
    Breakdown* const outputs[] = {&f.outcome,   &f.method,   &f.service_area, &f.timescale, &f.gender,
                                  &f.age_band,  &f.ethnicity, &f.disability,  &f.month,     &f.provider};
    for (std::size_t k = 0; k < statutory_dims.size(); ++k) {
        const bool compared = k < 4;  // outcome, method, service area, timescale
        *outputs[k] = statutory[k].breakdown(periods, compared);
    }
    // Earlier data, by kind of record: concerns go by their complaints.
    const bool earlier_complaints = received_by(data.complaints, periods[1].last);
    const bool earlier_compliments = received_by(data.compliments, periods[1].last);
    const bool earlier_ombudsman = received_by(data.lgsco, periods[1].last);
    f.over_20_extended = over_extended[0];
    f.previous_over_20_extended = if_earlier(earlier_complaints, over_extended[1]);
    f.timescale_left_out = left_out[0];
    f.previous_timescale_left_out = if_earlier(earlier_complaints, left_out[1]);
    f.concern_category = by_category.breakdown(periods, true);
    f.compliments_by_month = compliments.breakdown(periods, true);
    if (!earlier_complaints)
        for (Breakdown* b : {&f.complaints_by_route, &f.outcome, &f.method, &f.service_area, &f.timescale,
                             &f.concern_category})
            mark_no_earlier_data(*b);
    if (!earlier_compliments) mark_no_earlier_data(f.compliments_by_month);
    f.compliments_by_service_area = compliment_areas.breakdown(periods, false);
    f.compliments_by_source = vocab_breakdown(kSourceVocab, sources[0], periods[0].label);

    const std::size_t months = static_cast<std::size_t>(detail::month_number(period.last) -
                                                        detail::month_number(period.first) + 1);
    const Tally& statutory_month = statutory[8];
    for (std::size_t i = 0; i < months; ++i)
        f.complaints_vs_compliments.push_back({month.group(i), statutory_month.count(0, i), compliments.count(0, i)});

    // Ombudsman
    OmbudsmanFigures& o = f.ombudsman;
    std::array<std::array<std::int64_t, kDecisions>, 2> decided{};
    std::int64_t previous_received = 0;
    for (std::size_t i = 0; i < data.lgsco.size(); ++i) {
        const OmbudsmanCase& c = data.lgsco[i];
        if (in_slot(0, c.received)) ++o.received;
        if (in_slot(1, c.received)) ++previous_received;
        if (!c.decided && c.received <= period.last) ++o.still_open;
        if (in_slot(0, c.received) && (!c.decided || *c.decided > period.last))
            o.received_not_decided.push_back(item_of(c, i));
        if (!c.decided || c.decision == Decision::Open) continue;
        if (in_slot(1, *c.decided)) ++decided[1][static_cast<std::size_t>(c.decision)];
        if (!in_slot(0, *c.decided)) continue;
        ++decided[0][static_cast<std::size_t>(c.decision)];
        o.decided_cases.push_back(item_of(c, i));
        if (c.decision == Decision::Upheld && c.remedy_pence.value_or(0) > 0) {
            ++o.financial_remedies;
            o.financial_remedy_pence += *c.remedy_pence;
        }
    }
    o.previous_received = previous_received;
    o.decided = vocab_breakdown(Vocab{"decision", kDecisionVocab.values, ""}, decided[0], periods[0].label);
    for (std::size_t d = 0; d < kDecisions; ++d) o.decided.rows[d].previous = decided[1][d];
    o.decided.previous_total = std::accumulate(decided[1].begin(), decided[1].end(), std::int64_t{0});
    o.decided.previous_label = periods[1].label;
    if (!earlier_ombudsman) {
        mark_no_earlier_data(o.decided);
        o.previous_received.reset();
    }
    std::sort(o.decided_cases.begin(), o.decided_cases.end(), [](const auto& a, const auto& b) {
        return std::tie(*a.decided, a.reference) < std::tie(*b.decided, b.reference);
    });
    std::sort(o.received_not_decided.begin(), o.received_not_decided.end(), [](const auto& a, const auto& b) {
        return std::tie(a.received, a.reference) < std::tie(b.received, b.reference);
    });

    // Regional comparison: whole financial years only.
    f.regional.fields = {"authority"};
    f.regional.period_label = period.label;
    if (period.kind == Period::Kind::FinancialYear) {
        const FinancialYear year = FinancialYear::containing(period.first);
        std::vector<std::pair<std::string, const RegionalEntry*>> entries;
        for (const RegionalEntry& e : data.regional)
            if (e.year == year) entries.emplace_back(TextTable::key_of(data.authorities.display(e.authority)), &e);
        std::stable_sort(entries.begin(), entries.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [key, e] : entries) {
            const std::string name(data.authorities.display(e->authority));
            f.regional.rows.push_back({{{name, name}}, e->cases, std::nullopt});
            f.regional.total += e->cases;
        }
    }

    // Key facts
    KeyFigures& k = f.key_facts;
    const bool years = period.kind == Period::Kind::FinancialYear;
    auto setting = [&](const auto& map, std::size_t slot) {
        using Value = typename std::decay_t<decltype(map)>::mapped_type;
        std::optional<Value> v;
        if (!years) return v;
        auto it = map.find(FinancialYear::containing(periods[slot].first));
        if (it != map.end()) v = it->second;
        return v;
    };
    k.long_term_support = setting(data.settings.long_term_support, 0);
    k.previous_long_term_support = setting(data.settings.long_term_support, 1);
    k.statutory_complaints = f.outcome.total;
    k.previous_statutory_complaints = if_earlier(earlier_complaints, *f.outcome.previous_total);
    const Tally& by_outcome = statutory[0];
    auto upheld_or_partly = [&](std::size_t s) {
        return by_outcome.count(s, static_cast<std::size_t>(Outcome::Upheld)) +
               by_outcome.count(s, static_cast<std::size_t>(Outcome::PartlyUpheld));
    };
    k.upheld_or_partly = upheld_or_partly(0);
    k.previous_upheld_or_partly = if_earlier(earlier_complaints, upheld_or_partly(1));
    const Tally& by_timescale = statutory[3];
    for (std::size_t s = 0; s < kSlots; ++s) {
        TimescalePercent t;
        t.period_label = periods[s].label;
        t.total = by_timescale.total(s);
        t.within = by_timescale.count(s, static_cast<std::size_t>(Timescale::Within20));
        if (t.total > 0) {
            t.source = TimescalePercent::Source::Records;
            t.percent = percent_half_up(t.within, t.total);
        } else if (auto history = setting(data.settings.timescale_percent_history, s)) {
            t.source = TimescalePercent::Source::Settings;
            t.percent = *history;
        }
        k.timescale.push_back(std::move(t));
    }
    k.compliments = f.compliments_by_month.total;
    k.previous_compliments = if_earlier(earlier_compliments, *f.compliments_by_month.previous_total);
    k.ombudsman_received = o.received;
    k.ombudsman_upheld = decided[0][static_cast<std::size_t>(Decision::Upheld)];
    return f;
}

}  // namespace ascreport
