// Every figure of every table in the reference report (shared/reference/annual-report-2023-24.txt),
// computed from the record-level sample data in data-samples/. One check per figure, each
// named, so a wrong one names itself. Where the reference contradicts itself the sample keeps
// one consistent set (data-samples/README.md, "Contradictions"); those checks say which
// contradiction and assert the figure the sample keeps.
#include <catch2/catch.hpp>

#include "test_support.hpp"

#include <string>

#include "ascreport/calendar.hpp"
#include "ascreport/figures.hpp"
#include "ascreport/load.hpp"
#include "figures_test_data.hpp"

using namespace ascreport;
using ascreport::test::number_at;

namespace {

#define FIGURE(name, actual, expected) \
    do {                               \
        INFO(name);                    \
        CHECK((actual) == (expected)); \
    } while (false)

struct Reference {
    ::test::Loaded loaded;
    WorkingDayCalendar calendar;
    Figures f;  // 2023/24, compared with 2022/23

    Reference()
        : loaded(::test::load_with_settings({std::string(::test::source_dir()) + "/data-samples", 50, std::nullopt})),
          calendar(WorkingDayCalendar::england_and_wales(loaded.settings.extra_bank_holidays)),
          f(compute_figures(loaded.dataset, calendar, *parse_period("2023/24"), loaded.settings.figures)) {}
};

const Reference& reference() {
    static const Reference r;
    return r;
}

const BreakdownRow& row(const Breakdown& b, std::string_view key) {
    static const BreakdownRow missing{{{"(missing)", "(missing)"}}, -1, -1};
    const BreakdownRow* r = b.find(key);
    return r ? *r : missing;
}

// A row of a compared table: both years' counts and, where the reference prints them, their
// percentages of each year's total.
struct Expect {
    const char* key;
    std::int64_t now;
    int now_percent;  // -1: not printed
    std::int64_t before;
    int before_percent;
};

void check_table(const std::string& table, const Breakdown& b, std::initializer_list<Expect> rows) {
    for (const Expect& e : rows) {
        const BreakdownRow& r = row(b, e.key);
        const std::string name = table + ", " + e.key;
        FIGURE(name + ", 2023/24", r.count, e.now);
        if (e.now_percent >= 0) FIGURE(name + ", 2023/24 %", percent_half_up(r.count, b.total), e.now_percent);
        if (e.before >= 0) {
            FIGURE(name + ", 2022/23", r.previous.value_or(-1), e.before);
            if (e.before_percent >= 0)
                FIGURE(name + ", 2022/23 %", percent_half_up(r.previous.value_or(-1), b.previous_total.value_or(0)),
                       e.before_percent);
        }
    }
}

}  // namespace

TEST_CASE("reference: the sample data loads without errors") {
    const auto& r = reference();
    CHECK_FALSE(r.loaded.settings_failed);
    CHECK(r.loaded.diagnostics.error_count() == 0);
}

TEST_CASE("reference: key facts") {
    const Figures& f = reference().f;
    const Count& support = f.count(CountId::LongTermSupport);
    const NumberValue statutory = number_at(f, "key_facts.statutory_complaints");
    const NumberValue compliments = number_at(f, "key_facts.compliments");
    const std::vector<TimescalePercent>& timescale = f.timescale_percent;
    FIGURE("adults in long-term support, 31 March 2024", support.value.value_or(-1), 3650);
    FIGURE("adults in long-term support, 2022/23", support.previous.value_or(-1), 3595);
    FIGURE("statutory complaints, 2023/24", statutory.value.value_or(-1), 59);
    FIGURE("statutory complaints, 2022/23", statutory.previous, 66);
    REQUIRE(timescale.size() == 3);
    FIGURE("within 20 working days, 2023/24 %", timescale[0].percent.value_or(-1), 46);
    FIGURE("within 20 working days, 2022/23 %", timescale[1].percent.value_or(-1), 65);
    FIGURE("within 20 working days, 2021/22 % (report.toml)", timescale[2].percent.value_or(-1), 64);
    FIGURE("within 20 working days, 2021/22 source",
           timescale[2].source == TimescalePercent::Source::Settings, true);
    FIGURE("compliments, 2023/24", compliments.value.value_or(-1), 173);
    const std::int64_t previous_compliments = compliments.previous.value_or(-1);
    FIGURE("compliments, down by", previous_compliments - compliments.value.value_or(-1), 80);
    FIGURE("compliments, decrease %",
           percent_half_up(previous_compliments - compliments.value.value_or(-1), previous_compliments), 32);
    FIGURE("LGSCO cases received, 2023/24", number_at(f, "key_facts.ombudsman_received").value.value_or(-1), 10);
    FIGURE("LGSCO cases upheld, 2023/24", number_at(f, "key_facts.ombudsman_upheld").value.value_or(-1), 2);
}

