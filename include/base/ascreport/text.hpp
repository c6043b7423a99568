// The small text helpers every stage needs, in one place: trimming and ASCII case, numbers and
// money as the report prints them, Markdown escaping, the one Windows-1252 table, and the one
// UTF-8 encoder, decoder and display width (utf8proc's, src/core/text.cpp).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ascreport {

// `text` without the spaces and tabs (or the characters given) at either end.
std::string_view trim(std::string_view text, std::string_view chars = " \t");

// A-Z as a-z; every other byte as it is.
char ascii_lower(char c);
std::string ascii_lower(std::string_view text);
bool equal_ignoring_case(std::string_view a, std::string_view b);  // ASCII letters only

// A whole number with thousands separators from four digits on: 950, 3,650, -12,500.
std::string with_thousands(std::int64_t n);

// Money in pounds, as everything prints it: whole pounds bare, pence only when there are any,
// thousands separated: £750, £1,250.50, £0.05. (JSON keeps exact pence.)
std::string format_money(std::int64_t pence);
// Whole tenths with one decimal: 125 -> "12.5", 120 -> "12.0", -5 -> "-0.5".
std::string format_tenths(std::int64_t tenths);

// Escapes every ASCII punctuation character with a backslash, so that Markdown prints the text
// as it is.
std::string markdown_escape(std::string_view text);

// Windows-1252: the code point of a byte. 0x80-0x9F hold the typographic characters (€, curly
// quotes, dashes); its five unassigned bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1
// control of the same value, as the WHATWG Encoding Standard does, so every byte decodes.
char32_t windows1252_to_unicode(unsigned char byte);

// The UTF-8 form of a code point (up to U+10FFFF, not a surrogate) into `out`; its length.
int encode_utf8(char32_t cp, char* out);
void append_utf8(std::string& out, char32_t cp);
// The code point starting at s[i], advancing i past it. Malformed UTF-8 (a stray byte, an
// overlong form, a surrogate, a cut-off sequence) gives U+FFFD and advances one byte, so every
// input decodes and the caller never loops forever.
char32_t next_code_point(std::string_view s, std::size_t& i);
// The columns a terminal gives `s` (utf8proc_charwidth): 2 for a wide character (Chinese,
// Japanese, most emoji), 0 for a combining mark or a control character, 1 for the rest,
// including a malformed byte (shown as U+FFFD).
std::size_t display_width(std::string_view s);

}  // namespace ascreport
