// The jobs in-process: request in, outcome out, no process spawned (ascreport/job.hpp). Each
// job's status, its messages as the command line prints them, and the values it hands back to
// print; breakdown, list and figures read the text as the report prints it.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ascreport/breakdown_job.hpp"
#include "ascreport/check_template_job.hpp"
#include "ascreport/figure_registry.hpp"
#include "ascreport/figures_job.hpp"
#include "ascreport/init_job.hpp"
#include "ascreport/validate_job.hpp"
#include "test_support.hpp"

using namespace ascreport;
namespace fs = std::filesystem;

namespace {

const fs::path kSamples = fs::path(::test::source_dir()) / "data-samples";
const fs::path kShipped = fs::path(::test::source_dir()) / "report-templates/annual-report";

DataRequest data_at(const fs::path& dir) {
    DataRequest r;
    r.load.data_dir = dir;
    return r;
}

// Each message as `command` prints it, with the temporary folder shown as D.
std::vector<std::string> lines(const JobOutcome& outcome, const std::string& command, const test::TempDir* d = nullptr) {
    std::vector<std::string> out;
    for (const JobMessage& m : outcome.messages) {
        std::string s = m.line(command);
        if (d)
            for (auto pos = s.find(d->str()); pos != std::string::npos; pos = s.find(d->str(), pos + 1))
                s.replace(pos, d->str().size(), "D");
        out.push_back(s);
    }
    return out;
}

// Complaints of 2023/24 whose provider and service area hold a name on the redact list, spelt
// two ways (as typed, and in capitals with a no-break space), and a compliment naming her.
void write_folder_with_names(const test::TempDir& d) {
    d.write("complaints.csv",
            "reference,received,responded,route,outcome,method,service_area,provider,gender\n"
            "A1,2023-05-01,2023-05-10,Statutory,Upheld,Email,Jane Doe Team,Jane Doe Care Ltd,Male\n"
            "A2,2023-05-02,2023-05-10,Statutory,Upheld,Email,JANE\xC2\xA0" "DOE Team,Jane Doe Care Ltd,Male\n"
            "A3,2023-05-03,2023-05-10,Statutory,Not upheld,Email,Mental Health,,Female\n");
    d.write("report.toml", "[privacy]\nredact = [\"Jane Doe\"]\n");
}

BreakdownRequest breakdown_of(const fs::path& dir, std::vector<std::string> by, std::vector<std::string> where = {}) {
    BreakdownRequest r;
    r.data = data_at(dir);
    r.by = std::move(by);
    r.where = std::move(where);
    r.query.period = *parse_period("2023/24");
    return r;
}

std::vector<std::string> rows(const Breakdown& b) {
    std::vector<std::string> out;
    for (const BreakdownRow& row : b.rows) out.push_back(row.groups.at(0).label + " " + std::to_string(row.count));
    return out;
}

}  // namespace

TEST_CASE("run_validate: the sample folder is valid, with its rows per year and the columns read", "[jobs]") {
    const ValidateOutcome v = run_validate({data_at(kSamples)});
    CHECK(v.status == JobStatus::Ok);
    CHECK(v.messages.empty());
    CHECK(v.data_dir == kSamples);
    REQUIRE_FALSE(v.rows.empty());
    CHECK(v.rows[0].file == "complaints.csv");
    CHECK(v.rows[0].present);
    CHECK(v.rows[0].rows > 0);
    CHECK(v.settings_read);
    REQUIRE_FALSE(v.headers.empty());
    CHECK(v.headers[0].file == "complaints.csv");
    CHECK(v.headers[0].read);
    CHECK(v.warnings == 0);
}

TEST_CASE("run_validate: data errors are messages and a count, and the columns still show", "[jobs]") {
    test::TempDir d;
    d.write("complaints.csv", "reference,received,route,outcome\nA1,2023-13-45,Statutory,Upheld\n");
    const ValidateOutcome v = run_validate({data_at(d.path())});
    CHECK(v.status == JobStatus::DataErrors);
    const std::vector<std::string> said = lines(v, "ascreport validate", &d);
    REQUIRE(said.size() >= 2);
    CHECK(said[0].rfind("D/complaints.csv:", 0) == 0);
    CHECK(said.back().find(" in D; fix ") != std::string::npos);
    CHECK(v.messages.back().kind == JobMessage::Kind::Plain);
    CHECK(v.messages[0].kind == JobMessage::Kind::Diagnostic);
    REQUIRE_FALSE(v.headers.empty());
    CHECK(v.headers[0].read);
    CHECK(v.rows.empty());
}

