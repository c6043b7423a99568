// The libharu renderer, checked from outside with the tools a reader's software resembles:
// qpdf for structure, poppler (pdftotext, pdfinfo, pdffonts) for text and metadata.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>

#include <unistd.h>

#include "ascreport/html.hpp"
#include "ascreport/output.hpp"
#include "ascreport/pdf.hpp"
#include "sample_document.hpp"
#include "test_support.hpp"

using namespace ascreport;
namespace fs = std::filesystem;

namespace {

using test::slurp;

// A folder for this test process's files, removed when the process ends.
fs::path scratch() {
    struct Folder {
        fs::path path = fs::temp_directory_path() / ("ascreport-pdf-test-" + std::to_string(::getpid()));
        Folder() { fs::create_directories(path); }
        ~Folder() {
            std::error_code ec;
            fs::remove_all(path, ec);
        }
    };
    static const Folder folder;
    return folder.path;
}

// Tools run as every test runs them (test::shell).
test::RunResult run(const std::string& command) { return test::shell(command); }

// The checks on a rendered PDF need qpdf and poppler-utils: a test fails without them.
void require_pdf_tools() {
    test::require_tool("qpdf", "qpdf");
    for (const char* tool : {"pdftotext", "pdfinfo", "pdffonts"}) test::require_tool(tool, "poppler-utils");
}

fs::path save(const PdfResult& r, const std::string& name) {
    const fs::path p = scratch() / name;
    REQUIRE_FALSE(write_file_atomically(p, r.bytes));
    return p;
}

std::string as_text(const std::vector<std::uint8_t>& bytes) { return {bytes.begin(), bytes.end()}; }

std::string file_id(const PdfResult& r) {
    std::smatch m;
    const std::string s = as_text(r.bytes);
    return std::regex_search(s, m, std::regex("/ID \\[ ?<([0-9A-Fa-f]+)>")) ? m[1].str() : "";
}

Document small_document(Runs runs) {
    Document doc;
    doc.info = {"Title", "Council", "Subject", "ascreport test", "", 1725148800};
    doc.cover = {"Adult Social Care", "Annual Report", "2023/24", "Example Council", "", "September 2024"};
    doc.blocks = {Heading{1, "Money", true}, Paragraph{std::move(runs)}};
    return doc;
}

// A 4 by 2 pixel PNG in the default council colour.
const unsigned char kPng[] = {
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00,
    0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x02, 0x08, 0x02, 0x00, 0x00, 0x00, 0xF0, 0xCA, 0xEA, 0x34, 0x00,
    0x00, 0x00, 0x10, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x90, 0xF5, 0x9F, 0x08, 0x47, 0x0C, 0xC8,
    0x1C, 0x00, 0x63, 0x42, 0x07, 0xE9, 0x22, 0x33, 0x90, 0xAC, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E,
    0x44, 0xAE, 0x42, 0x60, 0x82,
};

}  // namespace

TEST_CASE("pounds, accents, curly quotes and dashes print and extract cleanly") {
    const PdfResult r = render_pdf(small_document(
        {Run::plain("A remedy of \u00a31,250 at the caf\u00e9 \u2013 \u201cquoted\u201d and \u2018single\u2019 \u2014 "
                    "Bj\u00f6rk, na\u00efve, \u20ac10 \u2026")}));
    REQUIRE(r.ok());
    CHECK(r.warnings.empty());
    CHECK(r.missing.empty());
    require_pdf_tools();
    const fs::path pdf = save(r, "text.pdf");
    const test::RunResult check = run("qpdf --check " + pdf.string());
    CHECK(check.status == 0);
    const test::RunResult text = run("pdftotext -layout " + pdf.string() + " -");
    CHECK(text.status == 0);
    CHECK(text.err.empty());  // no "Invalid 'begincidrange'" or other complaints
    for (const char* s : {"\u00a31,250", "caf\u00e9", "\u201cquoted\u201d", "\u2018single\u2019", "\u2013", "\u2014",
                          "Bj\u00f6rk", "na\u00efve", "\u20ac10", "\u2026"}) {
        INFO(s);
        CHECK(text.out.find(s) != std::string::npos);
    }
}

