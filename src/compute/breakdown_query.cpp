// run_breakdown: validate the question against the data, then one counting pass.
#include <algorithm>
#include <array>
#include <map>
#include <span>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ascreport/calendar.hpp"
#include "ascreport/text.hpp"
#include "ascreport/dataset.hpp"
#include "ascreport/breakdown.hpp"
#include "ascreport/coverage.hpp"
#include "ascreport/stages.hpp"
#include "dimension.hpp"

namespace ascreport {

namespace {

using detail::Dimension;
using detail::Tally;

bool is_date_field(Field f) { return f == Field::Month || f == Field::Quarter || f == Field::Year; }

// The conditions on one field, bound to its dimension.
struct BoundCondition {
    Field field;
    std::vector<bool> accepted;       // by dimension index, for fields that are not dates
    std::vector<Period> ranges;       // for date-derived fields: any of these
    std::unique_ptr<Dimension> dimension;
};

// Binds the conditions to the data's values; a problem for a value the data does not hold.
QueryProblem bind_conditions(const Dataset& data, const WorkingDayCalendar& calendar, std::span<const Period> periods,
                             const std::vector<Condition>& where, std::vector<BoundCondition>& conditions) {
    for (std::size_t k = 0; k < where.size(); ++k) {
        const Condition& condition = where[k];
        auto it = std::find_if(conditions.begin(), conditions.end(),
                               [&](const BoundCondition& c) { return c.field == condition.field; });
        if (it == conditions.end()) {
            BoundCondition c{condition.field, {}, {}, std::make_unique<Dimension>(condition.field, data, calendar, periods)};
            c.accepted.assign(c.dimension->size(), false);
            conditions.push_back(std::move(c));
            it = conditions.end() - 1;
        }
        if (condition.dates) {
            it->ranges.push_back(*condition.dates);
            continue;
        }
        const std::size_t index = it->dimension->find(condition.value);
        if (index >= it->dimension->size())
            return {QueryProblem::Kind::NoSuchValue, k, it->dimension->allowed_values(), it->dimension->free_text(), 0};
        it->accepted[index] = true;
    }
    return {};
}

// Whether a record dated `date` meets every condition; `index(dimension)` is its index.
template <class Index>
bool meets(const std::vector<BoundCondition>& conditions, Date date, const Index& index) {
    return std::all_of(conditions.begin(), conditions.end(), [&](const BoundCondition& cond) {
        if (cond.ranges.empty()) return static_cast<bool>(cond.accepted[index(*cond.dimension)]);
        return std::any_of(cond.ranges.begin(), cond.ranges.end(), [&](const Period& p) { return p.contains(date); });
    });
}

// Which complaints --route and --regime take. Without --route: those handled in their regime's
// procedure (in_procedure: the statutory route of adult social care, every route but the
// informal one of the others), or every route when the question names route. Without --regime:
// adult social care for complaints and concerns, every regime for stages or when the question
// names regime.
class ComplaintFilter {
public:
    ComplaintFilter(std::optional<RouteChoice> route, bool names_route, std::optional<RegimeChoice> regime,
                    bool names_regime, Records of)
        : routes_(mask(route.value_or(RouteChoice::All))),
          in_procedure_(!route && !names_route),
          regimes_(mask(regime.value_or(names_regime || of == Records::Stages ? RegimeChoice::All
                                                                                     : RegimeChoice::Adult))) {}
    bool operator()(const Complaint& c) const {
        return regimes_[static_cast<std::size_t>(c.regime)] &&
               (in_procedure_ ? in_procedure(c) : routes_[static_cast<std::size_t>(c.route)]);
    }

private:
    // RouteChoice and RegimeChoice name Route's and Regime's values in their order, then All.
    template <class Choice>
    static std::array<bool, 3> mask(Choice choice) {
        std::array<bool, 3> accepted{};
        const auto i = static_cast<std::size_t>(choice);
        if (i < accepted.size()) accepted[i] = true;
        else accepted.fill(true);
        return accepted;
    }
    std::array<bool, 3> routes_;
    bool in_procedure_;
    std::array<bool, 3> regimes_;
};

// Sets each row's share_whole: the sum of the counts of the rows with the same group in the
// field that `share` names.
void share_within(Breakdown& b, ShareOf share) {
    b.share_of = share;
    if (share == ShareOf::Total) return;
    const std::size_t field = share == ShareOf::Row ? 0 : 1;
    std::map<std::string, std::int64_t> wholes;
    for (const BreakdownRow& row : b.rows) wholes[row.groups.at(field).key] += row.count;
    for (BreakdownRow& row : b.rows) row.share_whole = wholes[row.groups[field].key];
}

}  // namespace

std::optional<RouteChoice> parse_route_choice(std::string_view text) {
    const std::string key = TextTable::key_of(text);
    if (key == "statutory") return RouteChoice::Statutory;
    if (key == "informal") return RouteChoice::Informal;
    if (key == "corporate") return RouteChoice::Corporate;
    if (key == "all") return RouteChoice::All;
    return std::nullopt;
}

std::optional<RegimeChoice> parse_regime_choice(std::string_view text) {
    const std::string key = TextTable::key_of(text);
    if (key == "adult") return RegimeChoice::Adult;
    if (key == "children") return RegimeChoice::Children;
    if (key == "corporate") return RegimeChoice::Corporate;
    if (key == "all") return RegimeChoice::All;
    for (std::size_t i = 0; i < kRegimeVocab.values.size(); ++i)
        if (key == TextTable::key_of(kRegimeVocab.values[i])) return static_cast<RegimeChoice>(i);
    return std::nullopt;
}

BreakdownResult run_breakdown(const Dataset& data, const WorkingDayCalendar& calendar,
                              const BreakdownQuery& query) {
    BreakdownResult result;
    const std::array<Period, 2> periods{query.period, query.period.previous()};
    const std::size_t slots = query.compare ? 2 : 1;

    const std::vector<Field>& by = query.by;
    std::vector<BoundCondition> conditions;
    result.problem = bind_conditions(data, calendar, periods, query.where, conditions);
    if (!result.ok()) return result;

    auto names = [&](Field f) {
        return std::find(by.begin(), by.end(), f) != by.end() ||
               std::any_of(conditions.begin(), conditions.end(), [&](const BoundCondition& c) { return c.field == f; });
    };
    const ComplaintFilter accepted(query.route, names(Field::Route), query.regime, names(Field::Regime), query.of);
    const Records of = query.of == Records::Complaints && (names(Field::Category) || names(Field::Subcategory))
                           ? Records::Concerns
                           : query.of;

    std::vector<std::unique_ptr<Dimension>> dims;
    std::vector<const Dimension*> dim_pointers;
    for (Field f : by) {
        dims.push_back(std::make_unique<Dimension>(f, data, calendar, periods));
        dim_pointers.push_back(dims.back().get());
    }
    // Two fields count into a grid of every pair of their values: bounded, so that a long
    // period by quarter and month, or many thousands of service areas by month, is a clear
    // error rather than gigabytes of empty cells or an abort (docs/faults.md).
    const std::size_t cells = dims[0]->size() * (dims.size() > 1 ? dims[1]->size() : 1);
    if (dims.size() > 1 && (dims[0]->size() > kMaxBreakdownCells || cells > kMaxBreakdownCells)) {
        result.problem.kind = QueryProblem::Kind::TooManyCells;
        result.problem.cells = dims[0]->size() > kMaxBreakdownCells ? 0 : cells;
        return result;
    }
    Tally tally(dim_pointers, 2);

    // A record counts in each slot whose period holds its date (a range longer than a year
    // overlaps the range a year earlier); `index(dimension, slot)` is its index in a dimension.
    // `counted(i0, i1)` is told of each record counted in the period (slot 0).
    auto count = [&](Date date, const auto& index, const auto& counted) {
        for (std::size_t slot = 0; slot < slots; ++slot) {
            if (!periods[slot].contains(date)) continue;
            if (!meets(conditions, date, [&](const Dimension& d) { return index(d, slot); })) continue;
            const std::size_t i0 = index(*dims[0], slot), i1 = dims.size() > 1 ? index(*dims[1], slot) : 0;
            tally.add(slot, i0, i1);
            if (slot == 0) counted(i0, i1);
        }
    };
    const auto nothing_more = [](std::size_t, std::size_t) {};
    if (query.measure) tally.measure();
    auto complaint = [&](const Complaint& c, const Concern* concern) {
        if (!accepted(c)) return;
        count(
            c.received, [&](const Dimension& d, std::size_t slot) { return d.index(c, concern, slot); },
            [&](std::size_t i0, std::size_t i1) {
                // Working days as the timescale table counts them.
                if (query.measure && c.responded)
                    tally.add_days(i0, i1, calendar.working_days_between(c.received, *c.responded));
            });
    };
    switch (of) {
        case Records::Complaints:
            for (const Complaint& c : data.complaints) complaint(c, nullptr);
            break;
        case Records::Concerns:
            for (const Concern& concern : data.concerns)
                if (concern.complaint < data.complaints.size()) complaint(data.complaints[concern.complaint], &concern);
            break;
        case Records::Compliments:
            for (const Compliment& c : data.compliments)
                count(c.received, [&](const Dimension& d, std::size_t slot) { return d.index(c, slot); }, nothing_more);
            break;
        case Records::Lgsco:
            for (const OmbudsmanCase& c : data.lgsco)
                count(c.received, [&](const Dimension& d, std::size_t slot) { return d.index(c, slot); }, nothing_more);
            break;
        case Records::Stages: {
            // Each stage as the figures' regimes tables count it (compute/stage_figures.cpp).
            const Date as_of = query.as_of.value_or(query.period.last);
            const OmbudsmanLinks ombudsman(data, as_of);
            for (const Complaint& c : data.complaints) {
                if (!in_procedure(c) || c.details->refused || !accepted(c)) continue;
                const StageList stages = stages_of(c);
                const bool taken = ombudsman.taken(c);
                for (const StageView& s : stages) {
                    if (s.number < 1 || s.number > stage_count(c.regime)) continue;  // the loader reports such a stage
                    const StageClock clock = time_stage(s, limit_of(query.limits, c.regime, s.number), calendar, as_of);
                    const detail::StageRecord record{c, s, clock, escalation_of(stages, s, clock, taken, as_of)};
                    count(
                        s.requested, [&](const Dimension& d, std::size_t slot) { return d.index(record, slot); },
                        [&](std::size_t i0, std::size_t i1) {
                            // Working days as the stage clock counts them (the Code's from the
                            // acknowledgement; a children's stage 3 to the panel).
                            if (query.measure && clock.working_days) tally.add_days(i0, i1, *clock.working_days);
                        });
                }
            }
            break;
        }
    }

    result.breakdown = tally.breakdown(periods, query.compare);
    if (query.compare) {
        const RecordKind kind = query.of == Records::Compliments ? RecordKind::Compliments
                                : query.of == Records::Lgsco     ? RecordKind::OmbudsmanCases
                                                                 : RecordKind::Complaints;
        mark_no_earlier_data(result.breakdown, Coverage(data, query.records_start).earlier(kind, periods[1]));
    }
    share_within(result.breakdown, query.percent);
    return result;
}

// ---- list ---------------------------------------------------------------------------------------

namespace {

using Column = ListField::Column;

// Sorts empty cells last; numbers, dates and text (by grouping key) each in their own order.
bool cell_before(const ListCell& a, const ListCell& b, bool descending) {
    if ((a.kind == ListCell::Kind::Empty) != (b.kind == ListCell::Kind::Empty)) return b.kind == ListCell::Kind::Empty;
    if (a.kind == ListCell::Kind::Empty) return false;
    int order = 0;
    if (a.kind == ListCell::Kind::Number && b.kind == ListCell::Kind::Number)
        order = a.number < b.number ? -1 : a.number > b.number ? 1 : 0;
    else if (a.kind == ListCell::Kind::Date && b.kind == ListCell::Kind::Date)
        order = a.date < b.date ? -1 : b.date < a.date ? 1 : 0;
    else
        order = TextTable::key_of(a.text).compare(TextTable::key_of(b.text));
    return descending ? order > 0 : order < 0;
}

// A stage column's cell: its dates and outcome as recorded; its timing, acknowledgement, working
// days and escalation where `timed` (a complaint handled in its procedure) and the stage is one
// its regime has.
void stage_cell(ListCell& cell, const StageView& s, const StageList& stages, ListField::Part part, bool timed,
                bool taken, const TimeLimits& limits, const WorkingDayCalendar& calendar, Date as_of) {
    auto date = [&](const std::optional<Date>& d) {
        if (!d) return;
        cell.kind = ListCell::Kind::Date;
        cell.date = *d;
        cell.text = d->iso();
    };
    auto text = [&](std::string_view t) {
        cell.kind = ListCell::Kind::Text;
        cell.text = std::string(t);
    };
    using Part = ListField::Part;
    switch (part) {
        case Part::Requested: return date(s.requested);
        case Part::Acknowledged: return date(s.acknowledged);
        case Part::ExtendedTo: return date(s.extended_to);
        case Part::Responded: return date(s.responded);
        case Part::Panel: return date(s.panel);
        case Part::Outcome: return text(label(s.outcome));
        default: break;
    }
    if (!timed || s.number > stage_count(s.regime)) return;
    const StageClock clock = time_stage(s, limit_of(limits, s.regime, s.number), calendar, as_of);
    switch (part) {
        case Part::OnTime: return text(label(clock.timing));
        case Part::Acknowledgement:
            return text(label(clock.acknowledgement));
        case Part::WorkingDays:
            if (clock.working_days) {
                cell.kind = ListCell::Kind::Number;
                cell.number = *clock.working_days;
                cell.text = std::to_string(*clock.working_days);
            }
            return;
        case Part::Escalated: return text(label(escalation_of(stages, s, clock, taken, as_of)));
        default: return;
    }
}

// The parts of a stage column, stageN_PART, in the order the help lists them.
constexpr std::array<std::pair<ListField::Part, std::string_view>, 10> kStageParts{{
    {ListField::Part::Requested, "requested"},
    {ListField::Part::Acknowledged, "acknowledged"},
    {ListField::Part::ExtendedTo, "extended_to"},
    {ListField::Part::Responded, "responded"},
    {ListField::Part::Panel, "panel"},
    {ListField::Part::Outcome, "outcome"},
    {ListField::Part::OnTime, "on_time"},
    {ListField::Part::Acknowledgement, "acknowledgement"},
    {ListField::Part::WorkingDays, "working_days"},
    {ListField::Part::Escalated, "escalated"},
}};

std::string_view part_name(ListField::Part part) {
    for (const auto& [p, name] : kStageParts)
        if (p == part) return name;
    return "";
}

// Every stage column's name: stage1_requested, ..., stage3_escalated (a panel: stage 3 only).
const std::vector<std::string>& stage_column_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (int k = 1; k <= 3; ++k)
            for (const auto& [part, name] : kStageParts)
                if (part != ListField::Part::Panel || k == 3) out.push_back("stage" + std::to_string(k) + "_" + std::string(name));
        return out;
    }();
    return names;
}

}  // namespace

