// `ascreport init` on issue 19's shapes (notes 1 and 2 of the fixture engineer): a packed
// status column mapped by patterns that do not overlap, issue columns named by a word, ages as
// whole numbers or dates of birth (never a "Working Days" column), and the age bands a record
// lacks asked for rather than dropped.
#include <catch2/catch.hpp>

#include <toml++/toml.h>

#include <fstream>
#include <map>
#include <sstream>

#include "ascreport/inspect.hpp"
#include "ascreport/settings.hpp"
#include "ascreport/starter_settings.hpp"
#include "init_text.hpp"
#include "test_paths.hpp"

using namespace ascreport;
using test::unwrapped;

namespace {

std::string starter(const std::string& complaints) {
    FolderInspection f;
    f.folder = "exports";
    f.files.push_back(inspect_bytes("complaints.csv", complaints));
    return starter_settings(f);
}

std::string file_text(const std::string& path) {
    std::ifstream in(std::string(::test::source_dir()) + "/" + path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::map<std::string, std::string> strings_at(const toml::table& t, std::string_view path) {
    std::map<std::string, std::string> out;
    if (const auto* table = t.at_path(path).as_table())
        for (auto&& [k, v] : *table) out[std::string(k.str())] = v.value<std::string>().value_or("<not text>");
    return out;
}

// Whether one line of the text holds both.
bool line_with(const std::string& text, const std::string& a, const std::string& b) {
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (line.find(a) != std::string::npos && line.find(b) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("init on the held-out complaints: a packed Status, dates of birth, Issue 1-3, no Working Days age") {
    const std::string csv = file_text("tests/fixtures/exports/held-out/Complaints 2021-24 (all directorates).csv");
    REQUIRE(!csv.empty());
    const std::string text = starter(csv);
    const toml::table t = toml::parse(text);
    const auto columns = strings_at(t, "columns.complaints");
    CHECK(columns.at("outcome") == "Status");
    CHECK(columns.at("date_of_birth") == "Date of Birth");
    CHECK(columns.count("age") == 0);  // Working Days holds whole numbers, but says no age
    const auto outcome = strings_at(t, "values.outcome");
    CHECK(outcome.at("* - Upheld - *") == "Upheld");
    CHECK(outcome.at("* - Partially Upheld - *") == "Partly upheld");
    CHECK(outcome.at("* - Not Upheld - *") == "Not upheld");
    CHECK(outcome.at("Withdrawn - *") == "Withdrawn");
    CHECK(outcome.at("* - Withdrawn - *") == "Withdrawn");
    CHECK(outcome.at("Open - *") == "Open");
    // The same Status feeds route: Corporate and Informal are routes; a stage is the officer's to name.
    CHECK(columns.at("route") == "Status");
    const auto route = strings_at(t, "values.route");
    CHECK(route.at("* - Corporate") == "Corporate");
    CHECK(route.at("* - Informal") == "Informal");
    CHECK(line_with(text, "# \"* - Stage ?\" = \"\"", "TODO: 222 rows; which route"));  // Adult Social Care rows only (keep_rows)
    const auto* categories = t.at_path("concerns.categories").as_array();
    REQUIRE(categories);
    REQUIRE(categories->size() == 3);
    CHECK(categories->at(0).value<std::string>() == "Issue 1");
    CHECK(categories->at(2).value<std::string>() == "Issue 3");
    // What init wrote loads as settings (the loader's own parser), patterns and all.
    const auto settings = load_settings_text(text, "report.toml");
    CHECK(!settings.diagnostics.has_errors());
    CHECK(settings.settings.input.value_patterns.at("outcome").size() == 6);
}

TEST_CASE("init: overlapping or disagreeing packed outcomes are TODO lines, not patterns") {
    const std::string text = starter("reference,received,Status\n"
                                     "C1,2023-04-01,Closed - Upheld - Stage 1\n"
                                     "C2,2023-04-02,Closed - Upheld - Stage 1\n"
                                     "C3,2023-04-03,Closed - Partially Upheld - Stage 1\n"
                                     // both "Upheld" and "Withdrawn": which one?
                                     "C4,2023-04-04,Closed - Upheld - Withdrawn\n");
    const toml::table t = toml::parse(text);
    const auto outcome = strings_at(t, "values.outcome");
    CHECK(outcome.at("* - Partially Upheld - *") == "Partly upheld");
    // "* - Upheld - *" would catch "Closed - Upheld - Withdrawn", which says two outcomes.
    CHECK(outcome.count("* - Upheld - *") == 0);
    CHECK(line_with(text, "# \"Closed - Upheld - Stage 1\" = \"\"", "# TODO: 2 rows; which outcome"));
    CHECK(line_with(text, "# \"Closed - Upheld - Withdrawn\" = \"\"", "# TODO: 1 row; which outcome"));
}

TEST_CASE("init: whole-number ages under an age header become age, banded into the contract's bands") {
    const std::string text = starter("reference,received,Client Age,Working Days\n"
                                     "C1,2023-04-01,67,12\nC2,2023-04-02,34,40\nC3,2023-04-03,Not known,3\n"
                                     "C4,2023-04-04,,200\n");
    const toml::table t = toml::parse(text);
    const auto columns = strings_at(t, "columns.complaints");
    CHECK(columns.at("age") == "Client Age");
    CHECK(columns.count("age_band") == 0);
    CHECK(text.find("# age_bands = [") != std::string::npos);  // how to declare the council's own
    CHECK(!load_settings_text(text, "report.toml").diagnostics.has_errors());
}

TEST_CASE("init: Primary and Secondary Issue are concern columns, in that order") {
    const std::string text = starter("reference,received,Secondary Issue,Primary Issue\n"
                                     "C1,2023-04-01,Communication,Finance\n");
    const toml::table t = toml::parse(text);
    const auto* categories = t.at_path("concerns.categories").as_array();
    REQUIRE(categories);
    REQUIRE(categories->size() == 2);
    CHECK(categories->at(0).value<std::string>() == "Primary Issue");
    CHECK(categories->at(1).value<std::string>() == "Secondary Issue");
}

TEST_CASE("init: an age band no record has is asked for, not dropped") {
    const std::string text = starter("reference,received,Age Group\n"
                                     "C1,2023-04-01,18-24\nC2,2023-04-02,45-64\nC3,2023-04-03,65-74\n"
                                     "C4,2023-04-04,75+\n");
    CHECK(unwrapped(text).find("no record here is aged 25-44: if the council has a band for those ages (no record has it in this "
                    "export), add it to age_bands in its place") != std::string::npos);
}
