// Issue 20: regimes and stages in complaints.csv (docs/input-format.md, "Regimes and stages"),
// in both shapes (a row per complaint with stage columns; a row per stage), lgsco.csv's
// complaint, and report.toml [complaints] and [time_limits]. Messages asserted exactly.
#include <catch2/catch.hpp>

#include "ascreport/load.hpp"
#include "ascreport/settings.hpp"
#include "test_paths.hpp"
#include "test_support.hpp"

using namespace ascreport;

namespace {

using Lines = std::vector<std::string>;
using ::test::messages;

const std::string kHeader = "reference,received,responded,route,outcome,method,service_area";

test::Loaded load_fixture(const std::string& shape) {
    LoadOptions o;
    o.data_dir = test::source_dir() + "/tests/fixtures/stages/" + shape;
    return test::load_with_settings(o);
}

std::vector<std::string> texts(const Diagnostics& d) {
    std::vector<std::string> out;
    for (const auto& item : d.items) out.push_back(item.format());
    return out;
}

const Complaint& find(const LoadResult& r, const std::string& reference) {
    for (const Complaint& c : r.dataset.complaints)
        if (c.reference == reference) return c;
    FAIL("no complaint " << reference);
    throw;
}

std::string text_of(const TextTable& t, TextId id) { return id == kNoText ? std::string("(none)") : std::string(t.display(id)); }

// Every field of two complaints, as read (the lines they were read from aside: the shapes put
// the same records on different lines). Text is compared as text, not by its id.
void check_same(const Dataset& da, const Complaint& a, const Dataset& db, const Complaint& b) {
    INFO("complaint " << a.reference);
    CHECK(a.reference == b.reference);
    CHECK(a.received == b.received);
    CHECK(a.responded == b.responded);
    CHECK(a.route == b.route);
    CHECK(a.outcome == b.outcome);
    CHECK(a.method == b.method);
    CHECK(text_of(da.service_areas, a.service_area) == text_of(db.service_areas, b.service_area));
    CHECK(text_of(da.providers, a.provider) == text_of(db.providers, b.provider));
    CHECK(a.gender == b.gender);
    CHECK(a.age_band == b.age_band);
    CHECK(text_of(da.ethnicities, a.ethnicity) == text_of(db.ethnicities, b.ethnicity));
    CHECK(a.disability == b.disability);
    CHECK(a.extended == b.extended);
    CHECK(a.part == b.part);
    CHECK(a.regime == b.regime);
    CHECK(a.details->acknowledged == b.details->acknowledged);
    CHECK(a.details->extended_to == b.details->extended_to);
    CHECK(a.details->complainant == b.details->complainant);
    CHECK(a.details->advocate == b.details->advocate);
    CHECK(a.details->dispute_resolution == b.details->dispute_resolution);
    REQUIRE(a.details->remedies.size() == b.details->remedies.size());
    for (std::size_t i = 0; i < a.details->remedies.size(); ++i) {
        CHECK(a.details->remedies[i].type == b.details->remedies[i].type);
        CHECK(a.details->remedies[i].pence == b.details->remedies[i].pence);
    }
    CHECK(text_of(da.fault_reasons, a.details->fault_reason) == text_of(db.fault_reasons, b.details->fault_reason));
    CHECK(a.details->refused == b.details->refused);
    CHECK(text_of(da.refused_reasons, a.details->refused_reason) == text_of(db.refused_reasons, b.details->refused_reason));
    REQUIRE(a.details->later_stages.size() == b.details->later_stages.size());
    for (std::size_t i = 0; i < a.details->later_stages.size(); ++i) {
        const LaterStage &x = a.details->later_stages[i], &y = b.details->later_stages[i];
        INFO("stage " << int(x.number));
        CHECK(x.number == y.number);
        CHECK(x.requested == y.requested);
        CHECK(x.acknowledged == y.acknowledged);
        CHECK(x.extended == y.extended);
        CHECK(x.extended_to == y.extended_to);
        CHECK(x.responded == y.responded);
        CHECK(x.panel == y.panel);
        CHECK(x.outcome == y.outcome);
        CHECK(x.part == y.part);
    }
}

std::optional<Date> day(const char* iso) { return parse_date(iso); }

}  // namespace

