// DateForms::add: which form a column's date is written in, for `ascreport init` to tell
// whether the loader reads it as it is or report.toml must declare [input] date_format.
// The time of day after a date is recognised by the loader's own rule (is_time_suffix).
#include <algorithm>
#include <array>

#include "ascreport/date.hpp"
#include "ascreport/inspect.hpp"

namespace ascreport {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Reads 1 to `max` digits at `i`; false when there are none or more than `max`.
bool number(std::string_view t, std::size_t& i, std::size_t max, int& value, std::size_t& width) {
    const std::size_t start = i;
    value = 0;
    while (i < t.size() && is_digit(t[i])) {
        if (i - start == max) return false;
        value = value * 10 + (t[i] - '0');
        ++i;
    }
    width = i - start;
    return width > 0;
}

struct Parsed {
    DateForms::Layout layout;
    char separator;
    int year_digits;
    bool day_first, month_first, one_digit, with_time;
};

std::optional<Parsed> parse(std::string_view t) {
    std::size_t i = 0, w1 = 0, w2 = 0, w3 = 0;
    int a = 0, b = 0, c = 0;
    if (!number(t, i, 4, a, w1) || i >= t.size()) return std::nullopt;
    const char sep = t[i++];
    if (sep != '/' && sep != '-' && sep != '.' && sep != ' ') return std::nullopt;
    Parsed p{};
    p.separator = sep;
    if (i < t.size() && is_alpha(t[i])) {  // a month name
        const std::size_t start = i;
        while (i < t.size() && is_alpha(t[i])) ++i;
        b = month_from_name(t.substr(start, i - start));
        if (w1 > 2 || b == 0 || i >= t.size() || t[i] != sep) return std::nullopt;
        ++i;
        if (!number(t, i, 4, c, w3) || (w3 != 4 && w3 != 2)) return std::nullopt;
        p.layout = DateForms::Layout::MonthName;
        p.year_digits = static_cast<int>(w3);
        const int year = w3 == 2 ? 2000 + c : c;
        p.day_first = is_valid_ymd(year, b, a);
    } else {
        if (sep == ' ' || !number(t, i, 2, b, w2) || i >= t.size() || t[i] != sep) return std::nullopt;
        ++i;
        if (w1 == 4) {  // the year first
            if (!number(t, i, 2, c, w3)) return std::nullopt;
            p.layout = DateForms::Layout::YearFirst;
            p.year_digits = 4;
            p.day_first = is_valid_ymd(a, b, c);
            p.one_digit = w2 == 1 || w3 == 1;
        } else {
            if (w1 > 2 || !number(t, i, 4, c, w3) || (w3 != 4 && w3 != 2)) return std::nullopt;
            p.layout = DateForms::Layout::YearLast;
            p.year_digits = static_cast<int>(w3);
            const int year = w3 == 2 ? 2000 + c : c;
            p.day_first = is_valid_ymd(year, b, a);
            p.month_first = is_valid_ymd(year, a, b);
            p.one_digit = w1 == 1 || w2 == 1;
        }
    }
    // A time of day after the date, read as the loader reads it.
    if (!is_time_suffix(t.substr(i), p.layout == DateForms::Layout::YearFirst && sep == '-')) return std::nullopt;
    p.with_time = i < t.size();
    return p;
}

}  // namespace

void DateForms::add(std::string_view value) {
    const auto p = parse(value);
    auto form = forms.end();
    if (p)
        form = std::find_if(forms.begin(), forms.end(), [&](const Form& f) {
            return f.layout == p->layout && f.separator == p->separator && f.year_digits == p->year_digits;
        });
    if (p && form == forms.end() && forms.size() < kMaxForms) {
        forms.push_back({p->layout, p->separator, p->year_digits, 0, 0, 0, 0, 0, std::string(value)});
        form = forms.end() - 1;
    }
    if (form == forms.end()) {
        ++not_dates;
        auto seen = std::find_if(not_date_examples.begin(), not_date_examples.end(),
                                 [&](const ValueCount& v) { return v.value == value; });
        if (seen != not_date_examples.end()) ++seen->count;
        else if (not_date_examples.size() < kMaxExamples) not_date_examples.push_back({std::string(value), 1});
        return;
    }
    ++form->count;
    form->day_first += p->day_first;
    form->month_first += p->month_first;
    form->one_digit += p->one_digit;
    form->with_time += p->with_time;
}

}  // namespace ascreport
