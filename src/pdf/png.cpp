#include "png.hpp"

#include <cstring>

#include <png.h>

#include "images.hpp"

namespace ascreport::pdf {

bool decode_png(std::span<const std::uint8_t> bytes, RgbImage& out, std::string& error) {
    png_image image;
    std::memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_memory(&image, bytes.data(), bytes.size())) {
        error = image.message;
        return false;
    }
    // The header's size bounds the memory the pixels take before any is allocated: a few MiB
    // of PNG can claim gigabytes of pixels.
    if (std::uint64_t{image.width} * image.height > kMaxImagePixels) {
        error = "the image is " + std::to_string(image.width) + " x " + std::to_string(image.height) + " pixels";
        png_image_free(&image);
        return false;
    }
    image.format = PNG_FORMAT_RGB;
    out.width = image.width;
    out.height = image.height;
    out.pixels.resize(PNG_IMAGE_SIZE(image));
    const png_color white{0xFF, 0xFF, 0xFF};
    if (!png_image_finish_read(&image, &white, out.pixels.data(), 0, nullptr)) {
        error = image.message;
        png_image_free(&image);
        return false;
    }
    return true;
}

}  // namespace ascreport::pdf
