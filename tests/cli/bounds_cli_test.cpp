// End-to-end: what the binary reads, how much work it does, what reaches the terminal and
// where its output goes (issue 11, points 4-6; docs/faults.md "Confinement and limits",
// "Text on the terminal", "The output file").
#include <catch2/catch.hpp>

#include <fstream>

#include <sys/stat.h>

#include "ascreport/output.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;

namespace {

const std::string kSamples = std::string(::test::source_dir()) + "/data-samples";
const std::string kTemplate = std::string(::test::source_dir()) + "/report-templates/annual-report";
const std::string kEpoch = "SOURCE_DATE_EPOCH=1727740800";

// A copy of the sample data folder (and, when asked, of the shipped template) to change.
struct Copy : test::SampleCopy {
    using SampleCopy::SampleCopy;
    // Replaces field `column` (0-based) of line `line` (1 = header) of a CSV file.
    void set_field(const std::string& file, std::size_t line, std::size_t column, const std::string& value) const {
        std::ifstream in(data / file, std::ios::binary);
        std::vector<std::string> lines;
        for (std::string l; std::getline(in, l);) lines.push_back(l);
        std::string& l = lines.at(line - 1);
        std::size_t start = 0;
        for (std::size_t c = 0; c < column; ++c) start = l.find(',', start) + 1;
        const std::size_t end = l.find(',', start);
        l.replace(start, end == std::string::npos ? std::string::npos : end - start, value);
        std::ofstream out(data / file, std::ios::binary);
        for (const auto& x : lines) out << x << '\n';
    }
};

// Whether `text` holds a raw control character a terminal would obey (ESC, BEL, or a C1 CSI).
bool has_raw_control(const std::string& text) {
    return text.find('\x1b') != std::string::npos || text.find('\x07') != std::string::npos ||
           text.find("\xC2\x9B") != std::string::npos;
}

const std::string kEvil = "Evil\x1b]0;pwned\x07" "Area";
const std::string kEvilShown = "Evil\\x1b]0;pwned\\x07Area";
const std::string kC1 = "Red\xC2\x9B" "31m";
const std::string kC1Shown = "Red\\u009b31m";

}  // namespace

// ---- Confinement ----------------------------------------------------------------------

TEST_CASE("e2e bounds: a narrative file that links outside the folder is an error, and is not printed") {
    Copy c;
    fs::remove(c.data / "narrative" / "learning-points.md");
    fs::create_symlink("/proc/self/environ", c.data / "narrative" / "learning-points.md");
    const fs::path pdf = c.dir.path() / "r.pdf";
    const auto r = test::run("report --data " + c.q(c.data) + " --year 2023/24 --out " + c.q(pdf),
                             kEpoch + " ASCREPORT_TEST_SECRET=hunter2");
    CHECK(r.status == 2);
    CHECK(r.err.find((c.data / "narrative" / "learning-points.md").string() +
                     ": is a symbolic link to /proc/self/environ, outside the folder " +
                     (c.data / "narrative").string() + "; only files inside it are read\n") != std::string::npos);
    CHECK(r.err.find("hunter2") == std::string::npos);
    CHECK_FALSE(fs::exists(pdf));
}

TEST_CASE("e2e bounds: a template section cannot name a file outside the template folder") {
    Copy c(true);
    std::ofstream(c.tmpl / "template.toml") << "title = \"T\"\nsections = [\n  \"/etc/passwd\",\n  \"../x/welcome.md\",\n]\n";
    const auto r = test::run("report --data " + c.q(c.data) + " --year 2023/24 --out " + c.q(c.dir.path() / "r.pdf") +
                                 " --template " + c.q(c.tmpl),
                             kEpoch);
    const std::string toml = (c.tmpl / "template.toml").string();
    CHECK(r.status == 2);
    CHECK(r.err == toml + ":3: the section \"/etc/passwd\" is not inside the template folder; name a file of the "
                          "folder, e.g. \"welcome.md\"\n" +
                       toml + ":4: the section \"../x/welcome.md\" is not inside the template folder; name a file of "
                              "the folder, e.g. \"welcome.md\"\n"
                              "ascreport report: the template has errors; no report was written\n");
}

