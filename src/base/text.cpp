#include "ascreport/text.hpp"

#include <array>

#include <utf8proc.h>

namespace ascreport {

std::string_view trim(std::string_view text, std::string_view chars) {
    const auto first = text.find_first_not_of(chars);
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(chars) - first + 1);
}

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = ascii_lower(c);
    return out;
}

bool equal_ignoring_case(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
    return true;
}

std::string with_thousands(std::int64_t n) {
    // Through the unsigned magnitude, so the most negative number has one too.
    const std::uint64_t magnitude = n < 0 ? 0 - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
    std::string digits = std::to_string(magnitude);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<std::size_t>(i), ",");
    return (n < 0 ? "-" : "") + digits;
}

std::string format_tenths(std::int64_t tenths) {
    const std::uint64_t magnitude = tenths < 0 ? 0 - static_cast<std::uint64_t>(tenths) : static_cast<std::uint64_t>(tenths);
    return (tenths < 0 ? "-" : "") + std::to_string(magnitude / 10) + "." + std::to_string(magnitude % 10);
}

std::string format_money(std::int64_t pence) {
    const bool negative = pence < 0;
    const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(pence) : static_cast<std::uint64_t>(pence);
    std::string out = (negative ? "-\xC2\xA3" : "\xC2\xA3") + with_thousands(static_cast<std::int64_t>(magnitude / 100));
    if (const std::uint64_t p = magnitude % 100; p != 0) out += (p < 10 ? ".0" : ".") + std::to_string(p);
    return out;
}

std::string markdown_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if ((c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~'))
            out += '\\';
        out += c;
    }
    return out;
}

namespace {

// Windows-1252 0x80-0x9F; the unassigned bytes as the C1 controls of the same value.
constexpr std::array<char32_t, 32> kWindows1252High{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

constexpr char32_t kReplacement = 0xFFFD;

}  // namespace

char32_t windows1252_to_unicode(unsigned char byte) {
    return byte >= 0x80 && byte < 0xA0 ? kWindows1252High[byte - 0x80] : byte;
}

// The codec is utf8proc's: utf8proc_iterate accepts exactly well-formed UTF-8 (no overlong
// form, no surrogate, nothing past U+10FFFF, no sequence cut short).
int encode_utf8(char32_t c, char* out) {
    return static_cast<int>(utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), reinterpret_cast<utf8proc_uint8_t*>(out)));
}

void append_utf8(std::string& out, char32_t cp) {
    char buf[4];
    out.append(buf, static_cast<std::size_t>(encode_utf8(cp, buf)));
}

char32_t next_code_point(std::string_view s, std::size_t& i) {
    utf8proc_int32_t cp = -1;
    const utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                                static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) {
        ++i;
        return kReplacement;
    }
    i += static_cast<std::size_t>(n);
    return static_cast<char32_t>(cp);
}

std::size_t display_width(std::string_view s) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < s.size();) {
        const auto byte = static_cast<unsigned char>(s[i]);
        if (byte < 0x80) {  // most text: no call
            width += byte >= 0x20 && byte != 0x7F;
            ++i;
            continue;
        }
        width += static_cast<std::size_t>(utf8proc_charwidth(static_cast<utf8proc_int32_t>(next_code_point(s, i))));
    }
    return width;
}

}  // namespace ascreport
