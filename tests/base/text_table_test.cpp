// TextTable: grouping, display spelling and counts, including past the point where its table of
// exact spellings grows, and after the spellings are rewritten.
#include <catch2/catch.hpp>

#include <string>

#include "ascreport/text_table.hpp"

using namespace ascreport;

TEST_CASE("text table: spellings group case-insensitively and the most frequent one shows") {
    TextTable t;
    const TextId a = t.intern("Mental Health");
    CHECK(t.intern("mental  health") == a);
    CHECK(t.intern("MENTAL HEALTH") == a);
    CHECK(t.intern("mental  health") == a);
    const TextId b = t.intern("Finance");
    CHECK(b != a);
    CHECK(t.size() == 2);
    CHECK(t.display(a) == "mental  health");  // seen twice, the others once
    const auto s = t.spellings(a);
    REQUIRE(s.size() == 3);
    CHECK(s[0] == std::pair<std::string_view, std::uint32_t>{"Mental Health", 1});
    CHECK(s[1] == std::pair<std::string_view, std::uint32_t>{"mental  health", 2});
    CHECK(s[2] == std::pair<std::string_view, std::uint32_t>{"MENTAL HEALTH", 1});
    CHECK(t.find("mental health") == a);
    CHECK(t.find("Mental") == kNoText);
}

TEST_CASE("text table: on a tie the first spelling seen shows, whichever reached the count first") {
    TextTable t;
    const TextId id = t.intern("Day Centre");  // first seen
    t.intern("day centre");
    t.intern("day centre");  // "day centre" leads, 2 to 1
    CHECK(t.display(id) == "day centre");
    t.intern("Day Centre");  // 2 each: the first seen shows
    CHECK(t.display(id) == "Day Centre");
    t.intern("DAY CENTRE");
    t.intern("DAY CENTRE");  // 2 each, seen last: no change
    CHECK(t.display(id) == "Day Centre");
    t.intern("DAY CENTRE");  // 3: the most frequent
    CHECK(t.display(id) == "DAY CENTRE");
}

TEST_CASE("text table: thousands of spellings of every length keep their groups and counts") {
    // Enough distinct spellings to grow the exact-spelling table many times; lengths 1 to 40
    // cover the hash's short, whole-word and overlapping-tail cases.
    TextTable t;
    auto spelling = [](int i, bool upper) {
        std::string s(static_cast<std::size_t>(1 + i % 40), upper ? 'X' : 'x');
        s += std::to_string(i);
        return s;
    };
    for (int round = 0; round < 3; ++round)
        for (int i = 0; i < 5000; ++i) {
            const TextId id = t.intern(spelling(i, false));
            REQUIRE(id == static_cast<TextId>(i));
            if (round == 0) REQUIRE(t.intern(spelling(i, true)) == id);
        }
    CHECK(t.size() == 5000);
    for (int i = 0; i < 5000; i += 997) {
        const auto s = t.spellings(static_cast<TextId>(i));
        REQUIRE(s.size() == 2);
        CHECK(s[0].second == 3);
        CHECK(s[1].second == 1);
        CHECK(t.display(static_cast<TextId>(i)) == spelling(i, false));
    }
}

TEST_CASE("text table: after rewriting, a spelling read again still counts in its group") {
    TextTable t;
    const TextId a = t.intern("Ward of Ann Smith");
    t.rewrite_spellings([](std::string_view) { return std::string("Ward of (Name)"); });
    CHECK(t.display(a) == "Ward of (Name)");
    CHECK(t.intern("ward of ann smith") == a);  // a new spelling of the same group
    CHECK(t.intern("Other ward") != a);
    CHECK(t.size() == 2);
}

TEST_CASE("text table: text typed in Word or on a phone groups with the plain spelling") {
    TextTable t;
    const TextId carers = t.intern("Carers' Support");
    CHECK(t.intern("Carers\u2019 Support") == carers);  // curly apostrophe
    CHECK(t.intern("CARERS\u2019\u00a0SUPPORT") == carers);  // and a no-break space
    CHECK(t.intern("Carers\u2019\u202f Support") == carers);  // a narrow no-break space
    const TextId cafe = t.intern("Caf\u00e9 & Day Services");
    CHECK(t.intern("CAF\u00c9 & DAY SERVICES") == cafe);  // an accented capital
    CHECK(TextTable::key_of("16\u201324") == "16-24");
    CHECK(TextTable::key_of("\u201cQuoted\u201d\u00a0") == "\"quoted\"");
    CHECK(TextTable::key_of("\u00a0 Lead") == "lead");
    CHECK(TextTable::key_of("\u00d7 \u00df") == "\u00d7 \u00df");  // not letters of a case pair: as they are
    CHECK(TextTable::key_of("Zo\u00cb") == "zo\u00eb");
    CHECK(TextTable::key_of("\xC2") == "\xC2");                        // a broken sequence stays as it is
    CHECK(t.size() == 2);
}
