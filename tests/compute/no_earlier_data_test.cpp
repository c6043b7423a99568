// compute_figures when a kind of record has no earlier data, and complaints withdrawn before a
// response (no timescale): the figures, their JSON, and the breakdown query's timescale group.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

#include "ascreport/calendar.hpp"
#include "ascreport/figures.hpp"
#include "ascreport/format.hpp"
#include "figures_test_data.hpp"

using namespace ascreport;
using ascreport::test::number_at;
using ascreport::test::DatasetBuilder;
using ascreport::test::ymd;
using ascreport::test::calendar;
using ascreport::test::figures_for;

namespace {

nlohmann::ordered_json json_of(const Figures& f) {
    std::ostringstream out;
    write_figures_json(f, out);
    return nlohmann::ordered_json::parse(out.str());
}

// Complaints and concerns only in 2023/24; compliments in both years; no Ombudsman case
// before 2023/24.
DatasetBuilder one_year_of_complaints() {
    DatasetBuilder b;
    b.answered(ymd(2023, 5, 2), ymd(2023, 5, 3), Outcome::Upheld).extended = true;
    b.answered(ymd(2023, 6, 2), ymd(2023, 9, 3), Outcome::NotUpheld).extended = true;
    b.complaint(ymd(2023, 7, 1), Route::Informal);
    b.concern(0, "Communication");
    b.compliment(ymd(2022, 6, 1));
    b.compliment(ymd(2023, 6, 1));
    b.lgsco("L1", ymd(2023, 8, 1));
    return b;
}

}  // namespace

TEST_CASE("no earlier data: the compared figures of that kind have no previous value") {
    const DatasetBuilder b = one_year_of_complaints();
    const Figures f = figures_for(b.d);
    for (TableId id : {TableId::Route, TableId::Outcome, TableId::Method, TableId::ServiceArea, TableId::Timescale,
                       TableId::Category, TableId::LgscoDecided}) {
        const Breakdown* bd = &f.table(id);
        INFO(bd->fields.at(0));
        CHECK(bd->no_earlier_data);
        CHECK(bd->compared());  // still compared: the previous year's column stays
        CHECK(*bd->previous_total == 0);
    }
    CHECK_FALSE(f.table(TableId::ComplimentsMonth).no_earlier_data);  // compliments go back to 2022/23
    CHECK(*f.table(TableId::ComplimentsMonth).previous_total == 1);
    // Tables that are never compared are not marked.
    CHECK_FALSE(f.table(TableId::Gender).no_earlier_data);
    CHECK_FALSE(f.table(TableId::Month).no_earlier_data);

    CHECK_FALSE(number_at(f, "key_facts.statutory_complaints").previous);
    CHECK_FALSE(number_at(f, "key_facts.upheld_or_partly_upheld").previous);
    CHECK_FALSE(f.count(CountId::Over20Extended).previous);
    CHECK_FALSE(f.count(CountId::TimescaleLeftOut).previous);
    CHECK_FALSE(f.count(CountId::LgscoNew).previous);
    CHECK(number_at(f, "key_facts.compliments").previous == 1);
    CHECK(number_at(f, "key_facts.statutory_complaints").value == 2);
    CHECK(f.count(CountId::Over20Extended).value == 1);
}

TEST_CASE("earlier data is any record received on or before the previous period's last day") {
    DatasetBuilder b = one_year_of_complaints();
    b.complaint(ymd(2019, 5, 1));  // long before: 2022/23 is then truly 0
    b.lgsco("L0", ymd(2023, 3, 31));
    const Figures f = figures_for(b.d);
    CHECK_FALSE(f.table(TableId::Outcome).no_earlier_data);
    CHECK_FALSE(f.table(TableId::Route).no_earlier_data);
    CHECK(number_at(f, "key_facts.statutory_complaints").previous == 0);
    CHECK(f.count(CountId::Over20Extended).previous == 0);
    CHECK_FALSE(f.table(TableId::LgscoDecided).no_earlier_data);
    CHECK(f.count(CountId::LgscoNew).previous == 1);

    // A quarter compares with the same quarter a year earlier: records between the two do not
    // count as earlier data for it.
    DatasetBuilder q;
    q.complaint(ymd(2023, 1, 10));   // 2022/23 Q4: after 2022/23 Q3
    q.complaint(ymd(2023, 10, 10));  // 2023/24 Q3
    CHECK(figures_for(q.d, "2023/24-Q3").table(TableId::Outcome).no_earlier_data);
    CHECK_FALSE(figures_for(q.d, "2023/24-Q4").table(TableId::Outcome).no_earlier_data);
}

