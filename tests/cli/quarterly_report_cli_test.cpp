// End-to-end: the shipped quarterly committee report (report-templates/quarterly-report) on a
// fixture of all three regimes (tests/fixtures/quarters): both editions from one run, the PDF
// checks the annual report has (qpdf clean, PDF/A-1b declared, fonts embedded, byte-identical
// under SOURCE_DATE_EPOCH), check-template with and without data, and the command line's
// quarter forms. Its browser check is with the annual report's (tests/cli/html_edition_test.cpp).
#include <catch2/catch.hpp>

#include <sstream>

#include "test_support.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path kSource = ::test::source_dir();
const std::string kQuarters = "'" + (kSource / "tests/fixtures/quarters").string() + "'";
const std::string kTemplate = "'" + (kSource / "report-templates/quarterly-report").string() + "'";
const std::string kEpoch = "SOURCE_DATE_EPOCH=1727740800";

// The words of `s` joined by single spaces.
std::string one_line(const std::string& s) {
    std::istringstream in(s);
    std::string out;
    for (std::string w; in >> w;) out += (out.empty() ? "" : " ") + w;
    return out;
}

}  // namespace

TEST_CASE("the quarterly report: both editions, every regime, the quarter against a year earlier and the year to date",
          "[quarterly]") {
    test::TempDir d;
    const std::string pdf = d.str() + "/q.pdf", html = d.str() + "/q.html";
    const auto r = test::run("report --data " + kQuarters + " --year 2024/25-Q2 --out " + pdf + " --out " + html, kEpoch);
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out == "wrote " + pdf + "\nwrote " + html + "\n");
    const std::string text = one_line(test::pdf_text(pdf, false));
    for (const char* s : {
             "Complaints Quarterly Report",
             "This report covers the complaints the Council received in July to September 2024 (Q2 2024/25), set against the "
             "same quarter a year earlier (July to September 2023) and against the financial year to date (April to "
             "September 2024).",
             "In July to September 2024 the Council received 2 complaints about adult social care, 1 complaint about "
             "children\u2019s social care and 2 complaints about its other services.",
             "A year earlier, in July to September 2023, it received 1, 0 and 1. In the year to date it has received 3, 2 "
             "and 2, against 2, 0 and 1 by the same point of the previous year.",
             "Of the quarter\u2019s 2 statutory complaints, 1 (50%) was upheld in full or in part, against 0 of 1 in July to "
             "September 2023; in the year to date, 2 of 3.",
             "In July to September 2024 the Council received 2 adult social care complaints, more than the 1 of July to "
             "September 2023; 3 complaints have been received in the year to date (2 by the same point of the previous "
             "year).",
             "In July to September 2024 the Council received 1 complaint at the first stage, more than the 0 of July to "
             "September 2023; 1 complaint went to an investigation and no complaints to a review panel.",
             "In July to September 2024 the Council received 2 complaints at the first stage, more than the 1 of July to "
             "September 2023, and no requests for a review.",
             "In July to September 2024 the Local Government and Social Care Ombudsman decided 1 case about the Council, "
             "and upheld 1. In the year to date the Ombudsman has decided 2 cases and upheld 1.",
         }) {
        INFO(s);
        CHECK(text.find(s) != std::string::npos);
    }
    // The HTML edition says the same.
    const std::string page = test::slurp(html);
    CHECK(page.find("<html lang=\"en-GB\"") != std::string::npos);
    CHECK(page.find("Q2 2024/25 at a glance") != std::string::npos);
}

