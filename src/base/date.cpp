#include "ascreport/date.hpp"

#include <cstdio>

namespace ascreport {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days.
std::int32_t days_from_civil(int y, unsigned m, unsigned d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int>(doe) - 719468;
}

void civil_from_days(std::int32_t z, int& y, int& m, int& d) {
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    y = static_cast<int>(yoe) + era * 400 + (m <= 2);
}

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

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
    return Date{days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day))};
}

void Date::to_ymd(int& year, int& month, int& day) const { civil_from_days(days, year, month, day); }

int Date::year() const { int y, m, d; to_ymd(y, m, d); return y; }
int Date::month() const { int y, m, d; to_ymd(y, m, d); return m; }
int Date::day() const { int y, m, d; to_ymd(y, m, d); return d; }

int Date::weekday() const {
    // 1970-01-01 was a Thursday (3 when Monday is 0).
    const int w = (days + 3) % 7;
    return w < 0 ? w + 7 : w;
}

std::string Date::iso() const {
    int y, m, d;
    to_ymd(y, m, d);
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}

bool is_valid_ymd(int year, int month, int day) {
    static constexpr int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
    const int limit = month == 2 && is_leap(year) ? 29 : month_days[month - 1];
    return day <= limit;
}

FinancialYear FinancialYear::containing(Date d) {
    int y, m, day;
    d.to_ymd(y, m, day);
    return {m >= 4 ? y : y - 1};
}

Date FinancialYear::first_day() const { return Date::from_ymd(start_year, 4, 1); }
Date FinancialYear::last_day() const { return Date::from_ymd(start_year + 1, 3, 31); }

std::string FinancialYear::label() const {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d/%02d", start_year, (start_year + 1) % 100);
    return buf;
}

std::string FinancialYear::file_label() const {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d", start_year, (start_year + 1) % 100);
    return buf;
}

std::optional<FinancialYear> parse_financial_year(std::string_view t) {
    int y = 0, next = 0;
    if (t.size() != 7 || (t[4] != '/' && t[4] != '-')) return std::nullopt;
    if (!digits(t.substr(0, 4), 4, 4, y) || !digits(t.substr(5, 2), 2, 2, next)) return std::nullopt;
    if ((y + 1) % 100 != next || y < 1900 || y > 2998) return std::nullopt;
    return FinancialYear{y};
}

}  // namespace ascreport
