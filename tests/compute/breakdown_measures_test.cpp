// `breakdown --measure working_days` and `--percent`: checked against working days counted by
// hand on the 2023 England and Wales bank holidays, not against the code's own output.
#include <catch2/catch.hpp>

#include "ascreport/calendar.hpp"
#include "ascreport/privacy.hpp"
#include "ascreport/format.hpp"
#include "figures_test_data.hpp"
#include "question.hpp"

using namespace ascreport;
using ascreport::test::DatasetBuilder;
using ascreport::test::ymd;
using ascreport::test::calendar;

namespace {

// Statutory complaints of 2023/24 in two service areas, with their working days counted by hand
// (the days after received up to and including responded, Monday to Friday, not bank holidays):
Dataset responses() {
    DatasetBuilder b;
    auto answered = [&](const char* area, Date received, Date responded, Outcome outcome) {
        Complaint& c = b.complaint(received, Route::Statutory, area);
        c.responded = responded;
        c.outcome = outcome;
    };
    // Mon 3 Apr -> Wed 5 Apr: 4, 5 = 2 days.
    answered("Adults", ymd(2023, 4, 3), ymd(2023, 4, 5), Outcome::Upheld);
    // Thu 6 Apr -> Thu 13 Apr: Good Friday 7 and Easter Monday 10 are holidays: 11, 12, 13 = 3.
    answered("Adults", ymd(2023, 4, 6), ymd(2023, 4, 13), Outcome::NotUpheld);
    // Fri 28 Apr -> Fri 12 May: 1 May and 8 May (the coronation) are holidays: 2-5, 9-12 = 8.
    answered("Adults", ymd(2023, 4, 28), ymd(2023, 5, 12), Outcome::Upheld);
    b.complaint(ymd(2023, 7, 3), Route::Statutory, "Adults");  // open: not closed
    // Mon 18 Dec -> Tue 2 Jan: 19-22, 27-29, 2 Jan (25, 26 Dec and 1 Jan are holidays) = 8.
    answered("Carers", ymd(2023, 12, 18), ymd(2024, 1, 2), Outcome::Upheld);
    // Wed 24 May -> Wed 28 Jun: 25, 26, 30, 31 May (29 May is a holiday), 20 days of June 1-28 = 24.
    answered("Carers", ymd(2023, 5, 24), ymd(2023, 6, 28), Outcome::PartlyUpheld);
    b.complaint(ymd(2023, 9, 1), Route::Statutory, "Carers").outcome = Outcome::Withdrawn;  // no response
    b.complaint(ymd(2023, 9, 1), Route::Informal, "Carers").responded = ymd(2023, 9, 4);  // informal: not counted
    return b.d;
}

test::Answer ask(const Dataset& d, std::vector<std::string> by, ShareOf percent = ShareOf::Total,
                 bool measure = true) {
    BreakdownQuery q{*parse_period("2023/24"), {}, {}, std::nullopt, false};
    q.percent = percent;
    q.measure = measure;
    return test::ask_question(d, calendar(), q, by);
}

struct Expected {
    std::int64_t closed;
    std::optional<std::int64_t> median_tenths, mean_tenths, max;
};

void check(const std::optional<WorkingDayMeasures>& m, Expected e) {
    REQUIRE(m);
    CHECK(m->closed == e.closed);
    CHECK(m->median_tenths == e.median_tenths);
    CHECK(m->mean_tenths == e.mean_tenths);
    CHECK(m->max == e.max);
}

}  // namespace

TEST_CASE("the hand-counted working days are the calendar's", "[breakdown][measures]") {
    CHECK(calendar().working_days_between(ymd(2023, 4, 6), ymd(2023, 4, 13)) == 3);
    CHECK(calendar().working_days_between(ymd(2023, 4, 28), ymd(2023, 5, 12)) == 8);
    CHECK(calendar().working_days_between(ymd(2023, 12, 18), ymd(2024, 1, 2)) == 8);
    CHECK(calendar().working_days_between(ymd(2023, 5, 24), ymd(2023, 6, 28)) == 24);
}

