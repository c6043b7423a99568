// The layout engine with a fixed-width fake font: every character is half the font size wide,
// so line breaks and page positions can be worked out by hand.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "pdf/boxes.hpp"
#include "pdf/cp1252.hpp"
#include "pdf/layout.hpp"

using namespace ascreport;
using namespace ascreport::pdf;

namespace {

double fixed_width(Face, double size, std::string_view text) {
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size();) next_code_point(text, i), ++chars;
    return static_cast<double>(chars) * size * 0.5;
}
const Measure kMeasure = fixed_width;

std::vector<std::string> texts(const std::vector<Line>& lines) {
    std::vector<std::string> out;
    for (const Line& l : lines) {
        std::string s;
        for (const Segment& seg : l.segments) s += (s.empty() ? "" : "|") + seg.text;
        out.push_back(s);
    }
    return out;
}

// Pages (by index) on which a text item equal to `text` is drawn.
std::vector<int> pages_with(const Layout& layout, const std::string& text) {
    std::vector<int> out;
    for (std::size_t p = 0; p < layout.pages.size(); ++p)
        for (const Item& item : layout.pages[p].items)
            if (const auto* t = std::get_if<TextItem>(&item); t && t->text == text) out.push_back(static_cast<int>(p));
    return out;
}

Paragraph filler(int index) {
    return Paragraph{{Run::plain("Filler paragraph " + std::to_string(index) +
                                 " has enough words in it to run over several lines of the page, so that pages fill "
                                 "up at an uneven rate and headings land in many different places.")}};
}

Document doc_with(std::vector<Block> blocks) {
    Document doc;
    doc.cover = {"Adult Social Care", "Annual Report", "2023/24", "Council", "", ""};
    doc.blocks = std::move(blocks);
    return doc;
}

}  // namespace

TEST_CASE("words wrap at spaces with the line width filled exactly") {
    // Size 10: each character is 5 points, so a 50-point line holds 10 characters.
    CHECK(texts(wrap_text("aaaa bbbb cccc", 50, 10, Face::Regular, kMeasure)) ==
          std::vector<std::string>{"aaaa bbbb", "cccc"});
    CHECK(texts(wrap_text("aaaa bbbbb", 50, 10, Face::Regular, kMeasure)) == std::vector<std::string>{"aaaa bbbbb"});
    CHECK(texts(wrap_text("aaaa bbbbbb", 50, 10, Face::Regular, kMeasure)) ==
          std::vector<std::string>{"aaaa", "bbbbbb"});
    CHECK(texts(wrap_text("  spaced   out  ", 50, 10, Face::Regular, kMeasure)) ==
          std::vector<std::string>{"spaced out"});
    CHECK(texts(wrap_text("", 50, 10, Face::Regular, kMeasure)) == std::vector<std::string>{""});
}

TEST_CASE("a word longer than the line is cut between characters") {
    CHECK(texts(wrap_text("abcdefghijklmnopqrstuvwxy", 50, 10, Face::Regular, kMeasure)) ==
          std::vector<std::string>{"abcdefghij", "klmnopqrst", "uvwxy"});
    CHECK(texts(wrap_text("ab cdefghijklmnop", 50, 10, Face::Regular, kMeasure)) ==
          std::vector<std::string>{"ab", "cdefghijkl", "mnop"});
    // Multi-byte characters are cut whole: é and £ are one character each.
    CHECK(texts(wrap_text("éééééééééé££", 50, 10, Face::Regular, kMeasure)) ==
          std::vector<std::string>{"éééééééééé", "££"});
}

TEST_CASE("line breaks in the text are kept") {
    CHECK(texts(wrap_text("Kind regards\n(Name)", 500, 10, Face::Regular, kMeasure)) ==
          std::vector<std::string>{"Kind regards", "(Name)"});
    CHECK(texts(wrap_text("one\n\nthree", 500, 10, Face::Regular, kMeasure)) ==
          std::vector<std::string>{"one", "", "three"});
}

