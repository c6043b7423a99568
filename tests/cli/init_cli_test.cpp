// End-to-end: the real binary's `init`: its output, messages and exit statuses.
#include <catch2/catch.hpp>

#include <toml++/toml.h>

#include <filesystem>

#include "init_fixture.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;

TEST_CASE("init prints starter settings for a case system's export and exits 0") {
    test::TempDir d;
    d.write("complaints.csv", test::case_system_export());
    const auto r = test::run("init --data " + d.str());
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    CHECK(r.out.starts_with("# report.toml for " + d.str() + ", as `ascreport init` proposes it from the exports there:\n"
                            "# complaints.csv (200 rows).\n"));
    toml::table t;
    REQUIRE_NOTHROW(t = toml::parse(r.out));
    CHECK(t["values"]["method"]["E-mail"].value<std::string>() == "Email");
    CHECK(fs::directory_iterator(d.path()) != fs::directory_iterator());
    CHECK_FALSE(fs::exists(d.path() / "report.toml"));  // init never writes a file
}

TEST_CASE("init exits 2 for a missing folder or complaints.csv, naming what to do") {
    test::TempDir d;
    auto r = test::run("init --data " + d.str() + "/nope");
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(r.err == d.str() + "/nope: no such folder; --data takes the folder that holds complaints.csv\n");

    // Two files named as complaints, neither with a complaints export's headers: not guessed.
    d.write("Complaints export.csv", "Ref\n");
    d.write("Complaints 2023.csv", "Ref\n");
    r = test::run("init --data " + d.str());
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(r.err == d.str() + "/complaints.csv: is missing, and no CSV file here has the headers of a complaints "
                             "export (a reference, the date received, the route, the method and the service area); "
                             "every data folder needs complaints.csv (see docs/input-format.md); if Complaints "
                             "2023.csv is the complaints export, name it in report.toml with [files.complaints] name "
                             "= \"Complaints 2023.csv\" and its headers in [columns.complaints]; if Complaints "
                             "export.csv is the complaints export, name it in report.toml with [files.complaints] "
                             "name = \"Complaints export.csv\" and its headers in [columns.complaints]\n");
    fs::remove(d.path() / "Complaints export.csv");
    fs::remove(d.path() / "Complaints 2023.csv");

    fs::create_directory(d.path() / "complaints.csv");
    r = test::run("init --data " + d.str());
    CHECK(r.status == 2);
    CHECK(r.err == d.str() + "/complaints.csv: is a folder, not a file; the data folder must hold the CSV files directly\n");

    CHECK(test::run("init").status == 2);  // --data missing
}

TEST_CASE("init leaves an existing report.toml alone and says so") {
    test::TempDir d;
    d.write("complaints.csv", "reference,received,route,method,service_area\nA1,2023-04-01,Statutory,Email,X\n");
    d.write("report.toml", "[council]\nname = \"Anytown Council\"\n");
    const auto r = test::run("init --data " + d.str());
    CHECK(r.status == 0);
    CHECK(r.err == "ascreport init: " + d.str() +
                       "/report.toml already exists and is not changed; what follows is a suggestion to compare with it\n");
    CHECK(test::slurp(d.path() / "report.toml") == "[council]\nname = \"Anytown Council\"\n");

    // Written into report.toml by the shell: nothing to warn about.
    const auto written = test::run("init --data " + d.str(), "", d.str() + "/report.toml");
    CHECK(written.status == 0);
    CHECK(written.err.empty());
    CHECK(test::slurp(d.path() / "report.toml").starts_with("# report.toml for "));
}

TEST_CASE("init warns of a file it cannot read, and goes on") {
    test::TempDir d;
    d.write("complaints.csv", "reference,received,route,method,service_area\nA1,2023-04-01,Statutory,Email,X\n");
    d.write("lgsco.csv", std::string("\xFF\xFE" "r\0e\0f\0", 8));
    const auto r = test::run("init --data " + d.str());
    CHECK(r.status == 0);
    CHECK(r.err == d.str() + "/lgsco.csv:1: warning: the file is saved as UTF-16, not UTF-8; save it as \"CSV UTF-8\" (in "
                             "Excel: File > Save As > CSV UTF-8) and run again (init left it out; see the TODO under "
                             "[input])\n");
    CHECK(r.out.find("# TODO: lgsco.csv:1: the file is saved as UTF-16") != std::string::npos);
}

TEST_CASE("init exits 3 when standard output cannot be written", "[needs-dev-full]") {
    test::TempDir d;
    d.write("complaints.csv", "reference,received,route,method,service_area\nA1,2023-04-01,Statutory,Email,X\n");
    const auto full = test::run("init --data " + d.str(), "", "/dev/full");
    CHECK(full.status == 3);
    CHECK(full.err == "ascreport init: could not write to standard output: No space left on device\n");
}

TEST_CASE("init --help gives examples") {
    const auto r = test::run("init --help");
    CHECK(r.status == 0);
    CHECK(r.out.find("  ascreport init --data exports/2024 > exports/2024/report.toml\n") != std::string::npos);
    CHECK(r.out.find("docs/init.md") != std::string::npos);
    CHECK(test::run("--help").out.find("init") != std::string::npos);
}

TEST_CASE("a first run at a council: init, answer its TODO lines, validate, then a draft report") {
    test::TempDir d;
    d.write("complaints.csv", test::case_system_export());
    std::string settings = test::run("init --data " + d.str()).out;
    // Before the TODO lines are answered, validate names exactly them: one message each.
    d.write("report.toml", settings);
    auto checked = test::run("validate --data " + d.str());
    CHECK(checked.status == 1);
    CHECK(checked.err.find("column route: \"Stage 1\" is not an accepted value") != std::string::npos);
    CHECK(checked.err.find("column route: \"Stage 2\" is not an accepted value") != std::string::npos);
    CHECK(checked.err.find("column method: \"Fax\" is not an accepted value") != std::string::npos);
    // 205 problems on 200 rows (Fax is on five of the rows whose Stage is unknown): "N errors" counts rows.
    CHECK(checked.err.find("200 errors in ") != std::string::npos);
    // The officer answers them, as the TODO lines ask.
    for (const auto& [todo, answer] : std::vector<std::pair<std::string, std::string>>{
             {"# \"Stage 1\" = \"\"", "\"Stage 1\" = \"Statutory\""},
             {"# \"Stage 2\" = \"\"", "\"Stage 2\" = \"Statutory\""},
             {"# \"Fax\" = \"\"", "\"Fax\" = \"Other\""}}) {
        const auto at = settings.find(todo);
        REQUIRE(at != std::string::npos);
        settings.replace(at, todo.size(), answer);
    }
    d.write("report.toml", settings);
    checked = test::run("validate --data " + d.str());
    INFO(checked.err);
    CHECK(checked.status == 0);
    const auto draft = test::run("report --data " + d.str() + " --year 2023/24 --out " + d.str() + "/draft.pdf",
                                 "SOURCE_DATE_EPOCH=1727740800");
    INFO(draft.err);
    CHECK(draft.status == 0);
    CHECK(test::slurp(d.path() / "draft.pdf").starts_with("%PDF-"));
    CHECK(draft.err.find("this draft still lacks") != std::string::npos);
    // The published run refuses while the council's details are missing.
    const auto final_run = test::run("report --final --data " + d.str() + " --year 2023/24 --out " + d.str() +
                                     "/final.pdf");
    CHECK(final_run.status == 4);
    CHECK_FALSE(fs::exists(d.path() / "final.pdf"));
}
