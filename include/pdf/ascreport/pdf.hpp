// Renders a Document (ascreport/document.hpp) to PDF bytes in memory; the caller decides
// where they go (see ascreport/output.hpp for writing them safely).
//
// The same Document gives the same bytes: nothing reads the clock, the creation date is
// DocumentInfo::created_unix, and the file ID is a digest of the laid-out content.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ascreport/document.hpp"

namespace ascreport {

struct PdfResult {
    std::vector<std::uint8_t> bytes;    // the PDF; empty when `error` is set
    std::vector<std::string> warnings;  // e.g. a character the fonts cannot print, shown as "?"
    std::string error;                  // why no PDF was made (a font file missing, ...)

    bool ok() const { return error.empty(); }
};

// Never throws and never prints. Warnings do not stop the PDF; errors do. An image that
// cannot be drawn (see image_problem) is a warning here and is left out; a caller that must not
// print a report without it checks image_problem first.
PdfResult render_pdf(const Document& doc);

// Why the image at `path` cannot go into the PDF, to follow "PATH: ": it cannot be read, it is
// neither PNG nor JPEG, a PNG does not decode in full, or a JPEG is damaged, cut short or of a
// kind a PDF cannot hold. nullopt when it can be drawn. Reads and decodes the whole file.
std::optional<std::string> image_problem(const std::string& path);

}  // namespace ascreport
