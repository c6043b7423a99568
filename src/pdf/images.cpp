#include "images.hpp"

#include <fstream>
#include <vector>

#include "ascreport/files.hpp"
#include "ascreport/pdf.hpp"
#include "png.hpp"

namespace ascreport::pdf {
namespace {

// A logo is a few hundred KiB at most; this only stops a wrong path from loading a huge file.
constexpr std::uintmax_t kMaxImageBytes = 32u << 20;

std::string hex(unsigned v) {
    static const char* digits = "0123456789ABCDEF";
    return std::string{"0x"} + digits[(v >> 4) & 15] + digits[v & 15];
}

}  // namespace

std::optional<std::string> jpeg_problem(std::span<const std::uint8_t> b) {
    const std::size_t n = b.size();
    if (n < 2 || b[0] != 0xFF || b[1] != 0xD8) return "is not a JPEG image (it does not start with a JPEG marker)";
    const std::string cut = "is a JPEG image cut short (it ends before its end-of-image marker)";
    bool frame = false, scan = false;
    std::size_t i = 2;
    for (;;) {
        if (i >= n) return cut;
        if (b[i] != 0xFF) return "is a damaged JPEG image (no marker where one should be, at byte " + std::to_string(i) + ")";
        while (i < n && b[i] == 0xFF) ++i;  // fill bytes
        if (i >= n) return cut;
        const unsigned marker = b[i++];
        if (marker == 0xD9) break;                                   // end of image
        if ((marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) continue;  // no length
        if (marker == 0x00 || marker == 0xD8)
            return "is a damaged JPEG image (marker " + hex(marker) + " at byte " + std::to_string(i - 1) + ")";
        if (i + 2 > n) return cut;
        const std::size_t length = (std::size_t{b[i]} << 8) | b[i + 1];
        if (length < 2) return "is a damaged JPEG image (a segment of length " + std::to_string(length) + ")";
        if (i + length > n) return cut;
        const bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (sof) {
            if (marker != 0xC0 && marker != 0xC1 && marker != 0xC2)
                return "is a JPEG image of a kind a PDF cannot hold (frame type " + hex(marker) +
                       "); save it as a standard (baseline) JPEG or as PNG";
            if (length < 8) return "is a damaged JPEG image (its frame header is too short)";
            const unsigned precision = b[i + 2];
            const unsigned height = (unsigned{b[i + 3]} << 8) | b[i + 4];
            const unsigned width = (unsigned{b[i + 5]} << 8) | b[i + 6];
            const unsigned components = b[i + 7];
            if (precision != 8)
                return "is a " + std::to_string(precision) +
                       "-bit JPEG image, which a PDF cannot hold; save it as an 8-bit JPEG or as PNG";
            if (components != 1 && components != 3 && components != 4)
                return "is a JPEG image with " + std::to_string(components) +
                       " colour components, which a PDF cannot hold; save it as RGB or greyscale";
            if (width == 0 || height == 0) return "is a damaged JPEG image (its size is 0)";
            frame = true;
        }
        i += length;
        if (marker == 0xDA) {  // start of scan: entropy-coded data up to the next marker
            if (!frame) return "is a damaged JPEG image (image data before its frame header)";
            scan = true;
            while (i + 1 < n && !(b[i] == 0xFF && b[i + 1] != 0x00 && !(b[i + 1] >= 0xD0 && b[i + 1] <= 0xD7))) ++i;
            if (i + 1 >= n) return cut;
        }
    }
    if (!frame || !scan) return "is a damaged JPEG image (it ends before any image data)";
    return std::nullopt;  // bytes after the end-of-image marker (padding, some cameras' extras) are harmless
}

ImageCheck check_image(const std::string& path) {
    ImageCheck r;
    if (auto why = unreadable_file(path)) {
        r.problem = std::move(why);
        return r;
    }
    std::error_code ec;
    if (std::filesystem::file_size(path, ec) > kMaxImageBytes) {
        r.problem = "is larger than 32 MiB; a logo should be a small PNG or JPEG image";
        return r;
    }
    std::ifstream in(path, std::ios::binary);
    std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) {
        r.problem = "cannot be read";
        return r;
    }
    if (bytes.size() >= 4 && bytes[0] == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
        r.kind = ImageKind::Png;
        RgbImage image;
        std::string why;
        if (!decode_png(path, image, why)) r.problem = "is not a readable PNG image (libpng: " + why + ")";
    } else if (bytes.size() >= 2 && bytes[0] == 0xFF && bytes[1] == 0xD8) {
        r.kind = ImageKind::Jpeg;
        r.problem = jpeg_problem(bytes);
    } else {
        r.problem = "is neither a PNG nor a JPEG image";
    }
    return r;
}

}  // namespace ascreport::pdf

namespace ascreport {

std::optional<std::string> image_problem(const std::string& path) { return pdf::check_image(path).problem; }

}  // namespace ascreport
