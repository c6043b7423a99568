// Exports shaped the way case-management systems write them, read through report.toml alone:
// date-times, "not known" values, the council's own age bands, rows of empty cells, withdrawn
// complaints with no responded date, a column per stage, concerns kept in complaint columns,
// and the messages that lead to the fix. One test per rule; messages asserted exactly.
#include <catch2/catch.hpp>

#include "ascreport/calendar.hpp"
#include "ascreport/figures.hpp"
#include "ascreport/load.hpp"
#include "ascreport/format.hpp"
#include "figures_test_data.hpp"
#include "test_support.hpp"

using namespace ascreport;

namespace {

const std::string kHeader = "reference,received,responded,route,outcome,method,service_area";

LoadResult load(const ::test::TempDir& dir) { return ::test::load_folder(dir); }
using ::test::messages;

using Lines = std::vector<std::string>;

Figures figures_of(const Dataset& data, const char* year = "2023/24") { return ascreport::test::figures_for(data, year); }
using ascreport::test::keys;

}  // namespace

TEST_CASE("date-times and month names are read in every date column, the time ignored") {
    ::test::TempDir d;
    d.write("complaints.csv", kHeader + "\n"
                              "A1,01/04/2023 09:15,2023-04-20T16:45:00Z,Statutory,Upheld,Email,X\n"
                              "A2,2023-05-01 00:00:00,05-May-2023 17:30,Statutory,Upheld,Email,X\n"
                              "A3,1 June 2023,,Statutory,,Email,X\n");
    d.write("compliments.csv", "received\n01-Apr-2023\n2023-04-02T10:00+01:00\n");
    d.write("lgsco.csv", "reference,received,decided,decision\nL1,02/05/2023 12:00:00,3 Aug 2023 09:00,Upheld\n");
    const auto r = load(d);
    REQUIRE(messages(r, d).empty());
    const auto& c = r.dataset.complaints;
    CHECK(c[0].received.iso() == "2023-04-01");
    CHECK(c[0].responded->iso() == "2023-04-20");
    CHECK(c[1].responded->iso() == "2023-05-05");
    CHECK(c[2].received.iso() == "2023-06-01");
    CHECK(r.dataset.compliments[1].received.iso() == "2023-04-02");
    CHECK(r.dataset.lgsco[0].decided->iso() == "2023-08-03");
}

TEST_CASE("a US export names its date form, and is never read day first") {
    ::test::TempDir d;
    d.write("complaints.csv", kHeader + "\nA1,04/13/2023,04/30/2023 4:05 PM,Statutory,Upheld,Email,X\n"
                                        "A2,04/05/2023,,Statutory,,Email,X\nA3,13/04/2023,,Statutory,,Email,X\n");
    auto r = load(d);
    CHECK(messages(r, d) ==
          Lines{"D/complaints.csv:2: column received: \"04/13/2023\" is not a valid date: it reads as month first (a US "
                "date); if your export writes the month first, say so in report.toml: [input] date_format = "
                "\"MM/DD/YYYY\"",
                "D/complaints.csv:2: column responded: \"04/30/2023 4:05 PM\" is not a valid date: it reads as month "
                "first (a US date); if your export writes the month first, say so in report.toml: [input] "
                "date_format = \"MM/DD/YYYY\""});
    d.write("report.toml", "[input]\ndate_format = \"MM/DD/YYYY\"\n");
    r = load(d);
    CHECK(messages(r, d) == Lines{"D/complaints.csv:4: column received: \"13/04/2023\" is not a date in the form "
                                  "MM/DD/YYYY ([input] date_format in report.toml), nor YYYY-MM-DD or one with the "
                                  "month's name (1 Apr 2023)"});
    REQUIRE(r.dataset.complaints.size() == 2);
    CHECK(r.dataset.complaints[0].received.iso() == "2023-04-13");
    CHECK(r.dataset.complaints[0].responded->iso() == "2023-04-30");
    CHECK(r.dataset.complaints[1].received.iso() == "2023-04-05");  // the declared form wins
}

