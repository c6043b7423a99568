#include "png.hpp"

#include <cstring>

#include <png.h>

namespace ascreport::pdf {

bool decode_png(const std::string& path, RgbImage& out, std::string& error) {
    png_image image;
    std::memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_file(&image, path.c_str())) {
        error = image.message;
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
