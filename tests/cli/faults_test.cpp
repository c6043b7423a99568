// End-to-end: the faults a user will meet (issue 5, docs/faults.md). Each runs the real binary
// and asserts the exact message, the exit status, and that no partial or temporary file is
// left (and that a report already at the path is byte-identical afterwards).
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <optional>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ascreport/document.hpp"
#include "ascreport/output.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;

namespace {

const std::string kSamples = std::string(::test::source_dir()) + "/data-samples";
const std::string kEpoch = "SOURCE_DATE_EPOCH=1727740800";

using Names = std::vector<std::string>;
using test::names;

// The data-error summary line the CLI prints after a file's messages.
std::string one_error_in(const std::string& dir) {
    return "1 error in " + dir + "; fix it and run again (docs/input-format.md describes each file)\n";
}

// Makes PATH a sparse file of `size` bytes that starts with `head` (holes read as NUL bytes).
void sparse_file(const fs::path& path, const std::string& head, std::uintmax_t size) {
    std::ofstream(path, std::ios::binary) << head;
    fs::resize_file(path, size);
}

// A PDF already at the output path, to check it is byte-identical after a failed run.
struct OldReport {
    fs::path path;
    std::string bytes = "%PDF-1.4\n% last year's report, which a failed run must leave alone\n";
    explicit OldReport(const fs::path& p) : path(p) { std::ofstream(p, std::ios::binary) << bytes; }
    bool intact() const { return test::slurp(path) == bytes; }
};

// Root reads and writes whatever the permission bits say. Run as root, the binary is started
// through setpriv with CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH dropped from its bounding and
// inheritable sets: it keeps uid 0 (so it can still read the build tree) but obeys the mode
// bits like any user, so a 0555 folder refuses new files and a 0000 file refuses reads.
// Empty when not root (the mode bits already apply). Fails the test when root and setpriv
// (util-linux) is missing: a missing tool never passes a test by skipping it.
std::string without_root_override() {
    if (::geteuid() != 0) return std::string();
    test::require_tool("setpriv", "util-linux");
    return std::string("setpriv --bounding-set=-dac_override,-dac_read_search "
                       "--inh-caps=-dac_override,-dac_read_search");
}

// `report` on the sample data, writing D/r.pdf, with extra options.
test::RunResult report_into(const test::TempDir& d, const std::string& options, const std::string& prefix = "") {
    return test::run("report --data " + kSamples + " --year 2023/24 --out " + d.str() + "/r.pdf " + options,
                     kEpoch + " " + prefix);
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// The output file (exit 3)

TEST_CASE("faults: the output folder is missing") {
    test::TempDir d;
    const auto r = test::run("report --data " + kSamples + " --year 2023/24 --out " + d.str() + "/reports/2023-24/r.pdf",
                             kEpoch);
    CHECK(r.status == 3);
    CHECK(r.err == "ascreport report: cannot write " + d.str() + "/reports/2023-24/r.pdf: folder " + d.str() +
                       "/reports/2023-24 does not exist; no report was written\n");
    CHECK(r.out.empty());
    CHECK(names(d.path()).empty());  // nothing created, not even the folder
}

TEST_CASE("faults: --out names a folder, or a pipe nothing reads") {
    test::TempDir d;
    SECTION("a folder") {
        const auto r = test::run("report --data " + kSamples + " --year 2023/24 --out " + d.str(), kEpoch);
        CHECK(r.status == 3);
        CHECK(r.err == "ascreport report: cannot write " + d.str() +
                           ": it is a folder; give a file name such as report.pdf; no report was written\n");
        CHECK(names(d.path()).empty());
    }
    SECTION("a FIFO with no reader: an error, not a hang") {
        REQUIRE(::mkfifo((d.path() / "r.pdf").c_str(), 0600) == 0);
        const auto r = report_into(d, "");
        CHECK(r.status == 3);
        CHECK(r.err == "ascreport report: cannot write " + d.str() + "/r.pdf: Broken pipe; no report was written\n");
        CHECK(names(d.path()) == Names{"r.pdf"});
        struct stat st {};
        REQUIRE(::stat((d.path() / "r.pdf").c_str(), &st) == 0);
        CHECK(S_ISFIFO(st.st_mode));  // still the pipe, not replaced by a file
    }
}

TEST_CASE("faults: the output folder is not writable") {
    const std::string prefix = without_root_override();
    test::TempDir d;
    const fs::path dir = d.path() / "locked";
    fs::create_directory(dir);
    const OldReport old(dir / "r.pdf");
    fs::permissions(dir, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                             fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
    const auto r = test::run("report --data " + kSamples + " --year 2023/24 --out " + dir.string() + "/r.pdf",
                             kEpoch + " " + prefix);
    fs::permissions(dir, fs::perms::owner_all);
    CHECK(r.status == 3);
    CHECK(r.err == "ascreport report: cannot write " + dir.string() + "/r.pdf: Permission denied; no report was "
                                                                      "written\n");
    CHECK(r.out.empty());
    CHECK(old.intact());
    CHECK(names(dir) == Names{"r.pdf"});
}

TEST_CASE("faults: the disk is full (/dev/full)", "[needs-dev-full]") {
    // /dev/full is a device, so it is written in place (renaming over it would replace the
    // device); every write fails with ENOSPC, as on a full disk.
    struct stat before {};
    REQUIRE(::stat("/dev/full", &before) == 0);
    REQUIRE(S_ISCHR(before.st_mode));
    const Names dev_before = names("/dev");
    const auto r = test::run("report --data " + kSamples + " --year 2023/24 --out /dev/full", kEpoch);
    CHECK(r.status == 3);
    CHECK(r.err == "ascreport report: cannot write /dev/full: No space left on device; no report was written\n");
    CHECK(r.out.empty());
    struct stat after {};
    REQUIRE(::stat("/dev/full", &after) == 0);
    CHECK(S_ISCHR(after.st_mode));
    CHECK(after.st_rdev == before.st_rdev);
    CHECK(names("/dev") == dev_before);  // no .full.tmp-* beside it
}

// Needs root with a private mount namespace: registered apart and reported as skipped on a
// machine without them (tests/CMakeLists.txt, tests/support/run-if); CI runs it. The same
// faults are unit tests on every machine (tests/base/output_faults_test.cpp).
TEST_CASE("faults: the disk fills up while the report is written, or the file system is read-only",
          "[needs-mount]") {
    // A real file system: a tmpfs mounted in a private mount namespace (unshare -m), so the
    // mount is invisible outside this one shell. 64 KiB holds the old report (a few bytes)
    // but not the new one (about 150 KB); the read-only case is remounted read-only after
    // the old report is in place.
    test::require_tool("unshare", "util-linux");
    const auto [remount, reason] = GENERATE(table<std::string, std::string>({
        {"true", "No space left on device"},
        {"mount -o remount,ro MNT", "Read-only file system"},
    }));
    test::TempDir d;
    const fs::path mnt = d.path() / "small";
    fs::create_directory(mnt);
    std::string then = remount;
    if (const auto at = then.find("MNT"); at != std::string::npos) then.replace(at, 3, mnt.string());
    const std::string script =
        "mount -t tmpfs -o size=64k ascreport-test " + mnt.string() + " || exit 99; "
        "printf 'last year' > " + mnt.string() + "/r.pdf; " + then + " || exit 98; " +
        "SOURCE_DATE_EPOCH=1727740800 " + ::test::binary() + " report --data " + kSamples +
        " --year 2023/24 --out " + mnt.string() + "/r.pdf 2>" + d.str() + "/err; echo \\$? >" + d.str() + "/status; " +
        "ls -A " + mnt.string() + " >" + d.str() + "/names; cat " + mnt.string() + "/r.pdf >" + d.str() + "/kept";
    const auto mounted = test::shell("unshare -m sh -c \"" + script + "\"");
    INFO(reason << "; " << mounted.err);
    REQUIRE(mounted.status != 99);  // run-if found that a tmpfs can be mounted here
    REQUIRE(mounted.status != 98);
    REQUIRE(fs::exists(d.path() / "status"));
    CHECK(test::slurp(d.path() / "status") == "3\n");
    CHECK(test::slurp(d.path() / "err") ==
          "ascreport report: cannot write " + mnt.string() + "/r.pdf: " + reason + "; no report was written\n");
    CHECK(test::slurp(d.path() / "names") == "r.pdf\n");      // no temporary file left
    CHECK(test::slurp(d.path() / "kept") == "last year");     // the old report is untouched
    CHECK(fs::is_empty(mnt));                                 // the mount never showed outside
}

namespace {

bool is_complete_pdf(const fs::path& p) {
    test::require_tool("qpdf", "qpdf");
    return test::shell("qpdf --check " + p.string()).status == 0;
}

}  // namespace

TEST_CASE("faults: the report replaces the old one by renaming a whole new file over it, never writing into it") {
    // What makes a killed run harmless: the old file is never opened for writing, and the new
    // one appears under its name only whole (a rename). A second name for the old file (a hard
    // link) still holds the old bytes afterwards, and the path is a new file. A crash at each
    // step of the writer is a unit test (tests/base/output_faults_test.cpp); the next run
    // removing what a killed run left is the test after this one.
    test::TempDir d;
    const OldReport old(d.path() / "r.pdf");
    fs::create_hard_link(old.path, d.path() / "old-link.pdf");
    const auto before = ascreport::file_identity(old.path);
    const auto r = report_into(d, "");
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    CHECK(test::slurp(d.path() / "old-link.pdf") == old.bytes);  // never written into
    CHECK(ascreport::file_identity(old.path) != before);        // another file now has the name
    CHECK(is_complete_pdf(old.path));
    CHECK(names(d.path()) == Names{"old-link.pdf", "r.pdf"});
}

TEST_CASE("faults: the next run removes temporary files of killed runs, and only those") {
    test::TempDir d;
    const OldReport old(d.path() / "r.pdf");
    // A process id that is certainly not running: a child that has exited and been reaped.
    const pid_t dead = ::fork();
    if (dead == 0) ::_exit(0);
    REQUIRE(dead > 0);
    ::waitpid(dead, nullptr, 0);
    const std::string mine = std::to_string(::getpid());  // this test process: alive
    d.write(".r.pdf.tmp-" + std::to_string(dead) + "-0", "%PDF-1.4 half a report");
    d.write(".r.pdf.tmp-" + mine + "-3", "%PDF-1.4 being written by a live process");
    d.write(".other.pdf.tmp-" + std::to_string(dead) + "-0", "another report's temporary file");
    d.write(".r.pdf.tmp-notes", "not one of ours");
    const auto r = report_into(d, "");
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    CHECK(is_complete_pdf(d.path() / "r.pdf"));
    CHECK(names(d.path()) ==
          Names{".other.pdf.tmp-" + std::to_string(dead) + "-0", ".r.pdf.tmp-" + mine + "-3", ".r.pdf.tmp-notes", "r.pdf"});
}

// ---------------------------------------------------------------------------------------------
// The template

TEST_CASE("faults: the template folder has no usable template.toml") {
    test::TempDir d;
    const OldReport old(d.path() / "r.pdf");
    fs::create_directories(d.path() / "t");
    std::string why, prefix;
    SECTION("missing") { why = "no such file"; }
    SECTION("a folder") {
        fs::create_directory(d.path() / "t/template.toml");
        why = "is a folder, not a file";
    }
    SECTION("a dangling symbolic link") {
        fs::create_symlink("moved.toml", d.path() / "t/template.toml");
        why = "is a symbolic link to moved.toml, which does not exist";
    }
    SECTION("unreadable") {
        prefix = without_root_override();
        d.write("t/template.toml", "sections = [\"a.md\"]\n");
        fs::permissions(d.path() / "t/template.toml", fs::perms::none);
        why = "cannot be read: Permission denied";
    }
    const auto r = report_into(d, "--template " + d.str() + "/t", prefix);
    CHECK(r.status == 2);
    CHECK(r.err == "ascreport report: " + d.str() + "/t/template.toml: " + why +
                       "; --template takes a folder holding template.toml\n");
    CHECK(r.out.empty());
    CHECK(old.intact());
    CHECK(names(d.path()) == Names{"r.pdf", "t"});
}

TEST_CASE("faults: a section file of the template cannot be read") {
    test::TempDir d;
    const OldReport old(d.path() / "r.pdf");
    d.write("t/template.toml", "sections = [\"a.md\", \"b.md\"]\n");
    d.write("t/a.md", "# A\n\nSome words.\n");
    const fs::path b = d.path() / "t/b.md";
    std::string why, prefix;
    SECTION("a folder") {
        fs::create_directory(b);
        why = "is a folder, not a file";
    }
    SECTION("a dangling symbolic link") {
        fs::create_symlink("gone.md", b);
        why = "is a symbolic link to gone.md, which does not exist";
    }
    SECTION("unreadable") {
        prefix = without_root_override();
        d.write("t/b.md", "# B\n");
        fs::permissions(b, fs::perms::none);
        why = "cannot be read: Permission denied";
    }
    const auto r = report_into(d, "--template " + d.str() + "/t", prefix);
    CHECK(r.status == 2);
    CHECK(r.err == d.str() + "/t/template.toml:1: the section file " + b.string() + ": " + why +
                       "\nascreport report: the template has errors; no report was written\n");
    CHECK(r.out.empty());
    CHECK(old.intact());
    CHECK(names(d.path()) == Names{"r.pdf", "t"});
}

TEST_CASE("faults: the year's narrative text is a folder, not a file") {
    // DATA/narrative/NAME.md replaces the template's text; a folder there once printed as
    // nothing at all.
    test::TempDir d;
    const OldReport old(d.path() / "r.pdf");
    fs::copy(kSamples, d.path() / "data", fs::copy_options::recursive);
    const fs::path first = d.path() / "data/narrative/key-learning.md";  // {{text key-learning}}
    REQUIRE(fs::remove(first));
    fs::create_directory(first);
    const auto r = test::run("report --data " + d.str() + "/data --year 2023/24 --out " + d.str() + "/r.pdf", kEpoch);
    CHECK(r.status == 2);
    CHECK(r.err == first.string() + ": is a folder, not a file\n"
                                    "ascreport report: the template has errors; no report was written\n");
    CHECK(old.intact());
    CHECK(names(d.path()) == Names{"data", "r.pdf"});
}

// ---------------------------------------------------------------------------------------------
// Fonts (exit 3: the PDF cannot be made) and the logo (exit 2: a settings problem)

namespace {

const std::string kFontAdvice =
    "; the report is set in Liberation Sans: install the Debian package fonts-liberation2 (apt-get install "
    "fonts-liberation2), or give --font-dir DIR, a folder holding LiberationSans-Regular.ttf, "
    "LiberationSans-Bold.ttf and LiberationSans-Italic.ttf; no report was written\n";

// D/fonts with copies of the three fonts the report uses.
fs::path copy_fonts(const test::TempDir& d) {
    const fs::path dir = d.path() / "fonts";
    fs::create_directories(dir);
    const ascreport::Theme theme;
    for (const std::string& f : {theme.font_regular, theme.font_bold, theme.font_italic})
        fs::copy_file(f, dir / fs::path(f).filename());
    return dir;
}

}  // namespace

TEST_CASE("faults: --font-dir with the fonts makes the report, and a font missing or unreadable stops it") {
    test::TempDir d;
    const OldReport old(d.path() / "r.pdf");
    const fs::path fonts = copy_fonts(d);
    const fs::path bold = fonts / "LiberationSans-Bold.ttf";
    std::string why, prefix;
    // (No return inside a SECTION: Catch would never reach, and so never run, the ones after it.)
    bool written = false;
    SECTION("all three present: the report is written") {
        const auto r = report_into(d, "--font-dir " + fonts.string());
        CHECK(r.status == 0);
        CHECK(r.err.empty());
        CHECK(test::slurp(d.path() / "r.pdf").starts_with("%PDF-"));
        CHECK(names(d.path()) == Names{"fonts", "r.pdf"});
        written = true;
    }
    SECTION("missing") {
        fs::remove(bold);
        why = "no such file";
    }
    SECTION("a dangling symbolic link") {
        fs::remove(bold);
        fs::create_symlink("gone/LiberationSans-Bold.ttf", bold);
        why = "is a symbolic link to gone/LiberationSans-Bold.ttf, which does not exist";
    }
    SECTION("a symbolic link out of the font folder, even to the real font") {
        fs::remove(bold);
        fs::create_symlink(ascreport::Theme{}.font_bold, bold);
        why = "is a symbolic link to " + ascreport::Theme{}.font_bold + ", outside the folder " + fonts.string() +
              "; only files inside it are read";
    }
    SECTION("a symbolic link out of the font folder that leads nowhere") {
        fs::remove(bold);
        fs::create_symlink("/usr/share/fonts/truetype/nowhere/LiberationSans-Bold.ttf", bold);
        why = "is a symbolic link to /usr/share/fonts/truetype/nowhere/LiberationSans-Bold.ttf, outside the folder " +
              fonts.string() + "; only files inside it are read";
    }
    SECTION("a folder") {
        fs::remove(bold);
        fs::create_directory(bold);
        why = "is a folder, not a file";
    }
    SECTION("unreadable") {
        prefix = without_root_override();
        fs::permissions(bold, fs::perms::none);
        why = "cannot be read: Permission denied";
    }
    if (written) return;
    const auto r = report_into(d, "--font-dir " + fonts.string(), prefix);
    CHECK(r.status == 3);
    CHECK(r.err == "ascreport report: font file " + bold.string() + ": " + why + kFontAdvice);
    CHECK(r.out.empty());
    CHECK(old.intact());
    CHECK(names(d.path()) == Names{"fonts", "r.pdf"});
}

TEST_CASE("faults: --font-dir that does not exist names the first font file") {
    test::TempDir d;
    const auto r = report_into(d, "--font-dir " + d.str() + "/nowhere");
    CHECK(r.status == 3);
    CHECK(r.err == "ascreport report: font file " + d.str() + "/nowhere/LiberationSans-Regular.ttf: no such file" +
                       kFontAdvice);
    CHECK(names(d.path()).empty());
}

TEST_CASE("faults: a damaged font file") {
    test::TempDir d;
    const OldReport old(d.path() / "r.pdf");
    const fs::path fonts = copy_fonts(d);
    const fs::path italic = fonts / "LiberationSans-Italic.ttf";
    std::string why;
    SECTION("cut short (an interrupted copy)") {
        fs::resize_file(italic, 5000);
        why = "its FFTM table runs past the end of the file";
    }
    SECTION("not a font") {
        std::ofstream(italic, std::ios::trunc) << "garbage\n";
        why = "it is only 8 bytes long";
    }
    const auto r = report_into(d, "--font-dir " + fonts.string());
    CHECK(r.status == 3);
    CHECK(r.err == "ascreport report: font file " + italic.string() + ": is not a usable TrueType font (" + why +
                       "); no report was written\n");
    CHECK(old.intact());
    CHECK(names(d.path()) == Names{"fonts", "r.pdf"});
}

namespace {

// A copy of the sample data whose report.toml names `logo` as council.logo.
fs::path data_with_logo(const test::TempDir& d, const std::string& logo) {
    const fs::path data = d.path() / "data";
    fs::copy(kSamples, data, fs::copy_options::recursive);
    std::string toml = test::slurp(data / "report.toml");
    const auto council = toml.find("[council]\n");
    REQUIRE(council != std::string::npos);
    toml.insert(council + 10, "logo = \"" + logo + "\"\n");
    std::ofstream(data / "report.toml", std::ios::trunc) << toml;
    return data;
}

const std::string kFixtures = std::string(::test::source_dir()) + "/tests/fixtures/";

}  // namespace

TEST_CASE("faults: a whole PNG or JPEG logo is printed on the cover") {
    test::TempDir d;
    const std::string kind = GENERATE(std::string("png"), std::string("jpg"));
    const fs::path data = data_with_logo(d, "logo." + kind);
    fs::copy_file(kFixtures + "logo." + kind, data / ("logo." + kind));
    const auto r = test::run("report --data " + data.string() + " --year 2023/24 --out " + d.str() + "/r.pdf", kEpoch);
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    CHECK(test::slurp(d.path() / "r.pdf").find("/Subtype /Image") != std::string::npos);
}

TEST_CASE("faults: a logo missing, unreadable or damaged stops the report (exit 2)") {
    test::TempDir d;
    const OldReport old(d.path() / "r.pdf");
    std::string name = "logo.png", why, prefix;
    bool unreadable = false;
    const std::string png = test::slurp(kFixtures + "logo.png"), jpeg = test::slurp(kFixtures + "logo.jpg");
    std::string bytes;  // empty: no file
    SECTION("missing") { why = "no such file"; }
    SECTION("a folder") {
        name = "logos";
        why = "is a folder, not a file";
    }
    SECTION("unreadable") {
        prefix = without_root_override();
        unreadable = true;
        bytes = png;
        why = "cannot be read: Permission denied";
    }
    SECTION("a PNG cut short") {
        bytes = png.substr(0, 40);
        why = "is not a readable PNG image (libpng: read beyond end of data)";
    }
    SECTION("a JPEG cut short") {
        name = "logo.jpg";
        bytes = jpeg.substr(0, jpeg.size() - 20);
        why = "is a JPEG image cut short (it ends before its end-of-image marker)";
    }
    SECTION("neither PNG nor JPEG") {
        name = "logo.gif";
        bytes = "GIF89a";
        why = "is neither a PNG nor a JPEG image";
    }
    const fs::path data = data_with_logo(d, name);
    if (name == "logos") fs::create_directory(data / name);
    if (!bytes.empty()) d.write("data/" + name, bytes);
    if (unreadable) fs::permissions(data / name, fs::perms::none);
    const auto r = test::run("report --data " + data.string() + " --year 2023/24 --out " + d.str() + "/r.pdf",
                             kEpoch + " " + prefix);
    CHECK(r.status == 2);
    CHECK(r.err == "ascreport report: logo " + (data / name).string() + " (council.logo in " +
                       (data / "report.toml").string() + "): " + why +
                       "; fix the image or the path (relative to report.toml), or remove council.logo to print no "
                       "logo; no report was written\n");
    CHECK(r.out.empty());
    CHECK(old.intact());
    CHECK(names(d.path()) == Names{"data", "r.pdf"});
}

// ---------------------------------------------------------------------------------------------
// Input files that are not files

TEST_CASE("faults: complaints.csv is a folder, a FIFO or a loop of symbolic links") {
    test::TempDir d;
    const fs::path csv = d.path() / "complaints.csv";
    std::string expected;
    Names left{"complaints.csv"};  // after the runs: no report, no temporary file
    SECTION("a folder") {
        fs::create_directory(csv);
        expected = "is a folder, not a file; the data folder must hold the CSV files directly";
    }
    SECTION("a FIFO (named pipe)") {
        REQUIRE(::mkfifo(csv.c_str(), 0600) == 0);  // nothing ever writes to it: a read would hang
        expected = "is not a regular file (a pipe or device?); save the export as a file";
    }
    SECTION("a loop of symbolic links") {
        fs::create_symlink("loop.csv", csv);
        fs::create_symlink("complaints.csv", d.path() / "loop.csv");
        expected = "the path is a loop of symbolic links; point it at a real file";
        left.push_back("loop.csv");
    }
    const std::string message = d.str() + "/complaints.csv: " + expected + "\n" + one_error_in(d.str());
    const auto validate = test::run("validate --data " + d.str());
    CHECK(validate.status == 1);
    CHECK(validate.err == message);
    CHECK(validate.out.empty());
    const auto report = test::run("report --data " + d.str() + " --year 2023/24 --out " + d.str() + "/r.pdf", kEpoch);
    CHECK(report.status == 1);
    CHECK(report.err == message);
    CHECK(report.out.empty());
    CHECK(names(d.path()) == left);
}

// 2 GiB inputs: the loader streams the file through a fixed window and never holds its bytes;
// what it keeps is the records, at most 2,000,000 per file. Peak memory is measured from
// wait4's ru_maxrss for the child alone.
TEST_CASE("faults: a 2 GiB complaints.csv of NUL bytes stops early with bounded memory") {
    test::TempDir d;
    const std::string header = "reference,received,route,method,service_area\n";
    sparse_file(d.path() / "complaints.csv", header, 2ull << 30);  // a sparse file: no disk, reads fast
    test::Process child({"validate", "--data", d.str()}, d.path() / "out", d.path() / "err");
    const auto ended = child.wait();
    CHECK(ended.status == 1);
    CHECK(test::slurp(d.path() / "err") ==
          d.str() + "/complaints.csv:2: the file contains NUL bytes (the first on this line), so "
                    "it is not a text CSV file; export it again as CSV (UTF-8)\n" + one_error_in(d.str()));
    CHECK(test::slurp(d.path() / "out").empty());
#if !defined(__SANITIZE_ADDRESS__) && defined(NDEBUG)  // sanitizers triple memory
    CHECK(ended.peak_kib < 100 * 1024);  // about 24 MiB: 16 MiB of one record, not the file (time: bench/faults)
#endif
}

TEST_CASE("faults: 2 GiB of one repeated row stops at 2,000,000 records with bounded memory") {
    // An export concatenated many times over, or a runaway job: 2 GiB of real rows, written
    // out (not sparse), about 48 million of them. Reading stops at the record limit.
    test::TempDir d;
    const fs::path csv = d.path() / "complaints.csv";
    const std::string header = "reference,received,route,method,service_area\n";
    const std::string row = "A1,2023-04-01,Statutory,Email,Mental Health\n";
    {
        std::string chunk;
        while (chunk.size() + row.size() <= (8u << 20)) chunk += row;
        std::ofstream out(csv, std::ios::binary);
        out << header;
        for (std::uintmax_t n = header.size(); n + chunk.size() <= (2ull << 30); n += chunk.size()) out << chunk;
        REQUIRE(out.good());
    }
    REQUIRE(fs::file_size(csv) > (2ull << 30) - (8u << 20));
    test::Process child({"validate", "--data", d.str()}, d.path() / "out", d.path() / "err");
    const auto ended = child.wait();
    fs::remove(csv);  // give the 2 GiB back before the checks
    CHECK(ended.status == 1);
    const std::string err = test::slurp(d.path() / "err");
    const std::string p = d.str() + "/complaints.csv:";
    CHECK(err == p + "3: column reference: the reference \"A1\" is already used on line 2; references must be "
                     "unique (on 1,999,999 rows: lines 3, 4, 5, 6, 7 and 1,999,994 more)\n" +
                     p + "2000002: the file has more than 2,000,000 records, the most a file may hold (no council's "
                         "export comes near it); reading stopped here; check that this is the right file\n"
                         "2,000,000 errors in " + d.str() + "; fix them and run again (docs/input-format.md describes "
                                                            "each file)\n");
#if !defined(__SANITIZE_ADDRESS__) && defined(NDEBUG)  // sanitizers triple memory
    // About 240 MiB: 2,000,000 records of 88 bytes (a complaint's stages and the regimes' other
    // columns are held apart, ComplaintDetailsBox), not 2 GiB of text (time: bench/faults).
    CHECK(ended.peak_kib < 300 * 1024);
#endif
}
