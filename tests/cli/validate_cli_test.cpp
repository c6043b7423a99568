// End-to-end: the real binary's `validate` output and exit statuses.
#include <catch2/catch.hpp>

#include "test_support.hpp"

namespace {
// validate's list of the columns read, for a complaints.csv of the five required columns.
const std::string kColumns = "Columns read (the contract's column: the header in the file):\n"
                             "  complaints.csv\n"
                             "    reference       \"reference\"\n"
                             "    received        \"received\"\n"
                             "    responded       (not in the file)\n"
                             "    route           \"route\"\n"
                             "    outcome         (not in the file)\n"
                             "    method          \"method\"\n"
                             "    service_area    \"service_area\"\n"
                             "    provider        (not in the file)\n"
                             "    gender          (not in the file)\n"
                             "    age_band        (not in the file)\n"
                             "    ethnicity       (not in the file)\n"
                             "    disability      (not in the file)\n"
                             "    extended        (not in the file)\n";
}  // namespace

TEST_CASE("validate prints the summary of a valid folder and exits 0") {
    test::TempDir d;
    d.write("complaints.csv", "reference,received,route,method,service_area\n"
                              "A1,2023-04-01,Statutory,Email,X\nA2,2024-04-01,Informal,Email,X\n");
    const auto r = test::run("validate --data " + d.str());
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    CHECK(r.out == d.str() + ": valid\n\n"
                             "  file                  rows   2023/24   2024/25\n"
                             "  complaints.csv           2         1         1\n"
                             "  concerns.csv        absent\n"
                             "  compliments.csv     absent\n"
                             "  lgsco.csv           absent\n"
                             "  regional.csv        absent\n"
                             "  report.toml      absent (defaults)\n\n" + kColumns +
                             "\nPartial years (a year is whole when its file holds records in each of its four quarters, or "
                             "from [input] records_start; docs/settings.md):\n"
                             "  2023/24 is treated as partial: complaints only from 1 April 2023 (no complaint received in "
                             "July-September 2023, October-December 2023 or January-March 2024); it is not compared with "
                             "2024/25\n\n"
                             "No warnings.\n");
}

TEST_CASE("validate reports data errors on stderr and exits 1") {
    test::TempDir d;
    d.write("complaints.csv", "reference,received,route,method,service_area\nA1,2023-04-01,Statutory,Fax,X\n");
    const auto r = test::run("validate --data " + d.str());
    CHECK(r.status == 1);
    CHECK(r.out == kColumns + "\n");  // which header each column was read from, to find a wrong mapping
    CHECK(r.err == d.str() + "/complaints.csv:2: column method: \"Fax\" is not an accepted value; use one of: Email, "
                             "Contact centre/form, Letter, Phone, In person, Social media, Other; to accept this "
                             "spelling, map it in report.toml: [values.method] \"Fax\" = \"<one of the values above>\"\n"
                             "1 error in " + d.str() + "; fix it and run again (docs/input-format.md describes each file)\n");
}

TEST_CASE("validate exits 2 for usage and settings errors") {
    test::TempDir d;
    CHECK(test::run("validate").status == 2);                                  // --data missing
    CHECK(test::run("validate --data " + d.str() + "/nope").status == 2);     // no such folder
    CHECK(test::run("frobnicate").status == 2);                               // no such command
    d.write("complaints.csv", "reference,received,route,method,service_area\n");
    d.write("report.toml", "[input]\nencoding = \"latin-9\"\n");
    const auto r = test::run("validate --data " + d.str());
    CHECK(r.status == 2);
    CHECK(r.err == d.str() + "/report.toml:2: input.encoding: must be \"utf-8\" or \"windows-1252\"\n");
}

TEST_CASE("validate on the sample data is clean") {
    const auto r = test::run(std::string("validate --data ") + ::test::source_dir() + "/data-samples");
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    // Every regime's rows: 80 and 73 adult social care, 184 and 201 children's social care,
    // 1268 and 1342 corporate (data-samples/README.md).
    CHECK(r.out.find("complaints.csv        3148         0      1532      1616") != std::string::npos);
}

