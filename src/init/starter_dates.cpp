// plan_dates: whether the loader reads the export's dates as they are, or report.toml must
// declare their form ([input] date_format).
//
// The loader reads YYYY-MM-DD, DD/MM/YYYY (one-digit day or month too) and 01-Apr-2023,
// 1 Apr 2023, 01 April 2023, each with a time of day or not. A declared form is read instead
// of DD/MM/YYYY (YYYY-MM-DD and the month-name forms are still read), so one is proposed only
// when every date of every date column fits it, and it alone.
#include <algorithm>

#include "ascreport/starter_settings.hpp"
#include "starter_rules.hpp"

namespace ascreport::init {
namespace {

using Layout = DateForms::Layout;

// The date columns of each file.
struct DateColumn {
    std::string_view file, column;
};
constexpr DateColumn kDateColumns[] = {{"complaints", "received"}, {"complaints", "responded"},
                                       {"compliments", "received"}, {"lgsco", "received"}, {"lgsco", "decided"}};

bool is_date_column(std::string_view file, std::string_view column) {
    return std::any_of(std::begin(kDateColumns), std::end(kDateColumns),
                       [&](const DateColumn& d) { return d.file == file && d.column == column; });
}

std::string pattern(const DateForms::Form& f, bool month_first) {
    const std::string sep(1, f.separator), year = f.year_digits == 4 ? "YYYY" : "YY";
    switch (f.layout) {
    case Layout::YearFirst: return "YYYY" + sep + "MM" + sep + "DD";
    case Layout::MonthName: return "DD" + sep + "MMM" + sep + year;
    case Layout::YearLast: break;
    }
    return month_first ? "MM" + sep + "DD" + sep + year : "DD" + sep + "MM" + sep + year;
}

// Whether the loader reads the form by itself (day first for DD/MM/YYYY, as in the UK).
bool read_as_is(const DateForms::Form& f) {
    switch (f.layout) {
    case Layout::YearFirst: return f.separator == '-' && f.one_digit == 0 && f.day_first == f.count;
    case Layout::MonthName:
        return (f.separator == '-' || f.separator == ' ') && f.year_digits == 4 && f.day_first == f.count;
    case Layout::YearLast: return f.separator == '/' && f.year_digits == 4 && f.day_first == f.count;
    }
    return false;
}

}  // namespace

void plan_dates(StarterPlan& plan) {
    DatePlan& out = plan.dates;
    std::vector<DateForms::Form> forms;  // merged over the date columns, in order of first sight
    for (const auto& f : plan.files)
        for (const auto& choice : f.columns) {
            if (!is_date_column(f.key, choice.column)) continue;
            for (const auto& header : choice.headers) {
                const ColumnValues* c = find_column(*f.file, header);
                if (!c) continue;
                for (const auto& form : c->dates.forms) {
                    auto same = std::find_if(forms.begin(), forms.end(), [&](const DateForms::Form& x) {
                        return x.layout == form.layout && x.separator == form.separator &&
                               x.year_digits == form.year_digits;
                    });
                    if (same == forms.end()) {
                        forms.push_back(form);
                        continue;
                    }
                    same->count += form.count;
                    same->day_first += form.day_first;
                    same->month_first += form.month_first;
                    same->one_digit += form.one_digit;
                    same->with_time += form.with_time;
                }
                if (c->dates.not_dates > 0) {
                    std::string examples;
                    for (const auto& e : c->dates.not_date_examples)
                        examples += (examples.empty() ? "" : ", ") + toml_quoted(e.value) + " (" + std::to_string(e.count) + ")";
                    out.column_todos.push_back(
                        {f.key, header,
                         std::to_string(c->dates.not_dates) + (c->dates.not_dates == 1 ? " value" : " values") + " of " +
                             toml_quoted(header) + (c->dates.not_dates == 1 ? " is" : " are") +
                             " not a date in a form ascreport reads, e.g. " + examples +
                             "; correct them in the export (leave the cell empty when there is no date)"});
                }
            }
        }

    std::vector<std::pair<std::string, const DateForms::Form*>> needed;  // form to declare, and why
    bool default_slashes = false;  // some dates are DD/MM/YYYY as the loader reads them
    for (const auto& f : forms) {
        if (read_as_is(f)) {
            if (f.layout == Layout::YearLast) default_slashes = true;
            continue;
        }
        const std::string example = toml_quoted(f.example);
        if (f.layout != Layout::YearLast) {
            if (f.day_first == f.count) needed.emplace_back(pattern(f, false), &f);
            else out.todos.push_back("some dates like " + example + " are not real dates (" +
                                     std::to_string(f.count - f.day_first) + " of " + std::to_string(f.count) +
                                     "); validate names each one");
            continue;
        }
        const bool day_first = f.day_first == f.count, month_first = f.month_first == f.count;
        if (month_first && !day_first) {
            needed.emplace_back(pattern(f, true), &f);
        } else if (day_first && !month_first) {
            needed.emplace_back(pattern(f, false), &f);
        } else if (day_first && month_first) {
            out.todos.push_back("the dates like " + example + " could be day first or month first (no number is above "
                                "12); if the day comes first set date_format = \"" + pattern(f, false) +
                                "\", if the month does, \"" + pattern(f, true) + "\"");
        } else {
            out.todos.push_back("the dates like " + example + " fit neither day first nor month first (" +
                                std::to_string(f.count - f.day_first) + " are not dates read day first, " +
                                std::to_string(f.count - f.month_first) +
                                " read month first): check the export; validate names each one");
        }
    }
    if (needed.empty()) return;
    std::vector<std::string> distinct;
    for (const auto& [p, f] : needed)
        if (std::find(distinct.begin(), distinct.end(), p) == distinct.end()) distinct.push_back(p);
    if (distinct.size() == 1 && !default_slashes) {
        const DateForms::Form& f = *needed.front().second;
        out.format = distinct.front();
        if (f.layout == Layout::YearLast && f.month_first == f.count && f.day_first < f.count)
            out.reason = "the month comes first: a date like " + toml_quoted(f.example) +
                         " has a second number above 12, and no date has a first number above 12";
        else
            out.reason = "dates are written like " + toml_quoted(f.example) + ", a form ascreport reads only when declared";
        return;
    }
    std::string forms_found;
    for (const auto& [p, f] : needed) forms_found += (forms_found.empty() ? "" : ", ") + p + " (e.g. " + toml_quoted(f->example) + ")";
    if (default_slashes) forms_found += ", DD/MM/YYYY";
    out.todos.push_back("the dates are written in more than one form (" + forms_found +
                        "), and only one can be declared: export them all in one form, ideally YYYY-MM-DD");
}

}  // namespace ascreport::init
