// The report stage: figures into template words, directives into blocks, errors with lines.
#include <catch2/catch.hpp>

#include "ascreport/calendar.hpp"
#include "ascreport/load.hpp"
#include "ascreport/period.hpp"
#include "ascreport/report.hpp"

#include "report_test_support.hpp"
#include "test_support.hpp"

using namespace ascreport;

namespace {

struct Sample {
    ::test::Loaded loaded;
    Figures figures;
    Sample() {
        LoadOptions o;
        o.data_dir = std::string(::test::source_dir()) + "/data-samples";
        loaded = ::test::load_with_settings(o);
        const auto cal = WorkingDayCalendar::england_and_wales();
        figures = compute_figures(loaded.dataset, cal, make_year(FinancialYear{2023}), loaded.settings.figures, loaded.settings.time_limits);
    }
};

const Sample& sample() {
    static const Sample s;
    return s;
}

// Builds a one-section template holding `markdown`; returns the build.
ReportBuild build(const test::TempDir& t, const std::string& markdown, const Dataset& data = sample().loaded.dataset) {
    return test::build_section(t, data, sample().figures, markdown);
}

using test::text_of;

std::vector<std::string> errors(const ReportBuild& r, const test::TempDir& t) { return test::shown(r.diagnostics, t, "T"); }

}  // namespace

TEST_CASE("placeholders print figures, shares, plurals and direction words") {
    test::TempDir t;
    auto r = build(t, "# Summary\n\nIn {{year}} we received {{plural statutory \"statutory complaint\" \"statutory complaints\"}}, "
                      "{{change statutory \"up\" \"down\" \"level\"}} from {{statutory.previous}} in {{previous_year}}; "
                      "{{percent upheld_or_partly of statutory}} were upheld in full or in part. "
                      "Upheld: {{outcome[upheld]}} ({{percent outcome[Upheld]}}), a year earlier {{outcome[Upheld].previous}}. "
                      "Compliments: {{compliments}}, {{difference compliments}} {{change compliments \"more\" \"fewer\" \"the same\"}}. "
                      "The Ombudsman had {{plural lgsco.new \"new case\" \"new cases\"}}; "
                      "{{plural lgsco.financial_remedies \"case\" \"cases\"}} with a remedy of {{money lgsco.financial_remedy_amount}}. "
                      "{{timescale_percent}}%, {{timescale_percent.previous}}%, {{timescale_percent.before}}%.\n");
    REQUIRE(errors(r, t).empty());
    REQUIRE(r.document.blocks.size() == 2);
    CHECK(std::get<Heading>(r.document.blocks[0]).text == "Summary");
    CHECK(text_of(r.document.blocks[1]) ==
          "In 2023/24 we received 59 statutory complaints, down from 66 in 2022/23; 49% were upheld in full or in "
          "part. Upheld: 6 (10%), a year earlier 10. Compliments: 173, 80 fewer. The Ombudsman had 10 new cases; "
          "1 case with a remedy of £750. 46%, 65%, 64%.");
}

TEST_CASE("an unknown figure names the template file and line, with a suggestion") {
    test::TempDir t;
    auto r = build(t, "# A\n\nFine {{statutory}}.\n\nNot fine {{statutry}} and {{plural statutory \"x\"}}.\n");
    CHECK(errors(r, t) == std::vector<std::string>{
                              "T/s.md:5: {{statutry}}: unknown figure \"statutry\"; did you mean \"statutory\"?",
                              "T/s.md:5: {{plural statutory \"x\"}}: \"plural\" takes a figure and 2 words in double quotes"});
}

TEST_CASE("block directives place tables, lists and conditional text") {
    test::TempDir t;
    auto r = build(t, "{{table outcome}}\n\n{{list ethnicity}}\n\n{{if lgsco}}\n\nYes.\n\n{{else}}\n\nNo.\n\n{{end}}\n\n"
                      "{{if lgsco.still_open}}\n\nOpen cases.\n\n{{end}}\n\n{{chart gender}}\n");
    REQUIRE(errors(r, t).empty());
    REQUIRE(r.document.blocks.size() == 5);
    const auto& table = std::get<Table>(r.document.blocks[0]);
    REQUIRE(table.columns.size() == 5);
    CHECK(table.columns[1].header == "2023/24");
    CHECK(table.rows[1] == std::vector<std::string>{"Partly upheld", "23", "39%", "20", "30%"});
    CHECK(*table.total_row == std::vector<std::string>{"Total", "59", "100%", "66", "100%"});
    CHECK(text_of(r.document.blocks[1]) ==
          "White British 33 (56%), Indian 4 (7%), Any other Asian background 2 (3%), Any other ethnic group 2 (3%), "
          "Caribbean 2 (3%), Any other Black/African/Caribbean background 1 (2%), White and Asian 1 (2%), "
          "White and Black Caribbean 1 (2%) and N/A 13 (22%).");
    CHECK(text_of(r.document.blocks[2]) == "Yes.");
    CHECK(text_of(r.document.blocks[3]) == "Open cases.");
    const auto& chart = std::get<BarChart>(r.document.blocks[4]);
    CHECK(chart.categories == std::vector<std::string>{"Male", "Female", "Other", "N/A"});
    CHECK(chart.series.at(0).labels == std::vector<std::string>{"28 (47%)", "20 (34%)", "0 (0%)", "11 (19%)"});
}

