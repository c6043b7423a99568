// Image checks for the cover logo: a JPEG is embedded as it is, so it must be whole; a PNG must
// decode in full. Fixtures: tests/fixtures/logo.jpg (2x2 greyscale baseline JPEG, made with
// netpbm's pnmtojpeg) and logo.png (4x2 RGB).
#include <catch2/catch.hpp>

#include <fstream>

#include "ascreport/pdf.hpp"
#include "pdf/images.hpp"
#include "pdf/png.hpp"
#include "pdf_fonts.hpp"
#include "test_support.hpp"

using namespace ascreport;

namespace {

std::vector<std::uint8_t> fixture(const std::string& name) {
    const std::string s = test::slurp(std::filesystem::path(::test::source_dir()) / "tests/fixtures" / name);
    return {s.begin(), s.end()};
}

std::size_t find_marker(const std::vector<std::uint8_t>& b, std::uint8_t marker) {
    for (std::size_t i = 0; i + 1 < b.size(); ++i)
        if (b[i] == 0xFF && b[i + 1] == marker) return i;
    FAIL("marker not found");
    return 0;
}

}  // namespace

TEST_CASE("a whole JPEG passes, and trailing bytes after its end marker are harmless") {
    auto jpeg = fixture("logo.jpg");
    REQUIRE(jpeg.size() > 300);
    CHECK_FALSE(pdf::jpeg_problem(jpeg));
    jpeg.insert(jpeg.end(), {0x00, 0x00, 0x00});
    CHECK_FALSE(pdf::jpeg_problem(jpeg));
}

TEST_CASE("a JPEG cut short anywhere is found") {
    const auto jpeg = fixture("logo.jpg");
    const std::string cut = "is a JPEG image cut short (it ends before its end-of-image marker)";
    for (std::size_t n = 2; n < jpeg.size(); ++n) {
        INFO("first " << n << " bytes");
        const auto problem = pdf::jpeg_problem(std::span(jpeg.data(), n));
        REQUIRE(problem);
        CHECK(*problem == cut);
    }
}

TEST_CASE("JPEGs that are not JPEGs, damaged, or of a kind a PDF cannot hold") {
    const auto jpeg = fixture("logo.jpg");
    const std::size_t sof = find_marker(jpeg, 0xC0);
    CHECK(*pdf::jpeg_problem(std::vector<std::uint8_t>{'G', 'I', 'F'}) ==
          "is not a JPEG image (it does not start with a JPEG marker)");
    auto progressive = jpeg;
    progressive[sof + 1] = 0xC2;
    CHECK_FALSE(pdf::jpeg_problem(progressive));
    auto lossless = jpeg;
    lossless[sof + 1] = 0xC3;
    CHECK(*pdf::jpeg_problem(lossless) ==
          "is a JPEG image of a kind a PDF cannot hold (frame type 0xC3); save it as a standard (baseline) JPEG or as PNG");
    auto twelve_bit = jpeg;
    twelve_bit[sof + 4] = 12;
    CHECK(*pdf::jpeg_problem(twelve_bit) ==
          "is a 12-bit JPEG image, which a PDF cannot hold; save it as an 8-bit JPEG or as PNG");
    auto no_size = jpeg;
    no_size[sof + 5] = no_size[sof + 6] = 0;
    CHECK(*pdf::jpeg_problem(no_size) == "is a damaged JPEG image (its size is 0)");
    auto garbage = jpeg;
    garbage[2] = 0x12;
    CHECK(*pdf::jpeg_problem(garbage) == "is a damaged JPEG image (no marker where one should be, at byte 2)");
    const std::vector<std::uint8_t> only_markers{0xFF, 0xD8, 0xFF, 0xD9};
    CHECK(*pdf::jpeg_problem(only_markers) == "is a damaged JPEG image (it ends before any image data)");
}

namespace {

// A chunk of a PNG file: length, type, data, CRC-32 of type and data.
std::string png_chunk(const std::string& type, const std::string& data) {
    auto be32 = [](std::uint32_t v) {
        return std::string{static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8), static_cast<char>(v)};
    };
    std::uint32_t crc = 0xFFFFFFFFu;
    for (const char c : type + data) {
        crc ^= static_cast<unsigned char>(c);
        for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return be32(static_cast<std::uint32_t>(data.size())) + type + data + be32(~crc);
}

// A PNG whose header says width x height (8-bit grey), with a little image data after it: well
// formed up to where the pixels would be decoded.
std::vector<std::uint8_t> png_claiming(std::uint32_t width, std::uint32_t height) {
    auto be32 = [](std::uint32_t v) {
        return std::string{static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8), static_cast<char>(v)};
    };
    const std::string file = std::string("\x89PNG\r\n\x1a\n", 8) +
                             png_chunk("IHDR", be32(width) + be32(height) + std::string("\x08\x00\x00\x00\x00", 5)) +
                             png_chunk("IDAT", std::string("\x78\x9c\x63\x00\x00\x00\x01\x00\x01", 9)) +
                             png_chunk("IEND", "");
    return {file.begin(), file.end()};
}

}  // namespace

