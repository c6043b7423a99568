// Code points of UTF-8 text for the privacy stage, on top of utf8proc (the Unicode library:
// categories and case folding come from its tables, none are written here).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ascreport::unicode {

struct CodePoint {
    char32_t value = 0;
    std::size_t size = 0;  // bytes it takes; an invalid byte is U+FFFD of size 1
};

// The code point that starts at byte i (i < t.size()).
CodePoint at(std::string_view t, std::size_t i);
// The code point that ends just before byte i (i > 0).
CodePoint before(std::string_view t, std::size_t i);

// A letter, a combining mark or a number, in any script: part of a word.
bool is_word(char32_t c);
bool is_letter(char32_t c);
// White space: tab, line breaks and the space separators (Unicode Zs, Zl, Zp).
bool is_space(char32_t c);
// A hyphen or dash that people write between groups of digits: - U+2010..U+2013 U+2212.
bool is_dash(char32_t c);

// Appends the form `c` is matched by: Unicode case folding, and the apostrophes (’ ‘ ʼ) as '
// and the hyphens (U+2010, U+2011) as -, which people type either way in a name.
void fold_into(std::string& out, char32_t c);
std::string fold(std::string_view text);

void append_utf8(std::string& out, char32_t c);

}  // namespace ascreport::unicode
