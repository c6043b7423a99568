// `breakdown --of`: concerns, compliments and Ombudsman cases, each by its own fields, and
// `extended` as a complaint field. The expected counts are worked out by hand from the fixture.
#include <catch2/catch.hpp>

#include "ascreport/calendar.hpp"
#include "ascreport/format.hpp"
#include "figures_test_data.hpp"
#include "ascreport/breakdown_job.hpp"

using namespace ascreport;
using ascreport::test::DatasetBuilder;
using ascreport::test::ymd;
using ascreport::test::calendar;

namespace {

using Counts = std::vector<std::tuple<std::string, std::int64_t, std::int64_t>>;  // key, count, previous

Dataset kinds() {
    DatasetBuilder b;
    b.complaint(ymd(2023, 4, 3)).extended = true;                        // C1
    b.complaint(ymd(2023, 5, 3));                                         // C2
    b.complaint(ymd(2023, 6, 1), Route::Statutory, "Finance").extended = true;  // C3
    b.complaint(ymd(2023, 6, 1), Route::Informal).extended = true;       // C4
    b.complaint(ymd(2022, 6, 1)).extended = true;                         // C5, 2022/23
    auto concern = [&](std::size_t complaint, const char* category, const char* subcategory) {
        b.concern(complaint, category);
        if (*subcategory) b.d.concerns.back().subcategory = b.d.subcategories.intern(subcategory);
    };
    concern(0, "Communication", "Tone");
    concern(0, "Standard of service", "Delay");
    concern(2, "Communication", "delay");
    concern(3, "Communication", "Delay");  // informal
    concern(4, "Communication", "");       // 2022/23
    auto compliment = [&](Date received, ComplimentSource source) {
        b.compliment(received);
        b.d.compliments.back().source = source;
    };
    compliment(ymd(2023, 4, 10), ComplimentSource::Email);
    compliment(ymd(2023, 4, 20), ComplimentSource::Card);
    compliment(ymd(2023, 5, 1), ComplimentSource::NotRecorded);
    compliment(ymd(2022, 4, 5), ComplimentSource::Email);
    auto lgsco = [&](const char* ref, Date received, std::optional<Date> decided, Decision decision,
                     const char* remedy) {
        OmbudsmanCase& c = b.lgsco(ref, received);
        c.decided = decided;
        c.decision = decision;
        c.remedy = remedy;
    };
    lgsco("L1", ymd(2021, 6, 1), ymd(2022, 1, 10), Decision::Upheld, "Apology");
    lgsco("L2", ymd(2022, 5, 1), ymd(2023, 5, 1), Decision::NotUpheld, "");
    lgsco("L3", ymd(2023, 7, 1), std::nullopt, Decision::Open, "");
    lgsco("L4", ymd(2023, 8, 1), ymd(2023, 9, 1), Decision::Upheld, " apology ");
    return b.d;
}

BreakdownQuery question(Records of, std::vector<Field> by, const char* period = "2023/24") {
    BreakdownQuery q{*parse_period(period), std::move(by), {}, std::nullopt, false};
    q.of = of;
    return q;
}

// The words of --by and --where for a kind of record, parsed as the breakdown command parses them.
std::string words_error(Records of, std::vector<std::string> by, std::vector<std::string> where = {},
                        std::optional<RouteChoice> route = std::nullopt) {
    BreakdownQuery q{*parse_period("2023/24"), {}, {}, route, false};
    q.of = of;
    return parse_breakdown_words(by, where, q);
}

Counts counts(const BreakdownResult& r) {
    REQUIRE(r.ok());
    Counts out;
    for (const auto& row : r.breakdown.rows) {
        std::string key;
        for (const auto& g : row.groups) key += (key.empty() ? "" : "|") + g.key;
        out.emplace_back(key, row.count, row.previous.value_or(-1));
    }
    return out;
}

}  // namespace

TEST_CASE("extended is a complaint field: an empty one is No", "[breakdown][kinds]") {
    const Dataset d = kinds();
    auto q = question(Records::Complaints, {Field::Extended});
    CHECK(counts(run_breakdown(d, calendar(), q)) == Counts{{"Yes", 2, -1}, {"No", 1, -1}});
    q.route = RouteChoice::All;
    CHECK(counts(run_breakdown(d, calendar(), q)) == Counts{{"Yes", 3, -1}, {"No", 1, -1}});
    q.route.reset();
    q.by = {Field::ServiceArea};
    q.where = {{Field::Extended, "yes", std::nullopt}};
    CHECK(counts(run_breakdown(d, calendar(), q)) == Counts{{"Finance", 1, -1}, {"Mental Health", 1, -1}});
}

