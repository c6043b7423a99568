#include <catch2/catch.hpp>

#include <map>

#include "ascreport/calendar.hpp"
#include "calendar/shipped_holidays.hpp"

using namespace ascreport;

namespace {

Date ymd(int y, int m, int d) { return Date::from_ymd(y, m, d); }

// Western Easter Sunday (anonymous Gregorian computus), to check the data file against a
// calculation that does not come from the file.
Date easter_sunday(int y) {
    const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return ymd(y, month, day);
}

}  // namespace

TEST_CASE("shipped list: 2015 to 2030, weekdays only, in order, eight a year plus one-offs") {
    std::vector<Date> dates;
    for (std::string_view text : detail::shipped_bank_holiday_dates()) {
        const auto d = parse_date(text);
        REQUIRE(d);
        dates.push_back(*d);
    }
    // 16 years x 8 = 128, + Platinum Jubilee, State Funeral, Coronation = 131 (the moved 2020
    // and 2022 days replace the usual Monday, adding nothing).
    REQUIRE(dates.size() == 131);
    std::map<int, int> per_year;
    for (std::size_t i = 0; i < dates.size(); ++i) {
        INFO(dates[i].iso());
        CHECK(dates[i].weekday() < 5);  // a substitute day is always a weekday
        if (i > 0) CHECK(dates[i - 1] < dates[i]);
        ++per_year[dates[i].year()];
    }
    for (int y = 2015; y <= 2030; ++y) {
        INFO(y);
        CHECK(per_year[y] == (y == 2022 ? 10 : y == 2023 ? 9 : 8));
    }

    const auto calendar = WorkingDayCalendar::england_and_wales();
    for (int y = 2015; y <= 2030; ++y) {
        INFO(y);
        CHECK_FALSE(calendar.is_working_day(Date{easter_sunday(y).days - 2}));  // Good Friday
        CHECK_FALSE(calendar.is_working_day(Date{easter_sunday(y).days + 1}));  // Easter Monday
    }
    CHECK(calendar.first_covered() == ymd(2015, 1, 1));
    CHECK(calendar.last_covered() == ymd(2030, 12, 31));
}

TEST_CASE("one-off and moved bank holidays") {
    const auto calendar = WorkingDayCalendar::england_and_wales();
    // 2020: early May moved from Monday 4 May to Friday 8 May (VE Day).
    CHECK(calendar.is_working_day(ymd(2020, 5, 4)));
    CHECK_FALSE(calendar.is_working_day(ymd(2020, 5, 8)));
    // 2022: spring bank holiday moved from Monday 30 May to Thursday 2 June; Jubilee Friday 3 June.
    CHECK(calendar.is_working_day(ymd(2022, 5, 30)));
    CHECK_FALSE(calendar.is_working_day(ymd(2022, 6, 2)));
    CHECK_FALSE(calendar.is_working_day(ymd(2022, 6, 3)));
    // After Fri 27 May 2022: Mon 30 (1), Tue 31 (2), Wed 1 Jun (3), Thu 2 and Fri 3 holidays,
    // Mon 6 to Fri 10 Jun (4..8).
    CHECK(calendar.working_days_between(ymd(2022, 5, 27), ymd(2022, 6, 10)) == 8);
    // State Funeral, Monday 19 September 2022: after Fri 16, Mon 19 is a holiday, Tue 20 (1).
    CHECK(calendar.working_days_between(ymd(2022, 9, 16), ymd(2022, 9, 20)) == 1);
    // Coronation, Monday 8 May 2023: after Fri 5, Mon 8 holiday, Tue 9 to Fri 12 (1..4).
    CHECK(calendar.working_days_between(ymd(2023, 5, 5), ymd(2023, 5, 12)) == 4);
}

