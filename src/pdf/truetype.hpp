// Checking a TrueType font file before libharu loads it. libharu trusts the table directory:
// a damaged or cut-short font (8 bytes of text, the first 5 KB of a real font) made it read
// past its buffers and crash the whole process (SIGSEGV), and a zero units-per-em divides by
// zero. So the structure it relies on is checked first.
#pragma once

#include <optional>
#include <string>

namespace ascreport::pdf {

// nullopt when `path` holds a TrueType font whose table directory, required tables (cmap,
// glyf, head, hhea, hmtx, loca, maxp, name, OS/2) and head table are whole; otherwise the
// reason, to follow "font file PATH: ". Reads the directory and the head table only.
std::optional<std::string> truetype_problem(const std::string& path);

}  // namespace ascreport::pdf
