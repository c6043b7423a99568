// End-to-end: choosing a report (report --template NAME|DIR, --list-templates,
// check-template NAME) and the items a template requires the document to state (regulation
// 18 for the adult report: docs/templates.md, "Required items").
#include <catch2/catch.hpp>

#include <fstream>
#include <regex>

#include "test_support.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path kSource = ::test::source_dir();
const std::string kSamples = (kSource / "data-samples").string();

using Lines = std::vector<std::string>;

Lines lines_of(std::string text, const std::string& folder) {
    for (auto at = text.find(folder); at != std::string::npos; at = text.find(folder, at)) text.replace(at, folder.size(), "T");
    Lines out;
    for (std::size_t start = 0, end; (end = text.find('\n', start)) != std::string::npos; start = end + 1)
        out.push_back(text.substr(start, end - start));
    return out;
}

// The shipped templates, read here from the source tree: each folder of report-templates/
// holding template.toml, sorted, with its description line as written.
std::vector<std::pair<std::string, std::string>> shipped() {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& e : fs::directory_iterator(kSource / "report-templates")) {
        if (!fs::is_regular_file(e.path() / "template.toml")) continue;
        std::smatch m;
        const std::string toml = test::slurp(e.path() / "template.toml");
        const bool has = std::regex_search(toml, m, std::regex("^description = \"([^\"]*)\"", std::regex::multiline));
        out.emplace_back(e.path().filename().string(), has ? m[1].str() : std::string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

// A copy of the adult template with every sentence that prints the Ombudsman's count of new
// cases (lgsco.new, not lgsco.new.previous) deleted, and the key facts, whose tiles print it.
void without_ombudsman_count(const fs::path& tmpl) {
    const std::regex prints(R"(lgsco\.new(?!\.previous)|\{\{key-facts\}\})");
    std::size_t deleted = 0;
    for (const auto& e : fs::recursive_directory_iterator(tmpl)) {
        if (e.path().extension() != ".md") continue;
        std::ifstream in(e.path());
        std::string kept, line;
        while (std::getline(in, line))
            if (std::regex_search(line, prints)) ++deleted;
            else kept += line + "\n";
        in.close();
        std::ofstream(e.path(), std::ios::binary) << kept;
    }
    REQUIRE(deleted >= 2);  // the Ombudsman section's sentence and the key facts, at least
}

}  // namespace

TEST_CASE("report --list-templates names each shipped template with its description, and needs no data") {
    const auto r = test::run("report --list-templates");
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    const auto expected = shipped();
    REQUIRE_FALSE(expected.empty());
    std::size_t width = 0;
    for (const auto& [name, description] : expected) width = std::max(width, name.size());
    std::string out;
    for (const auto& [name, description] : expected)
        out += name + (description.empty() ? "" : std::string(width - name.size() + 2, ' ') + description) + "\n";
    CHECK(r.out == out);
    CHECK(r.out.find("annual-report  Adult social care complaints annual report") != std::string::npos);
}

TEST_CASE("report: --data and --year are still required without --list-templates") {
    const auto no_data = test::run("report --year 2023/24");
    CHECK(no_data.status == 2);
    CHECK(no_data.err == "--data is required\nRun with --help for more information.\n");
    const auto no_year = test::run("report --data " + kSamples);
    CHECK(no_year.status == 2);
    CHECK(no_year.err == "--year is required\nRun with --help for more information.\n");
}

TEST_CASE("report --template annual-report writes the same bytes as the default, in both editions") {
    test::TempDir d;
    const std::string env = "SOURCE_DATE_EPOCH=1700000000";
    const auto by_default = test::run("report --data " + kSamples + " --year 2023/24 --out " + d.str() + "/a.pdf --out " +
                                          d.str() + "/a.html",
                                      env);
    const auto by_name = test::run("report --data " + kSamples + " --year 2023/24 --template annual-report --out " +
                                       d.str() + "/b.pdf --out " + d.str() + "/b.html",
                                   env);
    REQUIRE(by_default.status == 0);
    REQUIRE(by_name.status == 0);
    CHECK(by_name.err == by_default.err);
    const std::string pdf = test::slurp(d.path() / "a.pdf"), html = test::slurp(d.path() / "a.html");
    CHECK(pdf.starts_with("%PDF-"));
    CHECK(html.find("<html") != std::string::npos);
    CHECK(test::slurp(d.path() / "b.pdf") == pdf);
    CHECK(test::slurp(d.path() / "b.html") == html);
}

TEST_CASE("report --template and check-template: an unknown name is a usage error naming the shipped templates") {
    std::string names;
    for (const auto& [name, description] : shipped()) names += (names.empty() ? "" : ", ") + name;
    const auto r = test::run("report --data " + kSamples + " --year 2023/24 --template anual-report --out -");
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(r.err == "ascreport report: --template \"anual-report\": no such shipped template or folder; the shipped "
                   "templates are " + names + " (report --list-templates describes them), or give a folder holding "
                   "template.toml; did you mean \"annual-report\"?\n");
    const auto c = test::run("check-template anual-report");
    CHECK(c.status == 2);
    CHECK(c.err == "ascreport check-template: \"anual-report\": no such shipped template or folder; the shipped "
                   "templates are " + names + " (report --list-templates describes them), or give a folder holding "
                   "template.toml; did you mean \"annual-report\"?\n");
}

TEST_CASE("check-template passes on every shipped template, named by its name") {
    for (const auto& [name, description] : shipped()) {
        INFO(name);
        const auto r = test::run("check-template " + name + " --year 2023/24");
        CHECK(r.status == 0);  // warnings may be said; errors may not
        CHECK(r.out.starts_with((kSource / "report-templates" / name).string() + ": "));
        CHECK(r.out.find(" error") == std::string::npos);
    }
}

TEST_CASE("regulation 18: a copy of the adult template without the Ombudsman count fails check-template, naming "
          "18(1)(c)") {
    test::SampleCopy c(true);
    const auto clean = test::run("check-template " + c.q(c.tmpl) + " --year 2023/24");
    REQUIRE(clean.status == 0);
    without_ombudsman_count(c.tmpl);
    const std::string toml = test::slurp(c.tmpl / "template.toml");
    const std::size_t line =
        1 + std::count(toml.begin(), toml.begin() + static_cast<long>(toml.find("regulation 18(1)(c)")), '\n') - 2;
    const auto r = test::run("check-template " + c.q(c.tmpl) + " --year 2023/24");
    CHECK(r.status == 2);
    CHECK(lines_of(r.err, c.tmpl.string()) ==
          Lines{"T/template.toml:" + std::to_string(line) +
                    ": [[required]] \"the number of complaints referred to the Ombudsman\" (regulation 18(1)(c)): the "
                    "template never prints lgsco.new; print it in a section: {{NAME}}, {{plural NAME ...}}, {{money "
                    "NAME}}, or {{table}} or {{chart}} of its table",
                "ascreport check-template: the template has errors; ascreport report would not write a report with it"});
    CHECK(lines_of(r.out, c.tmpl.string()) == Lines{"T: 1 error, 0 warnings"});
}

TEST_CASE("regulation 18: report --final refuses a report that does not state the Ombudsman count, and a draft lists it") {
    test::SampleCopy c(true);
    without_ombudsman_count(c.tmpl);
    const std::string toml = test::slurp(c.tmpl / "template.toml");
    const std::size_t line =
        1 + std::count(toml.begin(), toml.begin() + static_cast<long>(toml.find("regulation 18(1)(c)")), '\n') - 2;
    const std::string lack = "  - T/template.toml:" + std::to_string(line) +
                             ": [[required]] \"the number of complaints referred to the Ombudsman\" (regulation "
                             "18(1)(c)): not stated: the report does not print lgsco.new (give the data file that prints "
                             "it, or print it in the template)";
    const fs::path out = c.dir.path() / "out.pdf";
    const std::string args = "report --data " + c.q(c.data) + " --year 2023/24 --template " + c.q(c.tmpl) + " --out " + c.q(out);
    const auto final_run = test::run(args + " --final");
    CHECK(final_run.status == 4);
    CHECK(lines_of(final_run.err, c.tmpl.string()) ==
          Lines{"ascreport report: --final: the report is not ready to publish; it still lacks:", lack,
                "ascreport report: no report was written; give each of these, or leave out --final for a draft"});
    CHECK_FALSE(fs::exists(out));
    CHECK(test::names(c.dir.path()) == Lines{"data", "template"});

    const auto draft = test::run(args);
    CHECK(draft.status == 0);
    CHECK(lines_of(draft.err, c.tmpl.string()) ==
          Lines{"ascreport report: this draft still lacks:", lack,
                "ascreport report: report --final refuses to write the report until each of these is given"});
    CHECK(fs::exists(out));

    // The shipped template states it for the same data: --final writes the report.
    const auto shipped_final = test::run("report --data " + c.q(c.data) + " --year 2023/24 --final --out " + c.q(out));
    CHECK(shipped_final.status == 0);
}

TEST_CASE("[[required]]: a figure that is no figure, a section not listed and a text never included are errors") {
    test::TempDir t;
    t.write("template.toml",
            "sections = [\"s.md\"]\n[[required]]\nitem = \"received\"\nrule = \"r1\"\nfigures = [\"statutry\"]\n"
            "[[required]]\nitem = \"learning\"\nsections = [\"learning.md\"]\ntexts = [\"lessons\"]\n"
            "[[required]]\nitem = \"a table's row\"\nfigures = [\"outcome[Upheld]\", \"statutory\"]\n");
    t.write("s.md", "# S\n\n{{if lgsco}}\n{{table outcome}}\n{{end}}\n");
    const auto r = test::run("check-template " + t.str() + " --year 2023/24");
    CHECK(r.status == 2);
    // outcome[Upheld] is printed by the table, in a branch this council does not take: reachable.
    CHECK(lines_of(r.err, t.str()) ==
          Lines{"T/template.toml:2: [[required]] \"received\" (r1): figures: unknown figure \"statutry\"; did you mean "
                "\"statutory\"?",
                "T/template.toml:6: [[required]] \"learning\": the section \"learning.md\" is not in sections; add it to "
                "sections, or correct the name",
                "T/template.toml:6: [[required]] \"learning\": no file of the template includes {{text lessons}}; "
                "include it in a section, or correct the name",
                "ascreport check-template: the template has errors; ascreport report would not write a report with it"});
}

TEST_CASE("[[required]]: a section that prints nothing and a text left to be written are not stated") {
    test::SampleCopy c;
    test::TempDir t;
    t.write("template.toml",
            "sections = [\"s.md\", \"empty.md\"]\n[[required]]\nitem = \"the regional table\"\nsections = [\"empty.md\"]\n"
            "[[required]]\nitem = \"the learning\"\ntexts = [\"lessons\"]\n[[required]]\nitem = \"the outcomes\"\n"
            "figures = [\"outcome[Partly upheld]\"]\n");
    t.write("s.md", "# S\n\n{{text lessons}}\n\n{{table outcome}}\n");
    t.write("empty.md", "{{if compliments}}\n# Never without compliments.csv\n{{end}}\n");
    t.write("text/lessons.md", "[To be written: the lessons.]\n");
    fs::remove(c.data / "compliments.csv");
    fs::remove_all(c.data / "narrative");
    const auto r = test::run("report --data " + c.q(c.data) + " --year 2023/24 --template " + t.str() + " --final --out -");
    CHECK(r.status == 4);
    const Lines err = lines_of(r.err, t.str());
    CHECK(std::count(err.begin(), err.end(),
                     "  - T/template.toml:2: [[required]] \"the regional table\": not stated: the section empty.md "
                     "printed nothing") == 1);
    CHECK(std::count(err.begin(), err.end(),
                     "  - T/template.toml:5: [[required]] \"the learning\": not stated: {{text lessons}} prints the "
                     "template's \"[To be written: ...]\" (write it in " + c.data.string() + "/narrative/)") == 1);
    // outcome[Partly upheld] is stated by the outcome table.
    CHECK(r.err.find("the outcomes") == std::string::npos);
}

TEST_CASE("report: a template that does not report on a year refuses --year with a usage error") {
    test::TempDir t;
    t.write("template.toml", "periods = [\"quarter\"]\nsections = [\"s.md\"]\n");
    t.write("s.md", "# S\n");
    const auto r = test::run("report --data " + kSamples + " --year 2023/24 --template " + t.str() + " --out -");
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(lines_of(r.err, t.str()) ==
          Lines{"ascreport report: the template T is for a quarter only (its template.toml has periods = [\"quarter\"]), "
                "not a financial year such as 2023/24: give a quarter, --year 2023/24-Q1 to 2023/24-Q4, or a template "
                "whose periods include \"year\""});
}