TEST_CASE("substitute days when Christmas, Boxing Day or New Year's Day fall at a weekend") {
    const auto calendar = WorkingDayCalendar::england_and_wales();
    // 2021: Christmas Saturday, Boxing Day Sunday -> Monday 27 and Tuesday 28.
    CHECK_FALSE(calendar.is_working_day(ymd(2021, 12, 27)));
    CHECK_FALSE(calendar.is_working_day(ymd(2021, 12, 28)));
    // After Fri 24 Dec 2021: Sat, Sun, Mon 27 and Tue 28 holidays, Wed 29 (1), Thu 30 (2),
    // Fri 31 (3).
    CHECK(calendar.working_days_between(ymd(2021, 12, 24), ymd(2021, 12, 31)) == 3);
    // 2022: Christmas Sunday -> Boxing Day Monday 26, Christmas substitute Tuesday 27;
    // 2023: New Year's Day Sunday -> Monday 2 January.
    CHECK_FALSE(calendar.is_working_day(ymd(2022, 12, 26)));
    CHECK_FALSE(calendar.is_working_day(ymd(2022, 12, 27)));
    CHECK_FALSE(calendar.is_working_day(ymd(2023, 1, 2)));
    // After Fri 23 Dec 2022: Mon 26, Tue 27 holidays, Wed 28 (1), Thu 29 (2), Fri 30 (3),
    // Mon 2 Jan holiday, Tue 3 (4), Wed 4 (5), Thu 5 (6), Fri 6 (7).
    CHECK(calendar.working_days_between(ymd(2022, 12, 23), ymd(2023, 1, 6)) == 7);
    // 2027: Christmas Saturday -> 27 and 28 December; 2028: New Year's Day Saturday -> 3 January.
    CHECK_FALSE(calendar.is_working_day(ymd(2027, 12, 27)));
    CHECK_FALSE(calendar.is_working_day(ymd(2027, 12, 28)));
    CHECK(calendar.is_working_day(ymd(2027, 12, 29)));
    CHECK_FALSE(calendar.is_working_day(ymd(2028, 1, 3)));
    // 2020: Boxing Day Saturday -> Monday 28 December.
    CHECK_FALSE(calendar.is_working_day(ymd(2020, 12, 28)));
}

TEST_CASE("working days across Christmas 2023 and Easter 2024") {
    const auto calendar = WorkingDayCalendar::england_and_wales();
    // After Fri 22 Dec 2023: Sat 23, Sun 24, Mon 25 and Tue 26 holidays, Wed 27 (1), Thu 28 (2),
    // Fri 29 (3), Sat 30, Sun 31, Mon 1 Jan holiday, Tue 2 (4), Wed 3 (5), Thu 4 (6), Fri 5 (7).
    CHECK(calendar.working_days_between(ymd(2023, 12, 22), ymd(2024, 1, 5)) == 7);
    // Easter 2024: Good Friday 29 March, Easter Monday 1 April. After Thu 28 Mar: Fri 29
    // holiday, Sat, Sun, Mon 1 holiday, Tue 2 Apr (1).
    CHECK(calendar.working_days_between(ymd(2024, 3, 28), ymd(2024, 4, 2)) == 1);
    // After Wed 20 Mar: Thu 21 (1), Fri 22 (2), Mon 25 to Thu 28 (3..6), Fri 29 and Mon 1
    // holidays, Tue 2 to Fri 5 Apr (7..10), 8 to 12 (11..15), 15 to 19 (16..20).
    CHECK(calendar.working_days_between(ymd(2024, 3, 20), ymd(2024, 4, 19)) == 20);
    CHECK(timescale_of(calendar, ymd(2024, 3, 20), ymd(2024, 4, 19)) == Timescale::Within20);
    // With no list (weekends, Good Friday, Christmas Day and Boxing Day only), the same span is
    // 21: Mar 21-22 (2), 25-28 (6), Good Friday skipped, Apr 1-5 (11), 8-12 (16), 15-19 (21) --
    // over, which is why Easter Monday matters.
    const WorkingDayCalendar no_list({});
    CHECK(no_list.working_days_between(ymd(2024, 3, 20), ymd(2024, 4, 19)) == 21);
    CHECK(timescale_of(no_list, ymd(2024, 3, 20), ymd(2024, 4, 19)) == Timescale::Over20);
}

TEST_CASE("day 20 is within, day 21 is over") {
    const auto calendar = WorkingDayCalendar::england_and_wales();
    // Received Mon 8 Jan 2024, no holidays near: Tue 9 to Fri 12 (1..4), 15-19 (5..9),
    // 22-26 (10..14), 29 Jan to 2 Feb (15..19), Mon 5 Feb (20), Tue 6 Feb (21).
    CHECK(calendar.working_days_between(ymd(2024, 1, 8), ymd(2024, 2, 5)) == 20);
    CHECK(calendar.working_days_between(ymd(2024, 1, 8), ymd(2024, 2, 6)) == 21);
    CHECK(timescale_of(calendar, ymd(2024, 1, 8), ymd(2024, 2, 5)) == Timescale::Within20);
    CHECK(timescale_of(calendar, ymd(2024, 1, 8), ymd(2024, 2, 6)) == Timescale::Over20);
}

