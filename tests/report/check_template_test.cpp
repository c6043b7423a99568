// `ascreport check-template`: a template folder checked with the report's own grammar, with
// and without a data folder; errors with file and line and exit status 2, warnings and 0.
#include <catch2/catch.hpp>

#include "test_support.hpp"

namespace {

const std::string kShipped = std::string(::test::source_dir()) + "/report-templates/annual-report";
const std::string kSamples = std::string(::test::source_dir()) + "/data-samples";

using Lines = std::vector<std::string>;

Lines lines_of(std::string text, const test::TempDir& t) {
    for (auto pos = text.find(t.str()); pos != std::string::npos; pos = text.find(t.str(), pos)) text.replace(pos, t.str().size(), "T");
    Lines out;
    for (std::size_t start = 0, end; (end = text.find('\n', start)) != std::string::npos; start = end + 1)
        out.push_back(text.substr(start, end - start));
    return out;
}

// A template of one section file, s.md.
void one_section(const test::TempDir& t, const std::string& text) {
    t.write("template.toml", "sections = [\"s.md\"]\n");
    t.write("s.md", text);
}

}  // namespace

TEST_CASE("check-template: the shipped template is clean, without data and with the sample data") {
    const auto bare = test::run("check-template " + kShipped + " --year 2023/24");
    CHECK(bare.status == 0);
    CHECK(bare.err.empty());
    CHECK(bare.out == kShipped + ": no problems found\n");
    const auto sample = test::run("check-template " + kShipped + " --data " + kSamples + " --year 2023/24");
    CHECK(sample.status == 0);
    CHECK(sample.err.empty());
    CHECK(sample.out == kShipped + ": no problems found\n");
}

TEST_CASE("check-template: nested {{if}} is accepted, as the report accepts it") {
    test::TempDir t;
    one_section(t, "# A\n\n{{if lgsco}}\n{{if compliments}}\n{{lgsco.new}} and {{compliments}}.\n{{else}}\nNone.\n"
                   "{{end}}\n{{end}}\n\nIn {{year}}{{if long_term_support}}, with {{long_term_support}} people{{end}}.\n");
    const auto r = test::run("check-template " + t.str() + " --year 2023/24");
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    CHECK(lines_of(r.out, t) == Lines{"T: no problems found"});
}

TEST_CASE("check-template: an unknown name and an unclosed {{if}} are errors with file and line") {
    test::TempDir t;
    one_section(t, "# A\n\nThere were {{statutorry}} complaints.\n\n{{if lgsco}}\n\n{{table outcomes}}\n");
    const auto r = test::run("check-template " + t.str() + " --year 2023/24");
    CHECK(r.status == 2);
    CHECK(lines_of(r.err, t) ==
          Lines{"T/s.md:3: {{statutorry}}: unknown figure \"statutorry\"; did you mean \"statutory\"?",
                "T/s.md:5: {{if}} is not closed by {{end}}",
                "T/s.md:7: {{table outcomes}}: no such table; tables are route, outcome, method, service_area, "
                "timescale, gender, age_band, ethnicity, disability, month, provider, category, compliments_month, "
                "lgsco_decided, regional, complaints_vs_compliments, self_assessment, actions, ombudsman_letter, and the regimes' tables (docs/templates.md, \"Regimes and stages\")",
                "ascreport check-template: the template has errors; ascreport report would not write a report with it"});
    CHECK(lines_of(r.out, t) == Lines{"T: 3 errors, 0 warnings"});
}

TEST_CASE("check-template: without data a figure that needs a setting must be guarded, with data it need not be") {
    test::TempDir t;
    one_section(t, "# A\n\n{{long_term_support}} people.\n\n{{text notes}}\n");
    t.write("text/notes.md", "Notes.\n");
    const auto bare = test::run("check-template " + t.str() + " --year 2023/24");
    CHECK(bare.status == 2);
    CHECK(lines_of(bare.err, t).at(0) ==
          "T/s.md:3: {{long_term_support}}: \"long_term_support\" has no value: report.toml [figures] "
          "long_term_support is not set for 2023/24; guard it with {{if long_term_support}} ... {{end}}");
    // The sample data's report.toml gives it; its narrative/ has no notes.md, so text/notes.md prints.
    const auto sample = test::run("check-template " + t.str() + " --data " + kSamples + " --year 2023/24");
    CHECK(sample.status == 0);
    // The sample's narrative files are the shipped templates' texts: none is warned about.
    CHECK(lines_of(sample.out, t) == Lines{"T: no problems found"});
    const auto settings = test::run("check-template " + t.str() + " --settings " + kSamples + "/report.toml --year 2023/24");
    CHECK(settings.status == 0);
    CHECK(settings.err.empty());
}

