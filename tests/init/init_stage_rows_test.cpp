// `ascreport init` on a complaints export with a row per stage of each complaint ([complaints]
// one_row_per_stage): a case system's export (tests/fixtures/stage-rows) loads with what init
// writes, unedited, into the figures of the same records with a row per complaint; a row per
// issue is still proposed as one; evidence of both, or rows that disagree, is a TODO.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <toml++/toml.h>

#include <filesystem>
#include <string>

#include "ascreport/settings.hpp"
#include "ascreport/starter_settings.hpp"
#include "init_text.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using ascreport::starter_settings;
using test::folder;
using test::has_line;
using test::unwrapped;

namespace {

std::string starter(const std::string& complaints) { return starter_settings(folder({{"complaints.csv", complaints}})); }

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string q(const fs::path& p) { return "'" + p.string() + "'"; }

}  // namespace

TEST_CASE("init: a case system's row-per-stage export loads as init writes it, into the row-per-complaint figures") {
    const fs::path fixture = fs::path(::test::source_dir()) / "tests/fixtures/stage-rows";
    test::TempDir d;
    const fs::path data = d.path() / "exports";
    fs::create_directories(data);
    for (const char* name : {"Complaint Stages.csv", "lgsco.csv"}) fs::copy_file(fixture / name, data / name);

    const auto init = test::run("init --data " + q(data));
    REQUIRE(init.status == 0);
    CHECK(init.err.empty());
    const std::string& toml = init.out;
    // Nothing left to settle but the council's own details.
    CHECK(has(toml, "#   2. Fill in [council] and [contact] below. Init placed every header and spelling it found."));
    CHECK_FALSE(has(toml, "TODO"));
    CHECK(has_line(toml, "one_row_per_stage = true"));
    CHECK(has(unwrapped(toml), "[complaints] 294 references are on more than one row (598 rows), each row a different stage of "
                               "its complaint in \"Complaint Stage\" with the complaint's own fields the same (Case Ref "
                               "CSC-22-0089: lines 373, 422 and 598): a row per stage\none_row_per_stage = true\n"));
    CHECK(has_line(toml, "stage = \"Complaint Stage\"               # 1530 rows"));
    CHECK(has_line(toml, "route = \"Complaint Type\"                # 1530 rows"));
    CHECK(has_line(toml, "panel = \"Review Panel Date\"             # 9 of 1530 rows filled"));
    CHECK(has_line(toml, "\"Stage 2 - Investigation\" = \"Stage 2\"   # 43 rows"));
    CHECK(has_line(toml, "\"Stage 3 - Review Panel\" = \"Stage 3\"    # 10 rows"));
    CHECK(has_line(toml, "# Already accepted as written: \"Stage 1\" (841 rows), \"Stage 2\" (251 rows)"));
    d.write("exports/report.toml", toml);

    const auto validate = test::run("validate --data " + q(data));
    CHECK(validate.status == 0);
    CHECK(has(validate.out, ": valid"));
    for (const char* year : {"2022/23", "2023/24"}) {
        INFO(year);
        const auto ours = test::run("figures --data " + q(data) + " --format json --year " + year);
        const auto theirs = test::run("figures --data " + q(fixture / "contract") + " --format json --year " + year);
        REQUIRE(ours.status == 0);
        REQUIRE(theirs.status == 0);
        const auto a = nlohmann::json::parse(ours.out), b = nlohmann::json::parse(theirs.out);
        // The regimes' tables first (each stage's outcomes, timing and escalation), then the rest.
        for (const char* regime : {"children", "corporate"}) {
            INFO(regime);
            CHECK(a["regimes"][regime] == b["regimes"][regime]);
        }
        CHECK(a == b);
        // The later stages are there to compare: the stage rows were joined to their complaints.
        CHECK(b["regimes"]["children"]["stage_2"]["received"].get<int>() > 0);
        CHECK(b["regimes"]["corporate"]["stage_2"]["received"].get<int>() > 0);
    }
    const auto third = nlohmann::json::parse(test::run("figures --data " + q(fixture / "contract") +
                                                       " --format json --year 2023/24").out);
    CHECK(third["regimes"]["children"]["stage_3"]["received"].get<int>() > 0);
}