TEST_CASE("received on a Saturday or a bank holiday: counting starts the next working day") {
    const auto calendar = WorkingDayCalendar::england_and_wales();
    // Received Sat 3 Jun 2023: Sun 4 skipped, Mon 5 (1). Jun 5-9 (1..5), 12-16 (6..10),
    // 19-23 (11..15), 26-30 (16..20), Mon 3 Jul (21).
    CHECK(calendar.working_days_between(ymd(2023, 6, 3), ymd(2023, 6, 5)) == 1);
    CHECK(calendar.working_days_between(ymd(2023, 6, 3), ymd(2023, 6, 30)) == 20);
    CHECK(timescale_of(calendar, ymd(2023, 6, 3), ymd(2023, 6, 30)) == Timescale::Within20);
    CHECK(timescale_of(calendar, ymd(2023, 6, 3), ymd(2023, 7, 3)) == Timescale::Over20);
    // Received Mon 29 May 2023 (spring bank holiday): Tue 30 (1), Wed 31 (2), Thu 1 and
    // Fri 2 Jun (3, 4), Jun 5-9 (5..9), 12-16 (10..14), 19-23 (15..19), Mon 26 (20).
    CHECK_FALSE(calendar.is_working_day(ymd(2023, 5, 29)));
    CHECK(calendar.working_days_between(ymd(2023, 5, 29), ymd(2023, 5, 30)) == 1);
    CHECK(calendar.working_days_between(ymd(2023, 5, 29), ymd(2023, 6, 26)) == 20);
    // From Fri 26 May the holiday Monday adds nothing, so the count is the same.
    CHECK(calendar.working_days_between(ymd(2023, 5, 26), ymd(2023, 6, 26)) == 20);
    CHECK(timescale_of(calendar, ymd(2023, 5, 29), ymd(2023, 6, 27)) == Timescale::Over20);
}

TEST_CASE("same day, reversed dates and open complaints") {
    const auto calendar = WorkingDayCalendar::england_and_wales();
    CHECK(calendar.working_days_between(ymd(2024, 1, 8), ymd(2024, 1, 8)) == 0);
    CHECK(calendar.working_days_between(ymd(2024, 1, 9), ymd(2024, 1, 8)) == 0);
    CHECK(timescale_of(calendar, ymd(2024, 1, 8), ymd(2024, 1, 8)) == Timescale::Within20);
    CHECK(timescale_of(calendar, ymd(2024, 1, 8), std::nullopt) == Timescale::StillOpen);
    CHECK(label(Timescale::Within20) == "Within 20 working days");
    CHECK(label(Timescale::Over20) == "Over 20 working days");
    CHECK(label(Timescale::StillOpen) == "Still open");
}

TEST_CASE("an extra bank holiday from settings shifts the count") {
    // Received Mon 8 Jan 2024, responded Tue 6 Feb: 21 working days (see "day 20 is within").
    // A local holiday on Mon 15 Jan takes one away: 20, within.
    const auto with_extra = WorkingDayCalendar::england_and_wales({ymd(2024, 1, 15)});
    CHECK(with_extra.working_days_between(ymd(2024, 1, 8), ymd(2024, 2, 6)) == 20);
    CHECK(timescale_of(with_extra, ymd(2024, 1, 8), ymd(2024, 2, 6)) == Timescale::Within20);
    // A Saturday or a day already in the list changes nothing.
    const auto no_change =
        WorkingDayCalendar::england_and_wales({ymd(2024, 1, 13), ymd(2023, 12, 25)});
    CHECK(no_change.working_days_between(ymd(2024, 1, 8), ymd(2024, 2, 6)) == 21);
    CHECK(no_change.working_days_between(ymd(2023, 12, 22), ymd(2024, 1, 5)) == 7);
    // Extra days beyond the shipped years do not widen what the list vouches for.
    const auto later = WorkingDayCalendar::england_and_wales({ymd(2031, 5, 9)});
    CHECK_FALSE(later.is_working_day(ymd(2031, 5, 9)));
    CHECK(later.last_covered() == ymd(2030, 12, 31));
    CHECK_FALSE(later.covers(ymd(2031, 1, 1)));
}

TEST_CASE("the fast count agrees with counting day by day") {
    const auto calendar = WorkingDayCalendar::england_and_wales();
    // Every start day over two Christmases and around 1 January 1970 (day 0, where the day
    // number changes sign), every end day from 3 before to 45 after.
    for (const Date start : {ymd(2019, 12, 1), ymd(2022, 12, 1), ymd(1969, 12, 1)}) {
        for (int from = start.days; from < start.days + 62; ++from) {
            for (int to = from - 3; to <= from + 45; ++to) {
                int expected = 0;
                for (int d = from + 1; d <= to; ++d) expected += calendar.is_working_day(Date{d});
                INFO(Date{from}.iso() << " to " << Date{to}.iso());
                REQUIRE(calendar.working_days_between(Date{from}, Date{to}) == expected);
            }
        }
    }
}

