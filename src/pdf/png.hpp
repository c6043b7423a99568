// PNG decoding for images (the cover logo). libharu's own PNG loader lets libpng abort the
// whole process on a damaged file (and print to stderr), so we decode with libpng's simplified
// API, which reports errors as values, and hand libharu raw pixels.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace ascreport::pdf {

struct RgbImage {
    std::uint32_t width = 0, height = 0;
    std::vector<std::uint8_t> pixels;  // 8-bit RGB, rows top to bottom, no padding
};

// Decodes a PNG from its bytes; transparency is flattened onto white (the logo sits on a white
// page). An image of more than kMaxImagePixels (images.hpp) is not decoded: its header is read,
// and that is all. On failure returns false and sets `error` to libpng's reason.
bool decode_png(std::span<const std::uint8_t> bytes, RgbImage& out, std::string& error);

}  // namespace ascreport::pdf
