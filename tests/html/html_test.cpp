// The HTML edition's renderer (ascreport/html.hpp): the structure it promises, checked on the
// file itself (tests/support/html_checks.hpp); escaping of any text; the logo inline; the
// council colour at AA contrast; the same Document, the same bytes. The check in a real browser
// (axe-core in Chromium) is tests/cli/html_edition_test.cpp.
#include <catch2/catch.hpp>

#include <algorithm>

#include "ascreport/colour.hpp"
#include "ascreport/html.hpp"
#include "html_checks.hpp"
#include "sample_document.hpp"
#include "test_support.hpp"

using namespace ascreport;

namespace {

std::set<std::string> links_of(const Document& doc) {
    std::set<std::string> out;
    auto add = [&out](const Runs& runs) {
        for (const Run& r : runs)
            if (!r.link.empty()) out.insert(r.link);
    };
    for (const Block& b : doc.blocks) {
        if (const auto* p = std::get_if<Paragraph>(&b)) add(p->runs);
        if (const auto* q = std::get_if<Quote>(&b)) add(q->runs);
        if (const auto* l = std::get_if<BulletList>(&b))
            for (const Runs& item : l->items) add(item);
    }
    return out;
}

Document small(std::vector<Block> blocks) {
    Document doc;
    doc.info = {"Annual Report 2023/24", "Example Council", "Subject", "ascreport test", "", 1725148800};
    doc.cover = {"Adult Social Care", "Annual Report", "2023/24", "Example Council", "", "September 2024"};
    doc.blocks = std::move(blocks);
    return doc;
}

std::size_t occurrences(const std::string& s, const std::string& what) {
    std::size_t n = 0;
    for (auto at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("the sample document's HTML edition has the structure it promises", "[html]") {
    const Document doc = testing::sample_document();
    const HtmlResult r = render_html(doc);
    CHECK(r.warnings.empty());
    CHECK(test::html_structure_problems(r.html, links_of(doc)).empty());
    CHECK(r.html.rfind("<!DOCTYPE html>\n<html lang=\"en-GB\">", 0) == 0);
    CHECK(r.html.size() < 300'000);

    std::size_t tables = 0, charts = 0, listed = 0;
    for (const Block& b : doc.blocks) {
        tables += std::holds_alternative<Table>(b);
        charts += std::holds_alternative<BarChart>(b);
        if (const auto* h = std::get_if<Heading>(&b)) listed += h->in_contents;
    }
    // Each chart is an SVG and a table of its figures, besides the Document's own tables.
    CHECK(occurrences(r.html, "<svg role=\"img\"") == charts);
    CHECK(occurrences(r.html, "<table>") == tables + charts);
    // The contents: a link to every listed heading.
    const auto nav = r.html.substr(r.html.find("<nav"), r.html.find("</nav>") - r.html.find("<nav"));
    CHECK(occurrences(nav, "<a href=\"#") == listed);
    // Every word and figure of the Document is in the page's text.
    const std::string text = test::html_text(r.html);
    for (const Block& b : doc.blocks) {
        if (const auto* t = std::get_if<Table>(&b))
            for (const auto& row : t->rows)
                for (const std::string& cell : row) CHECK(text.find(cell) != std::string::npos);
        if (const auto* k = std::get_if<KeyFacts>(&b))
            for (const KeyFact& f : k->tiles) CHECK(text.find(f.number + "   " + f.caption) != std::string::npos);
        if (const auto* c = std::get_if<BarChart>(&b))
            for (const ChartSeries& s : c->series)
                for (const std::string& label : s.labels) CHECK(text.find(label) != std::string::npos);
    }
}

TEST_CASE("the structure check finds what it looks for", "[html]") {
    // The checker itself must be able to fail: each of these breaks one promise.
    const std::string good = render_html(small({Heading{1, "One", true}, Paragraph{{Run::plain("x")}}})).html;
    CHECK(test::html_structure_problems(good, {}).empty());
    auto broken = [&good](const std::string& from, const std::string& to) {
        std::string s = good;
        const auto at = s.find(from);
        REQUIRE(at != std::string::npos);
        return s.replace(at, from.size(), to);
    };
    CHECK_FALSE(test::html_structure_problems(broken("<h2 ", "<h3 "), {}).empty());
    CHECK_FALSE(test::html_structure_problems(broken("<h2 ", "<h1 "), {}).empty());
    CHECK_FALSE(test::html_structure_problems(broken("lang=\"en-GB\"", ""), {}).empty());
    CHECK_FALSE(test::html_structure_problems(broken("</body>", "<img src=\"https://x.invalid/a.png\" alt=\"\"></body>"), {}).empty());
    CHECK_FALSE(test::html_structure_problems(broken("</body>", "<script></script></body>"), {}).empty());
    CHECK_FALSE(test::html_structure_problems(broken("</body>", "<table><tr><th>a</th></tr></table></body>"), {}).empty());
    CHECK_FALSE(test::html_structure_problems(broken("</body>", "<a href=\"https://x.invalid/\">x</a></body>"), {}).empty());
    CHECK(test::html_structure_problems(broken("</body>", "<a href=\"https://x.invalid/\">x</a></body>"),
                                        {"https://x.invalid/"}).empty());
}

TEST_CASE("headings never skip a level, and the contents nest and link to them", "[html]") {
    const std::string html = render_html(small({Heading{3, "Deep first", true}, ContentsPlaceholder{}, Heading{1, "A", true},
                                                Heading{2, "A.1", true}, Heading{3, "A.1.a", false}, Heading{1, "A", true}}))
                                 .html;
    CHECK(test::html_structure_problems(html, {}).empty());
    CHECK(html.find("<h2 id=\"deep-first\">Deep first</h2>") != std::string::npos);  // raised: it follows the <h1>
    CHECK(html.find("<h3 id=\"a-1\">A.1</h3>") != std::string::npos);
    CHECK(html.find("<h4 id=\"a-1-a\">A.1.a</h4>") != std::string::npos);
    CHECK(html.find("<h2 id=\"a-2\">A</h2>") != std::string::npos);  // the same words, its own id
    CHECK(html.find("<li><a href=\"#a\">A</a>\n<ol>\n<li><a href=\"#a-1\">A.1</a></li>\n</ol></li>\n<li><a href=\"#a-2\">A</a>") !=
          std::string::npos);
    CHECK(html.find("href=\"#a-1-a\"") == std::string::npos);  // not listed in the contents
}

TEST_CASE("tables have captions and scoped headers, and a chart is a named SVG with its figures beside it", "[html]") {
    Table t;
    t.columns = {{"Outcome", Align::Left, 2}, {"2023/24", Align::Right, 1}};
    t.rows = {{"Upheld", "12"}, {"Not upheld", "7"}};
    t.total_row = std::vector<std::string>{"Total", "19"};
    BarChart c{"Complaints by month", {"Apr", "May"}, {{"2023/24", {5, 4}, {"5", "4"}}, {"2022/23", {3, 6}, {"3", "6"}}},
               "Number received", ChartOrientation::Auto};
    const std::string html = render_html(small({Heading{1, "Outcomes", true}, t, c})).html;
    CHECK(test::html_structure_problems(html, {}).empty());
    // Without its own caption the table is named by the heading above it, for screen readers.
    CHECK(html.find("<caption id=\"table-outcomes\"><span class=\"visually-hidden\">Outcomes</span></caption>") != std::string::npos);
    CHECK(html.find("<tr><th scope=\"row\">Upheld</th><td class=\"num\">12</td></tr>") != std::string::npos);
    CHECK(html.find("<tr class=\"total\"><th scope=\"row\">Total</th><td class=\"num\">19</td></tr>") != std::string::npos);
    CHECK(html.find("<title id=\"chart-complaints-by-month-title\">Complaints by month</title>") != std::string::npos);
    CHECK(html.find("<desc id=\"chart-complaints-by-month-desc\">Bar chart of Number received, by 2 categories. Apr: 2023/24 5, "
                    "2022/23 3; May: 2023/24 4, 2022/23 6.</desc>") != std::string::npos);
    CHECK(html.find("<tr><th scope=\"row\">May</th><td class=\"num\">4</td><td class=\"num\">6</td></tr>") != std::string::npos);
}

TEST_CASE("any text is escaped, any letter printed, and only web and e-mail links kept", "[html]") {
    const std::string html =
        render_html(small({Paragraph{{Run::plain("<script>alert(1)</script> & \"q\" 'a' \xC5\x81ukasz Dzi\xC4\x99kuj\xC4\x99 "
                                                 "\xC5\xB5 \xC8\x99 Nguy\xE1\xBB\x85n \xF0\x9F\x98\x80 bad\xFF byte \x01"),
                                      Run::url("site", "https://example.gov.uk/a?b=1&c=2"), Run::url("bad", "javascript:alert(1)"),
                                      Run::url("file", "file:///etc/passwd"), Run::url("mail", "mailto:a@example.gov.uk"),
                                      Run::url("ring", "tel:07700900123")}}}))
            .html;
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &#39;a&#39; \xC5\x81ukasz Dzi\xC4\x99kuj\xC4\x99 "
                    "\xC5\xB5 \xC8\x99 Nguy\xE1\xBB\x85n \xF0\x9F\x98\x80 bad\xEF\xBF\xBD byte ") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<a href=\"https://example.gov.uk/a?b=1&amp;c=2\">site</a>") != std::string::npos);
    CHECK(html.find("javascript:") == std::string::npos);
    CHECK(html.find("file:") == std::string::npos);
    CHECK(html.find(">bad<") == std::string::npos);
    CHECK(html.find("<a href=\"mailto:a@example.gov.uk\">mail</a>") != std::string::npos);
    CHECK(html.find("tel:") == std::string::npos);
    CHECK(html.find(">ring</p>") != std::string::npos);
}

TEST_CASE("the logo is inline as a data: URI, and one that is not PNG or JPEG is a warning", "[html]") {
    Document doc = small({});
    const auto fixture = [](const std::string& name) {
        const std::string bytes = test::slurp(std::string(::test::source_dir()) + "/tests/fixtures/" + name);
        return std::vector<std::uint8_t>(bytes.begin(), bytes.end());
    };
    doc.cover.logo = "logo.png";
    doc.cover.logo_image = fixture("logo.png");
    HtmlResult r = render_html(doc);
    CHECK(r.warnings.empty());
    CHECK(r.html.find("<img src=\"data:image/png;base64,iVBORw0KGgo") != std::string::npos);
    CHECK(r.html.find("alt=\"Example Council logo\"") != std::string::npos);
    doc.cover.logo_image = fixture("logo.jpg");
    CHECK(render_html(doc).html.find("<img src=\"data:image/jpeg;base64,/9j/") != std::string::npos);
    // The renderer reads no file: a logo named without its bytes is not there.
    doc.cover.logo_image.clear();
    r = render_html(doc);
    CHECK(r.html.find("<img") == std::string::npos);
    CHECK(r.warnings.empty());
    doc.cover.logo = "logo.gif";
    doc.cover.logo_image = {'G', 'I', 'F', '8', '9', 'a'};
    r = render_html(doc);
    CHECK(r.html.find("<img") == std::string::npos);
    CHECK(r.warnings ==
          std::vector<std::string>{"image logo.gif: cannot be read as PNG or JPEG; it is left out of the HTML edition"});
}

TEST_CASE("the council colour is used at AA contrast, darkened when it falls short", "[html]") {
    Document doc = small({});
    CHECK(render_html(doc).html.find("--brand:#1D4F91;") != std::string::npos);  // the default passes as it is
    doc.theme.colour = "#FFDD00";
    const std::string html = render_html(doc).html;
    const auto at = html.find("--brand:#");
    REQUIRE(at != std::string::npos);
    const auto shade = parse_rgb(html.substr(at + 8, 7));
    REQUIRE(shade);
    CHECK(contrast_ratio(*shade, kWhite) >= 4.5);
    CHECK(contrast_ratio(*shade, kWhite) < 4.8);  // the lightest shade that passes, not black
    CHECK(*shade == readable_shade(Rgb{0xFF, 0xDD, 0x00}));
}

TEST_CASE("colours: contrast as WCAG measures it, and the warning for a colour that fails", "[html]") {
    CHECK(contrast_ratio(Rgb{0, 0, 0}, kWhite) == Approx(21.0));
    CHECK(contrast_ratio(Rgb{0x76, 0x76, 0x76}, kWhite) == Approx(4.54).margin(0.01));
    CHECK(hex_of(Rgb{0x1D, 0x4F, 0x91}) == "#1D4F91");
    CHECK_FALSE(parse_rgb("1D4F91"));
    CHECK_FALSE(parse_rgb("#1D4F9G"));
    CHECK(readable_shade(Rgb{0x1D, 0x4F, 0x91}) == Rgb{0x1D, 0x4F, 0x91});
    CHECK_FALSE(colour_contrast_warning("#1D4F91", "report.toml: council.colour"));
    CHECK_FALSE(colour_contrast_warning("not a colour", "report.toml: council.colour"));
    CHECK(colour_contrast_warning("#FFDD00", "report.toml: council.colour") ==
          "report.toml: council.colour: the council colour #FFDD00 has a contrast of only 1.3:1 with white, below the 4.5:1 "
          "that WCAG 2.1 AA asks of text; the HTML edition uses the darker shade " +
              hex_of(readable_shade(Rgb{0xFF, 0xDD, 0x00})) + " instead (choose a darker colour to set it yourself)");
}

TEST_CASE("the same Document gives the same bytes", "[html]") {
    CHECK(render_html(testing::sample_document()).html == render_html(testing::sample_document()).html);
}

TEST_CASE("arbitrary bytes in every text field never break the HTML", "[html]") {
    std::string noise;
    for (int i = 0; i < 256; ++i) noise += static_cast<char>(i);
    Table t{noise, {{noise, Align::Left, 1}}, {{noise}, {}}, true, std::vector<std::string>{noise, noise}};
    BarChart c{noise, {noise, ""}, {{noise, {1, -2}, {noise}}}, noise, ChartOrientation::Auto};
    Document doc = small({Heading{7, noise, true}, Heading{-1, noise, true}, Paragraph{{Run{noise, true, true, noise}}},
                          Quote{{Run::plain(noise)}}, BulletList{{{Run::plain(noise)}}}, t, c, KeyFacts{{{noise, noise}}},
                          ContentsPlaceholder{noise}});
    doc.info.title = doc.cover.title = doc.cover.council = noise;
    const std::string html = render_html(doc).html;
    CHECK(test::html_structure_problems(html, {}).empty());
    CHECK(html.find('\x01') == std::string::npos);
}