TEST_CASE("e2e bounds: a template text that links outside the template folder is an error") {
    Copy c(true);
    fs::remove(c.tmpl / "welcome.md");
    fs::create_symlink("/etc/hostname", c.tmpl / "welcome.md");
    const auto r = test::run("check-template " + c.q(c.tmpl) + " --year 2023/24", kEpoch);
    CHECK(r.status == 2);
    CHECK(r.err.find((c.tmpl / "welcome.md").string() + ": is a symbolic link to /etc/hostname, outside the folder " +
                     c.tmpl.string() + "; only files inside it are read\n") != std::string::npos);
}

// ---- Limits -----------------------------------------------------------------------------

TEST_CASE("e2e bounds: {{text}} that fans out fails fast with one documented error") {
    Copy c(true);
    for (const auto& e : fs::directory_iterator(c.data / "narrative")) fs::remove(e.path());
    auto fan_out = [](const std::string& next) {
        std::string s;
        for (int i = 0; i < 100; ++i) s += "{{text " + next + "}}\n\n";
        return s;
    };
    SECTION("deep") {
        std::ofstream(c.tmpl / "text" / "closing-notes.md") << fan_out("a1");
        for (int i = 1; i <= 5; ++i)
            std::ofstream(c.tmpl / "text" / ("a" + std::to_string(i) + ".md")) << fan_out("a" + std::to_string(i + 1));
        std::ofstream(c.tmpl / "text" / "a6.md") << "leaf\n";
        const auto r = test::run("report --data " + c.q(c.data) + " --year 2023/24 --out " + c.q(c.dir.path() / "r.pdf") +
                                     " --template " + c.q(c.tmpl),
                                 kEpoch);
        CHECK(r.status == 2);
        CHECK(r.err == (c.tmpl / "text" / "a3.md").string() +
                           ":1: {{text a4}}: texts include each other too deeply (more than 4 levels)\n"
                           "ascreport report: the template has errors; no report was written\n");
    }
    SECTION("wide") {
        std::ofstream(c.tmpl / "text" / "closing-notes.md") << fan_out("a1");
        std::ofstream(c.tmpl / "text" / "a1.md") << fan_out("a2");
        std::ofstream(c.tmpl / "text" / "a2.md") << "leaf\n";
        const auto r = test::run("report --data " + c.q(c.data) + " --year 2023/24 --out " + c.q(c.dir.path() / "r.pdf") +
                                     " --template " + c.q(c.tmpl),
                                 kEpoch);
        CHECK(r.status == 2);
        CHECK(r.err.find((c.tmpl / "text" / "a1.md").string() +
                         ":177: {{text a2}}: the report includes texts more than 200 times; include each text once, "
                         "where it is printed\n") == 0);
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 2);
    }
    CHECK_FALSE(fs::exists(c.dir.path() / "r.pdf"));
}

TEST_CASE("e2e bounds: a narrative file over 1 MiB is refused when the report prints it, and never read whole") {
    Copy c;
    const fs::path big = c.data / "narrative" / "learning-points.md";
    std::ofstream(big) << "Text.\n";
    fs::resize_file(big, std::uintmax_t{3} << 30);  // 3 GiB, sparse
    const auto r = test::run("report --data " + c.q(c.data) + " --year 2023/24 --out " + c.q(c.dir.path() / "r.pdf"),
                             kEpoch);
    CHECK(r.status == 2);
    CHECK(r.err.find(big.string() + ": is larger than the 1024 KiB a text file may hold; split it, or shorten it\n") !=
          std::string::npos);
}

TEST_CASE("e2e bounds: a two-field breakdown with too many pairs of values is a clear error") {
    const auto r = test::run("breakdown --data " + kSamples + " --from 1900-01-01 --to 2999-12-31 --by quarter,month");
    CHECK(r.status == 2);
    CHECK(r.err == "ascreport breakdown: --by quarter,month gives 58,080,000 combinations of values, more than the "
                   "2,000,000 one breakdown can count; ask for a shorter period, or by one field with --where for the "
                   "other\n");
    CHECK(r.out.empty());
    const auto ok = test::run("breakdown --data " + kSamples + " --from 2000-01-01 --to 2024-12-31 --by quarter,month");
    CHECK(ok.status == 0);
}