std::optional<ListField> parse_list_field(std::string_view name) {
    const std::string key = TextTable::key_of(name);
    if (key == "reference") return ListField{Column::Reference};
    if (key == "received") return ListField{Column::Received};
    if (key == "responded") return ListField{Column::Responded};
    if (key == "working_days") return ListField{Column::WorkingDays};
    if (key == "open_working_days") return ListField{Column::OpenWorkingDays};
    if (key == "stages") return ListField{Column::Stages};
    if (key == "escalated_to_ombudsman") return ListField{Column::Ombudsman};
    if (key.size() > 7 && key.starts_with("stage") && key[5] >= '1' && key[5] <= '3' && key[6] == '_') {
        const std::uint8_t stage = static_cast<std::uint8_t>(key[5] - '0');
        for (const auto& [part, part_key] : kStageParts)
            if (key.substr(7) == part_key && (part != ListField::Part::Panel || stage == 3))
                return ListField{Column::Stage, Field::Route, stage, part};
        return std::nullopt;
    }
    const auto f = parse_field(name);
    // A complaint may raise several concerns: category and subcategory are no column of it.
    if (!f || !has_field(Records::Complaints, *f) || *f == Field::Category || *f == Field::Subcategory)
        return std::nullopt;
    return ListField{Column::Field, *f};
}

