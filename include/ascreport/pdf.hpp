// Renders a Document (ascreport/document.hpp) to PDF bytes in memory; the caller decides
// where they go (see ascreport/output.hpp for writing them safely).
//
// The same Document gives the same bytes: nothing reads the clock, the creation date is
// DocumentInfo::created_unix, and the file ID is a digest of the laid-out content.
#pragma once

#include <cstdint>
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

// Never throws and never prints. Warnings do not stop the PDF; errors do.
PdfResult render_pdf(const Document& doc);

}  // namespace ascreport
