// End-to-end: files opened once and inside their folders, and every output as careful as
// report's (issue 17, parts 4 and 5; docs/faults.md "Confinement and limits", "The output
// file"). Each runs the real binary and asserts the exact message, the exit status, and what is
// left on disk.
#include <catch2/catch.hpp>

#include <fstream>

#include <sys/stat.h>
#include <unistd.h>

#include "ascreport/document.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;

namespace {

const std::string kTemplate = std::string(ASCREPORT_SOURCE_DIR) + "/report-templates/annual-report";
const std::string kFixtures = std::string(ASCREPORT_SOURCE_DIR) + "/tests/fixtures/";
const std::string kEpoch = "SOURCE_DATE_EPOCH=1727740800";
const std::string kTemplateErrors = "ascreport report: the template has errors; no report was written\n";

using Names = std::vector<std::string>;
using test::names;

std::string q(const fs::path& p) { return "'" + p.string() + "'"; }

// A copy of the sample data folder, and of the shipped template when asked.
struct Copy : test::SampleCopy {
    using SampleCopy::SampleCopy;
    // `report` writing DIR/r.html (the edition that needs no fonts unless asked), with options.
    test::RunResult report(const std::string& options = "", const std::string& out = "r.html") const {
        return test::run("report --data " + q(data) + " --year 2023/24 --out " + q(dir.path() / out) + " " + options,
                         kEpoch);
    }
    // report.toml with `line` added to [council].
    void council(const std::string& line) const {
        std::string toml = test::slurp(data / "report.toml");
        const auto at = toml.find("[council]\n");
        REQUIRE(at != std::string::npos);
        toml.insert(at + 10, line + "\n");
        std::ofstream(data / "report.toml", std::ios::trunc) << toml;
    }
};

}  // namespace

// ---- Folders and files: opened once, inside their folders ----------------------------------------

TEST_CASE("e2e files: a narrative folder that links out of the data folder is refused, and nothing of it is read") {
    Copy c;
    fs::rename(c.data / "narrative", c.dir.path() / "elsewhere");
    std::ofstream(c.dir.path() / "elsewhere" / "learning-points.md") << "The secret is ASCREPORT-SECRET-42.\n";
    fs::create_symlink("../elsewhere", c.data / "narrative");
    const auto r = c.report();
    CHECK(r.status == 2);
    const std::string why = ": is in " + (c.data / "narrative").string() +
                            ", which is a symbolic link to ../elsewhere, outside the folder " + c.data.string() +
                            "; only folders inside it are read\n";
    CHECK(r.err.find((c.data / "narrative" / "learning-points.md").string() + why) != std::string::npos);
    CHECK(r.err.ends_with(kTemplateErrors));
    CHECK(r.err.find("ASCREPORT-SECRET-42") == std::string::npos);
    CHECK(names(c.dir.path()) == Names{"data", "elsewhere"});
    // check-template names the folder itself.
    const auto checked = test::run("check-template " + q(kTemplate) + " --data " + q(c.data));
    CHECK(checked.status == 2);
    CHECK(checked.err.find((c.data / "narrative").string() + ": is a symbolic link to ../elsewhere, outside the folder " +
                           c.data.string() + "; only folders inside it are read\n") != std::string::npos);
}

TEST_CASE("e2e files: a narrative folder that links to a folder inside the data folder is read") {
    Copy c;
    fs::create_directories(c.data / "texts");
    fs::rename(c.data / "narrative", c.data / "texts" / "2023-24");
    std::ofstream(c.data / "texts" / "2023-24" / "learning-points.md") << "We learnt to answer sooner.\n";
    fs::create_symlink("texts/2023-24", c.data / "narrative");
    const auto r = c.report();
    CHECK(r.status == 0);
    CHECK(test::slurp(c.dir.path() / "r.html").find("We learnt to answer sooner.") != std::string::npos);
}

TEST_CASE("e2e files: a template folder named through a link is used, but its text folder linking out is refused") {
    Copy c(true);
    fs::create_symlink(c.tmpl, c.dir.path() / "template-link");
    CHECK(c.report("--template " + q(c.dir.path() / "template-link")).status == 0);

    fs::rename(c.tmpl / "text", c.dir.path() / "other-text");
    fs::create_symlink("../other-text", c.tmpl / "text");
    for (const auto& e : fs::directory_iterator(c.data / "narrative")) fs::remove(e.path());  // the template's texts print
    const auto r = c.report("--template " + q(c.tmpl));
    CHECK(r.status == 2);
    CHECK(r.err.find((c.tmpl / "text").string() + "/") != std::string::npos);
    CHECK(r.err.find(".md: is outside the folder " + c.tmpl.string() + "; only files inside it are read\n") !=
          std::string::npos);
    CHECK(r.err.ends_with(kTemplateErrors));
    // template.toml itself, a link out of the folder.
    fs::rename(c.tmpl / "template.toml", c.dir.path() / "template.toml");
    fs::create_symlink("../template.toml", c.tmpl / "template.toml");
    const auto toml = c.report("--template " + q(c.tmpl));
    CHECK(toml.status == 2);
    CHECK(toml.err == "ascreport report: " + (c.tmpl / "template.toml").string() +
                          ": is a symbolic link to ../template.toml, outside the folder " + c.tmpl.string() +
                          "; only files inside it are read; --template takes a folder holding template.toml\n");
}