TEST_CASE("a bad date_format is a settings error naming the line") {
    ::test::TempDir d;
    d.write("complaints.csv", kHeader + "\n");
    d.write("report.toml", "[input]\nencoding = \"utf-8\"\ndate_format = \"MM/YYYY\"\n");
    const auto r = load(d);
    CHECK(r.settings_failed);
    CHECK(messages(r, d) == Lines{"D/report.toml:3: input.date_format: must name the day, the month and the year once "
                                  "each, e.g. \"MM/DD/YYYY\""});
}

TEST_CASE("not known values mapped to N/A, or written N/A, count in the one N/A row") {
    ::test::TempDir d;
    d.write("complaints.csv", kHeader + ",gender,ethnicity,provider,disability,extended,age_band\n"
                                        "A1,2023-04-03,,Statutory,,Email,X,Not Known,Not Known,None,NK,N/A,Unknown\n"
                                        "A2,2023-04-03,,Statutory,,Email,X,N/A,N/A,,Not known,,\n"
                                        "A3,2023-04-03,,Statutory,,Email,X,,,No provider,,,n/a\n"
                                        "A4,2023-04-03,,Statutory,,Email,X,Male,White British,Acme Care,Yes,Y,65+\n");
    d.write("report.toml", "[values.gender]\n\"Not Known\" = \"N/A\"\n"
                           "[values.ethnicity]\n\"not known\" = \"\"\n"
                           "[values.provider]\n\"None\" = \"N/A\"\n"
                           "[values.disability]\n\"NK\" = \"N/A\"\n\"Not Known\" = \"n/a\"\n"
                           "[values.extended]\n\"N/A\" = \"\"\n\"Y\" = \"Yes\"\n"
                           "[values.age_band]\n\"Unknown\" = \"N/A\"\n");
    const auto r = load(d);
    REQUIRE(messages(r, d).empty());
    const Figures f = figures_of(r.dataset);
    CHECK(keys(f.table(TableId::Gender)) == Lines{"Male", "Female", "Other", "N/A"});
    CHECK(f.table(TableId::Gender).count_of("N/A") == 3);
    CHECK(keys(f.table(TableId::Ethnicity)) == Lines{"White British", "N/A"});  // never a second "N/A" row
    CHECK(f.table(TableId::Ethnicity).count_of("N/A") == 3);
    CHECK(keys(f.table(TableId::Provider)) == Lines{"Acme Care", "No provider"});
    CHECK(f.table(TableId::Provider).count_of("No provider") == 3);
    CHECK(f.table(TableId::Disability).count_of("N/A") == 3);
    CHECK(f.table(TableId::AgeBand).count_of("N/A") == 3);
    CHECK(r.dataset.complaints[3].extended);
    CHECK_FALSE(r.dataset.complaints[0].extended);

    // --where gender=N/A selects them all.
    const auto calendar = WorkingDayCalendar::england_and_wales();
    const auto na = run_breakdown(r.dataset, calendar, {*parse_period("2023/24"), {Field::Outcome}, {{Field::Gender, "N/A", std::nullopt}}, {}, false});
    REQUIRE(na.ok());
    CHECK(na.breakdown.total == 3);
}

TEST_CASE("a required column cannot be mapped to empty") {
    ::test::TempDir d;
    d.write("complaints.csv", kHeader + "\n");
    d.write("report.toml", "[values.route]\n\"Unknown\" = \"N/A\"\n[values.service_area]\n\"None\" = \"\"\n");
    const auto r = load(d);
    CHECK(r.settings_failed);
    CHECK(messages(r, d) ==
          Lines{"D/report.toml:2: values.route.\"Unknown\": maps to \"N/A\", but route is required, so a value cannot "
                "count as empty; map it to one of: Statutory, Informal, Corporate",
                "D/report.toml:4: values.service_area.\"None\": maps to \"\", but service_area is required, so a value "
                "cannot count as empty"});
}

