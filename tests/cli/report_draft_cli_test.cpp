// End-to-end: `ascreport report` from whatever the council has. A draft from complaints.csv
// alone, the summary of what it lacks, --final, --out -, and the template found wherever the
// binary is run from (also once installed).
#include <catch2/catch.hpp>

#include <fstream>
#include <regex>

#include "test_support.hpp"

namespace fs = std::filesystem;

namespace {

const std::string kSamples = std::string(::test::source_dir()) + "/data-samples";
const std::string kEpoch = "SOURCE_DATE_EPOCH=1727740800";

// The sample's complaints.csv with the two spellings its report.toml maps, so that it loads
// without report.toml. `only_year`: keep the 2023/24 rows alone (no earlier data).
void write_complaints(const test::TempDir& d, bool only_year) {
    std::ifstream in(kSamples + "/complaints.csv");
    std::string out, line;
    bool header = true;
    while (std::getline(in, line)) {
        line = std::regex_replace(line, std::regex("Partially upheld"), "Partly upheld");
        line = std::regex_replace(line, std::regex("Contact Center/Form"), "Contact centre/form");
        // References are ASC-YY-NNNN by the year received: ASC-23- is 2023/24.
        if (header || !only_year || line.starts_with("ASC-23-")) out += line + "\n";
        header = false;
    }
    d.write("complaints.csv", out);
}

std::string pdf_text(const fs::path& pdf) { return test::pdf_text(pdf); }

// What a data folder of complaints.csv alone leaves of regulation 18's items unstated in the
// shipped template (its template.toml, docs/templates.md "Required items").
std::string regulation_18_lacks(const test::TempDir& d) {
    const std::string toml = std::string(::test::source_dir()) + "/report-templates/annual-report/template.toml";
    const std::string narrative = d.str() + "/narrative/";
    return "  - " + toml + ":40: [[required]] \"the number of complaints referred to the Ombudsman\" (regulation "
           "18(1)(c)): not stated: the report does not print lgsco.new (give the data file that prints it, or print it in "
           "the template)\n"
           "  - " + toml + ":45: [[required]] \"a summary of the subject matter of complaints\" (regulation 18(1)(d)): "
           "not stated: the report does not print category (give the data file that prints it, or print it in the "
           "template)\n"
           "  - " + toml + ":50: [[required]] \"a summary of matters of general importance arising from complaints or "
           "the way they were handled\" (regulation 18(1)(d)): not stated: {{text key-learning}} and {{text "
           "timescale-notes}} print the template's \"[To be written: ...]\" (write it in " + narrative + ")\n"
           "  - " + toml + ":55: [[required]] \"a summary of the action taken or to be taken to improve services\" "
           "(regulation 18(1)(d)): not stated: {{text learning-points}} prints the template's \"[To be written: ...]\" "
           "(write it in " + narrative + ")\n";
}

std::string lacks(const test::TempDir& d, const std::string& figures) {
    return "  - the year's own text in " + d.str() +
           "/narrative/: key-learning.md, timescale-notes.md, learning-points.md, service-area-notes.md and "
           "closing-notes.md (the template's \"[To be written: ...]\" is printed in their place)\n"
           "  - report.toml [council]: name and published\n"
           "  - report.toml [contact]: phone, email, web and complaints_web\n"
           "  - report.toml [[contact.people]]: the officers who handle complaints, for {{contacts}}\n"
           "  - report.toml [figures]: " + figures + "\n" + regulation_18_lacks(d);
}

}  // namespace

TEST_CASE("report: a data folder with complaints.csv alone gets a sound draft and a list of what it lacks") {
    test::TempDir d;
    write_complaints(d, false);
    const auto pdf = d.path() / "r.pdf";
    const auto r = test::run("report --data " + d.str() + " --year 2023/24 --out " + pdf.string(), kEpoch);
    REQUIRE(r.status == 0);
    CHECK(r.out == "wrote " + pdf.string() + "\n");
    CHECK(r.err == "ascreport report: this draft still lacks:\n" + lacks(d, "long_term_support for 2023/24") +
                       "ascreport report: report --final refuses to write the report until each of these is given\n");
    const std::string text = pdf_text(pdf);
    CHECK(text.find("{{") == std::string::npos);
    CHECK(text.find(" on ,") == std::string::npos);
    CHECK(text.find("by phone") == std::string::npos);
    CHECK(std::regex_search(text, std::regex(R"(explained on the Council’s\s+website\.)")));
    CHECK(std::regex_search(text, std::regex(R"(always\s+welcome\.)")));
    CHECK(std::regex_search(text, std::regex(R"(against\s+66\s+in\s+2022/23)")));  // the data goes back: compared
}