TEST_CASE("check-template --data: a narrative file no template prints is a warning, another shipped template's is not") {
    test::TempDir data;
    for (const char* file : {"complaints.csv", "report.toml"})
        std::filesystem::copy_file(std::string(kSamples) + "/" + file, data.path() / file);
    data.write("narrative/key-learning.md", "Learning.\n");       // the adult report's
    data.write("narrative/children-key-learning.md", "Learning.\n");  // the children's report's
    data.write("narrative/key-lerning.md", "Learning.\n");        // misspelt: nobody's
    for (const char* name : {"annual-report", "children-annual-report"}) {
        INFO(name);
        const auto r = test::run(std::string("check-template ") + name + " --data " + data.str() + " --year 2023/24");
        CHECK(r.status == 0);
        CHECK(lines_of(r.err, data) ==
              Lines{"T/narrative/key-lerning.md: warning: no {{text key-lerning}} in the template includes this file"});
    }
}

TEST_CASE("check-template: numbers and direction words typed in the text, and texts, are warnings") {
    test::TempDir t;
    t.write("template.toml", "sections = [\"s.md\", \"contents\"]\n");
    t.write("s.md", "# A\n\nComplaints increased by 12 within 20 working days (Care Act 2014), aged under 16.\n\n"
                    "See <https://example.org/2024> and [the 2 rules](https://example.org/3).\n\n"
                    "{{if lgsco}}\n\n{{text gone}}\n\n{{end}}\n\n{{text notes}}\n");
    t.write("text/notes.md", "Notes, {{statutory}} of them, fewer than before.\n");
    t.write("text/unused.md", "Nothing.\n");
    const auto r = test::run("check-template " + t.str() + " --year 2023/24");
    CHECK(r.status == 0);
    CHECK(lines_of(r.err, t) ==
          Lines{"T/s.md:3: warning: a number typed in the text: \"12\"; write the figure ({{NAME}}) so that it comes "
                "from the data",
                "T/s.md:3: warning: a direction word typed in the text: \"increased\"; let {{change}} or {{compare}} "
                "choose it from the figures",
                "T/s.md:5: warning: a number typed in the text: \"2\"; write the figure ({{NAME}}) so that it comes "
                "from the data",
                "T/s.md:9: warning: {{text gone}}: the template has no default T/text/gone.md, so a data folder "
                "without narrative/gone.md cannot print it",
                "T/text/notes.md:1: warning: a direction word typed in the text: \"fewer\"; let {{change}} or "
                "{{compare}} choose it from the figures",
                "T/text/unused.md: warning: no {{text unused}} in the template includes this file"});
    CHECK(lines_of(r.out, t) == Lines{"T: 0 errors, 6 warnings"});
}

TEST_CASE("check-template: template.toml and its section files, as the report reads them") {
    test::TempDir t;
    t.write("template.toml", "sections = [\"s.md\", \"missing.md\"]\n");
    t.write("s.md", "# A\n");
    const auto r = test::run("check-template " + t.str() + " --year 2023/24");
    CHECK(r.status == 2);
    CHECK(lines_of(r.err, t).at(0) == "T/template.toml:1: the section file T/missing.md: no such file");

    test::TempDir none;
    const auto missing = test::run("check-template " + none.str() + " --year 2023/24");
    CHECK(missing.status == 2);
    CHECK(lines_of(missing.err, none) ==
          Lines{"ascreport check-template: T/template.toml: no such file; DIR must be a report template folder, "
                "holding template.toml"});
    const auto year = test::run("check-template " + kShipped + " --year 2023");
    CHECK(year.status == 2);
    CHECK(year.err == "ascreport check-template: --year \"2023\" is not a financial year or a quarter of one; write it as "
                      "2023/24 or 2023-24, or 2023/24-Q3 for a quarter (Q1 is April to June)\n");
}
