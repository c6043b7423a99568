// Checking a TrueType font file before libharu loads it. libharu trusts the table directory:
// a damaged or cut-short font (8 bytes of text, the first 5 KB of a real font) made it read
// past its buffers and crash the whole process (SIGSEGV), and a zero units-per-em divides by
// zero. So the structure it relies on is checked first.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace ascreport::pdf {

// nullopt when `font` (a font file's bytes) is a TrueType font whose table directory, required
// tables (cmap, glyf, head, hhea, hmtx, loca, maxp, name, OS/2) and head table are whole;
// otherwise the reason, to follow "font file PATH: ". Looks at the directory and the tables
// libharu sizes its arrays by.
std::optional<std::string> truetype_problem(std::span<const std::uint8_t> font);

}  // namespace ascreport::pdf
