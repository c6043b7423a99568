// `ascreport init` below the command line: reading an export (inspect_bytes), what it proposes
// (starter_settings), and that the text is TOML that says what it found.
#include <catch2/catch.hpp>

#include <toml++/toml.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "ascreport/inspect.hpp"
#include "ascreport/settings.hpp"
#include "ascreport/starter_settings.hpp"
#include "init_fixture.hpp"
#include "init_text.hpp"
#include "init/init_names.hpp"
#include "init/starter_plan.hpp"
#include "test_paths.hpp"

using ascreport::FileInspection;
using ascreport::FolderInspection;
using ascreport::inspect_bytes;
using ascreport::starter_settings;
using Strings = std::map<std::string, std::string>;

namespace {

using test::folder;
using test::has_line;

std::string starter(const std::string& complaints) { return starter_settings(folder({{"complaints.csv", complaints}})); }

toml::table parsed(const std::string& text) {
    try {
        return toml::parse(text);
    } catch (const toml::parse_error& e) {
        FAIL("not TOML: " << e.description() << " at line " << e.source().begin.line << "\n" << text);
    }
    return {};
}

// A table of text values ("columns.complaints", "values.outcome"), or an empty map.
Strings strings_at(const toml::table& t, std::string_view path) {
    Strings out;
    if (const auto* table = t.at_path(path).as_table())
        for (auto&& [k, v] : *table) out[std::string(k.str())] = v.value<std::string>().value_or("<not text>");
    return out;
}

std::vector<std::string> list_at(const toml::table& t, std::string_view path) {
    std::vector<std::string> out;
    if (const auto* a = t.at_path(path).as_array())
        for (const auto& v : *a) out.push_back(v.value<std::string>().value_or("<not text>"));
    return out;
}

// A setting line as init writes it: its comment from the 41st column.
std::string aligned(const std::string& setting, const std::string& comment) {
    return setting + std::string(setting.size() < 40 ? 40 - setting.size() : 1, ' ') + "# " + comment;
}

const ascreport::ColumnValues& column(const FileInspection& f, const std::string& header) {
    for (const auto& c : f.columns)
        if (c.header == header) return c;
    FAIL("no column " << header);
    return f.columns.front();
}

}  // namespace

TEST_CASE("init reads a case system's export: Windows-1252, CRLF, a line break in quotes, rows of empty cells") {
    const FileInspection f = inspect_bytes("complaints.csv", test::case_system_export());
    CHECK(f.problem.empty());
    CHECK_FALSE(f.utf8);
    CHECK(f.first_non_utf8_line == 3);
    CHECK(f.first_non_utf8_byte == 0x92);
    CHECK(f.rows == 200);
    CHECK(f.empty_rows == 4);
    CHECK(f.ragged_rows == 0);
    REQUIRE(f.columns.size() == 12);
    CHECK(f.columns[0].header == "Case Reference");  // as written, not lower-cased
    const auto& team = column(f, "Team");
    REQUIRE(team.values.size() == 2);  // 100 each: the first seen first
    CHECK(team.values[0].value == "Hospital Discharge");
    CHECK(team.values[1].value == "Older People\u2019s Team");
    CHECK(team.values[1].count == 100);
    const auto& notes = column(f, "Notes");
    REQUIRE(notes.values.size() == 1);
    CHECK(notes.values[0].value == "Called twice, said \"urgent\" Caf\u00e9 visit");
    CHECK(notes.values[0].count == 28);
    const auto& method = column(f, "Contact Method");
    CHECK(method.values.size() == 5);
    CHECK(method.values[0].value == "E-mail");
    CHECK(method.values[0].count == 90);
    const auto& closed = column(f, "Date Closed");
    CHECK(closed.filled == 180);
    REQUIRE(closed.dates.forms.size() == 1);
    CHECK(closed.dates.forms[0].count == 180);
    CHECK(closed.dates.forms[0].day_first == 180);
    CHECK(closed.dates.forms[0].month_first < 180);
    CHECK(closed.dates.forms[0].with_time == 180);
}

