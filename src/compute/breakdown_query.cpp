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
#include "ascreport/edit_distance.hpp"
#include "dimension.hpp"

namespace ascreport {

namespace {

using detail::Dimension;
using detail::Tally;

std::string trimmed(std::string_view s) { return std::string(trim(s)); }

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) out += ", ";
        out += item;
    }
    return out;
}

// The fields of a kind of record, as a usage error lists them.
std::string field_list(Records of) {
    std::vector<std::string> names;
    for (Field f : all_fields())
        if (has_field(of, f)) names.emplace_back(field_name(f));
    return join(names);
}

std::string unknown_field(std::string_view name, std::string_view option, Records of) {
    if (const auto f = parse_field(name))
        return std::string(option) + " " + std::string(field_name(*f)) + ": " + std::string(records_name(of)) +
               " have no field " + std::string(field_name(*f)) + "; the fields of " + std::string(records_name(of)) +
               " are: " + field_list(of);
    std::string message = "unknown field \"" + std::string(name) + "\" in " + std::string(option);
    std::size_t best = 3;
    std::string_view hint;
    for (Field f : all_fields()) {
        if (!has_field(of, f)) continue;
        const std::size_t d = edit_distance(TextTable::key_of(name), field_name(f));
        if (d < best) {
            best = d;
            hint = field_name(f);
        }
    }
    if (!hint.empty()) message += " (did you mean " + std::string(hint) + "?)";
    return message + "; the fields" + (of == Records::Complaints ? std::string() : " of " + std::string(records_name(of))) +
           " are: " + field_list(of);
}

// The field a --by or --where name gives, when the kind of record has it.
std::optional<Field> field_of(std::string_view name, Records of) {
    const auto f = parse_field(name);
    if (!f || !has_field(of, *f)) return std::nullopt;
    return f;
}

bool is_date_field(Field f) { return f == Field::Month || f == Field::Quarter || f == Field::Year; }

// A month written "2023-04" or "April 2023".
std::optional<Period> parse_month(std::string_view text) {
    int year = 0, month = 0;
    if (text.size() == 7 && text[4] == '-' &&
        std::all_of(text.begin(), text.end(), [](char c) { return c == '-' || (c >= '0' && c <= '9'); })) {
        year = std::stoi(std::string(text.substr(0, 4)));
        month = std::stoi(std::string(text.substr(5, 2)));
    } else if (const auto space = text.rfind(' '); space != std::string_view::npos && text.size() - space == 5) {
        const std::string_view y = text.substr(space + 1);
        if (!std::all_of(y.begin(), y.end(), [](char c) { return c >= '0' && c <= '9'; })) return std::nullopt;
        year = std::stoi(std::string(y));
        for (int m = 1; m <= 12; ++m)
            if (TextTable::key_of(month_name_year(Date::from_ymd(year, m, 1))) == TextTable::key_of(text)) month = m;
    }
    if (year < 1900 || month < 1 || month > 12) return std::nullopt;
    const Date first = Date::from_ymd(year, month, 1);
    const Date last = month == 12 ? Date::from_ymd(year, 12, 31) : Date{Date::from_ymd(year, month + 1, 1).days - 1};
    return make_range(first, last);
}

// A condition on a date-derived field is a set of date ranges on the received date.
std::optional<Period> parse_date_value(Field f, std::string_view value) {
    if (f == Field::Month) return parse_month(value);
    std::optional<Period> p = parse_period(value);
    if (!p) return std::nullopt;
    const auto wanted = f == Field::Quarter ? Period::Kind::Quarter : Period::Kind::FinancialYear;
    if (p->kind != wanted) return std::nullopt;
    return p;
}

std::string_view date_value_form(Field f) {
    if (f == Field::Month) return "a month is written like 2023-04 or \"April 2023\"";
    if (f == Field::Quarter) return "a quarter is written like 2023/24-Q3";
    return "a year is written like 2023/24";
}

struct Condition {
    Field field;
    std::vector<bool> accepted;       // by dimension index, for fields that are not dates
    std::vector<Period> ranges;       // for date-derived fields: any of these
    std::unique_ptr<Dimension> dimension;
};

// FIELD=VALUE with a known field of the kind, and a date field's value in its form.
std::string check_where(const std::vector<std::string>& where, Records of) {
    for (const std::string& text : where) {
        const auto eq = text.find('=');
        if (eq == std::string::npos) return "--where \"" + text + "\": write FIELD=VALUE, e.g. --where outcome=Upheld";
        const std::string name = trimmed(std::string_view(text).substr(0, eq));
        const auto f = field_of(name, of);
        if (!f) return unknown_field(name, "--where", of);
        if (is_date_field(*f) && !parse_date_value(*f, trimmed(std::string_view(text).substr(eq + 1))))
            return "--where \"" + text + "\": " + std::string(date_value_form(*f));
    }
    return "";
}

