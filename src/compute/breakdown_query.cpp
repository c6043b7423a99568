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

// Which routes --route accepts, by Route; the default is statutory, or every route when the
// question names route.
std::array<bool, 3> routes_accepted(std::optional<RouteChoice> choice, bool names_route) {
    switch (choice.value_or(names_route ? RouteChoice::All : RouteChoice::Statutory)) {
        case RouteChoice::Statutory: return {true, false, false};
        case RouteChoice::Informal: return {false, true, false};
        case RouteChoice::Corporate: return {false, false, true};
        case RouteChoice::All: break;
    }
    return {true, true, true};
}

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
    const std::array<bool, 3> route_accepted = routes_accepted(query.route, names(Field::Route));
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
        if (!route_accepted[static_cast<std::size_t>(c.route)]) return;
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

}  // namespace

std::optional<ListField> parse_list_field(std::string_view name) {
    const std::string key = TextTable::key_of(name);
    if (key == "reference") return ListField{Column::Reference};
    if (key == "received") return ListField{Column::Received};
    if (key == "responded") return ListField{Column::Responded};
    if (key == "working_days") return ListField{Column::WorkingDays};
    if (key == "open_working_days") return ListField{Column::OpenWorkingDays};
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
        case Column::Field: break;
    }
    return field_name(f.field);
}

std::vector<std::string_view> list_fields() {
    std::vector<std::string_view> names{"reference", "received", "responded"};
    for (Field f : all_fields())
        if (parse_list_field(field_name(f)) && !is_date_field(f) && f != Field::Timescale) names.push_back(field_name(f));
    for (std::string_view derived : {"working_days", "open_working_days", "timescale", "year", "quarter", "month"})
        names.push_back(derived);
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
    const bool names_route = std::any_of(conditions.begin(), conditions.end(),
                                         [](const BoundCondition& c) { return c.field == Field::Route; });
    const std::array<bool, 3> route_accepted = routes_accepted(query.route, names_route);
    const Date as_of = query.as_of.value_or(query.period.last);

    std::vector<const Complaint*> chosen;
    for (const Complaint& c : data.complaints) {
        if (!query.period.contains(c.received) || !route_accepted[static_cast<std::size_t>(c.route)]) continue;
        if (meets(conditions, c.received, [&](const Dimension& d) { return d.index(c, nullptr, 0); })) chosen.push_back(&c);
    }
    std::stable_sort(chosen.begin(), chosen.end(), [](const Complaint* a, const Complaint* b) {
        return a->received < b->received || (!(b->received < a->received) && a->reference < b->reference);
    });
    for (const Complaint* c : chosen) {
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