TEST_CASE("styled runs become segments at the right positions") {
    const Runs runs = {Run::plain("In total "), Run::strong("59"), Run::plain(" complaints, see "),
                       Run::url("the site", "https://example.org/")};
    const auto lines = wrap(runs, 1000, 10, Face::Regular, kMeasure);
    REQUIRE(lines.size() == 1);
    const auto& s = lines[0].segments;
    REQUIRE(s.size() == 4);
    CHECK(s[0].text == "In total");
    CHECK(s[1].text == "59");
    CHECK(s[1].face == Face::Bold);
    CHECK(s[1].x == Approx(45));  // "In total " is 9 characters
    CHECK(s[2].text == "complaints, see");
    CHECK(s[2].x == Approx(60));
    CHECK(s[3].text == "the site");
    CHECK(s[3].link == "https://example.org/");
    CHECK(lines[0].width == Approx(5.0 * 36));
    // Italic base (quotes): plain runs are italic, bold runs stay bold.
    const auto quote = wrap({Run::plain("a "), Run::strong("b")}, 100, 10, Face::Italic, kMeasure);
    CHECK(quote[0].segments[0].face == Face::Italic);
    CHECK(quote[0].segments[1].face == Face::Bold);
}

TEST_CASE("text stays inside the margins on every page") {
    std::vector<Block> blocks;
    for (int i = 0; i < 60; ++i) blocks.push_back(filler(i));
    blocks.push_back(Table{"T", {{"Name", Align::Left, 3}, {"Count", Align::Right, 1}}, {{"a", "1"}}, true, {}});
    const Geometry g;
    const Layout layout = lay_out(doc_with(blocks), kMeasure, g);
    REQUIRE(layout.pages.size() > 3);
    for (std::size_t p = 1; p < layout.pages.size(); ++p) {
        for (const Item& item : layout.pages[p].items) {
            const auto* t = std::get_if<TextItem>(&item);
            if (!t) continue;
            CHECK(t->x >= g.left - 1e-6);
            CHECK(t->x + fixed_width(t->face, t->size, t->text) <= g.width - g.right + 1e-6);
            CHECK(t->y <= g.height - g.top);
            CHECK(t->y > 20);  // the footer sits below the bottom margin, but on the page
        }
    }
}

TEST_CASE("every page but the cover has a page number footer") {
    std::vector<Block> blocks;
    for (int i = 0; i < 40; ++i) blocks.push_back(filler(i));
    const Layout layout = lay_out(doc_with(blocks), kMeasure);
    const std::string total = std::to_string(layout.pages.size());
    CHECK(pages_with(layout, "Page 1 of " + total).empty());
    for (std::size_t p = 1; p < layout.pages.size(); ++p)
        CHECK(pages_with(layout, "Page " + std::to_string(p + 1) + " of " + total) == std::vector<int>{int(p)});
}

TEST_CASE("a page break starts a new page, but never an empty one") {
    const Layout layout = lay_out(doc_with({Paragraph{{Run::plain("one")}}, PageBreak{}, PageBreak{},
                                            Paragraph{{Run::plain("two")}}, PageBreak{}}),
                                  kMeasure);
    CHECK(pages_with(layout, "one") == std::vector<int>{1});
    CHECK(pages_with(layout, "two") == std::vector<int>{2});
    CHECK(layout.pages.size() == 3);
}

TEST_CASE("a heading is never the last thing on a page") {
    // Push the heading down the page a line at a time; wherever it lands, the first lines of
    // the paragraph after it land on the same page.
    for (int fill = 0; fill < 50; ++fill) {
        std::vector<Block> blocks;
        for (int i = 0; i < fill; ++i) blocks.push_back(Paragraph{{Run::plain("line " + std::to_string(i))}});
        blocks.push_back(Heading{2, "The heading", true});
        blocks.push_back(Paragraph{{Run::plain("first")}});
        blocks.push_back(Heading{1, "Another heading", true});
        blocks.push_back(Table{"Caption", {{"Name", Align::Left, 1}}, {{"row one"}, {"row two"}}, true, {}});
        const Layout layout = lay_out(doc_with(blocks), kMeasure);
        INFO("filler paragraphs: " << fill);
        REQUIRE(pages_with(layout, "The heading").size() == 1);
        CHECK(pages_with(layout, "The heading") == pages_with(layout, "first"));
        CHECK(pages_with(layout, "Another heading") == pages_with(layout, "Caption"));
        CHECK(pages_with(layout, "Caption") == pages_with(layout, "row one"));
    }
}

