#include <catch2/catch.hpp>

#include "ascreport/period.hpp"

using namespace ascreport;

namespace {

Date ymd(int y, int m, int d) { return Date::from_ymd(y, m, d); }

}  // namespace

TEST_CASE("a financial year parses in both spellings") {
    for (const char* text : {"2023/24", "2023-24"}) {
        INFO(text);
        const auto p = parse_period(text);
        REQUIRE(p);
        CHECK(p->first == ymd(2023, 4, 1));
        CHECK(p->last == ymd(2024, 3, 31));
        CHECK(p->label == "2023/24");
        CHECK(p->kind == Period::Kind::FinancialYear);
    }
    const auto p = *parse_period("2023/24");
    CHECK(p.contains(ymd(2023, 4, 1)));
    CHECK(p.contains(ymd(2024, 3, 31)));
    CHECK_FALSE(p.contains(ymd(2023, 3, 31)));
    CHECK_FALSE(p.contains(ymd(2024, 4, 1)));
}

TEST_CASE("quarters: Q1 is April to June, Q4 is January to March of the next year") {
    const auto q1 = *parse_period("2023/24-Q1");
    CHECK(q1.first == ymd(2023, 4, 1));
    CHECK(q1.last == ymd(2023, 6, 30));
    const auto q2 = *parse_period("2023/24-Q2");
    CHECK(q2.first == ymd(2023, 7, 1));
    CHECK(q2.last == ymd(2023, 9, 30));
    const auto q3 = *parse_period("2023/24-Q3");
    CHECK(q3.first == ymd(2023, 10, 1));
    CHECK(q3.last == ymd(2023, 12, 31));
    CHECK(q3.label == "2023/24 Q3");
    CHECK(q3.kind == Period::Kind::Quarter);
    const auto q4 = *parse_period("2023/24-Q4");
    CHECK(q4.first == ymd(2024, 1, 1));
    CHECK(q4.last == ymd(2024, 3, 31));  // 2024 is a leap year, which only moves February
    CHECK(q4.label == "2023/24 Q4");
    // The other spellings, including the printed label, read back to the same quarter.
    CHECK(parse_period("2023-24-Q3") == q3);
    CHECK(parse_period("2023/24 Q3") == q3);
    CHECK(parse_period("2023/24-q3") == q3);
}

TEST_CASE("invalid period text is rejected") {
    for (const char* text : {"2023/25", "2023/24-Q5", "2023/24-Q0", "2023/24Q3", "2023/24-Q",
                             "2023/24-Q34", "2023/24_Q3", "2023/24-X3", "2023", "23/24", "",
                             " 2023/24", "2023/24 ", "2023/2024", "FY2023/24"}) {
        INFO('"' << text << '"');
        CHECK_FALSE(parse_period(text));
    }
    CHECK_FALSE(make_quarter(FinancialYear{2023}, 0));
    CHECK_FALSE(make_quarter(FinancialYear{2023}, 5));
}

TEST_CASE("date ranges and their labels") {
    const auto r = make_range(ymd(2023, 10, 1), ymd(2023, 12, 31));
    REQUIRE(r);
    CHECK(r->label == "1 October 2023 to 31 December 2023");
    CHECK(r->kind == Period::Kind::Range);
    CHECK(r->contains(ymd(2023, 12, 31)));
    CHECK_FALSE(r->contains(ymd(2024, 1, 1)));
    CHECK(make_range(ymd(2023, 10, 1), ymd(2023, 10, 1))->label == "1 October 2023");
    CHECK_FALSE(make_range(ymd(2023, 10, 2), ymd(2023, 10, 1)));
}

