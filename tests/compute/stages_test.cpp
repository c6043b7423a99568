// Regimes and stages: each stage's timing (ascreport/stages.hpp) and the registry's figures of
// every regime and stage, against a small fixture whose working days are counted by hand below
// (England and Wales bank holidays: 2023-05-08 Coronation, 2023-05-29 spring, 2024-03-29 Good
// Friday, 2024-04-01 Easter Monday), not by the code under test.
#include <catch2/catch.hpp>

#include "ascreport/breakdown.hpp"
#include "ascreport/calendar.hpp"
#include "ascreport/figures.hpp"
#include "ascreport/stages.hpp"
#include "figures_test_data.hpp"

using namespace ascreport;
using ascreport::test::calendar;
using ascreport::test::DatasetBuilder;
using ascreport::test::number_at;
using ascreport::test::whole_years;
using ascreport::test::ymd;

namespace {

LaterStage later(std::uint8_t number, Date requested, std::optional<Date> responded, Outcome outcome) {
    LaterStage s;
    s.number = number;
    s.requested = requested;
    s.responded = responded;
    s.outcome = outcome;
    return s;
}

// The fixture: 2023/24 with one children's complaint from 2022/23 to compare with.
struct Fixture {
    DatasetBuilder b;
    Fixture() {
        {   // A, children's, escalated twice.
            // Stage 1: received Tue 2 May 2023; Wed 3 (1), Thu 4 (2), Fri 5 (3), Mon 8 Coronation,
            // Tue 9 (4) .. Fri 12 (7), Mon 15 (8), Tue 16 (9), Wed 17 (10): responded on day 10,
            // on time (limit 10).
            Complaint& a = b.answered(ymd(2023, 5, 2), ymd(2023, 5, 17), Outcome::NotUpheld);
            a.regime = Regime::Children;
            // Stage 2: requested Mon 22 May, extended (no date: 65 working days); May 23-26 (1-4),
            // Mon 29 bank holiday, May 30 - Jun 2 (5-8), Jun 5-9 (9-13), 12-16 (14-18), 19-23
            // (19-23), 26-30 (24-28): responded Fri 30 Jun on day 28, over 25, within 65.
            LaterStage s2 = later(2, ymd(2023, 5, 22), ymd(2023, 6, 30), Outcome::PartlyUpheld);
            s2.extended = true;
            a.details.edit().later_stages.push_back(s2);
            // Stage 3: requested Mon 3 Jul; Jul 4-7 (1-4), 10-14 (5-9), 17-21 (10-14), 24-28
            // (15-19), Jul 31 - Aug 4 (20-24), Aug 7-11 (25-29): the panel met Fri 11 Aug, day
            // 29, within 30. The response after it (1 Sep) is not what stage 3 is timed to.
            LaterStage s3 = later(3, ymd(2023, 7, 3), ymd(2023, 9, 1), Outcome::Upheld);
            s3.panel = ymd(2023, 8, 11);
            a.details.edit().later_stages.push_back(s3);
        }
        {   // B, children's, late at stage 1, not escalated: received Mon 4 Sep 2023; Sep 5-8
            // (1-4), 11-15 (5-9), 18-22 (10-14), Mon 25 (15), Tue 26 (16): late (over 10).
            Complaint& c = b.answered(ymd(2023, 9, 4), ymd(2023, 9, 26), Outcome::Upheld);
            c.regime = Regime::Children;
            c.details.edit().complainant = Complainant::Parent;
            c.details.edit().advocate = true;
            c.details.edit().remedies = {{RemedyType::Apology, std::nullopt}, {RemedyType::Financial, 25000}};
            c.details.edit().fault_reason = b.d.fault_reasons.intern("Delay in assessment");
        }
        {   // C, children's, still open: received Mon 18 Mar 2024; Mar 19-22 (1-4), 25-28 (5-8),
            // Fri 29 Good Friday: at Sun 31 Mar, 8 working days, within 10. At Fri 5 Apr: Mon 1
            // Easter Monday, Apr 2 (9), 3 (10), 4 (11), 5 (12): overdue.
            Complaint& c = b.complaint(ymd(2024, 3, 18));
            c.regime = Regime::Children;
        }
        {   // D, children's, refused: in the refused table only.
            Complaint& c = b.answered(ymd(2023, 6, 1), ymd(2023, 6, 2), Outcome::NotUpheld);
            c.regime = Regime::Children;
            c.details.edit().refused = true;
            c.details.edit().refused_reason = b.d.refused_reasons.intern("Out of time");
        }
        {   // E, corporate, timed from the acknowledgement (the Code).
            // Stage 1: received Wed 24 May 2023, acknowledged Fri 26 May (Thu 25 (1), Fri 26 (2):
            // within 5), the Friday before the spring bank holiday. From Fri 26: Mon 29 holiday,
            // May 30 - Jun 2 (1-4), Jun 5-9 (5-9), Mon 12 (10): responded Mon 12 Jun on day 10,
            // on time (from the received date it would be day 12: late).
            Complaint& c = b.answered(ymd(2023, 5, 24), ymd(2023, 6, 12), Outcome::Upheld);
            c.regime = Regime::Corporate;
            c.route = Route::Corporate;
            c.details.edit().acknowledged = ymd(2023, 5, 26);
            // Stage 2: requested Mon 19 Jun, no acknowledgement recorded, so the clock starts on
            // the last day it was due: Jun 20 (1) .. 23 (4), Mon 26 (5). From Mon 26 Jun: Jun
            // 27-30 (1-4), Jul 3-7 (5-9), 10-14 (10-14), 17-21 (15-19), 24-27 (20-23): responded
            // Thu 27 Jul on day 23, over 20, by the agreed Fri 4 Aug: within its extension.
            LaterStage s2 = later(2, ymd(2023, 6, 19), ymd(2023, 7, 27), Outcome::NotUpheld);
            s2.extended_to = ymd(2023, 8, 4);
            c.details.edit().later_stages.push_back(s2);
        }
        {   // F, corporate, acknowledged late and answered late: received Mon 2 Oct 2023;
            // Oct 3 (1), 4 (2), 5 (3), 6 (4), 9 (5), 10 (6), 11 (7): acknowledged Wed 11 Oct on
            // day 7, over 5. From Wed 11: Oct 12 (1), 13 (2), 16-20 (3-7), 23 (8), 24 (9), 25
            // (10), 26 (11): responded Thu 26 Oct on day 11, late.
            Complaint& c = b.answered(ymd(2023, 10, 2), ymd(2023, 10, 26), Outcome::NotUpheld);
            c.regime = Regime::Corporate;
            c.details.edit().acknowledged = ymd(2023, 10, 11);
        }
        {   // G, adult: received Mon 8 Jan 2024, acknowledged Thu 11 Jan (Jan 9 (1), 10 (2), 11
            // (3): within 3); Jan 9-12 (1-4), 15-19 (5-9), 22-26 (10-14), Jan 29 - Feb 2 (15-19),
            // Mon 5 Feb (20): on time.
            Complaint& c = b.answered(ymd(2024, 1, 8), ymd(2024, 2, 5), Outcome::PartlyUpheld);
            c.details.edit().acknowledged = ymd(2024, 1, 11);
        }
        {   // H, adult, extended to Fri 16 Feb 2024: Feb 5 was day 20, Feb 6-9 (21-24), 12 (25),
            // Tue 13 (26): over 20, by the agreed date. No acknowledgement recorded.
            Complaint& c = b.answered(ymd(2024, 1, 8), ymd(2024, 2, 13), Outcome::NotUpheld);
            c.extended = true;
            c.details.edit().extended_to = ymd(2024, 2, 16);
        }
        // J, adult, the informal route: in no stage figure, only in the route table.
        b.answered(ymd(2023, 7, 3), ymd(2023, 7, 4), Outcome::Upheld, Route::Informal);
        {   // I, children's, 2022/23: received Tue 1 Nov 2022, Nov 2 (1), 3 (2), 4 (3), 7 (4), 8
            // (5): on time, not escalated.
            Complaint& c = b.answered(ymd(2022, 11, 1), ymd(2022, 11, 8), Outcome::NotUpheld);
            c.regime = Regime::Children;
        }
        // The Ombudsman's case about A, received after its stage 3 response.
        b.lgsco("23 001 001", ymd(2023, 10, 2)).complaint = "C1";
        // One about a complaint not in the data (older than the export).
        b.lgsco("23 001 002", ymd(2023, 10, 3)).complaint = "OLD-9";
    }
    Figures figures(Date as_of, const TimeLimits& limits = {}) const {
        return compute_figures(b.d, calendar(), *parse_period("2023/24"), whole_years(), limits, as_of);
    }
};

struct Row {
    std::string key;
    std::int64_t count;
    std::int64_t previous;
    bool operator==(const Row&) const = default;
};
std::ostream& operator<<(std::ostream& os, const Row& r) {
    return os << "{" << r.key << ", " << r.count << ", " << r.previous << "}";
}
std::vector<Row> rows(const Breakdown& b) {
    std::vector<Row> out;
    for (const BreakdownRow& r : b.rows) out.push_back({r.groups.at(0).key, r.count, r.previous.value_or(-1)});
    return out;
}

}  // namespace