// The --where conditions, checked by check_query; an error for a value the data does not hold.
std::string parse_conditions(const Dataset& data, const WorkingDayCalendar& calendar, std::span<const Period> periods,
                             const std::vector<std::string>& where, std::vector<Condition>& conditions) {
    for (const std::string& text : where) {
        const auto eq = text.find('=');
        const std::string value = trimmed(std::string_view(text).substr(eq + 1));
        const auto f = parse_field(trimmed(std::string_view(text).substr(0, eq)));
        auto it = std::find_if(conditions.begin(), conditions.end(), [&](const Condition& c) { return c.field == *f; });
        if (it == conditions.end()) {
            Condition c{*f, {}, {}, std::make_unique<Dimension>(*f, data, calendar, periods)};
            c.accepted.assign(c.dimension->size(), false);
            conditions.push_back(std::move(c));
            it = conditions.end() - 1;
        }
        if (is_date_field(*f)) {
            it->ranges.push_back(*parse_date_value(*f, value));
            continue;
        }
        const std::size_t index = it->dimension->find(value);
        if (index >= it->dimension->size())
            return "--where \"" + text + "\": " + std::string(field_name(*f)) + " has no value \"" + value + "\"" +
                   (it->dimension->free_text() ? " in this data" : "") +
                   "; the values are: " + join(it->dimension->allowed_values());
        it->accepted[index] = true;
    }
    return "";
}

