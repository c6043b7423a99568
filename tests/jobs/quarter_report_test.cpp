// A quarter's report (report --year 2024/25-Q2): the quarter, the same quarter a year earlier,
// the financial year to date and its own year earlier, each against a count by hand of
// tests/fixtures/quarters (its README lists the records counted); the quarter's text names; a
// quarter with no whole year before it is not compared; and a template's `periods` decides
// which --year forms it takes.
#include <catch2/catch.hpp>

#include <algorithm>
#include <variant>

#include "ascreport/report_job.hpp"
#include "test_support.hpp"

using namespace ascreport;
namespace fs = std::filesystem;

namespace {

const fs::path kQuarters = fs::path(::test::source_dir()) / "tests/fixtures/quarters";
constexpr std::int64_t kEpoch = 1727740800;

// A template of one section, s.md holding `markdown`, for `periods`.
void write_template(const test::TempDir& t, const std::string& markdown, const std::string& periods = R"(["year", "quarter"])") {
    t.write("template.toml", "title = \"Quarterly Report\"\nperiods = " + periods + "\nsections = [\"s.md\"]\n");
    t.write("s.md", markdown);
}

ReportRequest request(const fs::path& data, const fs::path& tmpl, int year, std::optional<int> quarter) {
    ReportRequest r;
    r.data_dir = data;
    r.year = FinancialYear{year};
    r.quarter = quarter;
    r.template_dir = tmpl;
    r.created_unix = kEpoch;
    r.editions.clear();  // the Document is enough
    return r;
}

// The Document's paragraphs, one a line.
std::string paragraphs(const ReportOutcome& outcome) {
    std::string out;
    REQUIRE(outcome.document);
    for (const Block& b : outcome.document->blocks)
        if (const auto* p = std::get_if<Paragraph>(&b)) {
            for (const Run& r : p->runs) out += r.text;
            out += '\n';
        }
    return out;
}

std::string messages(const ReportOutcome& outcome) {
    std::string out;
    for (const ReportMessage& m : outcome.messages) out += m.line("ascreport report") + '\n';
    return out;
}

}  // namespace

TEST_CASE("a quarter's figures: the quarter, a year earlier, the year to date and its year earlier, counted by hand",
          "[quarter]") {
    test::TempDir t;
    // One line a figure: the quarter | the same quarter of 2023/24 | 1 April to 30 September
    // 2024 | 1 April to 30 September 2023.
    write_template(t, R"(complaints {{complaints}} {{complaints.previous}} {{complaints.year_to_date}} {{complaints.year_to_date.previous}}

adult {{adult.stage_1.received}} {{adult.stage_1.received.previous}} {{adult.stage_1.received.year_to_date}} {{adult.stage_1.received.year_to_date.previous}}

children {{children.stage_1.received}} {{children.stage_1.received.previous}} {{children.stage_1.received.year_to_date}} {{children.stage_1.received.year_to_date.previous}}

children2 {{children.stage_2.received}} {{children.stage_2.received.year_to_date}}

corporate {{corporate.stage_1.received}} {{corporate.stage_1.received.previous}} {{corporate.stage_1.received.year_to_date}} {{corporate.stage_1.received.year_to_date.previous}}

on time {{adult.stage_1.timing[On time]}} {{adult.stage_1.timing[On time].year_to_date}} {{adult.stage_1.timing.total.year_to_date.previous}}

upheld {{corporate.stage_1.outcome[Upheld]}} {{corporate.stage_1.outcome[Upheld].previous}} {{corporate.stage_1.outcome[upheld].year_to_date}} {{corporate.stage_1.outcome[Upheld].year_to_date.previous}}

percent {{percent corporate.stage_1.outcome[Upheld]}} {{percent corporate.stage_1.outcome[Upheld].year_to_date}}

ombudsman {{lgsco.decided}} {{lgsco.decided.year_to_date}} {{lgsco.upheld.year_to_date}}

{{change complaints "up" "down" "same"}} {{change complaints.year_to_date "up" "down" "same"}} {{difference complaints.year_to_date}}

{{period}} | {{quarter}} | {{year_to_date}} | {{previous_period}} | {{previous_year_to_date}} | {{year}} | {{previous_year}}
)");
    const ReportOutcome out = run_report(request(kQuarters, t.path(), 2024, 2));
    INFO(messages(out));
    REQUIRE(out.ok());
    CHECK(paragraphs(out) ==
          "complaints 2 1 3 2\n"
          "adult 2 1 3 2\n"
          "children 1 0 2 0\n"
          "children2 1 1\n"
          "corporate 2 1 2 1\n"
          "on time 2 3 2\n"
          "upheld 1 1 1 1\n"
          "percent 50% 50%\n"
          "ombudsman 1 2 1\n"
          "up up 1\n"
          "July to September 2024 | Q2 2024/25 | April to September 2024 | July to September 2023 | "
          "April to September 2023 | 2024/25 Q2 | 2023/24 Q2\n");
}

