// End-to-end: the real binary's `validate` output and exit statuses.
#include <catch2/catch.hpp>

#include "test_support.hpp"

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
                             "  report.toml      absent (defaults)\n\n"
                             "No warnings.\n");
}

TEST_CASE("validate reports data errors on stderr and exits 1") {
    test::TempDir d;
    d.write("complaints.csv", "reference,received,route,method,service_area\nA1,2023-04-01,Statutory,Fax,X\n");
    const auto r = test::run("validate --data " + d.str());
    CHECK(r.status == 1);
    CHECK(r.out.empty());
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
    const auto r = test::run(std::string("validate --data ") + ASCREPORT_SOURCE_DIR + "/data-samples");
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    CHECK(r.out.find("complaints.csv         153         0        80        73") != std::string::npos);
}
