// run_breakdown on small in-memory Datasets: fields, conditions, routes, units and errors.
#include <catch2/catch.hpp>

#include "ascreport/calendar.hpp"
#include "ascreport/format.hpp"
#include "figures_test_data.hpp"
#include "question.hpp"

using namespace ascreport;
using ascreport::test::DatasetBuilder;
using ascreport::test::ymd;
using ascreport::test::calendar;

namespace {

// Asked as the breakdown command asks it: the words parsed, then counted. Every year is whole:
// these records are few (coverage_test.cpp).
test::Answer ask(const Dataset& d, std::vector<std::string> by, std::vector<std::string> where = {},
                 std::optional<RouteChoice> route = std::nullopt, bool compare = false,
                 const char* period = "2023/24") {
    BreakdownQuery q{*parse_period(period), {}, {}, route, compare};
    q.records_start = ymd(2000, 4, 1);
    return test::ask_question(d, calendar(), q, by, where);
}

Dataset sample() {
    DatasetBuilder b;
    b.answered(ymd(2023, 4, 3), ymd(2023, 4, 5), Outcome::Upheld).gender = Gender::Male;    // 0
    b.answered(ymd(2023, 5, 3), ymd(2023, 8, 5), Outcome::Upheld).method = Method::Email;   // 1
    b.answered(ymd(2023, 5, 9), ymd(2023, 5, 10), Outcome::NotUpheld);                      // 2
    b.complaint(ymd(2023, 10, 9), Route::Statutory, "Finance");                             // 3
    b.complaint(ymd(2023, 10, 9), Route::Informal, "Finance");                              // 4
    b.complaint(ymd(2022, 10, 9), Route::Statutory, "Finance");                             // 5
    b.complaint(ymd(2022, 11, 9), Route::Corporate, "Finance");                             // 6
    b.concern(0, "Communication");
    b.concern(0, "Standard of service");
    b.concern(3, "Communication");
    b.concern(4, "Communication");  // informal
    return b.d;
}

std::vector<std::pair<std::string, std::int64_t>> counts(const Breakdown& b) {
    std::vector<std::pair<std::string, std::int64_t>> out;
    for (const auto& row : b.rows) {
        std::string key;
        for (const auto& g : row.groups) key += (key.empty() ? "" : "|") + g.key;
        out.emplace_back(key, row.count);
    }
    return out;
}

using Counts = std::vector<std::pair<std::string, std::int64_t>>;

}  // namespace

TEST_CASE("breakdown counts statutory complaints of the period by one field") {
    const auto r = ask(sample(), {"outcome"});
    REQUIRE(r.ok());
    CHECK(counts(r.breakdown) == Counts{{"Upheld", 2}, {"Partly upheld", 0}, {"Not upheld", 1}, {"Withdrawn", 0}, {"Open", 1}});
    CHECK(r.breakdown.total == 4);
    CHECK(r.breakdown.fields == std::vector<std::string>{"outcome"});
    CHECK(r.breakdown.period_label == "2023/24");
    CHECK_FALSE(r.breakdown.compared());
}

TEST_CASE("grouping by route counts every route unless --route says otherwise") {
    const Dataset d = sample();
    CHECK(counts(ask(d, {"route"}).breakdown) == Counts{{"Statutory", 4}, {"Informal", 1}, {"Corporate", 0}});
    CHECK(counts(ask(d, {"route"}, {}, RouteChoice::Statutory).breakdown) ==
          Counts{{"Statutory", 4}, {"Informal", 0}, {"Corporate", 0}});
    CHECK(ask(d, {"service_area"}, {}, RouteChoice::All).breakdown.total == 5);
    CHECK(ask(d, {"service_area"}, {}, RouteChoice::Informal).breakdown.total == 1);
    CHECK(ask(d, {"service_area"}, {"route=informal"}).breakdown.total == 1);
}

TEST_CASE("comparing adds the same period a year earlier") {
    const auto r = ask(sample(), {"service_area"}, {}, RouteChoice::All, true);
    REQUIRE(r.ok());
    CHECK(r.breakdown.previous_label == "2022/23");
    CHECK(*r.breakdown.previous_total == 2);
    CHECK(r.breakdown.find("Finance")->count == 2);
    CHECK(r.breakdown.find("Finance")->previous == 2);
    CHECK(r.breakdown.find("Mental Health")->previous == 0);
}

TEST_CASE("conditions on one field accept any of their values: different fields must all hold") {
    const Dataset d = sample();
    CHECK(ask(d, {"month"}, {"outcome=upheld"}).breakdown.total == 2);
    CHECK(ask(d, {"month"}, {"outcome=Upheld", "outcome=NOT UPHELD"}).breakdown.total == 3);
    CHECK(ask(d, {"month"}, {"outcome=Upheld", "gender=Male"}).breakdown.total == 1);
    CHECK(ask(d, {"month"}, {"gender=n/a"}).breakdown.total == 3);
    CHECK(ask(d, {"outcome"}, {"month=2023-05"}).breakdown.total == 2);
    CHECK(ask(d, {"outcome"}, {"month=May 2023"}).breakdown.total == 2);
    CHECK(ask(d, {"outcome"}, {"quarter=2023/24-Q3"}).breakdown.total == 1);
    CHECK(ask(d, {"outcome"}, {"year=2022/23"}).breakdown.total == 0);
    CHECK(ask(d, {"outcome"}, {"timescale=Within 20 working days"}).breakdown.total == 2);
    CHECK(ask(d, {"outcome"}, {"service_area=  finance "}).breakdown.total == 1);
    CHECK(ask(d, {"outcome"}, {"provider=No provider"}).breakdown.total == 4);
}

