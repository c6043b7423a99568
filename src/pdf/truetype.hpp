// Checking a TrueType font file before libharu loads it. libharu trusts the table directory:
// a damaged or cut-short font (8 bytes of text, the first 5 KB of a real font) made it read
// past its buffers and crash the whole process (SIGSEGV), and a zero units-per-em divides by
// zero. So the structure it relies on is checked first.
//
// Not FreeType: it guards its own reads, not libharu's. On damaged copies of Liberation Sans
// Italic, FreeType (FT_New_Memory_Face, its Unicode charmap, FT_Load_Glyph on every glyph)
// accepted an hhea table giving more metrics than glyphs (which crashed libharu), a Unicode
// cmap not ending at 0xFFFF (libharu reads past its arrays), 65,535 glyphs in maxp with a loca
// table for far fewer, and the font cut short inside its glyf table (at 100,000 bytes); and it
// refused half of 600 randomly damaged copies that libharu renders (damaged glyph outlines).
// Every check here would still be needed beside it, so FreeType would add a library and
// reject good fonts without removing a line: the checks stay, alone.
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
