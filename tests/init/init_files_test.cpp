// `ascreport init` on exports under their own names (issue 19, points 2 and 6): each file's kind
// by its headers, [files.KIND] name, header_line only where the loader needs it, summary rows,
// keep_rows for a column of directorates, one_row_per_issue, and concern category spellings.
#include <catch2/catch.hpp>

#include <toml++/toml.h>

#include "ascreport/inspect.hpp"
#include "ascreport/settings.hpp"
#include "ascreport/starter_settings.hpp"
#include "init_text.hpp"

using namespace ascreport;

namespace {

using test::folder;
using test::has_line;
using test::unwrapped;

const std::string kComplaints = "Case Ref,Date Received,Stage,Contact Method,Team\n"
                                "C1,2023-04-01,Statutory,Email,Older People\n"
                                "C2,2023-04-02,Statutory,Phone,Older People\n";

}  // namespace

TEST_CASE("init: a file's kind by its headers, below title lines, and [files.KIND] name") {
    const FileInspection f = inspect_bytes("ASC Complaints 2023-24.csv", "Adult Social Care - Complaints\n"
                                                                          "Report run 05/04/2024\n\n" + kComplaints +
                                                                          "Total,2,,,\n");
    CHECK(f.kind == "complaints");
    CHECK_FALSE(f.kind_by_name);
    CHECK(f.header_line == 4);
    CHECK(f.rows == 2);  // the Total line is not a record
    REQUIRE(f.summary_lines.size() == 1);
    CHECK(f.summary_lines[0].line == 7);
    CHECK(inspect_bytes("Ombudsman.csv", "LGSCO Ref,Date Received,Decision\n21 1,2023-05-01,Upheld\n").kind == "lgsco");
    CHECK(inspect_bytes("Thanks.csv", "Date,Team,Comments\n2023-05-01,OT,Thank you\n").kind == "compliments");
    CHECK(inspect_bytes("Notes.csv", "Note,Author\nx,y\n").kind.empty());

    const std::string text = starter_settings(folder({{"ASC Complaints 2023-24.csv", "Adult Social Care - Complaints\n"
                                                                                     "Report run 05/04/2024\n\n" +
                                                                                         kComplaints + "Total,2,,,\n"},
                                                      {"Notes.csv", "Note,Author\nx,y\n"}}));
    const auto settings = load_settings_text(text, "report.toml");
    REQUIRE_FALSE(settings.diagnostics.has_errors());
    const auto& rules = settings.settings.input.files.at("complaints");
    CHECK(rules.names == std::vector<std::string>{"ASC Complaints 2023-24.csv"});
    CHECK(rules.header_line == 0);  // the loader finds line 4 by itself
    const std::string words = unwrapped(text);
    CHECK(words.find("The header is on line 4, below 3 lines of title: the loader finds it by itself.") != std::string::npos);
    CHECK(words.find("Line 7 (\"Total\") below the data is a summary line, not a record: the loader skips it by itself.") !=
          std::string::npos);
    CHECK(words.find("TODO: \"Notes.csv\" (1 row) is not read: its headers (line 1: \"Note\", \"Author\") are not those of "
                     "any kind of export init knows.") != std::string::npos);
}

TEST_CASE("init: header_line only where the loader would not find the header by itself") {
    // The title line names the columns too: the loader would take it for the header.
    const std::string csv = "Case Ref,Date Received,Stage,Contact Method,Team\n" + kComplaints;
    const std::string text = starter_settings(folder({{"Export.csv", csv}}));
    const auto settings = load_settings_text(text, "report.toml");
    REQUIRE_FALSE(settings.diagnostics.has_errors());
    // Both lines hold the headers: the first is the header, as the loader finds it.
    CHECK(settings.settings.input.files.at("complaints").header_line == 0);
    const FileInspection f = inspect_bytes("Export.csv", csv);
    CHECK(f.header_line == 1);
}

TEST_CASE("init: two files of one kind are a TODO, never a guess") {
    const std::string text = starter_settings(folder({{"A.csv", kComplaints}, {"B.csv", kComplaints}}));
    const std::string words = unwrapped(text);
    CHECK(words.find("TODO: \"A.csv\" and \"B.csv\" all look like complaints exports: keep the line that names the "
                     "complaints export") != std::string::npos);
    CHECK(has_line(text, "# name = \"A.csv\""));
    CHECK(has_line(text, "# name = \"B.csv\""));
    // Under the contract's name, that one is read and the other named.
    const std::string named = unwrapped(starter_settings(folder({{"complaints.csv", kComplaints}, {"B.csv", kComplaints}})));
    CHECK(named.find("TODO: \"B.csv\" looks like complaints too, but complaints.csv is the one read") != std::string::npos);
}