TEST_CASE("previous() is the period one year earlier") {
    const auto year = parse_period("2023/24")->previous();
    CHECK(year.first == ymd(2022, 4, 1));
    CHECK(year.last == ymd(2023, 3, 31));
    CHECK(year.label == "2022/23");
    CHECK(year.kind == Period::Kind::FinancialYear);

    const auto q3 = parse_period("2023/24-Q3")->previous();
    CHECK(q3.first == ymd(2022, 10, 1));
    CHECK(q3.last == ymd(2022, 12, 31));
    CHECK(q3.label == "2022/23 Q3");
    // Q4 of 2023/24 is January to March 2024; a year earlier is January to March 2023,
    // which is Q4 of 2022/23 (not of the financial year the calendar year 2023 starts).
    const auto q4 = parse_period("2023/24-Q4")->previous();
    CHECK(q4.first == ymd(2023, 1, 1));
    CHECK(q4.last == ymd(2023, 3, 31));
    CHECK(q4.label == "2022/23 Q4");

    const auto range = make_range(ymd(2023, 10, 1), ymd(2023, 12, 31))->previous();
    CHECK(range.first == ymd(2022, 10, 1));
    CHECK(range.last == ymd(2022, 12, 31));
    CHECK(range.label == "1 October 2022 to 31 December 2022");
    CHECK(range.kind == Period::Kind::Range);
    // 29 February 2024 has no twin in 2023, so it becomes 28 February at either end.
    const auto feb = make_range(ymd(2024, 2, 1), ymd(2024, 2, 29))->previous();
    CHECK(feb.first == ymd(2023, 2, 1));
    CHECK(feb.last == ymd(2023, 2, 28));
    const auto leap_start = make_range(ymd(2024, 2, 29), ymd(2024, 3, 31))->previous();
    CHECK(leap_start.first == ymd(2023, 2, 28));
    CHECK(leap_start.label == "28 February 2023 to 31 March 2023");
}

TEST_CASE("month and quarter names") {
    CHECK(month_key(ymd(2023, 4, 15)) == "2023-04");
    CHECK(month_key(ymd(2024, 12, 31)) == "2024-12");
    CHECK(month_name_year(ymd(2023, 4, 15)) == "April 2023");
    CHECK(month_name_year(ymd(2024, 1, 1)) == "January 2024");
    CHECK(day_month_year(ymd(2024, 2, 29)) == "29 February 2024");
    CHECK(quarter_of_financial_year(ymd(2023, 4, 1)) == 1);
    CHECK(quarter_of_financial_year(ymd(2023, 6, 30)) == 1);
    CHECK(quarter_of_financial_year(ymd(2023, 7, 1)) == 2);
    CHECK(quarter_of_financial_year(ymd(2023, 9, 30)) == 2);
    CHECK(quarter_of_financial_year(ymd(2023, 10, 1)) == 3);
    CHECK(quarter_of_financial_year(ymd(2023, 12, 31)) == 3);
    CHECK(quarter_of_financial_year(ymd(2024, 1, 1)) == 4);
    CHECK(quarter_of_financial_year(ymd(2024, 3, 31)) == 4);
    CHECK(make_year(FinancialYear{2023}) == *parse_period("2023/24"));
}

TEST_CASE("the year to date of a quarter, and the months a period spans in words") {
    const Period q2 = *parse_period("2024/25-Q2");
    const Period ytd = year_to_date(q2);
    CHECK(ytd.first == Date::from_ymd(2024, 4, 1));
    CHECK(ytd.last == Date::from_ymd(2024, 9, 30));
    CHECK(ytd.kind == Period::Kind::Range);
    CHECK(ytd.label == "1 April 2024 to 30 September 2024");
    CHECK(ytd.previous().first == Date::from_ymd(2023, 4, 1));
    CHECK(ytd.previous().last == Date::from_ymd(2023, 9, 30));
    // Q4's year to date is the whole year, as a range; a financial year is its own.
    const Period q4 = *parse_period("2023/24-Q4");
    CHECK(year_to_date(q4).first == Date::from_ymd(2023, 4, 1));
    CHECK(year_to_date(q4).last == Date::from_ymd(2024, 3, 31));
    CHECK(year_to_date(make_year(FinancialYear{2023})) == make_year(FinancialYear{2023}));

    CHECK(month_span(q2) == "July to September 2024");
    CHECK(month_span(q2.previous()) == "July to September 2023");
    CHECK(month_span(q4) == "January to March 2024");
    CHECK(month_span(ytd) == "April to September 2024");
    CHECK(month_span(year_to_date(q4)) == "April 2023 to March 2024");
    CHECK(month_span(*make_range(Date::from_ymd(2024, 5, 3), Date::from_ymd(2024, 5, 20))) == "May 2024");
}
