// Dates as exports write them: the contract's forms (parse_date), a time of day after them, and
// a form a council declares in report.toml (DateForm). docs/input-format.md, "Dates".
#include "ascreport/date.hpp"
#include "ascreport/text.hpp"

#include <array>
#include <string>

namespace ascreport {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads at least `min` and at most `max` digits at t[i] as a number, moving i past them.
bool number(std::string_view t, std::size_t& i, std::size_t min, std::size_t max, int& out) {
    std::size_t n = 0;
    out = 0;
    while (n < max && i + n < t.size() && is_digit(t[i + n])) out = out * 10 + (t[i + n++] - '0');
    if (n < min) return false;
    i += n;
    return true;
}

// A month's name at t[i]: its first three letters, "sept" or the whole name, any case. Moves i
// past it; 0 when the letters there are not a month.
int month_name(std::string_view t, std::size_t& i) {
    static constexpr std::array<std::string_view, 12> kNames{
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    std::size_t n = 0;
    char word[10];
    while (i + n < t.size() && n < sizeof word) {
        const char c = ascii_lower(t[i + n]);
        if (c < 'a' || c > 'z') break;
        word[n++] = c;
    }
    if (i + n < t.size() && ((t[i + n] >= 'a' && t[i + n] <= 'z') || (t[i + n] >= 'A' && t[i + n] <= 'Z'))) return 0;
    const std::string_view w(word, n);
    for (std::size_t m = 0; m < kNames.size(); ++m) {
        const std::string_view name = kNames[m];
        if (w == name || w == name.substr(0, 3) || (m == 8 && w == "sept")) {
            i += n;
            return static_cast<int>(m) + 1;
        }
    }
    return 0;
}

// What may follow a date: nothing, or a time of day (ignored). `t_allowed`: "T" may start it
// (after YYYY-MM-DD).
bool time_of_day(std::string_view t, std::size_t i, bool t_allowed) {
    if (i == t.size()) return true;
    if (t[i] == 'T' && t_allowed) {
        ++i;
    } else if (t[i] == ' ') {
        while (i < t.size() && t[i] == ' ') ++i;
    } else {
        return false;
    }
    int hour = 0, minute = 0, second = 0, unused = 0;
    if (!number(t, i, 1, 2, hour) || i >= t.size() || t[i++] != ':' || !number(t, i, 2, 2, minute)) return false;
    if (i < t.size() && t[i] == ':') {
        ++i;
        if (!number(t, i, 2, 2, second)) return false;
        if (i < t.size() && (t[i] == '.' || t[i] == ',')) {
            ++i;
            if (!number(t, i, 1, 9, unused)) return false;
        }
    }
    if (hour > 23 || minute > 59 || second > 60) return false;
    std::size_t j = i;
    while (j < t.size() && t[j] == ' ') ++j;
    if (j + 2 <= t.size() && (ascii_lower(t[j]) == 'a' || ascii_lower(t[j]) == 'p') && ascii_lower(t[j + 1]) == 'm') {
        if (hour < 1 || hour > 12) return false;
        i = j + 2;
    }
    if (i == t.size()) return true;
    // A zone: "Z", an offset, or UTC, GMT or BST; a space before it is allowed.
    while (i < t.size() && t[i] == ' ') ++i;
    if (i == t.size()) return false;
    if (const std::string_view zone = t.substr(i); zone.size() == 3) {
        std::string name;
        for (char c : zone) name += ascii_lower(c);
        if (name == "utc" || name == "gmt" || name == "bst") return true;
    }
    if (t[i] == 'Z') return i + 1 == t.size();
    if (t[i] != '+' && t[i] != '-') return false;
    ++i;
    int offset_hours = 0, offset_minutes = 0;
    if (!number(t, i, 2, 2, offset_hours) || offset_hours > 14) return false;
    if (i == t.size()) return true;
    if (t[i] == ':') ++i;
    return number(t, i, 2, 2, offset_minutes) && offset_minutes <= 59 && i == t.size();
}

bool finish(int y, int m, int d, Date& out) {
    if (!is_valid_ymd(y, m, d)) return false;
    out = Date::from_ymd(y, m, d);
    return true;
}

// YYYY-MM-DD, then a time.
bool read_iso(std::string_view t, Date& out) {
    if (t.size() < 10 || t[4] != '-' || t[7] != '-') return false;
    std::size_t i = 0;
    int y = 0, m = 0, d = 0;
    if (!number(t, i, 4, 4, y) || i != 4) return false;
    i = 5;
    if (!number(t, i, 2, 2, m) || i != 7) return false;
    i = 8;
    if (!number(t, i, 2, 2, d) || i != 10) return false;
    return time_of_day(t, 10, true) && finish(y, m, d, out);
}

// D/M/YYYY (one or two digits for each of the first two numbers), then a time. `month_first`:
// M/D/YYYY.
bool read_slashed(std::string_view t, Date& out, bool month_first) {
    std::size_t i = 0;
    int a = 0, b = 0, y = 0;
    if (!number(t, i, 1, 2, a) || i >= t.size() || t[i++] != '/') return false;
    if (!number(t, i, 1, 2, b) || i >= t.size() || t[i++] != '/') return false;
    if (!number(t, i, 4, 4, y) || (i < t.size() && is_digit(t[i]))) return false;
    return time_of_day(t, i, false) && finish(y, month_first ? a : b, month_first ? b : a, out);
}

// 01-Apr-2023, 1 Apr 2023, 01 April 2023 (a space or a hyphen on either side of the month).
bool read_month_name(std::string_view t, Date& out) {
    std::size_t i = 0;
    int d = 0, y = 0;
    if (!number(t, i, 1, 2, d) || i >= t.size() || (t[i] != ' ' && t[i] != '-')) return false;
    ++i;
    const int m = month_name(t, i);
    if (m == 0 || i >= t.size() || (t[i] != ' ' && t[i] != '-')) return false;
    ++i;
    if (!number(t, i, 4, 4, y) || (i < t.size() && is_digit(t[i]))) return false;
    return time_of_day(t, i, false) && finish(y, m, d, out);
}

}  // namespace

bool parse_date(std::string_view t, Date& out, const DateForm* declared) {
    if (declared) return declared->read(t, out) || read_iso(t, out) || read_month_name(t, out);
    if (t.size() >= 10 && t[4] == '-') return read_iso(t, out);
    return read_slashed(t, out, false) || read_month_name(t, out);
}

bool is_time_suffix(std::string_view rest, bool after_iso) { return time_of_day(rest, 0, after_iso); }

int month_from_name(std::string_view word) {
    std::size_t i = 0;
    const int m = month_name(word, i);
    return i == word.size() ? m : 0;
}

bool reads_as_month_first(std::string_view t) {
    Date d;
    return !read_slashed(t, d, false) && read_slashed(t, d, true);
}

std::optional<DateForm> DateForm::parse(std::string_view pattern, std::string& error) {
    DateForm form;
    form.pattern_ = std::string(pattern);
    int days = 0, months = 0, years = 0;
    for (std::size_t i = 0; i < pattern.size();) {
        const char c = ascii_lower(pattern[i]);
        std::size_t run = 1;
        if (c == 'd' || c == 'm' || c == 'y')
            while (i + run < pattern.size() && ascii_lower(pattern[i + run]) == c) ++run;
        Token token{Part::Literal, pattern[i]};
        if (c == 'd' && run <= 2) token.part = Part::Day, ++days;
        else if (c == 'm' && run <= 2) token.part = Part::Month, ++months;
        else if (c == 'm' && run <= 4) token.part = Part::MonthName, ++months;
        else if (c == 'y' && run == 4) token.part = Part::Year4, ++years;
        else if (c == 'y' && run == 2) token.part = Part::Year2, ++years;
        else if (c == 'd' || c == 'm' || c == 'y') {
            error = "\"" + std::string(pattern.substr(i, run)) +
                    "\" is not a part of a date form; use DD or D for the day, MM or M for the month "
                    "(MMM for its name), YYYY or YY for the year";
            return std::nullopt;
        }
        token.two_digits = run == 2;  // refined below: only when a number follows directly
        form.tokens_.push_back(token);
        i += token.part == Part::Literal ? 1 : run;
    }
    if (days != 1 || months != 1 || years != 1) {
        error = "must name the day, the month and the year once each, e.g. \"MM/DD/YYYY\"";
        return std::nullopt;
    }
    // DD or MM next to another number with nothing between (YYYYMMDD) is exactly two digits.
    const auto is_number = [&](std::size_t k) {
        return k < form.tokens_.size() && form.tokens_[k].part != Part::Literal && form.tokens_[k].part != Part::MonthName;
    };
    for (std::size_t k = 0; k < form.tokens_.size(); ++k) {
        Token& token = form.tokens_[k];
        if (token.part != Part::Day && token.part != Part::Month) continue;
        token.two_digits = token.two_digits && ((k > 0 && is_number(k - 1)) || is_number(k + 1));
    }
    return form;
}

bool DateForm::read(std::string_view t, Date& out) const {
    int y = 0, m = 0, d = 0;
    std::size_t i = 0;
    for (const Token& token : tokens_) {
        switch (token.part) {
        case Part::Day:
            if (!number(t, i, token.two_digits ? 2 : 1, 2, d)) return false;
            break;
        case Part::Month:
            if (!number(t, i, token.two_digits ? 2 : 1, 2, m)) return false;
            break;
        case Part::MonthName:
            if ((m = month_name(t, i)) == 0) return false;
            break;
        case Part::Year4:
            if (!number(t, i, 4, 4, y)) return false;
            break;
        case Part::Year2:
            if (!number(t, i, 2, 2, y)) return false;
            y += 2000;
            break;
        case Part::Literal:
            if (i >= t.size() || ascii_lower(t[i]) != ascii_lower(token.literal)) return false;
            ++i;
            break;
        }
    }
    if (i < t.size() && is_digit(t[i])) return false;
    return time_of_day(t, i, true) && finish(y, m, d, out);
}

}  // namespace ascreport
