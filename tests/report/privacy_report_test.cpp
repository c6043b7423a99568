// The report stage with --suppress-below: placeholders, tables, charts and the list sentence
// that read a hidden count; and the narrative files' names redacted in the Dataset it prints.
#include <catch2/catch.hpp>

#include "ascreport/calendar.hpp"
#include "ascreport/load.hpp"
#include "ascreport/privacy.hpp"
#include "ascreport/report.hpp"
#include "report_test_support.hpp"
#include "test_support.hpp"

using namespace ascreport;

namespace {

// The sample data with the equality tables suppressed below 5. Disability: Yes 16, No 28,
// Prefer not to say 3 (hidden), N/A 12 (hidden too, or 59 - 16 - 28 - 12 would give the 3).
struct Suppressed5 {
    LoadResult loaded;
    Figures figures;
    Suppressed5() {
        LoadOptions o;
        o.data_dir = std::string(ASCREPORT_SOURCE_DIR) + "/data-samples";
        loaded = load_data_folder(o);
        figures = compute_figures(loaded.dataset, WorkingDayCalendar::england_and_wales(), make_year(FinancialYear{2023}));
        suppress_equality_tables(figures, 5);
    }
};

const Suppressed5& sample() {
    static const Suppressed5 s;
    return s;
}

ReportBuild build(const test::TempDir& t, const std::string& markdown, const Dataset& data = sample().loaded.dataset) {
    return test::build_section(t, data, sample().figures, markdown);
}

using test::text_of;

std::vector<std::string> errors(const ReportBuild& r, const test::TempDir& t) { return test::shown(r.diagnostics, t, "T"); }

}  // namespace

TEST_CASE("suppressed: placeholders print 'not shown' for every hidden count alike, never the count or *") {
    test::TempDir t;
    auto r = build(t, "{{plural disability[Prefer not to say] \"complaint\" \"complaints\"}} "
                      "({{percent disability[Prefer not to say]}}) {{word disability[Prefer not to say] \"was\" \"were\"}} "
                      "from people who preferred not to say, {{disability[N/A]}} ({{percent disability[N/A]}}) "
                      "not known, {{disability[Yes]}} ({{percent disability[Yes]}}) yes, of {{disability.total}}; "
                      "{{percent statutory of disability[N/A]}}. Counts below {{suppress_below}} are hidden.\n\n"
                      "{{if disability[N/A]}}\n\nShown.\n\n{{end}}\n\n"
                      "{{disability[Prefer not to say]}} at the start of a sentence.\n");
    REQUIRE(errors(r, t).empty());
    REQUIRE(r.document.blocks.size() == 3);
    CHECK(text_of(r.document.blocks[0]) ==
          "A number (not shown) of complaints (share not shown) were from people who preferred not to say, a number not shown "
          "(share not shown) not known, 16 (27%) yes, of 59; share not shown. Counts below 5 are hidden.");
    CHECK(text_of(r.document.blocks[1]) == "Shown.");
    CHECK(text_of(r.document.blocks[2]) == "A number not shown at the start of a sentence.");
}

TEST_CASE("suppressed: a hidden count cannot be compared") {
    test::TempDir t;
    auto r = build(t, "A {{compare disability[N/A] disability[Yes] \"more\" \"less\" \"same\"}}.\n");
    CHECK(errors(r, t) == std::vector<std::string>{
                              "T/s.md:1: {{compare disability[N/A] disability[Yes] \"more\" \"less\" \"same\"}}: "
                              "\"disability[N/A]\" is a count hidden by --suppress-below, so it cannot be compared; "
                              "use it only with percent, plural or word, or on its own"});
}

TEST_CASE("suppressed: the equality table and chart show *, the list says not shown") {
    test::TempDir t;
    auto r = build(t, "{{table disability}}\n\n{{chart disability}}\n\n{{list ethnicity}}\n\n{{table outcome}}\n");
    REQUIRE(errors(r, t).empty());
    REQUIRE(r.document.blocks.size() == 4);
    const auto& table = std::get<Table>(r.document.blocks[0]);
    CHECK(table.rows == std::vector<std::vector<std::string>>{
                            {"Yes", "16", "27%"}, {"No", "28", "47%"}, {"Prefer not to say", "*", "*"}, {"N/A", "*", "*"}});
    CHECK(*table.total_row == std::vector<std::string>{"Total", "59", "100%"});
    const auto& chart = std::get<BarChart>(r.document.blocks[1]);
    CHECK(chart.categories == std::vector<std::string>{"Yes", "No", "Prefer not to say", "N/A"});
    CHECK(chart.series.at(0).values == std::vector<double>{16, 28, 0, 0});
    CHECK(chart.series.at(0).labels == std::vector<std::string>{"16 (27%)", "28 (47%)", "*", "*"});
    // Hidden rows after the shown ones, in table order (not by their counts), N/A last.
    CHECK(text_of(r.document.blocks[2]) ==
          "White British 33 (56%), Any other Asian background (not shown), Any other Black/African/Caribbean "
          "background (not shown), Any other ethnic group (not shown), Caribbean (not shown), Indian (not shown), "
          "White and Asian (not shown), White and Black Caribbean (not shown) and N/A 13 (22%).");
    // Not an equality table: every count shown.
    CHECK(std::get<Table>(r.document.blocks[3]).rows[0] == std::vector<std::string>{"Upheld", "6", "10%", "10", "15%"});
}

TEST_CASE("redaction: the data folder's narrative text, not the template's") {
    test::TempDir t;
    Dataset data = sample().loaded.dataset;
    data.settings.redact = {"Jane Doe"};
    t.write("data/narrative/notes.md", "Thanks to JANE DOE and to Jane Doe's team.\n");
    t.write("text/default.md", "Jane Doe wrote the template.\n");
    // The narratives are the Dataset's, redacted with the rest of its free text.
    data.narratives = load_narratives(t.path() / "data");
    CHECK(redact_dataset(data) == 2);
    auto r = build(t, "{{text notes}}\n\n{{text default}}\n", data);
    REQUIRE(errors(r, t).empty());
    CHECK(text_of(r.document.blocks.at(0)) == "Thanks to (Name) and to (Name)\xE2\x80\x99s team.");
    CHECK(text_of(r.document.blocks.at(1)) == "Jane Doe wrote the template.");
}