TEST_CASE("letters outside Windows-1252 print in every face and extract exactly, with nothing on standard error") {
    // Polish, Welsh, Romanian (comma below), Vietnamese (precomposed), and text that mixes them
    // with Windows-1252 characters (a pound sign, curly quotes) in one line.
    const std::vector<std::string> words = {
        "Dziękuję", "Łukasz", "żółć", "ŵŷŴŶ",
        "Mulțumesc", "șȘ", "Nguyễn", "Thị", "Hương", "Trần", "Đặng",
        "£5", "“ok”",
    };
    std::string line;
    for (const std::string& w : words) line += w + " ";
    const PdfResult r = render_pdf(small_document({Run::plain(line), Run::strong(line), Run::emphasis(line)}));
    REQUIRE(r.ok());
    CHECK(r.warnings.empty());
    CHECK(r.missing.empty());
    require_pdf_tools();
    const fs::path pdf = save(r, "letters.pdf");
    CHECK(run("qpdf --check " + pdf.string()).status == 0);
    const test::RunResult text = run("pdftotext -layout " + pdf.string() + " -");
    CHECK(text.status == 0);
    CHECK(text.err.empty());  // no "Invalid 'begincidrange'" (libharu issue 133)
    for (const std::string& w : words) {
        INFO(w);
        std::size_t found = 0;
        for (std::size_t at = 0; (at = text.out.find(w, at)) != std::string::npos; at += w.size()) ++found;
        CHECK(found == 3);  // regular, bold and italic
    }
    // Each face once in Windows-1252 (the heading, the cover) or as a Unicode font, all embedded.
    const test::RunResult fonts = run("pdffonts " + pdf.string());
    CHECK(fonts.out.find("CID TrueType") != std::string::npos);
    std::istringstream lines(fonts.out);
    int listed = 0, embedded = 0;
    for (std::string l; std::getline(lines, l);) {
        if (l.find("TrueType") == std::string::npos) continue;
        ++listed;
        embedded += l.find(" yes yes ") != std::string::npos;
    }
    CHECK(listed >= 4);
    CHECK(embedded == listed);
}

TEST_CASE("Windows-1252 text stays in the single-byte fonts: no Unicode font unless needed") {
    require_pdf_tools();
    const PdfResult r = render_pdf(small_document({Run::plain("caf\u00e9 \u00a35 \u2013 \U0001F60A")}));
    REQUIRE(r.ok());
    const test::RunResult fonts = run("pdffonts " + save(r, "cp1252.pdf").string());
    CHECK(fonts.out.find("CID") == std::string::npos);
}

TEST_CASE("a character the fonts lack prints as ? and an emoji is left out, each with a warning") {
    const PdfResult r = render_pdf(
        small_document({Run::plain("Thank you \U0001F60A\U0001F60A\uFE0F from \u0141\u00f3d\u017a \u4E2D \xFF")}));
    REQUIRE(r.ok());
    CHECK(r.warnings.empty());  // the characters are listed apart, for the caller to place
    std::vector<std::string> said;
    for (const MissingCharacter& m : r.missing) said.push_back(missing_character_warning(m));
    CHECK(said == std::vector<std::string>{
                      "character U+4E2D (\u4E2D) is not in the report fonts; printed as \"?\"",
                      "invalid UTF-8 in the report text; printed as \"?\"",
                      "character U+1F60A (\U0001F60A) is not in the report fonts; left out of the PDF (the HTML "
                      "edition keeps it) 2 times",
                  });
    CHECK(missing_character_message(0x1F60A) ==
          "character U+1F60A (\U0001F60A) is not in the report fonts; left out of the PDF (the HTML edition keeps it)");
    CHECK(missing_character_message(0x07) == "character U+0007 is not in the report fonts; printed as \"?\"");
    require_pdf_tools();
    const test::RunResult text = run("pdftotext " + save(r, "missing.pdf").string() + " -");
    CHECK(text.err.empty());
    INFO(text.out);
    CHECK(text.out.find("Thank you from \u0141\u00f3d\u017a ? ?") != std::string::npos);
}

TEST_CASE("the same document renders to the same bytes") {
    const Document doc = testing::sample_document();
    const PdfResult a = render_pdf(doc);
    const PdfResult b = render_pdf(doc);
    REQUIRE(a.ok());
    CHECK(a.bytes == b.bytes);
    // The file ID is a digest of the content: present, stable, and different for other content.
    const std::string id = file_id(a);
    CHECK(id.size() == 32);
    Document other = doc;
    other.blocks.push_back(Paragraph{{Run::plain("One more sentence.")}});
    CHECK(file_id(render_pdf(other)) != id);
    Document later = doc;
    later.info.created_unix += 86400;
    CHECK(file_id(render_pdf(later)) != id);
    // Text in the Unicode fonts too.
    const Document letters = small_document({Run::plain("Dzi\u0119kuj\u0119 \u0141ukasz"), Run::strong("Nguy\u1ec5n")});
    const PdfResult c = render_pdf(letters), d = render_pdf(letters);
    REQUIRE(c.ok());
    CHECK(c.bytes == d.bytes);
}