TEST_CASE("e2e bounds: figures too large for the arithmetic are errors naming the line and column") {
    Copy c;
    std::string toml = test::slurp(c.data / "report.toml");
    const std::size_t at = toml.find("\"2023/24\" = 3650");
    REQUIRE(at != std::string::npos);
    toml.replace(at, 16, "\"2023/24\" = 9223372036854775807");  // 2^63 - 1 once printed "-7300%"
    std::ofstream(c.data / "report.toml") << toml;
    const auto r = test::run("figures --data " + c.q(c.data) + " --year 2023/24");
    CHECK(r.status == 2);
    CHECK(r.err == (c.data / "report.toml").string() +
                       ":38: figures.long_term_support.2023/24: must be a whole number of people from 0 to 100,000,000\n");
}

TEST_CASE("e2e bounds: a remedy amount above £100,000,000 is an error, so the total cannot overflow") {
    Copy c;
    REQUIRE(test::slurp(c.data / "lgsco.csv").rfind("reference,received,decided,decision,remedy,remedy_amount,", 0) == 0);
    c.set_field("lgsco.csv", 2, 5, "1000000000.00");
    const auto r = test::run("validate --data " + c.q(c.data));
    CHECK(r.status == 1);
    CHECK(r.err.find((c.data / "lgsco.csv").string() + ":2: column remedy_amount: \"1000000000.00\" is more than "
                     "£100,000,000, the most one remedy may be; check the amount") != std::string::npos);
}

// ---- Text on the terminal -------------------------------------------------------------------

TEST_CASE("e2e bounds: breakdown shows control characters from the data as escapes in table and markdown") {
    Copy c;
    c.set_field("complaints.csv", 2, 5, kEvil);
    c.set_field("complaints.csv", 3, 5, kC1 + "<script>javascript:x");
    const std::string args = "breakdown --data " + c.q(c.data) + " --year 2022/23 --by service_area --format ";
    const auto table = test::run(args + "table");
    REQUIRE(table.status == 0);
    CHECK_FALSE(has_raw_control(table.out));
    CHECK(table.out.find(kEvilShown + "  ") != std::string::npos);
    CHECK(table.out.find(kC1Shown + "<script>javascript:x") != std::string::npos);
    const auto md = test::run(args + "markdown");
    REQUIRE(md.status == 0);
    CHECK_FALSE(has_raw_control(md.out));
    CHECK(md.out.find("| " + std::string("Evil\\x1b\\]0;pwned\\x07Area") + " |") != std::string::npos);
    CHECK(md.out.find(kC1Shown + "&lt;script&gt;javascript&#58;x |") != std::string::npos);
}

TEST_CASE("e2e bounds: breakdown csv and json keep the exact value, json escapes C1 too, csv quotes it") {
    Copy c;
    c.set_field("complaints.csv", 2, 5, kEvil);
    c.set_field("complaints.csv", 3, 5, kC1);
    const std::string args = "breakdown --data " + c.q(c.data) + " --year 2022/23 --by service_area --format ";
    const auto csv = test::run(args + "csv");
    REQUIRE(csv.status == 0);
    CHECK(csv.out.find("\"" + kEvil + "\",") != std::string::npos);  // exact, and quoted
    CHECK(csv.out.find("\"" + kC1 + "\",") != std::string::npos);
    const auto json = test::run(args + "json");
    REQUIRE(json.status == 0);
    CHECK_FALSE(has_raw_control(json.out));
    CHECK(json.out.find("\"Evil\\u001b]0;pwned\\u0007Area\"") != std::string::npos);
    CHECK(json.out.find("\"Red\\u009b31m\"") != std::string::npos);
}

TEST_CASE("e2e bounds: on a terminal even csv shows control characters as escapes") {
    test::require_tool("script", "bsdutils");
    Copy c;
    c.set_field("complaints.csv", 2, 5, kEvil);
    const auto r = test::shell("script -qec \"" + std::string(::test::binary()) + " breakdown --data " + c.q(c.data) +
                               " --year 2022/23 --by service_area --format csv\" /dev/null");
    REQUIRE(r.status == 0);
    CHECK(r.out.find("\"" + kEvilShown + "\",") != std::string::npos);
    CHECK(r.out.find("\x1b]0;") == std::string::npos);
}

