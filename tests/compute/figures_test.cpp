// compute_figures on small in-memory Datasets: one test per kind of figure and its rules.
#include <catch2/catch.hpp>

#include "ascreport/calendar.hpp"
#include "ascreport/figures.hpp"
#include "figures_test_data.hpp"

using namespace ascreport;
using ascreport::test::number_at;
using ascreport::test::DatasetBuilder;
using ascreport::test::ymd;
using ascreport::test::calendar;
using ascreport::test::figures_for;
using ascreport::test::keys;

namespace {

void check_sums(const Breakdown& b) {
    INFO("breakdown of " << (b.fields.empty() ? "?" : b.fields[0]));
    std::int64_t sum = 0, previous = 0;
    for (const auto& row : b.rows) {
        sum += row.count;
        previous += row.previous.value_or(0);
        CHECK(row.previous.has_value() == b.compared());
    }
    CHECK(sum == b.total);
    if (b.compared()) CHECK(previous == *b.previous_total);
}

}  // namespace

TEST_CASE("known vocabulary values appear at zero, in the contract's order") {
    DatasetBuilder b;
    b.answered(ymd(2023, 5, 2), ymd(2023, 5, 3), Outcome::Upheld).method = Method::Letter;
    const Figures f = figures_for(b.d);
    CHECK(keys(f.table(TableId::Outcome)) ==
          std::vector<std::string>{"Upheld", "Partly upheld", "Not upheld", "Withdrawn", "Open"});
    CHECK(keys(f.table(TableId::Method)) == std::vector<std::string>{"Email", "Contact centre/form", "Letter", "Phone",
                                                                     "In person", "Social media", "Other"});
    CHECK(f.table(TableId::Method).count_of("Letter") == 1);
    CHECK(f.table(TableId::Method).count_of("Email") == 0);
    CHECK(keys(f.table(TableId::Gender)) == std::vector<std::string>{"Male", "Female", "Other", "N/A"});
    CHECK(keys(f.table(TableId::AgeBand)) ==
          std::vector<std::string>{"Under 16", "16-24", "25-34", "35-49", "50-64", "65+", "N/A"});
    CHECK(keys(f.table(TableId::Disability)) == std::vector<std::string>{"Yes", "No", "Prefer not to say", "N/A"});
    CHECK(keys(f.table(TableId::Timescale)) ==
          std::vector<std::string>{"Within 20 working days", "Over 20 working days", "Still open"});
    CHECK(keys(f.table(TableId::Route)) == std::vector<std::string>{"Statutory", "Informal", "Corporate"});
    CHECK(keys(f.table(TableId::Category)) == std::vector<std::string>{"Standard of service", "Communication",
                                                                       "Protection", "Environment/property",
                                                                       "Financial issues"});
    CHECK(keys(f.table(TableId::LgscoDecided)) ==
          std::vector<std::string>{"Upheld", "Not upheld", "Closed after initial enquiries", "Premature",
                                   "Incomplete/invalid", "Advice given"});
    CHECK(f.table(TableId::Month).rows.size() == 12);
    CHECK(f.table(TableId::Month).rows.front().groups[0] == Group{"2023-04", "April 2023"});
    CHECK(f.table(TableId::Month).rows.back().groups[0] == Group{"2024-03", "March 2024"});
}

TEST_CASE("empty equality fields count as N/A and an empty outcome as Open") {
    DatasetBuilder b;
    Complaint& c = b.complaint(ymd(2023, 6, 1));
    c.gender = Gender::Female;
    c.ethnicity = b.d.ethnicities.intern("Indian");
    b.complaint(ymd(2023, 6, 2));
    const Figures f = figures_for(b.d);
    CHECK(f.table(TableId::Gender).count_of("Female") == 1);
    CHECK(f.table(TableId::Gender).count_of("N/A") == 1);
    CHECK(f.table(TableId::Ethnicity).count_of("Indian") == 1);
    CHECK(f.table(TableId::Ethnicity).count_of("N/A") == 1);
    CHECK(f.table(TableId::AgeBand).count_of("N/A") == 2);
    CHECK(f.table(TableId::Disability).count_of("N/A") == 2);
    CHECK(f.table(TableId::Outcome).count_of("Open") == 2);
    CHECK(f.table(TableId::Timescale).count_of("Still open") == 2);
    CHECK(f.table(TableId::Provider).count_of("No provider") == 2);
}