TEST_CASE("breakdown --of concerns counts the concerns of statutory complaints, by subcategory too", "[breakdown][kinds]") {
    const Dataset d = kinds();
    auto q = question(Records::Concerns, {Field::Subcategory});
    q.compare = true;
    q.records_start = ymd(2000, 4, 1);  // every year whole: these records are few
    // C1: Tone, Delay; C3: delay (C4 is informal; C5's concern is 2022/23 and has none).
    CHECK(counts(run_breakdown(d, calendar(), q)) ==
          Counts{{"Delay", 2, 0}, {"Tone", 1, 0}, {"Not recorded", 0, 1}});
    // Concerns carry their complaint's fields.
    q = question(Records::Concerns, {Field::ServiceArea});
    CHECK(counts(run_breakdown(d, calendar(), q)) == Counts{{"Finance", 1, -1}, {"Mental Health", 2, -1}});
    // Naming subcategory with the default --of counts concerns, as category always has.
    CHECK(counts(run_breakdown(d, calendar(), question(Records::Complaints, {Field::Subcategory}))) ==
          Counts{{"Delay", 2, -1}, {"Tone", 1, -1}});
}

TEST_CASE("breakdown --of compliments counts compliments by source and received month", "[breakdown][kinds]") {
    const Dataset d = kinds();
    auto q = question(Records::Compliments, {Field::Source});
    q.compare = true;
    q.records_start = ymd(2000, 4, 1);  // every year whole: these records are few
    CHECK(counts(run_breakdown(d, calendar(), q)) == Counts{{"Form", 0, 0},
                                                           {"Card", 1, 0},
                                                           {"Letter", 0, 0},
                                                           {"Email", 1, 1},
                                                           {"Phone", 0, 0},
                                                           {"Other", 0, 0},
                                                           {"Not recorded", 1, 0}});
    q = question(Records::Compliments, {Field::Month}, "2023/24-Q1");
    CHECK(counts(run_breakdown(d, calendar(), q)) == Counts{{"2023-04", 2, -1}, {"2023-05", 1, -1}, {"2023-06", 0, -1}});
}

TEST_CASE("breakdown --of lgsco counts Ombudsman cases by received date, by decision, remedy and decided year",
          "[breakdown][kinds]") {
    const Dataset d = kinds();
    auto q = question(Records::Lgsco, {Field::DecidedYear}, "2023/24");
    q.period = *make_range(ymd(2021, 4, 1), ymd(2024, 3, 31));
    // L1 decided January 2022 (2021/22); L2 May 2023 and L4 September 2023 (2023/24); L3 open.
    // 2022/23 decided nothing, so it has no row.
    CHECK(counts(run_breakdown(d, calendar(), q)) ==
          Counts{{"2021/22", 1, -1}, {"2023/24", 2, -1}, {"Not decided", 1, -1}});
    q.by = {Field::Remedy};
    CHECK(counts(run_breakdown(d, calendar(), q)) == Counts{{"Apology", 2, -1}, {"None", 2, -1}});
    q = question(Records::Lgsco, {Field::Decision});
    q.where = {{Field::Year, "2023/24", parse_period("2023/24")}};
    CHECK(counts(run_breakdown(d, calendar(), q)) == Counts{{"Upheld", 1, -1},
                                                           {"Not upheld", 0, -1},
                                                           {"Closed after initial enquiries", 0, -1},
                                                           {"Premature", 0, -1},
                                                           {"Incomplete/invalid", 0, -1},
                                                           {"Advice given", 0, -1},
                                                           {"Open", 1, -1}});
}

TEST_CASE("each kind of record has its own fields, and only complaints and concerns a route", "[breakdown][kinds]") {
    const Dataset d = kinds();
    CHECK(words_error(Records::Compliments, {"outcome"}) ==
          "--by outcome: compliments have no field outcome; the fields of compliments are: service_area, month, "
          "quarter, year, source");
    CHECK(words_error(Records::Lgsco, {"decision"}, {"service_area=Finance"}) ==
          "--where service_area: lgsco have no field service_area; the fields of lgsco are: month, quarter, year, "
          "decision, remedy, decided_year");
    CHECK(words_error(Records::Lgsco, {"decisions"}) ==
          "unknown field \"decisions\" in --by (did you mean decision?); the fields of lgsco are: month, quarter, "
          "year, decision, remedy, decided_year");
    CHECK(words_error(Records::Compliments, {"source"}, {}, RouteChoice::All) ==
          "--route chooses complaints and concerns; compliments have no route");
    CHECK(parse_records("LGSCO") == Records::Lgsco);
    CHECK_FALSE(parse_records("complaint"));
}