TEST_CASE("stages: timing and acknowledgement, counted by hand") {
    const Fixture fx;
    const Figures f = fx.figures(ymd(2024, 3, 31));
    using R = std::vector<Row>;
    // Children's stage 1: A on time, B late, C open within time; D refused: not timed. I is
    // 2022/23's, on time.
    CHECK(rows(f.table(TableId::ChildrenStage1Timing)) == R{{"On time", 1, 1},
                                                            {"Within extension", 0, 0},
                                                            {"Late", 1, 0},
                                                            {"Open, within time", 1, 0},
                                                            {"Open, overdue", 0, 0},
                                                            {"Withdrawn before a response", 0, 0}});
    CHECK(rows(f.table(TableId::ChildrenStage1Outcome)) ==
          R{{"Upheld", 1, 0}, {"Partly upheld", 0, 0}, {"Not upheld", 1, 1}, {"Withdrawn", 0, 0}, {"Open", 1, 0}});
    CHECK(number_at(f, "regimes.children.stage_1.received").value == 3);
    CHECK(number_at(f, "regimes.children.stage_1.received").previous == 1);
    // A's 10 and B's 16 working days: median and mean 13.0; I's 5 the year before.
    CHECK(number_at(f, "regimes.children.stage_1.median_working_days").value == 130);
    CHECK(number_at(f, "regimes.children.stage_1.mean_working_days").value == 130);
    CHECK(number_at(f, "regimes.children.stage_1.median_working_days").previous == 50);
    // Stage 2: A within its extension, 28 working days; stage 3: A's panel on day 29, on time.
    CHECK(f.table(TableId::ChildrenStage2Timing).count_of("Within extension") == 1);
    CHECK(f.table(TableId::ChildrenStage2Timing).total == 1);
    CHECK(f.table(TableId::ChildrenStage2Outcome).count_of("Partly upheld") == 1);
    CHECK(number_at(f, "regimes.children.stage_2.median_working_days").value == 280);
    CHECK(f.table(TableId::ChildrenStage3Timing).count_of("On time") == 1);
    CHECK(f.table(TableId::ChildrenStage3Timing).total == 1);
    CHECK(number_at(f, "regimes.children.stage_3.mean_working_days").value == 290);

    // Corporate stage 1: E on time from its acknowledgement, F late; E acknowledged in time,
    // F late. 10 and 11 working days: 10.5.
    CHECK(rows(f.table(TableId::CorporateStage1Timing)) == R{{"On time", 1, 0},
                                                             {"Within extension", 0, 0},
                                                             {"Late", 1, 0},
                                                             {"Open, within time", 0, 0},
                                                             {"Open, overdue", 0, 0},
                                                             {"Withdrawn before a response", 0, 0}});
    CHECK(rows(f.table(TableId::CorporateStage1Acknowledgement)) ==
          R{{"On time", 1, 0}, {"Late", 1, 0}, {"Not recorded", 0, 0}});
    CHECK(number_at(f, "regimes.corporate.stage_1.median_working_days").value == 105);
    // Stage 2: E, from the day its acknowledgement was due, 23 days, by its agreed date.
    CHECK(f.table(TableId::CorporateStage2Timing).count_of("Within extension") == 1);
    CHECK(f.table(TableId::CorporateStage2Acknowledgement).count_of("Not recorded") == 1);
    CHECK(number_at(f, "regimes.corporate.stage_2.median_working_days").value == 230);

    // Adult: G on time (day 20), H within its extension (day 26, by the agreed date); G
    // acknowledged in time, H's not recorded. J (informal) is in no stage table.
    CHECK(f.table(TableId::AdultStage1Timing).count_of("On time") == 1);
    CHECK(f.table(TableId::AdultStage1Timing).count_of("Within extension") == 1);
    CHECK(f.table(TableId::AdultStage1Timing).total == 2);
    CHECK(rows(f.table(TableId::AdultStage1Acknowledgement)) ==
          R{{"On time", 1, 0}, {"Late", 0, 0}, {"Not recorded", 1, 0}});
    CHECK(number_at(f, "regimes.adult.stage_1.median_working_days").value == 230);
}

