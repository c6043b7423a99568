// The figures of the Complaint Handling Code's annual report: each corporate stage by service
// area, and the findings of non-compliance (the stages outside the Code's limits) by service
// area, against a fixture whose working days are counted by hand below (bank holidays in it:
// 2023-12-25, 2023-12-26, 2024-01-01, 2024-03-29 Good Friday), not by the code under test.
// The Code's limits (time_limits.hpp defaults): acknowledge within 5 working days; respond
// within 10 (stage 1) or 20 (stage 2) working days of the acknowledgement, or within twice that
// with an extension.
#include <catch2/catch.hpp>

#include "ascreport/figures.hpp"
#include "figures_test_data.hpp"

using namespace ascreport;
using ascreport::test::calendar;
using ascreport::test::DatasetBuilder;
using ascreport::test::whole_years;
using ascreport::test::ymd;

namespace {

struct CodeFixture {
    DatasetBuilder b;
    Complaint& corporate(Date received, std::optional<Date> acknowledged, std::optional<Date> responded,
                         const std::string& area) {
        Complaint& c = b.complaint(received, Route::Corporate, area);
        c.regime = Regime::Corporate;
        c.details.edit().acknowledged = acknowledged;
        c.responded = responded;
        c.outcome = responded ? Outcome::NotUpheld : Outcome::Open;
        return c;
    }
    CodeFixture() {
        // P1, Highways: received Mon 4 Sep 2023, acknowledged Tue 5 Sep (day 1); from Tue 5:
        // Sep 6-8 (1-3), 11-15 (4-8), 18 (9), Tue 19 (10): answered on day 10, on time.
        corporate(ymd(2023, 9, 4), ymd(2023, 9, 5), ymd(2023, 9, 19), "Highways");
        // P2, Highways: received Mon 4 Sep, acknowledged Mon 11 Sep (Sep 5-8 (1-4), 11 (5): on
        // time); from Mon 11: Sep 12-15 (1-4), 18-22 (5-9), 25 (10), 26 (11), Wed 27 (12):
        // late, no extension. Outside the limits.
        corporate(ymd(2023, 9, 4), ymd(2023, 9, 11), ymd(2023, 9, 27), "Highways");
        // P3, Waste: received Mon 2 Oct, acknowledged Tue 10 Oct (Oct 3-6 (1-4), 9 (5), 10 (6):
        // late); from Tue 10: Oct 11-13 (1-3), 16 (4), Tue 17 (5): answered on time. Outside
        // the limits (acknowledged late).
        corporate(ymd(2023, 10, 2), ymd(2023, 10, 10), ymd(2023, 10, 17), "Waste");
        {   // P4, Waste: received Mon 6 Nov, acknowledged Tue 7 Nov, extended; from Tue 7: Nov
            // 8-10 (1-3), 13-17 (4-8), 20-24 (9-13), 27 (14), Tue 28 (15): over 10, within 20:
            // within its extension, inside the limits.
            Complaint& c = corporate(ymd(2023, 11, 6), ymd(2023, 11, 7), ymd(2023, 11, 28), "Waste");
            c.extended = true;
            // Stage 2: requested Mon 4 Dec, acknowledged Tue 5 Dec; from Tue 5: Dec 6-8 (1-3),
            // 11-15 (4-8), 18-22 (9-13), 25 and 26 holidays, 27-29 (14-16), Jan 1 holiday, Jan
            // 2-5 (17-20), Mon 8 Jan 2024 (21): late, no extension. Outside the limits.
            LaterStage s2;
            s2.number = 2;
            s2.requested = ymd(2023, 12, 4);
            s2.acknowledged = ymd(2023, 12, 5);
            s2.responded = ymd(2024, 1, 8);
            s2.outcome = Outcome::NotUpheld;
            c.details.edit().later_stages.push_back(s2);
        }
        // P5, Housing: received Mon 4 Mar 2024, acknowledged Tue 5 Mar, no response; at Sun 31
        // Mar: Mar 6-8 (1-3), 11-15 (4-8), 18-22 (9-13), 25-28 (14-17), Fri 29 Good Friday:
        // day 17, over 10: open and overdue. Outside the limits.
        corporate(ymd(2024, 3, 4), ymd(2024, 3, 5), std::nullopt, "Housing");
        // P6, Housing: received Mon 25 Mar, acknowledged Tue 26 Mar; at 31 Mar: Mar 27 (1), 28
        // (2): open, within time.
        corporate(ymd(2024, 3, 25), ymd(2024, 3, 26), std::nullopt, "Housing");
        // P7, Highways, 2022/23: received Mon 6 Feb 2023, acknowledged Mon 13 Feb (Feb 7-10
        // (1-4), 13 (5): on time); from Mon 13: Feb 14-17 (1-4), 20-24 (5-9), 27 (10), Tue 28
        // (11): late. The previous year's one finding.
        corporate(ymd(2023, 2, 6), ymd(2023, 2, 13), ymd(2023, 2, 28), "Highways");
        {   // P8, Highways, refused: not accepted into the procedure, so in no stage.
            Complaint& c = corporate(ymd(2023, 9, 4), std::nullopt, ymd(2023, 9, 5), "Highways");
            c.details.edit().refused = true;
        }
        // P9, an adult statutory complaint about Highways, late by any count: not corporate.
        b.complaint(ymd(2023, 9, 4), Route::Statutory, "Highways");
    }
    Figures figures() const {
        return compute_figures(b.d, calendar(), *parse_period("2023/24"), whole_years(), {}, ymd(2024, 3, 31));
    }
};

struct Row {
    std::string label;
    std::int64_t count;
    std::int64_t previous;
    bool operator==(const Row&) const = default;
};
std::ostream& operator<<(std::ostream& os, const Row& r) {
    return os << "{" << r.label << ", " << r.count << ", " << r.previous << "}";
}
std::vector<Row> rows(const Breakdown& b) {
    std::vector<Row> out;
    for (const BreakdownRow& r : b.rows) out.push_back({r.groups.at(0).label, r.count, r.previous.value_or(-1)});
    return out;
}

}  // namespace