TEST_CASE("report: a year with no records before it is not compared with zero") {
    test::TempDir d;
    write_complaints(d, true);
    const auto pdf = d.path() / "r.pdf";
    const auto r = test::run("report --data " + d.str() + " --year 2023/24 --out " + pdf.string(), kEpoch);
    REQUIRE(r.status == 0);
    CHECK(r.err.find("[figures]: long_term_support for 2023/24; timescale_percent for 2022/23\n") != std::string::npos);
    const std::string text = pdf_text(pdf);
    CHECK(std::regex_search(text, std::regex(R"(Upheld\s+6\s+10%\s+no data)")));
    CHECK(std::regex_search(text, std::regex(R"(Total\s+59\s+100%\s+no data)")));
    CHECK(std::regex_search(text, std::regex(R"(The\s+data\s+does\s+not\s+cover\s+the\s+whole\s+of\s+2022/23)")));
    CHECK(text.find("against 0") == std::string::npos);
    CHECK(text.find("compared with 0") == std::string::npos);
    CHECK(text.find("(0 in 2022/23") == std::string::npos);
    CHECK(text.find("{{") == std::string::npos);
}

TEST_CASE("report --final refuses a draft that lacks anything: exit 4, nothing written") {
    test::TempDir d;
    write_complaints(d, false);
    const auto pdf = d.path() / "r.pdf";
    const auto r = test::run("report --data " + d.str() + " --year 2023/24 --final --out " + pdf.string(), kEpoch);
    CHECK(r.status == 4);
    CHECK(r.out.empty());
    CHECK(r.err == "ascreport report: --final: the report is not ready to publish; it still lacks:\n" +
                       lacks(d, "long_term_support for 2023/24") +
                       "ascreport report: no report was written; give each of these, or leave out --final for a draft\n");
    CHECK_FALSE(fs::exists(pdf));
    const auto to_stdout = test::run("report --data " + d.str() + " --year 2023/24 --final --out -", kEpoch);
    CHECK(to_stdout.status == 4);
    CHECK(to_stdout.out.empty());
    std::size_t files = 0;
    for (const auto& e : fs::directory_iterator(d.path())) files += e.is_regular_file();
    CHECK(files == 1);  // complaints.csv: no report, no temporary file
}

TEST_CASE("report --final on the sample data writes the report: it lacks nothing") {
    test::TempDir d;
    const auto pdf = d.path() / "r.pdf";
    const auto r = test::run("report --data " + kSamples + " --year 2023/24 --final --out " + pdf.string(), kEpoch);
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    CHECK(fs::exists(pdf));
}

TEST_CASE("report --out - writes the PDF to standard output") {
    const auto r = test::run("report --data " + kSamples + " --year 2023/24 --out -", kEpoch);
    REQUIRE(r.status == 0);
    CHECK(r.out.starts_with("%PDF-"));
    CHECK(r.out.find("wrote") == std::string::npos);
    CHECK(r.err.empty());
    test::TempDir d;
    const auto file = d.path() / "r.pdf";
    REQUIRE(test::run("report --data " + kSamples + " --year 2023/24 --out " + file.string(), kEpoch).status == 0);
    CHECK(r.out == test::slurp(file));  // the same bytes as the file
}

TEST_CASE("report --out - to a full disk is exit 3", "[needs-dev-full]") {
    const auto full = test::run("report --data " + kSamples + " --year 2023/24 --out -", kEpoch, "/dev/full");
    CHECK(full.status == 3);
    CHECK(full.err.starts_with("ascreport report: could not write to standard output"));
}

TEST_CASE("report finds the shipped template wherever it is run from") {
    test::TempDir elsewhere;
    const auto r = test::run("report --data " + kSamples + " --year 2023/24 --out r.pdf",
                             "cd " + elsewhere.str() + " && " + kEpoch);
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    CHECK(fs::exists(elsewhere.path() / "r.pdf"));
}

TEST_CASE("an installed ascreport finds the template installed beside it") {
    test::TempDir prefix, elsewhere;
    const fs::path build = fs::path(::test::binary()).parent_path();
    REQUIRE(test::shell("cmake --install " + build.string() + " --prefix " + prefix.str()).status == 0);
    const fs::path installed = prefix.path() / "bin/ascreport";
    const fs::path toml = prefix.path() / "share/ascreport/report-templates/annual-report/template.toml";
    REQUIRE(fs::exists(installed));
    REQUIRE(fs::exists(toml));
    // Mark the installed copy, to see that it is the one used (the source tree has one too).
    std::string text = test::slurp(toml);
    text = std::regex_replace(text, std::regex("title = \"[^\"]*\""), "title = \"Installed Template Report\"");
    std::ofstream(toml) << text;
    const auto r = test::shell("cd " + elsewhere.str() + " && " + kEpoch + " " + installed.string() + " report --data " +
                               kSamples + " --year 2023/24 --out r.pdf");
    REQUIRE(r.status == 0);
    CHECK(r.err.empty());
    CHECK(pdf_text(elsewhere.path() / "r.pdf").find("Installed Template Report") != std::string::npos);
}