TEST_CASE("validate shows which header each column was read from, which were not read, and notes") {
    test::TempDir d;
    d.write("complaints.csv", "Case Ref,Date Received,Date Closed,Type,Stage 1 Outcome,Stage 2 Outcome,Method,Team,"
                              "Issue,Officer\n"
                              "A1,2023-04-03,,Statutory,Withdrawn,,Email,X,Communication,Pat\n"
                              "A2,2023-04-04,2023-04-10,Statutory,Not upheld,Upheld,Email,X,,Pat\n");
    d.write("report.toml", "[columns.complaints]\nreference = \"case ref\"\nreceived = \"Date Received\"\n"
                           "responded = \"Date Closed\"\nroute = \"Type\"\n"
                           "outcome = [\"Stage 2 Outcome\", \"Stage 1 Outcome\"]\nservice_area = \"Team\"\n"
                           "[concerns]\ncategories = [\"Issue\"]\n");
    const auto r = test::run("validate --data " + d.str());
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    CHECK(r.out == d.str() + ": valid\n\n"
                             "  file                  rows   2023/24\n"
                             "  complaints.csv           2         2\n"
                             "  concerns*                1         1\n"
                             "  compliments.csv     absent\n"
                             "  lgsco.csv           absent\n"
                             "  regional.csv        absent\n"
                             "  report.toml           read\n"
                             "  * read from the complaints.csv columns that [concerns] in report.toml names\n\n"
                             "Columns read (the contract's column: the header in the file):\n"
                             "  complaints.csv\n"
                             "    reference       \"Case Ref\"\n"
                             "    received        \"Date Received\"\n"
                             "    responded       \"Date Closed\"\n"
                             "    route           \"Type\"\n"
                             "    outcome         \"Stage 2 Outcome\", else \"Stage 1 Outcome\"\n"
                             "    method          \"Method\"\n"
                             "    service_area    \"Team\"\n"
                             "    provider        (not in the file)\n"
                             "    gender          (not in the file)\n"
                             "    age_band        (not in the file)\n"
                             "    ethnicity       (not in the file)\n"
                             "    disability      (not in the file)\n"
                             "    extended        (not in the file)\n"
                             "    concerns        \"Issue\" ([concerns] categories)\n"
                             "    not read        \"Officer\"\n\n"
                             "Notes:\n"
                             "  " + d.str() + "/complaints.csv:2: column responded: note: withdrawn with no responded "
                             "date: counted in the outcome table, left out of the timescale table\n\n"
                             "No warnings.\n");
}

TEST_CASE("validate lines up the columns read however long a column's name is") {
    test::TempDir d;
    d.write("complaints.csv", "reference,received,responded,route,outcome,method,service_area,regime,stage2_requested,"
                              "stage2_acknowledged,stage2_responded,stage2_outcome,Notes\n"
                              "C1,2024-04-01,2024-04-10,Statutory,Upheld,Email,X,Children's social care,2024-04-15,"
                              "2024-04-16,2024-05-01,Upheld,n\n");
    const auto r = test::run("validate --data " + d.str());
    INFO(r.err);
    CHECK(r.status == 0);
    // stage2_acknowledged, 19 characters, sets the width: one space after it.
    const std::string expected = "Columns read (the contract's column: the header in the file):\n"
                                 "  complaints.csv\n"
                                 "    reference           \"reference\"\n"
                                 "    received            \"received\"\n"
                                 "    responded           \"responded\"\n"
                                 "    route               \"route\"\n"
                                 "    outcome             \"outcome\"\n"
                                 "    method              \"method\"\n"
                                 "    service_area        \"service_area\"\n"
                                 "    provider            (not in the file)\n"
                                 "    gender              (not in the file)\n"
                                 "    age_band            (not in the file)\n"
                                 "    ethnicity           (not in the file)\n"
                                 "    disability          (not in the file)\n"
                                 "    extended            (not in the file)\n"
                                 "    regime              \"regime\"\n"
                                 "    stage2_requested    \"stage2_requested\"\n"
                                 "    stage2_acknowledged \"stage2_acknowledged\"\n"
                                 "    stage2_responded    \"stage2_responded\"\n"
                                 "    stage2_outcome      \"stage2_outcome\"\n"
                                 "    not read            \"Notes\"\n";
    INFO(r.out);
    CHECK(r.out.find(expected) != std::string::npos);
}

TEST_CASE("a failed write to standard output is an error", "[needs-dev-full]") {
    const auto full = test::run(std::string("validate --data ") + ::test::source_dir() + "/data-samples", "", "/dev/full");
    CHECK(full.status == 3);
    CHECK(full.err == "ascreport validate: could not write to standard output: No space left on device\n");
}

TEST_CASE("an unknown command is named") {
    const auto bad = test::run("valdate --data x");
    CHECK(bad.status == 2);
    CHECK(bad.err == "ascreport: \"valdate\" is not a command; the commands are validate, breakdown, list, figures, report, init, "
                     "check-template; did you mean validate? (ascreport --help describes them)\n");
}