TEST_CASE("reference: summary") {
    const Figures& f = reference().f;
    FIGURE("complaints of every route, 2023/24", f.table(TableId::Route).total, 73);
    FIGURE("complaints of every route, 2022/23 (contradiction 6)", f.table(TableId::Route).previous_total.value_or(-1),
           80);
    FIGURE("statutory, 2023/24", f.table(TableId::Route).count_of("Statutory"), 59);
    FIGURE("statutory, 2022/23", row(f.table(TableId::Route), "Statutory").previous.value_or(-1), 66);
    FIGURE("informal, 2023/24", f.table(TableId::Route).count_of("Informal"), 8);
    FIGURE("informal, 2022/23", row(f.table(TableId::Route), "Informal").previous.value_or(-1), 14);
    FIGURE("corporate stage 1, 2023/24", f.table(TableId::Route).count_of("Corporate"), 6);
    const NumberValue upheld = number_at(f, "key_facts.upheld_or_partly_upheld");
    const NumberValue statutory = number_at(f, "key_facts.statutory_complaints");
    FIGURE("fully or partly upheld, 2022/23 %", percent_half_up(upheld.previous.value_or(-1),
                                                                  statutory.previous.value_or(0)), 45);
    FIGURE("fully or partly upheld, 2023/24 % (contradiction 4: 33% printed)",
           percent_half_up(upheld.value.value_or(-1), statutory.value.value_or(-1)), 49);
}

TEST_CASE("reference: complaints by outcome") {
    const Breakdown& b = reference().f.table(TableId::Outcome);
    check_table("outcome", b, {{"Upheld", 6, 10, 10, 15},
                               {"Partly upheld", 23, 39, 20, 30},
                               {"Not upheld", 12, 20, 15, 23},
                               {"Withdrawn", 18, 31, 19, 29},
                               {"Open", 0, 0, 2, 3}});
    FIGURE("outcome, total, 2023/24", b.total, 59);
    FIGURE("outcome, total, 2022/23", b.previous_total.value_or(-1), 66);
}

TEST_CASE("reference: how people complained") {
    const Breakdown& b = reference().f.table(TableId::Method);
    check_table("method", b, {{"Email", 41, -1, 42, -1},
                              {"Contact centre/form", 18, -1, 22, -1},
                              {"Letter", 0, -1, 2, -1},
                              {"Phone", 0, -1, 0, -1}});
    FIGURE("method, total, 2023/24", b.total, 59);
    FIGURE("method, total, 2022/23", b.previous_total.value_or(-1), 66);
}

TEST_CASE("reference: complaints by service area") {
    const Breakdown& b = reference().f.table(TableId::ServiceArea);
    check_table("service area", b, {{"All Age Disability (Assessment & Case Management)", 13, -1, 14, -1},
                                    {"Adult Commissioning", 3, -1, 8, -1},
                                    {"Assessment & Case Management OP", 14, -1, 20, -1},
                                    {"Adult Safeguarding", 1, -1, 3, -1},
                                    {"ASC Enablement & Therapy Services", 4, -1, 5, -1},
                                    {"Mental Health", 7, -1, 3, -1},
                                    {"Community Discharge Team", 1, -1, 2, -1},
                                    {"Finance", 1, -1, 3, -1},
                                    {"Hospital Team", 3, -1, 2, -1},
                                    {"Telecare Service", 3, -1, 1, -1},
                                    {"Internal Provider Services", 2, -1, 0, -1},
                                    {"Promoting Independence/intake", 7, -1, 5, -1}});
    FIGURE("service area, number of areas", b.rows.size(), 12u);
    FIGURE("service area, total, 2023/24", b.total, 59);
    FIGURE("service area, total, 2022/23", b.previous_total.value_or(-1), 66);
}