TEST_CASE("stages: escalation, to a later stage and to the Ombudsman") {
    const Fixture fx;
    const Figures f = fx.figures(ymd(2024, 3, 31));
    using R = std::vector<Row>;
    // Children's stage 1 responses in 2023/24: A (escalated), B (not); C is open. I's, the year
    // before, was not escalated.
    CHECK(rows(f.table(TableId::ChildrenStage1Escalated)) == R{{"Escalated to stage 2", 1, 0}, {"Not escalated", 1, 1}});
    CHECK(rows(f.table(TableId::ChildrenStage2Escalated)) == R{{"Escalated to stage 3", 1, 0}, {"Not escalated", 0, 0}});
    // A's last stage was answered in the period and an Ombudsman case names it; B's was not.
    CHECK(rows(f.table(TableId::ChildrenOmbudsman)) ==
          R{{"Taken to the Ombudsman", 1, 0}, {"Not taken to the Ombudsman", 1, 1}});
    CHECK(rows(f.table(TableId::CorporateStage1Escalated)) == R{{"Escalated to stage 2", 1, 0}, {"Not escalated", 1, 0}});
    CHECK(rows(f.table(TableId::CorporateOmbudsman)) ==
          R{{"Taken to the Ombudsman", 0, 0}, {"Not taken to the Ombudsman", 2, 0}});
    CHECK(rows(f.table(TableId::AdultOmbudsman)) ==
          R{{"Taken to the Ombudsman", 0, 0}, {"Not taken to the Ombudsman", 2, 0}});

    // As of Sat 20 May 2023, A's stage 2 (requested 22 May) and the Ombudsman case (2 Oct) had
    // not happened: A's stage 1 is not escalated, and its last stage, not taken.
    const Figures early = fx.figures(ymd(2023, 5, 20));
    CHECK(early.table(TableId::ChildrenStage1Escalated).count_of("Escalated to stage 2") == 0);
    CHECK(early.table(TableId::ChildrenStage1Escalated).count_of("Not escalated") == 2);
    CHECK(early.table(TableId::ChildrenOmbudsman).count_of("Taken to the Ombudsman") == 0);
}

