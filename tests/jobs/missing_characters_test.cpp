// Where the characters the PDF's fonts lack came from (src/jobs/missing_characters.hpp): the
// file and line of the data's text as the renderer reports it, one message a CSV column, the rest
// named without a place.
#include <catch2/catch.hpp>

#include "jobs/missing_characters.hpp"
#include "pdf_fonts.hpp"

using namespace ascreport;

namespace {

std::vector<std::string> shown(const Diagnostics& d) {
    std::vector<std::string> out;
    for (const Diagnostic& x : d.items) out.push_back(x.format());
    return out;
}

const std::string kSmile = "\U0001F60A";
const std::string kLeftOut = "character U+1F60A (\U0001F60A) is not in the report fonts; left out of the PDF (the HTML "
                             "edition keeps it)";
const std::string kHan = "character U+4E2D (\u4E2D) is not in the report fonts; printed as \"?\"";

// A run of `text` read from `file`, `line` and `column` (with `line_starts`).
Run sourced(std::string text, std::string file, std::uint32_t line, std::string column,
            std::vector<std::size_t> line_starts = {}) {
    Run r = Run::plain(std::move(text));
    r.source = std::make_shared<const Source>(Source{std::move(file), line, std::move(column), std::move(line_starts)});
    return r;
}

}  // namespace

TEST_CASE("a missing character is named at the file and line of each text holding it") {
    Document doc;
    // In print order, which is not the order of the messages: those come in the scan's order.
    doc.blocks.push_back(Quote{{sourced("Thanks " + kSmile + kSmile + " and \u4E2D", "D/compliments.csv", 3, "text")}});
    doc.blocks.push_back(Quote{{sourced("Lovely " + kSmile, "D/compliments.csv", 7, "text")}});
    doc.blocks.push_back(Quote{{sourced("No emoji here", "D/compliments.csv", 9, "text")}});
    // A paragraph of a narrative file from its line 10: a soft break (at byte 6) and a "\n"
    // start lines 11 and 12; then a paragraph on its line 12 again.
    doc.blocks.push_back(Paragraph{{sourced("First Second " + kSmile + "\nThird " + kSmile + kSmile, "D/narrative/a.md", 10, "", {6})}});
    doc.blocks.push_back(Paragraph{{sourced("https://example.org/" + kSmile, "D/narrative/a.md", 12, "")}});
    doc.blocks.push_back(Paragraph{{sourced("Case " + kSmile, "D/lgsco.csv", 2, "summary")}});
    Table table;
    table.columns = {{"Service area"}, {"2023/24"}};
    table.rows = {{"Home Care \u4E2D", "3"}};
    table.row_sources = {std::make_shared<const Source>(Source{"D/complaints.csv", 4, "service_area", {}})};
    doc.blocks.push_back(table);
    // The template's own words: a character in no sourced text is named without a place.
    doc.blocks.push_back(Paragraph{{Run::plain("Grinning \U0001F600")}});
    const PdfResult pdf = test::render_pdf(doc);
    REQUIRE(pdf.ok());
    const jobs::PlacedCharacters placed = jobs::place_missing_characters(pdf.missing, pdf.sourced_missing);
    CHECK(shown(placed.located) == std::vector<std::string>{
                                       "D/complaints.csv:4: column service_area: warning: " + kHan,
                                       "D/compliments.csv:3: column text: warning: " + kLeftOut + " (on 2 rows: lines 3 and 7)",
                                       "D/compliments.csv:3: column text: warning: " + kHan,
                                       "D/lgsco.csv:2: column summary: warning: " + kLeftOut,
                                       "D/narrative/a.md:11: warning: " + kLeftOut,
                                       "D/narrative/a.md:12: warning: " + kLeftOut,
                                   });
    REQUIRE(placed.elsewhere.size() == 1);  // in none of the texts: from the settings or the template
    CHECK(placed.elsewhere[0].code_point == 0x1F600);
    CHECK(placed.elsewhere[0].count == 1);
}

TEST_CASE("with nothing missing there is nothing to place, and a character in no text keeps its count") {
    const SourceRef source = std::make_shared<const Source>(Source{"D/compliments.csv", 3, "text", {}});
    const std::vector<SourcedMissingCharacter> smile = {{0x1F60A, source, 3}};
    CHECK(jobs::place_missing_characters({}, {}).located.items.empty());
    const jobs::PlacedCharacters placed = jobs::place_missing_characters({{0x4E2D, 5}, {0x1F60A, 1}}, smile);
    CHECK(shown(placed.located) == std::vector<std::string>{"D/compliments.csv:3: column text: warning: " + kLeftOut});
    REQUIRE(placed.elsewhere.size() == 1);
    CHECK(missing_character_warning(placed.elsewhere[0]) == kHan + " 5 times");
}