TEST_CASE("init proposes the mappings of the case system's export") {
    const std::string text = starter(test::case_system_export());
    const toml::table t = parsed(text);

    CHECK(t.at_path("input.encoding").value<std::string>() == "windows-1252");
    CHECK_FALSE(t.at_path("input.date_format"));  // 01/04/2023 09:15, days above 12: read as it is
    CHECK(list_at(t, "input.age_bands") == std::vector<std::string>{"18-24", "25-44", "45-64", "65+"});
    CHECK(strings_at(t, "columns.complaints") == Strings{{"reference", "Case Reference"},
                                                         {"received", "Date Received"},
                                                         {"responded", "Date Closed"},
                                                         {"route", "Stage"},
                                                         {"method", "Contact Method"},
                                                         {"service_area", "Team"},
                                                         {"age_band", "Age Range"},
                                                         {"ethnicity", "Ethnic Origin"}});
    CHECK(strings_at(t, "values.route").empty());
    CHECK(strings_at(t, "values.outcome") == Strings{{"Partially Upheld", "Partly upheld"}});
    CHECK(strings_at(t, "values.method") ==
          Strings{{"E-mail", "Email"}, {"Telephone", "Phone"}, {"Online Form", "Contact centre/form"}});
    CHECK(strings_at(t, "values.gender") == Strings{{"Not Known", "N/A"}});
    CHECK(strings_at(t, "values.age_band") == Strings{{"Not Known", "N/A"}});
    CHECK(strings_at(t, "values.ethnicity") == Strings{{"Not Stated", "N/A"}});
    CHECK(strings_at(t, "values.disability") == Strings{{"Not Known", "N/A"}});
    CHECK_FALSE(t.contains("concerns"));
    for (const char* placeholder : {"council", "contact", "figures"}) {
        REQUIRE(t.at_path(placeholder).as_table());
        CHECK(t.at_path(placeholder).as_table()->empty());  // commented placeholders only
    }

    // What it found, and the TODO lines with their counts.
    CHECK(has_line(text, "encoding = \"windows-1252\"               # complaints.csv (line 3 has the byte 0x92) is not UTF-8"));
    CHECK(has_line(text, "# complaints.csv: 200 rows (and 4 of empty cells, skipped)"));
    CHECK(has_line(text, "reference = \"Case Reference\"            # 200 rows"));
    CHECK(has_line(text, "responded = \"Date Closed\"               # 180 of 200 rows filled"));
    CHECK(has_line(text, "# Found under their own names (nothing to map): outcome, gender, disability"));
    CHECK(has_line(text, "# Not found (optional, may be left out): provider, extended"));
    CHECK(has_line(text, "# Not used: \"Notes\""));
    CHECK(has_line(text, "# \"Stage 1\" = \"\"                        # TODO: 180 rows; which route: Statutory, "
                         "Informal or Corporate?"));
    CHECK(has_line(text, "# \"Stage 2\" = \"\"                        # TODO: 20 rows; which route: Statutory, "
                         "Informal or Corporate?"));
    CHECK(has_line(text, "# \"Fax\" = \"\"                            # TODO: 5 rows; which method: Email, Contact "
                         "centre/form, Letter, Phone, In person, Social media or Other?"));
    CHECK(has_line(text, "\"Partially Upheld\" = \"Partly upheld\"    # 50 rows"));
    CHECK(has_line(text, "\"Not Known\" = \"N/A\"                     # 40 rows; counts as not available (N/A)"));
    CHECK(has_line(text, "# Already accepted as written: \"Upheld\" (50 rows), \"Not Upheld\" (40 rows), \"Withdrawn\" "
                         "(40 rows)"));
    CHECK(has_line(text, "#   2. Fill in [council] and [contact] below, and settle the 3 lines marked TODO:"));
    CHECK(has_line(text, "#   3. Check the folder:  ascreport validate --data exports"));
    // The sections in the order of docs/settings.md.
    std::vector<std::size_t> at;
    for (const char* s : {"[council]", "[contact]", "[figures]", "[input]", "[columns.complaints]", "[values.route]",
                          "[values.outcome]", "[values.method]", "[values.gender]", "[values.age_band]",
                          "[values.ethnicity]", "[values.disability]"})
        at.push_back(text.find(std::string("\n") + s));
    CHECK(std::find(at.begin(), at.end(), std::string::npos) == at.end());
    CHECK(std::is_sorted(at.begin(), at.end()));
}

