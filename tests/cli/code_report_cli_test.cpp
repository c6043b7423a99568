// End-to-end: the shipped template of the Complaint Handling Code's annual report
// (report-templates/code-annual-report) on the sample data: a draft lists what it lacks,
// --final refuses while the self-assessment has an empty row or the Ombudsman's letter is not
// given, and with everything given both editions are written; the PDF passes the checks the
// annual report's does (qpdf, fonts embedded, PDF/A-1b, byte-identical under
// SOURCE_DATE_EPOCH), and check-template passes with and without --data. The HTML edition's
// browser check is in html_edition_test.cpp ([a11y]).
#include <catch2/catch.hpp>

#include <fstream>
#include <regex>
#include <sstream>

#include "test_support.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path kSource = ::test::source_dir();
const std::string kTemplate = "'" + (kSource / "report-templates/code-annual-report").string() + "'";
const std::string kEpoch = "SOURCE_DATE_EPOCH=1727740800";

std::string q(const fs::path& p) { return "'" + p.string() + "'"; }

// The sample data folder copied into `d`, with everything the Code's report asks for, unless
// `complete` is false: the self-assessment filled in, the service improvements, the
// Ombudsman's letter, the narrative texts.
void code_folder(const ::test::TempDir& d, bool complete = true) {
    fs::copy(kSource / "data-samples", d.path(), fs::copy_options::recursive);
    if (!complete) return;
    fs::remove_all(d.path() / "narrative");  // the adult report's texts: this report prints its own
    std::ofstream(d.path() / "report.toml", std::ios::app)
        << "\n[ombudsman_letter]\nyear = \"2023/24\"\ndecided = 52\nupheld = 30\nupheld_rate = 72\n"
           "similar_average_upheld_rate = 80\nupheld_per_100k = 2.3\nsimilar_average_per_100k = 3.1\n"
           "compliance_percent = 100\nsatisfactory_remedy_percent = 14\n";
    // The starter, each row assessed.
    std::istringstream starter(::test::slurp(kSource / "report-templates/code-annual-report/self-assessment.csv"));
    std::string filled, line;
    std::getline(starter, line);
    filled = line + "\n";
    while (std::getline(starter, line)) {
        REQUIRE(line.ends_with(",,,"));
        filled += line.substr(0, line.size() - 3) + ",Yes,Reviewed by the complaints team in March,\n";
    }
    d.write("code-self-assessment.csv", filled);
    d.write("complaint-actions.csv",
            "action,service,status\nNew acknowledgement letters that name the officer,Highways,Done\n"
            "Weekly check of open stage 1 complaints,Customer Services,In progress\n");
    d.write("narrative/service-improvements.md", "Complaints about missed bins led to new collection rounds.\n");
    d.write("narrative/non-compliance-notes.md", "Most late responses were at stage 1 during the summer.\n");
    d.write("narrative/governing-body-response.md", "Cabinet noted the report and asked for quarterly updates.\n");
}

std::vector<std::string> lines(const std::string& text, const ::test::TempDir& d) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string l; std::getline(in, l);) {
        for (auto at = l.find(d.str()); at != std::string::npos; at = l.find(d.str())) l.replace(at, d.str().size(), "D");
        out.push_back(l);
    }
    return out;
}

}  // namespace

