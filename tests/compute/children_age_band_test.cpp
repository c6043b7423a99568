// The children's equality table by age (TableSpec::omits_zero_rows, leave_out_zero_rows): the
// age bands the year's children's complaints are in, and N/A, not the adult bands at 0; the
// adult table by age every band, as the reference report prints it. The zeros are left out
// only after --suppress-below has marked the table, so a hidden 0 stays listed.
#include <catch2/catch.hpp>

#include "ascreport/breakdown.hpp"
#include "ascreport/calendar.hpp"
#include "ascreport/figures.hpp"
#include "ascreport/load.hpp"
#include "ascreport/privacy.hpp"
#include "figures_test_data.hpp"
#include "test_support.hpp"

using namespace ascreport;
using ascreport::test::calendar;
using ascreport::test::DatasetBuilder;
using ascreport::test::figures_for;
using ascreport::test::keys;
using ascreport::test::ymd;

namespace {

using Rows = std::vector<std::pair<std::string, std::int64_t>>;

Rows rows_of(const Breakdown& b) {
    Rows out;
    for (const BreakdownRow& r : b.rows) out.emplace_back(r.groups.at(0).key, r.count);
    return out;
}

// Band indexes into the contract's bands: Under 16, 16-24, 25-34, 35-49, 50-64, 65+.
constexpr std::uint8_t kUnder16 = 0, k16to24 = 1, k35to49 = 3, k65Plus = 5;

// In 2023/24: children's complaints in two bands (Under 16 twice, 16-24 once); adult statutory
// complaints in 35-49 and 65+. Beside them, what the children's table does not count: a
// children's complaint of 2022/23 (65+: the table is of the year alone), an informal one (not in
// the procedure, 50-64) and a corporate one (25-34).
DatasetBuilder two_bands() {
    DatasetBuilder b;
    auto child = [&](Date received, std::uint8_t band, Route route = Route::Statutory) {
        Complaint& c = b.complaint(received, route);
        c.regime = Regime::Children;
        c.age_band = band;
    };
    child(ymd(2023, 5, 2), kUnder16);
    child(ymd(2023, 9, 4), kUnder16);
    child(ymd(2024, 1, 8), k16to24);
    child(ymd(2022, 6, 1), k65Plus);
    child(ymd(2023, 6, 1), 4, Route::Informal);
    b.complaint(ymd(2023, 7, 3)).age_band = k35to49;
    b.complaint(ymd(2023, 7, 4)).age_band = k65Plus;
    Complaint& corporate = b.complaint(ymd(2023, 7, 5), Route::Corporate);
    corporate.regime = Regime::Corporate;
    corporate.age_band = 2;
    return b;
}

// The figures as a job publishes them: marked below `below` (0: nothing hidden), then the
// zeros left out.
Figures published(const Dataset& d, int below = 0) {
    Figures f = figures_for(d);
    suppress_equality_tables(f, below);
    return f;
}

}  // namespace

TEST_CASE("children's age table: the bands the year's children's complaints are in, and N/A") {
    const DatasetBuilder b = two_bands();
    const Figures f = published(b.d);
    CHECK(rows_of(f.table(TableId::ChildrenAgeBand)) == Rows{{"Under 16", 2}, {"16-24", 1}, {"N/A", 0}});
    CHECK(f.table(TableId::ChildrenAgeBand).total == 3);
    CHECK_FALSE(f.table(TableId::ChildrenAgeBand).compared());
    // A band left out reads as 0, as a row the table does not list always has.
    CHECK(f.table(TableId::ChildrenAgeBand).count_of("25-34") == 0);
    // The adult table keeps every band, 0 or not, as the reference report does.
    CHECK(rows_of(f.table(TableId::AgeBand)) ==
          Rows{{"Under 16", 0}, {"16-24", 0}, {"25-34", 0}, {"35-49", 1}, {"50-64", 0}, {"65+", 1}, {"N/A", 0}});
    // The children's other equality tables keep their vocabularies too.
    CHECK(keys(f.table(TableId::ChildrenGender)) == std::vector<std::string>{"Male", "Female", "Other", "N/A"});
    CHECK(keys(f.table(TableId::ChildrenDisability)) ==
          std::vector<std::string>{"Yes", "No", "Prefer not to say", "N/A"});
}

TEST_CASE("children's age table: compute_figures lists every band, and the zeros go only as the figures are published") {
    const DatasetBuilder b = two_bands();
    Figures f = figures_for(b.d);
    CHECK(keys(f.table(TableId::ChildrenAgeBand)) ==
          std::vector<std::string>{"Under 16", "16-24", "25-34", "35-49", "50-64", "65+", "N/A"});
    leave_out_zero_rows(f);
    CHECK(keys(f.table(TableId::ChildrenAgeBand)) == std::vector<std::string>{"Under 16", "16-24", "N/A"});
    CHECK(keys(f.table(TableId::AgeBand)).size() == 7);
}

TEST_CASE("children's age table: N/A counts when a child's age is not known, and shows alone in a year of none") {
    DatasetBuilder b = two_bands();
    b.complaint(ymd(2023, 10, 2)).regime = Regime::Children;  // no age band: N/A
    CHECK(rows_of(published(b.d).table(TableId::ChildrenAgeBand)) ==
          Rows{{"Under 16", 2}, {"16-24", 1}, {"N/A", 1}});

    DatasetBuilder none;
    none.complaint(ymd(2023, 7, 3)).age_band = k35to49;  // an adult one only
    const Figures f = published(none.d);
    CHECK(rows_of(f.table(TableId::ChildrenAgeBand)) == Rows{{"N/A", 0}});
    CHECK(keys(f.table(TableId::AgeBand)).size() == 7);
}