TEST_CASE("a long table splits between rows and repeats its header") {
    Table t{"Complaints by service area", {{"Service area", Align::Left, 3}, {"2023/24", Align::Right, 1}}, {}, true,
            std::vector<std::string>{"Total", "999"}};
    for (int i = 0; i < 90; ++i) t.rows.push_back({"Service " + std::to_string(i), std::to_string(i)});
    const Layout layout = lay_out(doc_with({t}), kMeasure);
    const auto header_pages = pages_with(layout, "Service area");
    REQUIRE(header_pages.size() >= 3);
    std::set<int> row_pages;
    for (int i = 0; i < 90; ++i) {
        const auto p = pages_with(layout, "Service " + std::to_string(i));
        REQUIRE(p.size() == 1);  // each row exactly once
        row_pages.insert(p[0]);
    }
    CHECK(std::vector<int>(row_pages.begin(), row_pages.end()) == header_pages);
    CHECK(pages_with(layout, "Complaints by service area") == std::vector<int>{header_pages.front()});
    CHECK(pages_with(layout, "Complaints by service area (continued)").size() == header_pages.size() - 1);
    // The total row shares its page with at least the last two rows.
    CHECK(pages_with(layout, "Total") == pages_with(layout, "Service 89"));
    CHECK(pages_with(layout, "Service 88") == pages_with(layout, "Service 89"));
}

TEST_CASE("a table row never splits") {
    Table t{"", {{"Text", Align::Left, 1}, {"N", Align::Right, 1}}, {}, true, {}};
    for (int i = 0; i < 40; ++i)
        t.rows.push_back({"row " + std::to_string(i) + " first\nrow " + std::to_string(i) + " second\nrow " +
                              std::to_string(i) + " third",
                          std::to_string(i)});
    const Layout layout = lay_out(doc_with({t}), kMeasure);
    REQUIRE(layout.pages.size() > 2);
    for (int i = 0; i < 40; ++i) {
        const std::string r = "row " + std::to_string(i);
        CHECK(pages_with(layout, r + " first") == pages_with(layout, r + " third"));
    }
}

TEST_CASE("a short table is not split at all") {
    for (int fill = 30; fill < 50; ++fill) {
        std::vector<Block> blocks;
        for (int i = 0; i < fill; ++i) blocks.push_back(Paragraph{{Run::plain("line")}});
        blocks.push_back(Table{"Small", {{"A", Align::Left, 1}}, {{"r1"}, {"r2"}, {"r3"}, {"r4"}}, true,
                               std::vector<std::string>{"Total"}});
        const Layout layout = lay_out(doc_with(blocks), kMeasure);
        INFO("filler: " << fill);
        CHECK(pages_with(layout, "Small") == pages_with(layout, "Total"));
        CHECK(pages_with(layout, "Small (continued)").empty());
    }
}

TEST_CASE("a chart stays on one page") {
    for (int fill = 20; fill < 50; fill += 3) {
        std::vector<Block> blocks;
        for (int i = 0; i < fill; ++i) blocks.push_back(Paragraph{{Run::plain("line")}});
        blocks.push_back(BarChart{"Chart title", {"Jan", "Feb", "Mar"}, {{"2023/24", {1, 5, 3}, {"1 (11%)", "5 (56%)", "3 (33%)"}}},
                                  "Number", ChartOrientation::Vertical});
        const Layout layout = lay_out(doc_with(blocks), kMeasure);
        INFO("filler: " << fill);
        CHECK(pages_with(layout, "Chart title").size() == 1);
        CHECK(pages_with(layout, "Chart title") == pages_with(layout, "Mar"));
        CHECK(pages_with(layout, "Chart title") == pages_with(layout, "5 (56%)"));
    }
}

