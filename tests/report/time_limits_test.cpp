// The time limits' names (docs/templates.md, "Time limits"): each prints report.toml
// [time_limits] as given, a plain whole number; {{if adult.stage_1.calendar_days}} says how the
// adult target is counted; a limit has no .previous, and a limit a stage lacks is an error
// listing the ones it has.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>

#include "ascreport/report.hpp"
#include "figures_test_data.hpp"
#include "report/names.hpp"
#include "report_test_support.hpp"
#include "test_support.hpp"

using namespace ascreport;
using Lines = std::vector<std::string>;

namespace {

// Every limit name in kLimitNames' order, then the condition.
const std::string kEveryLimit =
    "{{adult.stage_1.limit}} {{adult.stage_1.acknowledge_limit}} {{children.stage_1.limit}} "
    "{{children.stage_1.extended_limit}} {{children.stage_1.extension}} {{children.stage_2.limit}} "
    "{{children.stage_2.extended_limit}} {{children.stage_2.extension}} {{children.stage_3.limit}} "
    "{{corporate.stage_1.acknowledge_limit}} {{corporate.stage_1.limit}} {{corporate.stage_1.extended_limit}} "
    "{{corporate.stage_1.extension}} {{corporate.stage_2.acknowledge_limit}} {{corporate.stage_2.limit}} "
    "{{corporate.stage_2.extended_limit}} {{corporate.stage_2.extension}} "
    "{{if adult.stage_1.calendar_days}}calendar{{else}}working{{end}}\n";

// Limits none of which is a default: a council's own.
TimeLimits council_limits() {
    TimeLimits l;
    l.adult = {4, 28, 0, false, true};
    l.children = {{{0, 15, 25, false, false}, {0, 30, 70, false, false}, {0, 35, 35, false, false}}};
    l.corporate = {{{7, 12, 24, true, false}, {7, 22, 30, true, false}}};
    return l;
}

std::string built_text(const ::test::TempDir& t, const std::string& markdown, const TimeLimits& limits) {
    const Dataset d;
    const ReportBuild r = ::test::build_section(t, d, ascreport::test::figures_for(d), markdown, {}, {}, limits);
    for (const auto& e : ::test::shown(r.diagnostics, t, "T")) INFO(e);
    REQUIRE_FALSE(r.diagnostics.has_errors());
    REQUIRE(r.document.blocks.size() == 1);
    return ::test::text_of(r.document.blocks[0]);
}

Lines errors(const ::test::TempDir& t, const std::string& markdown) {
    const Dataset d;
    const ReportBuild r = ::test::build_section(t, d, ascreport::test::figures_for(d), markdown);
    return ::test::shown(r.diagnostics, t, "T");
}

}  // namespace

TEST_CASE("time limits: each name prints report.toml's limit, the defaults when it sets none") {
    ::test::TempDir t;
    CHECK(built_text(t, kEveryLimit, TimeLimits{}) == "20 3 10 20 10 25 65 40 30 5 10 20 10 5 20 40 20 working");
    CHECK(built_text(t, kEveryLimit, council_limits()) == "28 4 15 25 10 30 70 40 35 7 12 24 12 7 22 30 8 calendar");
    // Numbers like any other: {{plural}} agrees with one day, {{if}} of an extension of 0 does not hold.
    TimeLimits one = council_limits();
    one.corporate[0] = {1, 10, 10, true, false};
    CHECK(built_text(t,
                     "Acknowledged within {{plural corporate.stage_1.acknowledge_limit \"working day\" \"working days\"}}"
                     "{{if corporate.stage_1.extension}}, extended{{end}}.\n",
                     one) == "Acknowledged within 1 working day.");
}

