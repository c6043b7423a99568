// The children's report's age table, through the whole report pipeline (run_report) on the
// sample data: the age bands the children's complaints are in, and N/A, not the adult bands at
// 0; with --suppress-below, the same table with its small counts hidden. The adult report's age
// table keeps every band. (The rule itself: tests/compute/children_age_band_test.cpp.)
#include <catch2/catch.hpp>

#include <algorithm>
#include <variant>

#include "ascreport/calendar.hpp"
#include "ascreport/load.hpp"
#include "ascreport/period.hpp"
#include "ascreport/privacy.hpp"
#include "ascreport/report_job.hpp"
#include "report_test_support.hpp"
#include "test_support.hpp"

using namespace ascreport;
namespace fs = std::filesystem;

namespace {

const fs::path kSource = ::test::source_dir();

ReportOutcome sample_report(const std::string& template_name, int suppress_below = 0) {
    ReportRequest r;
    r.data_dir = kSource / "data-samples";
    r.year = FinancialYear{2023};
    r.template_dir = kSource / "report-templates" / template_name;
    r.created_unix = 1727740800;
    r.suppress_below = suppress_below;
    r.editions = {};  // the Document is what is checked
    return run_report(r);
}

// The first block of type T (Table, BarChart) after the heading `heading`, or null.
template <class T>
const T* first_after(const Document& doc, const std::string& heading) {
    bool seen = false;
    for (const Block& b : doc.blocks) {
        if (const auto* h = std::get_if<Heading>(&b)) seen = seen || h->text == heading;
        if (const auto* t = std::get_if<T>(&b); seen && t) return t;
    }
    return nullptr;
}

// One column of the first table after the heading `heading` (its header row is not in rows).
std::vector<std::string> column_after(const Document& doc, const std::string& heading, std::size_t column) {
    const Table* t = first_after<Table>(doc, heading);
    REQUIRE(t);
    std::vector<std::string> out;
    for (const auto& row : t->rows) out.push_back(row.at(column));
    return out;
}

// The sample's children's age bands of 2023/24 that count something, and N/A, in the bands'
// order: what the printed table must list.
std::vector<std::string> counted_children_bands() {
    LoadOptions o;
    o.data_dir = (kSource / "data-samples").string();
    const ::test::Loaded loaded = ::test::load_with_settings(o);
    const Figures f = compute_figures(loaded.dataset, WorkingDayCalendar::england_and_wales(),
                                      make_year(FinancialYear{2023}), loaded.settings.figures);
    std::vector<std::string> out;
    for (const BreakdownRow& r : f.table(TableId::ChildrenAgeBand).rows)
        if (r.count > 0 || r.groups.at(0).key == "N/A") out.push_back(r.groups.at(0).label);
    return out;
}

}  // namespace

TEST_CASE("the sample's children's report prints the children's age bands, not the adult bands at 0") {
    const std::vector<std::string> expected = counted_children_bands();
    REQUIRE(expected.size() >= 2);  // a band or more, and N/A
    const ReportOutcome r = sample_report("children-annual-report");
    REQUIRE(r.status == ReportStatus::Ok);
    REQUIRE(r.document);
    const std::vector<std::string> printed = column_after(*r.document, "Age", 0);
    CHECK(printed == expected);
    for (const std::string adult : {"25-34", "35-49", "50-64", "65+"})
        CHECK(std::find(printed.begin(), printed.end(), adult) == printed.end());
    const std::vector<std::string> prose = [&] {
        std::vector<std::string> out;
        for (const Block& b : r.document->blocks) out.push_back(::test::text_of(b));
        return out;
    }();
    CHECK(std::find(prose.begin(), prose.end(), "An age band not listed had no complaints in 2023/24.") != prose.end());
}

TEST_CASE("the sample's children's report with --suppress-below 20: the same bands, the small counts hidden") {
    // Under 16 161, 16-24 30, N/A 10: N/A is hidden, and 16-24 beside it (the smallest count
    // above 0), so that N/A is not the total less the others. No 0 is needed, so none is listed.
    const ReportOutcome r = sample_report("children-annual-report", 20);
    REQUIRE(r.status == ReportStatus::Ok);
    REQUIRE(r.document);
    CHECK(column_after(*r.document, "Age", 0) == counted_children_bands());
    const std::vector<std::string> counts = column_after(*r.document, "Age", 1);
    CHECK(counts == std::vector<std::string>{"161", "*", "*"});
}

TEST_CASE("the sample's adult report's age chart keeps every band") {
    const ReportOutcome r = sample_report("annual-report");
    REQUIRE(r.status == ReportStatus::Ok);
    REQUIRE(r.document);
    const BarChart* chart = first_after<BarChart>(*r.document, "Age");
    REQUIRE(chart);
    CHECK(chart->categories ==
          std::vector<std::string>{"Under 16", "16-24", "25-34", "35-49", "50-64", "65+", "N/A"});
}

TEST_CASE("a children's age band the table leaves out reads as 0 in a template") {
    ::test::TempDir t;
    Dataset d;
    Complaint c;
    c.reference = "C1";
    c.received = Date::from_ymd(2023, 5, 2);
    c.regime = Regime::Children;
    c.age_band = 0;  // Under 16
    d.complaints.push_back(c);
    Figures f = compute_figures(d, WorkingDayCalendar::england_and_wales(), make_year(FinancialYear{2023}), {});
    suppress_equality_tables(f, 0);
    REQUIRE_FALSE(f.table(TableId::ChildrenAgeBand).find("25-34"));
    const ReportBuild built = ::test::build_section(
        t, d, f, "# Age\n\n{{children.age_band[Under 16]}} and {{children.age_band[25-34]}} of {{children.age_band.total}}.\n");
    REQUIRE_FALSE(built.diagnostics.has_errors());
    bool found = false;
    for (const Block& b : built.document.blocks) found = found || ::test::text_of(b) == "1 and 0 of 1.";
    CHECK(found);
}