TEST_CASE("free-text values group case-insensitively and show their most frequent spelling") {
    DatasetBuilder b;
    b.complaint(ymd(2023, 6, 1), Route::Statutory, "mental health");
    b.complaint(ymd(2023, 6, 2), Route::Statutory, "Mental  Health");
    b.complaint(ymd(2023, 6, 3), Route::Statutory, "Mental  Health");
    b.complaint(ymd(2023, 6, 4), Route::Statutory, "Finance");
    b.complaint(ymd(2022, 6, 4), Route::Statutory, "Hospital Team");  // previous year only
    b.complaint(ymd(2021, 6, 4), Route::Statutory, "Telecare");       // in neither year shown
    const Figures f = figures_for(b.d);
    CHECK(keys(f.table(TableId::ServiceArea)) ==
          std::vector<std::string>{"Finance", "Hospital Team", "Mental  Health"});
    CHECK(f.table(TableId::ServiceArea).count_of("Mental  Health") == 3);
    CHECK(f.table(TableId::ServiceArea).find("Hospital Team")->count == 0);
    CHECK(f.table(TableId::ServiceArea).find("Hospital Team")->previous == 1);
    // Figures without a comparison list only the values counted in the period.
    CHECK(keys(f.table(TableId::Ethnicity)) == std::vector<std::string>{"N/A"});
}

TEST_CASE("percentages of a breakdown round half up") {
    DatasetBuilder b;
    for (int i = 0; i < 8; ++i) b.complaint(ymd(2023, 7, 3)).method = i == 0 ? Method::Phone : Method::Email;
    const Figures f = figures_for(b.d);
    CHECK(percent_half_up(f.table(TableId::Method).count_of("Phone"), f.table(TableId::Method).total) == 13);  // 12.5%
    CHECK(percent_half_up(f.table(TableId::Method).count_of("Email"), f.table(TableId::Method).total) == 88);  // 87.5%
}

TEST_CASE("a record belongs to the period of its received date") {
    DatasetBuilder b;
    b.complaint(ymd(2023, 3, 31));  // 2022/23
    b.complaint(ymd(2023, 4, 1));   // 2023/24
    b.complaint(ymd(2024, 3, 31));  // 2023/24
    b.complaint(ymd(2024, 4, 1));   // 2024/25
    b.complaint(ymd(2023, 4, 1), Route::Informal);
    b.complaint(ymd(2023, 4, 2), Route::Corporate);
    const Figures f = figures_for(b.d);
    CHECK(f.table(TableId::Route).total == 4);
    CHECK(*f.table(TableId::Route).previous_total == 1);
    CHECK(f.table(TableId::Route).count_of("Statutory") == 2);
    CHECK(f.table(TableId::Route).count_of("Informal") == 1);
    CHECK(f.table(TableId::Route).count_of("Corporate") == 1);
    CHECK(f.table(TableId::Outcome).total == 2);  // statutory only
    CHECK(f.table(TableId::Month).count_of("2023-04") == 1);
    CHECK(f.table(TableId::Month).count_of("2024-03") == 1);

    const Figures q = figures_for(b.d, "2023/24-Q1");
    CHECK(q.table(TableId::Outcome).total == 1);
    CHECK(q.table(TableId::Month).rows.size() == 3);
    CHECK(q.previous.label == "2022/23 Q1");
}

TEST_CASE("timescale counts working days after the received date, skipping bank holidays") {
    DatasetBuilder b;
    // Received Monday 3 April 2023; Good Friday, Easter Monday and 1 May are bank holidays,
    // so the 20th working day after it is Thursday 4 May.
    b.answered(ymd(2023, 4, 3), ymd(2023, 5, 4), Outcome::Upheld);
    b.answered(ymd(2023, 4, 3), ymd(2023, 5, 5), Outcome::Upheld).extended = true;
    b.answered(ymd(2023, 4, 3), ymd(2023, 5, 9), Outcome::Upheld);
    b.answered(ymd(2023, 4, 3), ymd(2023, 4, 4), Outcome::NotUpheld).extended = true;  // within, extended
    b.complaint(ymd(2023, 4, 3)).extended = true;                                     // still open
    const Figures f = figures_for(b.d);
    CHECK(f.table(TableId::Timescale).count_of("Within 20 working days") == 2);
    CHECK(f.table(TableId::Timescale).count_of("Over 20 working days") == 2);
    CHECK(f.table(TableId::Timescale).count_of("Still open") == 1);
    CHECK(f.count(CountId::Over20Extended).value == 1);
    CHECK(f.timescale_percent[0].percent == 40);
    CHECK(f.timescale_percent[0].source == TimescalePercent::Source::Records);
}

