// Which years the data covers (issue 19, point 7): a year is whole for a kind of record when its
// records fall in each of its four quarters, or from [input] records_start; a partial year is
// never compared with, in compute_figures and in the breakdown query, and a [figures] value for
// it is used.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

#include "ascreport/breakdown.hpp"
#include "ascreport/coverage.hpp"
#include "ascreport/figures.hpp"
#include "ascreport/format.hpp"
#include "figures_test_data.hpp"

using namespace ascreport;
using ascreport::test::calendar;
using ascreport::test::DatasetBuilder;
using ascreport::test::figures_for;
using ascreport::test::number_at;
using ascreport::test::ymd;

namespace {

// 142 statutory complaints would be too many to write: 6 in 2023/24, one a quarter.
void whole_2023(DatasetBuilder& b) {
    for (int m : {4, 5, 7, 10, 1, 2}) b.answered(ymd(m < 4 ? 2024 : 2023, m, 3), ymd(m < 4 ? 2024 : 2023, m, 4), Outcome::Upheld);
}

ExtraFigures records_from(Date start) {
    ExtraFigures extra;
    extra.records_start = start;
    return extra;
}

}  // namespace

TEST_CASE("coverage: a year is whole when its records fall in each of its four quarters") {
    DatasetBuilder b;
    whole_2023(b);
    // 2022/23: three complaints, none in October-December.
    b.answered(ymd(2022, 4, 3), ymd(2022, 4, 4), Outcome::Upheld);
    b.answered(ymd(2022, 8, 3), ymd(2022, 8, 4), Outcome::Upheld);
    b.answered(ymd(2023, 3, 3), ymd(2023, 3, 30), Outcome::NotUpheld);
    const Coverage partial(b.d, std::nullopt);
    CHECK_FALSE(partial.whole(RecordKind::Complaints, FinancialYear{2022}));
    CHECK(partial.whole(RecordKind::Complaints, FinancialYear{2023}));
    CHECK(partial.earlier(RecordKind::Complaints, make_year(FinancialYear{2022})) == EarlierData::Partial);
    CHECK(partial.earlier(RecordKind::Compliments, make_year(FinancialYear{2022})) == EarlierData::None);
    const auto years = partial.partial_years();
    REQUIRE(years.size() == 1);
    CHECK(years[0].kind == RecordKind::Complaints);
    CHECK(years[0].year == FinancialYear{2022});
    CHECK(years[0].first == ymd(2022, 4, 3));
    CHECK(years[0].quarters == std::array<bool, 4>{true, true, false, true});
    CHECK_FALSE(years[0].before_records_start);

    b.answered(ymd(2022, 11, 3), ymd(2022, 11, 4), Outcome::Upheld);
    const Coverage whole(b.d, std::nullopt);
    CHECK(whole.whole(RecordKind::Complaints, FinancialYear{2022}));
    CHECK(whole.earlier(RecordKind::Complaints, make_year(FinancialYear{2022})) == EarlierData::Whole);
    CHECK(whole.partial_years().empty());
}

TEST_CASE("coverage: records_start makes the years before it partial and the years from it whole") {
    DatasetBuilder b;
    whole_2023(b);
    for (int m : {4, 7, 10, 1}) b.complaint(ymd(m < 4 ? 2022 : 2021, m, 12));  // four quarters of 2021/22
    for (int m : {5, 8, 11, 2}) b.lgsco("L" + std::to_string(m), ymd(m < 4 ? 2022 : 2021, m, 12));
    b.lgsco("L-late", ymd(2022, 6, 1));  // 2022/23: one Ombudsman case only
    const Coverage c(b.d, ymd(2021, 5, 1));
    // The case system's records begin on 1 May 2021: 2021/22 is partial for complaints...
    CHECK_FALSE(c.whole(RecordKind::Complaints, FinancialYear{2021}));
    CHECK(c.whole(RecordKind::Complaints, FinancialYear{2022}));  // no complaint in 2022/23, but whole
    // ... and Ombudsman cases go by their own file: 2021/22 has all four quarters.
    CHECK(c.whole(RecordKind::OmbudsmanCases, FinancialYear{2021}));
    CHECK(c.whole(RecordKind::OmbudsmanCases, FinancialYear{2022}));  // from records_start
    // A quarter from records_start is compared, one before it is not.
    CHECK(c.earlier(RecordKind::Complaints, *parse_period("2021/22-Q2")) == EarlierData::Whole);
    CHECK(c.earlier(RecordKind::Complaints, *parse_period("2021/22-Q1")) == EarlierData::Partial);
    const auto years = c.partial_years();
    REQUIRE(years.size() == 1);
    CHECK(years[0].before_records_start);
    CHECK(years[0].quarters == std::array<bool, 4>{true, true, true, true});
}

