// The Complaint Handling Code's annual report: the council's own files (code-self-assessment.csv,
// complaint-actions.csv) read into the Dataset with every problem named by file, line and
// column, and report.toml's [ombudsman_letter] and [code_report] checked.
#include <catch2/catch.hpp>

#include "ascreport/council_files.hpp"
#include "ascreport/load.hpp"
#include "ascreport/settings.hpp"
#include "test_support.hpp"

using namespace ascreport;
using Lines = std::vector<std::string>;
using ::test::messages;

namespace {

const std::string kComplaints = "reference,received,route,method,service_area\nC1,2023-05-01,Corporate,Email,Highways\n";

Lines texts(const Diagnostics& d) {
    Lines out;
    for (const auto& item : d.items) out.push_back(item.format());
    return out;
}

}  // namespace

TEST_CASE("the council's own files are read into the Dataset when the folder has them") {
    ::test::TempDir d;
    d.write("complaints.csv", kComplaints);
    auto none = ::test::load_folder(d);
    REQUIRE(messages(none, d).empty());
    CHECK_FALSE(none.dataset.self_assessment.present());
    CHECK_FALSE(none.dataset.actions.present());

    d.write("code-self-assessment.csv",
            "Section,Requirement,Compliant,Evidence,Action\n"
            "1. Definition of a complaint,Uses the Code's definition,yes,\"Policy, page 2\",\n"
            "\"6. Stage 1\",Answered in 10 working days,Partly,,Recruit a second officer\n"
            "9. Reporting,This report,,,\n");
    d.write("complaint-actions.csv", "action,service,status\nNew letter templates,Highways,Done\nTraining,,\n");
    auto r = ::test::load_folder(d);
    REQUIRE(messages(r, d).empty());
    const auto& s = r.dataset.self_assessment;
    CHECK(s.file == d.str() + "/code-self-assessment.csv");
    REQUIRE(s.rows.size() == 3);
    CHECK(s.rows[0].section == "1. Definition of a complaint");
    CHECK(s.rows[0].compliant == Compliance::Yes);
    CHECK(s.rows[0].evidence == "Policy, page 2");
    CHECK(s.rows[0].action.empty());
    CHECK(s.rows[0].line == 2);
    CHECK(s.rows[1].compliant == Compliance::Partly);
    CHECK(s.rows[1].action == "Recruit a second officer");
    CHECK(s.rows[2].compliant == Compliance::NotGiven);
    CHECK(s.rows[2].line == 4);
    const auto& a = r.dataset.actions;
    REQUIRE(a.rows.size() == 2);
    CHECK(a.rows[0].action == "New letter templates");
    CHECK(a.rows[0].service == "Highways");
    CHECK(a.rows[0].status == "Done");
    CHECK(a.rows[1].service.empty());
    CHECK(a.rows[1].line == 3);
    // Both are inputs of the run: no output may replace them.
    LoadOptions options;
    options.data_dir = d.path();
    const auto inputs = input_files(r, options);
    CHECK(std::count(inputs.begin(), inputs.end(), d.path() / "code-self-assessment.csv") == 1);
    CHECK(std::count(inputs.begin(), inputs.end(), d.path() / "complaint-actions.csv") == 1);
}

TEST_CASE("the council's own files: every problem named by file, line and column") {
    ::test::TempDir d;
    d.write("complaints.csv", kComplaints);
    d.write("code-self-assessment.csv",
            "section,requirement,compliant,evidence,action\n"
            ",Uses the Code's definition,Yes,Policy,\n"
            "2. Exclusions,,Mostly,,\n"
            "3. Accessibility,Published,mostly,,\n"
            "4. Staff,Officer,Yes,Named officer,\n");
    d.write("complaint-actions.csv", "action,service\n,Highways\n");
    auto r = ::test::load_folder(d);
    CHECK(messages(r, d) ==
          Lines{"D/code-self-assessment.csv:2: column section: a value is required here",
                "D/code-self-assessment.csv:3: column requirement: a value is required here",
                "D/code-self-assessment.csv:3: column compliant: \"Mostly\" is not Yes, No or Partly; write one of them, "
                "or leave it empty until the requirement is assessed (on 2 rows: lines 3 and 4)",
                "D/complaint-actions.csv:1: column status: required column is missing from the header; the header names "
                "the columns action, service, status (docs/input-format.md)"});
    // The rows without errors are kept; the run stops on the errors (exit 1).
    CHECK(r.dataset.self_assessment.rows.size() == 1);
    CHECK(r.diagnostics.error_count() == 4);
}