TEST_CASE("e2e code report: a draft from the sample lists what it lacks, and --final refuses it") {
    ::test::TempDir d, out;
    code_folder(d, false);
    const auto draft = ::test::run("report --template " + kTemplate + " --data " + d.str() + " --year 2023/24 --out " +
                                   out.str() + "/code.pdf", kEpoch);
    INFO(draft.err);
    CHECK(draft.status == 0);
    CHECK(fs::exists(out.path() / "code.pdf"));
    const auto final_run = ::test::run("report --final --template " + kTemplate + " --data " + d.str() +
                                       " --year 2023/24 --out " + out.str() + "/final.pdf", kEpoch);
    CHECK(final_run.status == 4);
    CHECK_FALSE(fs::exists(out.path() / "final.pdf"));
    const std::string starter = (kSource / "report-templates/code-annual-report/self-assessment.csv").string();
    const std::string toml = (kSource / "report-templates/code-annual-report/template.toml").string();
    CHECK(lines(final_run.err, d) ==
          std::vector<std::string>{
              "ascreport report: --final: the report is not ready to publish; it still lacks:",
              "  - the year's own text in D/narrative/: non-compliance-notes.md and service-improvements.md (the "
              "template's \"[To be written: ...]\" is printed in their place)",
              "  - the year's own text in D/narrative/: governing-body-response.md (the template's \"[To be added: "
              "...]\" is printed in its place)",
              "  - the self-assessment against the Code: D/code-self-assessment.csv does not exist, so the template's "
              "starter " + starter + " is printed with \"[To be completed]\"; copy it to D/code-self-assessment.csv "
              "and fill in compliant and evidence on each row",
              "  - report.toml [ombudsman_letter]: year, decided, upheld, upheld_rate, similar_average_upheld_rate, "
              "upheld_per_100k, similar_average_per_100k, compliance_percent and satisfactory_remedy_percent",
              // The items of paragraphs 8.1 and 8.2 that template.toml declares and the draft does not state.
              "  - " + toml + ":46: [[required]] \"the service improvements made as a result of learning from "
              "complaints\" (Complaint Handling Code, paragraph 8.1): not stated: {{text service-improvements}} "
              "prints the template's \"[To be written: ...]\" (write it in D/narrative/)",
              "  - " + toml + ":56: [[required]] \"the governing body's response\" (Complaint Handling Code, "
              "paragraph 8.2): not stated: {{text governing-body-response}} prints the template's \"[To be added: "
              "...]\" (write it in D/narrative/)",
              "ascreport report: no report was written; give each of these, or leave out --final for a draft"});
}

TEST_CASE("e2e code report: --final refuses while a self-assessment row is empty, naming it") {
    ::test::TempDir d, out;
    code_folder(d);
    std::string sa = ::test::slurp(d.path() / "code-self-assessment.csv");
    // The third row (line 4) loses its evidence, the fifth (line 6) its compliant.
    std::vector<std::string> rows;
    std::istringstream in(sa);
    for (std::string l; std::getline(in, l);) rows.push_back(l);
    rows[3] = rows[3].substr(0, rows[3].rfind(",Reviewed")) + ",,";
    rows[5] = std::regex_replace(rows[5], std::regex(",Yes,Reviewed"), ",,Reviewed");
    std::string joined;
    for (const auto& r : rows) joined += r + "\n";
    d.write("code-self-assessment.csv", joined);
    const auto r = ::test::run("report --final --template " + kTemplate + " --data " + d.str() + " --year 2023/24 --out " +
                               out.str() + "/final.pdf", kEpoch);
    INFO(r.err);
    CHECK(r.status == 4);
    CHECK_FALSE(fs::exists(out.path() / "final.pdf"));
    CHECK(lines(r.err, d) ==
          std::vector<std::string>{
              "ascreport report: --final: the report is not ready to publish; it still lacks:",
              "  - the self-assessment against the Code in D/code-self-assessment.csv: compliant or evidence is empty "
              "on line 4 (2. Exclusions) and line 6 (3. Accessibility and awareness)",
              "ascreport report: no report was written; give each of these, or leave out --final for a draft"});
}

TEST_CASE("e2e code report: --final refuses without the Ombudsman's letter") {
    ::test::TempDir d, out;
    code_folder(d);
    std::string toml = ::test::slurp(d.path() / "report.toml");
    toml = toml.substr(0, toml.find("[ombudsman_letter]")) + "[ombudsman_letter]\nyear = \"2023/24\"\ndecided = 52\n";
    d.write("report.toml", toml);
    const auto r = ::test::run("report --final --template " + kTemplate + " --data " + d.str() + " --year 2023/24 --out " +
                               out.str() + "/final.pdf", kEpoch);
    CHECK(r.status == 4);
    CHECK(lines(r.err, d) ==
          std::vector<std::string>{
              "ascreport report: --final: the report is not ready to publish; it still lacks:",
              "  - report.toml [ombudsman_letter]: upheld, upheld_rate, similar_average_upheld_rate, upheld_per_100k, "
              "similar_average_per_100k, compliance_percent and satisfactory_remedy_percent",
              "ascreport report: no report was written; give each of these, or leave out --final for a draft"});
}