TEST_CASE("reference: timescales") {
    const Figures& f = reference().f;
    check_table("timescale", f.table(TableId::Timescale), {{"Within 20 working days", 27, 46, 43, 65},
                                           // contradiction 3: 23 (35%) over and 0 open printed
                                           {"Over 20 working days", 32, 54, 21, 32},
                                           {"Still open", 0, 0, 2, 3}});
    FIGURE("timescale, total, 2023/24", f.table(TableId::Timescale).total, 59);
    FIGURE("timescale, total, 2022/23", f.table(TableId::Timescale).previous_total.value_or(-1), 66);
}

TEST_CASE("reference: equality") {
    const Figures& f = reference().f;
    check_table("gender", f.table(TableId::Gender),
                {{"Male", 28, 47, -1, -1}, {"Female", 20, 34, -1, -1}, {"N/A", 11, 19, -1, -1}});
    check_table("age band", f.table(TableId::AgeBand), {{"Under 16", 1, 2, -1, -1},
                                         {"16-24", 2, 3, -1, -1},
                                         {"25-34", 4, 7, -1, -1},
                                         {"35-49", 5, 8, -1, -1},
                                         {"50-64", 17, 29, -1, -1},
                                         {"65+", 18, 31, -1, -1},
                                         {"N/A", 12, 20, -1, -1}});
    check_table("ethnicity", f.table(TableId::Ethnicity), {{"White British", 33, 56, -1, -1},
                                           {"Indian", 4, 7, -1, -1},
                                           {"Any other Asian background", 2, 3, -1, -1},
                                           {"Caribbean", 2, 3, -1, -1},
                                           {"Any other ethnic group", 2, 3, -1, -1},
                                           {"White and Black Caribbean", 1, 2, -1, -1},
                                           {"White and Asian", 1, 2, -1, -1},
                                           {"Any other Black/African/Caribbean background", 1, 2, -1, -1},
                                           {"N/A", 13, 22, -1, -1}});
    check_table("disability", f.table(TableId::Disability), {{"Yes", 16, 27, -1, -1},
                                             {"No", 28, 47, -1, -1},
                                             {"N/A", 12, 20, -1, -1},
                                             {"Prefer not to say", 3, 5, -1, -1}});  // contradiction 1
    for (TableId id : {TableId::Gender, TableId::AgeBand, TableId::Ethnicity, TableId::Disability})
        FIGURE(f.table(id).fields[0] + ", total of 59", f.table(id).total, 59);
}

TEST_CASE("reference: Ombudsman") {
    const Figures& f = reference().f;
    const OmbudsmanFigures& o = f.ombudsman;
    const Breakdown& decided = f.table(TableId::LgscoDecided);
    FIGURE("LGSCO new cases, 2023/24", f.count(CountId::LgscoNew).value, 10);
    FIGURE("LGSCO new cases, 2022/23", f.count(CountId::LgscoNew).previous, 8);
    FIGURE("LGSCO decided, 2023/24", decided.total, 9);
    FIGURE("LGSCO decided, 2022/23", decided.previous_total.value_or(-1), 9);
    check_table("LGSCO decision", decided, {{"Upheld", 2, -1, 4, -1},
                                            {"Incomplete/invalid", 1, -1, 0, -1},
                                            {"Closed after initial enquiries", 3, -1, 2, -1},
                                            {"Premature", 3, -1, 1, -1},
                                            {"Not upheld", 0, -1, 1, -1},
                                            {"Advice given", 0, -1, 1, -1}});
    FIGURE("LGSCO still open", f.count(CountId::LgscoStillOpen).value, 1);  // contradiction 13: open, not decided
    FIGURE("LGSCO financial remedies, 2023/24", f.count(CountId::LgscoFinancialRemedies).value, 1);
    FIGURE("LGSCO financial remedy amount (Case 2, £750)", f.count(CountId::LgscoRemedyPence).value, 75000);
    FIGURE("LGSCO cases decided in 2023/24, listed", o.decided_cases.size(), 9u);
    FIGURE("LGSCO cases received in 2023/24 but decided in 2024/25 or open", o.received_not_decided.size(), 3u);
    int open = 0;
    for (const auto& c : o.received_not_decided) open += c.decided ? 0 : 1;
    FIGURE("LGSCO of those, still open (Case 3)", open, 1);
}