TEST_CASE("a self-assessment with a header and no rows is an error, an actions file may be empty") {
    ::test::TempDir d;
    d.write("complaints.csv", kComplaints);
    d.write("code-self-assessment.csv", "section,requirement,compliant,evidence,action\n");
    d.write("complaint-actions.csv", "action,service,status\n");
    auto r = ::test::load_folder(d);
    CHECK(messages(r, d) ==
          Lines{"D/code-self-assessment.csv: has no rows; list each requirement of the Code, one a row "
                "(report-templates/code-annual-report/self-assessment.csv is a starter listing the Code's sections)"});
    CHECK(r.dataset.actions.present());
    CHECK(r.dataset.actions.rows.empty());
}

TEST_CASE("the shipped starter self-assessment reads without a problem, every row still to be assessed") {
    Diagnostics diags;
    const auto starter = ::test::source_dir() + "/report-templates/code-annual-report/self-assessment.csv";
    const auto rows = read_self_assessment(starter, "starter.csv", diags);
    CHECK(texts(diags).empty());
    CHECK(rows.rows.size() >= 11);  // at least one row for each of the Code's sections 1 to 11
    for (const auto& row : rows.rows) {
        CHECK(row.compliant == Compliance::NotGiven);
        CHECK(row.evidence.empty());
        CHECK_FALSE(row.requirement.empty());
    }
    CHECK(rows.rows.front().section.starts_with("1. "));
    CHECK(rows.rows.back().section.starts_with("11. "));
}

TEST_CASE("settings: [ombudsman_letter] and [code_report] are checked") {
    const auto ok = load_settings_text("[ombudsman_letter]\nyear = \"2023-24\"\ndecided = 52\nupheld = 30\n"
                                       "upheld_rate = 72\nsimilar_average_upheld_rate = 80\nupheld_per_100k = 2.3\n"
                                       "similar_average_per_100k = 3\ncompliance_percent = 100\n"
                                       "satisfactory_remedy_percent = 14\n\n[code_report]\nregimes = \"all\"\n",
                                       "report.toml");
    REQUIRE(texts(ok.diagnostics).empty());
    const CouncilProfile& c = ok.settings.council;
    CHECK(c.letter.year == "2023/24");
    CHECK(c.letter.values == std::array<std::optional<std::int64_t>, 8>{52, 30, 72, 80, 23, 30, 100, 14});
    CHECK(c.code_report_all);
    CHECK_FALSE(load_settings_text("", "report.toml").settings.council.code_report_all);
    CHECK_FALSE(load_settings_text("[code_report]\nregimes = \"corporate\"\n", "report.toml").settings.council.code_report_all);

    const auto bad = load_settings_text("[ombudsman_letter]\nyear = \"last year\"\ndecided = 10\nupheld = 12\n"
                                        "upheld_rate = 120\nupheld_per_100k = 2.35\nsimilar_average_per_100k = -1\n"
                                        "compliance_percent = 99.5\nupheld_rte = 3\n\n[code_report]\nregimes = \"some\"\n"
                                        "scope = 1\n",
                                        "report.toml");
    CHECK(texts(bad.diagnostics) ==
          Lines{"report.toml:2: ombudsman_letter.year: must be the letter's financial year in double quotes, e.g. \"2023/24\"",
                "report.toml:4: ombudsman_letter.upheld: is more than decided (10); the letter's upheld complaints are "
                "some of those decided",
                "report.toml:5: ombudsman_letter.upheld_rate: must be a whole percentage from 0 to 100, as the letter gives it",
                "report.toml:6: ombudsman_letter.upheld_per_100k: must be a number of 0 or more with at most one decimal, "
                "as the letter gives it, e.g. 2.3",
                "report.toml:7: ombudsman_letter.similar_average_per_100k: must be a number of 0 or more with at most one "
                "decimal, as the letter gives it, e.g. 2.3",
                "report.toml:8: ombudsman_letter.compliance_percent: must be a whole percentage from 0 to 100, as the "
                "letter gives it",
                "report.toml:9: warning: unknown setting ombudsman_letter.upheld_rte is ignored (known here: year, "
                "decided, upheld, upheld_rate, similar_average_upheld_rate, upheld_per_100k, similar_average_per_100k, "
                "compliance_percent, satisfactory_remedy_percent)",
                "report.toml:12: code_report.regimes: must be \"corporate\" (the corporate complaints alone) or \"all\" "
                "(adult and children's social care too)",
                "report.toml:13: warning: unknown setting code_report.scope is ignored (known here: regimes)"});
}
