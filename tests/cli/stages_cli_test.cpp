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