TEST_CASE("stages: an open stage is judged at the as-of day") {
    const Fixture fx;
    // C at Fri 5 Apr 2024: 12 working days, over 10.
    const Figures later = fx.figures(ymd(2024, 4, 5));
    CHECK(later.table(TableId::ChildrenStage1Timing).count_of("Open, within time") == 0);
    CHECK(later.table(TableId::ChildrenStage1Timing).count_of("Open, overdue") == 1);
    // At Thu 4 Apr: day 11, overdue; Wed 3 Apr: day 10, within.
    CHECK(fx.figures(ymd(2024, 4, 4)).table(TableId::ChildrenStage1Timing).count_of("Open, overdue") == 1);
    CHECK(fx.figures(ymd(2024, 4, 3)).table(TableId::ChildrenStage1Timing).count_of("Open, within time") == 1);
    // Without an as-of day, compute judges at the period's last day.
    const Figures by_default =
        compute_figures(fx.b.d, calendar(), *parse_period("2023/24"), whole_years(), TimeLimits{});
    CHECK(by_default.table(TableId::ChildrenStage1Timing).count_of("Open, within time") == 1);
}

TEST_CASE("stages: the regime's own tables") {
    const Fixture fx;
    const Figures f = fx.figures(ymd(2024, 3, 31));
    using R = std::vector<Row>;
    // Children's complaints received in 2023/24: A, B, C, D (refused ones too).
    CHECK(rows(f.table(TableId::ChildrenComplainant)) == R{{"The person", 0, 0},
                                                           {"Parent", 1, 0},
                                                           {"Carer", 0, 0},
                                                           {"Advocate", 0, 0},
                                                           {"MP or councillor", 0, 0},
                                                           {"Other", 0, 0},
                                                           {"Not recorded", 3, 1}});
    CHECK(rows(f.table(TableId::ChildrenAdvocate)) == R{{"Yes", 1, 0}, {"No", 0, 0}, {"Not recorded", 3, 1}});
    CHECK(rows(f.table(TableId::ChildrenRemedies)) == R{{"Apology", 1, 0},
                                                        {"Financial redress", 1, 0},
                                                        {"Change to procedure", 0, 0},
                                                        {"Staff training", 0, 0},
                                                        {"Reassessment", 0, 0},
                                                        {"Other", 0, 0}});
    CHECK(number_at(f, "regimes.children.financial_redress_pence").value == 25000);
    CHECK(number_at(f, "regimes.children.financial_redress_pence").previous == 0);
    CHECK(rows(f.table(TableId::ChildrenRefused)) == R{{"Out of time", 1, 0}});
    CHECK(rows(f.table(TableId::ChildrenFaultReasons)) == R{{"Delay in assessment", 1, 0}});
    CHECK(f.table(TableId::CorporateRefused).rows.empty());
}

