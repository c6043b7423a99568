// End-to-end: files opened once and inside their folders, and every output as careful as
// report's (issue 17, parts 4 and 5; docs/faults.md "Confinement and limits", "The output
// file"). Each runs the real binary and asserts the exact message, the exit status, and what is
// left on disk.
#include <catch2/catch.hpp>

#include <fstream>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ascreport/document.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;

namespace {

const std::string kTemplate = std::string(::test::source_dir()) + "/report-templates/annual-report";
const std::string kFixtures = std::string(::test::source_dir()) + "/tests/fixtures/";
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

// Root ignores permission bits; without these two capabilities it obeys them (faults_test.cpp).
std::string without_root_override() {
    if (::geteuid() != 0) return std::string();
    test::require_tool("setpriv", "util-linux");
    return "setpriv --bounding-set=-dac_override,-dac_read_search --inh-caps=-dac_override,-dac_read_search";
}

fs::perms perms_of(const fs::path& p) { return fs::status(p).permissions(); }
constexpr fs::perms k0644 = fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read;
constexpr fs::perms k0600 = fs::perms::owner_read | fs::perms::owner_write;

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
    const auto checked = test::run("check-template " + q(kTemplate) + " --data " + q(c.data) + " --year 2023/24");
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

// ---- Every --out as careful as report's -------------------------------------------------------

TEST_CASE("e2e outputs: every command's --out that names an input, by any path, is refused and changes nothing") {
    Copy c;
    fs::create_symlink(c.data / "complaints.csv", c.dir.path() / "link.xlsx");
    const std::string complaints = test::slurp(c.data / "complaints.csv");
    const std::string narrative = (c.data / "narrative" / "learning-points.md").string();
    const std::string narrative_text = test::slurp(narrative);
    struct Case {
        fs::path out;
        std::string is;
    };
    const std::vector<Case> cases{
        {c.data / "complaints.csv", "one of the input files"},
        {c.dir.path() / "link.xlsx", "the input file " + (c.data / "complaints.csv").string()},
        {c.data / "." / "report.toml", "the input file " + (c.data / "report.toml").string()},
        {c.data / "narrative" / ".." / "complaints.csv", "the input file " + (c.data / "complaints.csv").string()},
        {narrative, "one of the input files"},
    };
    for (const std::string command : {"list", "breakdown --by outcome", "figures"}) {
        const std::string name = command.substr(0, command.find(' '));
        for (const Case& each : cases) {
            INFO(command << " --out " << each.out);
            const auto r = test::run(command + " --data " + q(c.data) + " --year 2023/24 --format xlsx --out " + q(each.out),
                                     kEpoch);
            CHECK(r.status == 2);
            CHECK(r.err == "ascreport " + name + ": --out " + each.out.string() + " is " + each.is +
                               ", which writing would replace; give another file name; nothing was written\n");
            CHECK(r.out.empty());
        }
        // Run from the data folder with --data ., complaints.csv is ./complaints.csv.
        const auto here = test::run(command + " --data . --year 2023/24 --format xlsx --out complaints.csv",
                                    "cd " + q(c.data) + " && " + kEpoch);
        CHECK(here.status == 2);
        CHECK(here.err == "ascreport " + name +
                              ": --out complaints.csv is the input file ./complaints.csv, which writing would replace; "
                              "give another file name; nothing was written\n");
    }
    CHECK(test::slurp(c.data / "complaints.csv") == complaints);
    CHECK(test::slurp(narrative) == narrative_text);
    CHECK(fs::is_symlink(c.dir.path() / "link.xlsx"));
    CHECK(names(c.dir.path()) == Names{"data", "link.xlsx"});
}

TEST_CASE("e2e outputs: xlsx --out - writes the workbook to standard output, and refuses a terminal") {
    Copy c;
    const std::string args = "breakdown --data " + q(c.data) + " --year 2023/24 --by outcome --format xlsx --out ";
    REQUIRE(test::run(args + q(c.dir.path() / "file.xlsx"), kEpoch).status == 0);
    for (const std::string out : {"-", "/dev/stdout"}) {
        INFO(out);
        const auto r = test::run(args + out, kEpoch, (c.dir.path() / "piped.xlsx").string());
        CHECK(r.status == 0);
        CHECK(r.err.empty());
        CHECK(test::slurp(c.dir.path() / "piped.xlsx") == test::slurp(c.dir.path() / "file.xlsx"));
    }
    CHECK(names(c.dir.path()) == Names{"data", "file.xlsx", "piped.xlsx"});  // no file named -
    // On a terminal (script gives the command one): refused before anything is made.
    test::require_tool("script", "bsdutils");
    const auto tty = test::shell("script -qec \"" + std::string(::test::binary()) + " " + args + "-\" /dev/null");
    CHECK(tty.status == 2);
    CHECK(tty.out.find("ascreport breakdown: --out - writes the spreadsheet to standard output, which is a terminal; "
                       "send it to a file (> FILE.xlsx), or give --out FILE.xlsx") != std::string::npos);
    CHECK(tty.out.find("PK") == std::string::npos);
}

TEST_CASE("e2e outputs: a TMPDIR that is unset, a file, missing or read-only never stops a workbook") {
    Copy c;
    const fs::path out = c.dir.path() / "out";
    fs::create_directory(out);
    const fs::path tmp = c.dir.path() / "tmp";
    fs::create_directory(tmp);
    std::ofstream(c.dir.path() / "a-file") << "x";
    std::string env, prefix;
    SECTION("unset") { env = "env -u TMPDIR"; }
    SECTION("a file") { env = "TMPDIR=" + q(c.dir.path() / "a-file"); }
    SECTION("missing") { env = "TMPDIR=" + q(c.dir.path() / "missing"); }
    SECTION("empty") { env = "TMPDIR="; }
    SECTION("a read-only folder") {
        fs::permissions(tmp, fs::perms::owner_read | fs::perms::owner_exec);
        env = "TMPDIR=" + q(tmp);
        prefix = without_root_override();
    }
    SECTION("a folder it can use, left as it was") { env = "TMPDIR=" + q(tmp); }
    for (const std::string command : {"list", "breakdown --by outcome", "figures"}) {
        INFO(env << " " << command);
        const fs::path book = out / (command.substr(0, command.find(' ')) + ".xlsx");
        const auto r = test::run(command + " --data " + q(c.data) + " --year 2023/24 --format xlsx --out " + q(book),
                                 kEpoch + " " + env + " " + prefix);
        CHECK(r.status == 0);
        CHECK(r.err.empty());
        CHECK(test::slurp(book).starts_with("PK"));
    }
    fs::permissions(tmp, fs::perms::owner_all);
    CHECK(names(out) == Names{"breakdown.xlsx", "figures.xlsx", "list.xlsx"});  // no temporary folder left
    CHECK(names(tmp).empty());
}

TEST_CASE("e2e outputs: with no folder for its temporary files a workbook is exit 3, and nothing is written") {
    const std::string prefix = without_root_override();
    Copy c;
    const fs::path out = c.dir.path() / "out";
    fs::create_directory(out);
    fs::permissions(out, fs::perms::owner_read | fs::perms::owner_exec);
    const auto r = test::run("breakdown --data " + q(c.data) + " --year 2023/24 --by outcome --format xlsx --out " +
                                 q(out / "b.xlsx"),
                             kEpoch + " TMPDIR=" + q(c.dir.path() / "missing") + " " + prefix);
    fs::permissions(out, fs::perms::owner_all);
    CHECK(r.status == 3);
    CHECK(r.err == "ascreport breakdown: cannot write " + (out / "b.xlsx").string() +
                       ": no folder for the workbook's temporary files (" + (c.dir.path() / "missing").string() +
                       ": No such file or directory; " + out.string() + ": Permission denied); nothing was written\n");
    CHECK(names(out).empty());
}

TEST_CASE("e2e outputs: what a crashed xlsx run leaves at any step, the next run cleans, and only that") {
    // A run makes its scratch folder in TMPDIR (libxlsxwriter writes the workbook and its
    // parts there), reads the workbook back and writes it beside the output as a temporary
    // file that it renames over the output. A crash (SIGKILL, a power cut) between any two of
    // those steps leaves one of these, named after the dead process; the next run removes them
    // all, and leaves a live run's and anything not its own. (The writer crashing at each of
    // its steps is a unit test: tests/base/output_faults_test.cpp.)
    Copy c;
    const fs::path tmp = c.dir.path() / "tmp";
    fs::create_directory(tmp);
    const fs::path book = c.dir.path() / "cases.xlsx";
    std::ofstream(book) << "last week's cases";
    fs::permissions(book, k0600);  // a list of cases: its owner's only, and so is the new one
    fs::create_hard_link(book, c.dir.path() / "old-link");
    const pid_t dead = ::fork();
    if (dead == 0) ::_exit(0);
    ::waitpid(dead, nullptr, 0);
    const std::string gone = std::to_string(dead), alive = std::to_string(::getpid());
    // Crashed while libxlsxwriter wrote: a scratch folder with part of a workbook in it.
    fs::create_directories(tmp / (".ascreport-tmp-" + gone + "-0") / "xl");
    std::ofstream(tmp / (".ascreport-tmp-" + gone + "-0") / "xl" / "sheet1.xml") << "<worksheet";
    // Crashed once the workbook was written, before it was read back.
    fs::create_directory(tmp / (".ascreport-tmp-" + gone + "-1"));
    std::ofstream(tmp / (".ascreport-tmp-" + gone + "-1") / "workbook.xlsx") << "PK the cases";
    // Crashed while writing or before renaming the output's temporary file.
    std::ofstream(c.dir.path() / (".cases.xlsx.tmp-" + gone + "-0")) << "PK half";
    // A live run's, and what is not a run's.
    fs::create_directory(tmp / (".ascreport-tmp-" + alive + "-7"));
    std::ofstream(c.dir.path() / (".cases.xlsx.tmp-" + alive + "-7")) << "PK being written";
    std::ofstream(tmp / "notes.txt") << "someone else's";
    const auto r = test::run("list --data " + q(c.data) + " --year 2023/24 --format xlsx --out " + q(book),
                             kEpoch + " TMPDIR=" + q(tmp));
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    CHECK(test::slurp(book).starts_with("PK"));
    CHECK(test::slurp(c.dir.path() / "old-link") == "last week's cases");  // replaced by a rename, not written into
    CHECK(names(tmp) == Names{".ascreport-tmp-" + alive + "-7", "notes.txt"});
    CHECK(names(c.dir.path()) == Names{".cases.xlsx.tmp-" + alive + "-7", "cases.xlsx", "data", "old-link", "tmp"});
    CHECK(perms_of(book) == k0600);
}

TEST_CASE("e2e outputs: a new file is 0644 when published and 0600 when it identifies cases, from the start") {
    Copy c;
    const std::string data = " --data " + q(c.data) + " --year 2023/24";
    auto run = [&](const std::string& args, const std::string& umask = "022") {
        const auto r = test::run(args, "umask " + umask + " && " + kEpoch);
        CHECK(r.status == 0);
    };
    const fs::path d = c.dir.path();
    run("list" + data + " --format xlsx --out " + q(d / "list.xlsx"));
    run("breakdown" + data + " --by outcome --format xlsx --out " + q(d / "breakdown.xlsx"));
    run("figures" + data + " --format xlsx --out " + q(d / "figures.xlsx"));
    run("report" + data + " --out " + q(d / "r.pdf") + " --out " + q(d / "r.html"));
    CHECK(perms_of(d / "list.xlsx") == k0600);
    CHECK(perms_of(d / "breakdown.xlsx") == k0644);
    CHECK(perms_of(d / "figures.xlsx") == k0644);
    CHECK(perms_of(d / "r.pdf") == k0644);
    CHECK(perms_of(d / "r.html") == k0644);
    // The umask still takes bits away, and 0 adds none.
    run("report" + data + " --out " + q(d / "own.pdf"), "077");
    CHECK(perms_of(d / "own.pdf") == k0600);
    run("report" + data + " --out " + q(d / "open.pdf"), "000");
    run("list" + data + " --format xlsx --out " + q(d / "open.xlsx"), "000");
    CHECK(perms_of(d / "open.pdf") == k0644);
    CHECK(perms_of(d / "open.xlsx") == k0600);
    // A file replaced keeps its permissions, whichever command writes it.
    fs::permissions(d / "list.xlsx", fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    run("list" + data + " --format xlsx --out " + q(d / "list.xlsx"));
    CHECK(perms_of(d / "list.xlsx") == (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
    fs::permissions(d / "breakdown.xlsx", k0600);
    run("breakdown" + data + " --by outcome --format xlsx --out " + q(d / "breakdown.xlsx"));
    CHECK(perms_of(d / "breakdown.xlsx") == k0600);
}

TEST_CASE("e2e outputs: a label longer than a cell holds is cut with a warning, and the workbook keeps it") {
    test::require_tool("/usr/bin/python3", "python3");
    Copy c;
    const std::string area(40000, 'A');
    // The first complaint's service area (column 5) becomes 40,000 characters long.
    std::ifstream in(c.data / "complaints.csv", std::ios::binary);
    std::vector<std::string> lines;
    for (std::string l; std::getline(in, l);) lines.push_back(l);
    in.close();
    std::string& row = lines.at(1);
    std::size_t start = 0;
    for (int k = 0; k < 5; ++k) start = row.find(',', start) + 1;
    row.replace(start, row.find(',', start) - start, area);
    std::ofstream out(c.data / "complaints.csv", std::ios::binary | std::ios::trunc);
    for (const auto& l : lines) out << l << '\n';
    out.close();
    const fs::path book = c.dir.path() / "b.xlsx";
    const auto r = test::run("breakdown --data " + q(c.data) + " --from 2022-04-01 --to 2022-04-30 --by service_area "
                             "--format xlsx --out " + q(book),
                             kEpoch);
    CHECK(r.status == 0);
    const auto look = test::shell("/usr/bin/python3 -c \"import openpyxl, sys\n"
                                  "ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]\n"
                                  "for row in ws.iter_rows():\n"
                                  "    for cell in row:\n"
                                  "        if isinstance(cell.value, str) and len(cell.value) > 1000:\n"
                                  "            print(cell.coordinate, len(cell.value), cell.value[:3], cell.value[-2:])\n"
                                  "\" " + q(book));
    INFO(look.err);
    REQUIRE(look.status == 0);
    const std::string cell = look.out.substr(0, look.out.find(' '));
    CHECK(look.out == cell + " 32767 AAA A\u2026\n");
    CHECK(r.err == "warning: sheet \"by service_area\", cell " + cell +
                       ": 40,000 characters, more than the 32,767 a spreadsheet cell holds; cut to 32,767, ending in "
                       "\"\u2026\"; the other formats keep the whole text\n");
}
