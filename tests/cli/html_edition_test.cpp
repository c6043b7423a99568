// End-to-end: the HTML edition beside the PDF (report --out FILE.html, --out twice). Both
// editions from one run hold the same figures and the same links; the HTML is byte-identical
// run to run and has the structure it promises; and in a real browser (axe-core in the system's
// headless Chromium, tests/a11y/) it has no WCAG 2.1 A or AA violation, for the sample and for a
// council export of another shape.
#include <catch2/catch.hpp>

#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "council_export.hpp"
#include "html_checks.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path kSource = ::test::source_dir();
const std::string kSamples = "'" + (kSource / "data-samples").string() + "'";
const std::string kEpoch = "SOURCE_DATE_EPOCH=1727740800";

// How often each number (3,650 / 46% / 2023/24 / 1.5) occurs in `text`.
std::map<std::string, int> numbers(const std::string& text) {
    std::map<std::string, int> out;
    const std::regex number("[0-9][0-9,./]*[0-9]%?|[0-9]%?");
    for (std::sregex_iterator it(text.begin(), text.end(), number), end; it != end; ++it) ++out[it->str()];
    return out;
}

// The PDF's text without what only paper has: the page footers, the contents' page numbers, and
// the charts' scale marks (lines of bare numbers: 0 10 20 30; the HTML's charts have none, and
// a bar's own label is also in the chart's table).
std::string pdf_body_text(const fs::path& pdf) {
    std::istringstream lines(test::pdf_text(pdf));
    std::string out;
    const std::regex footer("Page [0-9]+ of [0-9]+"), leaders("(\\. ?){3,}.*$|\\.{3,}.*$"), bare("^[0-9 ]*$");
    for (std::string line; std::getline(lines, line);) {
        if (std::regex_search(line, footer) || std::regex_match(line, bare)) continue;
        out += std::regex_replace(line, leaders, "") + '\n';
    }
    return out;
}

// The web and e-mail addresses the PDF links to (its URI link annotations).
std::set<std::string> pdf_uris(const fs::path& pdf) {
    test::require_tool("qpdf", "qpdf");
    const test::RunResult r = test::shell("qpdf --qdf --object-streams=disable '" + pdf.string() + "' - | grep -a '/URI ('");
    std::set<std::string> out;
    const std::regex uri("/URI \\((.*)\\)");
    for (std::sregex_iterator it(r.out.begin(), r.out.end(), uri), end; it != end; ++it) out.insert((*it)[1]);
    return out;
}

// The browser check (tests/a11y/check.js) on each file; fails, not skips, when it cannot run.
test::RunResult browser_check(const std::vector<fs::path>& files) {
    test::require_tool("node", "nodejs");
    test::require_tool("chromium", "chromium");
    if (!fs::exists(kSource / "tests/a11y/node_modules/axe-core") || !fs::exists(kSource / "tests/a11y/node_modules/puppeteer-core"))
        FAIL("tests/a11y/node_modules lacks axe-core or puppeteer-core: run scripts/install-deps");
    std::string command = "node '" + (kSource / "tests/a11y/check.js").string() + "'";
    for (const fs::path& f : files) command += " '" + f.string() + "'";
    return test::shell(command);
}

}  // namespace