TEST_CASE("stages: the report's tables count adult social care complaints only") {
    const Fixture fx;
    const Figures f = fx.figures(ymd(2024, 3, 31));
    // G, H (statutory) and J (informal); none of the children's or corporate complaints.
    CHECK(f.table(TableId::Route).total == 3);
    CHECK(f.table(TableId::Route).count_of("Corporate") == 0);
    CHECK(f.table(TableId::Outcome).total == 2);
    CHECK(f.table(TableId::Timescale).total == 2);
    CHECK(f.table(TableId::Route).previous_total == 0);
}

TEST_CASE("stages: lgsco.all counts every Ombudsman case, lgsco.* leave out those naming a children's or corporate complaint") {
    Fixture fx;
    // Beside the fixture's two cases received in 2023/24 (one about A, children's; one naming a
    // complaint not in the data): decided in 2023/24, upheld with £300, about A.
    OmbudsmanCase& about_a = fx.b.lgsco("23 001 003", ymd(2023, 9, 4));
    about_a.complaint = "C1";
    about_a.decided = ymd(2024, 1, 15);
    about_a.decision = Decision::Upheld;
    about_a.remedy_pence = 30000;
    // Naming no complaint: received in 2022/23, decided in 2023/24, not upheld.
    OmbudsmanCase& none = fx.b.lgsco("22 001 004", ymd(2023, 2, 1));
    none.decided = ymd(2023, 6, 1);
    none.decision = Decision::NotUpheld;
    // Naming no complaint: received and decided (upheld, £100) in 2022/23.
    OmbudsmanCase& earlier = fx.b.lgsco("22 001 005", ymd(2022, 5, 3));
    earlier.decided = ymd(2022, 11, 1);
    earlier.decision = Decision::Upheld;
    earlier.remedy_pence = 10000;
    const Figures f = fx.figures(ymd(2024, 3, 31));
    // Adult social care's: all but the two about A, which are the children's.
    CHECK(number_at(f, "ombudsman.received").value == 1);   // OLD-9's
    CHECK(number_at(f, "ombudsman.received").previous == 2);  // 22 001 004 and 22 001 005
    CHECK(f.table(TableId::LgscoDecided).total == 1);
    CHECK(f.table(TableId::LgscoDecided).count_of("Upheld") == 0);
    CHECK(number_at(f, "ombudsman.financial_remedies").value == 0);
    // Every service's: all five.
    CHECK(number_at(f, "ombudsman.every_service.received").value == 3);  // A's two and OLD-9's
    CHECK(number_at(f, "ombudsman.every_service.received").previous == 2);
    CHECK(number_at(f, "ombudsman.every_service.decided").value == 2);
    CHECK(number_at(f, "ombudsman.every_service.decided").previous == 1);
    CHECK(number_at(f, "ombudsman.every_service.upheld").value == 1);
    CHECK(number_at(f, "ombudsman.every_service.upheld").previous == 1);
    CHECK(number_at(f, "ombudsman.every_service.financial_remedies").value == 1);
    CHECK(number_at(f, "ombudsman.every_service.financial_remedy_pence").value == 30000);
}

