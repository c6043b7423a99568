// End-to-end: the same complaints of three regimes written as a row per complaint (with a group
// of columns per later stage) and as a row per stage (tests/fixtures/stages) give the same
// figures, byte for byte, and those figures are the hand-counted ones (issue 20).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iterator>
#include <string>

#include "test_support.hpp"

namespace {

const std::string kStages = ::test::source_dir() + "/tests/fixtures/stages";

test::RunResult figures_json(const std::string& shape) {
    return test::run("figures --data '" + kStages + "/" + shape + "' --year 2024/25 --as-of 2025-04-30 --format json");
}

std::int64_t count_of(const nlohmann::json& table, const std::string& field, const std::string& key) {
    for (const auto& row : table["rows"])
        if (row[field] == key) return row["count"].get<std::int64_t>();
    FAIL("no row " << key);
    return -1;
}

}  // namespace

TEST_CASE("a row per complaint and a row per stage give the same figures JSON, byte for byte") {
    const auto per_complaint = figures_json("per-complaint");
    const auto per_stage = figures_json("per-stage");
    INFO(per_complaint.err << per_stage.err);
    REQUIRE(per_complaint.status == 0);
    REQUIRE(per_stage.status == 0);
    CHECK(per_complaint.out == per_stage.out);

    // Not two equal empty answers: the children's first stage, counted by hand from the
    // fixture (children's stage 1: 10 working days, 20 extended).
    //   C-001 received Mon 15 Apr 2024, responded Fri 26 Apr: 16-19 Apr (4) + 22-26 Apr (5) = 9, on time
    //   C-002 received Mon 3 Jun, extended with no date agreed, responded Fri 28 Jun:
    //         4-7 Jun (4) + three whole weeks (15) = 19: over 10, within the extended 20
    //   C-003 received Mon 4 Nov, responded Fri 15 Nov: 5-8 Nov (4) + 11-15 Nov (5) = 9, on time
    //   C-004 withdrawn before a response
    const auto f = nlohmann::json::parse(per_complaint.out);
    const auto& stage1 = f["regimes"]["children"]["stage_1"];
    CHECK(stage1["received"] == 4);
    CHECK(count_of(stage1["outcome"], "outcome", "Upheld") == 1);       // C-002
    CHECK(count_of(stage1["outcome"], "outcome", "Not upheld") == 2);   // C-001, C-003
    CHECK(count_of(stage1["outcome"], "outcome", "Withdrawn") == 1);    // C-004
    CHECK(count_of(stage1["timing"], "timing", "On time") == 2);
    CHECK(count_of(stage1["timing"], "timing", "Within extension") == 1);
    CHECK(count_of(stage1["timing"], "timing", "Late") == 0);
    CHECK(stage1["median_working_days"] == 9.0);   // of 9, 9 and 19
    CHECK(stage1["mean_working_days"] == 12.3);    // 37 / 3 = 12.33
}