TEST_CASE("children's age table: the export's own bands (report.toml age_bands), those the children are in") {
    DatasetBuilder b;
    b.d.age_bands = AgeBands({"0-4", "5-10", "11-15", "16-17", "18+"});
    for (const std::uint8_t band : {1, 2, 2}) {
        Complaint& c = b.complaint(ymd(2023, 5, 2));
        c.regime = Regime::Children;
        c.age_band = band;
    }
    b.complaint(ymd(2023, 5, 3)).age_band = 4;  // an adult, 18+
    const Figures f = published(b.d);
    CHECK(rows_of(f.table(TableId::ChildrenAgeBand)) == Rows{{"5-10", 1}, {"11-15", 2}, {"N/A", 0}});
    CHECK(keys(f.table(TableId::AgeBand)) == std::vector<std::string>{"0-4", "5-10", "11-15", "16-17", "18+", "N/A"});
}

TEST_CASE("children's age table: with --suppress-below a hidden 0 stays listed, a shown 0 is left out") {
    // Under 16: 3 of 3, hidden (1 to N-1). Its one hidden count would be the total less the
    // others, so a 0 is hidden beside it (no count above 0 is left to hide): the first band at
    // 0, 16-24. It stays listed, as *; the shown zeros go. Had the table listed only the bands
    // that count something, a reader would know every listed band held 1 or more.
    DatasetBuilder b;
    for (int i = 0; i < 3; ++i) {
        Complaint& c = b.complaint(ymd(2023, 5, 2 + i));
        c.regime = Regime::Children;
        c.age_band = kUnder16;
    }
    const Figures f = published(b.d, 5);
    const Breakdown& t = f.table(TableId::ChildrenAgeBand);
    REQUIRE(keys(t) == std::vector<std::string>{"Under 16", "16-24", "N/A"});
    CHECK(t.rows[0].suppressed == Suppressed::Small);
    CHECK(t.rows[1].suppressed == Suppressed::Secondary);
    CHECK(t.rows[1].count == 0);
    CHECK(t.rows[2].suppressed == Suppressed::No);
    CHECK(t.total_suppressed == Suppressed::No);

    // Two bands of 1 beside N/A 5: both hidden, no 0 needed; listed as before.
    DatasetBuilder two;
    auto child = [&](std::uint8_t band) {
        Complaint& c = two.complaint(ymd(2023, 6, 1));
        c.regime = Regime::Children;
        c.age_band = band;
    };
    child(kUnder16);
    child(k16to24);
    for (int i = 0; i < 5; ++i) child(kNoAgeBand);
    const Figures g = published(two.d, 5);
    const Breakdown& u = g.table(TableId::ChildrenAgeBand);
    CHECK(rows_of(u) == Rows{{"Under 16", 1}, {"16-24", 1}, {"N/A", 5}});
    CHECK(u.rows[0].suppressed == Suppressed::Small);
    CHECK(u.rows[1].suppressed == Suppressed::Small);
}

TEST_CASE("children's age table: breakdown --regime children --by age_band agrees, and lists every band") {
    const DatasetBuilder b = two_bands();
    const Figures f = published(b.d);
    BreakdownQuery q{*parse_period("2023/24"), {Field::AgeBand}, {}, {}, false};
    q.regime = RegimeChoice::Children;
    const auto r = run_breakdown(b.d, calendar(), q);
    REQUIRE(r.ok());
    const Breakdown& table = f.table(TableId::ChildrenAgeBand);
    CHECK(r.breakdown.total == table.total);
    for (const BreakdownRow& row : table.rows) CHECK(r.breakdown.count_of(row.groups.at(0).key) == row.count);
    // A question over the vocabulary: every band, as for adult social care (docs/breakdown.md).
    CHECK(keys(r.breakdown) == std::vector<std::string>{"Under 16", "16-24", "25-34", "35-49", "50-64", "65+", "N/A"});
    for (const BreakdownRow& row : r.breakdown.rows)
        if (!table.find(row.groups.at(0).key)) CHECK(row.count == 0);
}

TEST_CASE("children's age table: the sample's lists no adult band, and the adult table every band") {
    LoadOptions o;
    o.data_dir = std::string(::test::source_dir()) + "/data-samples";
    const ::test::Loaded loaded = ::test::load_with_settings(o);
    REQUIRE_FALSE(loaded.diagnostics.has_errors());
    Figures f = compute_figures(loaded.dataset, WorkingDayCalendar::england_and_wales(),
                                make_year(FinancialYear{2023}), loaded.settings.figures);
    suppress_equality_tables(f, 0);
    const Breakdown& children = f.table(TableId::ChildrenAgeBand);
    REQUIRE(children.total > 0);
    for (const std::string adult : {"25-34", "35-49", "50-64", "65+"}) CHECK_FALSE(children.find(adult));
    for (const BreakdownRow& row : children.rows)
        if (row.groups.at(0).key != "N/A") CHECK(row.count > 0);
    CHECK(children.find("N/A"));
    CHECK(keys(f.table(TableId::AgeBand)) ==
          std::vector<std::string>{"Under 16", "16-24", "25-34", "35-49", "50-64", "65+", "N/A"});
}
