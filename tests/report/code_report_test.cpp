// The Complaint Handling Code's annual report in the report stage: the council's own tables
// ({{table self_assessment}}, {{table actions}}, {{table ombudsman_letter}}), the letter's
// names, {{if code_report.all}}, and what a draft lacks (the self-assessment's empty cells, the
// letter's figures, the governing body's response).
#include <catch2/catch.hpp>

#include "ascreport/calendar.hpp"
#include "ascreport/period.hpp"
#include "ascreport/report.hpp"
#include "figures_test_data.hpp"
#include "report_test_support.hpp"
#include "test_support.hpp"

using namespace ascreport;
using Lines = std::vector<std::string>;
using Cells = std::vector<std::vector<std::string>>;

namespace {

Figures figures_of(const Dataset& d) { return ascreport::test::figures_for(d); }

const Table& only_table(const ReportBuild& r) {
    for (const Block& b : r.document.blocks)
        if (const auto* t = std::get_if<Table>(&b)) return *t;
    static const Table none;
    FAIL("no table");
    return none;
}

Lines errors(const ReportBuild& r, const ::test::TempDir& t) { return ::test::shown(r.diagnostics, t, "T"); }

// A council that has given its name and publication month: the gaps are the Code report's own.
CouncilProfile named(CouncilProfile c = {}) {
    c.council_name = "Anytown Council";
    c.publication_month = "May 2024";
    return c;
}

ReportBuild build(const ::test::TempDir& t, const Dataset& d, const std::string& markdown,
                  const CouncilProfile& council = named()) {
    return ::test::build_section(t, d, figures_of(d), markdown, council);
}

OmbudsmanLetter full_letter() {
    OmbudsmanLetter l;
    l.given = true;
    l.year = "2023/24";
    l.values = {52, 30, 72, 80, 23, 31, 100, 14};
    return l;
}

}  // namespace

TEST_CASE("code report: the data folder's self-assessment, each empty cell marked and its row a gap") {
    ::test::TempDir t;
    Dataset d;
    d.self_assessment.file = "exports/code-self-assessment.csv";
    d.self_assessment.rows = {{"1. Definition", "Uses the definition", Compliance::Yes, "Policy", "", 2},
                              {"6. Stage 1", "10 working days", Compliance::Partly, "", "Recruit", 3},
                              {"9. Reporting", "This report", Compliance::NotGiven, "Cabinet", "", 4},
                              {"10. Oversight", "A member", Compliance::No, "None yet", "Appoint one", 5}};
    const auto r = build(t, d, "{{table self_assessment}}\n");
    REQUIRE(errors(r, t).empty());
    const Table& table = only_table(r);
    CHECK(table.columns.size() == 5);
    CHECK(table.columns[2].header == "Compliant");
    CHECK(table.rows == Cells{{"1. Definition", "Uses the definition", "Yes", "Policy", "None needed"},
                              {"6. Stage 1", "10 working days", "Partly", "[To be completed]", "Recruit"},
                              {"9. Reporting", "This report", "[To be completed]", "Cabinet", "None given"},
                              {"10. Oversight", "A member", "No", "None yet", "Appoint one"}});
    // The data's text carries its file, line and column, for the personal-data scan.
    REQUIRE(table.row_sources.size() == 4);
    CHECK(table.row_sources[1]->line == 3);
    CHECK(table.cell_sources[3][3]->column == "evidence");
    CHECK(table.cell_sources[1][3] == nullptr);  // "[To be completed]" is ours
    REQUIRE(r.gaps.self_assessment);
    CHECK(r.gaps.self_assessment->rows == Lines{"line 3 (6. Stage 1)", "line 4 (9. Reporting)"});
    CHECK(describe_gaps(r.gaps) == Lines{"the self-assessment against the Code in exports/code-self-assessment.csv: "
                                         "compliant or evidence is empty on line 3 (6. Stage 1) and line 4 (9. Reporting)"});

    // Filled in: no gap.
    d.self_assessment.rows[1].evidence = "Figures";
    d.self_assessment.rows[2].compliant = Compliance::Yes;
    const auto filled = build(t, d, "{{table self_assessment}}\n");
    CHECK(filled.gaps.empty());
}