TEST_CASE("the council's own age bands, in the declared order, and mappings onto them") {
    ::test::TempDir d;
    d.write("complaints.csv", kHeader + ",age_band\n"
                                        "A1,2023-04-03,,Statutory,,Email,X,65+\n"
                                        "A2,2023-04-03,,Statutory,,Email,X,18-24\n"
                                        "A3,2023-04-03,,Statutory,,Email,X,45 to 64\n"
                                        "A4,2023-04-03,,Statutory,,Email,X,\n"
                                        "A5,2023-04-03,,Statutory,,Email,X,65+\n");
    d.write("report.toml", "[input]\nage_bands = [\"18-24\", \"25-44\", \"45-64\", \"65+\"]\n"
                           "[values.age_band]\n\"45 to 64\" = \"45-64\"\n");
    auto r = load(d);
    REQUIRE(messages(r, d).empty());
    const Figures f = figures_of(r.dataset);
    CHECK(keys(f.table(TableId::AgeBand)) == Lines{"18-24", "25-44", "45-64", "65+", "N/A"});
    CHECK(f.table(TableId::AgeBand).count_of("65+") == 2);
    CHECK(f.table(TableId::AgeBand).count_of("45-64") == 1);
    CHECK(f.table(TableId::AgeBand).count_of("25-44") == 0);
    CHECK(f.table(TableId::AgeBand).count_of("N/A") == 1);

    // A band the council did not declare is named with the declared ones.
    d.write("complaints.csv", kHeader + ",age_band\nA1,2023-04-03,,Statutory,,Email,X,35-49\n");
    r = load(d);
    CHECK(messages(r, d) == Lines{"D/complaints.csv:2: column age_band: \"35-49\" is not an accepted value; use one of: "
                                  "18-24, 25-44, 45-64, 65+ (or leave it empty for N/A); to accept this spelling, map "
                                  "it in report.toml: [values.age_band] \"35-49\" = \"<one of the values above>\""});

    // A mapping onto a band that is not declared is a settings error.
    d.write("report.toml", "[input]\nage_bands = [\"18-24\", \"25-44\", \"45-64\", \"65+\"]\n"
                           "[values.age_band]\n\"35 to 49\" = \"35-49\"\n");
    r = load(d);
    CHECK(r.settings_failed);
    CHECK(messages(r, d) == Lines{"D/report.toml:4: values.age_band.\"35 to 49\": maps to \"35-49\", which is not one of "
                                  "the values of age_band (18-24, 25-44, 45-64, 65+, or \"N/A\" to count it as an empty "
                                  "cell)"});
}

TEST_CASE("declared age bands are checked") {
    ::test::TempDir d;
    d.write("complaints.csv", kHeader + "\n");
    d.write("report.toml", "[input]\nage_bands = [\"18-24\", \"18-24 \", \"N/A\", \"\"]\n");
    auto r = load(d);
    CHECK(r.settings_failed);
    CHECK(messages(r, d) == Lines{"D/report.toml:2: input.age_bands: \"18-24\" is listed twice",
                                  "D/report.toml:2: input.age_bands: \"N/A\" is not an age band: an empty or N/A cell is "
                                  "counted as N/A already",
                                  "D/report.toml:2: input.age_bands: each entry must be an age band in double quotes, "
                                  "e.g. \"18-24\""});
    d.write("report.toml", "[input]\nage_bands = []\n");
    CHECK(load(d).settings_failed);
}