TEST_CASE("e2e bounds: messages, validate's summary, figures text and settings warnings show escapes") {
    Copy c;
    c.set_field("complaints.csv", 1, 13, "Disab\x1b[8mility");          // a header: validate lists it
    c.set_field("complaints.csv", 2, 1, "not a date\x1b]0;x\x07");       // a data error quotes the value
    {
        std::ofstream toml(c.data / "report.toml", std::ios::app);
        toml << "\n[privacy]\n\"evil\\u001b[2Jkey\" = 1\n";                 // an unknown key: a warning
    }
    const auto r = test::run("validate --data " + c.q(c.data));
    CHECK(r.status != 0);
    CHECK_FALSE(has_raw_control(r.out));
    CHECK_FALSE(has_raw_control(r.err));
    CHECK(r.err.find("not a date\\x1B]0;x\\x07") != std::string::npos);  // the loader's own quoting
    CHECK(r.err.find("evil\\x1b[2Jkey") != std::string::npos);
    CHECK(r.out.find("Disab\\x1b[8mility") != std::string::npos);

    Copy ok;
    ok.set_field("complaints.csv", 40, 5, kEvil);
    const auto text = test::run("figures --data " + ok.q(ok.data) + " --year 2022/23 --format text");
    REQUIRE(text.status == 0);
    CHECK_FALSE(has_raw_control(text.out));
    const auto valid = test::run("validate --data " + ok.q(ok.data));
    CHECK_FALSE(has_raw_control(valid.out));
}

TEST_CASE("e2e bounds: placeholder errors from a template show control characters as escapes") {
    Copy c(true);
    std::ofstream(c.tmpl / "welcome.md") << "# Welcome\n\nWe had {{no_such\x1b]0;x\x07" "figure}} complaints.\n";
    const auto r = test::run("check-template " + c.q(c.tmpl) + " --year 2023/24");
    CHECK(r.status == 2);
    CHECK_FALSE(has_raw_control(r.err));
    CHECK(r.err.find("no_such\\x1b]0;x\\x07figure") != std::string::npos);
}

// ---- The output file -----------------------------------------------------------------------

TEST_CASE("e2e bounds: --out that is one of the inputs is refused, however it is named") {
    Copy c;
    const std::string before = test::slurp(c.data / "complaints.csv");
    fs::create_symlink(c.data / "complaints.csv", c.dir.path() / "link.pdf");
    for (const fs::path& out : {c.data / "complaints.csv", c.dir.path() / "link.pdf",
                                c.data / "narrative" / ".." / "report.toml", c.data / "narrative" / "learning-points.md"}) {
        const auto r = test::run("report --data " + c.q(c.data) + " --year 2023/24 --allow-personal-data --out " + c.q(out),
                                 kEpoch);
        CHECK(r.status == 2);
        CHECK(r.err.find("ascreport report: --out " + out.string() + " is ") != std::string::npos);
        CHECK(r.err.find(", which writing would replace; give another file name; no report was written\n") !=
              std::string::npos);
    }
    CHECK(test::slurp(c.data / "complaints.csv") == before);
}

TEST_CASE("e2e bounds: replacing a report keeps its permissions") {
    Copy c;
    const fs::path pdf = c.dir.path() / "r.pdf";
    std::ofstream(pdf) << "old";
    fs::permissions(pdf, fs::perms::owner_read | fs::perms::owner_write);
    const auto r = test::run("report --data " + c.q(c.data) + " --year 2023/24 --allow-personal-data --out " + c.q(pdf),
                             kEpoch);
    REQUIRE(r.status == 0);
    CHECK(test::slurp(pdf).rfind("%PDF", 0) == 0);
    CHECK(fs::status(pdf).permissions() == (fs::perms::owner_read | fs::perms::owner_write));
}

