// The TrueType checks that keep a damaged font from crashing libharu. Each damage below made
// the report crash (SIGSEGV or a heap corruption abort) before the check; found by cutting
// the font short and by changing random bytes of its tables.
#include <catch2/catch.hpp>

#include <cstring>

#include "ascreport/document.hpp"
#include "pdf/truetype.hpp"
#include "test_support.hpp"

using namespace ascreport;

namespace {

const std::string kFont = Theme{}.font_italic;

std::uint32_t be32(const std::string& s, std::size_t at) {
    return (std::uint32_t{static_cast<unsigned char>(s[at])} << 24) | (std::uint32_t{static_cast<unsigned char>(s[at + 1])} << 16) |
           (std::uint32_t{static_cast<unsigned char>(s[at + 2])} << 8) | static_cast<unsigned char>(s[at + 3]);
}
std::uint16_t be16(const std::string& s, std::size_t at) {
    return static_cast<std::uint16_t>((static_cast<unsigned char>(s[at]) << 8) | static_cast<unsigned char>(s[at + 1]));
}
void put16(std::string& s, std::size_t at, std::uint16_t v) {
    s[at] = static_cast<char>(v >> 8);
    s[at + 1] = static_cast<char>(v & 0xFF);
}

// Offset of a table, from the font's table directory.
std::size_t table(const std::string& font, const std::string& tag) {
    for (std::size_t t = 0; t < be16(font, 4); ++t)
        if (font.compare(12 + 16 * t, 4, tag) == 0) return be32(font, 12 + 16 * t + 8);
    FAIL("no table " << tag);
    return 0;
}

std::optional<std::string> check(const std::string& bytes) {
    return pdf::truetype_problem(std::span(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
}

}  // namespace

TEST_CASE("the report's fonts pass the TrueType check") {
    for (const std::string& path : {Theme{}.font_regular, Theme{}.font_bold, Theme{}.font_italic}) {
        INFO(path);
        CHECK_FALSE(check(test::slurp(path)));
    }
}

TEST_CASE("a font cut short, or not a font at all, is found") {
    const std::string font = test::slurp(kFont);
    REQUIRE(font.size() > 100'000);
    const std::string not_font = "is not a usable TrueType font";
    CHECK(*check("garbage\n") == not_font + " (it is only 8 bytes long)");
    CHECK(*check(font.substr(0, 100)) == not_font + " (its table directory is cut short)");
    for (std::size_t n : {1000, 5000, 100000, 400000}) {
        INFO(n << " bytes");
        const auto why = check(font.substr(0, n));
        REQUIRE(why);
        CHECK(why->starts_with(not_font + " (its "));
        CHECK(why->ends_with(" table runs past the end of the file)"));
    }
    CHECK(*check("OTTO" + font.substr(4)) == not_font + " (it is an OpenType font with PostScript outlines)");
    CHECK(*check("wOFF" + font.substr(4)) == not_font + " (it does not start as a TrueType font does)");
}

TEST_CASE("damage inside the tables libharu sizes its arrays by is found") {
    const std::string font = test::slurp(kFont);
    const std::string not_font = "is not a usable TrueType font";
    SECTION("more horizontal metrics than glyphs (a heap overflow in libharu)") {
        std::string bad = font;
        put16(bad, table(bad, "hhea") + 34, 0xFFFF);
        CHECK(*check(bad) == not_font + " (its hhea table gives a wrong number of metrics)");
    }
    SECTION("0 units per em (a division by zero)") {
        std::string bad = font;
        put16(bad, table(bad, "head") + 18, 0);
        CHECK(*check(bad) == not_font + " (its head table gives 0 units per em)");
    }
    SECTION("a Unicode cmap whose last segment does not end at 0xFFFF (a read past its arrays)") {
        std::string bad = font;
        const std::size_t cmap = table(bad, "cmap");
        std::size_t sub = 0;
        for (std::size_t s = 0; s < be16(bad, cmap + 2); ++s) {
            const std::size_t e = cmap + 4 + 8 * s;
            if (be16(bad, e) == 3 && be16(bad, e + 2) == 1) sub = cmap + be32(bad, e + 4);
        }
        REQUIRE(sub != 0);
        const std::size_t segments = be16(bad, sub + 6) / 2;
        put16(bad, sub + 14 + 2 * (segments - 1), 0xFFFE);
        CHECK(*check(bad) == not_font + " (its Unicode cmap does not end with 0xFFFF)");
    }
    SECTION("a table missing") {
        std::string bad = font;
        for (std::size_t t = 0; t < be16(bad, 4); ++t)
            if (bad.compare(12 + 16 * t, 4, "loca") == 0) bad.replace(12 + 16 * t, 4, "LOCA");
        CHECK(*check(bad) == not_font + " (it has no loca table)");
    }
}
