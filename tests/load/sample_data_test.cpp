// The shipped sample folder loads cleanly, with the expected rows per file and year.
#include <catch2/catch.hpp>

#include <map>

#include "ascreport/load.hpp"
#include "test_support.hpp"

using namespace ascreport;

TEST_CASE("data-samples loads with no errors or warnings and the expected row counts") {
    LoadOptions o;
    o.data_dir = std::string(::test::source_dir()) + "/data-samples";
    const ::test::Loaded r = ::test::load_with_settings(o);
    for (const auto& d : r.diagnostics.items) INFO(d.format());
    // One note and nothing else: the children's and corporate complaints withdrawn before a
    // response (each stage timing's "Withdrawn before a response"); every adult one was answered.
    REQUIRE(r.diagnostics.items.size() == 1);
    const Diagnostic& note = r.diagnostics.items[0];
    CHECK(note.severity == Severity::Note);
    CHECK(note.column == "responded");
    CHECK(note.message == "withdrawn with no responded date: counted in the outcome table, left out of the timescale table");
    CHECK(note.rows == 78);  // children's stage 1: 9 + 10; corporate: 30 + 29
    CHECK(note.line > 154);  // after the 153 adult rows
    REQUIRE_FALSE(r.settings_failed);

    const auto counts = count_rows(r.dataset);
    auto rows = [&](std::string_view file, int start_year) -> std::size_t {
        for (const auto& f : counts)
            if (f.file == file) {
                auto it = f.per_year.find(FinancialYear{start_year});
                return it == f.per_year.end() ? 0 : it->second;
            }
        FAIL("no such file " << file);
        return 0;
    };
    // Adult social care 80 (66 statutory + 14 informal), children's social care 184, corporate 1268.
    CHECK(rows("complaints.csv", 2022) == 80 + 184 + 1268);
    // Adult 73 (59 statutory + 8 informal + 6 corporate route), children's 201, corporate 1342.
    CHECK(rows("complaints.csv", 2023) == 73 + 201 + 1342);
    CHECK(rows("concerns.csv", 2022) == 115);
    CHECK(rows("concerns.csv", 2023) == 141);
    CHECK(rows("compliments.csv", 2022) == 253);
    CHECK(rows("compliments.csv", 2023) == 173);
    // Ombudsman cases received: adult (the reference's), children's, corporate.
    CHECK(rows("lgsco.csv", 2021) == 3);
    CHECK(rows("lgsco.csv", 2022) == 8 + 1 + 6);
    CHECK(rows("lgsco.csv", 2023) == 10 + 3 + 8);
    CHECK(rows("lgsco.csv", 2024) == 0 + 1 + 2);
    CHECK(rows("regional.csv", 2023) == 14);
    CHECK(r.dataset.complaints.size() == 153 + 385 + 2610);
    std::map<Regime, std::size_t> regimes;
    for (const Complaint& c : r.dataset.complaints) ++regimes[c.regime];
    CHECK(regimes[Regime::Adult] == 153);
    CHECK(regimes[Regime::Children] == 385);
    CHECK(regimes[Regime::Corporate] == 2610);
    // Ombudsman cases naming a complaint (lgsco.csv complaint), by the complaint's regime; each
    // names one in the data, and no complaint is named twice.
    std::map<std::string, Regime> regime_of;
    for (const Complaint& c : r.dataset.complaints) regime_of.emplace(c.reference, c.regime);
    std::map<Regime, std::size_t> linked;
    std::map<std::string, int> named;
    for (const OmbudsmanCase& c : r.dataset.lgsco) {
        if (c.complaint.empty()) continue;
        REQUIRE(regime_of.contains(c.complaint));
        ++linked[regime_of.at(c.complaint)];
        CHECK(++named[c.complaint] == 1);
    }
    CHECK(linked[Regime::Adult] == 13);
    CHECK(linked[Regime::Children] == 5);
    CHECK(linked[Regime::Corporate] == 16);
    CHECK(r.dataset.lgsco.size() == 21 + 5 + 16);
    CHECK(r.settings.council.council_name == "Coventry City Council");
    CHECK(r.settings.figures.long_term_support.at(FinancialYear{2023}) == 3650);
    CHECK(r.settings.figures.long_term_support.at(FinancialYear{2022}) == 3595);
    CHECK(r.settings.figures.timescale_percent.at(FinancialYear{2021}) == 64);
    CHECK(r.dataset.present.concerns);
    CHECK(r.dataset.present.compliments);
    CHECK(r.dataset.present.lgsco);
    CHECK(r.dataset.present.regional);
}
