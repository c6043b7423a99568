// Image checks for the cover logo: a JPEG is embedded as it is, so it must be whole; a PNG must
// decode in full. Fixtures: tests/fixtures/logo.jpg (2x2 greyscale baseline JPEG, made with
// netpbm's pnmtojpeg) and logo.png (4x2 RGB).
#include <catch2/catch.hpp>

#include <fstream>

#include "ascreport/pdf.hpp"
#include "pdf/images.hpp"
#include "test_support.hpp"

using namespace ascreport;

namespace {

std::vector<std::uint8_t> fixture(const std::string& name) {
    const std::string s = test::slurp(std::string(ASCREPORT_SOURCE_DIR) + "/tests/fixtures/" + name);
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

TEST_CASE("image_problem reads the file: missing, a folder, not an image, a damaged PNG or JPEG") {
    test::TempDir d;
    const std::string dir = d.str();
    CHECK_FALSE(image_problem(std::string(ASCREPORT_SOURCE_DIR) + "/tests/fixtures/logo.png"));
    CHECK_FALSE(image_problem(std::string(ASCREPORT_SOURCE_DIR) + "/tests/fixtures/logo.jpg"));
    CHECK(*image_problem(dir + "/missing.png") == "no such file");
    CHECK(*image_problem(dir) == "is a folder, not a file");
    std::filesystem::create_symlink("gone.png", d.path() / "link.png");
    CHECK(*image_problem(dir + "/link.png") == "is a symbolic link to gone.png, which does not exist");
    d.write("logo.gif", "GIF89a");
    CHECK(*image_problem(dir + "/logo.gif") == "is neither a PNG nor a JPEG image");
    const auto png = fixture("logo.png");
    d.write("cut.png", std::string(png.begin(), png.begin() + 40));
    CHECK(image_problem(dir + "/cut.png")->rfind("is not a readable PNG image (libpng: ", 0) == 0);
    const auto jpeg = fixture("logo.jpg");
    d.write("cut.jpg", std::string(jpeg.begin(), jpeg.end() - 20));
    CHECK(*image_problem(dir + "/cut.jpg") ==
          "is a JPEG image cut short (it ends before its end-of-image marker)");
}

TEST_CASE("the renderer embeds a whole JPEG and leaves a cut-short one out with a warning") {
    test::TempDir d;
    Document doc;
    doc.cover.title = "Report";
    doc.cover.logo = std::string(ASCREPORT_SOURCE_DIR) + "/tests/fixtures/logo.jpg";
    const PdfResult whole = render_pdf(doc);
    REQUIRE(whole.ok());
    CHECK(whole.warnings.empty());
    const std::string pdf(whole.bytes.begin(), whole.bytes.end());
    CHECK(pdf.find("/DCTDecode") != std::string::npos);

    const auto jpeg = fixture("logo.jpg");
    doc.cover.logo = d.write("cut.jpg", std::string(jpeg.begin(), jpeg.end() - 20)).string();
    const PdfResult cut = render_pdf(doc);
    REQUIRE(cut.ok());
    CHECK(cut.warnings == std::vector<std::string>{"image " + doc.cover.logo +
                                                   ": is a JPEG image cut short (it ends before its end-of-image "
                                                   "marker); it is left out"});
    const std::string without(cut.bytes.begin(), cut.bytes.end());
    CHECK(without.find("/DCTDecode") == std::string::npos);
}