TEST_CASE("the shipped template builds on the sample data without errors") {
    const auto& s = sample();
    auto r = build_report({s.loaded.dataset, s.figures, s.loaded.settings.council, s.loaded.settings.time_limits, s.loaded.settings.privacy, std::string(::test::source_dir()) + "/report-templates/annual-report",
                           std::string(::test::source_dir()) + "/data-samples", 0, "test"});
    for (const auto& d : r.diagnostics.items) INFO(d.format());
    CHECK(r.diagnostics.items.empty());
    CHECK(r.document.blocks.size() > 100);
}

TEST_CASE("directive misuse is reported with its line") {
    test::TempDir t;
    auto r = build(t, "Text {{table outcome}} inline.\n\n{{table nonsense}}\n\n{{if lgsco}}\n");
    const auto e = errors(r, t);
    REQUIRE(e.size() == 3);
    CHECK(e[0] == "T/s.md:1: a {{table}}, {{chart}} or other block directive must stand alone in its paragraph");
    CHECK(e[1].starts_with("T/s.md:3: {{table nonsense}}: no such table; tables are route, outcome,"));
    CHECK(e[2] == "T/s.md:5: {{if}} is not closed by {{end}}");
}

TEST_CASE("the year's own text from the data folder replaces the template's") {
    test::TempDir t;
    t.write("text/learning.md", "Template default.\n");
    auto r = build(t, "{{text learning}}\n");
    REQUIRE(errors(r, t).empty());
    CHECK(text_of(r.document.blocks.at(0)) == "Template default.");
    t.write("data/narrative/learning.md", "This year we learnt {{plural statutory \"thing\" \"things\"}}.\n");
    Dataset data = sample().loaded.dataset;
    data.narratives = load_narratives(t.path() / "data");
    auto own = build(t, "{{text learning}}\n", data);
    REQUIRE(errors(own, t).empty());
    CHECK(text_of(own.document.blocks.at(0)) == "This year we learnt 59 things.");
}

TEST_CASE("{{text}} takes a plain file name: no folders, no way out of the template and data folders") {
    test::TempDir t;
    t.write("secret.md", "Secret.\n");
    t.write("text/secret.md", "Not this either.\n");
    auto r = build(t, "{{text ../secret}}\n\n{{text /etc/passwd}}\n\n{{text text/secret}}\n\n{{text ..}}\n");
    CHECK(errors(r, t) == std::vector<std::string>{
                              "T/s.md:1: {{text ../secret}}: a text name is a plain file name without folders",
                              "T/s.md:3: {{text /etc/passwd}}: a text name is a plain file name without folders",
                              "T/s.md:5: {{text text/secret}}: a text name is a plain file name without folders",
                              "T/s.md:7: {{text ..}}: a text name is a plain file name without folders"});
    CHECK(r.document.blocks.empty());
}

TEST_CASE("deeply nested Markdown is walked without recursion") {
    // 8,000 nested list items overflowed the stack under ASan (fuzz/regressions/fuzz_template);
    // these depths overflow it in a plain build too.
    test::TempDir t;
    auto quotes = build(t, std::string(200000, '>') + " deep\n");
    REQUIRE(errors(quotes, t).empty());
    REQUIRE(quotes.document.blocks.size() == 1);
    const auto& quote = std::get<Quote>(quotes.document.blocks[0]);
    REQUIRE(quote.runs.size() == 1);
    CHECK(quote.runs[0].text == "deep");

    std::string list;
    for (int i = 0; i < 100000; ++i) list += "- ";
    auto lists = build(t, list + "deep\n");
    REQUIRE(errors(lists, t).empty());
    REQUIRE(lists.document.blocks.size() == 1);
    const auto& items = std::get<BulletList>(lists.document.blocks[0]).items;
    REQUIRE(items.size() == 1);
    REQUIRE(items[0].size() == 1);
    CHECK(items[0][0].text == "deep");

    std::string emphasis;
    for (int i = 0; i < 50000; ++i) emphasis += "*a **b ";
    auto inline_deep = build(t, emphasis + "\n");
    CHECK(errors(inline_deep, t).empty());
}
