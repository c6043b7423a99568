// The core's text helpers (ascreport/text.hpp): one home for what every stage prints.
#include <catch2/catch.hpp>

#include <string>

#include "ascreport/text.hpp"

using namespace ascreport;

TEST_CASE("numbers of four digits or more print with thousands separators") {
    CHECK(with_thousands(0) == "0");
    CHECK(with_thousands(999) == "999");
    CHECK(with_thousands(1000) == "1,000");
    CHECK(with_thousands(3650) == "3,650");
    CHECK(with_thousands(12500) == "12,500");
    CHECK(with_thousands(1234567) == "1,234,567");
    CHECK(with_thousands(-1234) == "-1,234");
    CHECK(with_thousands(INT64_MIN) == "-9,223,372,036,854,775,808");
}

TEST_CASE("money prints whole pounds bare and pence only when there are any") {
    CHECK(format_money(75000) == "\xC2\xA3" "750");
    CHECK(format_money(125050) == "\xC2\xA3" "1,250.50");
    CHECK(format_money(125005) == "\xC2\xA3" "1,250.05");
    CHECK(format_money(5) == "\xC2\xA3" "0.05");
    CHECK(format_money(0) == "\xC2\xA3" "0");
    CHECK(format_money(-150) == "-\xC2\xA3" "1.50");
}

TEST_CASE("trim, ASCII case and Markdown escaping") {
    CHECK(trim("  a b \t") == "a b");
    CHECK(trim(" \t ").empty());
    CHECK(trim("--x--", "-") == "x");
    CHECK(ascii_lower("MiXeD \xC3\x89") == "mixed \xC3\x89");  // ASCII only
    CHECK(equal_ignoring_case("Service_Area", "service_area"));
    CHECK_FALSE(equal_ignoring_case("area", "areas"));
    CHECK(markdown_escape("*a* [b](c) 5.0") == "\\*a\\* \\[b\\]\\(c\\) 5\\.0");
}

TEST_CASE("one Windows-1252 table: the typographic bytes, and the unassigned ones as C1 controls") {
    CHECK(windows1252_to_unicode(0x80) == 0x20AC);  // €
    CHECK(windows1252_to_unicode(0x92) == 0x2019);  // ’
    CHECK(windows1252_to_unicode(0x96) == 0x2013);  // –
    CHECK(windows1252_to_unicode(0xE9) == 0xE9);    // é
    for (unsigned char b : {0x81, 0x8D, 0x8F, 0x90, 0x9D}) CHECK(windows1252_to_unicode(b) == b);
    CHECK(windows1252_to_unicode('A') == 'A');
}

TEST_CASE("display width: the columns a terminal gives the text") {
    CHECK(display_width("") == 0);
    CHECK(display_width("Adult Social Care") == 17);
    CHECK(display_width("Caf\xC3\xA9") == 4);              // é, one code point
    CHECK(display_width("Cafe\xCC\x81") == 4);             // e and a combining accent
    CHECK(display_width("\xE4\xB8\xAD\xE6\x96\x87") == 4);  // two wide Chinese characters
    CHECK(display_width("\xF0\x9F\x98\x8A") == 2);          // an emoji
    CHECK(display_width("a\xFF" "b") == 3);                  // a malformed byte shows as U+FFFD
}

TEST_CASE("UTF-8 encodes and decodes every code point, and a broken sequence decodes as U+FFFD") {
    for (char32_t cp : {char32_t{0x41}, char32_t{0xE9}, char32_t{0x20AC}, char32_t{0x1F60A}}) {
        std::string s;
        append_utf8(s, cp);
        std::size_t i = 0;
        CHECK(next_code_point(s, i) == cp);
        CHECK(i == s.size());
    }
    std::size_t i = 0;
    CHECK(next_code_point("\xC3", i) == 0xFFFD);
    CHECK(i == 1);
    i = 0;
    CHECK(next_code_point("\xED\xA0\x80", i) == 0xFFFD);  // a surrogate
    for (std::string_view bad : {"\xC0\x80", "\xE0\x80\x80", "\xF0\x80\x80\x80", "\xF4\x90\x80\x80", "\x80", "\xF8\x88\x80\x80\x80", "\xE2\x82"}) {
        i = 0;
        CHECK(next_code_point(bad, i) == 0xFFFD);  // overlong, past U+10FFFF, stray, cut short
        CHECK(i == 1);
    }
}