TEST_CASE("init: month-first dates get date_format, others only when a declared form fits them all") {
    auto dates = [](const std::string& values) {
        std::string csv = "Case Reference,Date Received,Stage\n";
        int n = 0;
        std::istringstream in(values);
        for (std::string v; std::getline(in, v, '|');) csv += "R" + std::to_string(++n) + "," + v + ",Statutory\n";
        return parsed(starter(csv));
    };
    auto format = [&](const std::string& values) {
        return dates(values).at_path("input.date_format").value<std::string>().value_or("");
    };
    // US: a second number above 12 and no first number above 12.
    CHECK(format("04/13/2023 09:15|04/01/2023|12/31/2023 2:05 PM") == "MM/DD/YYYY");
    const std::string us = starter("Ref,Received,Route\nA,04/13/2023,Statutory\nB,04/01/2023,Statutory\n");
    CHECK(has_line(us, "# The month comes first: a date like \"04/13/2023\" has a second number above 12, and no date has a"));
    CHECK(has_line(us, "date_format = \"MM/DD/YYYY\""));
    // UK, or not decided by any value: the loader reads DD/MM/YYYY as it is.
    CHECK(format("13/04/2023|01/04/2023") == "");
    CHECK(format("01/04/2023|02/03/2023") == "");
    CHECK(format("2023-04-01|2023-04-01T09:15:00Z|1 Apr 2023|01 April 2023 10:00|01-Apr-2023") == "");
    // Forms the loader reads only when declared.
    CHECK(format("13.04.2023|01.04.2023") == "DD.MM.YYYY");
    CHECK(format("04-13-2023|04-01-2023") == "MM-DD-YYYY");
    CHECK(format("2023/04/13|2023/04/01") == "YYYY/MM/DD");
    CHECK(format("13/04/23|01/04/23") == "DD/MM/YY");
    CHECK(format("13-Apr-23|01-Sep-23") == "DD-MMM-YY");
    CHECK(format("13.04.2023|2023-04-01") == "DD.MM.YYYY");  // YYYY-MM-DD is read beside a declared form
    // Not sure: the officer decides.
    CHECK(format("01.04.2023|02.03.2023") == "");  // day or month first?
    const std::string mixed = starter("Ref,Received,Route\nA,13.04.2023,Statutory\nB,13/04/2023,Statutory\n");
    CHECK(parsed(mixed).at_path("input.date_format").value<std::string>() == std::nullopt);
    CHECK(mixed.find("# TODO: the dates are written in more than one form (DD.MM.YYYY (e.g. \"13.04.2023\"), DD/MM/YYYY)") !=
          std::string::npos);
    CHECK(format("13/04/2023|04/13/2023") == "");  // both orders in one column
    const std::string closed = starter("Ref,Received,Date Closed,Route\nA,01/04/2023,TBC,Statutory\n"
                                       "B,01/04/2023,TBC,Statutory\nC,01/04/2023,,Statutory\n");
    CHECK(closed.find("responded = \"Date Closed\"               # 2 of 3 rows filled\n"
                      "# TODO: 2 values of \"Date Closed\" are not a date in a form ascreport reads, e.g. \"TBC\" (2); correct\n"
                      "# them in the export (leave the cell empty when there is no date)\n") != std::string::npos);
}

TEST_CASE("init: spellings that mean an empty cell map onto the column's empty reading") {
    const std::string text = starter("Ref,Received,Route,Outcome,Provider,Extended,Gender,Ethnicity\n"
                                     "A,01/04/2023,Statutory,Ongoing,None,N/A,Prefer not to say,Prefer not to say\n"
                                     "B,01/04/2023,Statutory,Upheld,Acme Care,Yes,N/K,Unknown\n");
    const auto t = parsed(text);
    CHECK(strings_at(t, "values.outcome") == Strings{{"Ongoing", "Open"}});
    CHECK(strings_at(t, "values.provider") == Strings{{"None", ""}});
    CHECK(strings_at(t, "values.extended") == Strings{{"N/A", "No"}});
    CHECK(strings_at(t, "values.gender") == Strings{{"Prefer not to say", "N/A"}, {"N/K", "N/A"}});
    CHECK(strings_at(t, "values.ethnicity") == Strings{{"Unknown", "N/A"}});  // "Prefer not to say" is an answer
    CHECK(has_line(text, aligned("\"Ongoing\" = \"Open\"", "1 row; counts as an empty cell (Open)")));
    const auto compliments = folder({{"complaints.csv", "Ref,Received,Route\nA,01/04/2023,Statutory\n"},
                                     {"compliments.csv", "Date,How Received,Publish\n2023-04-01,Not Known,Y\n"
                                                         "2023-04-02,Card,Maybe\n"}});
    const auto c = parsed(starter_settings(compliments));
    CHECK(strings_at(c, "values.source") == Strings{{"Not Known", "Not recorded"}});
    CHECK(strings_at(c, "values.publish") == Strings{{"Y", "Yes"}});  // "Maybe" keeps it out: no TODO
    CHECK(starter_settings(compliments).find("\"Maybe\"") == std::string::npos);
}

