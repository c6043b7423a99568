// UTF-8 to Windows-1252, the single-byte encoding of the font that prints any text all of whose
// characters it holds (haru.hpp; other text prints in the face's Unicode font, unicode_font.hpp).
// With CP1252 poppler extracts the text cleanly; libharu's own UTF-8 encoding writes a ToUnicode
// CMap poppler warns about ("Invalid 'begincidrange' operator", libharu issue 133).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "ascreport/text.hpp"

namespace ascreport::pdf {

// UTF-8 decoding and encoding are the core's (ascreport/text.hpp).
using ascreport::append_utf8;
using ascreport::next_code_point;

struct Cp1252Text {
    std::string bytes;                // one byte per printed character
    std::vector<char32_t> unmapped;   // characters printed as '?', in order of appearance
};

// Encodes UTF-8 text for a CP1252 font. A few characters CP1252 lacks but which have an
// obvious equivalent map quietly (non-breaking and figure hyphens to "-", thin and narrow
// spaces to a space; zero-width characters and soft hyphens vanish); any other character the
// encoding lacks, and every control character except tab (a space), prints as "?" and is
// listed in `unmapped` so the caller can warn about it.
Cp1252Text to_cp1252(std::string_view utf8);

// The Unicode character a CP1252 byte prints, or 0 for the five unassigned bytes (from the
// core's one Windows-1252 table, windows1252_to_unicode).
char32_t cp1252_to_unicode(unsigned char byte);

// The character `to_cp1252` would print for `cp`, for text set in a Unicode font instead: the
// same quiet substitutions (a non-breaking hyphen as "-", a thin space as a space), 0 for a
// character it drops (zero width, soft hyphen), and otherwise `cp` itself.
char32_t printed_as(char32_t cp);
// Whether a CP1252 font prints `cp` itself (it has a byte for it).
bool in_cp1252(char32_t cp);

}  // namespace ascreport::pdf