TEST_CASE("document information comes from the model, the date from the passed-in time") {
    Document doc = small_document({Run::plain("text")});
    doc.info = {"Annual Report 2023/24 \u2013 caf\u00e9", "Example City Council", "Complaints", "ascreport 0.1.0",
                "complaints; care", 1725190245};  // 2024-09-01 11:30:45 UTC
    const PdfResult r = render_pdf(doc);
    REQUIRE(r.ok());
    require_pdf_tools();
    const test::RunResult info = run("pdfinfo -isodates " + save(r, "info.pdf").string());
    CHECK(info.err.empty());
    CHECK(info.out.find("Title:           Annual Report 2023/24 \u2013 caf\u00e9\n") != std::string::npos);
    CHECK(info.out.find("Author:          Example City Council\n") != std::string::npos);
    CHECK(info.out.find("Subject:         Complaints\n") != std::string::npos);
    CHECK(info.out.find("Keywords:        complaints; care\n") != std::string::npos);
    CHECK(info.out.find("Creator:         ascreport 0.1.0\n") != std::string::npos);
    CHECK(info.out.find("CreationDate:    2024-09-01T11:30:45Z\n") != std::string::npos);
    CHECK(info.out.find("Page size:       595.276 x 841.89 pts (A4)") != std::string::npos);
}

TEST_CASE("fonts are embedded, and a face the report never uses is left out") {
    require_pdf_tools();
    const test::RunResult two = run("pdffonts " + save(render_pdf(small_document({Run::plain("plain")})), "fonts.pdf").string());
    CHECK(two.out.find("LiberationSans ") != std::string::npos);
    CHECK(two.out.find("LiberationSans-Bold") != std::string::npos);  // headings
    CHECK(two.out.find("Italic") == std::string::npos);
    const test::RunResult three = run("pdffonts " + save(render_pdf(small_document({Run::emphasis("slanted")})), "f3.pdf").string());
    CHECK(three.out.find("LiberationSans-Italic") != std::string::npos);
    std::istringstream lines(three.out);
    int embedded = 0;
    for (std::string line; std::getline(lines, line);)
        if (line.find("TrueType") != std::string::npos && line.find(" yes yes ") != std::string::npos) ++embedded;
    CHECK(embedded == 3);
}

TEST_CASE("a missing font is an error naming the file, with no PDF") {
    Document doc = small_document({Run::plain("x")});
    doc.theme.font_bold = "/nonexistent/LiberationSans-Bold.ttf";
    const PdfResult r = render_pdf(doc);
    CHECK_FALSE(r.ok());
    CHECK(r.error == "cannot read font file /nonexistent/LiberationSans-Bold.ttf: no such file");
    CHECK(r.bytes.empty());
    const fs::path not_a_font = scratch() / "not-a-font.ttf";
    std::ofstream(not_a_font) << "this is not a TrueType font";
    doc.theme.font_bold = not_a_font.string();
    const PdfResult bad = render_pdf(doc);
    CHECK_FALSE(bad.ok());
    CHECK(bad.error == "font file " + not_a_font.string() +
                           ": is not a usable TrueType font (it does not start as a TrueType font does)");
}

TEST_CASE("a logo is drawn on the cover from its bytes, and one that is not an image is a warning") {
    Document doc = small_document({Run::plain("x")});
    doc.cover.logo = "logo.png";
    doc.cover.logo_image.assign(kPng, kPng + sizeof kPng);
    const PdfResult with_logo = render_pdf(doc);
    REQUIRE(with_logo.ok());
    CHECK(with_logo.warnings.empty());
    CHECK(as_text(with_logo.bytes).find("/Subtype /Image") != std::string::npos);

    // The renderer reads no file: a logo named without its bytes is not drawn.
    doc.cover.logo_image.clear();
    PdfResult r = render_pdf(doc);
    REQUIRE(r.ok());
    CHECK(r.warnings.empty());
    CHECK(as_text(r.bytes).find("/Subtype /Image") == std::string::npos);
    const std::string gif = "GIF89a, not really";
    doc.cover.logo = "logo.gif";
    doc.cover.logo_image.assign(gif.begin(), gif.end());
    r = render_pdf(doc);
    REQUIRE(r.ok());
    CHECK(r.warnings == std::vector<std::string>{"image logo.gif: is neither a PNG nor a JPEG image; it is left out"});
    doc.cover.logo = "broken.png";
    doc.cover.logo_image.assign(kPng, kPng + 40);  // cut short
    r = render_pdf(doc);
    REQUIRE(r.ok());
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].rfind("image broken.png: ", 0) == 0);
}