TEST_CASE("code report: without the data folder's file the template's starter is printed, and is a gap") {
    ::test::TempDir t;
    t.write("self-assessment.csv", "section,requirement,compliant,evidence,action\n1. Definition,Uses it,,,\n");
    Dataset d;
    const auto r = build(t, d, "{{table self_assessment}}\n");
    REQUIRE(errors(r, t).empty());
    CHECK(only_table(r).rows == Cells{{"1. Definition", "Uses it", "[To be completed]", "[To be completed]", "None given"}});
    CHECK(only_table(r).row_sources.empty());  // the template's words, not the data's
    Lines described = describe_gaps(r.gaps);
    for (auto& line : described)
        for (auto at = line.find(t.str()); at != std::string::npos; at = line.find(t.str())) line.replace(at, t.str().size(), "T");
    CHECK(described == Lines{"the self-assessment against the Code: T/data/code-self-assessment.csv does not exist, so "
                             "the template's starter T/self-assessment.csv is printed with \"[To be completed]\"; copy "
                             "it to T/data/code-self-assessment.csv and fill in compliant and evidence on each row"});

    // A starter with a problem is the template's error; no starter at all is one too.
    t.write("self-assessment.csv", "section,requirement,compliant,evidence,action\n1. Definition,Uses it,Sometimes,,\n");
    CHECK(errors(build(t, d, "{{table self_assessment}}\n"), t) ==
          Lines{"T/self-assessment.csv:2: column compliant: \"Sometimes\" is not Yes, No or Partly; write one of them, or "
                "leave it empty until the requirement is assessed"});
    std::filesystem::remove(t.path() / "self-assessment.csv");
    CHECK(errors(build(t, d, "{{table self_assessment}}\n"), t) ==
          Lines{"T/s.md:1: {{table self_assessment}}: neither T/data/code-self-assessment.csv nor T/self-assessment.csv "
                "exists"});
}

TEST_CASE("code report: the actions table, or a sentence when none are recorded") {
    ::test::TempDir t;
    Dataset d;
    const std::string md = "{{if actions}}Actions:{{else}}None.{{end}}\n\n{{table actions}}\n";
    auto none = build(t, d, md);
    REQUIRE(errors(none, t).empty());
    REQUIRE(none.document.blocks.size() == 2);
    CHECK(::test::text_of(none.document.blocks[0]) == "None.");
    CHECK(::test::text_of(none.document.blocks[1]) ==
          "No service improvements are recorded: the data folder has no complaint-actions.csv file.");
    d.actions.file = "exports/complaint-actions.csv";
    d.actions.rows = {{"New letters", "Highways", "Done", 2}, {"Training", "", "", 3}};
    auto some = build(t, d, md);
    CHECK(::test::text_of(some.document.blocks[0]) == "Actions:");
    CHECK(only_table(some).rows == Cells{{"New letters", "Highways", "Done"}, {"Training", "Not given", "Not given"}});
    CHECK(some.gaps.empty());
}