TEST_CASE("contents entries show the pages their headings land on and link to them") {
    for (int headings : {6, 70}) {  // 70 entries: the contents itself runs to two pages
        std::vector<Block> blocks{ContentsPlaceholder{}, PageBreak{}};
        for (int h = 0; h < headings; ++h) {
            blocks.push_back(Heading{h % 3 == 0 ? 1 : 2, "Section " + std::to_string(h), true});
            for (int i = 0; i < h % 4 + 1; ++i) blocks.push_back(filler(i));
        }
        blocks.push_back(Heading{2, "Not listed", false});
        const Layout layout = lay_out(doc_with(blocks), kMeasure);
        INFO("headings: " << headings);
        REQUIRE(layout.headings.size() == static_cast<std::size_t>(headings) + 2);  // + contents title, unlisted
        std::vector<const LinkItem*> links;
        std::vector<std::string> numbers;
        const auto contents_pages = pages_with(layout, "Contents");
        REQUIRE(contents_pages == std::vector<int>{1});
        const int last_contents_page = headings > 60 ? 2 : 1;
        for (int p = 1; p <= last_contents_page; ++p) {
            for (const Item& item : layout.pages[static_cast<std::size_t>(p)].items) {
                if (const auto* l = std::get_if<LinkItem>(&item)) links.push_back(l);
            }
        }
        REQUIRE(links.size() == static_cast<std::size_t>(headings));
        for (int h = 0; h < headings; ++h) {
            const PlacedHeading& placed = layout.headings[static_cast<std::size_t>(h) + 1];
            CHECK(placed.text == "Section " + std::to_string(h));
            CHECK(pages_with(layout, placed.text).size() == 2);  // the entry and the heading
            CHECK(pages_with(layout, placed.text).back() == placed.page);
            CHECK(placed.page > last_contents_page);
            CHECK(links[static_cast<std::size_t>(h)]->page == placed.page);
            CHECK(links[static_cast<std::size_t>(h)]->dest_y == Approx(placed.top));
            // The printed number right of the entry is the page's number (index + 1).
            CHECK_FALSE(pages_with(layout, std::to_string(placed.page + 1)).empty());
        }
        CHECK(pages_with(layout, "Not listed").size() == 1);
    }
}

TEST_CASE("the council colour must be #RRGGBB") {
    std::vector<std::string> warnings;
    CHECK(make_style("#1d4F91", warnings).brand == Colour{0x1D, 0x4F, 0x91});
    for (const char* bad : {"#+1AABB", "1D4F91", "#1D4F9", "#1D4F91 ", "#GG0000"}) {
        warnings.clear();
        CHECK(make_style(bad, warnings).brand == Colour{0x1D, 0x4F, 0x91});
        CHECK(warnings.size() == 1);
    }
    // Text on a light council colour turns dark, and headings darken until they read on white.
    warnings.clear();
    const Style yellow = make_style("#F0E442", warnings);
    CHECK(yellow.on_brand == yellow.ink);
    CHECK(yellow.brand_text.r < 0xF0);
    CHECK(make_style("#1D4F91", warnings).on_brand == Colour{0xFF, 0xFF, 0xFF});
}

TEST_CASE("problems in the model are warnings, not failures") {
    Document doc = doc_with({Heading{5, "Too deep", true},
                             BarChart{"Bad chart", {"a", "b"}, {{"s", {1}, {}}}, "", ChartOrientation::Auto},
                             BarChart{"Signs", {"a", "b"}, {{"s", {-1, 2}, {}}}, "", ChartOrientation::Auto},
                             Table{"No columns", {}, {{"x"}}, true, {}}});
    doc.theme.colour = "blue";
    const Layout layout = lay_out(doc, kMeasure);
    CHECK(layout.warnings == std::vector<std::string>{
                                 "theme colour \"blue\" is not #RRGGBB; using #1D4F91",
                                 "heading \"Too deep\" has level 5; levels are 1 to 3",
                                 "chart \"Bad chart\": series \"s\" has 1 values for 2 categories",
                                 "chart \"Signs\" has negative or undefined values; they are drawn as 0",
                                 "table \"No columns\" has no columns and is left out",
                             });
    CHECK(pages_with(layout, "Too deep").size() == 1);
}