TEST_CASE("init: a row per stage is told by references on rows of different stages, its spellings mapped") {
    const std::string csv = "Ref,Stage,Date Received,Date Closed,Outcome,Complaint Type,Contact Method,Team,Panel Date,"
                            "Issue\n"
                            "C1,Stage One,2024-04-01,2024-04-10,Upheld,Statutory,Email,OT,,Communication\n"
                            "C2,1,2024-04-02,2024-04-12,Not upheld,Statutory,Phone,OT,,Protection\n"
                            "C1,Investigation,2024-04-15,2024-05-20,Not upheld,Statutory,Email,OT,,Communication\n"
                            "C1,Review Panel,2024-06-01,2024-07-01,Not upheld,Statutory,Email,OT,2024-06-20,"
                            "Communication\n";
    const std::string text = starter(csv);
    const toml::table t = toml::parse(text);
    CHECK(t.at_path("complaints.one_row_per_stage").value<bool>() == true);
    CHECK(t.at_path("concerns.one_row_per_issue").node() == nullptr);  // never both
    CHECK(t.at_path("columns.complaints.stage").node() == nullptr);     // "Stage" is the column's own name
    CHECK(t.at_path("columns.complaints.route").value<std::string>() == "Complaint Type");
    CHECK(t.at_path("columns.complaints.panel").value<std::string>() == "Panel Date");
    CHECK(t.at_path("values.stage.Stage One").value<std::string>() == "Stage 1");
    CHECK(t.at_path("values.stage.Investigation").value<std::string>() == "Stage 2");
    CHECK(t.at_path("values.stage.Review Panel").value<std::string>() == "Stage 3");
    CHECK(has(unwrapped(text), "1 reference is on more than one row (3 rows), each row a different stage of its "
                               "complaint in \"Stage\" with the complaint's own fields the same (Ref C1: lines 2, 4 "
                               "and 5): a row per stage"));
    CHECK_FALSE(ascreport::load_settings_text(text, "report.toml").diagnostics.has_errors());
}

TEST_CASE("init: a row per issue is still one, with a Stage column of a row per complaint") {
    const std::string csv = "Ref,Date Received,Route,Stage,Contact Method,Team,Issue\n"
                            "C1,2023-04-01,Statutory,Stage 2,Email,OT,Communication\n"
                            "C1,2023-04-01,Statutory,Stage 2,Email,OT,Protection\n"
                            "C2,2023-04-02,Statutory,Stage 1,Phone,OT,Communication\n";
    const std::string text = starter(csv);
    const toml::table t = toml::parse(text);
    CHECK(t.at_path("concerns.one_row_per_issue").value<bool>() == true);
    CHECK(t.at_path("complaints").node() == nullptr);
    CHECK(t.at_path("values.stage").node() == nullptr);
    // And without repeated references a Stage column says nothing of the shape (the sample's).
    const std::string single = starter("Ref,Date Received,Route,Stage,Contact Method,Team\n"
                                       "C1,2023-04-01,Statutory,Stage 2,Email,OT\n"
                                       "C2,2023-04-02,Statutory,Stage 1,Phone,OT\n");
    CHECK(toml::parse(single).at_path("complaints").node() == nullptr);
}