TEST_CASE("stages: an adult local target in calendar days") {
    const Fixture fx;
    TimeLimits limits;
    limits.adult.respond = 28;
    limits.adult.calendar_days = true;
    // G: 8 Jan to 5 Feb 2024 is 28 calendar days, on time. H: 36, by its agreed date.
    const Figures f = fx.figures(ymd(2024, 3, 31), limits);
    CHECK(f.table(TableId::AdultStage1Timing).count_of("On time") == 1);
    CHECK(f.table(TableId::AdultStage1Timing).count_of("Within extension") == 1);
    limits.adult.respond = 27;  // G now late
    CHECK(fx.figures(ymd(2024, 3, 31), limits).table(TableId::AdultStage1Timing).count_of("Late") == 1);
    // The measures stay working days: 20 and 26.
    CHECK(number_at(f, "regimes.adult.stage_1.mean_working_days").value == 230);
}

TEST_CASE("time_stage: extensions, by length and by date") {
    StageView s;
    s.regime = Regime::Children;
    s.number = 1;
    s.requested = ymd(2024, 1, 8);   // Mon; Mon 22 Jan is day 10, Mon 5 Feb day 20, Tue 6 Feb 21
    s.responded = ymd(2024, 2, 5);
    const TimeLimits limits;
    const StageLimit& limit = limit_of(limits, Regime::Children, 1);
    const Date as_of = ymd(2024, 3, 31);
    CHECK(time_stage(s, limit, calendar(), as_of).timing == StageTiming::Late);  // not extended
    s.extended = true;
    CHECK(time_stage(s, limit, calendar(), as_of).timing == StageTiming::WithinExtension);  // day 20 of 20
    s.responded = ymd(2024, 2, 6);
    CHECK(time_stage(s, limit, calendar(), as_of).timing == StageTiming::Late);  // day 21
    s.extended_to = ymd(2024, 2, 9);  // the agreed date decides where it is recorded
    CHECK(time_stage(s, limit, calendar(), as_of).timing == StageTiming::WithinExtension);
    s.responded.reset();
    CHECK(time_stage(s, limit, calendar(), ymd(2024, 2, 9)).timing == StageTiming::OpenInTime);
    CHECK(time_stage(s, limit, calendar(), ymd(2024, 2, 10)).timing == StageTiming::OpenOverdue);
    s.outcome = Outcome::Withdrawn;
    CHECK(time_stage(s, limit, calendar(), as_of).timing == StageTiming::Withdrawn);
    // The children's stages have no acknowledgement limit; adult's has 3 days.
    CHECK_FALSE(time_stage(s, limit, calendar(), as_of).acknowledgement.has_value());
    const TimeLimits defaults;
    CHECK(limit_of(defaults, Regime::Adult, 1).acknowledge == 3);
    CHECK(limit_of(defaults, Regime::Corporate, 2).respond == 20);
    CHECK(limit_of(defaults, Regime::Children, 3).respond == 30);
}

// ---- breakdown --of stages and list's stage columns (issue 20, point 4) ----------------------------

namespace {

BreakdownQuery stage_query(std::vector<Field> by, std::vector<Condition> where, Date as_of) {
    BreakdownQuery q{*parse_period("2023/24"), std::move(by), std::move(where), {}, true};
    q.of = Records::Stages;
    q.records_start = ymd(2000, 4, 1);
    q.as_of = as_of;
    return q;
}

Condition where(Field f, std::string value) { return Condition{f, std::move(value), std::nullopt}; }

}  // namespace

