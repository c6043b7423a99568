#include "images.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

#include "ascreport/pdf.hpp"
#include "ascreport/text.hpp"
#include "png.hpp"

namespace ascreport::pdf {
namespace {

std::uint32_t be32(const std::uint8_t* p) {
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3];
}

std::string hex(unsigned v) {
    static const char* digits = "0123456789ABCDEF";
    return std::string{"0x"} + digits[(v >> 4) & 15] + digits[v & 15];
}

}  // namespace

std::optional<std::string> pixels_problem(std::uint64_t width, std::uint64_t height) {
    if (width * height <= kMaxImagePixels) return std::nullopt;
    auto n = [](std::uint64_t v) { return with_thousands(static_cast<std::int64_t>(v)); };
    return "is " + n(width) + " x " + n(height) + " pixels, more than the " + n(kMaxImagePixels) + " pixels (4,096 x " +
           "4,096) an image may have; save it at a smaller size";
}

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
            if (auto why = pixels_problem(width, height)) return why;
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

ImageCheck check_image(std::span<const std::uint8_t> bytes) {
    ImageCheck r;
    static constexpr std::uint8_t kPngSignature[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    if (bytes.size() >= 4 && std::equal(kPngSignature, kPngSignature + 4, bytes.begin())) {
        r.kind = ImageKind::Png;
        // The size in the header (IHDR, the first chunk) before anything is decoded.
        if (bytes.size() >= 24 && std::string_view(reinterpret_cast<const char*>(bytes.data()) + 12, 4) == "IHDR")
            if ((r.problem = pixels_problem(be32(bytes.data() + 16), be32(bytes.data() + 20)))) return r;
        RgbImage image;
        std::string why;
        if (!decode_png(bytes, image, why)) r.problem = "is not a readable PNG image (libpng: " + why + ")";
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

std::optional<std::string> image_problem(std::span<const std::uint8_t> image) { return pdf::check_image(image).problem; }

}  // namespace ascreport
