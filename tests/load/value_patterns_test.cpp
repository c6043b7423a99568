// Issue 19, points 4 and 5: patterns in [values.COLUMN] (Excel's wildcards), one export column
// feeding several contract columns, suggestions that cannot be wrong, and ages banded from a
// whole number of years or a date of birth. Messages asserted exactly.
#include <catch2/catch.hpp>

#include "ascreport/input_mapping.hpp"
#include "ascreport/load.hpp"
#include "ascreport/wildcard.hpp"
#include "test_support.hpp"

using namespace ascreport;

namespace {

LoadResult load(const ::test::TempDir& dir) { return ::test::load_folder(dir); }
using ::test::messages;
using Lines = std::vector<std::string>;

// A packed Status column, as a report designer's export writes it.
const std::string kPackedHeader = "Ref,Received,Responded,Status,method,service_area\n";
const std::string kPackedToml =
    "[columns.complaints]\nreference = \"Ref\"\nreceived = \"Received\"\nresponded = \"Responded\"\n"
    "route = \"Status\"\noutcome = \"Status\"\n"
    "[values.route]\n\"*(ASC stage ?)*\" = \"Statutory\"\n\"*(Corporate stage ?)*\" = \"Corporate\"\n"
    "[values.outcome]\n\"Upheld (*\" = \"Upheld\"\n\"Partially upheld (*\" = \"Partly upheld\"\n"
    "\"Not upheld (*\" = \"Not upheld\"\n\"Open (*\" = \"\"\n";

}  // namespace

TEST_CASE("Excel's wildcards match the whole cell, any case, spaces collapsed") {
    CHECK(wildcard_matches_key("upheld (*", "upheld (asc stage 1) (closed)"));
    CHECK_FALSE(wildcard_matches_key("upheld (*", "partially upheld (asc stage 1)"));
    CHECK(wildcard_matches_key("*(asc stage ?)*", "not upheld (asc stage 2) (closed)"));
    CHECK_FALSE(wildcard_matches_key("*(asc stage ?)*", "not upheld (asc stage 12) (closed)"));
    CHECK(wildcard_matches_key("* - upheld - *", "closed - upheld - stage 2"));
    CHECK_FALSE(wildcard_matches_key("* - upheld - *", "closed - partially upheld - stage 2"));
    CHECK(wildcard_matches_key("a~*b", "a*b"));
    CHECK_FALSE(wildcard_matches_key("a~*b", "axb"));
    CHECK(wildcard_matches_key("what~?", "what?"));
    CHECK_FALSE(wildcard_matches_key("what~?", "whatx"));
    CHECK(wildcard_matches_key("*", ""));
    CHECK(wildcard_matches_key("caf?", "caf\xC3\xA9"));  // ? is one character, not one byte
    CHECK(has_wildcard("open (*"));
    CHECK_FALSE(has_wildcard("a~*b"));
    CHECK_FALSE(has_wildcard("Open"));
}

TEST_CASE("age bands read as ranges") {
    auto range = [](std::string_view band) {
        auto r = age_range_of(band);
        return r ? std::to_string(r->low) + "-" + std::to_string(r->high) : std::string("none");
    };
    CHECK(range("18-24") == "18-24");
    CHECK(range("18 to 24") == "18-24");
    CHECK(range("18\xE2\x80\x93" "24") == "18-24");  // an en dash, as Word types it
    CHECK(range("65+") == "65-120");
    CHECK(range("65 and over") == "65-120");
    CHECK(range("Under 16") == "0-15");
    CHECK(range("16 and under") == "0-16");
    CHECK(range("25-44 years") == "25-44");
    CHECK(range("Adults") == "none");
    CHECK(range("24-18") == "none");
    CHECK(range("Over 65") == "none");  // 65 and over, or 66 and over? Not guessed.
}

TEST_CASE("one Status cell feeds route and outcome through patterns") {
    ::test::TempDir d;
    d.write("complaints.csv", kPackedHeader +
                                  "C1,2023-04-03,2023-04-20,Partially upheld (ASC stage 1) (closed),Email,X\n"
                                  "C2,2023-04-04,2023-04-21,Not upheld (Corporate stage 1) (closed),Email,X\n"
                                  "C3,2023-04-05,,Open (ASC stage 2),Email,X\n"
                                  "C4,2023-04-06,2023-04-22,UPHELD  (asc stage 1) (closed),Email,X\n");
    d.write("report.toml", kPackedToml);
    const auto r = load(d);
    REQUIRE(messages(r, d).empty());
    const auto& c = r.dataset.complaints;
    REQUIRE(c.size() == 4);
    CHECK(c[0].route == Route::Statutory);
    CHECK(c[0].outcome == Outcome::PartlyUpheld);
    CHECK(c[1].route == Route::Corporate);
    CHECK(c[1].outcome == Outcome::NotUpheld);
    CHECK(c[2].route == Route::Statutory);
    CHECK(c[2].outcome == Outcome::Open);
    CHECK(c[3].outcome == Outcome::Upheld);
}