TEST_CASE("the same records in both shapes (a row per complaint, a row per stage) load into equal Datasets") {
    const auto wide = load_fixture("per-complaint");
    const auto tall = load_fixture("per-stage");
    // C-004, withdrawn before a response, is noted (as in any export); nothing else is said.
    const std::string note = ": column responded: note: withdrawn with no responded date: counted in the outcome "
                             "table, left out of the timescale table";
    const std::string dir = test::source_dir() + "/tests/fixtures/stages/";
    REQUIRE(texts(wide.diagnostics) == Lines{dir + "per-complaint/complaints.csv:10" + note});
    REQUIRE(texts(tall.diagnostics) == Lines{dir + "per-stage/complaints.csv:13" + note});
    CHECK(tall.settings.input.one_row_per_stage);
    REQUIRE(wide.dataset.complaints.size() == 13);
    REQUIRE(tall.dataset.complaints.size() == 13);
    for (std::size_t i = 0; i < wide.dataset.complaints.size(); ++i)
        check_same(wide.dataset, wide.dataset.complaints[i], tall.dataset, tall.dataset.complaints[i]);
    REQUIRE(wide.dataset.lgsco.size() == 3);
    REQUIRE(tall.dataset.lgsco.size() == 3);
    for (std::size_t i = 0; i < 3; ++i) CHECK(wide.dataset.lgsco[i].complaint == tall.dataset.lgsco[i].complaint);
}

TEST_CASE("the stage columns read into the complaint: regime, stages, panel, remedies, who complained, refusal") {
    const auto r = load_fixture("per-complaint");
    REQUIRE_FALSE(r.diagnostics.has_errors());
    REQUIRE(r.diagnostics.items.size() == 1);  // the note of C-004, withdrawn
    const Dataset& d = r.dataset;

    const Complaint& a2 = find(r, "A-002");
    CHECK(a2.regime == Regime::Adult);  // an empty regime
    CHECK(a2.extended);
    CHECK(a2.details->extended_to == day("2024-07-05"));
    CHECK(a2.details->acknowledged == day("2024-05-14"));
    CHECK(a2.details->complainant == Complainant::Carer);
    CHECK(a2.details->advocate == std::optional<bool>(true));
    CHECK_FALSE(a2.details->dispute_resolution);
    REQUIRE(a2.details->remedies.size() == 2);
    CHECK(a2.details->remedies[0].type == RemedyType::Apology);
    CHECK_FALSE(a2.details->remedies[0].pence);
    CHECK(a2.details->remedies[1].type == RemedyType::Financial);
    CHECK(a2.details->remedies[1].pence == std::optional<std::int64_t>(25000));
    CHECK(d.fault_reasons.display(a2.details->fault_reason) == "Care plan not followed");
    CHECK(a2.details->later_stages.empty());

    const Complaint& c1 = find(r, "C-001");
    CHECK(c1.regime == Regime::Children);
    CHECK(c1.details->complainant == Complainant::Parent);
    CHECK(c1.details->dispute_resolution == std::optional<bool>(true));
    REQUIRE(c1.details->later_stages.size() == 2);
    const LaterStage& s2 = c1.details->later_stages[0];
    CHECK(s2.number == 2);
    CHECK(s2.requested == *day("2024-05-07"));
    CHECK(s2.acknowledged == day("2024-05-09"));
    CHECK(s2.extended);
    CHECK(s2.extended_to == day("2024-07-31"));
    CHECK(s2.responded == day("2024-07-19"));
    CHECK(s2.outcome == Outcome::PartlyUpheld);
    CHECK_FALSE(s2.panel);
    CHECK(s2.line == c1.line);
    const LaterStage& s3 = c1.details->later_stages[1];
    CHECK(s3.number == 3);
    CHECK(s3.requested == *day("2024-08-01"));
    CHECK(s3.panel == day("2024-09-10"));
    CHECK(s3.responded == day("2024-09-30"));
    CHECK(s3.outcome == Outcome::Upheld);
    CHECK_FALSE(s3.extended);
    REQUIRE(c1.details->remedies.size() == 3);
    CHECK(c1.details->remedies[1].pence == std::optional<std::int64_t>(125000));
    CHECK(c1.details->remedies[2].type == RemedyType::ProcedureChange);

    const Complaint& c2 = find(r, "C-002");
    CHECK(c2.extended);  // extended Yes, no agreed date
    CHECK_FALSE(c2.details->extended_to);

    const Complaint& c3 = find(r, "C-003");
    REQUIRE(c3.details->later_stages.size() == 1);
    CHECK_FALSE(c3.details->later_stages[0].responded);  // still open
    CHECK(c3.details->later_stages[0].outcome == Outcome::Open);
    CHECK(c3.details->dispute_resolution == std::optional<bool>(false));

    const Complaint& k3 = find(r, "K-003");
    CHECK(k3.regime == Regime::Corporate);
    CHECK(k3.details->complainant == Complainant::MpOrCouncillor);
    REQUIRE(k3.details->later_stages.size() == 1);
    CHECK(k3.details->later_stages[0].extended_to == day("2025-01-17"));
    CHECK(k3.details->remedies.size() == 1);
    CHECK(k3.details->remedies[0].pence == std::optional<std::int64_t>(7550));

    const Complaint& a4 = find(r, "A-004");
    CHECK(a4.details->refused);
    CHECK(d.refused_reasons.display(a4.details->refused_reason) == "Made more than 12 months after the events");
    CHECK_FALSE(find(r, "A-001").details->refused);
    CHECK(find(r, "A-001").details->refused_reason == kNoText);
    CHECK(find(r, "A-003").details->complainant == Complainant::MpOrCouncillor);
    CHECK(find(r, "K-004").details->complainant == Complainant::NotRecorded);

    REQUIRE(d.lgsco.size() == 3);
    CHECK(d.lgsco[0].complaint == "C-001");
    CHECK(d.lgsco[2].complaint.empty());
}

