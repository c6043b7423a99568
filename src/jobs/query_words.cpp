// The words of a breakdown or list question, parsed once, before the data is read: field names
// bound to Fields, FIELD=VALUE to Conditions (a date field's value to its range), and every
// usage message worded with the options' names (docs/faults.md). Compute binds the values.
#include <algorithm>
#include <string>
#include <vector>

#include "ascreport/breakdown_job.hpp"
#include "ascreport/edit_distance.hpp"
#include "ascreport/text.hpp"
#include "ascreport/text_table.hpp"

namespace ascreport {
namespace {

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

// The field named before the first '=' (or the whole text), trimmed.
std::string where_name(const std::string& text) { return trimmed(std::string_view(text).substr(0, text.find('='))); }

// --where FIELD=VALUE with a known field of the kind, and a date field's value in its form.
std::string parse_where(const std::vector<std::string>& where, Records of, std::vector<Condition>& conditions) {
    conditions.clear();
    for (const std::string& text : where) {
        const auto eq = text.find('=');
        if (eq == std::string::npos) return "--where \"" + text + "\": write FIELD=VALUE, e.g. --where outcome=Upheld";
        const std::string name = where_name(text);
        const auto f = field_of(name, of);
        if (!f) return unknown_field(name, "--where", of);
        Condition c{*f, trimmed(std::string_view(text).substr(eq + 1)), std::nullopt};
        if (is_date_field(*f) && !(c.dates = parse_date_value(*f, c.value)))
            return "--where \"" + text + "\": " + std::string(date_value_form(*f));
        conditions.push_back(std::move(c));
    }
    return "";
}

std::string list_field_error(std::string_view name, std::string_view option) {
    std::string names;
    for (std::string_view n : list_fields()) names += (names.empty() ? "" : ", ") + std::string(n);
    return "unknown field \"" + std::string(name) + "\" in " + std::string(option) + "; the fields are: " + names;
}

}  // namespace

std::string parse_breakdown_words(const std::vector<std::string>& by_words, const std::vector<std::string>& where,
                                  BreakdownQuery& query) {
    const Records of = query.of;
    if (by_words.empty() || by_words.size() > 2)
        return "--by takes one or two fields, separated by a comma; the fields are: " + field_list(of);
    if (query.route && of != Records::Complaints && of != Records::Concerns)
        return "--route chooses complaints and concerns; " + std::string(records_name(of)) + " have no route" +
               (of == Records::Stages ? " (they are those of the complaints handled in their procedure: choose them with --regime)"
                                      : "");
    if (query.regime && (of == Records::Compliments || of == Records::Lgsco))
        return "--regime chooses complaints, concerns and stages; " + std::string(records_name(of)) + " have no regime";
    const auto names_concerns = [](const std::vector<std::string>& items) {
        return std::any_of(items.begin(), items.end(), [](const std::string& text) {
            const auto f = parse_field(where_name(text));
            return f == Field::Category || f == Field::Subcategory;
        });
    };
    if (query.measure && of != Records::Stages && (of != Records::Complaints || names_concerns(by_words) || names_concerns(where)))
        return "--measure working_days measures complaints and stages: not with --of " +
               std::string(of == Records::Complaints ? "concerns" : records_name(of)) +
               (of == Records::Complaints ? " (category and subcategory count concerns)" : "");
    query.by.clear();
    for (const std::string& name : by_words) {
        const auto f = field_of(trimmed(name), of);
        if (!f) return unknown_field(trimmed(name), "--by", of);
        if (std::find(query.by.begin(), query.by.end(), *f) != query.by.end())
            return "--by names " + std::string(field_name(*f)) + " twice";
        query.by.push_back(*f);
    }
    if (query.percent != ShareOf::Total && query.by.size() != 2)
        return std::string("--percent ") + (query.percent == ShareOf::Row ? "row" : "column") +
               " needs two fields in --by: it gives each count as a share of its " +
               (query.percent == ShareOf::Row ? "first" : "second") + " field's group";
    return parse_where(where, of, query.where);
}

std::string parse_list_words(const std::vector<std::string>& fields, const std::string& sort_words,
                             const std::vector<std::string>& where, ListQuery& query) {
    query.fields.clear();
    for (const std::string& name : fields) {
        const auto f = parse_list_field(name);
        if (!f) return list_field_error(name, "--fields");
        query.fields.push_back(*f);
    }
    const std::vector<ListField> columns = query.fields.empty() ? default_list_fields() : query.fields;
    std::string sort = sort_words;
    query.descending = false;
    if (const auto colon = sort.rfind(':'); colon != std::string::npos) {
        query.descending = TextTable::key_of(sort.substr(colon + 1)) == "desc";
        if (!query.descending) return "--sort \"" + sort + "\": write FIELD, or FIELD:desc for the largest first";
        sort.resize(colon);
    }
    query.sort.reset();
    if (!sort.empty()) {
        const auto f = parse_list_field(sort);
        if (!f) return list_field_error(sort, "--sort");
        const auto it = std::find(columns.begin(), columns.end(), *f);
        if (it == columns.end()) return "--sort " + trimmed(sort) + ": sort by one of the fields listed (add it to --fields)";
        query.sort = static_cast<std::size_t>(it - columns.begin());
    }
    for (const std::string& text : where) {
        const std::string name = where_name(text);
        const auto f = parse_field(name);
        if (f && (*f == Field::Category || *f == Field::Subcategory))
            return "--where " + name + ": a complaint may raise several concerns, so list cannot select by " + name;
    }
    return parse_where(where, Records::Complaints, query.where);
}

std::string query_problem_message(const QueryProblem& problem, const std::vector<std::string>& where,
                                  const std::vector<Field>& by) {
    switch (problem.kind) {
        case QueryProblem::Kind::None: break;
        case QueryProblem::Kind::NoSuchValue: {
            const std::string& text = where.at(problem.condition);
            const auto eq = text.find('=');
            return "--where \"" + text + "\": " + std::string(field_name(*parse_field(where_name(text)))) +
                   " has no value \"" + trimmed(std::string_view(text).substr(eq + 1)) + "\"" +
                   (problem.free_text ? " in this data" : "") + "; the values are: " + join(problem.values);
        }
        case QueryProblem::Kind::TooManyCells:
            return "--by " + std::string(field_name(by.at(0))) + "," + std::string(field_name(by.at(1))) + " gives " +
                   (problem.cells == 0 ? std::string("more than ") + with_thousands(kMaxBreakdownCells)
                                       : with_thousands(static_cast<std::int64_t>(problem.cells))) +
                   " combinations of values, more than the " + with_thousands(kMaxBreakdownCells) +
                   " one breakdown can count; ask for a shorter period, or by one field with --where for the other";
    }
    return "";
}

}  // namespace ascreport
