#include "ascreport/calendar.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>

#include "shipped_holidays.hpp"

namespace ascreport {
namespace {

// Mondays to Fridays in [Monday 1969-12-29, d); negative before it. Only differences are
// used, so the anchor just has to be a Monday: with k days from it, whole weeks give 5 each
// and the remaining 0..6 days give at most 5 (the last two are the weekend).
std::int64_t weekdays_before(std::int64_t day_number) {
    const std::int64_t k = day_number + 3;  // 1970-01-01 (day 0) was a Thursday
    std::int64_t weeks = k / 7;
    std::int64_t rest = k % 7;
    if (rest < 0) {  // floor division, so dates before the anchor count the same way
        rest += 7;
        --weeks;
    }
    return weeks * 5 + std::min<std::int64_t>(rest, 5);
}

bool is_weekend(Date d) { return d.weekday() >= 5; }

// Western Easter Sunday of `year` (the anonymous Gregorian computus).
Date easter_sunday(int year) {
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return Date::from_ymd(year, month, day);
}

}  // namespace

std::array<Date, 3> fixed_non_working_days(int year) {
    return {Date{easter_sunday(year).days - 2}, Date::from_ymd(year, 12, 25), Date::from_ymd(year, 12, 26)};
}

WorkingDayCalendar::WorkingDayCalendar(std::vector<Date> holidays) : holidays_(std::move(holidays)) {
    // A weekend holiday is not a working day anyway; dropping it keeps the count a plain
    // "weekdays minus holidays" with no double counting.
    std::erase_if(holidays_, is_weekend);
    std::sort(holidays_.begin(), holidays_.end());
    holidays_.erase(std::unique(holidays_.begin(), holidays_.end()), holidays_.end());
    if (!holidays_.empty()) {
        first_covered_ = Date::from_ymd(holidays_.front().year(), 1, 1);
        last_covered_ = Date::from_ymd(holidays_.back().year(), 12, 31);
    }
}

WorkingDayCalendar WorkingDayCalendar::england_and_wales(const std::vector<Date>& extra) {
    std::vector<Date> days;
    const auto shipped = detail::shipped_bank_holiday_dates();
    days.reserve(shipped.size() + extra.size());
    for (std::string_view text : shipped) {
        const auto d = parse_date(text);
        // The build checked the form only; tests/calendar/calendar_test.cpp loads the list, so an
        // impossible date in the data file fails the tests, never a user's run.
        if (!d) throw std::logic_error("shipped bank holiday list: bad date " + std::string(text));
        days.push_back(*d);
    }
    const auto [first, last] = std::minmax_element(days.begin(), days.end());
    const Date first_covered = Date::from_ymd(first->year(), 1, 1);
    const Date last_covered = Date::from_ymd(last->year(), 12, 31);
    days.insert(days.end(), extra.begin(), extra.end());
    WorkingDayCalendar calendar(std::move(days));
    calendar.first_covered_ = first_covered;
    calendar.last_covered_ = last_covered;
    return calendar;
}

bool WorkingDayCalendar::is_fixed_holiday(Date d) const {
    if (is_weekend(d) || std::binary_search(holidays_.begin(), holidays_.end(), d)) return false;
    const auto fixed = fixed_non_working_days(d.year());
    return std::find(fixed.begin(), fixed.end(), d) != fixed.end();
}

bool WorkingDayCalendar::is_working_day(Date d) const {
    return !is_weekend(d) && !std::binary_search(holidays_.begin(), holidays_.end(), d) && !is_fixed_holiday(d);
}

int WorkingDayCalendar::working_days_between(Date from, Date to) const {
    if (to <= from) return 0;
    // (from, to] is the half-open [from + 1, to + 1).
    const std::int64_t weekdays = weekdays_before(std::int64_t{to.days} + 1) -
                                  weekdays_before(std::int64_t{from.days} + 1);
    const auto holidays = std::upper_bound(holidays_.begin(), holidays_.end(), to) -
                          std::upper_bound(holidays_.begin(), holidays_.end(), from);
    // Good Friday, Christmas Day and Boxing Day that fall on a weekday the list does not hold
    // (outside its years): three dates a year, so a year's worth of days costs nothing.
    std::int64_t fixed = 0;
    for (int year = from.year(); year <= to.year(); ++year)
        for (Date d : fixed_non_working_days(year))
            if (d > from && d <= to && is_fixed_holiday(d)) ++fixed;
    return static_cast<int>(weekdays - holidays - fixed);
}

Date WorkingDayCalendar::add_working_days(Date from, int n) const {
    Date d = from;
    for (int counted = 0; counted < n;) {
        d = Date{d.days + 1};
        if (is_working_day(d)) ++counted;
    }
    return d;
}

std::string_view label(Timescale t) {
    switch (t) {
        case Timescale::Within20: return "Within 20 working days";
        case Timescale::Over20: return "Over 20 working days";
        case Timescale::StillOpen: return "Still open";
        case Timescale::Withdrawn: return "Withdrawn before a response";
    }
    return "";
}

std::string calendar_warning(const WorkingDayCalendar& calendar, const Period& period) {
    const Period previous = period.previous();
    if (calendar.covers(previous.first) && calendar.covers(period.last)) return "";
    return "the bank holiday list covers " + calendar.first_covered().iso() + " to " + calendar.last_covered().iso() +
           "; outside it only weekends, Good Friday, Christmas Day and Boxing Day are skipped, so timescales for " + previous.label + " and " + period.label +
           " may count a bank holiday as a working day (add the days under [calendar] extra_bank_holidays in "
           "report.toml)";
}

Timescale timescale_of(const WorkingDayCalendar& calendar, Date received,
                       std::optional<Date> responded, bool withdrawn) {
    if (!responded) return withdrawn ? Timescale::Withdrawn : Timescale::StillOpen;
    return calendar.working_days_between(received, *responded) <= kTimescaleWorkingDays
               ? Timescale::Within20
               : Timescale::Over20;
}

}  // namespace ascreport