TEST_CASE("breakdown --of stages counts as every stage table of the figures does") {
    const Fixture fx;
    const Date as_of = ymd(2024, 3, 31);
    const Figures f = fx.figures(as_of);
    int compared = 0;
    for (const TableSpec& t : kTables) {
        if (t.counts != Counted::Stages) continue;
        // The Code report's tables by service area: counted by hand in code_figures_test.cpp.
        if (t.column == "service_area" || t.column == "outside_limits") continue;
        const Field field = t.column == "timing" ? Field::OnTime
                            : t.column == "acknowledgement" ? Field::Acknowledgement
                                                             : Field::Outcome;
        REQUIRE((t.column == "timing" || t.column == "acknowledgement" || t.column == "outcome"));
        const auto r = run_breakdown(fx.b.d, calendar(), stage_query({field}, {where(Field::Regime, std::string(label(t.regime))),
                                                                                where(Field::Stage, std::to_string(t.stage))},
                                                                       as_of));
        REQUIRE(r.ok());
        const Breakdown& table = f.table(t.id);
        INFO(t.json);
        CHECK(r.breakdown.total == table.total);
        CHECK(r.breakdown.previous_total == table.previous_total);
        for (const BreakdownRow& row : table.rows) {
            INFO(row.groups.at(0).key);
            const BreakdownRow* mine = r.breakdown.find(row.groups.at(0).key);
            CHECK(r.breakdown.count_of(row.groups.at(0).key) == row.count);
            CHECK((mine ? mine->previous.value_or(0) : 0) == row.previous.value_or(0));
        }
        ++compared;
    }
    CHECK(compared == 15);  // 3 adult, 6 children's, 6 corporate
}

TEST_CASE("breakdown --of stages: regime, stage, escalation and the stage clock's working days, by hand") {
    const Fixture fx;
    const Dataset& d = fx.b.d;
    // Every regime by default; the refused D and the informal J have no stage.
    auto q = stage_query({Field::Regime, Field::Stage}, {}, ymd(2024, 3, 31));
    q.compare = false;
    auto r = run_breakdown(d, calendar(), q);
    REQUIRE(r.ok());
    using R = std::vector<Row>;
    std::vector<std::tuple<std::string, std::string, std::int64_t>> cells;
    for (const BreakdownRow& row : r.breakdown.rows) cells.emplace_back(row.groups[0].label, row.groups[1].key, row.count);
    // Adult G, H; children's A (three stages), B, C; corporate E (two stages), F.
    CHECK(cells == std::vector<std::tuple<std::string, std::string, std::int64_t>>{
                       {"Adult social care", "1", 2},
                       {"Children's social care", "1", 3},
                       {"Children's social care", "2", 1},
                       {"Children's social care", "3", 1},
                       {"Corporate", "1", 2},
                       {"Corporate", "2", 1}});

    // Escalated, as of 31 Mar 2024: A's stages 1 and 2 (the next requested) and 3 (the
    // Ombudsman's case of 2 Oct 2023 names it), E's stage 1; C's stage 1 is open.
    q = stage_query({Field::Escalated}, {where(Field::Regime, "children")}, ymd(2024, 3, 31));
    q.compare = false;
    r = run_breakdown(d, calendar(), q);
    REQUIRE(r.ok());
    CHECK(rows(r.breakdown) == R{{"Yes", 3, -1}, {"No", 1, -1}, {"Open", 1, -1}});
    q.where = {where(Field::Regime, "Corporate")};
    CHECK(rows(run_breakdown(d, calendar(), q).breakdown) == R{{"Yes", 1, -1}, {"No", 2, -1}, {"Open", 0, -1}});
    // As of 20 May 2023 nothing of A had been escalated yet; its stage 1 had its response.
    q.where = {where(Field::Regime, "children"), where(Field::Stage, "Stage 1")};
    q.as_of = ymd(2023, 5, 20);
    CHECK(run_breakdown(d, calendar(), q).breakdown.count_of("Yes") == 0);

    // The working days of each children's stage, on the stage clock: A 10 and B 16 at stage 1,
    // A 28 at stage 2, A's panel on day 29 at stage 3 (not its response of 1 Sep).
    q = stage_query({Field::Stage}, {where(Field::Regime, "children")}, ymd(2024, 3, 31));
    q.compare = false;
    q.measure = true;
    r = run_breakdown(d, calendar(), q);
    REQUIRE(r.ok());
    REQUIRE(r.breakdown.rows.size() == 3);
    CHECK(r.breakdown.rows[0].measures->closed == 2);
    CHECK(r.breakdown.rows[0].measures->median_tenths == 130);
    CHECK(r.breakdown.rows[0].measures->max == 16);
    CHECK(r.breakdown.rows[1].measures->median_tenths == 280);
    CHECK(r.breakdown.rows[2].measures->median_tenths == 290);
    // Corporate stage 1, from the acknowledgement: E 10, F 11.
    q.where = {where(Field::Regime, "corporate"), where(Field::Stage, "1")};
    q.by = {Field::OnTime};
    r = run_breakdown(d, calendar(), q);
    CHECK(r.breakdown.total_measures->mean_tenths == 105);
}

