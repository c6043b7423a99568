// End-to-end: the same 200-odd records written twice, once as the input contract says and once
// the way a case-management system exports them (its own headers, a column per stage, "Partially
// Upheld", "E-mail", "Not Known", date-times and month names, concerns kept in complaint columns,
// Windows-1252, CRLF, rows of empty cells at the end). With report.toml alone, the export must
// give exactly the figures of the contract-shaped copy.
#include <catch2/catch.hpp>

#include <string>

#include "council_export.hpp"
#include "test_support.hpp"

using namespace test::council_export;

TEST_CASE("a council's own export gives, through report.toml alone, the figures of a contract-shaped copy") {
    const auto records = make_records();
    test::TempDir contract, exported;
    write_contract(contract, records);
    write_export(exported, records);

    const auto checked = test::run("validate --data " + exported.str());
    INFO(checked.err);
    REQUIRE(checked.status == 0);
    CHECK(checked.err.empty());
    // The withdrawn complaints with no responded date are listed as one note.
    CHECK(checked.out.find("column responded: note: withdrawn with no responded date") != std::string::npos);
    CHECK(checked.out.find("    outcome         \"Stage 2 Outcome\", else \"Stage 1 Outcome\"\n") != std::string::npos);
    CHECK(checked.out.find("    not read        \"Notes\"\n") != std::string::npos);

    for (const char* year : {"2022/23", "2023/24"}) {
        INFO(year);
        const auto want = test::run("figures --data " + contract.str() + " --year " + year);
        const auto got = test::run("figures --data " + exported.str() + " --year " + year);
        REQUIRE(want.status == 0);
        REQUIRE(got.status == 0);
        CHECK(got.out == want.out);
        CHECK(got.out.find("\"Caf\u00e9 & Day Services\"") != std::string::npos);  // Windows-1252 read as such
    }
    // Breakdowns agree too, "N/A" selecting the not-known values with the empty ones.
    const std::string ask = " --year 2023/24 --by service_area,outcome --where gender=N/A --format csv";
    CHECK(test::run("breakdown --data " + exported.str() + ask).out ==
          test::run("breakdown --data " + contract.str() + ask).out);
}

TEST_CASE("the same export without its report.toml fails with one message per problem, not one per row") {
    const auto records = make_records();
    test::TempDir exported;
    write_export(exported, records);
    std::filesystem::remove(exported.path() / "report.toml");
    const auto r = test::run("validate --data " + exported.str());
    INFO(r.err);
    CHECK(r.status == 1);
    // Encoding first: the file-level problem replaces the row noise.
    CHECK(r.err.find("complaints.csv:2: this line has the byte 0x92, which is not valid UTF-8") != std::string::npos);

    // With the encoding right, each missing column is one message.
    exported.write("report.toml", "[input]\nencoding = \"windows-1252\"\n");
    const auto columns = test::run("validate --data " + exported.str());
    INFO(columns.err);
    CHECK(columns.status == 1);
    std::size_t lines = 0;
    for (char c : columns.err) lines += c == '\n';
    CHECK(lines == 7);  // reference, received, route, method, service_area, compliments' received, the count
    CHECK(columns.err.find("complaints.csv:1: column received: required column is missing from the header; if your "
                           "export calls it something else, name it in report.toml, perhaps [columns.complaints] "
                           "received = \"Date Received\"\n") != std::string::npos);
}
