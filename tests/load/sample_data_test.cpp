// The shipped sample folder loads cleanly, with the expected rows per file and year.
#include <catch2/catch.hpp>

#include "ascreport/load.hpp"
#include "test_support.hpp"

using namespace ascreport;

TEST_CASE("data-samples loads with no errors or warnings and the expected row counts") {
    LoadOptions o;
    o.data_dir = std::string(::test::source_dir()) + "/data-samples";
    const ::test::Loaded r = ::test::load_with_settings(o);
    for (const auto& d : r.diagnostics.items) INFO(d.format());
    REQUIRE(r.diagnostics.items.empty());
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
    CHECK(rows("complaints.csv", 2022) == 80);   // 66 statutory + 14 informal
    CHECK(rows("complaints.csv", 2023) == 73);   // 59 statutory + 8 informal + 6 corporate
    CHECK(rows("concerns.csv", 2022) == 115);
    CHECK(rows("concerns.csv", 2023) == 141);
    CHECK(rows("compliments.csv", 2022) == 253);
    CHECK(rows("compliments.csv", 2023) == 173);
    CHECK(rows("lgsco.csv", 2021) == 3);
    CHECK(rows("lgsco.csv", 2022) == 8);
    CHECK(rows("lgsco.csv", 2023) == 10);
    CHECK(rows("regional.csv", 2023) == 14);
    CHECK(r.dataset.complaints.size() == 153);
    CHECK(r.settings.council.council_name == "Coventry City Council");
    CHECK(r.settings.figures.long_term_support.at(FinancialYear{2023}) == 3650);
    CHECK(r.settings.figures.long_term_support.at(FinancialYear{2022}) == 3595);
    CHECK(r.settings.figures.timescale_percent.at(FinancialYear{2021}) == 64);
    CHECK(r.dataset.present.concerns);
    CHECK(r.dataset.present.compliments);
    CHECK(r.dataset.present.lgsco);
    CHECK(r.dataset.present.regional);
}
