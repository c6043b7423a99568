// Renders a Document (ascreport/document.hpp) to PDF bytes in memory; the caller decides
// where they go (see ascreport/output.hpp for writing them safely).
//
// The same Document gives the same bytes: nothing reads the clock, the creation date is
// DocumentInfo::created_unix, and the file ID is a digest of the laid-out content.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "ascreport/document.hpp"

namespace ascreport {

// A character of the document's text that the report fonts cannot print: the PDF shows "?"
// in its place or, for an emoji, leaves it out (the HTML edition keeps both).
struct MissingCharacter {
    char32_t code_point = 0;  // U+FFFD: invalid UTF-8
    std::size_t count = 0;    // how many pieces of the PDF's text held it
};

// A missing character in the data's text (a run, heading, table row or chart category with a
// Source): where it was read, and the line of that file it is on.
struct SourcedMissingCharacter {
    char32_t code_point = 0;
    SourceRef source;
    std::uint32_t line = 0;
};

struct PdfResult {
    std::vector<std::uint8_t> bytes;    // the PDF; empty when `error` is set
    std::vector<std::string> warnings;  // problems in the document: a chart, table or image left out, ...
    // The characters the fonts could not print, in code point order. Not among `warnings`: the
    // caller says where each came from when it knows (run_report names the file and line of the
    // data's text), and otherwise warns with missing_character_warning.
    std::vector<MissingCharacter> missing;
    // Of those, the ones in the data's text, with where each was read: each sourced text's
    // (line, character) once, in reading order (a text printed twice, twice). A character
    // printed only from the template or report.toml is in `missing` alone.
    std::vector<SourcedMissingCharacter> sourced_missing;
    std::string error;                  // why no PDF was made (a font file missing, ...)

    bool ok() const { return error.empty(); }
};

// Never throws and never prints. Warnings do not stop the PDF; errors do. An image that
// cannot be drawn (see image_problem) is a warning here and is left out; a caller that must not
// print a report without it checks image_problem first.
PdfResult render_pdf(const Document& doc);

// What became of the character in the PDF, for a message:
//   character U+1F60A (😊) is not in the report fonts; left out of the PDF (the HTML edition keeps it)
//   character U+4E2D (中) is not in the report fonts; printed as "?"
//   invalid UTF-8 in the report text; printed as "?"                         (U+FFFD)
// A control character is named by its code alone.
std::string missing_character_message(char32_t code_point);
// The message with " N times" when the PDF printed it more than once: the warning for a
// character whose source is not known.
std::string missing_character_warning(const MissingCharacter& missing);

// The most a font file may hold, and what is said of one larger, to follow "font file PATH: ".
inline constexpr std::uintmax_t kMaxFontFileBytes = 64u << 20;
inline constexpr const char* kFontTooLarge =
    "is larger than 64 MiB, far more than a font of the report holds (Liberation Sans's files are about 400 KiB)";

// The most an image file (the logo) may hold: a logo is a few hundred KiB at most; this only
// stops a wrong path from loading a huge file.
inline constexpr std::uintmax_t kMaxImageFileBytes = 32u << 20;

// Why an image (the bytes of its file) cannot go into the PDF, to follow "PATH: ": it is
// neither PNG nor JPEG, it has more than 16,777,216 pixels (4,096 x 4,096; a PNG's header is
// checked before it is decoded), a PNG does not decode in full, or a JPEG is damaged, cut short
// or of a kind a PDF cannot hold. nullopt when it can be drawn. Decodes the whole image.
std::optional<std::string> image_problem(std::span<const std::uint8_t> image);

}  // namespace ascreport
