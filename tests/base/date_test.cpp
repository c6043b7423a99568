#include <catch2/catch.hpp>

#include "ascreport/date.hpp"

using namespace ascreport;

TEST_CASE("dates parse in ISO and UK styles") {
    CHECK(parse_date("2023-04-01")->iso() == "2023-04-01");
    CHECK(parse_date("01/04/2023")->iso() == "2023-04-01");
    CHECK(parse_date("1/4/2023")->iso() == "2023-04-01");
    CHECK(parse_date("29/02/2024")->iso() == "2024-02-29");
}

TEST_CASE("impossible or malformed dates are rejected") {
    CHECK_FALSE(parse_date("31/02/2024"));
    CHECK_FALSE(parse_date("29/02/2023"));
    CHECK_FALSE(parse_date("2023-4-1"));
    CHECK_FALSE(parse_date("04/01/23"));
    CHECK_FALSE(parse_date(""));
    CHECK_FALSE(parse_date("1/2"));
    CHECK_FALSE(parse_date("+1/02/2023"));
}

TEST_CASE("a time of day after a date is accepted and ignored") {
    for (const char* text : {"01/04/2023 09:15", "01/04/2023 09:15:59", "1/4/2023 9:15", "01/04/2023 23:59:00",
                             "2023-04-01 09:15", "2023-04-01 00:00:00.000", "2023-04-01T09:15", "2023-04-01T09:15:30Z",
                             "2023-04-01T09:15:30+01:00", "2023-04-01T23:15:30-05:00", "2023-04-01T09:15+0100",
                             "01/04/2023 9:15 AM", "01/04/2023 12:05 pm", "01-Apr-2023 09:15", "1 April 2023 17:00",
                             "2023-04-01 09:15:00 +0100", "2023-04-01T09:15:30.123Z", "01/04/2023 09:15 GMT",
                             "01/04/2023 09:15:00 BST", "2023-04-01 00:00:00.0000000"}) {
        INFO(text);
        const auto d = parse_date(text);
        REQUIRE(d);
        CHECK(d->iso() == "2023-04-01");
    }
    // The date as written: an offset does not move it to another day.
    CHECK(parse_date("2023-04-01T23:30:00-05:00")->iso() == "2023-04-01");
    for (const char* text : {"01/04/2023 25:00", "01/04/2023 09:60", "01/04/2023 09", "01/04/2023 9:5",
                             "01/04/2023T09:15", "01/04/2023 13:00 PM", "01/04/2023 0:15 AM", "2023-04-01T09:15+25:00",
                             "2023-04-01 09:15 tomorrow", "2023-04-01T", "01/04/2023  ", "2023-04-01Z",
                             "01/04/2023 09:15 ", "01/04/2023 09:15 CET"}) {
        INFO(text);
        CHECK_FALSE(parse_date(text));
    }
}

TEST_CASE("dates with a month name, as Excel and case systems write them") {
    CHECK(parse_date("01-Apr-2023")->iso() == "2023-04-01");
    CHECK(parse_date("1-apr-2023")->iso() == "2023-04-01");
    CHECK(parse_date("1 Apr 2023")->iso() == "2023-04-01");
    CHECK(parse_date("01 April 2023")->iso() == "2023-04-01");
    CHECK(parse_date("30 SEPT 2023")->iso() == "2023-09-30");
    CHECK(parse_date("31 December 2023")->iso() == "2023-12-31");
    CHECK(parse_date("29 Feb 2024")->iso() == "2024-02-29");
    CHECK_FALSE(parse_date("29 Feb 2023"));
    CHECK_FALSE(parse_date("01-Apr-23"));     // two-digit years need [input] date_format
    CHECK_FALSE(parse_date("01 Aprl 2023"));
    CHECK_FALSE(parse_date("01 Aprils 2023"));
    CHECK_FALSE(parse_date("Apr 1 2023"));
    CHECK_FALSE(parse_date("01/Apr/2023"));
}

TEST_CASE("a US month-first date is never guessed, but it is recognised for the message") {
    CHECK_FALSE(parse_date("04/13/2023"));
    CHECK(reads_as_month_first("04/13/2023"));
    CHECK(reads_as_month_first("4/30/2023 10:00"));
    CHECK_FALSE(reads_as_month_first("01/04/2023"));  // a valid UK date
    CHECK_FALSE(reads_as_month_first("13/13/2023"));
    // 04/05/2023 is 4 May: the contract's reading, whatever the export meant.
    CHECK(parse_date("04/05/2023")->iso() == "2023-05-04");
}