TEST_CASE("a whole-cell spelling wins over a pattern") {
    ::test::TempDir d;
    d.write("complaints.csv", kPackedHeader + "C1,2023-04-03,2023-04-20,Upheld (ASC stage 1) (withdrawn),Email,X\n"
                                              "C2,2023-04-03,2023-04-20,Upheld (ASC stage 1) (closed),Email,X\n");
    d.write("report.toml", kPackedToml + "\"Upheld (ASC stage 1) (withdrawn)\" = \"Withdrawn\"\n");
    const auto r = load(d);
    REQUIRE(messages(r, d).empty());
    CHECK(r.dataset.complaints[0].outcome == Outcome::Withdrawn);
    CHECK(r.dataset.complaints[1].outcome == Outcome::Upheld);
}

TEST_CASE("a value two patterns map differently is an error naming both, once per value") {
    ::test::TempDir d;
    d.write("complaints.csv", kPackedHeader + "C1,2023-04-03,2023-04-20,Upheld (ASC stage 1) (closed),Email,X\n"
                                              "C2,2023-04-04,2023-04-20,Upheld (ASC stage 1) (closed),Email,X\n"
                                              "C3,2023-04-05,2023-04-20,Not upheld (ASC stage 1) (closed),Email,X\n"
                                              "C4,2023-04-06,2023-04-20,Upheld (ASC stage 1) (closed),Email,X\n");
    // Line 15: "*upheld*" catches "Upheld (...", which line 11 maps to Upheld, and "Not upheld
    // (...", which line 13 maps to Not upheld; it agrees with neither.
    d.write("report.toml", kPackedToml + "\"*upheld*\" = \"Partly upheld\"\n");
    const auto r = load(d);
    CHECK(messages(r, d) ==
          Lines{"D/complaints.csv:2: column outcome: \"Upheld (ASC stage 1) (closed)\" matches two patterns of "
                "[values.outcome] that map it differently: \"Upheld (*\" = \"Upheld\" (report.toml line 11) and "
                "\"*upheld*\" = \"Partly upheld\" (report.toml line 15); change one so that they do not both match, or "
                "map this value as a whole cell, which wins over any pattern; the row is left out (on 3 rows: lines 2, 3 and 5)",
                "D/complaints.csv:4: column outcome: \"Not upheld (ASC stage 1) (closed)\" matches two patterns of "
                "[values.outcome] that map it differently: \"Not upheld (*\" = \"Not upheld\" (report.toml line 13) "
                "and \"*upheld*\" = \"Partly upheld\" (report.toml line 15); change one so that they do not both "
                "match, or map this value as a whole cell, which wins over any pattern; the row is left out"});
    CHECK(r.dataset.complaints.empty());
}

TEST_CASE("a stage outcome two patterns map differently names its own column") {
    ::test::TempDir d;
    d.write("complaints.csv",
            "reference,received,responded,route,outcome,method,service_area,regime,stage2_requested,"
            "stage2_responded,stage2_outcome\n"
            "C1,2024-04-01,2024-04-10,Statutory,Upheld,Email,X,Children's social care,2024-04-15,2024-05-01,"
            "Upheld (stage 2)\n");
    // "Upheld (stage 2)" matches both: line 3 maps it to Upheld, line 4 to Not upheld.
    d.write("report.toml", "[values.outcome]\n\"Upheld (*\" = \"Upheld\"\n\"*(stage 2)\" = \"Not upheld\"\n");
    const auto r = load(d);
    CHECK(messages(r, d) ==
          Lines{"D/complaints.csv:2: column stage2_outcome: \"Upheld (stage 2)\" matches two patterns of "
                "[values.outcome] that map it differently: \"Upheld (*\" = \"Upheld\" (report.toml line 2) and "
                "\"*(stage 2)\" = \"Not upheld\" (report.toml line 3); change one so that they do not both match, "
                "or map this value as a whole cell, which wins over any pattern; the row is left out"});
}

