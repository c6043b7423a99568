// Where the characters the PDF's fonts lack came from (src/jobs/missing_characters.hpp): the
// file and line of the data's text, one message a CSV column, the rest named without a place.
#include <catch2/catch.hpp>

#include "jobs/missing_characters.hpp"

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

}  // namespace

TEST_CASE("a missing character is named at the file and line of each text holding it") {
    const std::vector<PublishedText> texts = {
        {"D/complaints.csv", 4, "service_area", "Home Care \u4E2D", {}},
        {"D/compliments.csv", 3, "text", "Thanks " + kSmile + kSmile + " and \u4E2D", {}},
        {"D/compliments.csv", 7, "text", "Lovely " + kSmile, {}},
        {"D/compliments.csv", 9, "text", "No emoji here", {}},
        {"D/lgsco.csv", 2, "summary", "Case " + kSmile, {}},
        // A paragraph of a narrative file from its line 10: a "\n" and a soft break (at byte 6)
        // start lines 11 and 12.
        {"D/narrative/a.md", 10, "", "First Second " + kSmile + "\nThird " + kSmile + kSmile, {6}},
        {"D/narrative/a.md", 12, "", "https://example.org/" + kSmile, {}},  // a link on line 12 again
    };
    const publish::PlacedCharacters placed = publish::place_missing_characters({{0x4E2D, 3}, {0x1F60A, 9}, {0x1F600, 1}}, texts);
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
    const std::vector<PublishedText> texts = {{"D/compliments.csv", 3, "text", "Thanks " + kSmile, {}}};
    CHECK(publish::place_missing_characters({}, texts).located.items.empty());
    const publish::PlacedCharacters placed = publish::place_missing_characters({{0x4E2D, 5}}, texts);
    CHECK(placed.located.items.empty());
    REQUIRE(placed.elsewhere.size() == 1);
    CHECK(missing_character_warning(placed.elsewhere[0]) == kHan + " 5 times");
}
