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

// The most pixels an image may have (4,096 x 4,096): a logo is printed a few centimetres wide,
// and the pixels are what a PNG takes in memory once decoded (three bytes each), whatever its
// file's size. A PDF viewer decodes a JPEG's too.
inline constexpr std::uint64_t kMaxImagePixels = 4096ull * 4096;

// nullopt when a width x height image is within kMaxImagePixels; otherwise the reason, to follow
// "PATH: ", e.g. "is 100,000 x 100,000 pixels, more than the 16,777,216 pixels (4,096 x 4,096)
// an image may have; save it at a smaller size".
std::optional<std::string> pixels_problem(std::uint64_t width, std::uint64_t height);

// Walks the JPEG's markers: start-of-image, a frame header libharu and PDF can embed (baseline,
// extended or progressive, 8 bits, 1, 3 or 4 components, non-zero size within
// kMaxImagePixels), the scans, and the end-of-image marker. nullopt when whole; otherwise the
// reason, to follow "PATH: ".
std::optional<std::string> jpeg_problem(std::span<const std::uint8_t> bytes);

// What image_problem (ascreport/pdf.hpp) found, with the kind when the image is usable.
struct ImageCheck {
    std::optional<std::string> problem;
    ImageKind kind = ImageKind::Png;
};
ImageCheck check_image(std::span<const std::uint8_t> bytes);

}  // namespace ascreport::pdf