TEST_CASE("breakdown --measure working_days: closed, median, mean and most working days of each group", "[breakdown][measures]") {
    const Dataset d = responses();
    const auto r = ask(d, {"service_area"});
    REQUIRE(r.ok());
    REQUIRE(r.breakdown.rows.size() == 2);
    // Adults: 2, 3, 8 (and one open): median 3, mean 13/3 = 4.33.
    CHECK(r.breakdown.rows[0].count == 4);
    check(r.breakdown.rows[0].measures, {3, 30, 43, 8});
    // Carers: 8, 24 (and one withdrawn without a response): median and mean 16.
    check(r.breakdown.rows[1].measures, {2, 160, 160, 24});
    // All five: 2, 3, 8, 8, 24: median 8, mean 45/5 = 9.
    check(r.breakdown.total_measures, {5, 80, 90, 24});
}

TEST_CASE("breakdown --measure: an even count's median is the mean of the middle two, the mean rounds half up",
          "[breakdown][measures]") {
    const auto r = ask(responses(), {"timescale"});
    REQUIRE(r.ok());
    // Within 20: 2, 3, 8, 8: median (3 + 8) / 2 = 5.5, mean 21/4 = 5.25 -> 5.3. Over 20: 24.
    check(r.breakdown.rows[0].measures, {4, 55, 53, 8});
    check(r.breakdown.rows[1].measures, {1, 240, 240, 24});
    check(r.breakdown.rows[2].measures, {0, std::nullopt, std::nullopt, std::nullopt});  // still open
}

TEST_CASE("breakdown --percent row and column: each count as a share of its group", "[breakdown][percent]") {
    const Dataset d = responses();
    // "GROUP|GROUP PERCENT" of each row, one line each.
    auto percents = [](const Breakdown& b) {
        std::string out;
        for (const auto& row : b.rows)
            out += row.groups[0].key + "|" + row.groups[1].key + " " + std::to_string(shown_percent(b, row).value_or(-1)) + "\n";
        return out;
    };
    // Adults: Upheld 2, Not upheld 1, Open 1 (of 4); Carers: Upheld, Partly upheld, Withdrawn 1 each (of 3).
    const auto row = ask(d, {"service_area", "outcome"}, ShareOf::Row, false);
    REQUIRE(row.ok());
    CHECK(percents(row.breakdown) ==
          "Adults|Upheld 50\nAdults|Not upheld 25\nAdults|Open 25\nCarers|Upheld 33\nCarers|Partly upheld 33\n"
          "Carers|Withdrawn 33\n");
    // Upheld: Adults 2, Carers 1 (of 3); every other outcome is in one service area.
    const auto column = ask(d, {"service_area", "outcome"}, ShareOf::Column, false);
    CHECK(percents(column.breakdown) ==
          "Adults|Upheld 67\nAdults|Not upheld 100\nAdults|Open 100\nCarers|Upheld 33\nCarers|Partly upheld 100\n"
          "Carers|Withdrawn 100\n");
    const auto total = ask(d, {"service_area", "outcome"}, ShareOf::Total, false);
    CHECK(shown_percent(total.breakdown, total.breakdown.rows[0]) == 29);  // 2 of 7
    CHECK(ask(d, {"outcome"}, ShareOf::Row, false).error ==
          "--percent row needs two fields in --by: it gives each count as a share of its first field's group");
}

