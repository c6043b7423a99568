// Issue 19, points 1, 2, 3 and 8: which file holds each kind ([files.KIND] name), where its
// header is (title lines above it, header_line), which rows are records (summary lines below
// the data, skip_rows, keep_rows), one row per complaint and issue, and "N errors" counting
// rows. Inline exports; messages asserted exactly.
#include <catch2/catch.hpp>

#include "ascreport/header_row.hpp"
#include "ascreport/load.hpp"
#include "ascreport/settings.hpp"
#include "ascreport/wildcard.hpp"
#include "test_support.hpp"

using namespace ascreport;

namespace {

using Lines = std::vector<std::string>;
using ::test::messages;

const std::string kHeader = "reference,received,responded,route,outcome,method,service_area";

std::vector<std::string> references(const LoadResult& r) {
    std::vector<std::string> out;
    for (const Complaint& c : r.dataset.complaints) out.push_back(c.reference);
    return out;
}

}  // namespace

TEST_CASE("Excel's wildcards: * any run, ? one character, ~ a literal one, any case and spacing") {
    CHECK(Wildcard("Subtotal*").matches("SUBTOTAL  Home care"));
    CHECK(Wildcard("Subtotal*").matches("Subtotal"));
    CHECK_FALSE(Wildcard("Subtotal*").matches("A Subtotal"));
    CHECK(Wildcard("*(ASC stage ?)*").matches("Upheld (ASC stage 1) (closed)"));
    CHECK_FALSE(Wildcard("*(ASC stage ?)*").matches("Upheld (ASC stage 12) (closed)"));
    CHECK(Wildcard("?-1").matches("\xC3\xA9-1"));  // one character, two bytes
    CHECK(Wildcard("100~*").matches("100*"));
    CHECK_FALSE(Wildcard("100~*").matches("1000"));
    CHECK(Wildcard("TEST-*").matches("test-9"));
    CHECK(Wildcard("a*b*c").matches("aXXbYYbc"));
    CHECK_FALSE(Wildcard("a*b*c").matches("aXXbYY"));
    CHECK(has_wildcard("Open*"));
    CHECK_FALSE(has_wildcard("100~*"));
}

TEST_CASE("title lines above the header are skipped with one note, the header found by its names") {
    ::test::TempDir d;
    d.write("complaints.csv", "Adult Social Care - Complaints\nReport run 05/04/2024 09:12 by jsmith\n\n" + kHeader +
                                  "\nA1,01/04/2023,,Statutory,,Email,X\n");
    const auto r = ::test::load_folder(d);
    CHECK(messages(r, d) == Lines{"D/complaints.csv:1: note: 3 lines above the header (line 4) skipped: a title, not records"});
    CHECK(references(r) == Lines{"A1"});
    CHECK(r.dataset.complaints[0].line == 5);
}

TEST_CASE("report.toml names the header's line when a title could be taken for it") {
    ::test::TempDir d;
    // The title names every required column too: only header_line tells them apart.
    d.write("complaints.csv", "reference,received,route,method,service_area,(the columns of this report)\n" + kHeader +
                                  "\nA1,01/04/2023,,Statutory,,Email,X\n");
    d.write("report.toml", "[files.complaints]\nheader_line = 2\n");
    auto r = ::test::load_folder(d);
    CHECK(messages(r, d) == Lines{"D/complaints.csv:1: note: 1 line above the header (line 2) skipped: a title, not records"});
    CHECK(references(r) == Lines{"A1"});

    d.write("report.toml", "[files.complaints]\nheader_line = 9\n");
    r = ::test::load_folder(d);
    CHECK(messages(r, d) == Lines{"D/complaints.csv:9: [files.complaints] header_line = 9 in report.toml, but no record "
                                  "starts on line 9 (it is blank, or inside a quoted value); name the line the header is on"});
}

TEST_CASE("a header below title lines that lacks a column names the nearest line and the settings") {
    ::test::TempDir d;
    d.write("complaints.csv", "Complaints\nreference,received,responded,route,outcome,service_area\n"
                              "A1,01/04/2023,,Statutory,,X\n");
    const auto r = ::test::load_folder(d);
    CHECK(messages(r, d) ==
          Lines{"D/complaints.csv:2: the header was not found: no line of the first 50 names every required column "
                "(reference, received, route, method, service_area); the nearest is line 2, which lacks method; name "
                "their headers in report.toml [columns.complaints], or the header's line with [files.complaints] "
                "header_line = 2 (its headers are \"reference\", \"received\", \"responded\", \"route\", \"outcome\", "
                "\"service_area\")"});
}