TEST_CASE("the timescale key fact falls back to report.toml history for a year with no records") {
    DatasetBuilder b;
    b.answered(ymd(2023, 4, 3), ymd(2023, 4, 4), Outcome::Upheld);
    b.answered(ymd(2023, 4, 3), ymd(2023, 6, 4), Outcome::Upheld);
    b.answered(ymd(2023, 4, 3), ymd(2023, 6, 4), Outcome::Upheld);
    b.answered(ymd(2022, 4, 4), ymd(2022, 4, 5), Outcome::Upheld);
    b.complaint(ymd(2021, 4, 4), Route::Informal);  // not statutory: the year has no records
    ExtraFigures extra = ascreport::test::whole_years();
    extra.timescale_percent[FinancialYear{2022}] = 99;  // records win
    extra.timescale_percent[FinancialYear{2021}] = 64;
    extra.long_term_support[FinancialYear{2023}] = 3650;
    const Figures f = figures_for(b.d, "2023/24", extra);
    REQUIRE(f.timescale_percent.size() == 3);
    CHECK(f.timescale_percent[0].period_label == "2023/24");
    CHECK(f.timescale_percent[0].percent == 33);
    CHECK(f.timescale_percent[0].within == 1);
    CHECK(f.timescale_percent[0].total == 3);
    CHECK(f.timescale_percent[1].percent == 100);
    CHECK(f.timescale_percent[1].source == TimescalePercent::Source::Records);
    CHECK(f.timescale_percent[2].period_label == "2021/22");
    CHECK(f.timescale_percent[2].percent == 64);
    CHECK(f.timescale_percent[2].source == TimescalePercent::Source::Settings);
    CHECK(f.count(CountId::LongTermSupport).value == 3650);
    CHECK_FALSE(f.count(CountId::LongTermSupport).previous);

    // Without history either, the year has no figure; quarters never read the yearly history.
    extra.timescale_percent.clear();
    CHECK(figures_for(b.d, "2023/24", extra).timescale_percent[2].source == TimescalePercent::Source::None);
    CHECK_FALSE(figures_for(b.d, "2023/24", extra).timescale_percent[2].percent);
    CHECK_FALSE(figures_for(b.d, "2023/24-Q1", extra).count(CountId::LongTermSupport).value);
}

TEST_CASE("concerns count by category within statutory complaints of the period") {
    DatasetBuilder b;
    b.complaint(ymd(2023, 5, 1));
    b.complaint(ymd(2023, 5, 1), Route::Informal);
    b.complaint(ymd(2022, 5, 1));
    b.concern(0, "Communication");
    b.concern(0, "communication");  // a complaint may raise one category twice
    b.concern(0, "Staff attitude");  // a category the contract does not name
    b.concern(1, "Communication");   // informal: not counted
    b.concern(2, "Protection");      // previous year
    const Figures f = figures_for(b.d);
    CHECK(f.table(TableId::Category).total == 3);
    CHECK(f.table(TableId::Category).count_of("Communication") == 2);
    CHECK(f.table(TableId::Category).count_of("Staff attitude") == 1);
    CHECK(f.table(TableId::Category).count_of("Standard of service") == 0);
    CHECK(f.table(TableId::Category).rows.back().groups[0].key == "Staff attitude");
    CHECK(f.table(TableId::Category).find("Protection")->previous == 1);
}

