// Calendar dates and financial years.
//
// A Date is a day number (days since 1970-01-01, proleptic Gregorian), so comparing and
// subtracting dates is integer arithmetic. A FinancialYear runs 1 April to 31 March and is
// named by the calendar year it starts in: FinancialYear{2023} is "2023/24".
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ascreport {

struct Date {
    std::int32_t days = 0;  // days since 1970-01-01

    static Date from_ymd(int year, int month, int day);  // caller guarantees a valid date
    void to_ymd(int& year, int& month, int& day) const;
    int year() const;
    int month() const;
    int day() const;
    // 0 = Monday ... 6 = Sunday
    int weekday() const;
    std::string iso() const;  // YYYY-MM-DD

    auto operator<=>(const Date&) const = default;
};

bool is_valid_ymd(int year, int month, int day);

// Parses YYYY-MM-DD or DD/MM/YYYY (one-digit day and month accepted) into `out`; false (and
// `out` unchanged) for any other form or an impossible date. Surrounding spaces must already
// be trimmed. The loader uses this form: it runs for every date of every row, and an optional
// returned from a call costs a stall there (GCC 12).
bool parse_date(std::string_view text, Date& out);
// The same, nullopt when the text is not a date.
inline std::optional<Date> parse_date(std::string_view text) {
    Date d;
    if (!parse_date(text, d)) return std::nullopt;
    return d;
}

struct FinancialYear {
    int start_year = 0;  // 2023 for 2023/24

    static FinancialYear containing(Date d);
    Date first_day() const;  // 1 April
    Date last_day() const;   // 31 March of the next year
    bool contains(Date d) const { return d >= first_day() && d <= last_day(); }
    FinancialYear previous() const { return {start_year - 1}; }
    std::string label() const;       // "2023/24"
    std::string file_label() const;  // "2023-24"

    auto operator<=>(const FinancialYear&) const = default;
};

// Parses "2023/24" or "2023-24" (the second part must be the next year). nullopt otherwise.
std::optional<FinancialYear> parse_financial_year(std::string_view text);

}  // namespace ascreport
