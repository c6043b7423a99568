// ascreport figures: every figure of the annual report, as JSON (or text) for pipelines.
#include <CLI/CLI.hpp>

#include <ostream>

#include "exit_codes.hpp"
#include "ascreport/figures_job.hpp"
#include "ascreport/output.hpp"
#include "ascreport/format.hpp"
#include "common.hpp"
#include "period_options.hpp"
#include "privacy_options.hpp"

namespace ascreport::cli {
namespace {

constexpr const char* kHelp = R"(Prints every figure of the annual report for a period: the machine-readable twin of
the report, with stable keys in a stable order (docs/figures-json.md lists each key), so
a pipeline can keep it and diff it from year to year. Counts are exact; percentages are
whole numbers rounded half up. --format text prints the same figures as tables.
--suppress-below N hides the small counts of the equality tables (gender, age_band,
ethnicity, disability) as the report does: null with "suppressed": true in JSON, * in text.
The figures of each regime and stage (adult social care, children's social care's three
stages, corporate complaints' two, under "regimes") time each stage against report.toml
[time_limits]; a stage with no response is open within its time or overdue on the --as-of
day (default: the earlier of today, SOURCE_DATE_EPOCH's day when it is set, and the
period's last day), and escalations count when requested by that day.
--format xlsx --out FILE.xlsx writes a spreadsheet: key_figures, then a sheet for each
table with a native chart beside each table a template can chart, and the monthly
complaints and compliments with theirs; under the same SOURCE_DATE_EPOCH its bytes are
the same. A new FILE is 0644 (less the umask), a replaced one keeps its permissions; --out -
writes it to standard output (not to a terminal); an --out that is one of the input files,
by any path, is refused.

Examples:
  ascreport figures --data data-samples --year 2023/24
  ascreport figures --data data-samples --year 2023/24 --format text
  ascreport figures --data data-samples --year 2023/24-Q3 > figures-q3.json
  ascreport figures --data data-samples --from 2023-10-01 --to 2023-12-31
  ascreport figures --data data-samples --year 2023/24 --suppress-below 5
  ascreport figures --data data-samples --year 2023/24 --as-of 2024-06-30

Exit status: 0 success, 1 errors in the data, 2 a bad option or settings file, 3 the
output could not be written.)";

struct Options {
    DataOptions data;
    PeriodOptions period;
    std::string format = "json";
    std::string out;
    int suppress_below = 0;
    std::string as_of;
};

}  // namespace

Runner setup_figures(CLI::App& app, Streams io) {
    auto* cmd = app.add_subcommand("figures", "Print every figure of the report (JSON, text, or a spreadsheet with --out)");
    cmd->footer(kHelp);
    auto o = std::make_shared<Options>();
    add_data_options(*cmd, o->data);
    add_period_options(*cmd, o->period);
    cmd->add_option("--format", o->format, "json (default), text or xlsx (with --out)")
        ->type_name("FORMAT")
        ->check(CLI::IsMember({"json", "text", "xlsx"}));
    cmd->add_option("--out", o->out, "With --format xlsx: the spreadsheet to write, whole or not at all (- for standard output)")
        ->type_name("FILE.xlsx");
    add_suppress_option(*cmd, o->suppress_below, "in the equality tables as the report does");
    add_as_of_option(*cmd, o->as_of);

    return [o, io]() {
        std::string error;
        if (!xlsx_usage_ok(io, "ascreport figures", o->format, o->out)) return exit_code::usage;
        const auto period = resolve_period(o->period, error);
        if (!period) {
            io.err << "ascreport figures: " << error << '\n';
            return exit_code::usage;
        }
        const auto as_of = resolve_as_of(o->as_of, period->last, error);
        if (!as_of) {
            io.err << "ascreport figures: " << error << '\n';
            return exit_code::usage;
        }
        const FiguresOutcome outcome = run_figures({data_request(o->data), *period, o->suppress_below, *as_of});
        print_messages(io, "ascreport figures", outcome.messages);
        if (!outcome.ok()) return exit_code::of(outcome.status);
        const Figures& figures = outcome.figures;
        if (o->format == "xlsx")
            return write_xlsx(io, "ascreport figures", o->out, outcome.inputs, kPublishedFileMode,
                              [&](std::int64_t created, const std::filesystem::path& scratch) {
                                  return figures_xlsx(figures, created, scratch);
                              });
        if (o->format == "text")
            return finish_human_output(io, "ascreport figures", exit_code::ok,
                                       [&](std::ostream& out) { write_figures_text(figures, out); });
        write_figures_json(figures, io.out);
        return finish_output(io, "ascreport figures", exit_code::ok);
    };
}

}  // namespace ascreport::cli