TEST_CASE("a file without the new columns is adult social care, single-stage, nothing else recorded") {
    test::TempDir d;
    d.write("complaints.csv", kHeader + ",extended\nA1,2023-04-03,2023-04-20,Statutory,Upheld,Email,X,Yes\n");
    const auto r = test::load_folder(d);
    REQUIRE(messages(r, d).empty());
    const Complaint& c = r.dataset.complaints.at(0);
    CHECK(c.regime == Regime::Adult);
    CHECK(c.extended);
    CHECK_FALSE(c.details->extended_to);
    CHECK_FALSE(c.details->acknowledged);
    CHECK(c.details->later_stages.empty());
    CHECK(c.details->complainant == Complainant::NotRecorded);
    CHECK_FALSE(c.details->advocate);
    CHECK(c.details->remedies.empty());
    CHECK_FALSE(c.details->refused);
}

TEST_CASE("the new columns map through report.toml: headers, spellings and patterns") {
    test::TempDir d;
    d.write("report.toml",
            "[columns.complaints]\nregime = \"Procedure\"\nstage2_requested = \"S2 Requested\"\n"
            "stage2_outcome = \"S2 Outcome\"\ncomplainant = \"Who\"\n\n"
            "[values.regime]\n\"CSC\" = \"Children's social care\"\n\"Corp*\" = \"Corporate\"\n\n"
            "[values.outcome]\n\"Partial\" = \"Partly upheld\"\n\n[values.complainant]\n\"Mum\" = \"Parent\"\n");
    d.write("complaints.csv", kHeader +
                                  ",Procedure,S2 Requested,S2 Outcome,stage2_responded,Who\n"
                                  "A1,2023-04-03,2023-04-20,Statutory,Upheld,Email,X,CSC,2023-05-02,Partial,2023-05-30,Mum\n"
                                  "A2,2023-04-03,2023-04-20,Corporate,Upheld,Email,X,Corporate (Code),,,,\n");
    const auto r = test::load_folder(d);
    REQUIRE(messages(r, d).empty());
    const Complaint& a1 = r.dataset.complaints.at(0);
    CHECK(a1.regime == Regime::Children);
    CHECK(a1.details->complainant == Complainant::Parent);
    REQUIRE(a1.details->later_stages.size() == 1);
    CHECK(a1.details->later_stages[0].outcome == Outcome::PartlyUpheld);
    CHECK(r.dataset.complaints.at(1).regime == Regime::Corporate);
}