TEST_CASE("a header on the first line that lacks a column keeps its message") {
    ::test::TempDir d;
    d.write("complaints.csv", "reference,received,route,service_area\nA1,01/04/2023,Statutory,X\n");
    const auto r = ::test::load_folder(d);
    REQUIRE(messages(r, d).size() == 1);
    CHECK(messages(r, d)[0].starts_with("D/complaints.csv:1: column method: required column is missing from the header"));
}

TEST_CASE("summary lines below the data are skipped with one note, whatever their number of fields") {
    ::test::TempDir d;
    d.write("complaints.csv", kHeader + "\nA1,01/04/2023,,Statutory,,Email,X\nA2,02/04/2023,,Statutory,,Email,X\n"
                                        "Total,2,,,,,\n,,2,,,,\nTotal records: 2\n");
    const auto r = ::test::load_folder(d);
    CHECK(messages(r, d) == Lines{"D/complaints.csv:4: note: 3 summary lines below the data skipped, not records "
                                  "(lines 4, 5 and 6: \"Total\", \"2\", \"Total records: 2\")"});
    CHECK(references(r) == Lines{"A1", "A2"});
    CHECK_FALSE(r.diagnostics.has_errors());
}

TEST_CASE("a summary-looking row in the middle of the data is one message, not one per column") {
    ::test::TempDir d;
    d.write("complaints.csv", kHeader + "\nA1,01/04/2023,,Statutory,,Email,X\nTotal: Mental Health,,,,,,\n"
                                        "A2,02/04/2023,,Statutory,,Email,X\nTOTAL: Home care,,,,,,\n"
                                        "A3,03/04/2023,,Statutory,,Email,X\n");
    const auto r = ::test::load_folder(d);
    CHECK(messages(r, d) ==
          Lines{"D/complaints.csv:3: this row looks like a summary line (\"Total: Mental Health\"), not a complaint; skip "
                "such rows with [files.complaints] skip_rows = [{ column = \"reference\", is = \"Total*\" }] (on 2 rows: "
                "lines 3 and 5)"});
    CHECK(r.diagnostics.error_count() == 2);
}

TEST_CASE("skip_rows and keep_rows leave rows out, each counted in one note") {
    ::test::TempDir d;
    d.write("complaints.csv", "Case No,received,route,method,service_area,Service\n"
                              "A1,01/04/2023,Statutory,Email,X,Adult Social Care\n"
                              "Subtotal X,,,,,\n"
                              "C1,01/04/2023,Statutory,Email,X,Children's Services\n"
                              "TEST-1,01/04/2023,Statutory,Email,X,Adult Social Care\n"
                              "A2,01/04/2023,Statutory,Email,X,adult social care\n"
                              "Grand total,3,,,,\n");
    d.write("report.toml", "[columns.complaints]\nreference = \"Case No\"\n\n[files.complaints]\n"
                           "skip_rows = [{ column = \"Case No\", is = \"Subtotal*\" }, { column = \"case no\", is = \"TEST-*\" },\n"
                           "             { column = \"Case No\", is = \"Z*\" }]\n"
                           "keep_rows = [{ column = \"Service\", is = \"Adult*\" }]\n");
    const auto r = ::test::load_folder(d);
    CHECK(references(r) == Lines{"A1", "A2"});
    CHECK(messages(r, d) ==
          Lines{"D/complaints.csv: note: skip_rows { column = \"Case No\", is = \"Z*\" } in report.toml matched no row",
                "D/complaints.csv:3: note: 1 row skipped by skip_rows { column = \"Case No\", is = \"Subtotal*\" }",
                "D/complaints.csv:4: note: 1 row skipped by keep_rows: only the rows that match { column = \"Service\", "
                "is = \"Adult*\" } are read",
                "D/complaints.csv:5: note: 1 row skipped by skip_rows { column = \"case no\", is = \"TEST-*\" }",
                "D/complaints.csv:7: note: 1 summary line below the data skipped, not a record (line 7: \"Grand total\")"});
}