TEST_CASE("patterns map free-text columns, and concerns read from complaint columns") {
    ::test::TempDir d;
    d.write("complaints.csv", "reference,received,route,method,service_area,Issue 1,Issue 2\n"
                              "C1,2023-04-03,Statutory,Email,Older People - North,Finance - charging,\n"
                              "C2,2023-04-04,Statutory,Email,Older People - South,Finance - invoices,Safeguarding\n");
    d.write("report.toml", "[concerns]\ncategories = [\"Issue 1\", \"Issue 2\"]\n"
                           "[values.service_area]\n\"Older People*\" = \"Older People\"\n"
                           "[values.category]\n\"Finance*\" = \"Financial issues\"\n");
    const auto r = load(d);
    REQUIRE(messages(r, d).empty());
    CHECK(r.dataset.service_areas.size() == 1);
    REQUIRE(r.dataset.concerns.size() == 3);
    CHECK(r.dataset.categories.display(r.dataset.concerns[0].category) == "Financial issues");
    CHECK(r.dataset.concerns[0].category == r.dataset.concerns[1].category);
}

TEST_CASE("two contract columns may read one header only where each maps its values") {
    ::test::TempDir d;
    d.write("complaints.csv", "reference,received,route,method,service_area\n");
    d.write("report.toml", "[columns.complaints]\nroute = \"Status\"\noutcome = \"status\"\nreceived = \"Date\"\n"
                           "responded = \"Date\"\n");
    const auto r = load(d);
    CHECK(messages(r, d) ==
          Lines{"D/report.toml:5: columns.complaints.responded: names \"Date\", which columns.complaints.received names "
                "too; a header can be read as one column only, unless both are columns whose values [values.COLUMN] "
                "maps (outcome and route from one Status column)"});
}

TEST_CASE("a packed cell gets a pattern, never a whole-cell guess that could be wrong") {
    ::test::TempDir d;
    d.write("complaints.csv", "reference,received,responded,route,outcome,method,service_area\n"
                              "C1,2023-04-03,2023-04-20,Statutory,Not upheld (ASC stage 1) (closed),Email,X\n"
                              "C2,2023-04-03,,Statutory,Open (ASC stage 1),Email,X\n"
                              "C3,2023-04-03,2023-04-20,Statutory,Closed - Upheld - Stage 2,Email,X\n"
                              "C4,2023-04-03,2023-04-20,Statutory,Partially Upheld,Email,X\n"
                              "C5,2023-04-03,2023-04-20,Statutory,Not known,Email,X\n");
    const auto r = load(d);
    const std::string accepted = "is not an accepted value; use one of: Upheld, Partly upheld, Not upheld, Withdrawn "
                                 "(or leave it empty for Open); ";
    CHECK(messages(r, d) ==
          Lines{"D/complaints.csv:2: column outcome: \"Not upheld (ASC stage 1) (closed)\" " + accepted +
                    "to accept every cell that begins so, map them in report.toml with a pattern: [values.outcome] "
                    "\"Not upheld (*\" = \"Not upheld\" (a * stands for any text)",
                "D/complaints.csv:3: column outcome: \"Open (ASC stage 1)\" " + accepted +
                    "to accept every cell that begins so, map them in report.toml with a pattern: [values.outcome] "
                    "\"Open (*\" = \"Open\" (a * stands for any text)",
                "D/complaints.csv:4: column outcome: \"Closed - Upheld - Stage 2\" " + accepted +
                    "to accept this spelling, map it in report.toml: [values.outcome] \"Closed - Upheld - Stage 2\" = "
                    "\"<one of the values above>\"",
                "D/complaints.csv:5: column outcome: \"Partially Upheld\" " + accepted +
                    "to accept this spelling, map it in report.toml: [values.outcome] \"Partially Upheld\" = "
                    "\"Partly upheld\"",
                // Not known is no outcome: "Open" would be a guess, and wrong with a responded date.
                "D/complaints.csv:6: column outcome: \"Not known\" " + accepted +
                    "to accept this spelling, map it in report.toml: [values.outcome] \"Not known\" = "
                    "\"<one of the values above>\""});
    // Each suggestion, pasted, loads.
    d.write("report.toml", "[values.outcome]\n\"Not upheld (*\" = \"Not upheld\"\n\"Open (*\" = \"Open\"\n"
                           "\"Closed - Upheld - Stage 2\" = \"Upheld\"\n\"Partially Upheld\" = \"Partly upheld\"\n"
                           "\"Not known\" = \"Withdrawn\"\n");
    const auto fixed = load(d);
    CHECK(messages(fixed, d).empty());
    CHECK(fixed.dataset.complaints.size() == 5);
}