TEST_CASE("bad values in the new columns name the column and the accepted values") {
    test::TempDir d;
    d.write("complaints.csv", kHeader +
                                  ",regime,complainant,advocate,remedy,remedy_amount,refused\n"
                                  "A1,2023-04-03,2023-04-20,Statutory,Upheld,Email,X,Childrens,Son,Maybe,Apology;Cash,12.345,Perhaps\n");
    const auto r = test::load_folder(d);
    CHECK(messages(r, d) ==
          Lines{"D/complaints.csv:2: column regime: \"Childrens\" is not an accepted value; use one of: Adult social care, "
                "Children's social care, Corporate (or leave it empty for Adult social care); to accept this spelling, map it in report.toml: [values.regime] "
                "\"Childrens\" = \"<one of the values above>\"",
                "D/complaints.csv:2: column complainant: \"Son\" is not an accepted value; use one of: The person, Parent, "
                "Carer, Advocate, MP or councillor, Other (or leave it empty for Not recorded); to accept this spelling, "
                "map it in report.toml: [values.complainant] \"Son\" = \"<one of the values above>\"",
                "D/complaints.csv:2: column advocate: \"Maybe\" is not an accepted value; use one of: Yes, No (or leave it "
                "empty for Not recorded); to accept this spelling, map it in report.toml: [values.advocate] \"Maybe\" = "
                "\"<one of the values above>\"",
                "D/complaints.csv:2: column remedy: \"Cash\" is not an accepted value; use one of: Apology, Financial "
                "redress, Change to procedure, Staff training, Reassessment, Other; to accept this spelling, map it in "
                "report.toml: [values.remedy] \"Cash\" = \"<one of the values above>\"",
                "D/complaints.csv:2: column remedy_amount: \"12.345\" is not an amount of money; write pounds as 750, "
                "750.00 or £1,250.00 (no minus sign or other text)",
                "D/complaints.csv:2: column refused: \"Perhaps\" is not an accepted value; use one of: Yes, No (or leave "
                "it empty for No); to accept this spelling, map it in report.toml: [values.refused] \"Perhaps\" = "
                "\"<one of the values above>\""});
}

TEST_CASE("the rules of the first stage and the complaint's own columns") {
    test::TempDir d;
    d.write("complaints.csv",
            kHeader + ",extended,acknowledged,extended_to,remedy,remedy_amount,refused,refused_reason\n"
                      "A1,2023-04-03,2023-04-20,Statutory,Upheld,Email,X,No,2023-04-01,2023-05-01,,,,\n"
                      "A2,2023-04-03,2023-04-20,Statutory,Upheld,Email,X,,,2023-04-02,Apology,£10,,\n"
                      "A3,2023-04-03,2023-04-20,Statutory,Upheld,Email,X,,,,Apology;apology,,No,Duplicate\n"
                      "A4,2023-04-03,2023-04-20,Statutory,Upheld,Email,X,,,,Financial redress,£100000001,,\n");
    const auto r = test::load_folder(d);
    CHECK(messages(r, d) ==
          Lines{"D/complaints.csv:2: column extended: extended is No, but extended_to is 2023-05-01; set extended to Yes "
                "(or leave it empty), or clear extended_to",
                "D/complaints.csv:2: column acknowledged: the acknowledged date 2023-04-01 is before the received date "
                "2023-04-03; check both dates",
                "D/complaints.csv:3: column remedy_amount: a remedy_amount is given, but remedy does not include "
                "Financial redress; add Financial redress to remedy, or clear the amount",
                "D/complaints.csv:3: column extended_to: the extended_to date 2023-04-02 is before the received date "
                "2023-04-03; check both dates",
                "D/complaints.csv:4: column remedy: remedy names Apology twice; name each remedy once, separated by ;",
                "D/complaints.csv:4: column refused_reason: a refused_reason is given, but refused is not Yes; set "
                "refused to Yes, or clear the reason",
                "D/complaints.csv:5: column remedy_amount: \"£100000001\" is more than £100,000,000, the most one remedy "
                "may be; check the amount"});
}