TEST_CASE("rows of empty cells, as Excel leaves them, are skipped like blank lines") {
    ::test::TempDir d;
    d.write("complaints.csv", ",,,,,,\r\n" + kHeader + "\r\nA1,2023-04-03,,Statutory,,Email,X\r\n,,,,,,\r\n"
                              " , ,\"\",,,,\r\nA2,2023-04-04,,Statutory,,Email,X\r\n,,,,,,\r\n,,,\r\n\r\n");
    const auto r = load(d);
    REQUIRE(messages(r, d).empty());
    REQUIRE(r.dataset.complaints.size() == 2);
    CHECK(r.dataset.complaints[1].line == 6);  // physical lines still
    // A row with a value somewhere is a row: here, too few fields.
    d.write("complaints.csv", kHeader + "\nA1,2023-04-03,,Statutory,,Email,X\n,,,,,,\"\"\"\"\n,,x\n");
    CHECK(messages(load(d), d) ==
          Lines{"D/complaints.csv:3: column reference: a value is required here",
                "D/complaints.csv:3: column received: a date is required here",
                "D/complaints.csv:3: column route: a value is required; use one of: Statutory, Informal, Corporate",
                "D/complaints.csv:3: column method: a value is required; use one of: Email, Contact centre/form, "
                "Letter, Phone, In person, Social media, Other",
                "D/complaints.csv:4: this record has fewer fields than the header's 7; check for a missing comma, or "
                "a line break in a value that is not in double quotes"});
}

TEST_CASE("a withdrawn complaint with no responded date is accepted, with a note") {
    ::test::TempDir d;
    d.write("complaints.csv", kHeader + "\nA1,2023-04-03,,Statutory,Withdrawn,Email,X\n"
                                        "A2,2023-04-03,2023-04-05,Statutory,Withdrawn,Email,X\n"
                                        "A3,2023-04-04,,Statutory,Withdrawn,Email,X\n"
                                        "A4,2023-04-04,,Statutory,Upheld,Email,X\n");
    const auto r = load(d);
    CHECK(messages(r, d) ==
          Lines{"D/complaints.csv:2: column responded: note: withdrawn with no responded date: counted in the outcome "
                "table, left out of the timescale table (on 2 rows: lines 2 and 4)",
                "D/complaints.csv:5: column outcome: there is an outcome but no responded date; fill in the date of "
                "the final response, or clear the outcome while the complaint is open"});
    CHECK(r.diagnostics.error_count() == 1);
    CHECK(r.diagnostics.note_count() == 1);
    CHECK(r.dataset.complaints.size() == 3);
    CHECK(figures_of(r.dataset).table(TableId::Outcome).count_of("Withdrawn") == 3);
}

TEST_CASE("a column mapped to a list of headers takes the first non-empty value") {
    ::test::TempDir d;
    d.write("complaints.csv", "Ref,Received,Closed,Route,Stage 1 Outcome,Stage 2 Outcome,Method,Team\n"
                              "A1,2023-04-03,2023-04-09,Statutory,Not upheld,Upheld,Email,X\n"
                              "A2,2023-04-03,2023-04-09,Statutory,Partly upheld,,Email,X\n"
                              "A3,2023-04-03,,Statutory,,,Email,X\n");
    d.write("report.toml", "[columns.complaints]\nreference = \"Ref\"\nresponded = \"Closed\"\n"
                           "outcome = [\"Stage 2 Outcome\", \"Stage 1 Outcome\"]\nservice_area = \"Team\"\n");
    const auto r = load(d);
    REQUIRE(messages(r, d).empty());
    const auto& c = r.dataset.complaints;
    CHECK(c[0].outcome == Outcome::Upheld);
    CHECK(c[1].outcome == Outcome::PartlyUpheld);
    CHECK(c[2].outcome == Outcome::Open);
    REQUIRE(r.headers.size() == 5);
    const HeaderUse& h = r.headers[0];
    CHECK(h.file == "complaints.csv");
    CHECK(h.columns[4].column == "outcome");
    CHECK(h.columns[4].headers == Lines{"Stage 2 Outcome", "Stage 1 Outcome"});
    CHECK(h.columns[7].headers.empty());  // provider: not in the file
    CHECK(h.ignored.empty());
    CHECK_FALSE(r.headers[1].read);  // no concerns.csv
}