TEST_CASE("init: the export's own age bands, and bands that are the contract's spelt otherwise") {
    int low = 0, high = 0;
    using ascreport::init::AgeSpelling;
    using ascreport::init::parse_age_band;
    CHECK(parse_age_band("65+", low, high) == AgeSpelling::Band);
    CHECK((low == 65 && high == -1));
    CHECK(parse_age_band("85 years and over", low, high) == AgeSpelling::Band);
    CHECK((low == 85 && high == -1));
    CHECK(parse_age_band("Under 16", low, high) == AgeSpelling::Band);
    CHECK((low == 0 && high == 15));
    CHECK(parse_age_band("16 \xE2\x80\x93 24", low, high) == AgeSpelling::Band);  // an en dash
    CHECK((low == 16 && high == 24));
    CHECK(parse_age_band("Aged 25 to 34", low, high) == AgeSpelling::Band);
    CHECK((low == 25 && high == 34));
    CHECK(parse_age_band("67", low, high) == AgeSpelling::Age);
    CHECK(parse_age_band("Adult", low, high) == AgeSpelling::None);
    CHECK(parse_age_band("Over 65", low, high) == AgeSpelling::None);  // 65 or 66 on? not sure

    // The contract's bands with other spellings: [values.age_band], no age_bands.
    const auto same = parsed(starter("Ref,Received,Route,Age Band\nA,01/04/2023,Statutory,16 - 24\n"
                                     "B,01/04/2023,Statutory,65 and over\nC,01/04/2023,Statutory,0-15\n"
                                     "D,01/04/2023,Statutory,35-49\n"));
    CHECK_FALSE(same.at_path("input.age_bands"));
    CHECK(strings_at(same, "values.age_band") == Strings{{"16 - 24", "16-24"}, {"65 and over", "65+"}, {"0-15", "Under 16"}});
    // Own bands, in numeric order; a second spelling of one maps onto the first.
    const auto own = parsed(starter("Ref,Received,Route,Age Band\nA,01/04/2023,Statutory,65-74\n"
                                    "B,01/04/2023,Statutory,18-64\nC,01/04/2023,Statutory,75+\n"
                                    "D,01/04/2023,Statutory,18 - 64\nE,01/04/2023,Statutory,18-64\n"));
    CHECK(list_at(own, "input.age_bands") == std::vector<std::string>{"18-64", "65-74", "75+"});
    CHECK(strings_at(own, "values.age_band") == Strings{{"18 - 64", "18-64"}});
    // Overlapping bands: a TODO, not a guess.
    const std::string overlap = starter("Ref,Received,Route,Age\nA,01/04/2023,Statutory,18-64\n"
                                        "B,01/04/2023,Statutory,60+\n");
    CHECK_FALSE(parsed(overlap).at_path("input.age_bands"));
    CHECK(overlap.find("# TODO: the export's age bands overlap (\"18-64\", \"60+\")") != std::string::npos);
    CHECK(has_line(overlap, "# \"18-64\" = \"\"                          # TODO: 1 row; which age band: Under 16, 16-24, "
                            "25-34, 35-49, 50-64, 65+ or N/A (not known)?"));
}

TEST_CASE("init: a header it is not sure of is a TODO, not a mapping") {
    // "Type" names the route or the method; "Team" and "Service" both name the service area.
    const std::string text = starter("Ref,Received,Type,Team,Service\nA,01/04/2023,Email,T,S\n");
    const auto t = parsed(text);
    CHECK(strings_at(t, "columns.complaints") == Strings{{"reference", "Ref"}});
    CHECK(has_line(text, "# route = \"Type\"                        # TODO: \"Type\" (1 row) could be route or method: "
                         "keep the right line"));
    CHECK(has_line(text, "# method = \"Type\"                       # TODO: \"Type\" (1 row) could be method or route: "
                         "keep the right line"));
    CHECK(has_line(text, "# TODO: \"Team\" and \"Service\" could each be service_area: keep the line that is right (or "
                         "list both,"));
    CHECK(has_line(text, "# service_area = \"Team\"                 # 1 row"));
    CHECK(has_line(text, "# service_area = \"Service\"              # 1 row"));

    // With the method found under its own name, "Type" may be the route: still asked.
    const std::string narrowed = starter("Ref,Received,Type,Method,Team\nA,01/04/2023,Statutory,Email,T\n");
    CHECK(strings_at(parsed(narrowed), "columns.complaints") == Strings{{"reference", "Ref"}, {"service_area", "Team"}});
    CHECK(has_line(narrowed, "# route = \"Type\"                        # TODO: \"Type\" (1 row) may be route (the name "
                             "could also mean method): keep this line if so"));

    // A required column nothing names.
    const std::string missing = starter("Ref,Received,Method,Team\nA,01/04/2023,Email,T\n");
    CHECK(has_line(missing, aligned("# route = \"\"", "TODO: required, and no header looked like it: name the export's "
                                                     "column (docs/input-format.md says what it holds)")));

    // The contract's own name wins over a name that only looks like it.
    const std::string own = starter("Reference,Received,Route,Stage,Method,Service_Area\nA,01/04/2023,Statutory,Stage 1,Email,T\n");
    CHECK(strings_at(parsed(own), "columns.complaints").empty());
    CHECK(has_line(own, "# \"Stage\" looks like route too, but the column named route is the one read"));
}

TEST_CASE("init: a column per stage becomes a list, the latest stage first (received: the first)") {
    const std::string text = starter(
        "Ref,Stage 1 Date Received,Stage 2 Date Received,Stage 1 Outcome,Stage 2 Outcome,Outcome Stage 3,Route\n"
        "A,01/04/2023,,Upheld,,,Statutory\n");
    const auto t = parsed(text);
    CHECK(list_at(t, "columns.complaints.received") ==
          std::vector<std::string>{"Stage 1 Date Received", "Stage 2 Date Received"});
    CHECK(list_at(t, "columns.complaints.outcome") ==
          std::vector<std::string>{"Outcome Stage 3", "Stage 2 Outcome", "Stage 1 Outcome"});
    const auto with_plain = parsed(starter("Ref,Received,Stage 2 Outcome,Final Outcome,Route\nA,01/04/2023,,Upheld,Statutory\n"));
    CHECK(list_at(with_plain, "columns.complaints.outcome") == std::vector<std::string>{"Stage 2 Outcome", "Final Outcome"});
    // Two stage-less outcome columns are not that pattern.
    const std::string two = starter("Ref,Received,Result,Final Outcome,Route\nA,01/04/2023,Upheld,Upheld,Statutory\n");
    CHECK_FALSE(parsed(two).at_path("columns.complaints.outcome"));
    CHECK(two.find("# TODO: \"Result\" and \"Final Outcome\" could each be outcome") != std::string::npos);
}