TEST_CASE("the rules across stages, in the shape of a row per complaint") {
    test::TempDir d;
    const std::string header = kHeader + ",regime,refused,stage2_requested,stage2_extended,stage2_extended_to,"
                                         "stage2_responded,stage2_outcome,stage3_requested,stage3_responded,"
                                         "stage3_outcome,stage3_panel\n";
    d.write("complaints.csv",
            header +
                // 2: an adult complaint with a stage 2
                "A1,2023-04-03,2023-04-20,Statutory,Upheld,Email,X,,,2023-05-01,,,,,,,,\n"
                // 3: a corporate complaint with a stage 3
                "A2,2023-04-03,2023-04-20,Corporate,Upheld,Email,X,Corporate,,2023-05-01,,,2023-05-20,Upheld,2023-06-01,,,\n"
                // 4: stage 3 without stage 2; a stage 2 column without its requested date
                "A3,2023-04-03,2023-04-20,Statutory,Upheld,Email,X,Children's social care,,,,,,Upheld,2023-06-01,,,\n"
                // 5: stage 2 requested before stage 1's response, stage 3 while stage 2 is open
                "A4,2023-04-03,2023-04-20,Statutory,Upheld,Email,X,Children's social care,,2023-04-10,,,,,2023-06-01,,,\n"
                // 6: stage 2 while stage 1 is open; refused with a stage
                "A5,2023-04-03,,Statutory,,Email,X,Children's social care,Yes,2023-05-01,,,,,,,,\n"
                // 7: No with an agreed date, a response before the request, a panel with no stage 3
                "A6,2023-04-03,2023-04-20,Statutory,Upheld,Email,X,Children's social care,,2023-05-01,No,2023-05-02,"
                "2023-04-30,Upheld,,,,2023-05-09\n"
                // 8: stage outcomes and responded dates that do not go together
                "A7,2023-04-03,2023-04-20,Statutory,Upheld,Email,X,Children's social care,,2023-05-01,,,,Upheld,"
                "2023-06-01,2023-06-20,,\n");
    const auto r = test::load_folder(d);
    CHECK(messages(r, d) ==
          Lines{"D/complaints.csv:2: column stage2_requested: stage 2 is recorded, but an adult social care complaint "
                "has one stage (after the council's response the complainant may go to the Ombudsman); remove stage 2, "
                "or set regime if the complaint is a children's or corporate one",
                "D/complaints.csv:3: column stage3_requested: stage 3 is recorded, but a corporate complaint has two "
                "stages under the Ombudsman's Complaint Handling Code; remove stage 3, or set regime if the complaint "
                "is a children's social care one",
                "D/complaints.csv:4: column stage2_outcome: stage 2 has a stage2_outcome but no stage2_requested date; "
                "fill in the day stage 2 was requested, or clear the stage 2 columns",
                "D/complaints.csv:5: column stage2_requested: stage 2 was requested on 2023-04-10, before stage 1's "
                "response on 2023-04-20; a later stage is requested on or after the response: check both dates",
                "D/complaints.csv:5: column stage3_requested: stage 3 was requested on 2023-06-01, but stage 2 has no "
                "responded date; a complaint moves to the next stage after the response: fill in stage 2's responded date",
                "D/complaints.csv:6: column stage2_requested: the complaint is refused (not accepted into the procedure), "
                "but stage 2 is recorded; clear refused, or remove stage 2",
                "D/complaints.csv:6: column stage2_requested: stage 2 was requested on 2023-05-01, but stage 1 has no "
                "responded date; a complaint moves to the next stage after the response: fill in stage 1's responded date",
                "D/complaints.csv:7: column stage2_extended: stage2_extended is No, but stage2_extended_to is 2023-05-02; "
                "set stage2_extended to Yes (or leave it empty), or clear stage2_extended_to",
                "D/complaints.csv:7: column stage2_responded: the stage2_responded date 2023-04-30 is before the "
                "stage2_requested date 2023-05-01; check both dates",
                "D/complaints.csv:7: column stage3_panel: stage 3 has a stage3_panel but no stage3_requested date; fill "
                "in the day stage 3 was requested, or clear the stage 3 columns",
                "D/complaints.csv:8: column stage2_outcome: stage 2 has an outcome but no responded date; fill in "
                "stage2_responded, or clear stage2_outcome while the stage is open",
                "D/complaints.csv:8: column stage3_outcome: stage 3 has a responded date but no outcome; fill in "
                "stage3_outcome (Upheld, Partly upheld, Not upheld or Withdrawn)"});
}

TEST_CASE("stage 3 needs stage 2, and a panel only on a children's stage 3") {
    test::TempDir d;
    d.write("complaints.csv",
            kHeader + ",regime,stage2_requested,stage2_responded,stage2_outcome,stage3_requested,stage3_panel\n"
                      "A1,2023-04-03,2023-04-20,Statutory,Upheld,Email,X,Children's social care,,,,2023-05-01,\n"
                      "A2,2023-04-03,2023-04-20,Statutory,Upheld,Email,X,Corporate,2023-05-01,2023-05-20,Upheld,"
                      "2023-06-01,2023-06-10\n"
                      "A3,2023-04-03,2023-04-20,Statutory,Upheld,Email,X,Children's social care,2023-05-01,2023-05-20,"
                      "Upheld,2023-06-01,2023-05-31\n");
    const auto r = test::load_folder(d);
    CHECK(messages(r, d) ==
          Lines{"D/complaints.csv:2: column stage3_requested: stage 3 is recorded without stage 2; a complaint reaches "
                "stage 3 from stage 2: fill in stage 2, or correct the stage",
                "D/complaints.csv:3: column stage3_requested: stage 3 is recorded, but a corporate complaint has two "
                "stages under the Ombudsman's Complaint Handling Code; remove stage 3, or set regime if the complaint "
                "is a children's social care one",
                "D/complaints.csv:3: column stage3_panel: a panel date is recorded, but only stage 3 of a children's "
                "social care complaint has a review panel; clear the panel date, or set regime",
                "D/complaints.csv:4: column stage3_panel: the stage3_panel date 2023-05-31 is before the "
                "stage3_requested date 2023-06-01; check both dates"});
}