TEST_CASE("a file can be read from as many headers as report.toml names") {
    // A case system with a column per stage and office: 40 outcome columns, the last filled, and
    // 30 [concerns] columns. (The reader once had room for 16 headers beyond one a column.)
    ::test::TempDir d;
    std::string header = kHeader, row = "A1,2023-04-03,2023-04-09,Statutory,,Email,X";
    std::string outcomes, issues;
    for (int i = 0; i < 40; ++i) {
        header += ",Outcome " + std::to_string(i);
        row += i == 39 ? ",Upheld" : ",";
        outcomes += (i ? ", " : "") + std::string("\"Outcome ") + std::to_string(i) + "\"";
    }
    for (int i = 0; i < 30; ++i) {
        header += ",Issue " + std::to_string(i);
        row += i == 29 ? ",Delay" : ",";
        issues += (i ? ", " : "") + std::string("\"Issue ") + std::to_string(i) + "\"";
    }
    d.write("complaints.csv", header + "\n" + row + "\n");
    d.write("report.toml", "[columns.complaints]\noutcome = [\"outcome\", " + outcomes + "]\n[concerns]\ncategories = [" +
                               issues + "]\n");
    const auto r = load(d);
    REQUIRE(messages(r, d).empty());
    REQUIRE(r.dataset.complaints.size() == 1);
    CHECK(r.dataset.complaints[0].outcome == Outcome::Upheld);
    REQUIRE(r.dataset.concerns.size() == 1);
    CHECK(r.dataset.categories.display(r.dataset.concerns[0].category) == "Delay");
    CHECK(r.headers[0].columns[4].headers.size() == 41);
    CHECK(r.headers[0].concern_columns.size() == 30);
}

TEST_CASE("a mapping that names a header the file does not have is an error") {
    ::test::TempDir d;
    d.write("complaints.csv", kHeader + ",Provider Name,Notes\nA1,2023-04-03,,Statutory,,Email,X,Acme,n\n");
    d.write("report.toml", "[columns.complaints]\nprovider = \"Provider\"\ngender = \"Sex\"\n"
                           "outcome = [\"Stage 2 Outcome\", \"outcome\"]\n");
    const auto r = load(d);
    CHECK(messages(r, d) ==
          Lines{"D/complaints.csv:1: column outcome: [columns.complaints] in report.toml names \"Stage 2 Outcome\", "
                "which the header does not have; correct the name in report.toml (the headers are \"reference\", "
                "\"received\", \"responded\", \"route\", \"outcome\", \"method\", \"service_area\", \"Provider Name\", "
                "\"Notes\")",
                "D/complaints.csv:1: column provider: [columns.complaints] in report.toml names \"Provider\", which the "
                "header does not have; did you mean \"Provider Name\"?; correct the name in report.toml (the headers "
                "are \"reference\", \"received\", \"responded\", \"route\", \"outcome\", \"method\", \"service_area\", "
                "\"Provider Name\", \"Notes\")",
                "D/complaints.csv:1: column gender: [columns.complaints] in report.toml names \"Sex\", which the header "
                "does not have; correct the name in report.toml (the headers are \"reference\", \"received\", "
                "\"responded\", \"route\", \"outcome\", \"method\", \"service_area\", \"Provider Name\", \"Notes\")"});
    CHECK(r.dataset.complaints.empty());
}

TEST_CASE("column mappings are checked in report.toml") {
    ::test::TempDir d;
    d.write("complaints.csv", kHeader + "\n");
    d.write("report.toml", "[columns.complaints]\nreceived = \"Date\"\nresponded = \"date\"\noutcome = []\n"
                           "method = [\"A\", \"a\"]\nservice_area = 3\n");
    const auto r = load(d);
    CHECK(r.settings_failed);
    CHECK(messages(r, d) ==
          Lines{"D/report.toml:3: columns.complaints.responded: names \"date\", which columns.complaints.received names "
                "too; a header can be read as one column only, unless both are columns whose values [values.COLUMN] "
                "maps (outcome and route from one Status column)",
                "D/report.toml:4: columns.complaints.outcome: the list is empty",
                "D/report.toml:5: columns.complaints.method: names \"a\" twice",
                "D/report.toml:6: columns.complaints.service_area: must be text in double quotes, or a list of them, "
                "e.g. [\"Stage 2 Outcome\", \"Outcome\"]"});
}

