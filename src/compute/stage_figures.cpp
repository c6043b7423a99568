// The figures of regimes and stages: one pass over the complaints, each stage timed once
// (ascreport/stages.hpp), its counts added to the registry's tables of its regime and stage.
#include "stage_figures.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "ascreport/stages.hpp"
#include "dimension.hpp"

namespace ascreport::detail {
namespace {

constexpr std::size_t kTableSlots = 2;

// A table being counted: its rows' labels, and per slot a count per row.
struct Counter {
    const TableSpec* spec = nullptr;
    std::vector<std::string> labels;
    std::array<std::vector<std::int64_t>, kTableSlots> counts;
    bool free_text = false;  // rows only where something counts

    void resize(std::size_t n) {
        for (auto& c : counts) c.resize(n, 0);
    }
    void add(std::size_t slot, std::size_t row) {
        if (row >= counts[slot].size()) resize(row + 1);
        ++counts[slot][row];
    }
};

// The label of a regime's Yes/No/not recorded column.
std::size_t yes_no_index(std::optional<bool> v) { return !v ? 2 : *v ? 0 : 1; }

Breakdown breakdown_of(const Counter& c, std::span<const Period> slots) {
    Breakdown b;
    b.fields = {std::string(column_of(*c.spec))};
    b.period_label = slots[0].label;
    b.previous_label = slots[1].label;
    b.previous_total = 0;
    for (std::size_t i = 0; i < c.labels.size(); ++i) {
        const std::int64_t now = i < c.counts[0].size() ? c.counts[0][i] : 0;
        const std::int64_t before = i < c.counts[1].size() ? c.counts[1][i] : 0;
        if (c.free_text && now == 0 && before == 0) continue;
        b.rows.push_back({{{c.labels[i], c.labels[i]}}, now, before});
        b.total += now;
        *b.previous_total += before;
    }
    return b;
}

// The display order of a free-text table: by grouping key, "none given" (the last label) last.
std::vector<std::size_t> free_text_order(const TextTable& table) {
    std::vector<std::pair<std::string, std::size_t>> keyed;
    for (std::size_t i = 0; i < table.size(); ++i)
        keyed.emplace_back(TextTable::key_of(table.display(static_cast<TextId>(i))), i);
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::size_t> order;
    for (const auto& k : keyed) order.push_back(k.second);
    order.push_back(table.size());
    return order;
}

// Counts a free-text column's TextId at its row: rows are the table's groups in display order,
// then "none given".
struct FreeText {
    std::vector<std::size_t> row_of;  // by TextId, and [size] for kNoText
    std::vector<std::string> labels;
    FreeText(const TextTable& table, std::string_view none) {
        const auto order = free_text_order(table);
        row_of.resize(order.size());
        for (std::size_t r = 0; r < order.size(); ++r) {
            row_of[order[r]] = r;
            labels.emplace_back(order[r] < table.size() ? table.display(static_cast<TextId>(order[r])) : none);
        }
    }
    std::size_t row(TextId id) const { return id == kNoText || id >= row_of.size() - 1 ? row_of.back() : row_of[id]; }
};

template <std::size_t N>
std::vector<std::string> labels_of(const std::array<std::string_view, N>& values) {
    return {values.begin(), values.end()};
}

std::vector<std::string> vocab_labels(const Vocab& v) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < v.size_with_empty(); ++i) out.emplace_back(v.label(i));
    return out;
}

}  // namespace