TEST_CASE("in a year's report the year to date is the year itself, and the quarter's name is empty", "[quarter]") {
    test::TempDir t;
    write_template(t, "{{complaints}} {{complaints.year_to_date}} {{complaints.previous}} {{complaints.year_to_date.previous}}\n\n"
                      "{{period}} | {{quarter}} | {{year_to_date}} | {{previous_period}}{{if quarter}} never{{end}}\n");
    const ReportOutcome out = run_report(request(kQuarters, t.path(), 2024, std::nullopt));
    INFO(messages(out));
    REQUIRE(out.ok());
    // Adult social care's complaints (`complaints` is the adult report's figure): 2024/25 Q-01,
    // Q-03, Q-04, Q-08; 2023/24 P-01, P-02, P-05.
    CHECK(paragraphs(out) == "4 4 3 3\n2024/25 |  | April 2024 to March 2025 | 2023/24\n");
}

TEST_CASE("a quarter whose year before the data does not cover is not compared", "[quarter]") {
    test::TempDir t;
    write_template(t, "{{complaints}}{{if known complaints.previous}} against {{complaints.previous}}{{else}}, no comparison with "
                      "{{previous_period}}{{end}}; to date {{complaints.year_to_date}}{{if known complaints.year_to_date.previous}} "
                      "against {{complaints.year_to_date.previous}}{{else}}, no comparison{{end}}.\n");
    SECTION("no complaint before 2023/24: its Q2 has nothing to compare with") {
        const ReportOutcome out = run_report(request(kQuarters, t.path(), 2023, 2));
        INFO(messages(out));
        REQUIRE(out.ok());
        // Adult social care's complaints in 2023/24 Q2: P-02; to date P-01, P-02.
        CHECK(paragraphs(out) == "1, no comparison with July to September 2022; to date 2, no comparison.\n");
    }
    SECTION("2023/24 without its first quarter is a partial year: 2024/25 Q2 is not compared with its Q2") {
        test::TempDir data;
        fs::copy(kQuarters, data.path(), fs::copy_options::recursive);
        std::string csv = test::slurp(data.path() / "complaints.csv");
        const auto p01 = csv.find("P-01,");
        csv.erase(p01, csv.find('\n', p01) + 1 - p01);
        data.write("complaints.csv", csv);
        const ReportOutcome out = run_report(request(data.path(), t.path(), 2024, 2));
        INFO(messages(out));
        REQUIRE(out.ok());
        CHECK(paragraphs(out) == "2, no comparison with July to September 2023; to date 3, no comparison.\n");
    }
}

TEST_CASE("a template's periods say which --year forms it takes", "[quarter]") {
    test::TempDir t;
    // The message of a template for `periods` refusing 2024/25 (quarter: its Q2).
    auto refused = [&](const std::string& periods, std::optional<int> quarter) {
        write_template(t, "{{complaints}}\n", periods);
        const ReportOutcome out = run_report(request(kQuarters, t.path(), 2024, quarter));
        CHECK(out.status == ReportStatus::Usage);
        return messages(out);
    };
    SECTION("a year's template refuses a quarter, naming the template") {
        CHECK(refused(R"(["year"])", 2) == "ascreport report: the template " + t.str() +
                                               " is for a financial year only (its template.toml has periods = [\"year\"]), "
                                               "not a quarter such as 2024/25 Q2: give --year 2024/25, or a template whose "
                                               "periods include \"quarter\" (such as quarterly-report)\n");
    }
    SECTION("without periods, a template is a year's") {
        t.write("template.toml", "title = \"T\"\nsections = [\"s.md\"]\n");
        t.write("s.md", "{{complaints}}\n");
        CHECK(run_report(request(kQuarters, t.path(), 2024, 2)).status == ReportStatus::Usage);
        CHECK(run_report(request(kQuarters, t.path(), 2024, std::nullopt)).ok());
    }
    SECTION("a quarter's template refuses a year") {
        CHECK(refused(R"(["quarter"])", std::nullopt) ==
              "ascreport report: the template " + t.str() +
                  " is for a quarter only (its template.toml has periods = [\"quarter\"]), not a financial year such as "
                  "2024/25: give a quarter, --year 2024/25-Q1 to 2024/25-Q4, or a template whose periods include \"year\"\n");
    }
    SECTION("periods that are not a list of year and quarter: an error naming template.toml's line") {
        t.write("template.toml", "title = \"T\"\nperiods = [\"month\"]\nsections = [\"s.md\"]\n");
        t.write("s.md", "{{complaints}}\n");
        const ReportOutcome out = run_report(request(kQuarters, t.path(), 2024, std::nullopt));
        CHECK(out.status == ReportStatus::Usage);
        CHECK(messages(out).find(t.str() +
                                 "/template.toml:2: periods must list the periods the template is written for, "
                                 "\"year\" and/or \"quarter\", e.g. periods = [\"year\", \"quarter\"]\n") != std::string::npos);
    }
}

TEST_CASE("a name's year to date: what may follow it, and text has none", "[quarter]") {
    test::TempDir t;
    auto error_of = [&](const std::string& markdown) {
        write_template(t, markdown);
        return messages(run_report(request(kQuarters, t.path(), 2024, 2)));
    };
    CHECK(error_of("{{complaints.year_to_date.total}}\n").find(
              "after .year_to_date only .previous may follow, e.g. {{complaints.year_to_date.previous}}") != std::string::npos);
    CHECK(error_of("{{council.year_to_date}}\n").find("only a figure has a year to date; \"council\" is text") !=
          std::string::npos);
    CHECK(error_of("{{complaints.year_to_date.year_to_date}}\n").find("after .year_to_date only .previous may follow") !=
          std::string::npos);
}