TEST_CASE("init: concern categories in complaints.csv columns, when there is no concerns.csv") {
    const std::string csv = "Ref,Received,Route,Issue 1,Issue 2,Sub Issue 1,Sub Issue 2\n"
                            "A,01/04/2023,Statutory,Delay,Care,Late,Fees\nB,01/04/2023,Statutory,,,,\n";
    const auto t = parsed(starter(csv));
    CHECK(list_at(t, "concerns.categories") == std::vector<std::string>{"Issue 1", "Issue 2"});
    CHECK(list_at(t, "concerns.subcategories") == std::vector<std::string>{"Sub Issue 1", "Sub Issue 2"});
    CHECK_FALSE(t.at_path("concerns.separator"));
    // Several categories in a cell: a separator, unless there are subcategories to pair (then
    // the officer chooses: the loader cannot do both).
    const std::string several = starter("Ref,Received,Route,Issue 1,Issue 2,Sub Issue 1,Sub Issue 2\n"
                                        "A,01/04/2023,Statutory,Delay;Cost,Care,Late,Fees\n");
    CHECK_FALSE(parsed(several).at_path("concerns.subcategories"));
    CHECK_FALSE(parsed(several).at_path("concerns.separator"));
    CHECK(several.find("# TODO: some category cells list several categories separated by \";\" (e.g. \"Delay;Cost\"), "
                       "and a cell\n") != std::string::npos);
    CHECK(has_line(several, "# subcategories = [\"Sub Issue 1\", \"Sub Issue 2\"]"));
    CHECK(has_line(several, "# separator = \";\""));
    const auto split = parsed(starter("Ref,Received,Route,Category\nA,01/04/2023,Statutory,Delay; Cost\n"));
    CHECK(list_at(split, "concerns.categories") == std::vector<std::string>{"Category"});
    CHECK(split.at_path("concerns.separator").value<std::string>() == ";");
    // Subcategories that do not pair: left out, and said.
    const std::string unpaired = starter("Ref,Received,Route,Issue 1,Issue 2,Sub Issue 1\nA,01/04/2023,Statutory,X,Y,Z\n");
    CHECK(list_at(parsed(unpaired), "concerns.subcategories").empty());
    CHECK(unpaired.find("the subcategory columns do not pair one to one") != std::string::npos);
    // With a concerns.csv, nothing.
    const auto with_file = folder({{"complaints.csv", csv}, {"concerns.csv", "reference,category\nA,Delay\n"}});
    CHECK_FALSE(parsed(starter_settings(with_file)).contains("concerns"));
}

TEST_CASE("init: the other files, their encodings, and files it cannot read") {
    FolderInspection f = folder({{"complaints.csv", "Ref,Received,Route\nA,01/04/2023,Statutory\nB,01/04/2023,Informal \x92\n"},
                                 {"compliments.csv", "Date,Team,Compliment\n2023-04-01,T,Caf\xC3\xA9 staff were kind\n"},
                                 {"lgsco.csv", std::string("\xFF\xFE" "r\0e\0f\0", 8)}});
    f.other_files = {"Regional benchmarking.csv", "Compliments 2022.csv", "notes.xlsx"};
    CHECK(f.files[2].problem.starts_with("the file is saved as UTF-16"));
    CHECK(f.files[2].problem_line == 1);
    const std::string text = starter_settings(f);
    const auto t = parsed(text);
    CHECK(t.at_path("input.encoding").value<std::string>() == "windows-1252");
    CHECK(text.find("# TODO: compliments.csv is saved as UTF-8 and has accented or other non-ASCII characters") !=
          std::string::npos);
    CHECK(text.find("# TODO: lgsco.csv:1: the file is saved as UTF-16, not UTF-8; save it as \"CSV UTF-8\"") != std::string::npos);
    CHECK(strings_at(t, "columns.compliments") == Strings{{"received", "Date"}, {"service_area", "Team"}, {"text", "Compliment"}});
    CHECK(has_line(text, "#   \"Regional benchmarking.csv\": if this is the regional export, rename it regional.csv"));
    CHECK(has_line(text, "#   \"Compliments 2022.csv\""));  // there is a compliments.csv
    CHECK(has_line(text, "#   \"notes.xlsx\": a spreadsheet; ascreport reads CSV files"));
}