TEST_CASE("reference: regional comparison") {
    const Breakdown& b = reference().f.table(TableId::Regional);
    const std::pair<const char*, int> rows[] = {
        {"Birmingham City Council", 38},          {"City of Wolverhampton Council", 10},
        {"Coventry City Council", 10},            {"Dudley Metropolitan Borough Council", 10},
        {"Herefordshire Council", 6},             {"Sandwell Metropolitan Borough Council", 18},
        {"Shropshire Council", 17},               {"Solihull Metropolitan Borough Council", 7},
        {"Staffordshire County Council", 46},     {"Stoke-on-Trent City Council", 8},
        {"Telford & Wrekin Council", 5},          {"Walsall Metropolitan Borough Council", 9},
        {"Warwickshire County Council", 19},      {"Worcestershire County Council", 20}};
    for (std::size_t i = 0; i < std::size(rows); ++i) {
        FIGURE(std::string("regional, ") + rows[i].first, b.count_of(rows[i].first), rows[i].second);
        FIGURE(std::string("regional, row ") + std::to_string(i + 1),
               i < b.rows.size() ? b.rows[i].groups[0].key : std::string(), rows[i].first);
    }
    FIGURE("regional, totals", b.total, 223);
}

TEST_CASE("reference: compliments and the monthly comparison") {
    const Figures& f = reference().f;
    FIGURE("compliments, 2023/24", f.table(TableId::ComplimentsMonth).total, 173);
    FIGURE("compliments, 2022/23", f.table(TableId::ComplimentsMonth).previous_total.value_or(-1), 253);
    const Breakdown& areas = f.table(TableId::ComplimentsServiceArea);
    FIGURE("compliments, most by Adult Commissioning",
           std::max_element(areas.rows.begin(), areas.rows.end(),
                            [](const auto& a, const auto& b) { return a.count < b.count; })
               ->groups[0].key,
           "Adult Commissioning");
    struct Month {
        const char* name;
        std::int64_t complaints, compliments;
        int percent;
    };
    const Month months[] = {{"April", 5, 16, 220},    {"May", 4, 10, 150},      {"June", 1, 14, 1300},
                            {"July", 9, 2, -78},      {"August", 5, 15, 200},
                            {"September", 5, 8, 60},  // contradiction 2: 6 complaints printed, 60% kept
                            {"October", 4, 22, 450},  {"November", 5, 22, 340}, {"December", 2, 17, 750},
                            {"January", 8, 11, 38},   // contradiction 9: printed 37.5%, rounded half up
                            {"February", 6, 20, 233}, {"March", 5, 16, 220}};
    REQUIRE(f.complaints_vs_compliments.size() == 12);
    for (std::size_t i = 0; i < 12; ++i) {
        const MonthComparison& m = f.complaints_vs_compliments[i];
        const std::string name = std::string("monthly table, ") + months[i].name;
        FIGURE(name + ", month", m.month.label.substr(0, m.month.label.find(' ')), months[i].name);
        FIGURE(name + ", complaints", m.complaints, months[i].complaints);
        FIGURE(name + ", compliments", m.compliments, months[i].compliments);
        FIGURE(name + ", %", m.difference_percent().value_or(-9999), months[i].percent);
        FIGURE(name + ", statutory complaints by month", f.table(TableId::Month).rows[i].count, months[i].complaints);
    }
}

TEST_CASE("reference: concerns by category") {
    const Breakdown& b = reference().f.table(TableId::Category);
    check_table("category", b, {{"Standard of service", 87, 62, 60, 52},
                                {"Communication", 43, 30, 48, 42},  // contradiction 7: 72% printed in the key facts
                                {"Protection", 2, 1, 2, 2},
                                {"Environment/property", 1, 1, 1, 1},
                                {"Financial issues", 8, 6, 4, 3}});
    FIGURE("category, concerns, 2023/24", b.total, 141);
    FIGURE("category, concerns, 2022/23", b.previous_total.value_or(-1), 115);
}

TEST_CASE("reference: complaints about external providers") {
    const Figures& f = reference().f;
    FIGURE("statutory complaints naming a provider, 2023/24",
           f.table(TableId::Provider).total - f.table(TableId::Provider).count_of("No provider"), 7);
    const Figures before = compute_figures(reference().loaded.dataset, reference().calendar, *parse_period("2022/23"),
                                           reference().loaded.settings.figures);
    FIGURE("statutory complaints naming a provider, 2022/23",
           before.table(TableId::Provider).total - before.table(TableId::Provider).count_of("No provider"), 8);
    FIGURE("over 20 working days with an agreed extension, 2023/24", f.count(CountId::Over20Extended).value, 5);
    FIGURE("over 20 working days with an agreed extension, 2022/23", f.count(CountId::Over20Extended).previous, 3);
}