TEST_CASE("a row per stage: the stage column, rows that disagree, a stage twice, a stage with no stage 1") {
    test::TempDir d;
    d.write("report.toml", "[complaints]\none_row_per_stage = true\n");
    d.write("complaints.csv",
            kHeader + ",regime,stage,panel,stage2_requested\n"
                      "B1,2023-04-03,2023-04-20,Statutory,Upheld,Email,X,Children's social care,Stage 1,,\n"
                      "B1,2023-05-01,2023-05-20,Statutory,Upheld,Phone,X,Children's social care,2,,\n"       // 3: method
                      "B2,2023-04-03,2023-04-20,Statutory,Upheld,Email,X,Children's social care,1,,\n"
                      "B2,2023-05-01,2023-05-20,Statutory,Upheld,Email,X,Children's social care,STAGE 2,,\n"
                      "B2,2023-05-02,2023-05-21,Statutory,Upheld,Email,X,Children's social care,Stage 2,,\n"  // 6: twice
                      "B3,2023-05-01,2023-05-20,Statutory,Upheld,Email,X,Children's social care,2,,\n"        // 7: no stage 1
                      "B4,2023-04-03,2023-04-20,Statutory,Upheld,Email,X,Children's social care,Stage 4,,\n"  // 8
                      "B5,2023-04-03,2023-04-20,Statutory,Upheld,Email,X,Children's social care,1,2023-04-10,\n"  // 9
                      "B6,2023-04-03,2023-04-20,Statutory,Upheld,Email,X,Children's social care,1,,2023-05-01\n"  // 10
                      "B7,2023-04-03,2023-04-20,Statutory,Upheld,Email,X,,1,,\n"
                      "B7,2023-05-03,2023-05-20,Statutory,Upheld,Email,X,,2,,\n"                             // 12: adult
                      "B8,2023-04-03,2023-04-20,Statutory,Upheld,Email,X,Children's social care,1,,\n"
                      "B8,2023-04-10,,Statutory,,Email,X,Children's social care,2,,\n");                     // 14
    const auto r = test::load_folder(d);
    CHECK(messages(r, d) ==
          Lines{"D/complaints.csv:3: method is Phone here but Email on line 2, the stage 1 row of reference B1; the rows "
                "of one complaint's stages must agree on the complaint's own columns",
                "D/complaints.csv:6: column stage: stage 2 of reference B2 is also on line 5; each stage of a complaint "
                "has one row: remove or correct one",
                "D/complaints.csv:7: column stage: reference \"B3\" has this stage 2 row but no stage 1 row; add the "
                "complaint's stage 1 row (its received date is the day the complaint was made)",
                "D/complaints.csv:8: column stage: \"Stage 4\" is not a stage; use 1, 2 or 3 (or Stage 1, Stage 2, "
                "Stage 3); to accept this spelling, map it in report.toml: [values.stage] \"Stage 4\" = \"<one of the "
                "values above>\"",
                "D/complaints.csv:9: column panel: a panel date is recorded, but only stage 3 of a children's social "
                "care complaint has a review panel; clear the panel date",
                "D/complaints.csv:10: column stage2_requested: stage2_requested is a column of a row per complaint, but "
                "report.toml sets [complaints] one_row_per_stage, a row per stage; give the stage a row of its own (its "
                "dates in received, responded, ...), or remove one_row_per_stage",
                "D/complaints.csv:12: column stage: stage 2 is recorded, but an adult social care complaint has one "
                "stage (after the council's response the complainant may go to the Ombudsman); remove stage 2, or set "
                "regime if the complaint is a children's or corporate one",
                "D/complaints.csv:14: column received: stage 2 was requested on 2023-04-10, before stage 1's response on "
                "2023-04-20; a later stage is requested on or after the response: check both dates"});
    // The complaints whose rows are whole are read, with their stages.
    const Complaint& b2 = find(r, "B2");
    REQUIRE(b2.details->later_stages.size() == 1);
    CHECK(b2.details->later_stages[0].line == 5);
    CHECK(b2.details->later_stages[0].requested == *day("2023-05-01"));
}