TEST_CASE("e2e files: a font folder named through a link is used, and a font linking to a file beside it is read") {
    Copy c;
    const fs::path fonts = c.dir.path() / "fonts";
    fs::create_directories(fonts / "real");
    const ascreport::Theme theme;
    for (const std::string& f : {theme.font_regular, theme.font_bold, theme.font_italic})
        fs::copy_file(f, fonts / "real" / fs::path(f).filename());
    // The font folder is fonts/real: ../bold.ttf is outside it.
    fs::rename(fonts / "real" / "LiberationSans-Bold.ttf", fonts / "bold.ttf");
    fs::create_symlink("../bold.ttf", fonts / "real" / "LiberationSans-Bold.ttf");
    auto r = c.report("--font-dir " + q(fonts / "real"), "r.pdf");
    CHECK(r.status == 3);
    CHECK(r.err.find("font file " + (fonts / "real" / "LiberationSans-Bold.ttf").string() +
                     ": is a symbolic link to ../bold.ttf, outside the folder " + (fonts / "real").string() +
                     "; only files inside it are read; ") != std::string::npos);
    CHECK_FALSE(fs::exists(c.dir.path() / "r.pdf"));
    fs::remove(fonts / "real" / "LiberationSans-Bold.ttf");
    fs::rename(fonts / "bold.ttf", fonts / "real" / "bold.ttf");
    fs::create_symlink("bold.ttf", fonts / "real" / "LiberationSans-Bold.ttf");  // beside it: fine
    fs::create_symlink(fonts / "real", c.dir.path() / "font-link");
    r = c.report("--font-dir " + q(c.dir.path() / "font-link"), "r.pdf");
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    CHECK(test::slurp(c.dir.path() / "r.pdf").starts_with("%PDF-"));
}

TEST_CASE("e2e files: the logo is read from inside report.toml's folder, by no other path") {
    Copy c;
    const std::string toml = (c.data / "report.toml").string();
    const std::string advice =
        "; fix the image or the path (relative to report.toml), or remove council.logo to print no logo; no report "
        "was written\n";
    std::string logo, why;
    SECTION("a link out of the folder, to a real logo") {
        fs::create_symlink(kFixtures + "logo.png", c.data / "logo.png");
        logo = (c.data / "logo.png").string();
        why = "is a symbolic link to " + kFixtures + "logo.png, outside the folder " + c.data.string() +
              "; only files inside it are read";
        c.council("logo = \"logo.png\"");
    }
    SECTION("a path that climbs out with ..") {
        fs::copy_file(kFixtures + "logo.png", c.dir.path() / "logo.png");
        logo = (c.data / "../logo.png").string();
        why = "is outside the folder " + c.data.string() + "; only files inside it are read";
        c.council("logo = \"../logo.png\"");
    }
    SECTION("an absolute path elsewhere") {
        logo = kFixtures + "logo.png";
        why = "is outside the folder " + c.data.string() + "; only files inside it are read";
        c.council("logo = \"" + logo + "\"");
    }
    SECTION("a folder on the way that links out") {
        fs::create_directories(c.dir.path() / "images");
        fs::copy_file(kFixtures + "logo.png", c.dir.path() / "images" / "logo.png");
        fs::create_symlink("../images", c.data / "images");
        logo = (c.data / "images/logo.png").string();
        why = "is outside the folder " + c.data.string() + "; only files inside it are read";
        c.council("logo = \"images/logo.png\"");
    }
    SECTION("a PNG whose header claims 100,000 x 100,000 pixels") {
        // The fixture with its size changed (and its header's checksum left wrong: the size is
        // read before anything is decoded).
        std::string png = test::slurp(kFixtures + "logo.png");
        png.replace(16, 8, std::string("\x00\x01\x86\xA0\x00\x01\x86\xA0", 8));
        std::ofstream(c.data / "logo.png", std::ios::binary) << png;
        logo = (c.data / "logo.png").string();
        why = "is 100,000 x 100,000 pixels, more than the 16,777,216 pixels (4,096 x 4,096) an image may have; save "
              "it at a smaller size";
        c.council("logo = \"logo.png\"");
    }
    const auto r = c.report("", "r.pdf");
    CHECK(r.status == 2);
    CHECK(r.err == "ascreport report: logo " + logo + " (council.logo in " + toml + "): " + why + advice);
    CHECK(names(c.dir.path()) == (fs::exists(c.dir.path() / "images")   ? Names{"data", "images"}
                                  : fs::exists(c.dir.path() / "logo.png") ? Names{"data", "logo.png"}
                                                                          : Names{"data"}));
}

TEST_CASE("e2e files: a logo in a folder of its own beside report.toml, or linking to one beside it, is printed") {
    Copy c;
    fs::create_directories(c.data / "images");
    fs::copy_file(kFixtures + "logo.jpg", c.data / "images" / "council.jpg");
    fs::create_symlink("images/council.jpg", c.data / "logo.jpg");
    c.council("logo = \"logo.jpg\"");
    const auto r = c.report("", "r.pdf");
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    CHECK(test::slurp(c.dir.path() / "r.pdf").find("/DCTDecode") != std::string::npos);
}