TEST_CASE("init: summary rows in the data get the loader's skip_rows rule") {
    const std::string csv = kComplaints + "Subtotal: Older People,,,,\nC3,2023-04-03,Statutory,Email,OT\n"
                                          "Subtotal: OT,,,,\nGrand total,3,,,\n";
    const std::string text = starter_settings(folder({{"complaints.csv", csv}}));
    const auto settings = load_settings_text(text, "report.toml");
    REQUIRE_FALSE(settings.diagnostics.has_errors());
    const auto& skip = settings.settings.input.files.at("complaints").skip_rows;
    REQUIRE(skip.size() == 1);
    CHECK(skip[0].column == "Case Ref");
    CHECK(skip[0].is == "Subtotal*");
    // "Subtotal: OT" has only summary lines after it: below the data, as the loader reads it.
    CHECK(unwrapped(text).find("1 row in the data looks like a summary line (line 4), not a record") != std::string::npos);
    CHECK(unwrapped(text).find("Lines 6 and 7 (\"Subtotal: OT\", \"Grand total\") below the data are summary lines") !=
          std::string::npos);
}

TEST_CASE("init: keep_rows for the directorate that says adult social care, else a TODO with the values") {
    const std::string mixed = "Case Ref,Directorate,Date Received,Stage,Contact Method,Team\n"
                              "C1,Adult Social Care,2023-04-01,Statutory,Email,OT\n"
                              "C2,Adult Social Care,2023-04-02,Statutory,Email,OT\n"
                              "C3,Children's Services,2023-04-03,Statutory,Email,CiC\n";
    const std::string text = starter_settings(folder({{"complaints.csv", mixed}}));
    const auto settings = load_settings_text(text, "report.toml");
    REQUIRE_FALSE(settings.diagnostics.has_errors());
    const auto& keep = settings.settings.input.files.at("complaints").keep_rows;
    REQUIRE(keep.size() == 1);
    CHECK(keep[0].column == "Directorate");
    CHECK(keep[0].is == "Adult Social Care");
    CHECK(unwrapped(text).find("(Directorate: \"Adult Social Care\" 2 rows, \"Children's Services\" 1 row); the "
                               "other 1 row is skipped, and not counted here") != std::string::npos);
    CHECK(has_line(text, "# complaints.csv: 2 rows"));  // only the kept rows are counted
    CHECK(has_line(text, "service_area = \"Team\"                   # 2 rows"));

    std::string unnamed = mixed;
    for (auto at = unnamed.find("Adult Social Care"); at != std::string::npos; at = unnamed.find("Adult Social Care"))
        unnamed.replace(at, 17, "Care and Health");
    const std::string asked = starter_settings(folder({{"complaints.csv", unnamed}}));
    CHECK(has_line(asked, "[files.complaints]"));
    CHECK(asked.find("# keep_rows = [{ column = \"Directorate\", is = \"\" }] # TODO: Directorate holds \"Care "
                                "and Health\" 2 rows, \"Children's Services\" 1 row: if only some of these are Adult "
                                "Social Care") != std::string::npos);
    CHECK_FALSE(load_settings_text(asked, "report.toml").diagnostics.has_errors());
}

TEST_CASE("init: one_row_per_issue when a reference's rows agree but for the issue, a TODO when they differ") {
    const std::string csv = "Ref,Date Received,Stage,Contact Method,Team,Issue\n"
                            "C1,2023-04-01,Statutory,Email,OT,Communication\n"
                            "C1,2023-04-01,Statutory,Email,OT,Protection\n"
                            "C2,2023-04-02,Statutory,Phone,OT,Communication\n";
    const std::string text = starter_settings(folder({{"complaints.csv", csv}}));
    const toml::table t = toml::parse(text);
    CHECK(t.at_path("concerns.one_row_per_issue").value<bool>() == true);
    CHECK(unwrapped(text).find("1 reference is on more than one row (2 rows), each with the same complaint fields") !=
          std::string::npos);

    std::string differing = csv;
    differing.replace(differing.find("C1,2023-04-01,Statutory,Email,OT,Protection"), 43,
                      "C1,2023-04-01,Statutory,Phone,OT,Protection");
    const std::string asked = starter_settings(folder({{"complaints.csv", differing}}));
    CHECK(toml::parse(asked).at_path("concerns.one_row_per_issue").node() == nullptr);
    CHECK(unwrapped(asked).find("TODO: 1 reference is on more than one row (2 rows), but the rows of 1 of them differ "
                                "in more than the issue (Ref C1, lines 2 and 3)") != std::string::npos);
}

TEST_CASE("init: concern categories spelt otherwise are mapped or asked, with their rows") {
    const std::string csv = "Ref,Date Received,Stage,Contact Method,Team,Issue 1,Issue 2\n"
                            "C1,2023-04-01,Statutory,Email,OT,Communication,Financial\n"
                            "C2,2023-04-02,Statutory,Phone,OT,Environment / Property,Financial\n";
    const std::string text = starter_settings(folder({{"complaints.csv", csv}}));
    const toml::table t = toml::parse(text);
    CHECK(t["values"]["category"]["Environment / Property"].value<std::string>() == "Environment/property");
    CHECK(text.find("# \"Financial\" = \"\"                      # TODO: 2 rows; which category: Standard of service, "
                    "Communication, Protection, Environment/property or Financial issues?") != std::string::npos);
}
