// The report fonts for tests that render a Document: the PDF renderer reads no file, so
// whoever makes a Document gives it the fonts' bytes (run_report reads them from the font
// folder).
#pragma once

#include <array>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <vector>

#include "ascreport/document.hpp"
#include "ascreport/pdf.hpp"

namespace test {

// The bytes of Liberation Sans (fonts-liberation2), read once; a missing file fails the test.
inline const std::array<std::shared_ptr<const std::vector<std::uint8_t>>, 3>& liberation_sans() {
    static const auto fonts = [] {
        std::array<std::shared_ptr<const std::vector<std::uint8_t>>, 3> out;
        const ascreport::Theme theme;
        const std::string* paths[] = {&theme.font_regular, &theme.font_bold, &theme.font_italic};
        for (std::size_t f = 0; f < 3; ++f) {
            std::ifstream in(*paths[f], std::ios::binary);
            if (!in) throw std::runtime_error("cannot read " + *paths[f] + ": install fonts-liberation2");
            out[f] = std::make_shared<const std::vector<std::uint8_t>>(std::istreambuf_iterator<char>(in),
                                                                       std::istreambuf_iterator<char>());
        }
        return out;
    }();
    return fonts;
}

// The Document with the report fonts' bytes where it has none, rendered.
inline ascreport::PdfResult render_pdf(ascreport::Document doc) {
    for (std::size_t f = 0; f < 3; ++f)
        if (!doc.theme.font_files[f]) doc.theme.font_files[f] = liberation_sans()[f];
    return ascreport::render_pdf(doc);
}

}  // namespace test
