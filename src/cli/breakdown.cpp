// ascreport breakdown: count complaints (or concerns) of a period by one or two fields.
#include <CLI/CLI.hpp>

#include <ostream>

#include "exit_codes.hpp"
#include "ascreport/breakdown_job.hpp"
#include "ascreport/output.hpp"
#include "ascreport/format.hpp"
#include "common.hpp"
#include "period_options.hpp"
#include "privacy_options.hpp"

namespace ascreport::cli {
namespace {

constexpr const char* kHelp = R"(Counts the statutory complaints received in a period by one or two fields, with each
group's share of the total; --of counts concerns, complaint stages, compliments or Ombudsman
cases instead.
Every known value of a field shows, even at zero; empty equality fields count as N/A and
an empty outcome as Open.

FIELD is a column of complaints.csv (route, outcome, method, service_area, provider,
gender, age_band, ethnicity, disability, extended, regime) or one derived from it: timescale
(within or over 20 working days, still open, or withdrawn before a response; that last
group shows only where it counts something), month, quarter, year (received), or category
and subcategory (count the concerns raised in the complaints instead of the complaints).
--of concerns: category, subcategory and every complaint field. --of compliments: month,
quarter, year, service_area, source. --of lgsco (Ombudsman cases): decision, remedy,
decided_year, month, quarter, year. Every kind is counted by its received date (a concern
by its complaint's).

--regime chooses the procedure: adult (the default for complaints and concerns, as the
report's tables count; all when --by or --where names regime), children, corporate or all
(the default for --of stages). Without --route the complaints are those handled in their
procedure: adult social care's statutory route, and every route but the informal one of
the others.
--of stages counts each stage of each complaint handled in its procedure (not refused), by
the day it was requested (stage 1: received), with the fields regime, stage (1, 2, 3),
on_time (On time, Within extension, Late, Open, within time, Open, overdue), acknowledgement
(On time, Late, Not recorded, Not applicable), escalated (Yes: the next stage or the
Ombudsman by --as-of; Open: no response yet; No), the stage's outcome and extended, month,
quarter, year (requested) and the complaint's other fields. Open stages are judged at
--as-of DATE (default: the earlier of today and the period's last day).

Examples:
  ascreport breakdown --data data-samples --year 2023/24 --by outcome
  ascreport breakdown --data data-samples --year 2023/24 --by outcome --compare
  ascreport breakdown --data data-samples --year 2023/24 --by service_area,timescale --format csv
  ascreport breakdown --data data-samples --year 2023/24 --by month --where outcome=Upheld --where "outcome=Partly upheld"
  ascreport breakdown --data data-samples --year 2023/24-Q3 --by category --format markdown
  ascreport breakdown --data data-samples --from 2023-10-01 --to 2023-12-31 --by route
  ascreport breakdown --data data-samples --year 2023/24 --by method --route all --format json
  ascreport breakdown --data data-samples --year 2023/24 --by ethnicity --suppress-below 5 --format csv
  ascreport breakdown --data data-samples --year 2023/24 --by service_area --where timescale="Over 20 working days" --where extended=Yes
  ascreport breakdown --data data-samples --year 2023/24 --of compliments --by month --compare
  ascreport breakdown --data data-samples --year 2023/24 --of concerns --by category,subcategory
  ascreport breakdown --data data-samples --from 2019-04-01 --to 2024-03-31 --of lgsco --by year,decision
  ascreport breakdown --data data-samples --year 2023/24 --by service_area,outcome --percent row
  ascreport breakdown --data data-samples --year 2023/24 --by service_area --sort count --top 5
  ascreport breakdown --data data-samples --year 2023/24 --by service_area --measure working_days --format csv
  ascreport breakdown --data data-samples --year 2023/24 --by regime,outcome
  ascreport breakdown --data data-samples --year 2023/24 --of stages --by on_time --regime adult --as-of 2024-03-31
  ascreport breakdown --data data-samples --year 2023/24 --of stages --by acknowledgement,escalated --format csv
  ascreport breakdown --data data-samples --year 2023/24 --of stages --by regime,stage --measure working_days

csv and json print canonical values (a month as 2023-04) and no total row; table and
markdown print a total row. --compare adds the same period a year earlier and the change.
--percent row (column) gives each count as a share of its first (second) field's group.
--sort count puts the largest first (hidden counts after the shown ones, in the table's
order); --top N prints the first N rows (the total covers all).
--measure working_days adds closed, median_working_days, mean_working_days and
max_working_days: working days from received to responded, as the timescale counts them
(--of stages: each responded stage's, on its stage clock).
--suppress-below N shows counts from 1 to N-1 as * (with their percentages and changes),
a total of 1 to N-1 too, and more counts where a hidden one could be worked out from a
total or, with two fields, from the one-field tables (docs/privacy.md): in csv, table and
markdown as *, in json as null with "suppressed": true.
It also hides the percents of a --percent row (column) group holding a hidden count, the
measures of a group below N or with fewer than N closed, and more groups' measures where
the total's would give a hidden group's away.
--format xlsx --out FILE.xlsx writes a spreadsheet of the csv's values, typed, whole or not
at all; under the same SOURCE_DATE_EPOCH its bytes are the same. A new FILE is 0644 (less the
umask), a replaced one keeps its permissions; --out - writes it to standard output (not to a
terminal); an --out that is one of the input files, by any path, is refused.
Exit status: 0 success, 1 errors in the data, 2 a bad option, field or value, 3 the output
could not be written.)";

struct Options {
    DataOptions data;
    PeriodOptions period;
    std::vector<std::string> by;
    std::vector<std::string> where;
    std::string route;
    bool compare = false;
    std::string of = "complaints";
    std::string format = "table";
    std::string out;
    std::string percent = "total";
    std::string sort = "table";
    std::optional<std::size_t> top;
    std::string measure;
    int suppress_below = 0;
    std::string regime;
    std::string as_of;
};

}  // namespace

Runner setup_breakdown(CLI::App& app, Streams io) {
    auto* cmd = app.add_subcommand("breakdown", "Count complaints, concerns, compliments or Ombudsman cases of a period by one or two fields");
    cmd->footer(kHelp);
    auto o = std::make_shared<Options>();
    add_data_options(*cmd, o->data);
    add_period_options(*cmd, o->period);
    cmd->add_option("--by", o->by, "One or two fields, separated by a comma")
        ->required()
        ->delimiter(',')
        ->type_name("FIELD[,FIELD]");
    add_selection_options(*cmd, o->where, o->route);
    add_regime_option(*cmd, o->regime,
                      "default: adult for complaints and concerns, or all when --by or --where names regime; all for "
                      "--of stages");
    cmd->add_option("--of", o->of, "complaints (default), concerns, compliments, lgsco or stages")
        ->type_name("RECORDS")
        ->check(CLI::IsMember({"complaints", "concerns", "compliments", "lgsco", "stages"}, CLI::ignore_case));
    cmd->add_flag("--compare", o->compare, "Add the previous period's count and the change");
    cmd->add_option("--percent", o->percent, "Each percent as a share of the total (default), of its row's first field group, or its column's")
        ->type_name("total|row|column")
        ->check(CLI::IsMember({"total", "row", "column"}));
    cmd->add_option("--sort", o->sort, "count: the largest count first; table (default): the fields' order")
        ->type_name("ORDER")
        ->check(CLI::IsMember({"table", "count"}));
    cmd->add_option("--top", o->top, "Print only the first N rows (after --sort); the total covers every row")
        ->type_name("N")
        ->check(CLI::PositiveNumber);
    cmd->add_option("--measure", o->measure,
                    "working_days: add each group's closed complaints (responded stages) and median, mean and most "
                    "working days")
        ->type_name("MEASURE")
        ->check(CLI::IsMember({"working_days"}));
    cmd->add_option("--format", o->format, "table (default), csv, json, markdown or xlsx (with --out)")
        ->type_name("FORMAT")
        ->check(CLI::IsMember({"table", "csv", "json", "markdown", "xlsx"}));
    cmd->add_option("--out", o->out, "With --format xlsx: the spreadsheet to write, whole or not at all (- for standard output)")
        ->type_name("FILE.xlsx");
    add_suppress_option(*cmd, o->suppress_below, "in every format");
    add_as_of_option(*cmd, o->as_of);

    return [o, io]() {
        std::string error;
        if (!xlsx_usage_ok(io, "ascreport breakdown", o->format, o->out)) return exit_code::usage;
        const auto period = resolve_period(o->period, error);
        if (!period) {
            io.err << "ascreport breakdown: " << error << '\n';
            return exit_code::usage;
        }
        BreakdownRequest request{data_request(o->data), o->by, o->where, {}, o->suppress_below,
                                 o->sort == "count" ? RowOrder::Count : RowOrder::Table, o->top};
        BreakdownQuery& query = request.query;
        query.period = *period;
        query.compare = o->compare;
        query.of = *parse_records(o->of);
        query.measure = !o->measure.empty();
        query.percent = o->percent == "row" ? ShareOf::Row : o->percent == "column" ? ShareOf::Column : ShareOf::Total;
        if (!o->route.empty()) query.route = parse_route_choice(o->route);
        if (!o->regime.empty()) query.regime = parse_regime_choice(o->regime);
        query.as_of = resolve_as_of(o->as_of, period->last, error);
        if (!query.as_of) {
            io.err << "ascreport breakdown: " << error << '\n';
            return exit_code::usage;
        }
        const BreakdownOutcome outcome = answer_breakdown(request);
        print_messages(io, "ascreport breakdown", outcome.messages);
        if (!outcome.ok()) return exit_code::of(outcome.status);
        return write_answer(
            io, "ascreport breakdown", o->format, o->out, outcome.inputs, kPublishedFileMode,
            [&](std::int64_t created, const std::filesystem::path& scratch) {
                return breakdown_xlsx(outcome.breakdown, created, scratch);
            },
            [&](std::ostream& stream, Format format) { write_breakdown(outcome.breakdown, format, stream); });
    };
}

}  // namespace ascreport::cli