// Whether a record dated `date` meets every condition; `index(dimension)` is its index.
template <class Index>
bool meets(const std::vector<Condition>& conditions, Date date, const Index& index) {
    return std::all_of(conditions.begin(), conditions.end(), [&](const Condition& cond) {
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

std::string check_query(const BreakdownQuery& query) {
    const Records of = query.of;
    if (query.by.empty() || query.by.size() > 2)
        return "--by takes one or two fields, separated by a comma; the fields are: " + field_list(of);
    if (query.route && of != Records::Complaints && of != Records::Concerns)
        return "--route chooses complaints and concerns; " + std::string(records_name(of)) + " have no route";
    const auto names_concerns = [](const std::vector<std::string>& items) {
        return std::any_of(items.begin(), items.end(), [](const std::string& text) {
            const auto f = parse_field(trimmed(std::string_view(text).substr(0, text.find('='))));
            return f == Field::Category || f == Field::Subcategory;
        });
    };
    if (query.measure && (of != Records::Complaints || names_concerns(query.by) || names_concerns(query.where)))
        return "--measure working_days measures complaints: not with --of " +
               std::string(of == Records::Complaints ? "concerns" : records_name(of)) +
               (of == Records::Complaints ? " (category and subcategory count concerns)" : "");
    std::vector<Field> by;
    for (const std::string& name : query.by) {
        const auto f = field_of(trimmed(name), of);
        if (!f) return unknown_field(trimmed(name), "--by", of);
        if (std::find(by.begin(), by.end(), *f) != by.end())
            return "--by names " + std::string(field_name(*f)) + " twice";
        by.push_back(*f);
    }
    if (query.percent != ShareOf::Total && query.by.size() != 2)
        return std::string("--percent ") + (query.percent == ShareOf::Row ? "row" : "column") +
               " needs two fields in --by: it gives each count as a share of its " +
               (query.percent == ShareOf::Row ? "first" : "second") + " field's group";
    return check_where(query.where, of);
}

BreakdownResult run_breakdown(const Dataset& data, const WorkingDayCalendar& calendar,
                              const BreakdownQuery& query) {
    BreakdownResult result;
    const std::array<Period, 2> periods{query.period, query.period.previous()};
    const std::size_t slots = query.compare ? 2 : 1;

    result.error = check_query(query);
    if (!result.ok()) return result;
    std::vector<Field> by;
    for (const std::string& name : query.by) by.push_back(*parse_field(trimmed(name)));

    std::vector<Condition> conditions;
    result.error = parse_conditions(data, calendar, periods, query.where, conditions);
    if (!result.ok()) return result;

    auto names = [&](Field f) {
        return std::find(by.begin(), by.end(), f) != by.end() ||
               std::any_of(conditions.begin(), conditions.end(), [&](const Condition& c) { return c.field == f; });
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
        result.error = "--by " + std::string(field_name(by[0])) + "," + std::string(field_name(by[1])) + " gives " +
                       (dims[0]->size() > kMaxBreakdownCells ? std::string("more than ") + with_thousands(kMaxBreakdownCells)
                                                             : with_thousands(static_cast<std::int64_t>(cells))) +
                       " combinations of values, more than the " + with_thousands(kMaxBreakdownCells) +
                       " one breakdown can count; ask for a shorter period, or by one field with --where for the other";
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

// The list's own fields besides the breakdown fields of a complaint.
enum class ListColumn : std::uint8_t { Reference, Received, Responded, WorkingDays, OpenWorkingDays, Field };

struct ListField {
    ListColumn column;
    Field field = Field::Route;  // ListColumn::Field
};

std::optional<ListField> parse_list_field(std::string_view name) {
    const std::string key = TextTable::key_of(name);
    if (key == "reference") return ListField{ListColumn::Reference};
    if (key == "received") return ListField{ListColumn::Received};
    if (key == "responded") return ListField{ListColumn::Responded};
    if (key == "working_days") return ListField{ListColumn::WorkingDays};
    if (key == "open_working_days") return ListField{ListColumn::OpenWorkingDays};
    const auto f = parse_field(name);
    // A complaint may raise several concerns: category and subcategory are no column of it.
    if (!f || !has_field(Records::Complaints, *f) || *f == Field::Category || *f == Field::Subcategory)
        return std::nullopt;
    return ListField{ListColumn::Field, *f};
}

std::vector<std::string> split_fields(std::string_view text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        out.push_back(trimmed(text.substr(start, comma - start)));
        start = comma + 1;
    }
    return out;
}

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

std::vector<std::string_view> list_fields() {
    std::vector<std::string_view> names{"reference", "received", "responded"};
    for (Field f : all_fields())
        if (parse_list_field(field_name(f)) && !is_date_field(f) && f != Field::Timescale) names.push_back(field_name(f));
    for (std::string_view derived : {"working_days", "open_working_days", "timescale", "year", "quarter", "month"})
        names.push_back(derived);
    return names;
}

ListResult run_list(const Dataset& data, const WorkingDayCalendar& calendar, const ListQuery& query) {
    ListResult result;
    const std::array<Period, 1> periods{query.period};
    auto list_field_error = [&](std::string_view name, std::string_view option) {
        std::string names;
        for (std::string_view n : list_fields()) names += (names.empty() ? "" : ", ") + std::string(n);
        return "unknown field \"" + std::string(name) + "\" in " + std::string(option) + "; the fields are: " + names;
    };
    std::vector<std::string> names = query.fields.empty() ? split_fields(kDefaultListFields) : query.fields;
    std::vector<ListField> columns;
    std::vector<std::unique_ptr<Dimension>> dims;  // by column; null for the list's own fields
    for (const std::string& name : names) {
        const auto f = parse_list_field(name);
        if (!f) {
            result.error = list_field_error(name, "--fields");
            return result;
        }
        columns.push_back(*f);
        dims.push_back(f->column == ListColumn::Field ? std::make_unique<Dimension>(f->field, data, calendar, periods)
                                                      : nullptr);
        result.list.columns.push_back(TextTable::key_of(name));
    }
    std::string sort = query.sort;
    bool descending = false;
    if (const auto colon = sort.rfind(':'); colon != std::string::npos) {
        descending = TextTable::key_of(sort.substr(colon + 1)) == "desc";
        if (!descending) {
            result.error = "--sort \"" + sort + "\": write FIELD, or FIELD:desc for the largest first";
            return result;
        }
        sort.resize(colon);
    }
    std::size_t sort_column = names.size();
    if (!sort.empty()) {
        if (!parse_list_field(sort)) {
            result.error = list_field_error(sort, "--sort");
            return result;
        }
        const auto it = std::find(result.list.columns.begin(), result.list.columns.end(), TextTable::key_of(sort));
        if (it == result.list.columns.end()) {
            result.error = "--sort " + trimmed(sort) + ": sort by one of the fields listed (add it to --fields)";
            return result;
        }
        sort_column = static_cast<std::size_t>(it - result.list.columns.begin());
    }
    for (const std::string& text : query.where) {
        const std::string name = trimmed(std::string_view(text).substr(0, text.find('=')));
        const auto f = parse_field(name);
        if (f && (*f == Field::Category || *f == Field::Subcategory)) {
            result.error = "--where " + name + ": a complaint may raise several concerns, so list cannot select by " + name;
            return result;
        }
    }
    if (result.error = check_where(query.where, Records::Complaints); !result.ok()) return result;
    std::vector<Condition> conditions;
    if (result.error = parse_conditions(data, calendar, periods, query.where, conditions); !result.ok()) return result;
    const bool names_route = std::any_of(conditions.begin(), conditions.end(),
                                         [](const Condition& c) { return c.field == Field::Route; });
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
                case ListColumn::Reference:
                    cell.kind = ListCell::Kind::Text;
                    cell.text = c->reference;
                    break;
                case ListColumn::Received: date(c->received); break;
                case ListColumn::Responded:
                    if (c->responded) date(*c->responded);
                    break;
                case ListColumn::WorkingDays:
                    if (c->responded) number(calendar.working_days_between(c->received, *c->responded));
                    break;
                case ListColumn::OpenWorkingDays:
                    if (!c->responded) number(calendar.working_days_between(c->received, as_of));
                    break;
                case ListColumn::Field:
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