TEST_CASE("a declared date form reads the export's own dates") {
    std::string error;
    const auto us = DateForm::parse("MM/DD/YYYY", error);
    REQUIRE(us);
    CHECK(parse_date("04/13/2023", &*us)->iso() == "2023-04-13");
    CHECK(parse_date("4/5/2023 9:15 PM", &*us)->iso() == "2023-04-05");
    CHECK(parse_date("04/05/2023", &*us)->iso() == "2023-04-05");   // month first: the form declared wins
    CHECK(parse_date("2023-04-13", &*us)->iso() == "2023-04-13");   // cannot be mistaken: still read
    CHECK(parse_date("13 Apr 2023", &*us)->iso() == "2023-04-13");  // likewise
    CHECK_FALSE(parse_date("13/04/2023", &*us));                    // DD/MM/YYYY is not, with a form declared

    const auto dotted = DateForm::parse("dd.mm.yy", error);
    REQUIRE(dotted);
    CHECK(parse_date("01.04.23", &*dotted)->iso() == "2023-04-01");
    CHECK(parse_date("1.4.23 10:00", &*dotted)->iso() == "2023-04-01");
    CHECK_FALSE(parse_date("01.04.2023", &*dotted));

    const auto packed = DateForm::parse("YYYYMMDD", error);
    REQUIRE(packed);
    CHECK(parse_date("20230401", &*packed)->iso() == "2023-04-01");
    CHECK_FALSE(parse_date("2023041", &*packed));

    const auto named = DateForm::parse("DD-MMM-YY", error);
    REQUIRE(named);
    CHECK(parse_date("01-Apr-23", &*named)->iso() == "2023-04-01");
    CHECK(parse_date("1-April-23", &*named)->iso() == "2023-04-01");
    CHECK_FALSE(parse_date("31-Apr-23", &*named));
}

TEST_CASE("a date form must name the day, the month and the year once each") {
    std::string error;
    CHECK_FALSE(DateForm::parse("MM/YYYY", error));
    CHECK(error == "must name the day, the month and the year once each, e.g. \"MM/DD/YYYY\"");
    CHECK_FALSE(DateForm::parse("DD/MM/YYYY/DD", error));
    CHECK_FALSE(DateForm::parse("", error));
    CHECK_FALSE(DateForm::parse("DDD/MM/YYYY", error));
    CHECK(error == "\"DDD\" is not a part of a date form; use DD or D for the day, MM or M for the month (MMM for its "
                   "name), YYYY or YY for the year");
    CHECK_FALSE(DateForm::parse("DD/MM/YYY", error));
}

TEST_CASE("weekday and financial years") {
    CHECK(Date::from_ymd(2023, 4, 1).weekday() == 5);  // a Saturday
    CHECK(Date::from_ymd(1970, 1, 1).weekday() == 3);
    CHECK(FinancialYear::containing(Date::from_ymd(2024, 3, 31)).label() == "2023/24");
    CHECK(FinancialYear::containing(Date::from_ymd(2024, 4, 1)).label() == "2024/25");
    CHECK(parse_financial_year("2023-24")->start_year == 2023);
    CHECK(parse_financial_year("2099/00")->start_year == 2099);
    CHECK_FALSE(parse_financial_year("2023/25"));
    CHECK(FinancialYear{2023}.file_label() == "2023-24");
}

TEST_CASE("a Date is the day number since 1970-01-01, and every day of 1900-2999 converts both ways") {
    CHECK(Date::from_ymd(1970, 1, 1).days == 0);
    CHECK(Date::from_ymd(2000, 3, 1).days == 11017);
    CHECK(Date::from_ymd(1969, 12, 31).days == -1);
    CHECK(Date::from_ymd(1900, 1, 1).weekday() == 0);  // a Monday
    CHECK(Date{-1}.weekday() == 2);                    // a Wednesday
    CHECK(Date::from_ymd(2024, 2, 29).iso() == "2024-02-29");
    CHECK(is_valid_ymd(2000, 2, 29));
    CHECK_FALSE(is_valid_ymd(1900, 2, 29));
    CHECK_FALSE(is_valid_ymd(2023, 4, 31));
    CHECK_FALSE(is_valid_ymd(2023, 1, 300));
    CHECK_FALSE(is_valid_ymd(1899, 12, 31));
    // Counting up day by day from 1 January 1900 meets from_ymd, iso and is_valid_ymd at every date.
    std::int32_t day = Date::from_ymd(1900, 1, 1).days;
    int mismatches = 0;
    for (int y = 1900; y <= 2999; ++y)
        for (int m = 1; m <= 12; ++m)
            for (int d = 1; d <= 31; ++d) {
                if (!is_valid_ymd(y, m, d)) continue;
                const Date date{day++};
                int yy = 0, mm = 0, dd = 0;
                date.to_ymd(yy, mm, dd);
                if (Date::from_ymd(y, m, d) != date || yy != y || mm != m || dd != d || date.year() != y ||
                    date.month() != m || date.day() != d || (date.weekday() + 7 - Date{day - 2}.weekday()) % 7 != 1)
                    ++mismatches;
            }
    CHECK(mismatches == 0);
    CHECK(day == Date::from_ymd(3000, 1, 1).days);
}

TEST_CASE("test names hold no semicolon or unmatched square bracket, which ctest would split or join") {
    // catch_discover_tests keeps the names in a CMake list; a ';' cuts one test into two
    // names that match no test case, and ctest reports them as passed. An unmatched '[' joins
    // every later name into one element, and those tests are never run (42 were lost so once).
    // A name that begins with '-' reaches the test binary as an option, not a test.
    for (const auto& tc : Catch::getAllTestCasesSorted(*Catch::getCurrentContext().getConfig())) {
        INFO(tc.name);
        CHECK(tc.name.find(';') == std::string::npos);
        int depth = 0;
        for (const char c : tc.name) {
            depth += c == '[' ? 1 : c == ']' ? -1 : 0;
            if (depth < 0) break;
        }
        CHECK(depth == 0);
        CHECK(tc.name.rfind('-', 0) == std::string::npos);
    }
}
