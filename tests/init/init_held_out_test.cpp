// `ascreport init` as a new officer uses it on exports it has not seen (issue 19, point 6): a
// copy of the held-out shape (file names of its own, directorates mixed, a summary row, a packed
// Status, dates of birth, Issue 1-3), `init` once, its output saved as report.toml with only the
// edits its TODO lines ask for, and then the figures of every year equal those of the contract
// copy. No CSV file is edited. And init's output for the two other shapes loads.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <utility>

#include "test_support.hpp"

namespace fs = std::filesystem;

namespace {

// A copy of tests/fixtures/exports/SHAPE as an officer has it: the exports only (no contract
// copy, no report.toml).
fs::path copy_shape(const test::TempDir& d, const std::string& shape) {
    const fs::path from = fs::path(::test::source_dir()) / "tests/fixtures/exports" / shape;
    const fs::path to = d.path() / shape;
    fs::create_directories(to);
    for (const auto& e : fs::directory_iterator(from))
        if (e.path().extension() == ".csv") fs::copy_file(e.path(), to / e.path().filename());
    return to;
}

std::string q(const fs::path& p) { return "'" + p.string() + "'"; }

}  // namespace

TEST_CASE("held-out: one init run and the edits its TODOs ask for give the contract copy's figures") {
    test::TempDir d;
    const fs::path data = copy_shape(d, "held-out");
    const auto init = test::run("init --data " + q(data));
    REQUIRE(init.status == 0);
    REQUIRE(init.err.empty());
    std::string toml = init.out;
    // What init settled by itself: each file's kind by its headers, the Adult Social Care rows.
    CHECK(toml.find("name = \"Complaints 2021-24 (all directorates).csv\"") != std::string::npos);
    CHECK(toml.find("name = \"Compliments 2021-24 (all directorates).csv\"") != std::string::npos);
    CHECK(toml.find("name = \"Ombudsman Log.csv\"") != std::string::npos);
    CHECK(toml.find("keep_rows = [{ column = \"Directorate\", is = \"Adult Social Care\" }]") != std::string::npos);
    CHECK(toml.find("settle the 7 lines marked TODO") != std::string::npos);

    // The officer's work: 1 init run, 7 lines of report.toml edited (each a TODO line completed
    // and uncommented), no CSV touched. Each edit: the TODO line's start as init wrote it, and the
    // setting the officer makes of it.
    const std::pair<std::string, std::string> kEdits[] = {
        // TODO "222 rows; which route": the stages of the statutory procedure
        {"# \"* - Stage ?\" = \"\"", "\"* - Stage ?\" = \"Statutory\""},
        // TODO "8 rows; which method": an MP's or councillor's enquiry
        {"# \"MP/COUNCILLOR\" = \"\"", "\"MP/COUNCILLOR\" = \"Other\""},
        // TODO "15 rows; which gender": U is not known
        {"# \"U\" = \"\"", "\"U\" = \"N/A\""},
        // TODO "4 rows; which gender": X is another gender
        {"# \"X\" = \"\"", "\"X\" = \"Other\""},
        // TODO "13 rows; which disability"
        {"# \"Prefers not to say\" = \"\"", "\"Prefers not to say\" = \"Prefer not to say\""},
        // TODO "4 rows; which decision": referred back for local resolution
        {"# \"Premature - referred back\" = \"\"", "\"Premature - referred back\" = \"Premature\""},
        // TODO "73 rows; which category"
        {"# \"Financial\" = \"\"", "\"Financial\" = \"Financial issues\""},
    };
    for (const auto& [todo, setting] : kEdits) {
        const auto at = toml.find(todo);
        REQUIRE(at != std::string::npos);
        toml.replace(at, todo.size(), setting);
    }
    d.write("held-out/report.toml", toml);

    const auto validate = test::run("validate --data " + q(data));
    CHECK(validate.status == 0);
    const fs::path contract = fs::path(::test::source_dir()) / "tests/fixtures/exports/held-out/contract";
    for (const char* year : {"2021/22", "2022/23", "2023/24"}) {
        INFO(year);
        const auto ours = test::run("figures --data " + q(data) + " --format json --year " + year);
        const auto theirs = test::run("figures --data " + q(contract) + " --format json --year " + year);
        REQUIRE(ours.status == 0);
        REQUIRE(theirs.status == 0);
        // The export has "Date Acknowledged", which init maps to acknowledged (issue 20); the
        // contract copy (scripts/make-export-fixtures.py) has no acknowledged column. The one
        // table that reads it, adult social care's stage 1 acknowledgement, is compared apart:
        // the same stages, ours with their acknowledgements, theirs with none recorded.
        auto apart = [](const std::string& text, nlohmann::json& acknowledgement) {
            nlohmann::json figures = nlohmann::json::parse(text);
            auto& stage = figures["regimes"]["adult"]["stage_1"];
            acknowledgement = stage["acknowledgement"];
            stage.erase("acknowledgement");
            return figures;
        };
        nlohmann::json our_ack, their_ack;
        CHECK(apart(ours.out, our_ack) == apart(theirs.out, their_ack));
        CHECK(our_ack["total"] == their_ack["total"]);
        CHECK(their_ack["rows"][2]["acknowledgement"] == "Not recorded");
        CHECK(their_ack["rows"][2]["count"] == their_ack["total"]);
        CHECK(our_ack["rows"][2]["count"] < our_ack["total"]);
    }
}

TEST_CASE("caseworks and partial-start: what init writes is read as settings, every file found by its headers") {
    for (const char* shape : {"caseworks", "partial-start"}) {
        INFO(shape);
        test::TempDir d;
        const fs::path data = copy_shape(d, shape);
        const auto init = test::run("init --data " + q(data));
        REQUIRE(init.status == 0);
        d.write(std::string(shape) + "/report.toml", init.out);
        // The TODOs left open are data errors (exit 1, values to map), never settings errors
        // (exit 2), and every export is read under its own name.
        const auto validate = test::run("validate --data " + q(data));
        CHECK(validate.status == 1);
        CHECK(validate.err.find("/report.toml:") == std::string::npos);  // no settings error names a line of it
        CHECK(validate.err.find("is missing") == std::string::npos);
    }
}