TEST_CASE("figures JSON prints the previous values of a kind with no earlier data as null") {
    const DatasetBuilder b = one_year_of_complaints();
    const auto j = json_of(figures_for(b.d));
    CHECK(j["version"] == 4);
    const auto& outcome = j["statutory_complaints"]["outcome"];
    CHECK(outcome["previous_total"].is_null());
    CHECK(outcome["rows"][0] ==
          nlohmann::ordered_json::parse(R"({"outcome":"Upheld","count":1,"percent":50,"previous_count":null,"previous_percent":null})"));
    CHECK(j["complaints_by_route"]["previous_total"].is_null());
    CHECK(j["concerns_by_category"]["rows"][1]["previous_count"].is_null());
    CHECK(j["ombudsman"]["decided"]["previous_total"].is_null());
    CHECK(j["ombudsman"]["previous_received"].is_null());
    CHECK(j["statutory_complaints"]["previous_over_20_working_days_extended"].is_null());
    CHECK(j["statutory_complaints"]["previous_timescale_left_out"].is_null());
    CHECK(j["key_facts"]["previous_statutory_complaints"].is_null());
    CHECK(j["key_facts"]["previous_upheld_or_partly_upheld"].is_null());
    // Compliments do have earlier data.
    CHECK(j["compliments_by_month"]["previous_total"] == 1);
    CHECK(j["key_facts"]["previous_compliments"] == 1);
}

TEST_CASE("timescale_of: a withdrawn complaint with no responded date is withdrawn before a response") {
    const WorkingDayCalendar& cal = calendar();
    CHECK(timescale_of(cal, ymd(2024, 1, 8), std::nullopt, true) == Timescale::Withdrawn);
    CHECK(timescale_of(cal, ymd(2024, 1, 8), std::nullopt, false) == Timescale::StillOpen);
    CHECK(timescale_of(cal, ymd(2024, 1, 8), ymd(2024, 1, 9), true) == Timescale::Within20);
    CHECK(label(Timescale::Withdrawn) == "Withdrawn before a response");
}

TEST_CASE("complaints withdrawn before a response are left out of the timescale table and counted apart") {
    DatasetBuilder b;
    b.answered(ymd(2023, 4, 3), ymd(2023, 4, 4), Outcome::Upheld);      // within
    b.answered(ymd(2023, 4, 3), ymd(2023, 6, 4), Outcome::Withdrawn);   // withdrawn after a response: over
    b.complaint(ymd(2023, 4, 3)).outcome = Outcome::Withdrawn;          // withdrawn before a response
    b.complaint(ymd(2023, 5, 3)).outcome = Outcome::Withdrawn;          // and another
    b.complaint(ymd(2023, 6, 3));                                       // still open
    b.complaint(ymd(2022, 6, 3)).outcome = Outcome::Withdrawn;          // 2022/23
    const Figures f = figures_for(b.d);
    CHECK(f.table(TableId::Timescale).rows.size() == 3);  // no "Withdrawn before a response" row
    CHECK_FALSE(f.table(TableId::Timescale).find("Withdrawn before a response"));
    CHECK(f.table(TableId::Timescale).count_of("Within 20 working days") == 1);
    CHECK(f.table(TableId::Timescale).count_of("Over 20 working days") == 1);
    CHECK(f.table(TableId::Timescale).count_of("Still open") == 1);
    CHECK(f.table(TableId::Timescale).total == 3);
    CHECK(*f.table(TableId::Timescale).previous_total == 0);
    CHECK(f.count(CountId::TimescaleLeftOut).value == 2);
    CHECK(f.count(CountId::TimescaleLeftOut).previous == 1);
    // Of the complaints that have a timescale: 1 of 3.
    CHECK(f.timescale_percent[0].percent == 33);
    CHECK(f.timescale_percent[0].total == 3);
    // They still count in the outcome table.
    CHECK(f.table(TableId::Outcome).count_of("Withdrawn") == 3);
    CHECK(f.table(TableId::Outcome).total == 5);

    const auto j = json_of(f);
    CHECK(j["statutory_complaints"]["timescale"]["total"] == 3);
    CHECK(j["statutory_complaints"]["timescale_left_out"] == 2);
    CHECK(j["statutory_complaints"]["previous_timescale_left_out"] == 1);
}

TEST_CASE("the breakdown query shows the withdrawn-before-a-response group only where it counts something") {
    DatasetBuilder b;
    b.answered(ymd(2023, 4, 3), ymd(2023, 4, 4), Outcome::Upheld);
    const BreakdownQuery none{*parse_period("2023/24"), {Field::Timescale}, {}, std::nullopt, false};
    const BreakdownResult without = run_breakdown(b.d, calendar(), none);
    REQUIRE(without.ok());
    CHECK(without.breakdown.rows.size() == 3);

    b.complaint(ymd(2023, 4, 3)).outcome = Outcome::Withdrawn;
    const BreakdownResult with = run_breakdown(b.d, calendar(), none);
    REQUIRE(with.ok());
    REQUIRE(with.breakdown.rows.size() == 4);
    CHECK(with.breakdown.rows[3].groups[0].key == "Withdrawn before a response");
    CHECK(with.breakdown.rows[3].count == 1);
    CHECK(with.breakdown.total == 2);
    CHECK_FALSE(with.breakdown.no_earlier_data);  // the query never marks it
}