TEST_CASE("concerns read from complaint columns when there is no concerns.csv") {
    ::test::TempDir d;
    d.write("complaints.csv", kHeader + ",Issue 1,Issue 2,Sub 1,Sub 2\n"
                                        "A1,2023-04-03,,Statutory,,Email,X,Communication,Standard of service,Late,\n"
                                        "A2,2023-04-03,,Statutory,,Email,X,,Comms,,\n"
                                        "A3,bad,,Statutory,,Email,X,Communication,,,\n"
                                        "A4,2023-04-03,,Statutory,,Email,X,,,,\n");
    d.write("report.toml", "[concerns]\ncategories = [\"Issue 1\", \"Issue 2\"]\nsubcategories = [\"Sub 1\", \"Sub 2\"]\n"
                           "[values.category]\n\"Comms\" = \"Communication\"\n");
    auto r = load(d);
    REQUIRE(messages(r, d).size() == 1);  // A3's date; its concern is left out with it
    CHECK(r.dataset.present.concerns);
    REQUIRE(r.dataset.concerns.size() == 3);
    CHECK(r.dataset.categories.display(r.dataset.concerns[0].category) == "Communication");
    CHECK(r.dataset.subcategories.display(r.dataset.concerns[0].subcategory) == "Late");
    CHECK(r.dataset.concerns[1].subcategory == kNoText);
    CHECK(r.dataset.concerns[2].complaint == 1);
    CHECK(r.headers[0].concern_columns == Lines{"Issue 1", "Issue 2", "Sub 1", "Sub 2"});

    // One cell holding several categories.
    d.write("complaints.csv", kHeader + ",Issues\nA1,2023-04-03,,Statutory,,Email,X,Communication; Protection ;\n");
    d.write("report.toml", "[concerns]\ncategories = \"Issues\"\nseparator = \";\"\n");
    r = load(d);
    REQUIRE(messages(r, d).empty());
    const Figures f = figures_of(r.dataset);
    CHECK(f.table(TableId::Category).count_of("Communication") == 1);
    CHECK(f.table(TableId::Category).count_of("Protection") == 1);
    CHECK(f.table(TableId::Category).total == 2);

    // Both ways at once is a settings error; so is a column the file does not have.
    d.write("concerns.csv", "reference,category\nA1,Communication\n");
    r = load(d);
    CHECK(r.settings_failed);
    CHECK(messages(r, d) == Lines{"D/report.toml:1: concerns: [concerns] reads the concerns from columns of "
                                  "complaints.csv, but D/concerns.csv exists too; remove [concerns] to use concerns.csv, "
                                  "or move concerns.csv out of the folder"});
    std::filesystem::remove(d.path() / "concerns.csv");
    d.write("report.toml", "[concerns]\ncategories = [\"Issue\"]\n");
    CHECK(messages(load(d), d) == Lines{"D/complaints.csv:1: [concerns] in report.toml names the column \"Issue\", which "
                                        "complaints.csv does not have; did you mean \"Issues\"?; correct the name in "
                                        "report.toml"});
}

TEST_CASE("[concerns] settings are checked") {
    ::test::TempDir d;
    d.write("complaints.csv", kHeader + "\n");
    d.write("report.toml", "[concerns]\ncategories = [\"A\", \"B\"]\nsubcategories = [\"C\"]\nseparator = \";\"\n");
    auto r = load(d);
    CHECK(r.settings_failed);
    CHECK(messages(r, d) == Lines{"D/report.toml:1: concerns.subcategories: names 1 columns for 2 categories; give one "
                                  "subcategory column per category column, in the same order",
                                  "D/report.toml:1: concerns.separator: cannot be used with subcategories: a cell split "
                                  "into several categories has no subcategory to pair with each"});
    d.write("report.toml", "[concerns]\nseparator = \";\"\n");
    CHECK(messages(load(d), d) == Lines{"D/report.toml:1: concerns: must name categories, the complaints.csv columns that "
                                        "hold the concern categories, e.g. categories = [\"Issue 1\", \"Issue 2\"]"});
}