TEST_CASE("run_breakdown regime: adult by default for complaints, every regime when the question names it") {
    const Fixture fx;
    BreakdownQuery q{*parse_period("2023/24"), {Field::Outcome}, {}, {}, false};
    // G and H: the adult statutory complaints (J is informal).
    CHECK(run_breakdown(fx.b.d, calendar(), q).breakdown.total == 2);
    q.regime = RegimeChoice::Children;  // A, B, C, D (the refused one too)
    CHECK(run_breakdown(fx.b.d, calendar(), q).breakdown.total == 4);
    q.regime = RegimeChoice::Corporate;  // E (route Corporate) and F (route Statutory)
    CHECK(run_breakdown(fx.b.d, calendar(), q).breakdown.total == 2);
    q.regime = RegimeChoice::All;
    CHECK(run_breakdown(fx.b.d, calendar(), q).breakdown.total == 8);
    q.regime.reset();
    q.by = {Field::Regime};
    CHECK(rows(run_breakdown(fx.b.d, calendar(), q).breakdown) ==
          std::vector<Row>{{"Adult social care", 2, -1}, {"Children's social care", 4, -1}, {"Corporate", 2, -1}});
    CHECK(parse_regime_choice("Children's SOCIAL care") == RegimeChoice::Children);
    CHECK(parse_regime_choice("ADULT") == RegimeChoice::Adult);
    CHECK(parse_regime_choice("adults") == std::nullopt);
}

TEST_CASE("list: the stage columns") {
    const Fixture fx;
    ListQuery q;
    q.period = *parse_period("2023/24");
    q.regime = RegimeChoice::All;
    q.as_of = ymd(2024, 3, 31);
    for (std::string_view name : {"reference", "regime", "stages", "stage1_on_time", "stage1_acknowledgement",
                                  "stage2_requested", "stage2_working_days", "stage2_escalated", "stage3_panel",
                                  "stage3_on_time", "escalated_to_ombudsman"})
        q.fields.push_back(*parse_list_field(name));
    CHECK_FALSE(parse_list_field("stage2_panel"));  // only stage 3 has a panel
    CHECK_FALSE(parse_list_field("stage4_outcome"));
    const ListResult r = run_list(fx.b.d, calendar(), q);
    REQUIRE(r.ok());
    std::vector<std::string> lines;
    for (const auto& row : r.list.rows) {
        std::string line;
        for (const ListCell& c : row) line += (line.empty() ? "" : "|") + c.text;
        lines.push_back(line);
    }
    // In received order. D (C4) is refused: its stage is not timed. J (C9) is informal, not
    // handled in a procedure, so not listed without --route; I (C10) is of 2022/23.
    CHECK(lines == std::vector<std::string>{
                       "C1|Children's social care|3|On time|Not applicable|2023-05-22|28|Yes|2023-08-11|On time|Yes",
                       "C5|Corporate|2|On time|On time|2023-06-19|23|No|||No",
                       "C4|Children's social care|1||||||||No",
                       "C2|Children's social care|1|Late|Not applicable||||||No",
                       "C6|Corporate|1|Late|Late||||||No",
                       "C7|Adult social care|1|On time|On time||||||No",
                       "C8|Adult social care|1|Within extension|Not recorded||||||No",
                       "C3|Children's social care|1|Open, within time|Not applicable||||||No"});
}