TEST_CASE("a calendar built from a list covers that list's whole years") {
    const WorkingDayCalendar calendar({ymd(2024, 12, 25), ymd(2024, 1, 1), ymd(2024, 12, 25)});
    CHECK(calendar.first_covered() == ymd(2024, 1, 1));
    CHECK(calendar.last_covered() == ymd(2024, 12, 31));
    CHECK_FALSE(calendar.is_working_day(ymd(2024, 12, 25)));
    const WorkingDayCalendar empty({});
    CHECK(empty.first_covered() > empty.last_covered());
    CHECK_FALSE(empty.covers(ymd(2024, 1, 1)));
}

TEST_CASE("Good Friday, Christmas Day and Boxing Day are never working days, in every year") {
    const auto calendar = WorkingDayCalendar::england_and_wales();
    // 2031, after the list: Easter Sunday 13 April, so Good Friday is Fri 11 April; Christmas
    // Day is a Thursday and Boxing Day a Friday.
    CHECK_FALSE(calendar.is_working_day(ymd(2031, 4, 11)));
    CHECK(calendar.is_working_day(ymd(2031, 4, 14)));  // Easter Monday: a bank holiday, not in the rule
    CHECK_FALSE(calendar.is_working_day(ymd(2031, 12, 25)));
    CHECK_FALSE(calendar.is_working_day(ymd(2031, 12, 26)));
    // After Wed 24 Dec 2031: Thu 25, Fri 26, Sat 27, Sun 28 skipped, Mon 29 (1), Tue 30 (2),
    // Wed 31 (3), Thu 1 Jan 2032 (4: New Year's Day is a bank holiday, not in the rule).
    CHECK(calendar.working_days_between(ymd(2031, 12, 24), ymd(2032, 1, 1)) == 4);
    // After Thu 10 Apr 2031: Fri 11 skipped, Mon 14 (1), Tue 15 (2).
    CHECK(calendar.working_days_between(ymd(2031, 4, 10), ymd(2031, 4, 15)) == 2);
    // 2014, before the list: Good Friday 18 April; Christmas Thursday, Boxing Day Friday.
    CHECK_FALSE(calendar.is_working_day(ymd(2014, 4, 18)));
    CHECK(calendar.working_days_between(ymd(2014, 12, 24), ymd(2014, 12, 31)) == 3);  // 29, 30, 31
    // Christmas on a Sunday (2033): the day itself is a weekend; Boxing Day Mon 26 is skipped,
    // Tue 27 (the substitute for Christmas, a bank holiday only the list would know) counts.
    CHECK(calendar.working_days_between(ymd(2033, 12, 23), ymd(2033, 12, 27)) == 1);
    // A calendar with no list at all skips them too.
    const WorkingDayCalendar no_list({});
    CHECK(no_list.working_days_between(ymd(2023, 12, 22), ymd(2023, 12, 29)) == 3);  // 27, 28, 29
    CHECK(no_list.add_working_days(ymd(2023, 12, 22), 3) == ymd(2023, 12, 29));
}

TEST_CASE("the list's years are unchanged by the rule: its own days, nothing more") {
    // Every weekday of 2015 to 2030 that is not a working day is a day of the list, and a
    // year's working days are its weekdays less its listed days.
    const auto calendar = WorkingDayCalendar::england_and_wales();
    std::map<int, int> listed;
    for (std::string_view text : detail::shipped_bank_holiday_dates()) ++listed[parse_date(text)->year()];
    for (int y = 2015; y <= 2030; ++y) {
        INFO(y);
        int weekdays = 0;
        for (Date d = ymd(y, 1, 1); d <= ymd(y, 12, 31); d = Date{d.days + 1})
            if (d.weekday() < 5) ++weekdays;
        CHECK(calendar.working_days_between(Date{ymd(y, 1, 1).days - 1}, ymd(y, 12, 31)) == weekdays - listed[y]);
    }
}

TEST_CASE("add_working_days: the last day of a limit") {
    const auto calendar = WorkingDayCalendar::england_and_wales();
    // Fri 24 May 2024, 3 working days: Mon 27 is the spring bank holiday, Tue 28 (1), Wed 29
    // (2), Thu 30 (3).
    CHECK(calendar.add_working_days(ymd(2024, 5, 24), 3) == ymd(2024, 5, 30));
    CHECK(calendar.add_working_days(ymd(2024, 5, 24), 0) == ymd(2024, 5, 24));
    for (int n : {1, 5, 20, 65})
        CHECK(calendar.working_days_between(ymd(2023, 12, 20), calendar.add_working_days(ymd(2023, 12, 20), n)) == n);
}