TEST_CASE("compliments by month and the complaints-versus-compliments percentage") {
    DatasetBuilder b;
    for (int i = 0; i < 5; ++i) b.complaint(ymd(2023, 4, 10));
    for (int i = 0; i < 16; ++i) b.compliment(ymd(2023, 4, 12));
    for (int i = 0; i < 9; ++i) b.complaint(ymd(2023, 7, 10));
    for (int i = 0; i < 2; ++i) b.compliment(ymd(2023, 7, 12));
    for (int i = 0; i < 8; ++i) b.complaint(ymd(2024, 1, 10));
    for (int i = 0; i < 11; ++i) b.compliment(ymd(2024, 1, 12));
    for (int i = 0; i < 4; ++i) b.compliment(ymd(2023, 8, 12));  // no complaints in August
    b.compliment(ymd(2022, 8, 12));
    b.complaint(ymd(2023, 8, 1), Route::Informal);  // not counted against compliments
    const Figures f = figures_for(b.d);
    CHECK(f.table(TableId::ComplimentsMonth).total == 33);
    CHECK(*f.table(TableId::ComplimentsMonth).previous_total == 1);
    CHECK(number_at(f, "key_facts.compliments").value == 33);
    CHECK(number_at(f, "key_facts.compliments").previous == 1);
    REQUIRE(f.complaints_vs_compliments.size() == 12);
    const MonthComparison& april = f.complaints_vs_compliments[0];
    CHECK(april.month.key == "2023-04");
    CHECK(april.complaints == 5);
    CHECK(april.compliments == 16);
    CHECK(april.difference_percent() == 220);
    CHECK(f.complaints_vs_compliments[3].difference_percent() == -78);  // July: (2 - 9) / 9
    CHECK(f.complaints_vs_compliments[9].difference_percent() == 38);   // January: 3 / 8 = 37.5%
    const MonthComparison& august = f.complaints_vs_compliments[4];
    CHECK(august.complaints == 0);
    CHECK(august.compliments == 4);
    CHECK_FALSE(august.difference_percent());  // shown n/a
}

TEST_CASE("the Ombudsman's decided counts go by decided date") {
    DatasetBuilder b;
    auto& a = b.lgsco("A", ymd(2023, 2, 1));  // received 2022/23, decided 2023/24
    a.decided = ymd(2023, 5, 1);
    a.decision = Decision::Upheld;
    a.remedy_pence = 75000;
    auto& c = b.lgsco("B", ymd(2023, 6, 1));  // received and decided in 2023/24, upheld, no money
    c.decided = ymd(2023, 7, 1);
    c.decision = Decision::Upheld;
    c.remedy_pence = 0;
    auto& d = b.lgsco("C", ymd(2023, 6, 1));  // not upheld with an amount: no financial remedy
    d.decided = ymd(2023, 8, 1);
    d.decision = Decision::NotUpheld;
    d.remedy_pence = 10000;
    auto& e = b.lgsco("D", ymd(2024, 1, 1));  // decided next year: not counted as decided
    e.decided = ymd(2024, 6, 1);
    e.decision = Decision::Upheld;
    e.remedy_pence = 25000;
    b.lgsco("E", ymd(2024, 2, 1));            // still open
    auto& g = b.lgsco("F", ymd(2022, 6, 1));  // decided in 2022/23
    g.decided = ymd(2022, 9, 1);
    g.decision = Decision::AdviceGiven;
    const Figures f = figures_for(b.d);
    const OmbudsmanFigures& o = f.ombudsman;
    const Breakdown& decided = f.table(TableId::LgscoDecided);
    CHECK(f.count(CountId::LgscoNew).value == 4);
    CHECK(f.count(CountId::LgscoNew).previous == 2);
    CHECK(decided.total == 3);
    CHECK(decided.count_of("Upheld") == 2);
    CHECK(decided.count_of("Not upheld") == 1);
    CHECK(*decided.previous_total == 1);
    CHECK(decided.find("Advice given")->previous == 1);
    CHECK(f.count(CountId::LgscoStillOpen).value == 1);
    CHECK(f.count(CountId::LgscoFinancialRemedies).value == 1);
    CHECK(f.count(CountId::LgscoRemedyPence).value == 75000);
    REQUIRE(o.decided_cases.size() == 3);
    CHECK(o.decided_cases[0].reference == "A");
    CHECK(o.decided_cases[0].index == 0);
    REQUIRE(o.received_not_decided.size() == 2);
    CHECK(o.received_not_decided[0].reference == "D");
    CHECK(o.received_not_decided[1].reference == "E");
    CHECK(number_at(f, "key_facts.ombudsman_received").value == 4);
    CHECK(number_at(f, "key_facts.ombudsman_upheld").value == 2);
}

