#include <catch2/catch.hpp>

#include <algorithm>

#include "pdf/cp1252.hpp"

using ascreport::pdf::append_utf8;
using ascreport::pdf::cp1252_to_unicode;
using ascreport::pdf::next_code_point;
using ascreport::pdf::to_cp1252;

TEST_CASE("UTF-8 maps to Windows-1252 bytes") {
    CHECK(to_cp1252("plain ASCII").bytes == "plain ASCII");
    CHECK(to_cp1252("£1,250").bytes == "\xA3" "1,250");
    CHECK(to_cp1252("café").bytes == "caf\xE9");
    CHECK(to_cp1252("\u201cquoted\u201d \u2018single\u2019").bytes == "\x93quoted\x94 \x91single\x92");
    CHECK(to_cp1252("a \u2013 b \u2014 c").bytes == "a \x96 b \x97 c");
    CHECK(to_cp1252("\u20ac5 \u2022 \u2026 \u2122").bytes == "\x80" "5 \x95 \x85 \x99");
    CHECK(to_cp1252("no\u00a0break").bytes == "no\xA0" "break");
    CHECK(to_cp1252("\u0160koda \u017d\u0178").bytes == "\x8Akoda \x8E\x9F");
    CHECK(to_cp1252("x").unmapped.empty());
}

TEST_CASE("look-alikes map quietly, invisible characters vanish") {
    const auto t = to_cp1252("non\u2011breaking\u2010hyphen thin\u2009space zero\u200bwidth soft\u00adhyphen tab\there");
    CHECK(t.bytes == "non-breaking-hyphen thin space zerowidth softhyphen tab here");
    CHECK(t.unmapped.empty());
}

TEST_CASE("characters Windows-1252 lacks print as ? and are reported") {
    const auto t = to_cp1252("Thank you \U0001F60A and \u0141\u00f3d\u017a");
    CHECK(t.bytes == "Thank you ? and ?\xF3" "d?");
    CHECK(t.unmapped == std::vector<char32_t>{0x1F60A, 0x0141, 0x017A});
    const auto ctl = to_cp1252("bell\a");
    CHECK(ctl.bytes == "bell?");
    CHECK(ctl.unmapped == std::vector<char32_t>{0x07});
}

TEST_CASE("malformed UTF-8 decodes to U+FFFD one byte at a time") {
    const auto t = to_cp1252("a\xC3(b\xE2\x82 \xFF\xC0\xAF\xED\xA0\x80z");
    CHECK(t.bytes == "a?(b?? ??????z");
    CHECK(t.unmapped.size() == 9);
    CHECK(std::all_of(t.unmapped.begin(), t.unmapped.end(), [](char32_t c) { return c == 0xFFFD; }));
    std::string smile;
    append_utf8(smile, 0x1F60A);
    CHECK(smile == "\U0001F60A");
    std::string_view s = "\xF0\x9F\x98\x8A!";
    std::size_t i = 0;
    CHECK(next_code_point(s, i) == 0x1F60A);
    CHECK(i == 4);
}

TEST_CASE("every assigned Windows-1252 byte round-trips") {
    for (unsigned b = 0x20; b < 0x100; ++b) {
        const char32_t u = cp1252_to_unicode(static_cast<unsigned char>(b));
        if (u == 0 || b == 0xAD || b == 0x7F) continue;  // unassigned; soft hyphen vanishes; DEL
        std::string utf8;
        append_utf8(utf8, u);
        INFO("byte " << b);
        CHECK(to_cp1252(utf8).bytes == std::string(1, static_cast<char>(b)));
    }
}
