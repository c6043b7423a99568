// Working days and the 20-working-day complaint timescale.
//
// A working day is Monday to Friday and not a bank holiday. The England and Wales list for
// 2015 to 2030 is compiled into the library (data/bank-holidays-england-and-wales.csv);
// report.toml can add days to it. Good Friday, Christmas Day and Boxing Day are never working
// days, in every year (the children's complaints regulations' definition of a working day, 2006
// regulation 2): inside the list's years the list has them (and their substitute days), outside
// them only these three and weekends are skipped, so callers should warn when data falls
// outside first_covered()..last_covered().
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ascreport/date.hpp"
#include "ascreport/period.hpp"

namespace ascreport {

class WorkingDayCalendar {
public:
    // `holidays` in any order; duplicates and weekend dates are allowed and change nothing.
    // The covered range is the whole calendar years the holidays fall in; with no holidays it
    // is empty (first_covered() > last_covered()).
    explicit WorkingDayCalendar(std::vector<Date> holidays);

    // The shipped England and Wales list plus `extra` (report.toml [calendar]
    // extra_bank_holidays). The covered range is the shipped list's years (2015 to 2030):
    // extra days are one-offs and do not vouch for the rest of their year.
    static WorkingDayCalendar england_and_wales(const std::vector<Date>& extra = {});

    bool is_working_day(Date d) const;

    // The day `n` working days after `from` (from itself when n <= 0): the last day of a limit
    // of n working days that starts the day after `from`.
    Date add_working_days(Date from, int n) const;

    // Working days d with from < d <= to: the days after `from` up to and including `to`.
    // 0 when to <= from. O(log holidays), no allocation: it runs once per complaint.
    int working_days_between(Date from, Date to) const;

    Date first_covered() const { return first_covered_; }
    Date last_covered() const { return last_covered_; }
    bool covers(Date d) const { return d >= first_covered_ && d <= last_covered_; }

private:
    // Good Friday, Christmas Day or Boxing Day on a weekday that the list does not hold.
    bool is_fixed_holiday(Date d) const;
    std::vector<Date> holidays_;  // sorted, unique, Monday to Friday only
    Date first_covered_{1};
    Date last_covered_{0};
};

// The benchmark in the counting rules: a response within this many working days is on time.
inline constexpr int kTimescaleWorkingDays = 20;

// Withdrawn: withdrawn before any response, so it has no timescale at all (the report's
// timescale table leaves it out; the breakdown query shows it where it counts something).
enum class Timescale : std::uint8_t { Within20, Over20, StillOpen, Withdrawn };

// "Within 20 working days", "Over 20 working days", "Still open", "Withdrawn before a response".
std::string_view label(Timescale t);

// Good Friday, Christmas Day and Boxing Day of `year`: never working days (above).
std::array<Date, 3> fixed_non_working_days(int year);

// A warning (without "warning: ") when `period` or the one compared with reaches outside the
// years `calendar` covers: there only weekends, Good Friday, Christmas Day and Boxing Day are
// skipped, so a timescale may count a bank holiday as a working day. Empty when the calendar covers both.
std::string calendar_warning(const WorkingDayCalendar& calendar, const Period& period);

// Without a responded date: Withdrawn when the complaint was `withdrawn` (its outcome), else
// still open. Otherwise within when working_days_between(received, responded) <= 20. A
// responded date before the received date (a data error the loader reports) counts 0 days.
Timescale timescale_of(const WorkingDayCalendar& calendar, Date received,
                       std::optional<Date> responded, bool withdrawn = false);

}  // namespace ascreport