TEST_CASE("breakdown --percent row hides every share of a group that holds a hidden count", "[breakdown][percent][privacy]") {
    const Dataset d = responses();
    auto r = ask(d, {"outcome", "service_area"}, ShareOf::Row, false);
    REQUIRE(r.ok());
    // Upheld: Adults 2, Carers 1 -> Carers 1 is hidden below 2, and the table's secondary
    // suppression hides one more count elsewhere.
    suppress_small_counts(r.breakdown, 2);
    hide_revealing_shares(r.breakdown);
    for (const BreakdownRow& row : r.breakdown.rows) {
        INFO(row.groups[0].key << "|" << row.groups[1].key);
        if (row.groups[0].key == "Upheld") {
            // Upheld|Adults (2) at 67% would give the group's 3 and Carers' 1 away.
            CHECK_FALSE(shown_percent(r.breakdown, row));
        }
        if (row.suppressed != Suppressed::No) CHECK_FALSE(shown_percent(r.breakdown, row));
    }
    // Upheld|Adults: whether shown or hidden (the two-field table is protected against its
    // margins too, docs/privacy.md), its share is not printed.
    CHECK(r.breakdown.rows[0].groups[1].key == "Adults");
    CHECK_FALSE(shown_percent(r.breakdown, r.breakdown.rows[0]));
}

TEST_CASE("measures of a group are hidden when it or its closed complaints are below N", "[breakdown][measures][privacy]") {
    auto r = ask(responses(), {"service_area"});
    REQUIRE(r.ok());
    suppress_small_counts(r.breakdown, 3);
    hide_small_group_measures(r.breakdown, 3);
    CHECK(r.breakdown.rows[1].measures_hidden);  // Carers: 3, but 2 closed
    // Adults (4, 3 closed) would show, but the total's 5 closed less its 3 would give Carers' 2:
    // Adults' are hidden with them, and the total's, of 5 closed, show.
    CHECK(r.breakdown.rows[0].measures_hidden);
    CHECK_FALSE(r.breakdown.total_measures_hidden);
    hide_small_group_measures(r.breakdown, 5);
    CHECK(r.breakdown.rows[0].measures_hidden);  // Adults: 4 below 5
    CHECK_FALSE(r.breakdown.total_measures_hidden);  // 7, 5 closed: not below 5
}

TEST_CASE("breakdown --sort count and --top N order and cut the printed rows, and the total covers all", "[breakdown][percent]") {
    auto r = ask(responses(), {"outcome"}, ShareOf::Total, false);
    REQUIRE(r.ok());
    arrange_rows(r.breakdown, RowOrder::Count, 2);
    REQUIRE(r.breakdown.rows.size() == 2);
    CHECK(r.breakdown.rows[0].groups[0].key == "Upheld");  // 3
    CHECK(r.breakdown.rows[0].count == 3);
    CHECK(r.breakdown.rows[1].groups[0].key == "Partly upheld");  // 1, first of the ties in table order
    CHECK(r.breakdown.total == 7);
    CHECK(shown_percent(r.breakdown, r.breakdown.rows[0]) == 43);
}

namespace {

// "TEXT|TEXT|..." of each row of a list; an empty cell as "".
std::vector<std::string> list_rows(const test::ListAnswer& r) {
    REQUIRE(r.ok());
    std::vector<std::string> out;
    for (const auto& row : r.list.rows) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) line += (i ? "|" : "") + row[i].text;
        out.push_back(line);
    }
    return out;
}

// Asked as the list command asks it: the words parsed, then listed.
test::ListAnswer list(std::vector<std::string> fields, std::vector<std::string> where = {}, std::string sort = "",
                      std::optional<Date> as_of = std::nullopt) {
    static const Dataset d = responses();
    ListQuery q;
    q.period = *parse_period("2023/24");
    q.as_of = as_of;
    return test::ask_list(d, calendar(), q, fields, sort, where);
}

}  // namespace