TEST_CASE("the sample report is a valid, compact PDF with bookmarks and contents links") {
    const Document doc = testing::sample_document();
    const PdfResult r = render_pdf(doc);
    REQUIRE(r.ok());
    CHECK(r.warnings.empty());
    CHECK(r.missing.empty());
    CHECK(r.bytes.size() < 250'000);  // its time is measured by bench/report
    require_pdf_tools();
    const fs::path pdf = save(r, "sample.pdf");
    const test::RunResult check = run("qpdf --check " + pdf.string());
    CHECK(check.status == 0);
    CHECK(check.out.find("No syntax or stream encoding errors found") != std::string::npos);
    const test::RunResult text = run("pdftotext -layout " + pdf.string() + " -");
    CHECK(text.err.empty());
    CHECK(text.out.find("\u00a31,000") != std::string::npos);

    std::size_t headings = 1, listed = 0;  // the contents title is a bookmark too
    for (const Block& b : doc.blocks)
        if (const auto* h = std::get_if<Heading>(&b)) ++headings, listed += h->in_contents;
    const test::RunResult outlines = run("qpdf --json --json-key=outlines " + pdf.string() + " | grep -c '\"title\"'");
    CHECK(std::stoul(outlines.out) == headings);
    const test::RunResult links = run("qpdf --qdf --object-streams=disable " + pdf.string() + " - | grep -a -c '/Subtype /Link'");
    CHECK(std::stoul(links.out) >= listed + 2);  // contents entries and the two web links
    // Every link carries the Print flag (/F 4), as PDF/A-1 requires of every annotation.
    const test::RunResult printed =
        run("qpdf --qdf --object-streams=disable " + pdf.string() +
            " - | awk 'BEGIN{RS=\"endobj\"} /\\/Subtype \\/Link/ && /\\n  \\/F 4\\n/ {n++} END{print n+0}'");
    CHECK(std::stoul(printed.out) == std::stoul(links.out));
    // Destinations: one per contents entry and one per bookmark.
    const test::RunResult dests = run("qpdf --qdf --object-streams=disable " + pdf.string() + " - | grep -a -c '^  /Dest '");
    CHECK(std::stoul(dests.out) == listed + headings);
}

TEST_CASE("arbitrary bytes in every text field never break the renderer") {
    std::uint32_t seed = 12345;
    auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
    auto junk = [&](std::size_t max_len) {
        std::string s(next() % max_len, ' ');
        for (char& c : s) {
            const std::uint32_t r = next() % 10;
            c = r < 6 ? static_cast<char>('a' + next() % 26) : r < 8 ? ' ' : static_cast<char>(next() % 256);
        }
        return s;
    };
    for (int round = 0; round < 20; ++round) {
        Document doc;
        doc.info = {junk(80), junk(40), junk(40), junk(20), junk(20), static_cast<std::int64_t>(next()) - (1ll << 31)};
        doc.cover = {junk(30), junk(300), junk(10), junk(30), "", junk(20)};
        for (int b = 0; b < 12; ++b) {
            switch (next() % 7) {
                case 0: doc.blocks.push_back(Heading{static_cast<int>(next() % 5), junk(200), true}); break;
                case 1: doc.blocks.push_back(Paragraph{{Run{junk(2000), next() % 2 == 0, next() % 3 == 0, junk(30)}}}); break;
                case 2: doc.blocks.push_back(BulletList{{{Run::plain(junk(300))}, {Run::strong(junk(50))}}}); break;
                case 3: doc.blocks.push_back(Quote{{Run::plain(junk(900))}}); break;
                case 4: doc.blocks.push_back(Table{junk(60), {{junk(20), Align::Left, 2}, {junk(10), Align::Right, 0}},
                                                   {{junk(200), junk(30)}, {junk(5)}, {}}, next() % 2 == 0,
                                                   std::vector<std::string>{junk(10), junk(10), junk(10)}});
                        break;
                case 5: doc.blocks.push_back(BarChart{junk(80), {junk(30), junk(60), junk(5)},
                                                      {{junk(10), {double(next() % 1000), -1, 1e9}, {junk(8)}}},
                                                      junk(30), static_cast<ChartOrientation>(next() % 3)});
                        break;
                default: doc.blocks.push_back(KeyFacts{{{junk(12), junk(150)}, {junk(6), junk(40)}, {junk(3), ""}}});
            }
        }
        doc.blocks.push_back(ContentsPlaceholder{junk(20)});
        INFO("round " << round);
        const PdfResult r = render_pdf(doc);
        INFO(r.error);
        REQUIRE(r.ok());
        if (round % 5 == 0) {
            test::require_tool("qpdf", "qpdf");
            CHECK(run("qpdf --check " + save(r, "junk.pdf").string()).status == 0);
        }
    }
}

namespace {

// The URI of every link annotation of the PDF, in order (qpdf writes each as /URI (...)).
std::vector<std::string> pdf_uris(const PdfResult& r) {
    const fs::path file = save(r, "links.pdf");
    test::require_tool("qpdf", "qpdf");
    const test::RunResult qdf = run("qpdf --qdf --object-streams=disable '" + file.string() + "' -");
    REQUIRE(qdf.status == 0);
    std::vector<std::string> out;
    const std::regex uri("/URI \\(([^)]*)\\)");
    for (auto it = std::sregex_iterator(qdf.out.begin(), qdf.out.end(), uri); it != std::sregex_iterator(); ++it)
        out.push_back((*it)[1].str());
    return out;
}

std::vector<std::string> html_hrefs(const std::string& html) {
    std::vector<std::string> out;
    const std::regex href("<a href=\"([^\"#][^\"]*)\"");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), href); it != std::sregex_iterator(); ++it)
        out.push_back((*it)[1].str());
    return out;
}

}  // namespace

