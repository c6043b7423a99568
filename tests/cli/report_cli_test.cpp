// End-to-end: `ascreport report` on the sample data, checked the way a reader's PDF tools see
// it: qpdf, one pdftotext smoke test, the contents page against the pages. And failure paths.
// What the report says is checked in its Document and HTML edition
// (tests/jobs/sample_report_test.cpp).
#include <catch2/catch.hpp>

#include <regex>
#include <sstream>

#include "test_support.hpp"

namespace {

const std::string kSamples = std::string(::test::source_dir()) + "/data-samples";
const std::string kEpoch = "SOURCE_DATE_EPOCH=1727740800";  // 1 October 2024

// The output of a tool that must succeed.
std::string shell(const std::string& cmd) {
    const auto r = test::shell(cmd);
    REQUIRE(r.status == 0);
    return r.out + r.err;
}

struct SampleReport {
    test::TempDir dir;
    std::string pdf;
    std::string text;                 // pdftotext -layout
    std::vector<std::string> pages;   // split at form feeds
    SampleReport() {
        pdf = (dir.path() / "report.pdf").string();
        const auto r = test::run("report --data " + kSamples + " --year 2023/24 --out " + pdf, kEpoch);
        REQUIRE(r.status == 0);
        REQUIRE(r.err.empty());
        text = test::pdf_text(pdf);
        std::size_t start = 0;
        for (std::size_t ff; (ff = text.find('\f', start)) != std::string::npos; start = ff + 1)
            pages.push_back(text.substr(start, ff - start));
    }
};

const SampleReport& sample() {
    static SampleReport r;
    return r;
}

std::vector<std::string> words(const std::string& s) {
    std::istringstream in(s);
    std::vector<std::string> out;
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

// The words of `s` joined by single spaces: text as read, wherever the PDF broke its lines.
std::string one_line(const std::string& s) {
    std::string out;
    for (const std::string& w : words(s)) out += (out.empty() ? "" : " ") + w;
    return out;
}

}  // namespace

// The poppler smoke test: what a reader's PDF tools get out of the file. What the report says
// (every heading, figure, key fact and sentence) is checked in its Document and its HTML
// edition (tests/jobs/sample_report_test.cpp); the PDF renders that same Document.
TEST_CASE("the sample report passes qpdf --check, and pdftotext extracts its title and figures without warnings") {
    const auto& r = sample();
    CHECK(shell("qpdf --check " + r.pdf).find("No syntax or stream encoding errors found") != std::string::npos);
    test::TempDir d;
    const auto extracted = test::shell("pdftotext " + r.pdf + " " + (d.path() / "t.txt").string());
    CHECK(extracted.status == 0);
    CHECK(extracted.err.empty());  // no warning from poppler
    const std::string text = one_line(test::slurp(d.path() / "t.txt"));
    CHECK(text.starts_with("Adult Social Care Complaints and Representations Annual Report 2023/24"));
    CHECK(text.find("Partly upheld 23 39% 20 30%") != std::string::npos);  // a row of the outcomes table
    CHECK(text.find("compliments, 80 fewer than in 2022/23") != std::string::npos);
    CHECK(std::filesystem::file_size(r.pdf) < 250 * 1024);
}

TEST_CASE("every section heading is on the page the contents page gives, in the reference's order") {
    const auto& r = sample();
    REQUIRE(r.pages.size() > 10);
    // The contents page: "Heading ..... N", an entry may wrap onto a second line.
    const std::string& contents = r.pages.at(2);
    REQUIRE(contents.find("Contents") != std::string::npos);
    std::vector<std::pair<std::string, int>> entries;
    std::string pending;
    std::istringstream in(contents);
    const std::regex entry(R"(^\s*(.*?)\s*(?:\. ?){3,}\.?\s*(\d+)\s*$)");
    for (std::string line; std::getline(in, line);) {
        std::smatch m;
        if (std::regex_match(line, m, entry)) {
            entries.emplace_back(pending + m[1].str(), std::stoi(m[2].str()));
            pending.clear();
        } else if (!pending.empty() || (line.find_first_not_of(' ') != std::string::npos && line.find("Contents") == std::string::npos &&
                                        line.find("Page ") == std::string::npos && line.find("Annual Report 2023/24") == std::string::npos)) {
            const auto first = line.find_first_not_of(' ');
            if (first != std::string::npos) pending += line.substr(first) + " ";
        }
    }
    const std::vector<std::string> expected{
        "Adult Social Care 2023/24 at a glance", "Welcome", "Background", "Summary", "Feedback", "Complaints",
        "Complaints regarding external providers", "Timescales", "Equality", "Ombudsman", "Compliments",
        "Service improvements and learning points",
        "Adult Social Care 2023/24 Complaints and representations key facts and figures", "Further information"};
    REQUIRE(entries.size() == expected.size());
    int last_page = 0;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO(expected[i]);
        CHECK(entries[i].first == expected[i]);
        CHECK(entries[i].second >= last_page);
        last_page = entries[i].second;
        // The heading is on that page (its first words, at the start of a line).
        const std::string& page = r.pages.at(static_cast<std::size_t>(entries[i].second - 1));
        const std::string start = expected[i].substr(0, std::min<std::size_t>(expected[i].size(), 40));
        CHECK(std::regex_search(page, std::regex("(^|\\n)\\s*" + std::regex_replace(start, std::regex(R"([/()])"), R"(\$&)"))));
    }
}

