// ascreport list: the complaints behind a figure, one row each.
#include <CLI/CLI.hpp>

#include <ostream>

#include "ascreport/breakdown_job.hpp"
#include "ascreport/date.hpp"
#include "exit_codes.hpp"
#include "ascreport/output.hpp"
#include "ascreport/format.hpp"
#include "common.hpp"
#include "period_options.hpp"

namespace ascreport::cli {
namespace {

constexpr const char* kHelp = R"(Lists the complaints received in a period, one row each: the records behind a
breakdown's count. --route, --regime (adult by default) and --where select them as in
breakdown.

THE OUTPUT IDENTIFIES CASES (references, dates, personal characteristics). It is for the
complaints team's own use and must not be published: use breakdown for anything shared.
Only columns the contract reads can be listed; notes, names and other columns of the
export never are.

FIELD is a column of complaints.csv (reference, received, responded, route, outcome,
method, service_area, provider, gender, age_band, ethnicity, disability, extended, regime)
or one derived from it: working_days (received to responded, as the timescale counts them),
open_working_days (an open complaint's working days so far, to --as-of, by default the
earlier of today and the period's last day), timescale, year, quarter, month (received),
stages (how many stages the complaint reached), escalated_to_ombudsman (an lgsco.csv case
names it), and for each stage N (1, 2, 3): stageN_requested, stageN_acknowledged,
stageN_extended_to, stageN_responded, stageN_outcome (as recorded; stage3_panel too), and
stageN_on_time, stageN_acknowledgement, stageN_working_days, stageN_escalated (as
breakdown --of stages counts them, judged at --as-of; empty for an informal or refused
complaint).

Examples:
  ascreport list --data data-samples --year 2023/24 --where timescale="Over 20 working days"
  ascreport list --data data-samples --year 2023/24 --route all --where outcome=Open --fields reference,received,service_area,open_working_days --sort open_working_days:desc
  ascreport list --data data-samples --year 2023/24-Q3 --where service_area="Mental Health" --format csv
  ascreport list --data data-samples --year 2023/24 --fields reference,working_days,extended --sort working_days:desc --format json
  ascreport list --data data-samples --year 2023/24 --regime all --fields reference,regime,stages,stage1_on_time,stage1_working_days,stage2_requested,escalated_to_ombudsman

Rows come in received order (then reference); --sort FIELD orders them by that field
(FIELD:desc for the largest first; empty values last). csv and json print dates as
YYYY-MM-DD; empty fields are empty in csv and null in json.
--format xlsx --out FILE.xlsx writes a spreadsheet of the csv's values, typed, whole or not
at all; under the same SOURCE_DATE_EPOCH its bytes are the same. A new FILE is readable by
you alone (0600), since it identifies cases; a replaced one keeps its permissions. --out -
writes it to standard output (not to a terminal). An --out that is one of the input files
(an export, report.toml, a narrative file), by any path, is refused.
Exit status: 0 success, 1 errors in the data, 2 a bad option, field or value, 3 the output
could not be written.)";

struct Options {
    DataOptions data;
    PeriodOptions period;
    std::vector<std::string> where;
    std::string route;
    std::vector<std::string> fields;
    std::string sort;
    std::string as_of;
    std::string regime;
    std::string format = "table";
    std::string out;
};

}  // namespace

Runner setup_list(CLI::App& app, Streams io) {
    auto* cmd = app.add_subcommand("list", "List the complaints behind a figure, one row each (not for publishing)");
    cmd->footer(kHelp);
    auto o = std::make_shared<Options>();
    add_data_options(*cmd, o->data);
    add_period_options(*cmd, o->period);
    add_selection_options(*cmd, o->where, o->route);
    add_regime_option(*cmd, o->regime, "default: adult, or all when --where names regime");
    cmd->add_option("--fields", o->fields, std::string("The columns, separated by commas (default ") +
                                               kDefaultListFields + ")")
        ->delimiter(',')
        ->type_name("FIELD[,FIELD]...");
    cmd->add_option("--sort", o->sort, "A listed field to sort by; FIELD:desc for the largest first")
        ->type_name("FIELD[:desc]");
    cmd->add_option("--as-of", o->as_of,
                    "The day open_working_days counts to, open stages are judged at and escalations counted by "
                    "(default: the earlier of today and the period's last day)")
        ->type_name("DATE");
    cmd->add_option("--format", o->format, "table (default), csv, json, markdown or xlsx (with --out)")
        ->type_name("FORMAT")
        ->check(CLI::IsMember({"table", "csv", "json", "markdown", "xlsx"}));
    cmd->add_option("--out", o->out, "With --format xlsx: the spreadsheet to write, whole or not at all (- for standard output)")
        ->type_name("FILE.xlsx");

    return [o, io]() {
        std::string error;
        if (!xlsx_usage_ok(io, "ascreport list", o->format, o->out)) return exit_code::usage;
        const auto period = resolve_period(o->period, error);
        if (!period) {
            io.err << "ascreport list: " << error << '\n';
            return exit_code::usage;
        }
        ListRequest request{data_request(o->data), o->fields, o->sort, o->where, {}};
        ListQuery& query = request.query;
        query.period = *period;
        if (!o->route.empty()) query.route = parse_route_choice(o->route);
        if (!o->regime.empty()) query.regime = parse_regime_choice(o->regime);
        query.as_of = resolve_as_of(o->as_of, period->last, error);
        if (!query.as_of) {
            io.err << "ascreport list: " << error << '\n';
            return exit_code::usage;
        }
        const ListOutcome outcome = answer_list(request);
        print_messages(io, "ascreport list", outcome.messages);
        if (!outcome.ok()) return exit_code::of(outcome.status);
        // It identifies cases: a new workbook is its owner's alone.
        return write_answer(
            io, "ascreport list", o->format, o->out, outcome.inputs, kPrivateFileMode,
            [&](std::int64_t created, const std::filesystem::path& scratch) {
                return case_list_xlsx(outcome.list, created, scratch);
            },
            [&](std::ostream& stream, Format format) { write_case_list(outcome.list, format, stream); });
    };
}

}  // namespace ascreport::cli
