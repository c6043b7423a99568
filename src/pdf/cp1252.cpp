#include "cp1252.hpp"

#include <array>

#include "ascreport/text.hpp"

namespace ascreport::pdf {
namespace {

// -1: drop the character; 0: no CP1252 byte; otherwise the byte.
int byte_for(char32_t cp) {
    if (cp == '\t') return ' ';
    if (cp < 0x20 || cp == 0x7F) return 0;
    if (cp < 0x80) return static_cast<int>(cp);
    if (cp >= 0xA0 && cp <= 0xFF) return cp == 0xAD ? -1 : static_cast<int>(cp);
    if (cp < 0xA0) return 0;  // the C1 controls (where the unassigned bytes decode to)
    for (unsigned b = 0x80; b < 0xA0; ++b)
        if (windows1252_to_unicode(static_cast<unsigned char>(b)) == cp) return static_cast<int>(b);
    switch (cp) {
        case 0x2010: case 0x2011: case 0x2012: return '-';        // hyphens, figure dash
        case 0x2007: case 0x202F: return 0xA0;                    // figure and narrow no-break spaces
        case 0x2002: case 0x2003: case 0x2009: case 0x200A: return ' ';
        case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: return -1;  // zero width
        default: return 0;
    }
}

}  // namespace

Cp1252Text to_cp1252(std::string_view utf8) {
    Cp1252Text out;
    out.bytes.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size();) {
        const char32_t cp = next_code_point(utf8, i);
        const int b = byte_for(cp);
        if (b < 0) continue;
        if (b == 0) {
            out.bytes += '?';
            out.unmapped.push_back(cp);
        } else {
            out.bytes += static_cast<char>(b);
        }
    }
    return out;
}

char32_t cp1252_to_unicode(unsigned char byte) {
    const char32_t cp = windows1252_to_unicode(byte);
    return cp >= 0x80 && cp < 0xA0 ? 0 : cp;  // an unassigned byte prints nothing
}

char32_t printed_as(char32_t cp) {
    const int b = byte_for(cp);
    if (b < 0) return 0;
    if (b == 0) return cp;
    return cp1252_to_unicode(static_cast<unsigned char>(b));
}

bool in_cp1252(char32_t cp) { return byte_for(cp) > 0; }

}  // namespace ascreport::pdf