TEST_CASE("init: every key and value is quoted and escaped, so any export gives valid TOML") {
    // Headers and spellings with quotes, backslashes, control characters and a line break in
    // quotes: placed ones become keys and values, unplaced ones TODO comments.
    const std::string csv = "\"Case \"\"Ref\"\"\\\",Received,Route,Method,Gender\n"
                            "A,01/04/2023,Statutory,\"E-mail\"\"\",\"N\x01K\"\n"
                            "B,01/04/2023,\"Fax\\\"\"x\"\"\",\"Tele\tphone\",\"Line\nbreak\"\n"
                            "C,01/04/2023,\"Bell\x07\x7F\",Email,Female\n";
    const std::string text = starter(csv);
    const auto t = parsed(text);
    CHECK(strings_at(t, "columns.complaints") == Strings{{"reference", "Case \"Ref\"\\"}});
    CHECK(strings_at(t, "values.method") == Strings{{"E-mail\"", "Email"}});
    CHECK(strings_at(t, "values.gender") == Strings{{"N\x01K", "N/A"}});
    CHECK(has_line(text, aligned("\"N\\u0001K\" = \"N/A\"", "1 row; counts as not available (N/A)")));
    CHECK(text.find("# \"Fax\\\\\\\"x\\\"\" = \"\"") != std::string::npos);
    CHECK(text.find("# \"Bell\\u0007\\u007F\" = \"\"") != std::string::npos);
    CHECK(text.find("# \"Tele\\tphone\" = \"\"") != std::string::npos);
    CHECK(text.find("# \"Line break\" = \"\"") != std::string::npos);  // a line break in quotes reads as a space

    CHECK(ascreport::toml_quoted("a\xFF" "b") == "\"a\\uFFFDb\"");  // not UTF-8
    CHECK(ascreport::toml_quoted("\xC2\x85") == "\"\\u0085\"");    // a C1 control (an unassigned Windows-1252 byte)
    CHECK(ascreport::toml_quoted("caf\xC3\xA9 \xE2\x80\x99") == "\"caf\xC3\xA9 \xE2\x80\x99\"");
}

TEST_CASE("init: what toml_quoted writes, load_settings reads back as the same text") {
    // Quotes, backslashes, every kind of control character, letters of other scripts, an emoji,
    // the line separators TOML has no bare form for, a C1 control, U+FFFD itself.
    const std::vector<std::string> headers = {
        "Case \"Ref\"", "C:\\exports\\", "Tab\there", "Line\nbreak", "CR\r\f\b", "Bell\x07\x7F\x1B[2J",
        "Caf\xC3\xA9 \xE2\x80\x99s", "\xE4\xB8\xAD\xE6\x96\x87", "Smile \xF0\x9F\x98\x8A", "Sep\xE2\x80\xA8" "arator",
        "C1 \xC2\x81 and \xC2\x85", "\xEF\xBF\xBD already", "'single' quotes", "a = b # not a comment"};
    for (const std::string& h : headers) {
        INFO(h);
        const auto r = ascreport::load_settings_text("[columns.complaints]\nreference = " + ascreport::toml_quoted(h) + "\n", "report.toml");
        CHECK_FALSE(r.diagnostics.has_errors());
        CHECK(r.settings.input.headers_for("complaints", "reference") == std::vector<std::string>{h});
    }
    // Text load_settings itself trims or refuses as a header is still TOML that reads back.
    for (const std::string h : {"", " padded "})
        CHECK(parsed("k = " + ascreport::toml_quoted(h) + "\n")["k"].value<std::string>() == h);
    // Bytes that are not UTF-8 cannot be TOML: they read back as U+FFFD, as the text shows them.
    const auto r = ascreport::load_settings_text("[columns.complaints]\nreference = " + ascreport::toml_quoted("a\xFF" "b\xC3") + "\n", "report.toml");
    CHECK(r.settings.input.headers_for("complaints", "reference") == std::vector<std::string>{"a\xEF\xBF\xBD" "b\xEF\xBF\xBD"});

    // And through init: a header it places, and the spellings it leaves for the user to settle
    // (`# "spelling" = ""`), read back as the export has them once the user completes them.
    const std::string csv = "\"Case \"\"Ref\"\"\\\",Received,Route,Method,Gender\n"
                            "A,01/04/2023,Statutory,\"E-mail \"\"\xE4\xB8\xAD\"\"\\\",\xC2\x81 F\xC3\xA9male \xF0\x9F\x98\x8A\n";
    std::string text = starter(csv);
    int completed = 0;
    for (std::size_t at = 0; (at = text.find("\n# \"", at)) != std::string::npos; ++completed) {
        text.erase(at + 1, 2);
        text.insert(text.find(" = \"\"", at) + 4, "Other");
    }
    CHECK(completed == 2);
    const auto settings = ascreport::load_settings_text(text, "report.toml");
    for (const auto& d : settings.diagnostics.items) WARN(d.message);
    CHECK_FALSE(settings.diagnostics.has_errors());
    CHECK(settings.settings.input.headers_for("complaints", "reference") == std::vector<std::string>{"Case \"Ref\"\\"});
    const auto t = parsed(text);
    CHECK(strings_at(t, "values.method") == Strings{{"E-mail \"\xE4\xB8\xAD\"\\", "Other"}});
    CHECK(strings_at(t, "values.gender") == Strings{{"\xC2\x81 F\xC3\xA9male \xF0\x9F\x98\x8A", "Other"}});
}