TEST_CASE("lgsco.csv complaint: the complaint the case is about, and one in no complaint is a warning") {
    test::TempDir d;
    d.write("complaints.csv", kHeader + "\nA1,2023-04-03,2023-04-20,Statutory,Upheld,Email,X\n");
    d.write("lgsco.csv", "reference,received,complaint\nL1,2023-06-01,A1\nL2,2023-06-02,A0\nL3,2023-06-03,\n");
    const auto r = test::load_folder(d);
    CHECK(messages(r, d) ==
          Lines{"D/lgsco.csv:3: column complaint: warning: no complaint in complaints.csv has the reference \"A0\"; the "
                "case is not counted as an escalation of a complaint of this export (right if the complaint is older "
                "than the export; otherwise correct the reference)"});
    REQUIRE(r.dataset.lgsco.size() == 3);
    CHECK(r.dataset.lgsco[0].complaint == "A1");
    CHECK(r.dataset.lgsco[1].complaint == "A0");
    CHECK(r.dataset.lgsco[2].complaint.empty());
}

TEST_CASE("[time_limits]: the defaults, each key read, and the checks") {
    const TimeLimits defaults;
    CHECK(defaults.adult.acknowledge == 3);
    CHECK(defaults.adult.respond == 20);
    CHECK(defaults.children[1].extended == 65);
    CHECK(defaults.corporate[1].respond == 20);

    const auto ok = load_settings_text("[time_limits.adult]\nacknowledge = 2\nrespond = 28\ndays = \"calendar\"\n\n"
                                       "[time_limits.children]\nstage1 = 12\nstage1_extended = 24\nstage2 = 30\n"
                                       "stage2_extended = 70\npanel = 35\n\n"
                                       "[time_limits.corporate]\nacknowledge = 4\nstage1 = 8\nstage1_extended = 16\n"
                                       "stage2 = 15\nstage2_extended = 30\n",
                                       "report.toml");
    REQUIRE(texts(ok.diagnostics).empty());
    const TimeLimits& t = ok.settings.time_limits;
    CHECK(t.adult.acknowledge == 2);
    CHECK(t.adult.respond == 28);
    CHECK(t.adult.calendar_days);
    CHECK(t.children[0].respond == 12);
    CHECK(t.children[0].extended == 24);
    CHECK(t.children[1].respond == 30);
    CHECK(t.children[1].extended == 70);
    CHECK(t.children[2].respond == 35);
    CHECK(t.corporate[0].acknowledge == 4);
    CHECK(t.corporate[1].acknowledge == 4);
    CHECK(t.corporate[0].respond == 8);
    CHECK(t.corporate[0].extended == 16);
    CHECK(t.corporate[1].respond == 15);
    CHECK(t.corporate[1].extended == 30);
    CHECK(t.corporate[0].from_acknowledgement);

    const auto bad = load_settings_text("[time_limits.adult]\nrespond = 0\ndays = \"weekdays\"\nrespnd = 20\n\n"
                                        "[time_limits.children]\nstage1 = 30\nstage2 = 25.5\n\n"
                                        "[time_limits.corporate]\nstage2 = 20\nstage2_extended = 10\n\n"
                                        "[time_limits.informal]\nstage1 = 5\n",
                                        "report.toml");
    CHECK(texts(bad.diagnostics) ==
          Lines{"report.toml:2: time_limits.adult.respond: must be a whole number of days from 1 to 365",
                "report.toml:3: time_limits.adult.days: must be \"working\" or \"calendar\": how the local target "
                "(respond) is counted",
                "report.toml:4: warning: unknown setting time_limits.adult.respnd is ignored (known here: acknowledge, "
                "respond, days)",
                "report.toml:7: time_limits.children.stage1_extended: is 20, shorter than stage1 (30); an extended limit "
                "is at least the limit it extends",
                "report.toml:8: time_limits.children.stage2: must be a whole number of days from 1 to 365",
                "report.toml:12: time_limits.corporate.stage2_extended: is 10, shorter than stage2 (20); an extended "
                "limit is at least the limit it extends",
                "report.toml:14: warning: unknown setting time_limits.informal is ignored (known here: adult, children, "
                "corporate)"});
}