std::string_view list_field_name(ListField f) {
    switch (f.column) {
        case Column::Reference: return "reference";
        case Column::Received: return "received";
        case Column::Responded: return "responded";
        case Column::WorkingDays: return "working_days";
        case Column::OpenWorkingDays: return "open_working_days";
        case Column::Stages: return "stages";
        case Column::Ombudsman: return "escalated_to_ombudsman";
        case Column::Stage: {
            const std::string name = "stage" + std::to_string(f.stage) + "_" + std::string(part_name(f.part));
            for (const std::string& known : stage_column_names())
                if (known == name) return known;
            return "";
        }
        case Column::Field: break;
    }
    return field_name(f.field);
}

std::vector<std::string_view> list_fields() {
    std::vector<std::string_view> names{"reference", "received", "responded"};
    for (Field f : all_fields())
        if (parse_list_field(field_name(f)) && !is_date_field(f) && f != Field::Timescale) names.push_back(field_name(f));
    for (std::string_view derived : {"working_days", "open_working_days", "timescale", "year", "quarter", "month", "stages"})
        names.push_back(derived);
    for (const std::string& stage : stage_column_names()) names.push_back(stage);
    names.push_back("escalated_to_ombudsman");
    return names;
}

std::vector<ListField> default_list_fields() {
    std::vector<ListField> fields;
    const std::string_view text = kDefaultListFields;
    for (std::size_t start = 0; start <= text.size();) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        fields.push_back(*parse_list_field(text.substr(start, comma - start)));
        start = comma + 1;
    }
    return fields;
}