TEST_CASE("the same inputs give a byte-identical PDF") {
    test::TempDir d;
    const std::string a = (d.path() / "a.pdf").string(), b = (d.path() / "b.pdf").string();
    REQUIRE(test::run("report --data " + kSamples + " --year 2023/24 --out " + a, kEpoch).status == 0);
    REQUIRE(test::run("report --data " + kSamples + " --year 2023/24 --out " + b, kEpoch).status == 0);
    CHECK(test::slurp(a) == test::slurp(b));
    CHECK(test::slurp(a).find("/CreationDate (D:20241001000000") != std::string::npos);
}

TEST_CASE("report failures leave no file and exit non-zero") {
    test::TempDir d;
    SECTION("output folder missing") {
        const auto r = test::run("report --data " + kSamples + " --year 2023/24 --out " + d.str() + "/nope/r.pdf", kEpoch);
        CHECK(r.status == 3);
        CHECK(r.err.find("nope/r.pdf") != std::string::npos);
        CHECK_FALSE(std::filesystem::exists(d.path() / "nope"));
    }
    SECTION("disk full") {
        const auto r = test::run("report --data " + kSamples + " --year 2023/24 --out /dev/full", kEpoch);
        CHECK(r.status == 3);
    }
    SECTION("a template naming an unknown figure") {
        d.write("t/template.toml", "sections = [\"a.md\"]\n");
        d.write("t/a.md", "# A\n\nWe had {{statutry}} complaints.\n");
        const auto r = test::run("report --data " + kSamples + " --year 2023/24 --template " + d.str() + "/t --out " +
                                     d.str() + "/r.pdf",
                                 kEpoch);
        CHECK(r.status == 2);
        CHECK(r.err == d.str() + "/t/a.md:3: {{statutry}}: unknown figure \"statutry\"; did you mean \"statutory\"?\n"
                                 "ascreport report: the template has errors; no report was written\n");
        CHECK_FALSE(std::filesystem::exists(d.path() / "r.pdf"));
    }
    SECTION("bad year and data errors") {
        CHECK(test::run("report --data " + kSamples + " --year 2023/25 --out " + d.str() + "/r.pdf").status == 2);
        d.write("data/complaints.csv", "reference,received,route,method,service_area\nA,notadate,Statutory,Email,X\n");
        CHECK(test::run("report --data " + d.str() + "/data --year 2023/24 --out " + d.str() + "/r.pdf").status == 1);
        CHECK_FALSE(std::filesystem::exists(d.path() / "r.pdf"));
    }
    std::size_t files = 0;
    for (const auto& e : std::filesystem::recursive_directory_iterator(d.path())) files += e.is_regular_file() && e.path().extension() != ".md" && e.path().extension() != ".toml" && e.path().extension() != ".csv";
    CHECK(files == 0);  // no temporary file left behind either
}

TEST_CASE("a folder with only complaints.csv still gives a report that says what is missing") {
    test::TempDir d;
    std::filesystem::copy_file(kSamples + "/complaints.csv", d.path() / "complaints.csv");
    std::filesystem::copy_file(kSamples + "/report.toml", d.path() / "report.toml");
    const auto r = test::run("report --data " + d.str() + " --year 2023/24 --out " + d.str() + "/r.pdf", kEpoch);
    REQUIRE(r.status == 0);
    const std::string text = shell("pdftotext " + d.str() + "/r.pdf -");
    CHECK(text.find("lgsco.csv") != std::string::npos);
    CHECK(text.find("compliments") != std::string::npos);
}

