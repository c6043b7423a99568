#include "ascreport/period.hpp"

#include <array>

#include <fmt/format.h>

namespace ascreport {
namespace {

constexpr std::array<std::string_view, 12> kMonthNames = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

// The same day a year earlier; 29 February has no such day and becomes 28 February.
Date one_year_earlier(Date d) {
    int y, m, day;
    d.to_ymd(y, m, day);
    if (m == 2 && day == 29) day = 28;
    return Date::from_ymd(y - 1, m, day);
}

// The first day of the month `offset` months after January of `year`.
Date month_start(int year, int offset) {
    return Date::from_ymd(year + offset / 12, offset % 12 + 1, 1);
}

}  // namespace

Period make_year(FinancialYear year) {
    return {year.first_day(), year.last_day(), year.label(), Period::Kind::FinancialYear};
}

std::optional<Period> make_quarter(FinancialYear year, int quarter) {
    if (quarter < 1 || quarter > 4) return std::nullopt;
    // Offsets in months from January of the year the financial year starts in: Q1 starts at
    // 3 (April), Q4 at 12 (January of the next year).
    const int start = 3 * quarter;
    const Date first = month_start(year.start_year, start);
    const Date next = month_start(year.start_year, start + 3);
    return Period{first, Date{next.days - 1}, year.label() + " Q" + std::to_string(quarter),
                  Period::Kind::Quarter};
}

std::optional<Period> make_range(Date from, Date to) {
    if (from > to) return std::nullopt;
    // A single day reads better without "to".
    std::string label = day_month_year(from);
    if (to != from) label += " to " + day_month_year(to);
    return Period{from, to, std::move(label), Period::Kind::Range};
}

Period Period::previous() const {
    const FinancialYear year = FinancialYear::containing(first).previous();
    switch (kind) {
        case Kind::FinancialYear: return make_year(year);
        case Kind::Quarter: return *make_quarter(year, quarter_of_financial_year(first));
        case Kind::Range: break;
    }
    return *make_range(one_year_earlier(first), one_year_earlier(last));
}

Period year_to_date(const Period& p) {
    if (p.kind == Period::Kind::FinancialYear) return p;
    return *make_range(FinancialYear::containing(p.first).first_day(), p.last);
}

std::string month_span(const Period& p) {
    const std::string_view first = kMonthNames[static_cast<std::size_t>(p.first.month() - 1)];
    if (p.first.year() == p.last.year() && p.first.month() == p.last.month()) return month_name_year(p.last);
    if (p.first.year() == p.last.year()) return std::string(first) + " to " + month_name_year(p.last);
    return month_name_year(p.first) + " to " + month_name_year(p.last);
}

std::optional<Period> parse_period(std::string_view t) {
    if (t.size() == 7) {
        const auto year = parse_financial_year(t);
        if (!year) return std::nullopt;
        return make_year(*year);
    }
    if (t.size() != 10 || (t[7] != '-' && t[7] != ' ') || (t[8] != 'Q' && t[8] != 'q'))
        return std::nullopt;
    const auto year = parse_financial_year(t.substr(0, 7));
    if (!year || t[9] < '1' || t[9] > '4') return std::nullopt;
    return make_quarter(*year, t[9] - '0');
}

std::string month_key(Date d) { return fmt::format("{:04}-{:02}", d.year(), d.month()); }

std::string month_name_year(Date d) {
    return std::string(kMonthNames[static_cast<std::size_t>(d.month() - 1)]) + " " +
           std::to_string(d.year());
}

std::string day_month_year(Date d) {
    return std::to_string(d.day()) + " " + month_name_year(d);
}

int quarter_of_financial_year(Date d) {
    // April (4) maps to 0, so months 4-6 give 1 and January to March give 4.
    return (d.month() + 8) % 12 / 3 + 1;
}

}  // namespace ascreport