TEST_CASE("a row rule naming a column the export does not have is an error naming the rule") {
    ::test::TempDir d;
    d.write("complaints.csv", kHeader + "\nA1,01/04/2023,,Statutory,,Email,X\n");
    d.write("report.toml", "[files.complaints]\nskip_rows = [{ column = \"Refrence\", is = \"T*\" }]\n");
    const auto r = ::test::load_folder(d);
    CHECK(messages(r, d) ==
          Lines{"D/complaints.csv:1: [files.complaints] skip_rows { column = \"Refrence\", is = \"T*\" } in report.toml "
                "(line 2) names the column \"Refrence\", which the header does not have; did you mean \"reference\"?; "
                "write the header as the file has it (the headers are \"reference\", \"received\", \"responded\", "
                "\"route\", \"outcome\", \"method\", \"service_area\")"});
}

TEST_CASE("[files.KIND] name reads an export under its own name, and several files as one") {
    ::test::TempDir d;
    d.write("ASC Complaints 2022-23.csv", kHeader + "\nA1,01/04/2022,,Statutory,,Email,X\n");
    d.write("ASC Complaints 2023-24.csv", "Title\n" + kHeader + "\nA2,01/04/2023,,Statutory,,Email,X\nA3,x,,Statutory,,Email,X\n");
    d.write("Compliments.csv", "received\n01/04/2023\n");
    d.write("report.toml", "[files.complaints]\nname = [\"ASC Complaints 2022-23.csv\", \"ASC Complaints 2023-24.csv\"]\n"
                           "[files.compliments]\nname = \"Compliments.csv\"\n[files.lgsco]\nname = \"LGSCO.csv\"\n");
    const auto r = ::test::load_folder(d);
    CHECK(references(r) == Lines{"A1", "A2"});
    CHECK(r.dataset.compliments.size() == 1);
    CHECK(messages(r, d) ==
          Lines{"D/ASC Complaints 2023-24.csv:1: note: 1 line above the header (line 2) skipped: a title, not records",
                "D/ASC Complaints 2023-24.csv:4: column received: \"x\" is not a valid date; use YYYY-MM-DD or "
                "DD/MM/YYYY (a time after it is ignored), e.g. 2023-04-01 or 01/04/2023; for another form, name it in "
                "report.toml: [input] date_format (docs/settings.md)",
                "D/LGSCO.csv: is missing; report.toml [files.lgsco] names it (see docs/settings.md, \"Files\")"});
    REQUIRE(r.headers.size() == 5);
    CHECK(r.headers[0].files == Lines{"ASC Complaints 2022-23.csv", "ASC Complaints 2023-24.csv"});
}

TEST_CASE("one row per complaint and issue: a reference's rows are one complaint with a concern each") {
    ::test::TempDir d;
    d.write("complaints.csv", "Ref,received,route,method,service_area,gender,Issue\n"
                              "C1,01/04/2023,Statutory,Email,Home care,Male,Finance\n"
                              "C2,02/04/2023,Statutory,Email,Home care,Female,Finance\n"
                              "C1,01/04/2023,Statutory,email,HOME CARE,M,Standard of service\n"
                              "C1,01/04/2023,Statutory,Email,Home care,Male,\n");
    d.write("report.toml", "[columns.complaints]\nreference = \"Ref\"\n\n[values.gender]\n\"M\" = \"Male\"\n\n"
                           "[concerns]\ncategories = \"Issue\"\none_row_per_issue = true\n");
    auto r = ::test::load_folder(d);
    CHECK(messages(r, d).empty());
    CHECK(references(r) == Lines{"C1", "C2"});
    REQUIRE(r.dataset.concerns.size() == 3);
    CHECK(r.dataset.concerns[0].complaint == 0);
    CHECK(r.dataset.concerns[1].complaint == 1);
    CHECK(r.dataset.concerns[2].complaint == 0);

    // Rows that disagree on a complaint field, as mapped: one error a row, naming both lines.
    d.write("complaints.csv", "Ref,received,route,method,service_area,gender,Issue\n"
                              "C1,01/04/2023,Statutory,Email,Home care,Male,Finance\n"
                              "C1,02/04/2023,Statutory,Phone,Home care,Male,Standard of service\n"
                              "C1,01/04/2023,Statutory,Email,Home care,Female,Other\n");
    r = ::test::load_folder(d);
    CHECK(messages(r, d) ==
          Lines{"D/complaints.csv:3: received is 02/04/2023 here but 01/04/2023 on line 2, the first row of reference C1 "
                "(method differ too); rows of one complaint must agree",
                "D/complaints.csv:4: gender is Female here but Male on line 2, the first row of reference C1; rows of "
                "one complaint must agree"});

    // Without one_row_per_issue a repeated reference is still an error.
    d.write("report.toml", "[columns.complaints]\nreference = \"Ref\"\n\n[concerns]\ncategories = \"Issue\"\n");
    r = ::test::load_folder(d);
    REQUIRE_FALSE(messages(r, d).empty());
    CHECK(messages(r, d)[0] == "D/complaints.csv:3: column reference: the reference \"C1\" is already used on line 2; "
                               "references must be unique (on 2 rows: lines 3 and 4)");
}