TEST_CASE("a partial previous year is not compared with: no earlier data, and why") {
    DatasetBuilder b;
    whole_2023(b);
    b.answered(ymd(2023, 1, 12), ymd(2023, 1, 13), Outcome::Upheld);   // 2022/23: from January only
    b.answered(ymd(2023, 2, 12), ymd(2023, 3, 30), Outcome::NotUpheld);
    b.compliment(ymd(2022, 6, 1));  // compliments: one quarter of 2022/23 too
    b.compliment(ymd(2023, 6, 1));
    const Figures f = figures_for(b.d, "2023/24", ExtraFigures{});
    CHECK(f.earlier_data(RecordKind::Complaints) == EarlierData::Partial);
    CHECK(f.earlier_data(RecordKind::Compliments) == EarlierData::Partial);
    CHECK(f.earlier_data(RecordKind::OmbudsmanCases) == EarlierData::None);
    const Breakdown& outcome = f.table(TableId::Outcome);
    CHECK(outcome.no_earlier_data);
    CHECK(outcome.earlier_partial);
    CHECK(*outcome.previous_total == 0);  // no data, not the 2 of the partial year
    CHECK(outcome.rows[0].previous == 0);
    CHECK_FALSE(number_at(f, "key_facts.statutory_complaints").previous);
    CHECK_FALSE(number_at(f, "key_facts.upheld_or_partly_upheld").previous);
    // The partial year's timescale (1 of 2 within 20 working days) is not compared with.
    REQUIRE(f.timescale_percent.size() == 3);
    CHECK(f.timescale_percent[1].partial);
    CHECK_FALSE(f.timescale_percent[1].percent);
    CHECK(f.timescale_percent[1].source == TimescalePercent::Source::None);
    CHECK(f.timescale_percent[0].percent == 100);

    std::ostringstream out;
    write_figures_json(f, out);
    const auto j = nlohmann::ordered_json::parse(out.str());
    CHECK(j["statutory_complaints"]["outcome"]["previous_total"].is_null());
    CHECK(j["key_facts"]["previous_statutory_complaints"].is_null());
    CHECK(j["key_facts"]["previous_compliments"].is_null());

    // Once 2022/23 holds all four quarters it is compared.
    b.answered(ymd(2022, 4, 12), ymd(2022, 4, 13), Outcome::Upheld);
    b.answered(ymd(2022, 9, 12), ymd(2022, 9, 13), Outcome::Upheld);
    b.answered(ymd(2022, 12, 12), ymd(2022, 12, 13), Outcome::Upheld);
    const Figures g = figures_for(b.d, "2023/24", ExtraFigures{});
    CHECK_FALSE(g.table(TableId::Outcome).no_earlier_data);
    CHECK(*g.table(TableId::Outcome).previous_total == 5);
    CHECK(g.timescale_percent[1].percent == 80);
}

TEST_CASE("a [figures] timescale_percent for a partial year is used, in that year and as the previous one") {
    DatasetBuilder b;
    whole_2023(b);
    b.answered(ymd(2022, 1, 12), ymd(2022, 1, 13), Outcome::Upheld);  // 2021/22 from January: 100% of 1
    for (int m : {4, 7, 10, 1}) b.answered(ymd(m < 4 ? 2023 : 2022, m, 3), ymd(m < 4 ? 2023 : 2022, m, 4), Outcome::Upheld);
    ExtraFigures extra = records_from(ymd(2022, 1, 10));
    extra.timescale_percent[FinancialYear{2021}] = 61;
    // The report for 2021/22 itself prints the setting, not the share of its few records.
    const Figures own = figures_for(b.d, "2021/22", extra);
    CHECK(own.timescale_percent[0].partial);
    CHECK(own.timescale_percent[0].percent == 61);
    CHECK(own.timescale_percent[0].source == TimescalePercent::Source::Settings);
    // 2022/23 compares its own records with 2021/22's setting.
    const Figures next = figures_for(b.d, "2022/23", extra);
    CHECK(next.timescale_percent[0].percent == 100);
    CHECK(next.timescale_percent[1].percent == 61);
    CHECK(next.timescale_percent[1].source == TimescalePercent::Source::Settings);
    CHECK(next.table(TableId::Outcome).no_earlier_data);  // the tables still are not compared
    // 2023/24: the year before the previous one is the setting too.
    CHECK(figures_for(b.d, "2023/24", extra).timescale_percent[2].percent == 61);
    // Without the setting, 2021/22 has no timescale figure in 2022/23's report.
    CHECK_FALSE(figures_for(b.d, "2022/23", records_from(ymd(2022, 1, 10))).timescale_percent[1].percent);
}

TEST_CASE("breakdown --compare: a partial previous year reads no data, in every format") {
    DatasetBuilder b;
    whole_2023(b);
    b.answered(ymd(2023, 1, 12), ymd(2023, 1, 13), Outcome::Upheld);
    BreakdownQuery q{*parse_period("2023/24"), {Field::Outcome}, {}, std::nullopt, true};
    const BreakdownResult r = run_breakdown(b.d, calendar(), q);
    REQUIRE(r.ok());
    CHECK(r.breakdown.no_earlier_data);
    CHECK(r.breakdown.earlier_partial);
    CHECK(*r.breakdown.previous_total == 0);
    std::ostringstream table, csv, json;
    write_breakdown(r.breakdown, Format::Table, table);
    write_breakdown(r.breakdown, Format::Csv, csv);
    write_breakdown(r.breakdown, Format::Json, json);
    CHECK(table.str().find("no data") != std::string::npos);
    CHECK(table.str().ends_with("(no data for 2022/23: the records cover only part of its year, so it is not "
                                "compared; ascreport validate lists the partial years)\n"));
    CHECK(csv.str().find("\nUpheld,6,100,,\n") != std::string::npos);
    const auto j = nlohmann::ordered_json::parse(json.str());
    CHECK(j[0]["previous_count"].is_null());
    CHECK(j[0]["change"].is_null());

    // From records_start, the year is whole and compared.
    q.records_start = ymd(2022, 4, 1);
    const BreakdownResult whole = run_breakdown(b.d, calendar(), q);
    CHECK_FALSE(whole.breakdown.no_earlier_data);
    CHECK(*whole.breakdown.previous_total == 1);
    // With no earlier record at all, it says so.
    DatasetBuilder only;
    whole_2023(only);
    q.records_start.reset();
    std::ostringstream none;
    write_breakdown(run_breakdown(only.d, calendar(), q).breakdown, Format::Table, none);
    CHECK(none.str().ends_with("(no data for 2022/23: no record of this kind was received by its end)\n"));
}