TEST_CASE("whole-number ages are banded into the contract's bands") {
    ::test::TempDir d;
    d.write("complaints.csv", "reference,received,route,method,service_area,Age\n"
                              "C1,2023-04-03,Statutory,Email,X,15\nC2,2023-04-03,Statutory,Email,X,16\n"
                              "C3,2023-04-03,Statutory,Email,X,64\nC4,2023-04-03,Statutory,Email,X,65\n"
                              "C5,2023-04-03,Statutory,Email,X,\nC6,2023-04-03,Statutory,Email,X,120\n");
    d.write("report.toml", "[columns.complaints]\nage = \"Age\"\n");
    const auto r = load(d);
    REQUIRE(messages(r, d).empty());
    const auto& c = r.dataset.complaints;
    const auto& bands = r.dataset.age_bands.vocab().values;
    CHECK(bands[c[0].age_band] == "Under 16");
    CHECK(bands[c[1].age_band] == "16-24");
    CHECK(bands[c[2].age_band] == "50-64");
    CHECK(bands[c[3].age_band] == "65+");
    CHECK(c[4].age_band == kNoAgeBand);
    CHECK(bands[c[5].age_band] == "65+");
}

TEST_CASE("ages that are not whole years 0-120, or fall in no declared band, are errors") {
    ::test::TempDir d;
    d.write("complaints.csv", "reference,received,route,method,service_area,Age\n"
                              "C1,2023-04-03,Statutory,Email,X,17\nC2,2023-04-03,Statutory,Email,X,40.5\n"
                              "C3,2023-04-03,Statutory,Email,X,121\nC4,2023-04-03,Statutory,Email,X,30\n");
    d.write("report.toml", "[input]\nage_bands = [\"18-24\", \"25 to 44\", \"45 and over\"]\n"
                           "[columns.complaints]\nage = \"Age\"\n");
    const auto r = load(d);
    CHECK(messages(r, d) ==
          Lines{"D/complaints.csv:2: column age: an age of 17 falls in none of the age bands (18-24, 25 to 44, 45 and "
                "over); add a band for it to [input] age_bands in report.toml",
                "D/complaints.csv:3: column age: \"40.5\" is not an age: [columns.complaints] age reads a whole number "
                "of years from 0 to 120 (leave the cell empty when the age is not known)",
                "D/complaints.csv:4: column age: \"121\" is not an age: [columns.complaints] age reads a whole number "
                "of years from 0 to 120 (leave the cell empty when the age is not known)"});
    REQUIRE(r.dataset.complaints.size() == 1);
    CHECK(r.dataset.age_bands.vocab().values[r.dataset.complaints[0].age_band] == "25 to 44");
}

TEST_CASE("a date of birth is banded by the age on the date received") {
    ::test::TempDir d;
    d.write("complaints.csv", "reference,received,route,method,service_area,DOB\n"
                              "C1,2023-04-03,Statutory,Email,X,04/04/1958\n"    // 64 the day before 65
                              "C2,2023-04-03,Statutory,Email,X,03/04/1958\n"    // 65 that day
                              "C3,2023-04-03,Statutory,Email,X,2023-05-01\n");  // after received
    d.write("report.toml", "[columns.complaints]\ndate_of_birth = \"DOB\"\n");
    const auto r = load(d);
    CHECK(messages(r, d) == Lines{"D/complaints.csv:4: column date_of_birth: the date of birth 2023-05-01 is after the "
                                  "received date 2023-04-03"});
    const auto& bands = r.dataset.age_bands.vocab().values;
    REQUIRE(r.dataset.complaints.size() == 2);
    CHECK(bands[r.dataset.complaints[0].age_band] == "50-64");
    CHECK(bands[r.dataset.complaints[1].age_band] == "65+");
}

TEST_CASE("age settings are checked") {
    ::test::TempDir d;
    d.write("complaints.csv", "reference,received,route,method,service_area,Age\n");
    d.write("report.toml", "[input]\nage_bands = [\"Adults\", \"18-64\", \"60+\"]\n[columns.complaints]\nage = \"Age\"\n");
    CHECK(messages(load(d), d) ==
          Lines{"D/report.toml:2: input.age_bands: \"Adults\" does not read as a range of ages, which "
                "columns.complaints.age needs to band a number of years; write each band as \"18-24\", \"18 to 24\", "
                "\"65+\", \"65 and over\" or \"Under 16\"",
                "D/report.toml:2: input.age_bands: \"60+\" overlaps \"18-64\"; an age must fall in one band only"});
    d.write("report.toml", "[columns.complaints]\nage = \"Age\"\nage_band = \"Band\"\n");
    CHECK(messages(load(d), d) ==
          Lines{"D/report.toml:1: columns.complaints.age: and columns.complaints.age_band are both set; choose one: "
                "age_band for a column that holds bands already, age for one to band"});
    d.write("report.toml", "[columns.complaints]\nage = \"Age\"\ndate_of_birth = \"DOB\"\n");
    CHECK(messages(load(d), d) ==
          Lines{"D/report.toml:1: columns.complaints: names both age and date_of_birth; choose one (a whole number of "
                "years, or a date of birth counted at the date received)"});
}