TEST_CASE("[complaints] one_row_per_stage: true or false, and not with [concerns] one_row_per_issue") {
    CHECK_FALSE(load_settings_text("", "report.toml").settings.input.one_row_per_stage);
    CHECK(texts(load_settings_text("[complaints]\none_row_per_stage = \"yes\"\nshape = 1\n", "report.toml").diagnostics) ==
          Lines{"report.toml:2: complaints.one_row_per_stage: must be true or false",
                "report.toml:3: warning: unknown setting complaints.shape is ignored (known here: one_row_per_stage)"});
    CHECK(texts(load_settings_text("[complaints]\none_row_per_stage = true\n\n[concerns]\ncategories = \"Issue\"\n"
                                   "one_row_per_issue = true\n",
                                   "report.toml")
                    .diagnostics) ==
          Lines{"report.toml:2: complaints.one_row_per_stage: cannot be used with [concerns] one_row_per_issue: a row is "
                "either one stage of a complaint or one issue of it; export a row per stage with the issues in columns "
                "of their own, or a row per issue with the stages in the stage2_* and stage3_* columns"});
}

TEST_CASE("stage columns are mapped by their column's [values.*]: outcome patterns, extended, the stage's spellings") {
    test::TempDir d;
    d.write("report.toml", "[values.outcome]\n\"Part*\" = \"Partly upheld\"\n\n[values.extended]\n\"Y\" = \"Yes\"\n");
    d.write("complaints.csv", kHeader +
                                  ",regime,stage2_requested,stage2_extended,stage2_responded,stage2_outcome\n"
                                  "A1,2023-04-03,2023-04-20,Statutory,Upheld,Email,X,Corporate,2023-05-02,Y,2023-05-30,"
                                  "Partially (stage 2)\n");
    const auto r = test::load_folder(d);
    REQUIRE(messages(r, d).empty());
    const LaterStage& s2 = r.dataset.complaints.at(0).details->later_stages.at(0);
    CHECK(s2.outcome == Outcome::PartlyUpheld);
    CHECK(s2.extended);

    test::TempDir e;
    e.write("report.toml", "[complaints]\none_row_per_stage = true\n\n[values.stage]\n\"Local resolution\" = \"Stage 1\"\n"
                           "\"Investigation\" = \"Stage 2\"\n\"Review*\" = \"Stage 3\"\n");
    e.write("complaints.csv", kHeader +
                                  ",regime,stage,panel\n"
                                  "B1,2023-04-03,2023-04-20,Statutory,Upheld,Email,X,Children's social care,Local resolution,\n"
                                  "B1,2023-05-01,2023-05-20,Statutory,Upheld,Email,X,Children's social care,Investigation,\n"
                                  "B1,2023-06-01,2023-07-20,Statutory,Upheld,Email,X,Children's social care,Review panel,"
                                  "2023-07-10\n");
    const auto t = test::load_folder(e);
    REQUIRE(messages(t, e).empty());
    REQUIRE(t.dataset.complaints.size() == 1);
    const Complaint& b1 = t.dataset.complaints[0];
    CHECK(b1.received == *day("2023-04-03"));
    CHECK(b1.responded == day("2023-04-20"));
    REQUIRE(b1.details->later_stages.size() == 2);
    CHECK(b1.details->later_stages[0].number == 2);
    CHECK(b1.details->later_stages[0].line == 3);
    CHECK(b1.details->later_stages[1].number == 3);
    CHECK(b1.details->later_stages[1].panel == day("2023-07-10"));
    CHECK(b1.details->later_stages[1].responded == day("2023-07-20"));
}

TEST_CASE("a row per complaint and issue: the rows of one complaint agree on its stages too") {
    test::TempDir d;
    d.write("report.toml", "[concerns]\ncategories = \"Issue\"\none_row_per_issue = true\n");
    d.write("complaints.csv", kHeader +
                                  ",Issue,regime,stage2_requested\n"
                                  "C1,2023-04-03,2023-04-20,Statutory,Upheld,Email,X,Delay,Corporate,2023-05-01\n"
                                  "C1,2023-04-03,2023-04-20,Statutory,Upheld,Email,X,Charging,Corporate,2023-05-01\n"
                                  "C2,2023-04-03,2023-04-20,Statutory,Upheld,Email,X,Delay,Corporate,2023-05-01\n"
                                  "C2,2023-04-03,2023-04-20,Statutory,Upheld,Email,X,Charging,Corporate,2023-05-02\n");
    const auto r = test::load_folder(d);
    CHECK(messages(r, d) == Lines{"D/complaints.csv:5: stage2_requested is 2023-05-02 here but 2023-05-01 on line 4, the "
                                  "first row of reference C2; rows of one complaint must agree"});
    REQUIRE(r.dataset.complaints.size() == 2);
    CHECK(r.dataset.complaints[0].details->later_stages.size() == 1);
    CHECK(r.dataset.concerns.size() == 3);
}
