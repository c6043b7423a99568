// ascreport breakdown: count complaints (or concerns) of a period by one or two fields.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <ostream>

#include "ascreport/calendar.hpp"
#include "exit_codes.hpp"
#include "ascreport/output.hpp"
#include "ascreport/privacy.hpp"
#include "ascreport/format.hpp"
#include "common.hpp"
#include "period_options.hpp"
#include "privacy_options.hpp"

namespace ascreport::cli {
namespace {

constexpr const char* kHelp = R"(Counts the statutory complaints received in a period by one or two fields, with each
group's share of the total; --of counts concerns, compliments or Ombudsman cases instead.
Every known value of a field shows, even at zero; empty equality fields count as N/A and
an empty outcome as Open.

FIELD is a column of complaints.csv (route, outcome, method, service_area, provider,
gender, age_band, ethnicity, disability, extended) or one derived from it: timescale
(within or over 20 working days, still open, or withdrawn before a response; that last
group shows only where it counts something), month, quarter, year (received), or category
and subcategory (count the concerns raised in the complaints instead of the complaints).
--of concerns: category, subcategory and every complaint field. --of compliments: month,
quarter, year, service_area, source. --of lgsco (Ombudsman cases): decision, remedy,
decided_year, month, quarter, year. Every kind is counted by its received date (a concern
by its complaint's).

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

csv and json print canonical values (a month as 2023-04) and no total row; table and
markdown print a total row. --compare adds the same period a year earlier and the change.
--percent row (column) gives each count as a share of its first (second) field's group.
--sort count puts the largest first (hidden counts after the shown ones, in the table's
order); --top N prints the first N rows (the total covers all).
--measure working_days adds closed, median_working_days, mean_working_days and
max_working_days: working days from received to responded, as the timescale counts them.
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
    cmd->add_option("--of", o->of, "complaints (default), concerns, compliments or lgsco")
        ->type_name("RECORDS")
        ->check(CLI::IsMember({"complaints", "concerns", "compliments", "lgsco"}, CLI::ignore_case));
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
                    "working_days: add each group's closed complaints and median, mean and most working days")
        ->type_name("MEASURE")
        ->check(CLI::IsMember({"working_days"}));
    cmd->add_option("--format", o->format, "table (default), csv, json, markdown or xlsx (with --out)")
        ->type_name("FORMAT")
        ->check(CLI::IsMember({"table", "csv", "json", "markdown", "xlsx"}));
    cmd->add_option("--out", o->out, "With --format xlsx: the spreadsheet to write, whole or not at all (- for standard output)")
        ->type_name("FILE.xlsx");
    add_suppress_option(*cmd, o->suppress_below, "in every format");

    return [o, io]() {
        std::string error;
        if (!xlsx_usage_ok(io, "ascreport breakdown", o->format, o->out)) return exit_code::usage;
        const auto period = resolve_period(o->period, error);
        if (!period) {
            io.err << "ascreport breakdown: " << error << '\n';
            return exit_code::usage;
        }
        BreakdownQuery query{*period, o->by, o->where, std::nullopt, o->compare, *parse_records(o->of)};
        query.measure = !o->measure.empty();
        query.percent = o->percent == "row" ? ShareOf::Row : o->percent == "column" ? ShareOf::Column : ShareOf::Total;
        if (!o->route.empty()) query.route = parse_route_choice(o->route);
        if (error = check_query(query); !error.empty()) {
            io.err << "ascreport breakdown: " << error << '\n';
            return exit_code::usage;
        }
        int status = exit_code::ok;
        const auto loaded = load_or_report(o->data, io, status);
        if (!loaded) return status;
        const Dataset& data = loaded->loaded.dataset;
        const WorkingDayCalendar& calendar = *loaded->calendar;
        const auto names_timescale = [](const std::string& text) {
            return parse_field(text.substr(0, text.find('='))) == Field::Timescale;
        };
        if (query.measure || std::any_of(o->by.begin(), o->by.end(), names_timescale) ||
            std::any_of(o->where.begin(), o->where.end(), names_timescale))
            if (const std::string w = calendar_warning(calendar, *period); !w.empty())
                io.err << "warning: " << w << '\n';
        query.records_start = loaded->settings.figures.records_start;
        BreakdownResult result = run_breakdown(data, calendar, query);
        if (!result.ok()) {
            io.err << "ascreport breakdown: " << result.error << '\n';
            return exit_code::usage;
        }
        suppress_small_counts(result.breakdown, o->suppress_below);
        hide_revealing_shares(result.breakdown);
        hide_small_group_measures(result.breakdown, o->suppress_below);
        arrange_rows(result.breakdown, o->sort == "count" ? RowOrder::Count : RowOrder::Table, o->top);
        return write_answer(
            io, "ascreport breakdown", o->format, o->out, loaded->inputs, kPublishedFileMode,
            [&](std::int64_t created, const std::filesystem::path& scratch) {
                return breakdown_xlsx(result.breakdown, created, scratch);
            },
            [&](std::ostream& stream, Format format) { write_breakdown(result.breakdown, format, stream); });
    };
}

}  // namespace ascreport::cli
