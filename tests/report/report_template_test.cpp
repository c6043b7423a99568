// template.toml as a model (description, periods, [[required]]), the shipped templates and how
// --template NAME|DIR chooses one (ascreport/report_template.hpp).
#include <catch2/catch.hpp>

#include "ascreport/report_template.hpp"
#include "test_support.hpp"

using namespace ascreport;

namespace {

using Lines = std::vector<std::string>;

// The messages, T standing for the folder.
Lines said(const Diagnostics& d, const test::TempDir& t) {
    Lines out;
    for (const Diagnostic& item : d.items) {
        std::string line = item.format();
        if (const auto at = line.find(t.str()); at != std::string::npos) line.replace(at, t.str().size(), "T");
        out.push_back(line);
    }
    return out;
}

}  // namespace

TEST_CASE("template.toml: description, periods and [[required]] are read, with their defaults") {
    test::TempDir t;
    t.write("a/template.toml", "sections = [\"s.md\"]\n");
    Diagnostics d;
    const auto plain = read_report_template(t.path() / "a", d);
    REQUIRE(plain);
    CHECK(d.items.empty());
    CHECK(plain->title == "Complaints and Representations Annual Report");
    CHECK(plain->description.empty());
    CHECK(plain->periods == std::vector<TemplatePeriod>{TemplatePeriod::Year});
    CHECK(plain->supports(TemplatePeriod::Year));
    CHECK_FALSE(plain->supports(TemplatePeriod::Quarter));
    CHECK(plain->required.empty());
    REQUIRE(plain->sections.size() == 1);
    CHECK(plain->sections[0].name == "s.md");
    CHECK(plain->sections[0].line == 1);

    t.write("b/template.toml",
            "title = \"Quarterly\"\ndescription = \"The committee's report\"\nperiods = [\"quarter\", \"year\"]\n"
            "sections = [\"contents\", \"s.md\"]\n\n[[required]]\nitem = \"the number received\"\n"
            "rule = \"regulation 18(1)(a)\"\nfigures = [\"statutory\", \"outcome[Upheld]\"]\n\n[[required]]\n"
            "item = \"the learning\"\nsections = [\"s.md\"]\ntexts = [\"learning-points\"]\n");
    const auto full = read_report_template(t.path() / "b", d);
    REQUIRE(full);
    CHECK(d.items.empty());
    CHECK(full->title == "Quarterly");
    CHECK(full->description == "The committee's report");
    CHECK(full->periods == std::vector<TemplatePeriod>{TemplatePeriod::Quarter, TemplatePeriod::Year});
    REQUIRE(full->required.size() == 2);
    CHECK(full->required[0].item == "the number received");
    CHECK(full->required[0].rule == "regulation 18(1)(a)");
    CHECK(full->required[0].figures == Lines{"statutory", "outcome[Upheld]"});
    CHECK(full->required[0].line == 6);
    CHECK(full->required[1].rule.empty());
    CHECK(full->required[1].sections == Lines{"s.md"});
    CHECK(full->required[1].texts == Lines{"learning-points"});
    CHECK(full->required[1].line == 11);
}

TEST_CASE("template.toml: a bad period, description or [[required]] is an error naming the file and line") {
    test::TempDir t;
    t.write("template.toml",
            "description = \"\"\"two\nlines\"\"\"\nperiods = [\"year\", \"month\"]\nsections = [\"s.md\"]\n"
            "[[required]]\nrule = \"r\"\nfigures = [\"statutory\"]\n"
            "[[required]]\nitem = \"x\"\nfigure = [\"statutory\"]\n"
            "[[required]]\nitem = \"y\"\nrule = \"r\"\n"
            "[[required]]\nitem = \"z\"\nfigures = \"statutory\"\n");
    Diagnostics d;
    CHECK_FALSE(read_report_template(t.path(), d));
    CHECK(said(d, t) ==
          Lines{"T/template.toml:1: description must be one line of text in double quotes, e.g. description = \"The adult "
                "social care complaints annual report\"",
                "T/template.toml:3: periods: \"month\" is not a period; list \"year\", \"quarter\" or both, e.g. periods = "
                "[\"year\", \"quarter\"]",
                "T/template.toml:5: [[required]] needs item, what the published document must state, e.g. item = \"the "
                "number of complaints received\"",
                "T/template.toml:10: [[required]] \"x\": unknown key \"figure\"; the keys are item, rule, figures, sections "
                "and texts",
                "T/template.toml:11: [[required]] \"y\": say what states it: figures = [...] (figures the document "
                "prints), sections = [...] (section files that print something) or texts = [...] ({{text NAME}} filled in)",
                "T/template.toml:16: [[required]] \"z\": figures must be a list of names in double quotes, e.g. figures = "
                "[\"statutory\"]"});
}

TEST_CASE("the shipped templates: each folder holding template.toml, by name, with its description") {
    test::TempDir t;
    t.write("empty/readme.txt", "no templates here\n");
    t.write("root/b-report/template.toml", "sections = [\"s.md\"]\n");  // no description: listed by name
    t.write("root/a-report/template.toml", "description = \"The first\"\nsections = [\"s.md\"]\n");
    t.write("root/notes/readme.md", "not a template\n");
    t.write("root/broken/template.toml", "description = \n");  // listed; using it says what is wrong
    t.write("later/c-report/template.toml", "sections = [\"s.md\"]\n");  // a later root is not looked at
    const auto shipped = shipped_templates({t.path() / "missing", t.path() / "empty", t.path() / "root", t.path() / "later"});
    REQUIRE(shipped.size() == 3);
    CHECK(shipped[0].name == "a-report");
    CHECK(shipped[0].description == "The first");
    CHECK(shipped[0].dir == t.path() / "root/a-report");
    CHECK(shipped[1].name == "b-report");
    CHECK(shipped[1].description.empty());
    CHECK(shipped[2].name == "broken");
    CHECK(shipped[2].description.empty());
}

TEST_CASE("choose_template, for --template NAME|DIR: a path or an existing folder is a folder, another word a shipped template") {
    test::TempDir t;
    t.write("root/annual-report/template.toml", "sections = [\"s.md\"]\n");
    t.write("root/quarterly-report/template.toml", "sections = [\"s.md\"]\n");
    const std::vector<std::filesystem::path> roots{t.path() / "root"};
    CHECK(choose_template("annual-report", roots).dir == t.path() / "root/annual-report");
    CHECK(choose_template("my/annual-report", roots).dir == "my/annual-report");  // a path, even if absent
    CHECK(choose_template(t.str() + "/root", roots).dir == t.path() / "root");
    const TemplateChoice typo = choose_template("anual-report", roots);
    CHECK(typo.dir.empty());
    CHECK(typo.error ==
          "\"anual-report\": no such shipped template or folder; the shipped templates are annual-report, "
          "quarterly-report (report --list-templates describes them), or give a folder holding template.toml; did you "
          "mean \"annual-report\"?");
    CHECK(choose_template("budget", roots).error ==
          "\"budget\": no such shipped template or folder; the shipped templates are annual-report, quarterly-report "
          "(report --list-templates describes them), or give a folder holding template.toml");
    CHECK(choose_template("annual-report", {t.path() / "none"}).error ==
          "\"annual-report\": no such folder, and no shipped templates were found (looked in " + t.str() +
              "/none); give a folder holding template.toml");
}
