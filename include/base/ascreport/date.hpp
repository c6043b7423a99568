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
#include <vector>

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

// A date form named in report.toml ([input] date_format), for exports that write dates in a
// form the contract does not read by itself, e.g. "MM/DD/YYYY" (a US export) or "DD.MM.YY".
// Tokens: DD or D (day), MM or M (month number), MMM (month name, short or full), YYYY (year),
// YY (two-digit year, 2000-2099); any other character must stand as written. DD and MM take
// one or two digits, or exactly two next to another number with nothing between (YYYYMMDD).
class DateForm {
public:
    // nullopt, with `error` saying why, when the pattern does not name exactly one day, one
    // month and one year.
    static std::optional<DateForm> parse(std::string_view pattern, std::string& error);
    const std::string& pattern() const { return pattern_; }
    // Reads `text` (trimmed) in this form; a time of day after it is ignored as in parse_date.
    bool read(std::string_view text, Date& out) const;

private:
    enum class Part : std::uint8_t { Day, Month, MonthName, Year4, Year2, Literal };
    struct Token {
        Part part;
        char literal = 0;
        bool two_digits = false;  // DD or MM directly followed by another number
    };
    std::string pattern_;
    std::vector<Token> tokens_;
};

// Reads a date as the input contract accepts it (docs/input-format.md, "Dates") into `out`;
// false (and `out` unchanged) for any other form or an impossible date. The forms:
//   YYYY-MM-DD, DD/MM/YYYY (one-digit day and month accepted), and with a month name
//   01-Apr-2023, 1 Apr 2023, 01 April 2023;
// each may be followed by a time of day, which is ignored: " HH:MM[:SS[.fff]]" (with " AM" or
// " PM" when the hour is 1 to 12), or for YYYY-MM-DD also "THH:MM[:SS]", and after the time
// "Z", an offset "+hh:mm" or UTC, GMT or BST (the date is taken as written).
// With `declared` (report.toml [input] date_format), a date is read in that form; YYYY-MM-DD
// and the month-name forms, which cannot be mistaken for another, are still accepted, and
// DD/MM/YYYY is not (unless it is the form declared). Surrounding spaces must already be
// trimmed. The loader uses this form: it runs for every date of every row, and an optional
// returned from a call costs a stall there (GCC 12).
bool parse_date(std::string_view text, Date& out, const DateForm* declared = nullptr);
// The same, nullopt when the text is not a date.
inline std::optional<Date> parse_date(std::string_view text, const DateForm* declared = nullptr) {
    Date d;
    if (!parse_date(text, d, declared)) return std::nullopt;
    return d;
}

// Whether `rest`, what follows a date, is nothing or a time of day as parse_date reads it
// (" 09:15", " 9:15:30 PM", and with `after_iso` also "T09:15:30+01:00").
bool is_time_suffix(std::string_view rest, bool after_iso);
// 1 to 12 for a month's English name (its first three letters, "Sept", or in full; any case),
// 0 for any other word.
int month_from_name(std::string_view word);

// Whether `text` would be a valid date with the month first (M/D/YYYY, a time allowed after
// it) though not with the day first: what a US export writes. For the message that suggests
// [input] date_format.
bool reads_as_month_first(std::string_view text);

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