TEST_CASE("run_validate: a folder that is not there is a usage problem, with no columns", "[jobs]") {
    test::TempDir d;
    const ValidateOutcome v = run_validate({data_at(d.path() / "missing")});
    CHECK(v.status == JobStatus::Usage);
    REQUIRE(v.messages.size() == 1);
    CHECK(v.messages[0].kind == JobMessage::Kind::Diagnostic);
    CHECK(v.headers.empty());
}

TEST_CASE("answer_breakdown: the words are parsed before the data is read", "[jobs]") {
    // The folder does not exist: a usage error in the words is found first.
    BreakdownRequest r = breakdown_of("/nonexistent-ascreport-folder", {"outcomes"});
    const BreakdownOutcome o = answer_breakdown(r);
    CHECK(o.status == JobStatus::Usage);
    CHECK(lines(o, "ascreport breakdown") ==
          std::vector<std::string>{"ascreport breakdown: unknown field \"outcomes\" in --by (did you mean outcome?); "
                                   "the fields are: route, outcome, method, service_area, provider, gender, age_band, "
                                   "ethnicity, disability, timescale, month, quarter, year, category, extended, "
                                   "subcategory, regime"});
    CHECK(o.inputs.empty());
}

TEST_CASE("answer_breakdown: a value the data does not hold is worded with --where", "[jobs]") {
    const BreakdownOutcome o = answer_breakdown(breakdown_of(kSamples, {"outcome"}, {"gender=M"}));
    CHECK(o.status == JobStatus::Usage);
    CHECK(lines(o, "ascreport breakdown") ==
          std::vector<std::string>{"ascreport breakdown: --where \"gender=M\": gender has no value \"M\"; the values "
                                   "are: Male, Female, Other, N/A"});
}

TEST_CASE("answer_breakdown: sorted, cut to the top and hidden as asked", "[jobs]") {
    BreakdownRequest r = breakdown_of(kSamples, {"outcome"});
    r.order = RowOrder::Count;
    r.top = 2;
    const BreakdownOutcome o = answer_breakdown(r);
    REQUIRE(o.ok());
    CHECK(o.messages.empty());
    REQUIRE(o.breakdown.rows.size() == 2);
    CHECK(o.breakdown.rows[0].count >= o.breakdown.rows[1].count);
    CHECK(o.breakdown.total > o.breakdown.rows[0].count + o.breakdown.rows[1].count);
    CHECK_FALSE(o.inputs.empty());
}

TEST_CASE("answer_breakdown prints a name on the redact list as the report does: (Name)", "[jobs][privacy]") {
    test::TempDir d;
    write_folder_with_names(d);
    const BreakdownOutcome area = answer_breakdown(breakdown_of(d.path(), {"service_area"}));
    REQUIRE(area.ok());
    // Both spellings of the name are one group, printed as the report prints it.
    CHECK(rows(area.breakdown) == std::vector<std::string>{"(Name) Team 2", "Mental Health 1"});
    CHECK(area.redacted == 3);  // one a spelling: two of the service area, one of the provider
    CHECK(lines(area, "ascreport breakdown", &d) ==
          std::vector<std::string>{
              "ascreport breakdown: 3 names on the [privacy] redact list of D/report.toml were replaced by (Name)"});
    const BreakdownOutcome provider = answer_breakdown(breakdown_of(d.path(), {"provider"}));
    REQUIRE(provider.ok());
    CHECK(rows(provider.breakdown) == std::vector<std::string>{"(Name) Care Ltd 2", "No provider 1"});
    // --where names the group as printed; the name itself is no value of the data.
    CHECK(answer_breakdown(breakdown_of(d.path(), {"outcome"}, {"provider=(Name) Care Ltd"})).breakdown.total == 2);
    const BreakdownOutcome by_name = answer_breakdown(breakdown_of(d.path(), {"outcome"}, {"provider=Jane Doe Care Ltd"}));
    CHECK(by_name.status == JobStatus::Usage);
    CHECK(lines(by_name, "ascreport breakdown", &d).back() ==
          "ascreport breakdown: --where \"provider=Jane Doe Care Ltd\": provider has no value \"Jane Doe Care Ltd\" in "
          "this data; the values are: (Name) Care Ltd, No provider");
}