TEST_CASE("the regional comparison lists the year's authorities alphabetically with a total") {
    DatasetBuilder b;
    b.regional(2023, "Walsall Council", 9);
    b.regional(2023, "birmingham city council", 38);
    b.regional(2022, "Coventry City Council", 8);
    const Figures f = figures_for(b.d);
    CHECK(keys(f.table(TableId::Regional)) == std::vector<std::string>{"birmingham city council", "Walsall Council"});
    CHECK(f.table(TableId::Regional).total == 47);
    CHECK(figures_for(b.d, "2023/24-Q2").table(TableId::Regional).rows.empty());
}

TEST_CASE("every breakdown of the figures sums to its total") {
    DatasetBuilder b;
    const Outcome outcomes[] = {Outcome::Upheld, Outcome::PartlyUpheld, Outcome::NotUpheld, Outcome::Withdrawn};
    for (std::size_t i = 0; i < 300; ++i) {
        const Date received = Date{ymd(2022, 1, 1).days + static_cast<int>((i * 7) % 900)};
        Complaint& c = b.complaint(received, static_cast<Route>(i % 3), i % 4 ? test::numbered("Area ", i % 5) : "x");
        if (i % 5) {
            c.responded = Date{received.days + static_cast<int>(i % 40)};
            c.outcome = outcomes[i % 4];
        }
        c.method = static_cast<Method>(i % 7);
        c.gender = static_cast<Gender>(i % 4);
        c.age_band = i % 7 == 6 ? kNoAgeBand : static_cast<std::uint8_t>(i % 7);
        c.disability = static_cast<Disability>(i % 4);
        if (i % 3) c.ethnicity = b.d.ethnicities.intern(i % 2 ? "Indian" : "White British");
        if (i % 6 == 0) c.provider = b.d.providers.intern(test::numbered("Provider ", i % 4));
        b.concern(static_cast<std::size_t>(i), i % 2 ? "Communication" : "Other things");
        b.compliment(Date{received.days + 3});
    }
    for (const char* period : {"2023/24", "2022/23", "2023/24-Q3"}) {
        const Figures f = figures_for(b.d, period);
        for (const TableSpec& t : kTables) check_sums(f.table(t.id));  // every table of the registry
        for (const TableSpec& t : kTables)
            if (t.counts == Counted::StatutoryComplaints || t.counts == Counted::TimedStatutoryComplaints)
                CHECK(f.table(t.id).total == f.table(TableId::Route).count_of("Statutory"));
        std::int64_t months = 0;
        for (const auto& m : f.complaints_vs_compliments) months += m.complaints;
        CHECK(months == f.table(TableId::Outcome).total);
    }
}

TEST_CASE("figures over a range longer than a year count overlapping records in both periods") {
    DatasetBuilder b;
    b.complaint(ymd(2022, 6, 1));
    b.complaint(ymd(2023, 6, 1));
    b.compliment(ymd(2022, 6, 1));
    auto& c = b.lgsco("A", ymd(2022, 6, 1));
    c.decided = ymd(2022, 7, 1);
    c.decision = Decision::Premature;
    const Figures f = compute_figures(b.d, calendar(), *make_range(ymd(2022, 4, 1), ymd(2024, 3, 31)), ascreport::test::whole_years());
    CHECK(f.table(TableId::Outcome).total == 2);
    CHECK(*f.table(TableId::Outcome).previous_total == 1);
    CHECK(f.table(TableId::ComplimentsMonth).total == 1);
    CHECK(*f.table(TableId::ComplimentsMonth).previous_total == 1);
    CHECK(f.count(CountId::LgscoNew).value == 1);
    CHECK(f.count(CountId::LgscoNew).previous == 1);
    CHECK(f.table(TableId::LgscoDecided).total == 1);
    CHECK(*f.table(TableId::LgscoDecided).previous_total == 1);
}