// Issue 17: a Document's link is published alike in the PDF (a URI link annotation) and the
// HTML (an <a href>), or in neither; whatever else a Document holds prints as plain text.
TEST_CASE("both editions publish the same links: https:, http: and mailto: only") {
    const Document doc = small_document({
        Run::url("site", "https://example.gov.uk/complaints"),
        Run::plain(" "),
        Run::url("SHOUT", "HTTPS://EXAMPLE.GOV.UK/A"),
        Run::plain(" "),
        Run::url("tabbed", "ht\ttps://example.org/t"),
        Run::plain(" "),
        Run::url("mail", "mailto:complaints@example.gov.uk"),
        Run::plain(" "),
        Run::url("script", "javascript:alert(1)"),
        Run::plain(" "),
        Run::url("hidden script", "java\tscript:alert(1)"),
        Run::plain(" "),
        Run::url("data", "data:text/html,<b>x</b>"),
        Run::plain(" "),
        Run::url("file", "file://server/share/Jane%20Doe.docx"),
        Run::plain(" "),
        Run::url("unc", "\\\\server\\share\\complaints.xlsx"),
        Run::plain(" "),
        Run::url("phone", "tel:07700900123"),
        Run::plain(" "),
        Run::url("password", "https://user:secret@example.org/"),
    });
    const std::vector<std::string> published{"https://example.gov.uk/complaints", "https://EXAMPLE.GOV.UK/A",
                                             "https://example.org/t", "mailto:complaints@example.gov.uk"};
    const PdfResult pdf = render_pdf(doc);
    REQUIRE(pdf.ok());
    CHECK(pdf_uris(pdf) == published);
    const std::string html = render_html(doc).html;
    CHECK(html_hrefs(html) == published);
    // The rest is printed, as text.
    for (const char* word : {">script<", ">hidden script<", ">data<", ">file<", ">unc<", ">phone<", ">password<"})
        CHECK(html.find(word) == std::string::npos);
    CHECK(html.find(" script hidden script data file unc phone password") != std::string::npos);
    const std::string bytes(pdf.bytes.begin(), pdf.bytes.end());
    for (const char* scheme : {"javascript", "data:", "file:", "tel:", "secret"}) CHECK(bytes.find(scheme) == std::string::npos);
}