TEST_CASE("time limits: no .previous, a limit a stage lacks, and the calendar condition printed are errors") {
    ::test::TempDir t;
    CHECK(errors(t, "{{children.stage_1.limit.previous}}\n") ==
          Lines{"T/s.md:1: {{children.stage_1.limit.previous}}: the figure \"children.stage_1.limit\" has no "
                "previous-year value: it is a setting, report.toml [time_limits.children] stage1"});
    CHECK(errors(t, "{{children.stage_3.extended_limit}}\n") ==
          Lines{"T/s.md:1: {{children.stage_3.extended_limit}}: \"children.stage_3.extended_limit\" is no time "
                "limit: the time limits of children.stage_3 are children.stage_3.limit"});
    CHECK(errors(t, "{{adult.stage_1.extension}}\n") ==
          Lines{"T/s.md:1: {{adult.stage_1.extension}}: \"adult.stage_1.extension\" is no time limit: the time "
                "limits of adult.stage_1 are adult.stage_1.limit and adult.stage_1.acknowledge_limit"});
    CHECK(errors(t, "{{if corporate.stage_2.calendar_days}}x{{end}}\n") ==
          Lines{"T/s.md:1: {{if corporate.stage_2.calendar_days}}: \"corporate.stage_2.calendar_days\" is no time "
                "limit: the time limits of corporate.stage_2 are corporate.stage_2.acknowledge_limit, "
                "corporate.stage_2.limit, corporate.stage_2.extended_limit and corporate.stage_2.extension; only the "
                "adult local target may be counted in calendar days ({{if adult.stage_1.calendar_days}})"});
    CHECK(errors(t, "{{adult.stage_1.calendar_days}}\n") ==
          Lines{"T/s.md:1: {{adult.stage_1.calendar_days}}: \"adult.stage_1.calendar_days\" is a condition, not a "
                "figure: write {{if adult.stage_1.calendar_days}}calendar{{else}}working{{end}} days"});
    // A misspelt limit is an unknown figure with the nearest name; the stage's other figures
    // are untouched.
    const Lines misspelt = errors(t, "{{corporate.stage_1.limt}} {{corporate.stage_1.received}}\n");
    REQUIRE(misspelt.size() == 1);
    CHECK(misspelt[0] == "T/s.md:1: {{corporate.stage_1.limt}}: unknown figure \"corporate.stage_1.limt\"; did you "
                         "mean \"corporate.stage_1.limit\"?");
}

TEST_CASE("time limits: docs/templates.md names every limit") {
    const std::string docs = ::test::slurp(std::string(::test::source_dir()) + "/docs/templates.md");
    const std::vector<std::string> names = report::time_limit_names();
    CHECK(names.size() == 17);
    for (const std::string& name : names) {
        INFO(name);
        CHECK(docs.find("`" + name + "`") != std::string::npos);
    }
    CHECK(docs.find("`{{if " + std::string(report::kCalendarDaysName) + "}}`") != std::string::npos);
}

// The shipped templates whose limits report.toml sets state none typed: check-template's carve-out
// for typed limits (template_check.cpp) is for councils' own templates. The adult report's
// "20 working days" is the fixed measure of its timescale table, not a setting.
TEST_CASE("time limits: the children's, Code and quarterly templates type no number of days") {
    namespace fs = std::filesystem;
    static const std::regex kTaken(R"(\{\{.*?\}\})");
    static const std::regex kTypedDays(R"(\b[0-9]+[- ](working|calendar)[- ]days?\b)", std::regex::icase);
    std::size_t files = 0;
    for (const char* name : {"children-annual-report", "code-annual-report", "quarterly-report"}) {
        const fs::path dir = fs::path(::test::source_dir()) / "report-templates" / name;
        for (const auto& entry : fs::recursive_directory_iterator(dir)) {
            if (entry.path().extension() != ".md" || entry.path().filename() == "README.md") continue;
            ++files;
            const std::string text = std::regex_replace(::test::slurp(entry.path()), kTaken, " ");
            std::smatch typed;
            INFO(entry.path().string());
            CHECK_FALSE(std::regex_search(text, typed, kTypedDays));
        }
    }
    CHECK(files > 20);
}