TEST_CASE("code report: the Ombudsman's letter, its names, and each figure not given a gap") {
    ::test::TempDir t;
    Dataset d;
    CouncilProfile council;
    council.letter = full_letter();
    const std::string md = "{{if letter}}{{letter.year}}: {{plural letter.decided \"complaint\" \"complaints\"}}, "
                           "{{letter.upheld}} upheld ({{letter.upheld_rate}}%, similar {{letter.similar_average_upheld_rate}}%: "
                           "{{compare letter.upheld_rate letter.similar_average_upheld_rate \"above\" \"below\" \"level\"}}), "
                           "{{letter.upheld_per_100k}} per 100,000.{{else}}No letter.{{end}}\n\n{{table ombudsman_letter}}\n";
    auto r = build(t, d, md, named(council));
    REQUIRE(errors(r, t).empty());
    CHECK(::test::text_of(r.document.blocks[0]) == "2023/24: 52 complaints, 30 upheld (72%, similar 80%: below), 2.3 per 100,000.");
    const Table& table = only_table(r);
    CHECK(table.columns[1].header == "2023/24");
    CHECK(table.rows == Cells{{"Complaints and enquiries decided by the Ombudsman", "52"},
                              {"Complaints upheld", "30"},
                              {"Upheld rate", "72%"},
                              {"Average upheld rate of similar authorities", "80%"},
                              {"Upheld decisions per 100,000 residents", "2.3"},
                              {"Average of similar authorities, per 100,000 residents", "3.1"},
                              {"Compliance with the Ombudsman’s recommendations", "100%"},
                              {"Upheld cases where the Council had already offered a satisfactory remedy", "14%"}});
    CHECK(r.gaps.empty());

    // Not given: the condition does not hold, the table marks each figure, and each is a gap.
    CouncilProfile partial;
    partial.letter.values[0] = 52;
    auto missing = build(t, d, md, named(partial));
    REQUIRE(errors(missing, t).empty());
    CHECK(::test::text_of(missing.document.blocks[0]) == "No letter.");
    CHECK(only_table(missing).columns[1].header == "The letter’s figures");
    CHECK(only_table(missing).rows[0][1] == "52");
    CHECK(only_table(missing).rows[1][1] == "[To be added]");
    CHECK(describe_gaps(missing.gaps) ==
          Lines{"report.toml [ombudsman_letter]: year, upheld, upheld_rate, similar_average_upheld_rate, upheld_per_100k, "
                "similar_average_per_100k, compliance_percent and satisfactory_remedy_percent"});

    // A figure printed without a guard has no value: an error naming the setting.
    auto unguarded = build(t, d, "{{letter.upheld}}\n", named(partial));
    CHECK(errors(unguarded, t) ==
          Lines{"T/s.md:1: {{letter.upheld}}: \"letter.upheld\" has no value: report.toml [ombudsman_letter] upheld is "
                "not set; guard it with {{if letter.upheld}} ... {{end}}"});
    CHECK(errors(build(t, d, "{{letter.upheld.previous}}\n", named(council)), t) ==
          Lines{"T/s.md:1: {{letter.upheld.previous}}: the figure \"letter.upheld\" has no previous-year value: the "
                "Ombudsman's letter is of one year"});
    CHECK(errors(build(t, d, "{{letter.uphld}}\n", named(council)), t) ==
          Lines{"T/s.md:1: {{letter.uphld}}: unknown figure \"letter.uphld\"; did you mean \"letter.upheld\"?"});
}

TEST_CASE("code report: corporate alone or all three regimes, by [code_report] regimes") {
    ::test::TempDir t;
    Dataset d;
    const std::string md = "{{if code_report.all}}All three.{{else}}Corporate.{{end}}\n";
    CHECK(::test::text_of(build(t, d, md).document.blocks[0]) == "Corporate.");
    CouncilProfile all;
    all.code_report_all = true;
    CHECK(::test::text_of(build(t, d, md, named(all)).document.blocks[0]) == "All three.");
}

TEST_CASE("code report: a default text saying [To be added: ...] is a gap of its own kind") {
    ::test::TempDir t;
    t.write("text/governing-body-response.md", "*[To be added: the response of the governing body.]*\n");
    Dataset d;
    auto r = build(t, d, "{{text governing-body-response}}\n");
    REQUIRE(errors(r, t).empty());
    CHECK(r.gaps.texts.empty());
    CHECK(r.gaps.texts_to_add == Lines{(t.path() / "data" / "narrative" / "governing-body-response.md").string()});
    CHECK(describe_gaps(r.gaps) == Lines{"the year's own text in " + (t.path() / "data" / "narrative").string() +
                                         "/: governing-body-response.md (the template's \"[To be added: ...]\" is "
                                         "printed in its place)"});
}
