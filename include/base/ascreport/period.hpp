// Reporting periods: a financial year, a quarter of one, or any inclusive date range, and the
// month and quarter names the report prints.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "ascreport/date.hpp"

namespace ascreport {

struct Period {
    enum class Kind : std::uint8_t { FinancialYear, Quarter, Range };

    Date first;         // inclusive
    Date last;          // inclusive
    std::string label;  // "2023/24", "2023/24 Q3", "1 October 2023 to 31 December 2023"
    Kind kind = Kind::Range;

    bool contains(Date d) const { return d >= first && d <= last; }

    // The period to compare with, one year earlier: the previous financial year, the same
    // quarter of the previous year, or a range with both ends a year back (29 February
    // becomes 28 February).
    Period previous() const;

    bool operator==(const Period&) const = default;
};

// The accepted text forms, for a usage error when parse_period fails.
inline constexpr std::string_view kPeriodForms =
    "a financial year (2023/24 or 2023-24) or a quarter of one (2023/24-Q3; Q1 is April to "
    "June, Q4 is January to March)";

// "2023/24" or "2023-24"; "2023/24-Q3" or "2023-24-Q3" (a space for the dash and a lower-case
// q are accepted too, so the printed label "2023/24 Q3" reads back). nullopt for anything
// else, such as "2023/25" or "2023/24-Q5". Surrounding spaces must already be trimmed.
std::optional<Period> parse_period(std::string_view text);

Period make_year(FinancialYear year);
std::optional<Period> make_quarter(FinancialYear year, int quarter);  // nullopt unless 1..4
std::optional<Period> make_range(Date from, Date to);                 // nullopt when from > to

// The financial year to date of `p`: from the first day of the financial year holding p.first
// to p.last, as a range ("1 April 2024 to 30 September 2024"); a financial year is its own.
Period year_to_date(const Period& p);

// The months `p` spans, for prose: "July to September 2024", "October 2024 to March 2025",
// "April 2024" (one month). By whole months: the days within them are not named.
std::string month_span(const Period& p);

std::string month_key(Date d);          // "2023-04"
std::string month_name_year(Date d);    // "April 2023"
std::string day_month_year(Date d);     // "1 October 2023"
int quarter_of_financial_year(Date d);  // 1 for April to June ... 4 for January to March

}  // namespace ascreport