TEST_CASE("e2e code report: with everything given, --final writes both editions, and the PDF passes the PDF checks") {
    test::require_tool("qpdf", "qpdf");
    test::require_tool("pdffonts", "poppler-utils");
    ::test::TempDir d, out;
    code_folder(d);
    const std::string args = "report --final --template " + kTemplate + " --data " + d.str() + " --year 2023/24";
    const auto r = ::test::run(args + " --out " + out.str() + "/a.pdf --out " + out.str() + "/a.html", kEpoch);
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.err.empty());
    const fs::path pdf = out.path() / "a.pdf";
    CHECK(::test::shell("qpdf --check " + q(pdf)).out.find("No syntax or stream encoding errors found") != std::string::npos);
    // Every font embedded.
    std::istringstream fonts(::test::shell("pdffonts " + q(pdf)).out);
    std::string font;
    int listed = 0;
    for (int i = 0; std::getline(fonts, font); ++i) {
        if (i < 2) continue;
        ++listed;
        CHECK(std::regex_search(font, std::regex(R"(\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$)")));
    }
    CHECK(listed >= 2);
    // PDF/A-1b: the output intent and the XMP identification.
    const std::string qdf = ::test::shell("qpdf --qdf --object-streams=disable " + q(pdf) + " -").out;
    CHECK(qdf.find("/OutputIntents [") != std::string::npos);
    CHECK(qdf.find("<pdfaid:part>1</pdfaid:part>") != std::string::npos);
    CHECK(qdf.find("<pdfaid:conformance>B</pdfaid:conformance>") != std::string::npos);
    // The same inputs and SOURCE_DATE_EPOCH: the same bytes.
    REQUIRE(::test::run(args + " --out " + out.str() + "/b.pdf --out " + out.str() + "/b.html", kEpoch).status == 0);
    CHECK(::test::slurp(pdf) == ::test::slurp(out.path() / "b.pdf"));
    CHECK(::test::slurp(out.path() / "a.html") == ::test::slurp(out.path() / "b.html"));
    CHECK(fs::file_size(pdf) < 400 * 1024);
    CHECK(fs::file_size(out.path() / "a.html") < 400 * 1024);

    // What it says: the sections, the council's own tables, the letter beside lgsco.csv's cases.
    const std::string text = ::test::pdf_text(pdf, false);
    for (const char* heading : {"Complaint handling performance", "Complaints not accepted",
                                "Findings of non-compliance with the Code", "Service improvements",
                                "Self-assessment against the Code", "The Ombudsman’s annual letter",
                                "The governing body’s response"})
        CHECK(text.find(heading) != std::string::npos);
    CHECK(text.find("Weekly check of open stage 1 complaints") != std::string::npos);
    CHECK(text.find("Cabinet noted the report and asked for quarterly updates.") != std::string::npos);
    CHECK(text.find("[To be") == std::string::npos);
    const std::string html = ::test::slurp(out.path() / "a.html");
    CHECK(html.find("Upheld decisions per 100,000 residents") != std::string::npos);
    CHECK(html.find("Reviewed by the complaints team in March") != std::string::npos);
}

TEST_CASE("e2e code report: check-template passes on the shipped template, with and without --data") {
    const auto bare = ::test::run("check-template " + kTemplate + " --year 2023/24");
    INFO(bare.err);
    CHECK(bare.status == 0);
    CHECK(bare.err.empty());
    CHECK(bare.out.ends_with(": no problems found\n"));
    ::test::TempDir d;
    code_folder(d);
    const auto with_data = ::test::run("check-template " + kTemplate + " --data " + d.str() + " --year 2023/24");
    INFO(with_data.err);
    CHECK(with_data.status == 0);
    CHECK(with_data.err.empty());
    CHECK(with_data.out.ends_with(": no problems found\n"));
}

TEST_CASE("e2e code report: a copy of the template without the self-assessment fails check-template, naming "
          "paragraph 8.1's item") {
    ::test::TempDir t;
    fs::copy(kSource / "report-templates/code-annual-report", t.path(), fs::copy_options::recursive);
    std::string toml = ::test::slurp(t.path() / "template.toml");
    const std::size_t at = toml.find("  \"self-assessment.md\",\n");
    REQUIRE(at != std::string::npos);
    toml.erase(at, std::string("  \"self-assessment.md\",\n").size());
    t.write("template.toml", toml);
    const std::size_t line =
        1 + std::count(toml.begin(), toml.begin() + static_cast<long>(toml.find("an annual self-assessment")), '\n') - 1;
    const auto r = ::test::run("check-template " + q(t.path()) + " --year 2023/24");
    CHECK(r.status == 2);
    CHECK(lines(r.err, t) ==
          std::vector<std::string>{
              "D/template.toml:" + std::to_string(line) + ": [[required]] \"an annual self-assessment against the "
              "Code\" (Complaint Handling Code, paragraph 8.1): the section \"self-assessment.md\" is not in "
              "sections; add it to sections, or correct the name",
              "ascreport check-template: the template has errors; ascreport report would not write a report with it"});
}