TEST_CASE("a compliment naming \u0141ukasz and thanking Dzi\u0119kuj\u0119 extracts exactly so from the PDF") {
    test::TempDir d;
    for (const auto& e : std::filesystem::directory_iterator(kSamples))
        std::filesystem::copy(e.path(), d.path() / e.path().filename(), std::filesystem::copy_options::recursive);
    std::string compliments = test::slurp(d.path() / "compliments.csv");
    compliments += "2023-06-01,Adult Commissioning,Email,\"Dzi\u0119kuj\u0119 \u0141ukasz, you were wonderful. "
                   "Diolch o gal\u00f4n i \u0175yr Ll\u0177r, mul\u021bumesc, c\u1ea3m \u01a1n Nguy\u1ec5n.\",Yes\n";
    d.write("compliments.csv", compliments);
    const std::string pdf = d.str() + "/r.pdf";
    const auto r = test::run("report --data " + d.str() + " --year 2023/24 --out " + pdf, kEpoch);
    REQUIRE(r.status == 0);
    CHECK(r.err.empty());  // no "printed as ?" warning
    const auto extracted = test::shell("pdftotext -layout " + pdf + " -");
    CHECK(extracted.status == 0);
    CHECK(extracted.err.empty());  // poppler accepts the fonts' ToUnicode maps
    for (const char* s : {"Dzi\u0119kuj\u0119 \u0141ukasz, you were wonderful.", "\u0175yr Ll\u0177r", "mul\u021bumesc",
                          "c\u1ea3m \u01a1n", "Nguy\u1ec5n"}) {
        INFO(s);
        CHECK(extracted.out.find(s) != std::string::npos);
    }
    CHECK(shell("qpdf --check " + pdf).find("No syntax or stream encoding errors found") != std::string::npos);
    const std::string fonts = shell("pdffonts " + pdf);
    CHECK(fonts.find("CID TrueType") != std::string::npos);
    std::istringstream lines(fonts);
    for (std::string line; std::getline(lines, line);)  // every font embedded: "emb sub" are "yes yes"
        if (line.find("TrueType") != std::string::npos) CHECK(line.find(" yes yes ") != std::string::npos);
    CHECK(std::filesystem::file_size(pdf) < 300 * 1024);
}

TEST_CASE("a compliment quoting an emoji at line 3 and a narrative file with one on its line 2 name the file and line") {
    test::TempDir d;
    std::filesystem::copy(kSamples, d.path(), std::filesystem::copy_options::recursive);
    const std::string smile = "\U0001F60A";
    const std::string warning = "warning: character U+1F60A (" + smile +
                                ") is not in the report fonts; left out of the PDF (the HTML edition keeps it)";
    const std::string pdf = d.str() + "/r.pdf", html = d.str() + "/r.html";
    const std::string args = "report --data " + d.str() + " --year 2023/24 --out " + pdf + " --out " + html;

    SECTION("a quoted compliment: its file, line and column, once; the PDF without the emoji, the HTML with it") {
        std::string compliments = test::slurp(d.path() / "compliments.csv");
        const std::size_t line3 = compliments.find('\n', compliments.find('\n') + 1) + 1;
        compliments.insert(line3, "2023-06-01,Adult Commissioning,Email,\"Thank you, you made Dad smile" + smile +
                                      smile + " every day.\",Yes\n");
        d.write("compliments.csv", compliments);
        const auto r = test::run(args, kEpoch);
        REQUIRE(r.status == 0);
        CHECK(r.err == d.str() + "/compliments.csv:3: column text: " + warning + "\n");
        const std::string text = one_line(test::pdf_text(pdf, false));
        CHECK(text.find("Thank you, you made Dad smile every day.") != std::string::npos);
        CHECK(text.find(smile) == std::string::npos);
        CHECK(test::slurp(html).find("Thank you, you made Dad smile" + smile + smile + " every day.") != std::string::npos);
    }
    SECTION("a narrative file: its line; a character from report.toml: no place, once") {
        d.write("narrative/closing-notes.md", "The learning from complaints is shared\nwith every team" + smile +
                                                  " across the service.\n\nA second paragraph.\n");
        std::string settings = test::slurp(d.path() / "report.toml");
        const std::string published = "published = \"September 2024\"";
        REQUIRE(settings.find(published) != std::string::npos);
        settings.replace(settings.find(published), published.size(), "published = \"September 2024 \u4E2D\"");
        d.write("report.toml", settings);
        const auto r = test::run(args, kEpoch);
        REQUIRE(r.status == 0);
        CHECK(r.err == d.str() + "/narrative/closing-notes.md:2: " + warning + "\n" +
                           "warning: character U+4E2D (\u4E2D) is not in the report fonts; printed as \"?\"\n");
        const std::string text = one_line(test::pdf_text(pdf, false));
        CHECK(text.find("is shared with every team across the service.") != std::string::npos);
        CHECK(text.find(smile) == std::string::npos);
        CHECK(test::slurp(html).find("with every team" + smile + " across the service.") != std::string::npos);
    }
}