TEST_CASE("the quarterly report's PDF: qpdf clean, PDF/A-1b declared, fonts embedded, byte-identical run to run",
          "[quarterly]") {
    test::require_tool("qpdf", "qpdf");
    test::require_tool("pdffonts", "poppler-utils");
    test::TempDir d;
    const std::string a = d.str() + "/a.pdf", b = d.str() + "/b.pdf";
    REQUIRE(test::run("report --data " + kQuarters + " --year 2024/25-Q2 --out " + a, kEpoch).status == 0);
    REQUIRE(test::run("report --data " + kQuarters + " --year 2024/25-Q2 --out " + b, kEpoch).status == 0);
    CHECK(test::slurp(a) == test::slurp(b));
    CHECK(test::slurp(a).find("/CreationDate (D:20241001000000") != std::string::npos);
    const auto check = test::shell("qpdf --check " + a);
    CHECK(check.status == 0);
    CHECK(check.out.find("No syntax or stream encoding errors found") != std::string::npos);
    const auto qdf = test::shell("qpdf --qdf --object-streams=disable " + a + " -");
    REQUIRE(qdf.status == 0);
    CHECK(qdf.out.find("/S /GTS_PDFA1") != std::string::npos);
    CHECK(qdf.out.find("<pdfaid:part>1</pdfaid:part>") != std::string::npos);
    CHECK(qdf.out.find("<pdfaid:conformance>B</pdfaid:conformance>") != std::string::npos);
    const auto fonts = test::shell("pdffonts " + a);
    REQUIRE(fonts.status == 0);
    std::istringstream lines(fonts.out);
    int truetype = 0;
    for (std::string line; std::getline(lines, line);)  // every font embedded and subset
        if (line.find("TrueType") != std::string::npos) {
            ++truetype;
            CHECK(line.find(" yes yes ") != std::string::npos);
        }
    CHECK(truetype >= 2);
    CHECK(fs::file_size(a) < 400 * 1024);
}

TEST_CASE("report --year QUARTER: the default template and file name, and a year's template refuses it", "[quarterly]") {
    test::TempDir d;
    const auto r = test::run("report --data " + kQuarters + " --year 2024/25-q2", kEpoch + "; cd " + d.str() + " &&");
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out == "wrote quarterly-report-2024-25-Q2.pdf\n");
    CHECK(fs::exists(d.path() / "quarterly-report-2024-25-Q2.pdf"));

    const std::string annual = (kSource / "report-templates/annual-report").string();
    const auto refused = test::run("report --data " + kQuarters + " --year 2024/25-Q2 --template '" + annual + "' --out " +
                                       d.str() + "/x.pdf",
                                   kEpoch);
    CHECK(refused.status == 2);
    CHECK(refused.err == "ascreport report: the template " + annual +
                             " is for a financial year only (its template.toml has periods = [\"year\"]), not a quarter "
                             "such as 2024/25 Q2: give --year 2024/25, or a template whose periods include \"quarter\" "
                             "(such as quarterly-report)\n");
    CHECK_FALSE(fs::exists(d.path() / "x.pdf"));

    const auto bad = test::run("report --data " + kQuarters + " --year 2024/25-Q5", kEpoch);
    CHECK(bad.status == 2);
    CHECK(bad.err == "ascreport report: --year \"2024/25-Q5\" is not a financial year or a quarter of one; write it as "
                     "2023/24 or 2023-24, or 2023/24-Q3 for a quarter (Q1 is April to June)\n");
}

TEST_CASE("check-template: the quarterly template is clean, without data and with the fixture's", "[quarterly]") {
    const auto bare = test::run("check-template " + kTemplate + " --year 2024/25");
    INFO(bare.err);
    CHECK(bare.status == 0);
    CHECK(bare.err.empty());
    const auto data = test::run("check-template " + kTemplate + " --data " + kQuarters + " --year 2024/25-Q2");
    INFO(data.err);
    CHECK(data.status == 0);
    CHECK(data.err.empty());
    CHECK(data.out.ends_with(": no problems found\n"));
    const auto samples = test::run("check-template " + kTemplate + " --data '" + (kSource / "data-samples").string() +
                                   "' --year 2023/24-Q3");
    INFO(samples.err);
    CHECK(samples.status == 0);
    // The sample's narrative files are the annual report's, which this template does not
    // include: another shipped template's texts are not warned about.
    CHECK(samples.out.ends_with(": no problems found\n"));
    CHECK(samples.err.empty());
}