TEST_CASE("e2e bounds: --out /dev/stdout appended to a log writes the PDF there, with no status line, in place") {
    Copy c;
    const fs::path log = c.dir.path() / "log.txt";
    std::ofstream(log) << "earlier lines\n";
    const auto before = ascreport::file_identity(log);
    const auto r = test::shell("cd " + c.q(c.dir.path()) + " && " + kEpoch + " " + ::test::binary() +
                               " report --data data --year 2023/24 --allow-personal-data --out /dev/stdout >> log.txt");
    REQUIRE(r.status == 0);
    const std::string text = test::slurp(log);
    CHECK(text.rfind("earlier lines\n%PDF", 0) == 0);
    CHECK(text.size() > 1000);
    CHECK(text.substr(text.size() - 6) == "%%EOF\n");  // nothing after the PDF
    CHECK(ascreport::file_identity(log) == before);      // the same file, not one renamed over it
    CHECK(r.err.find("wrote") == std::string::npos);
}

TEST_CASE("e2e bounds: a failed write of any command's standard output is exit 3 with a message", "[needs-dev-full]") {
    for (const std::string& args : {std::string("validate --data ") + kSamples,
                                    "breakdown --data " + kSamples + " --year 2023/24 --by outcome",
                                    "breakdown --data " + kSamples + " --year 2023/24 --by outcome --format csv",
                                    "figures --data " + kSamples + " --year 2023/24",
                                    "figures --data " + kSamples + " --year 2023/24 --format text",
                                    "check-template " + kTemplate + " --year 2023/24"}) {
        const auto r = test::run(args, "", "/dev/full");
        CHECK(r.status == 3);
        CHECK(r.err.find(": could not write to standard output: No space left on device\n") != std::string::npos);
    }
}

TEST_CASE("e2e bounds: a narrative file the template cannot print is neither read nor scanned") {
    Copy c;
    std::ofstream(c.data / "narrative" / "unused.md") << "Write to pat@example.com about it.\n";
    REQUIRE(::mkfifo((c.data / "narrative" / "fifo.md").c_str(), 0600) == 0);
    const fs::path huge = c.data / "narrative" / "huge.md";
    std::ofstream(huge) << "x";
    fs::resize_file(huge, std::uintmax_t{3} << 30);
    const fs::path pdf = c.dir.path() / "r.pdf";
    const auto r = test::run("report --data " + c.q(c.data) + " --year 2023/24 --allow-personal-data --out " + c.q(pdf),
                             kEpoch);
    CHECK(r.status == 0);
    CHECK(r.err.find("unused.md") == std::string::npos);  // not scanned: the report never prints it
    CHECK(r.err.find("huge.md") == std::string::npos);
    CHECK(r.err.find("fifo.md") == std::string::npos);
    // The same text in a file the template prints is found.
    std::ofstream(c.data / "narrative" / "closing-notes.md") << "Write to pat@example.com about it.\n";
    const auto found = test::run("report --data " + c.q(c.data) + " --year 2023/24 --out " + c.q(pdf), kEpoch);
    CHECK(found.status == 1);
    CHECK(found.err.find((c.data / "narrative" / "closing-notes.md").string() +
                         ":1: looks like an email address (\"pat@example.com\")") != std::string::npos);
}

TEST_CASE("e2e bounds: list shows control characters as escapes in table and markdown, exact in csv and json") {
    Copy c;
    c.set_field("complaints.csv", 2, 5, kEvil);
    c.set_field("complaints.csv", 3, 5, kC1 + "<b>");
    const std::string args =
        "list --data " + c.q(c.data) + " --year 2022/23 --fields reference,service_area --format ";
    const auto table = test::run(args + "table");
    REQUIRE(table.status == 0);
    CHECK_FALSE(has_raw_control(table.out));
    CHECK(table.out.find(kEvilShown) != std::string::npos);
    CHECK(table.out.find(kC1Shown + "<b>") != std::string::npos);
    const auto md = test::run(args + "markdown");
    REQUIRE(md.status == 0);
    CHECK_FALSE(has_raw_control(md.out));
    CHECK(md.out.find(kC1Shown + "&lt;b&gt;") != std::string::npos);
    const auto csv = test::run(args + "csv");
    REQUIRE(csv.status == 0);
    CHECK(csv.out.find("\"" + kEvil + "\"") != std::string::npos);
    const auto json = test::run(args + "json");
    REQUIRE(json.status == 0);
    CHECK_FALSE(has_raw_control(json.out));
    CHECK(json.out.find("\"Red\\u009b31m<b>\"") != std::string::npos);
}