TEST_CASE("category counts concerns, which share their complaint's fields") {
    const Dataset d = sample();
    const auto r = ask(d, {"category"});
    CHECK(counts(r.breakdown) == Counts{{"Standard of service", 1},
                                        {"Communication", 2},
                                        {"Protection", 0},
                                        {"Environment/property", 0},
                                        {"Financial issues", 0}});
    CHECK(ask(d, {"outcome"}, {"category=communication"}).breakdown.total == 2);
    CHECK(ask(d, {"category"}, {}, RouteChoice::All).breakdown.total == 4);
    CHECK(counts(ask(d, {"category", "service_area"}).breakdown) ==
          Counts{{"Standard of service|Mental Health", 1}, {"Communication|Finance", 1}, {"Communication|Mental Health", 1}});
}

TEST_CASE("two fields list the combinations that count something") {
    const auto r = ask(sample(), {"month", "outcome"});
    CHECK(counts(r.breakdown) == Counts{{"2023-04|Upheld", 1}, {"2023-05|Upheld", 1}, {"2023-05|Not upheld", 1}, {"2023-10|Open", 1}});
    CHECK(r.breakdown.rows[0].groups[0].label == "April 2023");
    CHECK(r.breakdown.total == 4);
}

TEST_CASE("date fields name every month, quarter and year of the period") {
    const Dataset d = sample();
    const auto quarters = ask(d, {"quarter"}, {}, std::nullopt, true);
    CHECK(counts(quarters.breakdown) ==
          Counts{{"2023/24-Q1", 3}, {"2023/24-Q2", 0}, {"2023/24-Q3", 1}, {"2023/24-Q4", 0}});
    CHECK(quarters.breakdown.rows[2].groups[0].label == "2023/24 Q3");
    CHECK(quarters.breakdown.rows[2].previous == 1);  // 2022/23 Q3 sits beside 2023/24 Q3
    const auto range = run_breakdown(d, calendar(), {*make_range(ymd(2022, 10, 1), ymd(2023, 5, 31)), {Field::Year}, {}, {}, false});
    CHECK(counts(range.breakdown) == Counts{{"2022/23", 1}, {"2023/24", 3}});
    CHECK(ask(d, {"month"}, {}, {}, false, "2023/24-Q1").breakdown.rows.size() == 3);
}

TEST_CASE("unknown fields and values are usage errors that list what is allowed") {
    const Dataset d = sample();
    const std::string fields =
        "the fields are: route, outcome, method, service_area, provider, gender, age_band, ethnicity, "
        "disability, timescale, month, quarter, year, category, extended, subcategory, regime";
    CHECK(ask(d, {"outcomes"}).error == "unknown field \"outcomes\" in --by (did you mean outcome?); " + fields);
    CHECK(ask(d, {"colour"}).error == "unknown field \"colour\" in --by; " + fields);
    CHECK(ask(d, {"outcome", "method", "route"}).error ==
          "--by takes one or two fields, separated by a comma; " + fields);
    CHECK(ask(d, {"outcome", "Outcome"}).error == "--by names outcome twice");
    CHECK(ask(d, {"outcome"}, {"gendre=Male"}).error ==
          "unknown field \"gendre\" in --where (did you mean gender?); " + fields);
    CHECK(ask(d, {"outcome"}, {"gender"}).error == "--where \"gender\": write FIELD=VALUE, e.g. --where outcome=Upheld");
    CHECK(ask(d, {"outcome"}, {"gender=M"}).error ==
          "--where \"gender=M\": gender has no value \"M\"; the values are: Male, Female, Other, N/A");
    CHECK(ask(d, {"outcome"}, {"service_area=Nowhere"}).error ==
          "--where \"service_area=Nowhere\": service_area has no value \"Nowhere\" in this data; the values are: "
          "Finance, Mental Health, Not recorded");
    CHECK(ask(d, {"outcome"}, {"month=2023-13"}).error ==
          "--where \"month=2023-13\": a month is written like 2023-04 or \"April 2023\"");
    CHECK(ask(d, {"outcome"}, {"quarter=2023/24"}).error ==
          "--where \"quarter=2023/24\": a quarter is written like 2023/24-Q3");
    CHECK(ask(d, {"outcome"}, {"year=2023"}).error == "--where \"year=2023\": a year is written like 2023/24");
}

TEST_CASE("every breakdown sums to its total") {
    const Dataset d = sample();
    for (Field f : all_fields()) {
        if (!has_field(Records::Complaints, f)) continue;  // the other kinds: breakdown_kinds_test
        for (Field g : {Field::Outcome, Field::Month, Field::Category}) {
            std::vector<std::string> by{std::string(field_name(f))};
            if (f != g) by.emplace_back(field_name(g));
            const auto r = ask(d, by, {}, RouteChoice::All, true);
            REQUIRE(r.ok());
            std::int64_t sum = 0, previous = 0;
            for (const auto& row : r.breakdown.rows) {
                sum += row.count;
                previous += *row.previous;
            }
            INFO(by[0] << (by.size() > 1 ? "," + by[1] : ""));
            CHECK(sum == r.breakdown.total);
            CHECK(previous == *r.breakdown.previous_total);
        }
    }
}

TEST_CASE("a range longer than a year counts a record in both periods it falls in") {
    const Dataset d = sample();
    BreakdownQuery q{*make_range(ymd(2022, 4, 1), ymd(2024, 3, 31)), {Field::Year}, {}, {}, true};
    q.records_start = ymd(2000, 4, 1);
    const auto r = run_breakdown(d, calendar(), q);
    CHECK(counts(r.breakdown) == Counts{{"2022/23", 1}, {"2023/24", 4}});
    CHECK(r.breakdown.rows[1].previous == 1);  // 2022/23 sits a year before 2023/24
    CHECK(*r.breakdown.previous_total == 1);
}
