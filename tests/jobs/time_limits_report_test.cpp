// The shipped reports state the time limits report.toml [time_limits] sets, the same ones their
// timing tables are counted against: the sample data with a council's own limits, through the
// whole report pipeline (run_report).
#include <catch2/catch.hpp>

#include <algorithm>
#include <variant>

#include "ascreport/calendar.hpp"
#include "ascreport/period.hpp"
#include "ascreport/report_job.hpp"
#include "report/names.hpp"
#include "test_support.hpp"

using namespace ascreport;
namespace fs = std::filesystem;

namespace {

const fs::path kSource = ::test::source_dir();

// data-samples/ in `d`, its report.toml followed by `limits`.
void sample_with_limits(const ::test::TempDir& d, const std::string& limits) {
    fs::copy(kSource / "data-samples", d.path(), fs::copy_options::recursive);
    const std::string settings = ::test::slurp(d.path() / "report.toml");
    d.write("report.toml", settings + "\n" + limits);
}

ReportOutcome run_on(const ::test::TempDir& d, const std::string& template_name) {
    ReportRequest r;
    r.data_dir = d.path();
    r.year = FinancialYear{2023};
    r.template_dir = kSource / "report-templates" / template_name;
    r.created_unix = 1727740800;
    r.editions = {};  // the Document is what is checked
    return run_report(r);
}

// Every heading and paragraph and list item, one a line.
std::vector<std::string> prose(const Document& doc) {
    std::vector<std::string> out;
    auto join = [](const Runs& runs) {
        std::string s;
        for (const Run& r : runs) s += r.text;
        return s;
    };
    for (const Block& b : doc.blocks) {
        if (const auto* h = std::get_if<Heading>(&b)) out.push_back(h->text);
        else if (const auto* p = std::get_if<Paragraph>(&b)) out.push_back(join(p->runs));
        else if (const auto* l = std::get_if<BulletList>(&b))
            for (const Runs& item : l->items) out.push_back(join(item));
    }
    return out;
}

bool says(const std::vector<std::string>& lines, const std::string& text) {
    return std::find(lines.begin(), lines.end(), text) != lines.end();
}

// The first table after the heading `heading` whose first row is `first_row`.
const Table* table_after(const Document& doc, const std::string& heading, const std::string& first_row) {
    bool seen = false;
    for (const Block& b : doc.blocks) {
        if (const auto* h = std::get_if<Heading>(&b)) seen = seen || h->text == heading;
        if (const auto* t = std::get_if<Table>(&b); seen && t && !t->rows.empty() && t->rows[0][0] == first_row)
            return t;
    }
    return nullptr;
}

// The folder's figures for 2023/24, timed against `limits`.
Figures figures_of(const ::test::TempDir& d, const TimeLimits& limits) {
    LoadOptions o;
    o.data_dir = d.path();
    const ::test::Loaded l = ::test::load_with_settings(o);
    REQUIRE_FALSE(l.diagnostics.has_errors());
    return compute_figures(l.dataset, *l.calendar, make_year(FinancialYear{2023}), l.settings.figures, limits);
}

std::int64_t count(const Figures& f, TableId id, std::string_view row) {
    const BreakdownRow* r = report::find_row(f.table(id), row);
    REQUIRE(r);
    return r->count;
}

}  // namespace

TEST_CASE("time limits: the children's report says the council's stage 1 limits, and its timing table agrees") {
    ::test::TempDir d;
    sample_with_limits(d, "[time_limits.children]\nstage1 = 15\nstage1_extended = 25\n");
    TimeLimits limits;
    limits.children[0].respond = 15;
    limits.children[0].extended = 25;
    const Figures ours = figures_of(d, limits);
    const std::int64_t on_time = count(ours, TableId::ChildrenStage1Timing, "On time");
    const std::int64_t extended = count(ours, TableId::ChildrenStage1Timing, "Within extension");
    // The limits move the figures: the sample has stage 1 responses after 10 working days and
    // by 15 (else this test would not tell the settings' limits from the defaults).
    REQUIRE(on_time != count(figures_of(d, TimeLimits{}), TableId::ChildrenStage1Timing, "On time"));

    const ReportOutcome r = run_on(d, "children-annual-report");
    REQUIRE(r.status == ReportStatus::Ok);
    REQUIRE(r.document);
    const std::vector<std::string> text = prose(*r.document);
    CHECK(says(text, "Stage 1, local resolution. The service tries to resolve the complaint quickly, within 15 working "
                     "days, which may be extended to 25 working days for a complex complaint."));
    CHECK(says(text, "Stage 2, investigation. If the complainant is not satisfied, an investigating officer and an "
                     "independent person investigate the complaint, and a senior manager adjudicates. The response is "
                     "due within 25 working days, extended to at most 65 working days."));
    CHECK(says(text, "The regulations allow 15 working days for a response at stage 1, and up to 25 working days for a "
                     "complex complaint."));
    const std::string percent_on_time =
        std::to_string(percent_half_up(on_time, ours.table(TableId::ChildrenStage1Timing).total)) + "%";
    const std::string percent_extended =
        std::to_string(percent_half_up(extended, ours.table(TableId::ChildrenStage1Timing).total)) + "%";
    CHECK(says(text, "Of the stage 1 complaints received in 2023/24, " + std::to_string(on_time) + " (" + percent_on_time +
                         ") received a response within 15 working days and " + std::to_string(extended) + " (" +
                         percent_extended + ") within the extended 25 working days."));
    const Table* timing = table_after(*r.document, "Stage 1: local resolution", "On time");
    REQUIRE(timing);
    CHECK(timing->rows[0][1] == std::to_string(on_time));
    CHECK(timing->rows[1] == std::vector<std::string>{"Within extension", std::to_string(extended), percent_extended,
                                                      timing->rows[1][3], timing->rows[1][4]});
    // Stage 3 keeps the default panel limit.
    CHECK(says(text, "The panel must meet within 30 working days of the request."));
}

TEST_CASE("time limits: the Code's report says the council's limits, one day in the singular, no extension left out") {
    ::test::TempDir d;
    sample_with_limits(d, "[time_limits.corporate]\nacknowledge = 1\nstage1 = 12\nstage1_extended = 12\n");
    const ReportOutcome r = run_on(d, "code-annual-report");
    REQUIRE(r.status == ReportStatus::Ok);
    REQUIRE(r.document);
    const std::vector<std::string> text = prose(*r.document);
    CHECK(says(text, "Under the Council’s complaints procedure, which follows the Code, a complaint at stage 1 is "
                     "acknowledged within 1 working day and answered within 12 "
                     "working days of the acknowledgement. At stage 2 the complaint is acknowledged within 1 working day "
                     "and answered within 20 working days of the acknowledgement, with up to 20 working days more where "
                     "the Council explains why. The report measures each stage against these limits, in working days "
                     "counted from the acknowledgement, as the Code counts them."));
    CHECK(says(text, "Stage 1: 12 working days"));
    CHECK(says(text, "Stage 2: 20 working days, or up to 20 working days more with an extension"));
    const auto acknowledged = std::count_if(text.begin(), text.end(), [](const std::string& s) {
        return s.find(" acknowledged within 1 working day (") != std::string::npos;
    });
    CHECK(acknowledged == 2);  // stage 1 and stage 2
    CHECK(std::any_of(text.begin(), text.end(), [](const std::string& s) {
        return s.find("when its acknowledgement was sent after 1 working day. ") != std::string::npos;
    }));
}