TEST_CASE("e2e: --out twice writes both editions from one run, with the same figures and links", "[html_edition]") {
    test::TempDir d;
    const auto r = test::run("report --data " + kSamples + " --year 2023/24 --out " + d.str() + "/r.pdf --out " + d.str() +
                                 "/r.html",
                             kEpoch);
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.err.empty());
    CHECK(r.out == "wrote " + d.str() + "/r.pdf\nwrote " + d.str() + "/r.html\n");
    const std::string html = test::slurp(d.path() / "r.html");
    CHECK(html.size() < 300'000);
    CHECK(fs::file_size(d.path() / "r.pdf") < 300'000);

    // The links: the PDF's link annotations are the HTML's addresses, the contact details among them.
    const std::set<std::string> uris = pdf_uris(d.path() / "r.pdf");
    CHECK(uris.count("mailto:complaints@example.gov.uk"));
    CHECK(uris.count("https://www.example.gov.uk/speakup"));
    std::set<std::string> hrefs;
    for (const std::string& h : test::html_attributes(html, "href"))
        if (h[0] != '#') hrefs.insert(h);
    CHECK(hrefs == uris);
    CHECK(test::html_structure_problems(html, uris).empty());

    // Every number the PDF prints (its pages' furniture aside) is in the HTML, as often.
    const auto in_pdf = numbers(pdf_body_text(d.path() / "r.pdf"));
    const auto in_html = numbers(test::html_text(html));
    CHECK(in_pdf.size() > 100);
    for (const auto& [number, count] : in_pdf) {
        INFO(number);
        const auto found = in_html.find(number);
        CHECK((found == in_html.end() ? 0 : found->second) >= count);
    }

    // Same input, same bytes; the HTML edition alone is the same file.
    const auto again = test::run("report --data " + kSamples + " --year 2023/24 --out " + d.str() + "/again.html", kEpoch);
    REQUIRE(again.status == 0);
    CHECK(test::slurp(d.path() / "again.html") == html);
}

TEST_CASE("e2e: the extension picks the edition, and one file named twice is a usage error", "[html_edition]") {
    test::TempDir d;
    const auto html = test::run("report --data " + kSamples + " --year 2023/24 --out " + d.str() + "/R.HTM", kEpoch);
    REQUIRE(html.status == 0);
    CHECK(test::slurp(d.path() / "R.HTM").rfind("<!DOCTYPE html>", 0) == 0);
    const auto pdf = test::run("report --data " + kSamples + " --year 2023/24 --out " + d.str() + "/report", kEpoch);
    REQUIRE(pdf.status == 0);
    CHECK(test::slurp(d.path() / "report").rfind("%PDF-", 0) == 0);

    const auto twice = test::run("report --data " + kSamples + " --year 2023/24 --out " + d.str() + "/a.html --out " + d.str() + "/a.html");
    CHECK(twice.status == 2);
    CHECK(twice.err == "ascreport report: --out \"" + d.str() +
                           "/a.html\" is given twice; give each edition its own file (e.g. report.pdf and report.html)\n");
    CHECK_FALSE(fs::exists(d.path() / "a.html"));
}

TEST_CASE("e2e: a second --out that cannot be written leaves the first edition whole", "[html_edition]") {
    test::TempDir d;
    const auto r = test::run("report --data " + kSamples + " --year 2023/24 --out " + d.str() + "/r.pdf --out " + d.str() +
                             "/missing/r.html");
    CHECK(r.status == 3);
    CHECK(r.out == "wrote " + d.str() + "/r.pdf\n");
    CHECK(r.err == "ascreport report: cannot write " + d.str() + "/missing/r.html: folder " + d.str() +
                       "/missing does not exist; " + d.str() + "/missing/r.html was not written (" + d.str() + "/r.pdf was)\n");
    CHECK(test::slurp(d.path() / "r.pdf").rfind("%PDF-", 0) == 0);
}

TEST_CASE("e2e: a council colour too light for AA is darkened in the HTML edition, with a warning", "[html_edition]") {
    test::TempDir d;
    std::string settings = test::slurp(kSource / "data-samples/report.toml");
    settings.replace(settings.find("[council]\n"), 10, "[council]\ncolour = \"#FFDD00\"\n");
    d.write("report.toml", settings);
    const auto r = test::run("report --data " + kSamples + " --settings " + d.str() + "/report.toml --year 2023/24 --out " +
                                 d.str() + "/r.html",
                             kEpoch);
    REQUIRE(r.status == 0);
    CHECK(r.err == "warning: " + d.str() +
                       "/report.toml: council.colour: the council colour #FFDD00 has a contrast of only 1.3:1 with white, "
                       "below the 4.5:1 that WCAG 2.1 AA asks of text; the HTML edition uses the darker shade #857300 "
                       "instead (choose a darker colour to set it yourself)\n");
    // The PDF alone says nothing: its text colours are chosen as before.
    const auto pdf = test::run("report --data " + kSamples + " --settings " + d.str() + "/report.toml --year 2023/24 --out " +
                                   d.str() + "/r.pdf",
                               kEpoch);
    CHECK(pdf.err.empty());
}

TEST_CASE("e2e: axe-core in headless Chromium finds no WCAG 2.1 A/AA violation in the HTML edition", "[html_edition][a11y]") {
    test::TempDir d, exported;
    const auto sample = test::run("report --data " + kSamples + " --year 2023/24 --out " + d.str() + "/sample.html", kEpoch);
    REQUIRE(sample.status == 0);
    // A council's own export, mapped by its report.toml: other services, providers, age bands.
    test::council_export::write_export(exported, test::council_export::make_records());
    const auto council = test::run("report --data " + exported.str() + " --year 2023/24 --out " + d.str() + "/council.html", kEpoch);
    INFO(council.err);
    REQUIRE(council.status == 0);
    // The shipped quarterly report, on a fixture with every regime.
    const auto quarterly = test::run("report --data '" + (kSource / "tests/fixtures/quarters").string() +
                                         "' --year 2024/25-Q2 --out " + d.str() + "/quarterly.html",
                                     kEpoch);
    INFO(quarterly.err);
    REQUIRE(quarterly.status == 0);

    // The Code's annual report (a draft of the sample, with its own tables: the self-assessment,
    // the Ombudsman's letter), corporate and all three regimes.
    const std::string code = "report --template '" + (kSource / "report-templates/code-annual-report").string() +
                             "' --data " + kSamples + " --year 2023/24 --out ";
    REQUIRE(test::run(code + d.str() + "/code.html", kEpoch).status == 0);
    d.write("all/report.toml", test::slurp(kSource / "data-samples/report.toml") + "\n[code_report]\nregimes = \"all\"\n");
    REQUIRE(test::run(code + d.str() + "/code-all.html --settings " + d.str() + "/all/report.toml", kEpoch).status == 0);

    const test::RunResult checked =
        browser_check({d.path() / "sample.html", d.path() / "council.html", d.path() / "quarterly.html",
                       d.path() / "code.html", d.path() / "code-all.html"});
    INFO(checked.out << checked.err);
    CHECK(checked.status == 0);
    CHECK(checked.out.find("sample.html: 0 violations") != std::string::npos);
    CHECK(checked.out.find("council.html: 0 violations") != std::string::npos);
    CHECK(checked.out.find("quarterly.html: 0 violations") != std::string::npos);
    CHECK(checked.out.find("code.html: 0 violations") != std::string::npos);
    CHECK(checked.out.find("code-all.html: 0 violations") != std::string::npos);
}

TEST_CASE("e2e: the browser check fails a page that breaks the rules", "[html_edition][a11y]") {
    test::TempDir d;
    d.write("bad.html", "<!DOCTYPE html><html><head><title>x</title></head><body><p style=\"color:#aaa\">low</p>"
                        "<img src=\"https://example.invalid/x.png\"></body></html>");
    const test::RunResult checked = browser_check({d.path() / "bad.html"});
    CHECK(checked.status == 1);
    CHECK(checked.out.find("axe html-has-lang") != std::string::npos);
    CHECK(checked.out.find("axe color-contrast") != std::string::npos);
    CHECK(checked.out.find("axe image-alt") != std::string::npos);
    CHECK(checked.out.find("requests https://example.invalid/x.png") != std::string::npos);
}

TEST_CASE("e2e: every example in report --help runs", "[html_edition]") {
    const auto help = test::run("report --help");
    REQUIRE(help.status == 0);
    test::TempDir d;
    std::istringstream lines(help.out);
    int examples = 0;
    for (std::string line; std::getline(lines, line);) {
        const std::string prefix = "  ascreport report ";
        if (line.rfind(prefix, 0) != 0) continue;
        std::string args = line.substr(std::string("  ascreport ").size());
        // The illustrative folders and years are the sample's; out/ is made as `make demo` does.
        for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
                 {"--data data-samples", "--data " + kSamples},
                 {"--data exports", "--data " + kSamples},
                 {"--year 2024/25", "--year 2023/24"},
                 {"my-templates/annual-report", "'" + (kSource / "report-templates/annual-report").string() + "'"}})
            if (const auto at = args.find(from); at != std::string::npos) args.replace(at, from.size(), to);
        INFO(line);
        const auto r = test::run(args, "mkdir -p '" + d.str() + "/out' && cd '" + d.str() + "' && " + kEpoch);
        CHECK(r.status == 0);
        ++examples;
    }
    CHECK(examples >= 7);
    CHECK(fs::exists(d.path() / "report.html"));
    CHECK(test::slurp(d.path() / "report.pdf").rfind("%PDF-", 0) == 0);
}