ListResult run_list(const Dataset& data, const WorkingDayCalendar& calendar, const ListQuery& query) {
    ListResult result;
    const std::array<Period, 1> periods{query.period};
    const std::vector<ListField> columns = query.fields.empty() ? default_list_fields() : query.fields;
    std::vector<std::unique_ptr<Dimension>> dims;  // by column; null for the list's own fields
    for (const ListField& f : columns) {
        dims.push_back(f.column == Column::Field ? std::make_unique<Dimension>(f.field, data, calendar, periods) : nullptr);
        result.list.columns.emplace_back(list_field_name(f));
    }
    const std::size_t sort_column = query.sort.value_or(columns.size());
    const bool descending = query.descending;
    std::vector<BoundCondition> conditions;
    if (result.problem = bind_conditions(data, calendar, periods, query.where, conditions); !result.ok()) return result;
    const auto names = [&](Field f) {
        return std::any_of(conditions.begin(), conditions.end(), [&](const BoundCondition& c) { return c.field == f; });
    };
    const ComplaintFilter accepted(query.route, names(Field::Route), query.regime, names(Field::Regime),
                                   Records::Complaints);
    const Date as_of = query.as_of.value_or(query.period.last);
    const bool timed = std::any_of(columns.begin(), columns.end(), [](const ListField& f) {
        return f.column == Column::Ombudsman ||
               (f.column == Column::Stage && f.part >= ListField::Part::OnTime);
    });
    const std::optional<OmbudsmanLinks> ombudsman = timed ? std::optional<OmbudsmanLinks>(std::in_place, data, as_of)
                                                          : std::nullopt;

    std::vector<const Complaint*> chosen;
    for (const Complaint& c : data.complaints) {
        if (!query.period.contains(c.received) || !accepted(c)) continue;
        if (meets(conditions, c.received, [&](const Dimension& d) { return d.index(c, nullptr, 0); })) chosen.push_back(&c);
    }
    std::stable_sort(chosen.begin(), chosen.end(), [](const Complaint* a, const Complaint* b) {
        return a->received < b->received || (!(b->received < a->received) && a->reference < b->reference);
    });
    for (const Complaint* c : chosen) {
        const StageList stages = stages_of(*c);
        const bool taken = ombudsman && ombudsman->taken(*c);
        // Timed only where the complaint is handled in its procedure, as breakdown --of stages.
        const bool stages_timed = in_procedure(*c) && !c->details->refused;
        std::vector<ListCell> row;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            ListCell cell;
            auto date = [&](Date d) {
                cell.kind = ListCell::Kind::Date;
                cell.date = d;
                cell.text = d.iso();
            };
            auto number = [&](std::int64_t n) {
                cell.kind = ListCell::Kind::Number;
                cell.number = n;
                cell.text = std::to_string(n);
            };
            switch (columns[i].column) {
                case Column::Reference:
                    cell.kind = ListCell::Kind::Text;
                    cell.text = c->reference;
                    break;
                case Column::Received: date(c->received); break;
                case Column::Responded:
                    if (c->responded) date(*c->responded);
                    break;
                case Column::WorkingDays:
                    if (c->responded) number(calendar.working_days_between(c->received, *c->responded));
                    break;
                case Column::OpenWorkingDays:
                    if (!c->responded) number(calendar.working_days_between(c->received, as_of));
                    break;
                case Column::Field:
                    cell.kind = ListCell::Kind::Text;
                    cell.text = dims[i]->group(dims[i]->index(*c, nullptr, 0)).key;
                    break;
                case Column::Stages: number(static_cast<std::int64_t>(stages.size)); break;
                case Column::Ombudsman:
                    cell.kind = ListCell::Kind::Text;
                    cell.text = taken ? "Yes" : "No";
                    break;
                case Column::Stage:
                    if (const StageView* s = stages.find(columns[i].stage))
                        stage_cell(cell, *s, stages, columns[i].part, stages_timed, taken, query.limits, calendar, as_of);
                    break;
            }
            row.push_back(std::move(cell));
        }
        result.list.rows.push_back(std::move(row));
    }
    if (sort_column < columns.size())
        std::stable_sort(result.list.rows.begin(), result.list.rows.end(),
                         [&](const std::vector<ListCell>& a, const std::vector<ListCell>& b) {
                             return cell_before(a[sort_column], b[sort_column], descending);
                         });
    return result;
}

}  // namespace ascreport
