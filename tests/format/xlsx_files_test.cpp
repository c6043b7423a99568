// The workbook writer's files and cells: it writes only inside the scratch folder it is given
// and leaves nothing there, cuts text longer than a cell holds (with a warning, never silently),
// and refuses a sheet longer than a spreadsheet holds. The cells' values: cli_xlsx_test.cpp.
#include <catch2/catch.hpp>

#include "ascreport/output.hpp"
#include "ascreport/format.hpp"
#include "test_support.hpp"

using namespace ascreport;
namespace fs = std::filesystem;

namespace {

ListCell text_cell(std::string s) { return {ListCell::Kind::Text, std::move(s), 0, {}}; }

std::vector<std::string> names_in(const fs::path& dir) {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path().filename().string());
    return out;
}

}  // namespace

TEST_CASE("a workbook is made in the scratch folder, which is left empty", "[xlsx]") {
    test::TempDir t;
    CaseList list{{"reference", "service_area"}, {{text_cell("ASC-1"), text_cell("Mental Health")}}};
    const XlsxResult book = case_list_xlsx(list, 1700000000, t.path());
    REQUIRE(book.ok());
    CHECK(book.warnings.empty());
    REQUIRE(book.bytes.size() > 1000);
    CHECK(book.bytes[0] == 'P');
    CHECK(book.bytes[1] == 'K');
    CHECK(names_in(t.path()).empty());
}

TEST_CASE("text longer than a cell holds is cut to 32,767 characters with a warning, never dropped", "[xlsx]") {
    test::TempDir t;
    const std::string long_text(40000, 'x');
    std::string emoji;  // 20,000 characters, each two UTF-16 units: 40,000 as a spreadsheet counts
    for (int i = 0; i < 20000; ++i) emoji += "\xF0\x9F\x98\x8A";
    CaseList list{{"reference", "service_area"},
                  {{text_cell("ASC-1"), text_cell(long_text)},
                   {text_cell("ASC-2"), text_cell(std::string(32767, 'y'))},  // fits exactly
                   {text_cell("ASC-3"), text_cell(emoji)}}};
    const XlsxResult book = case_list_xlsx(list, 1700000000, t.path());
    REQUIRE(book.ok());
    CHECK(book.warnings == std::vector<std::string>{
                               "sheet \"Complaints\", cell B2: 40,000 characters, more than the 32,767 a spreadsheet "
                               "cell holds; cut to 32,767, ending in \"\u2026\" (and 1 more cells like it); the other "
                               "formats keep the whole text"});
    CHECK(names_in(t.path()).empty());
    // A breakdown's labels the same way, on its own sheet.
    Breakdown b;
    b.fields = {"service_area"};
    BreakdownRow row;
    row.groups = {Group{long_text, long_text}};
    row.count = 1;
    b.rows = {row};
    b.total = 1;
    const XlsxResult by = breakdown_xlsx(b, 1700000000, t.path());
    REQUIRE(by.ok());
    CHECK(by.warnings == std::vector<std::string>{
                             "sheet \"by service_area\", cell A2: 40,000 characters, more than the 32,767 a spreadsheet "
                             "cell holds; cut to 32,767, ending in \"\u2026\"; the other formats keep the whole text"});
}

TEST_CASE("a sheet longer than a spreadsheet holds is an error, not a workbook missing rows", "[xlsx]") {
    test::TempDir t;
    CaseList list{{"reference"}, std::vector<std::vector<ListCell>>(1048576, std::vector<ListCell>{text_cell("R")})};
    const XlsxResult book = case_list_xlsx(list, 1700000000, t.path());
    CHECK(book.error ==
          "the sheet \"Complaints\" would have 1,048,576 rows, more than the 1,048,575 a spreadsheet holds below its "
          "header; ask for fewer (a shorter period, --where), or use --format csv");
    CHECK(book.bytes.empty());
    CHECK(names_in(t.path()).empty());
}
