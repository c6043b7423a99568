#include "ascreport/date.hpp"

#include <chrono>

#include <fmt/format.h>

namespace ascreport {
namespace {

namespace chr = std::chrono;

chr::year_month_day civil(std::int32_t days) { return chr::year_month_day{chr::sys_days{chr::days{days}}}; }

// Reads exactly the digits of `s` as a number; false if empty, too long or not all digits.
bool digits(std::string_view s, std::size_t min_len, std::size_t max_len, int& out) {
    if (s.size() < min_len || s.size() > max_len) return false;
    out = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
        out = out * 10 + (c - '0');
    }
    return true;
}

}  // namespace

Date Date::from_ymd(int year, int month, int day) {
    const chr::sys_days d{chr::year{year} / chr::month{static_cast<unsigned>(month)} / chr::day{static_cast<unsigned>(day)}};
    return Date{static_cast<std::int32_t>(d.time_since_epoch().count())};
}

void Date::to_ymd(int& year, int& month, int& day) const {
    const chr::year_month_day ymd = civil(days);
    year = static_cast<int>(ymd.year());
    month = static_cast<int>(static_cast<unsigned>(ymd.month()));
    day = static_cast<int>(static_cast<unsigned>(ymd.day()));
}

int Date::year() const { return static_cast<int>(civil(days).year()); }
int Date::month() const { return static_cast<int>(static_cast<unsigned>(civil(days).month())); }
int Date::day() const { return static_cast<int>(static_cast<unsigned>(civil(days).day())); }

int Date::weekday() const {
    // iso_encoding: Monday 1 ... Sunday 7.
    return static_cast<int>(chr::weekday{chr::sys_days{chr::days{days}}}.iso_encoding()) - 1;
}

std::string Date::iso() const {
    int y, m, d;
    to_ymd(y, m, d);
    return fmt::format("{:04}-{:02}-{:02}", y, m, d);
}

bool is_valid_ymd(int year, int month, int day) {
    if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 || day > 31) return false;
    return chr::year_month_day{chr::year{year} / month / day}.ok();
}

FinancialYear FinancialYear::containing(Date d) {
    int y, m, day;
    d.to_ymd(y, m, day);
    return {m >= 4 ? y : y - 1};
}

Date FinancialYear::first_day() const { return Date::from_ymd(start_year, 4, 1); }
Date FinancialYear::last_day() const { return Date::from_ymd(start_year + 1, 3, 31); }

std::string FinancialYear::label() const { return fmt::format("{:04}/{:02}", start_year, (start_year + 1) % 100); }

std::string FinancialYear::file_label() const { return fmt::format("{:04}-{:02}", start_year, (start_year + 1) % 100); }

std::optional<FinancialYear> parse_financial_year(std::string_view t) {
    int y = 0, next = 0;
    if (t.size() != 7 || (t[4] != '/' && t[4] != '-')) return std::nullopt;
    if (!digits(t.substr(0, 4), 4, 4, y) || !digits(t.substr(5, 2), 2, 2, next)) return std::nullopt;
    if ((y + 1) % 100 != next || y < 1900 || y > 2998) return std::nullopt;
    return FinancialYear{y};
}

}  // namespace ascreport