TEST_CASE("init: distinct values are kept up to the limit, and the rest counted") {
    std::string csv = "Ref,Received,Route,Method\n";
    for (int i = 0; i < 30; ++i) csv += "R" + std::to_string(i) + ",01/04/2023,Statutory,M" + std::to_string(i % 12) + "\n";
    const FileInspection f = inspect_bytes("complaints.csv", csv, {.max_values = 10});
    const auto& method = column(f, "Method");
    CHECK(method.values.size() == 10);
    CHECK(method.more_values);
    CHECK(method.rows_not_kept == 4);  // M10 and M11, twice each
    FolderInspection in;
    in.folder = "x";
    in.files.push_back(f);
    const std::string text = starter_settings(in);
    CHECK(text.find("# (The column has more different spellings than init lists: those of 4 rows are left out. Is it") !=
          std::string::npos);
}

TEST_CASE("init on the sample data proposes what its report.toml maps") {
    const std::filesystem::path dir = std::filesystem::path(::test::source_dir()) / "data-samples";
    const auto r = ascreport::inspect_folder(dir);
    REQUIRE(r.inspection);
    CHECK(r.inspection->has_settings);
    const auto t = parsed(starter_settings(*r.inspection));
    const auto sample = toml::parse_file((dir / "report.toml").string());
    for (const char* table : {"columns.complaints", "columns.concerns", "columns.compliments", "columns.lgsco",
                              "columns.regional", "values.route", "values.gender", "values.age_band"})
        CHECK(strings_at(t, table).empty());
    CHECK(strings_at(t, "values.outcome") == strings_at(sample, "values.outcome"));
    CHECK(strings_at(t, "values.method") == strings_at(sample, "values.method"));
    CHECK_FALSE(t.at_path("input.encoding"));
    CHECK_FALSE(t.at_path("input.date_format"));
}

TEST_CASE("docs/init.md lists every name init knows") {
    std::ifstream in(std::string(::test::source_dir()) + "/docs/init.md");
    std::stringstream buf;
    buf << in.rdbuf();
    const std::string doc = buf.str();
    REQUIRE_FALSE(doc.empty());
    auto listed = [&](std::string_view names) {
        for (std::size_t i = 0; i <= names.size();) {
            const auto bar = std::min(names.find('|', i), names.size());
            const std::string name(names.substr(i, bar - i));
            INFO(name);
            CHECK(doc.find(name) != std::string::npos);
            i = bar + 1;
        }
    };
    namespace n = ascreport::init;
    for (const auto& h : n::kHeaderNames) listed(h.names);
    for (const auto& v : n::kValueNames) listed(v.names);
    for (auto names : {n::kNotKnown, n::kNone, n::kNotSaid, n::kStillOpen, n::kCategoryHeaders, n::kSubcategoryHeaders,
                       n::kRequestedNames, n::kPanelNames, n::kStageHeaders})
        listed(names);
}

TEST_CASE("init: whatever the export holds, the output is TOML (random exports)") {
    // Cells drawn from names init places, spellings it does not, and bytes that need care.
    const std::vector<std::string> cells = {
        "Case Reference", "Date Received", "Stage", "Type", "Team", "Service", "Outcome", "Stage 2 Outcome", "Age",
        "Issue 1", "Sub Issue 1", "E-mail", "Not Known", "N/A", "65+", "18 - 24", "Partially Upheld", "01/04/2023",
        "04/13/2023 9:15", "2023-04-01", "\"quoted, with comma\"", "\"two\"\"quotes\"", "\"line\r\nbreak\"", "back\\slash",
        "\x01\x02\x1F\x7F", "\x92\xE9", "\xC3\xA9", "\xE2\x80\x99", "\xFF\xFE", "\xC2\x85", "[values.x]", "a = \"b\"",
        "# not a comment", "", " ", "\t", "\"", "Issue 2;x"};
    std::uint32_t seed = 12345;
    auto next = [&] { return seed = seed * 1664525u + 1013904223u; };
    for (int round = 0; round < 300; ++round) {
        std::string csv;
        const std::size_t width = 1 + next() % 8, height = next() % 6 + 1;
        for (std::size_t r = 0; r <= height; ++r) {
            for (std::size_t c = 0; c < width + (next() % 5 == 0 ? 1 : 0); ++c)
                csv += (c ? "," : "") + cells[next() % cells.size()];
            csv += next() % 2 ? "\r\n" : "\n";
        }
        INFO("round " << round << ": " << csv);
        const std::string text = starter(csv);
        try {
            (void)toml::parse(text);
        } catch (const toml::parse_error& e) {
            FAIL("not TOML: " << e.description() << " at line " << e.source().begin.line << "\n" << text);
        }
    }
}