TEST_CASE("code report: each corporate stage by service area, counted by hand") {
    const Figures f = CodeFixture().figures();
    CHECK(rows(f.table(TableId::CorporateStage1ServiceArea)) ==
          std::vector<Row>{{"Highways", 2, 1}, {"Housing", 2, 0}, {"Waste", 2, 0}});
    CHECK(f.table(TableId::CorporateStage1ServiceArea).total == 6);
    CHECK(f.table(TableId::CorporateStage1ServiceArea).previous_total == 1);
    CHECK(rows(f.table(TableId::CorporateStage2ServiceArea)) == std::vector<Row>{{"Waste", 1, 0}});
    // The same complaints as the stage's outcome table.
    CHECK(f.table(TableId::CorporateStage1ServiceArea).total == f.table(TableId::CorporateStage1Outcome).total);
    CHECK(f.table(TableId::CorporateStage2ServiceArea).total == f.table(TableId::CorporateStage2Outcome).total);
}

TEST_CASE("code report: findings of non-compliance by service area, counted by hand") {
    const Figures f = CodeFixture().figures();
    // Stage 1: P2 late (Highways), P3 acknowledged late (Waste), P5 open and overdue (Housing);
    // not P4, within its extension, nor P6, open within time. 2022/23: P7 late (Highways).
    CHECK(rows(f.table(TableId::CorporateStage1OutsideLimits)) ==
          std::vector<Row>{{"Highways", 1, 1}, {"Housing", 1, 0}, {"Waste", 1, 0}});
    CHECK(f.table(TableId::CorporateStage1OutsideLimits).total == 3);
    // Stage 2: P4's stage 2, late.
    CHECK(rows(f.table(TableId::CorporateStage2OutsideLimits)) == std::vector<Row>{{"Waste", 1, 0}});
    // The timing behind them, as the stage's timing table has it.
    const Breakdown& timing = f.table(TableId::CorporateStage1Timing);
    auto count = [&](std::string_view label) {
        for (const BreakdownRow& r : timing.rows)
            if (r.groups.at(0).label == label) return r.count;
        return std::int64_t{-1};
    };
    CHECK(count("On time") == 2);
    CHECK(count("Within extension") == 1);
    CHECK(count("Late") == 1);
    CHECK(count("Open, within time") == 1);
    CHECK(count("Open, overdue") == 1);
}

TEST_CASE("code report: a stage both late and acknowledged late is one finding") {
    CodeFixture fx;
    // Q, Highways: received Mon 8 Jan 2024, acknowledged Wed 17 Jan (Jan 9-12 (1-4), 15 (5),
    // 16 (6), 17 (7): late); from Wed 17: Jan 18-19 (1-2), 22-26 (3-7), 29-31 (8-10), Thu 1
    // Feb (11): late too.
    fx.corporate(ymd(2024, 1, 8), ymd(2024, 1, 17), ymd(2024, 2, 1), "Highways");
    const Figures f = fx.figures();
    CHECK(rows(f.table(TableId::CorporateStage1OutsideLimits)) ==
          std::vector<Row>{{"Highways", 2, 1}, {"Housing", 1, 0}, {"Waste", 1, 0}});
}