TEST_CASE("image_problem checks the image's bytes: not an image, a damaged PNG or JPEG") {
    CHECK_FALSE(image_problem(fixture("logo.png")));
    CHECK_FALSE(image_problem(fixture("logo.jpg")));
    CHECK(*image_problem(std::vector<std::uint8_t>{'G', 'I', 'F', '8', '9', 'a'}) == "is neither a PNG nor a JPEG image");
    CHECK(*image_problem(std::vector<std::uint8_t>{}) == "is neither a PNG nor a JPEG image");
    const auto png = fixture("logo.png");
    CHECK(image_problem(std::span(png.data(), 40))->rfind("is not a readable PNG image (libpng: ", 0) == 0);
    const auto jpeg = fixture("logo.jpg");
    CHECK(*image_problem(std::span(jpeg.data(), jpeg.size() - 20)) ==
          "is a JPEG image cut short (it ends before its end-of-image marker)");
}

TEST_CASE("an image's pixels are bounded before it is decoded: a PNG or JPEG claiming 100,000 x 100,000 is refused") {
    const std::string too_many =
        "is 100,000 x 100,000 pixels, more than the 16,777,216 pixels (4,096 x 4,096) an image may have; save it at a "
        "smaller size";
    // A few hundred bytes that would decode to 10 GB: refused from the header alone.
    const auto bomb = png_claiming(100000, 100000);
    CHECK(bomb.size() < 100);
    CHECK(*image_problem(bomb) == too_many);
    // The decoder checks the size libpng reads too, before it allocates a pixel.
    pdf::RgbImage image;
    std::string why;
    CHECK_FALSE(pdf::decode_png(bomb, image, why));
    CHECK(why == "the image is 100000 x 100000 pixels");
    CHECK(image.pixels.empty());
    // Up to the bound is fine (4,096 x 4,096), one row more is not.
    CHECK_FALSE(pdf::pixels_problem(4096, 4096));
    CHECK(*pdf::pixels_problem(4096, 4097) ==
          "is 4,096 x 4,097 pixels, more than the 16,777,216 pixels (4,096 x 4,096) an image may have; save it at a "
          "smaller size");
    // A wide, short PNG is judged by its pixels, not its width.
    CHECK(image_problem(png_claiming(20000, 1))->rfind("is not a readable PNG image (libpng: ", 0) == 0);
    // A JPEG's frame header says its size too.
    auto jpeg = fixture("logo.jpg");
    const std::size_t sof = find_marker(jpeg, 0xC0);
    jpeg[sof + 5] = jpeg[sof + 6] = jpeg[sof + 7] = jpeg[sof + 8] = 0xFF;  // 65,535 x 65,535
    CHECK(*pdf::jpeg_problem(jpeg) ==
          "is 65,535 x 65,535 pixels, more than the 16,777,216 pixels (4,096 x 4,096) an image may have; save it at a "
          "smaller size");
}

TEST_CASE("the renderer embeds a whole JPEG and leaves a cut-short one out with a warning") {
    Document doc;
    doc.cover.title = "Report";
    doc.cover.logo = "logo.jpg";
    doc.cover.logo_image = fixture("logo.jpg");
    const PdfResult whole = test::render_pdf(doc);
    REQUIRE(whole.ok());
    CHECK(whole.warnings.empty());
    const std::string pdf(whole.bytes.begin(), whole.bytes.end());
    CHECK(pdf.find("/DCTDecode") != std::string::npos);

    doc.cover.logo = "cut.jpg";
    doc.cover.logo_image.resize(doc.cover.logo_image.size() - 20);
    const PdfResult cut = test::render_pdf(doc);
    REQUIRE(cut.ok());
    CHECK(cut.warnings == std::vector<std::string>{"image cut.jpg: is a JPEG image cut short (it ends before its "
                                                   "end-of-image marker); it is left out"});
    const std::string without(cut.bytes.begin(), cut.bytes.end());
    CHECK(without.find("/DCTDecode") == std::string::npos);
}

TEST_CASE("the renderer leaves out, with a warning, a PNG whose header claims too many pixels") {
    Document doc;
    doc.cover.title = "Report";
    doc.cover.logo = "bomb.png";
    doc.cover.logo_image = png_claiming(100000, 100000);
    const PdfResult r = test::render_pdf(doc);
    REQUIRE(r.ok());
    CHECK(r.warnings == std::vector<std::string>{
                            "image bomb.png: is 100,000 x 100,000 pixels, more than the 16,777,216 pixels (4,096 x "
                            "4,096) an image may have; save it at a smaller size; it is left out"});
}