TEST_CASE("init: a header named twice is a TODO, as the loader refuses it") {
    const std::string text = starter("Ref,Received,Route,Outcome,outcome\nA,01/04/2023,Statutory,Upheld,\n");
    CHECK(text.find("# TODO: the header names \"outcome\" twice (fields 4 and 5); rename one in the export, or remove "
                    "it\n") != std::string::npos);
}

TEST_CASE("init: a file it cannot read, or stopped reading, is worded as the loader words it") {
    const FileInspection empty = inspect_bytes("regional.csv", "\n,,\n");
    CHECK(empty.problem == "the file is empty; its first line must be a header naming the columns, e.g. "
                           "year,authority,cases");
    CHECK(empty.problem_line == 1);

    const FileInspection nul = inspect_bytes("concerns.csv", std::string("reference,category\nA1,De\0lay\n", 29));
    CHECK(nul.problem == "the file contains NUL bytes (1, the first on this line), so it is not a text CSV file; export "
                         "it again as CSV (UTF-8)");
    CHECK(nul.problem_line == 2);
    CHECK(nul.columns.empty());

    // The header is the first row that holds a value, as the loader takes it.
    const FileInspection quote = inspect_bytes("concerns.csv", ",,\nreference,category\nA1,Delay\nA2,\"Cost\nA3,Delay\n");
    CHECK(quote.problem.empty());
    REQUIRE(quote.columns.size() == 2);
    CHECK(quote.columns[0].header == "reference");
    CHECK(quote.rows == 1);
    CHECK(quote.empty_rows == 1);
    CHECK(quote.stopped == "concerns.csv:4: a quote opened on this line is never closed, so the rest of the file reads as "
                           "one value; close the quote or remove it");
    CHECK(starter_settings(folder({{"complaints.csv", "reference,received,route,method,service_area\n"},
                                   {"concerns.csv", ",,\nreference,category\nA1,Delay\nA2,\"Cost\nA3,Delay\n"}}))
              .find("# TODO: concerns.csv:4: a quote opened on this line is never closed,") != std::string::npos);
}

TEST_CASE("init proposes the columns of regimes and stages where the export's headers name them") {
    const std::string text = starter(
        "Case Ref,Date Received,Date Closed,Outcome,Route,Method,Team,Complaint Regime,Date Acknowledged,"
        "Extended Until,Stage 2 Requested,Stage 2 Outcome,Stage 2 Responded,Stage 2 Acknowledged,Complainant Type,"
        "Advocacy,Remedies,Complaint Refused,Reason Refused,Reason for Fault,Mediation,Compensation,"
        "Stage 3 Date Requested,Stage 3 Panel,Stage 3 Outcome\n"
        "C1,2024-04-01,2024-04-10,Upheld,Statutory,Email,X,Children,2024-04-02,,2024-04-15,Upheld,2024-05-01,"
        "2024-04-16,Parent,Y,Apology,,,,No,,,,\n");
    const toml::table t = parsed(text);
    CHECK(strings_at(t, "columns.complaints") == Strings{{"reference", "Case Ref"},
                                                         {"received", "Date Received"},
                                                         {"responded", "Date Closed"},
                                                         {"service_area", "Team"},
                                                         {"regime", "Complaint Regime"},
                                                         {"acknowledged", "Date Acknowledged"},
                                                         {"extended_to", "Extended Until"},
                                                         {"stage2_requested", "Stage 2 Requested"},
                                                         {"stage2_acknowledged", "Stage 2 Acknowledged"},
                                                         {"stage2_responded", "Stage 2 Responded"},
                                                         {"stage2_outcome", "Stage 2 Outcome"},
                                                         {"stage3_requested", "Stage 3 Date Requested"},
                                                         {"stage3_outcome", "Stage 3 Outcome"},
                                                         {"stage3_panel", "Stage 3 Panel"},
                                                         {"complainant", "Complainant Type"},
                                                         {"advocate", "Advocacy"},
                                                         {"dispute_resolution", "Mediation"},
                                                         {"remedy", "Remedies"},
                                                         {"remedy_amount", "Compensation"},
                                                         {"fault_reason", "Reason for Fault"},
                                                         {"refused", "Complaint Refused"},
                                                         {"refused_reason", "Reason Refused"}});
    CHECK(strings_at(t, "values.regime") == Strings{{"Children", "Children's social care"}});
    CHECK(strings_at(t, "values.advocate") == Strings{{"Y", "Yes"}});
    // Their columns are not listed as missing where the export has none.
    CHECK(text.find("# Not found (optional, may be left out): provider, gender, age_band, ethnicity, disability, "
                    "extended\n") != std::string::npos);

    // Without a stage's requested date, its staged headers are one column split by stage, as before.
    const toml::table old = parsed(starter("Case Ref,Date Received,Route,Method,Team,Stage 1 Outcome,Stage 2 Outcome\n"
                                           "C1,2024-04-01,Statutory,Email,X,Upheld,\n"));
    CHECK(old.at_path("columns.complaints.outcome").as_array() != nullptr);
    CHECK_FALSE(old.at_path("columns.complaints.stage2_outcome"));
}