TEST_CASE("a template names the regimes' figures by their JSON keys without regimes.") {
    // A one-section template printing the children's first stage (the hand counts above) and
    // the corporate regime's financial redress, into the HTML edition.
    test::TempDir dir;
    dir.write("template/template.toml", "title = \"Regimes\"\nsections = [\"one.md\"]\n");
    dir.write("template/one.md",
              "# Children\n\nReceived {{children.stage_1.received}}; on time "
              "{{children.stage_1.timing[On time]}} of {{children.stage_1.timing.total}}, within an "
              "extension {{children.stage_1.timing[Within extension]}}; median "
              "{{children.stage_1.median_working_days}} working days.\n\n"
              "{{if corporate.financial_redress}}Paid {{money corporate.financial_redress}}.{{end}}\n");
    const std::string out = dir.str() + "/r.html";
    const auto r = test::run("report --data '" + kStages + "/per-complaint' --year 2024/25 --as-of 2025-04-30 --template '" +
                             dir.str() + "/template' --out '" + out + "'");
    INFO(r.err);
    REQUIRE(r.status == 0);
    std::ifstream in(out);
    const std::string html((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(html.find("Received 4; on time 2 of 4, within an extension 1; median 9.0 working days.") != std::string::npos);

    // An unknown regime name is still an error naming the file and line, with a suggestion.
    dir.write("template/one.md", "# Children\n\n{{children.stage_1.recieved}}\n");
    const auto bad = test::run("report --data '" + kStages + "/per-complaint' --year 2024/25 --template '" + dir.str() +
                               "/template' --out '" + out + ".pdf'");
    CHECK(bad.status == 2);
    CHECK(bad.err.find("one.md:3") != std::string::npos);
    CHECK(bad.err.find("did you mean \"children.stage_1.received\"") != std::string::npos);
}

TEST_CASE("a regime's complaints by service area and the children's equality tables, counted by hand") {
    // From tests/fixtures/stages: the children's complaints C-001 and C-002 are about Children's
    // Services, C-003 and C-004 about Fostering, none records a gender; the corporate ones
    // K-001 and K-002 about Waste Collection, K-003 Council Tax, K-004 Planning (refused, which
    // the regime's own tables count too).
    const auto r = figures_json("per-complaint");
    REQUIRE(r.status == 0);
    const auto f = nlohmann::json::parse(r.out);
    const auto& children = f["regimes"]["children"];
    CHECK(children["service_area"]["total"] == 4);
    CHECK(count_of(children["service_area"], "service_area", "Children's Services") == 2);
    CHECK(count_of(children["service_area"], "service_area", "Fostering") == 2);
    CHECK(count_of(children["gender"], "gender", "N/A") == 4);
    CHECK(children["gender"]["total"] == 4);
    const auto& corporate = f["regimes"]["corporate"];
    CHECK(corporate["service_area"]["total"] == 4);
    CHECK(count_of(corporate["service_area"], "service_area", "Waste Collection") == 2);
    CHECK(count_of(corporate["service_area"], "service_area", "Council Tax") == 1);
    CHECK(count_of(corporate["service_area"], "service_area", "Planning") == 1);

    // The children's equality tables are suppressed as the adult ones are: 4 is below 5.
    const auto hidden = test::run("figures --data '" + kStages +
                                  "/per-complaint' --year 2024/25 --as-of 2025-04-30 --format json --suppress-below 5");
    REQUIRE(hidden.status == 0);
    const auto h = nlohmann::json::parse(hidden.out);
    bool na_hidden = false;
    for (const auto& row : h["regimes"]["children"]["gender"]["rows"])
        if (row["gender"] == "N/A") na_hidden = row["count"].is_null() && row["suppressed"] == true;
    CHECK(na_hidden);
    // Not an equality table: shown as it is.
    CHECK(count_of(h["regimes"]["children"]["service_area"], "service_area", "Fostering") == 2);
}

TEST_CASE("the adult report's Ombudsman figures leave out the cases of children's and corporate complaints") {
    // tests/fixtures/stages lgsco.csv, 2024/25: 24 001 234 names C-001 (children's), 24 002 111
    // names K-001 (corporate): both left out; 24 003 500 names none: an adult case, received
    // 18 Nov 2024, not decided.
    const auto r = figures_json("per-complaint");
    REQUIRE(r.status == 0);
    const auto f = nlohmann::json::parse(r.out);
    CHECK(f["ombudsman"]["received"] == 1);
    CHECK(f["ombudsman"]["decided"]["total"] == 0);
    CHECK(f["ombudsman"]["still_open"] == 1);
    CHECK(f["ombudsman"]["financial_remedies"] == 0);
    // Each counted in its own regime instead (of the complaints whose last stage was responded
    // to in the year): C-001 after its stage 3 panel, K-001 after its stage 2.
    CHECK(count_of(f["regimes"]["children"]["ombudsman"], "ombudsman", "Taken to the Ombudsman") == 1);
    CHECK(count_of(f["regimes"]["corporate"]["ombudsman"], "ombudsman", "Taken to the Ombudsman") == 1);
}
