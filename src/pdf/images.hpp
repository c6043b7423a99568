// Checking an image file before it goes into the PDF. libharu embeds a JPEG as it finds it
// after reading only its header, so a JPEG cut short would be embedded broken and show as a
// grey box or an error in a viewer; a PNG is decoded in full (png.hpp), which finds damage.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace ascreport::pdf {

enum class ImageKind : std::uint8_t { Png, Jpeg };

// Walks the JPEG's markers: start-of-image, a frame header libharu and PDF can embed (baseline,
// extended or progressive, 8 bits, 1, 3 or 4 components, non-zero size), the scans, and the
// end-of-image marker. nullopt when whole; otherwise the reason, to follow "PATH: ".
std::optional<std::string> jpeg_problem(std::span<const std::uint8_t> bytes);

// What image_problem (ascreport/pdf.hpp) found, with the kind when the file is usable.
struct ImageCheck {
    std::optional<std::string> problem;
    ImageKind kind = ImageKind::Png;
};
ImageCheck check_image(const std::string& path);

}  // namespace ascreport::pdf
