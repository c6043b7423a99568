// Code points of UTF-8 text for the privacy stage, on top of utf8proc (categories, case folding,
// decomposition) and ICU (digit values, and the confusables of Unicode's UTS 39 through its
// spoof checker): no Unicode table is written here.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "ascreport/text.hpp"

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
// A combining mark (Unicode Mn, Mc, Me).
bool is_mark(char32_t c);
bool is_upper(char32_t c);
// Characters that print as a blank space but are not spaces to Unicode: the Braille blank
// U+2800, the Hangul fillers U+115F, U+1160, U+3164, U+FFA0, the Khitan filler U+16FE4 and the
// musical null notehead U+1D159. The one normalised text has a space in their place.
bool is_blank_filler(char32_t c);
// The value of a decimal digit of any script (Unicode Nd: "٣", "३", "3" are 3), or -1.
int digit_value(char32_t c);
// The UTS 39 skeleton of one code point (ICU's spoof checker: the prototype it is confusable
// with, e.g. Cyrillic "а" is "a", "О" is "O", "—" is "ー"), its combining marks removed.
// The reference is good until the next call.
const std::string& skeleton(char32_t c);
// How many code points a cache of such mappings holds at most (per thread) before it starts
// again: a report's text uses a few hundred, text made to hold every code point cannot grow it
// past a few MiB.
constexpr std::size_t kMaxCached = 1 << 15;
// `c` decomposed for compatibility (NFKD), without combining marks or default-ignorable code
// points: "é" is "e", "ﬁ" is "fi", U+200B is nothing.
void bare_into(std::string& out, char32_t c);
std::string bare(std::string_view text);

// Appends the form `c` is matched by: Unicode case folding, and the apostrophes (’ ‘ ʼ) as '
// and the hyphens (U+2010, U+2011) as -, which people type either way in a name.
void fold_into(std::string& out, char32_t c);
std::string fold(std::string_view text);

// UTF-8 decoding and encoding are the core's (ascreport/text.hpp).
using ascreport::append_utf8;
using ascreport::next_code_point;

}  // namespace ascreport::unicode