void count_stages(const Dataset& data, const WorkingDayCalendar& calendar, std::span<const Period> slots,
                  const TimeLimits& limits, Date as_of, Figures& f) {
    // The counters, one per registry table of regimes and stages, found by (regime, stage, column).
    std::vector<Counter> counters;
    const FreeText refused(data.refused_reasons, "No reason given");
    const FreeText faults(data.fault_reasons, "No reason given");
    const FreeText areas(data.service_areas, field_spec(Field::ServiceArea).empty_label);
    for (const TableSpec& t : kTables) {
        if (t.field) continue;  // a regime's complaints by a breakdown field: compute_figures counts them
        if (t.counts != Counted::Stages && t.counts != Counted::RespondedStages && t.counts != Counted::RegimeComplaints)
            continue;
        Counter c;
        c.spec = &t;
        const std::string_view col = t.column;
        if (col == "outcome") c.labels = vocab_labels(kOutcomeVocab);
        else if (col == "timing")
            for (std::size_t i = 0; i < kStageTimings; ++i) c.labels.emplace_back(label(static_cast<StageTiming>(i)));
        else if (col == "acknowledgement")
            for (std::size_t i = 0; i < kAcknowledgements; ++i) c.labels.emplace_back(label(static_cast<Acknowledgement>(i)));
        else if (col == "escalated") c.labels = {"Escalated to stage " + std::to_string(t.stage + 1), "Not escalated"};
        else if (col == "ombudsman") c.labels = {"Taken to the Ombudsman", "Not taken to the Ombudsman"};
        else if (col == "complainant") c.labels = vocab_labels(kComplainantVocab);
        else if (col == "advocate") c.labels = vocab_labels(kAdvocateVocab);
        else if (col == "dispute_resolution") c.labels = vocab_labels(kDisputeResolutionVocab);
        else if (col == "remedy") c.labels = labels_of(vocab_detail::remedy_type);
        else if (col == "refused_reason") c.labels = refused.labels, c.free_text = true;
        else if (col == "fault_reason") c.labels = faults.labels, c.free_text = true;
        else if (col == "service_area" || col == "outside_limits") c.labels = areas.labels, c.free_text = true;
        c.resize(c.labels.size());
        counters.push_back(std::move(c));
    }
    // Each counter by regime, stage (0: the regime's own) and column, found once here rather
    // than per complaint.
    constexpr std::array<std::string_view, 13> kColumns{"outcome",     "timing",   "acknowledgement",    "escalated",
                                                        "ombudsman",   "complainant", "advocate", "dispute_resolution",
                                                        "remedy",      "refused_reason", "fault_reason", "service_area",
                                                        "outside_limits"};
    std::array<std::array<std::array<Counter*, kColumns.size()>, 4>, 3> found{};
    for (Counter& c : counters)
        for (std::size_t i = 0; i < kColumns.size(); ++i)
            if (c.spec->column == kColumns[i])
                found[static_cast<std::size_t>(c.spec->regime)][c.spec->stage][i] = &c;
    // In kColumns' order.
    enum Column : std::size_t {
        kOutcome, kTiming, kAck, kEscalated, kOmbudsman, kComplainant, kAdvocate, kDispute, kRemedies, kRefused, kFault,
        kServiceArea, kOutsideLimits
    };
    auto counter = [&](Regime r, int stage, Column column) -> Counter* {
        return found[static_cast<std::size_t>(r)][static_cast<std::size_t>(stage)][column];
    };
    // Per regime and stage (1-based), the working days of the responses, for the measures.
    std::array<std::array<std::array<std::vector<int>, kTableSlots>, 3>, 3> days;
    std::array<std::array<std::int64_t, kTableSlots>, 3> redress{};

    // The complaints an Ombudsman case names, as known on the as-of day.
    const OmbudsmanLinks to_ombudsman(data, as_of);

    for (const Complaint& c : data.complaints) {
        if (!in_procedure(c)) continue;
        const Regime r = c.regime;
        const auto ri = static_cast<std::size_t>(r);
        for (std::size_t slot = 0; slot < kTableSlots; ++slot) {
            if (!slots[slot].contains(c.received)) continue;
            counter(r, 0, kComplainant)->add(slot, static_cast<std::size_t>(c.details->complainant));
            counter(r, 0, kAdvocate)->add(slot, yes_no_index(c.details->advocate));
            counter(r, 0, kDispute)->add(slot, yes_no_index(c.details->dispute_resolution));
            for (const Remedy& m : c.details->remedies) {
                counter(r, 0, kRemedies)->add(slot, static_cast<std::size_t>(m.type));
                if (m.type == RemedyType::Financial) redress[ri][slot] += m.pence.value_or(0);
            }
            if (c.details->refused) counter(r, 0, kRefused)->add(slot, refused.row(c.details->refused_reason));
            if (c.details->fault_reason != kNoText) counter(r, 0, kFault)->add(slot, faults.row(c.details->fault_reason));
        }
        if (c.details->refused) continue;  // not accepted into the procedure: no stage to time
        const StageList stages = stages_of(c);
        for (const StageView& s : stages) {
            const int k = s.number;
            if (k < 1 || k > stage_count(r)) continue;  // the loader reports such a stage
            const StageClock clock = time_stage(s, limit_of(limits, r, k), calendar, as_of);
            for (std::size_t slot = 0; slot < kTableSlots; ++slot) {
                if (slots[slot].contains(s.requested)) {
                    counter(r, k, kOutcome)->add(slot, static_cast<std::size_t>(s.outcome));
                    counter(r, k, kTiming)->add(slot, static_cast<std::size_t>(clock.timing));
                    if (Counter* ack = counter(r, k, kAck); ack && clock.acknowledgement)
                        ack->add(slot, static_cast<std::size_t>(*clock.acknowledgement));
                    if (clock.working_days) days[ri][static_cast<std::size_t>(k - 1)][slot].push_back(*clock.working_days);
                    // The Code's report: the stage by service area, and whether it was outside
                    // the Code's limits (responded late, open and overdue, acknowledged late).
                    if (Counter* area = counter(r, k, kServiceArea)) area->add(slot, areas.row(c.service_area));
                    if (Counter* outside = counter(r, k, kOutsideLimits);
                        outside && (clock.timing == StageTiming::Late || clock.timing == StageTiming::OpenOverdue ||
                                    clock.acknowledgement == Acknowledgement::Late))
                        outside->add(slot, areas.row(c.service_area));
                }
                if (k < stage_count(r) && s.responded && slots[slot].contains(*s.responded)) {
                    const StageView* next = stages.find(k + 1);
                    counter(r, k, kEscalated)->add(slot, next && next->requested <= as_of ? 0 : 1);
                }
            }
        }
        const StageView& last = stages.last();
        for (std::size_t slot = 0; slot < kTableSlots; ++slot) {
            if (!last.responded || !slots[slot].contains(*last.responded)) continue;
            const bool taken = to_ombudsman.taken(c);
            counter(r, 0, kOmbudsman)->add(slot, taken ? 0 : 1);
        }
    }
    for (const Counter& c : counters) f.table(c.spec->id) = breakdown_of(c, slots);

    // The numbers: each stage's measures, each regime's redress.
    for (const NumberSpec& n : kNumbers) {
        if (n.source != NumberSource::Count) continue;
        const auto ri = static_cast<std::size_t>(n.regime);
        if (n.counts == Counted::RegimeComplaints) {
            f.count(n.count) = {redress[ri][0], redress[ri][1]};
        } else if (n.counts == Counted::Stages && n.stage >= 1) {
            const auto& d = days[ri][static_cast<std::size_t>(n.stage - 1)];
            const WorkingDayMeasures now = measure_working_days(d[0]);
            const WorkingDayMeasures before = measure_working_days(d[1]);
            f.count(n.count) = n.json.ends_with("median_working_days") ? Count{now.median_tenths, before.median_tenths}
                                                                       : Count{now.mean_tenths, before.mean_tenths};
        }
    }
}

}  // namespace ascreport::detail