TEST_CASE("init: mixed evidence of a row per stage is a TODO, and neither shape is proposed") {
    // C1's rows are two stages; C2's two rows are one stage with two issues.
    const std::string csv = "Ref,Stage,Date Received,Date Closed,Outcome,Route,Contact Method,Team,Issue\n"
                            "C1,1,2024-04-01,2024-04-10,Upheld,Statutory,Email,OT,Communication\n"
                            "C2,1,2024-04-02,2024-04-12,Not upheld,Statutory,Phone,OT,Protection\n"
                            "C2,1,2024-04-02,2024-04-12,Not upheld,Statutory,Phone,OT,Communication\n"
                            "C1,2,2024-04-15,2024-05-20,Not upheld,Statutory,Email,OT,Communication\n";
    const std::string text = starter(csv);
    const toml::table t = toml::parse(text);
    CHECK(t.at_path("complaints.one_row_per_stage").node() == nullptr);
    CHECK(t.at_path("concerns.one_row_per_issue").node() == nullptr);
    CHECK(has(unwrapped(text),
              "[complaints] TODO: 2 references are on more than one row (4 rows): the rows of 1 of them are each a "
              "different stage in \"Stage\" (Ref C1: lines 2 and 5), but 1 has two rows of one stage or a row with "
              "none (Ref C2, lines 3 and 4). If the export has a row per stage of each complaint, set "
              "one_row_per_stage = true, add stage = \"Stage\" under [columns.complaints], and correct those rows, "
              "which validate names; if it has a row per complaint and issue, set [concerns] one_row_per_issue = "
              "true instead (the two cannot be combined) one_row_per_stage = true\n"));
    CHECK_FALSE(ascreport::load_settings_text(text, "report.toml").diagnostics.has_errors());

    // Stages apart, but the complaint's own fields differ: the loader would refuse the rows.
    const std::string differing = "Case No,Complaint Stage,Date Received,Outcome,Route,Contact Method,Team\n"
                                  "C1,Stage 1,2024-04-01,Upheld,Statutory,Email,OT\n"
                                  "C1,Stage 2,2024-04-15,Not upheld,Statutory,Phone,OT\n";
    const std::string asked = starter(differing);
    CHECK(toml::parse(asked).at_path("complaints.one_row_per_stage").node() == nullptr);
    CHECK(has(unwrapped(asked), "[complaints] TODO: 1 reference is on more than one row (2 rows): the rows of 1 of them are each "
                                "a different stage in \"Complaint Stage\" (Case No C1: lines 2 and 3), but the rows of "
                                "1 differ in the complaint's own fields (Case No C1, lines 2 and 3). If the export has "
                                "a row per stage of each complaint, set one_row_per_stage = true, add stage = "
                                "\"Complaint Stage\" under [columns.complaints], and correct those rows, which "
                                "validate names one_row_per_stage = true\n"));
}

TEST_CASE("init: with a row per stage, a row without a stage and stage spellings it cannot read are TODOs") {
    const std::string csv = "Ref,Stage,Date Received,Outcome,Route,Contact Method,Team\n"
                            "C1,Stage 1,2024-04-01,Upheld,Statutory,Email,OT\n"
                            "C1,Stage 2,2024-04-15,Not upheld,Statutory,Email,OT\n"
                            "C2,Stage 1,2024-04-02,Upheld,Statutory,Email,OT\n"
                            "C3,Stage 1,2024-04-03,Upheld,Statutory,Email,OT\n"
                            "C4,Stage 1,2024-04-04,Upheld,Statutory,Email,OT\n"
                            "C5,Stage 1,2024-04-05,Upheld,Statutory,Email,OT\n"
                            "C6,Stage 1,2024-04-06,Upheld,Statutory,Email,OT\n"
                            "C7,Stage 1,2024-04-07,Upheld,Statutory,Email,OT\n"
                            "C8,Stage 1,2024-04-08,Upheld,Statutory,Email,OT\n"
                            "C9,Stage 1,2024-04-09,Upheld,Statutory,Email,OT\n"
                            "C10,Ombudsman,2024-04-10,Upheld,Statutory,Email,OT\n"
                            "C11,,2024-04-11,Upheld,Statutory,Email,OT\n";
    const std::string text = starter(csv);
    CHECK(toml::parse(text).at_path("complaints.one_row_per_stage").value<bool>() == true);
    CHECK(has(text, "# \"Ombudsman\" = \"\"                      # TODO: 1 row; which stage: Stage 1, Stage 2 or "
                    "Stage 3?"));
    CHECK(has(unwrapped(text), "[complaints] TODO: 1 row has no stage in \"Stage\": each row needs one (1, 2 or 3); fill it in "
                               "the export, which validate names the lines of"));
}