TEST_CASE("list: one row per statutory complaint of the period, in received order", "[list]") {
    const auto r = list({});
    CHECK(r.list.columns == std::vector<std::string>{"reference", "received", "responded", "route", "outcome",
                                                     "service_area", "timescale", "working_days"});
    // The working days are the hand-counted ones above; C8 is informal.
    CHECK(list_rows(r) == std::vector<std::string>{
                              "C1|2023-04-03|2023-04-05|Statutory|Upheld|Adults|Within 20 working days|2",
                              "C2|2023-04-06|2023-04-13|Statutory|Not upheld|Adults|Within 20 working days|3",
                              "C3|2023-04-28|2023-05-12|Statutory|Upheld|Adults|Within 20 working days|8",
                              "C6|2023-05-24|2023-06-28|Statutory|Partly upheld|Carers|Over 20 working days|24",
                              "C4|2023-07-03||Statutory|Open|Adults|Still open|",
                              "C7|2023-09-01||Statutory|Withdrawn|Carers|Withdrawn before a response|",
                              "C5|2023-12-18|2024-01-02|Statutory|Upheld|Carers|Within 20 working days|8",
                          });
    CHECK(r.list.rows[0][7].kind == ListCell::Kind::Number);
    CHECK(r.list.rows[0][1].kind == ListCell::Kind::Date);
    CHECK(r.list.rows[4][2].kind == ListCell::Kind::Empty);
}

TEST_CASE("list: open_working_days as of a date, --where and --sort", "[list]") {
    // C4 (Mon 3 July 2023) to Fri 8 September: 20 days of July, 22 of August (28 August is a
    // bank holiday), 6 of September = 48; C7 (Fri 1 September): 4-8 September = 5.
    CHECK(list_rows(list({"reference", "open_working_days", "month"}, {"timescale=Still open"}, "",
                         ymd(2023, 9, 8))) == std::vector<std::string>{"C4|48|2023-07"});
    CHECK(list_rows(list({"reference", "open_working_days", "quarter"}, {}, "open_working_days:desc",
                         ymd(2023, 9, 8))) ==
          std::vector<std::string>{"C4|48|2023/24-Q2", "C7|5|2023/24-Q2", "C1||2023/24-Q1", "C2||2023/24-Q1",
                                   "C3||2023/24-Q1", "C6||2023/24-Q1", "C5||2023/24-Q3"});
    CHECK(list_rows(list({"reference", "working_days"}, {"service_area=carers"}, "working_days")) ==
          std::vector<std::string>{"C5|8", "C6|24", "C7|"});
    CHECK(list_rows(list({"reference", "extended"}, {"route=informal"})) == std::vector<std::string>{"C8|No"});
}

TEST_CASE("list: unknown fields and columns it may not print are usage errors", "[list]") {
    const std::string fields =
        "the fields are: reference, received, responded, route, outcome, method, service_area, provider, gender, "
        "age_band, ethnicity, disability, extended, regime, working_days, open_working_days, timescale, year, quarter, "
        "month, stages, stage1_requested, stage1_acknowledged, stage1_extended_to, stage1_responded, stage1_outcome, "
        "stage1_on_time, stage1_acknowledgement, stage1_working_days, stage1_escalated, stage2_requested, "
        "stage2_acknowledged, stage2_extended_to, stage2_responded, stage2_outcome, stage2_on_time, "
        "stage2_acknowledgement, stage2_working_days, stage2_escalated, stage3_requested, stage3_acknowledged, "
        "stage3_extended_to, stage3_responded, stage3_panel, stage3_outcome, stage3_on_time, stage3_acknowledgement, "
        "stage3_working_days, stage3_escalated, escalated_to_ombudsman";
    CHECK(list({"reference", "notes"}).error == "unknown field \"notes\" in --fields; " + fields);
    CHECK(list({"reference", "category"}).error == "unknown field \"category\" in --fields; " + fields);
    CHECK(list({"reference"}, {}, "received").error ==
          "--sort received: sort by one of the fields listed (add it to --fields)");
    CHECK(list({"reference"}, {}, "reference:up").error ==
          "--sort \"reference:up\": write FIELD, or FIELD:desc for the largest first");
    CHECK(list({}, {"category=Communication"}).error ==
          "--where category: a complaint may raise several concerns, so list cannot select by category");
    CHECK(list({}, {"outcome=Maybe"}).error ==
          "--where \"outcome=Maybe\": outcome has no value \"Maybe\"; the values are: Upheld, Partly upheld, Not upheld, "
          "Withdrawn, Open");
}
