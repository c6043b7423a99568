// End-to-end: exports in the shapes case systems write (tests/fixtures/exports: title lines,
// totals, one row per complaint and issue, a packed status column, whole-number ages, records
// from part-way through a year, file names of their own) read through report.toml alone, each
// compared with the contract-shaped copy of the same records (issue 19).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace {

const std::string kExports = std::string(::test::source_dir()) + "/tests/fixtures/exports";

nlohmann::json figures(const std::string& data, const std::string& year) {
    const auto r = test::run("figures --data '" + data + "' --year " + year + " --format json");
    INFO(data << " " << year << ": " << r.err);
    REQUIRE(r.status == 0);
    return nlohmann::json::parse(r.out);
}

}  // namespace

TEST_CASE("each export shape reads as its contract copy: figures JSON equal in every year") {
    // The statutory complaints of each year, as the fixtures' README says the records hold them
    // (scripts/make-export-fixtures.py): not two equal empty answers.
    const std::map<std::string, std::vector<int>> statutory{{"caseworks", {63, 76, 83}},
                                                            {"partial-start", {18, 76, 83}}};
    for (const auto& [shape, counts] : statutory) {
        const std::vector<std::string> years{"2021/22", "2022/23", "2023/24"};
        for (std::size_t y = 0; y < years.size(); ++y) {
            INFO(shape << " " << years[y]);
            const nlohmann::json got = figures(kExports + "/" + shape, years[y]);
            const nlohmann::json want = figures(kExports + "/" + shape + "/contract", years[y]);
            CHECK(got == want);
            CHECK(got["key_facts"]["statutory_complaints"] == counts[y]);
        }
    }
}

TEST_CASE("validate on an export with title lines and totals names what it skipped") {
    const std::string shape = kExports + "/caseworks";
    const auto r = test::run("validate --data '" + shape + "'");
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out.find("  " + shape + "/ASC Complaints 2021-2024.csv:1: note: 3 lines above the header (line 4) skipped: "
                     "a title, not records\n") != std::string::npos);
    CHECK(r.out.find("  " + shape + "/ASC Complaints 2021-2024.csv:444: note: 2 summary lines below the data skipped, "
                     "not records (lines 444 and 445: \"Total\", \"Total records: 439\")\n") != std::string::npos);
    CHECK(r.out.find("  " + shape + "/Compliments export.csv:1: note: 1 line above the header (line 2) skipped: a "
                     "title, not records\n") != std::string::npos);
    CHECK(r.err.empty());
}

TEST_CASE("the report names an export's own file where its text looks personal") {
    test::TempDir d;
    const auto data = d.path() / "data";
    std::filesystem::copy(kExports + "/caseworks", data, std::filesystem::copy_options::recursive);
    std::filesystem::remove_all(data / "contract");
    {
        std::ofstream out(data / "Compliments export.csv", std::ios::app);
        out << "29/03/2024,Hospital Discharge,Email,Thank you - write to me at jo.bloggs@example.org,Y\n";
    }
    const auto pdf = d.path() / "r.pdf";
    const auto r = test::run("report --data '" + data.string() + "' --year 2023/24 --out '" + pdf.string() + "'",
                             std::string("SOURCE_DATE_EPOCH=") + test::kPinnedEpoch);
    INFO(r.err);
    // The message names the export's own file and the appended row's line (249 lines before it).
    CHECK(r.err.find(data.string() + "/Compliments export.csv:250: column text: ") != std::string::npos);
    CHECK(r.err.find("compliments.csv") == std::string::npos);
}