TEST_CASE("run_figures: the tables print the redacted text, and hide small counts as asked", "[jobs][privacy]") {
    test::TempDir d;
    write_folder_with_names(d);
    const FiguresOutcome o = run_figures({data_at(d.path()), *parse_period("2023/24"), 0, std::nullopt});
    REQUIRE(o.ok());
    CHECK(o.redacted == 3);
    const Breakdown& areas = o.figures.table(TableId::ServiceArea);
    CHECK(areas.count_of("(Name) Team") == 2);
    CHECK(areas.count_of("Mental Health") == 1);
    for (const BreakdownRow& row : areas.rows) CHECK(row.groups.at(0).label.find("Jane") == std::string::npos);

    const FiguresOutcome sample = run_figures({data_at(kSamples), *parse_period("2023/24"), 0, std::nullopt});
    REQUIRE(sample.ok());
    CHECK(sample.messages.empty());
    CHECK(sample.redacted == 0);
    CHECK(sample.figures.table(TableId::Gender).count_of("Male") > 0);
}

TEST_CASE("run_figures: errors in the data stop it with the count, and no figures", "[jobs]") {
    test::TempDir d;
    d.write("complaints.csv", "reference,received,route,outcome\nA1,2023-05-01,Sideways,Upheld\n");
    const FiguresOutcome o = run_figures({data_at(d.path()), *parse_period("2023/24"), 0, std::nullopt});
    CHECK(o.status == JobStatus::DataErrors);
    CHECK(lines(o, "ascreport figures", &d).back().find(" in D; fix ") != std::string::npos);
    CHECK(o.figures.table(TableId::Outcome).rows.empty());
}

TEST_CASE("answer_list: the rows behind a breakdown's group, with its printed values", "[jobs][privacy]") {
    test::TempDir d;
    write_folder_with_names(d);
    ListRequest r;
    r.data = data_at(d.path());
    r.fields = {"reference", "provider"};
    r.where = {"service_area=(Name) Team"};
    r.query.period = *parse_period("2023/24");
    const ListOutcome o = answer_list(r);
    REQUIRE(o.ok());
    CHECK(o.list.columns == std::vector<std::string>{"reference", "provider"});
    REQUIRE(o.list.rows.size() == 2);
    CHECK(o.list.rows[0][0].text == "A1");
    CHECK(o.list.rows[0][1].text == "(Name) Care Ltd");
    r.sort = "received";
    CHECK(lines(answer_list(r), "ascreport list") ==
          std::vector<std::string>{"ascreport list: --sort received: sort by one of the fields listed (add it to --fields)"});
}

TEST_CASE("run_init: the starter settings, and that report.toml is left alone", "[jobs]") {
    test::TempDir d;
    d.write("complaints.csv", "Reference,Date Received,Outcome\nA1,01/05/2023,Upheld\n");
    InitOutcome o = run_init({d.path()});
    REQUIRE(o.ok());
    CHECK(o.messages.empty());
    CHECK(o.settings.find("[columns.complaints]") != std::string::npos);
    d.write("report.toml", "");
    o = run_init({d.path()});
    CHECK(lines(o, "ascreport init", &d) ==
          std::vector<std::string>{"ascreport init: D/report.toml already exists and is not changed; what follows is a "
                                   "suggestion to compare with it"});
    CHECK(run_init({d.path(), true}).messages.empty());
    const InitOutcome none = run_init({d.path() / "missing"});
    CHECK(none.status == JobStatus::Usage);
    CHECK(none.settings.empty());
}

TEST_CASE("run_check_template: the shipped template for no data and for the sample", "[jobs]") {
    const CheckTemplateOutcome bare = run_check_template({kShipped, std::nullopt, std::nullopt, FinancialYear{2023}});
    CHECK(bare.status == JobStatus::Ok);
    CHECK(bare.checked);
    CHECK(bare.errors == 0);
    const CheckTemplateOutcome sample = run_check_template({kShipped, kSamples, std::nullopt, FinancialYear{2023}});
    CHECK(sample.status == JobStatus::Ok);
    CHECK(sample.errors == 0);
    test::TempDir d;
    const CheckTemplateOutcome missing = run_check_template({d.path(), std::nullopt, std::nullopt, FinancialYear{2023}});
    CHECK(missing.status == JobStatus::Usage);
    CHECK_FALSE(missing.checked);
    REQUIRE(missing.messages.size() == 1);
    CHECK(missing.messages[0].line("ascreport check-template").rfind("ascreport check-template: " + d.str() + "/template.toml: ", 0) == 0);
}