TEST_CASE("\"N errors\" counts rows: a row with several problems is one") {
    ::test::TempDir d;
    d.write("complaints.csv", kHeader + "\nA1,x,,Nope,,Nope,X\nA2,01/04/2023,,Statutory,,Email,X\nA3,y,,Statutory,,Email,X\n");
    const auto r = ::test::load_folder(d);
    CHECK(messages(r, d).size() == 3);
    CHECK(r.diagnostics.error_count() == 2);
    // Dates, even ISO ones, are not numbers: a row of them is data, not a summary line.
    d.write("compliments.csv", "received\n2023-04-01\n2023-04-02\n");
    CHECK(::test::load_folder(d).dataset.compliments.size() == 2);
    CHECK(describe_load_errors(r.diagnostics.error_count(), "D") ==
          "2 errors in D; fix them and run again (docs/input-format.md describes each file)");
}

TEST_CASE("an export's kind is recognised by its headers, below title lines") {
    InputMapping none;
    CHECK(load::file_kind_of({"reference", "received", "route", "method", "service_area"}, none) == "complaints");
    CHECK(load::file_kind_of({"Received", "Text"}, none) == "compliments");
    CHECK(load::file_kind_of({"reference", "received", "decided", "decision"}, none) == "lgsco");
    CHECK(load::file_kind_of({"reference", "category"}, none) == "concerns");
    CHECK(load::file_kind_of({"year", "authority", "cases"}, none) == "regional");
    CHECK_FALSE(load::file_kind_of({"Ref", "Date"}, none));
    InputMapping mapped;
    mapped.column_names["lgsco"]["reference"] = {{"LGSCO Ref"}, 1};
    mapped.column_names["lgsco"]["received"] = {{"Date Received"}, 2};
    CHECK(load::file_kind_of({"LGSCO Ref", "Date Received", "Decision"}, mapped) == "lgsco");

    const std::string bytes = "Ombudsman cases\n\nLGSCO Ref,Date Received\nL1,01/04/2023\n";
    const auto input = load::CsvInput::memory(bytes);
    const auto found = load::recognise_export(input, Encoding::Utf8, mapped);
    REQUIRE(found);
    CHECK(found->kind == "lgsco");
    CHECK(found->header.line == 3);
    CHECK(found->header.records_above == 1);
    CHECK(found->header.fields == Lines{"LGSCO Ref", "Date Received"});

    const auto header = load::find_header_row(input, Encoding::Utf8, load::required_headers(mapped, "lgsco"));
    CHECK(header.line == 3);
    CHECK(header.found());
}

TEST_CASE("bad [files.KIND] settings are errors naming the line") {
    const auto r = load_settings_text("[files.complaints]\nname = \"a.csv\"\nheader_line = 0\n"
                                      "skip_rows = [{ column = \"Team\" }]\nkeep_rows = \"Adult*\"\n"
                                      "[files.compliments]\nname = \"A.csv\"\n[files.claims]\nname = \"b.csv\"\n"
                                      "[concerns]\ncategories = \"Issue\"\none_row_per_issue = \"yes\"\n",
                                      "report.toml");
    std::vector<std::string> got;
    for (const auto& d : r.diagnostics.items) got.push_back(d.format());
    CHECK(got == Lines{
        "report.toml:1: files.compliments.name: names \"A.csv\", which files.complaints.name names too; each file holds "
        "one kind of record",
        "report.toml:3: files.complaints.header_line: must be the line number the header is on, e.g. 4",
        "report.toml:4: files.complaints.skip_rows: each entry must be { column = \"Header in your export\", is = \"value "
        "or pattern\" }, e.g. [{ column = \"Team\", is = \"Subtotal*\" }]",
        "report.toml:5: files.complaints.keep_rows: must be a list of { column = \"Header\", is = \"value or pattern\" }, "
        "e.g. [{ column = \"Team\", is = \"Subtotal*\" }]",
        "report.toml:8: files.claims: is not an input file; use files.complaints, files.concerns, files.compliments, "
        "files.lgsco or files.regional",
        "report.toml:12: concerns.one_row_per_issue: must be true or false"});
}
