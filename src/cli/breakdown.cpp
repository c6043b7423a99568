// ascreport breakdown: count complaints (or concerns) of a period by one or two fields.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <ostream>

#include "ascreport/calendar.hpp"
#include "ascreport/exit_codes.hpp"
#include "ascreport/privacy.hpp"
#include "ascreport/query.hpp"
#include "common.hpp"
#include "period_options.hpp"
#include "privacy_options.hpp"

namespace ascreport::cli {
namespace {

constexpr const char* kHelp = R"(Counts the statutory complaints received in a period by one or two fields, with each
group's share of the total. Every known value of a field shows, even at zero; empty
equality fields count as N/A and an empty outcome as Open.

FIELD is a column of complaints.csv (route, outcome, method, service_area, provider,
gender, age_band, ethnicity, disability) or one derived from it: timescale
(within or over 20 working days, still open, or withdrawn before a response; that last
group shows only where it counts something), month, quarter, year (received), or category
(counts the concerns raised in the complaints instead of the complaints).

Examples:
  ascreport breakdown --data data-samples --year 2023/24 --by outcome
  ascreport breakdown --data data-samples --year 2023/24 --by outcome --compare
  ascreport breakdown --data data-samples --year 2023/24 --by service_area,timescale --format csv
  ascreport breakdown --data data-samples --year 2023/24 --by month --where outcome=Upheld --where "outcome=Partly upheld"
  ascreport breakdown --data data-samples --year 2023/24-Q3 --by category --format markdown
  ascreport breakdown --data data-samples --from 2023-10-01 --to 2023-12-31 --by route
  ascreport breakdown --data data-samples --year 2023/24 --by method --route all --format json
  ascreport breakdown --data data-samples --year 2023/24 --by ethnicity --suppress-below 5 --format csv

csv and json print canonical values (a month as 2023-04) and no total row; table and
markdown print a total row. --compare adds the same period a year earlier and the change.
--suppress-below N shows counts from 1 to N-1 as * (with their percentages and changes),
a total of 1 to N-1 too, and more counts where a hidden one could be worked out from a
total or, with two fields, from the one-field tables (docs/privacy.md): in csv, table and
markdown as *, in json as null with "suppressed": true.
Exit status: 0 success, 1 errors in the data, 2 a bad option, field or value.)";

struct Options {
    DataOptions data;
    PeriodOptions period;
    std::vector<std::string> by;
    std::vector<std::string> where;
    std::string route;
    bool compare = false;
    std::string format = "table";
    int suppress_below = 0;
};

}  // namespace

Runner setup_breakdown(CLI::App& app, Streams io) {
    auto* cmd = app.add_subcommand("breakdown", "Count complaints of a period by one or two fields");
    cmd->footer(kHelp);
    auto o = std::make_shared<Options>();
    add_data_options(*cmd, o->data);
    add_period_options(*cmd, o->period);
    cmd->add_option("--by", o->by, "One or two fields, separated by a comma")
        ->required()
        ->delimiter(',')
        ->type_name("FIELD[,FIELD]");
    cmd->add_option("--where", o->where, "Only records with FIELD=VALUE (repeat for more conditions)")
        ->type_name("FIELD=VALUE")
        ->allow_extra_args(false);
    cmd->add_option("--route", o->route, "statutory (default), informal, corporate or all")
        ->type_name("ROUTE")
        ->check(CLI::IsMember({"statutory", "informal", "corporate", "all"}, CLI::ignore_case));
    cmd->add_flag("--compare", o->compare, "Add the previous period's count and the change");
    cmd->add_option("--format", o->format, "table (default), csv, json or markdown")
        ->type_name("FORMAT")
        ->check(CLI::IsMember({"table", "csv", "json", "markdown"}));
    add_suppress_option(*cmd, o->suppress_below, "in every format");

    return [o, io]() {
        std::string error;
        const auto period = resolve_period(o->period, error);
        if (!period) {
            io.err << "ascreport breakdown: " << error << '\n';
            return exit_code::usage;
        }
        BreakdownQuery query{*period, o->by, o->where, std::nullopt, o->compare};
        if (!o->route.empty()) query.route = parse_route_choice(o->route);
        if (error = check_query(query); !error.empty()) {
            io.err << "ascreport breakdown: " << error << '\n';
            return exit_code::usage;
        }
        int status = exit_code::ok;
        const auto loaded = load_or_report(o->data, io, status);
        if (!loaded) return status;
        const Dataset& data = loaded->dataset;
        const WorkingDayCalendar& calendar = *loaded->calendar;
        const auto names_timescale = [](const std::string& text) {
            return parse_field(text.substr(0, text.find('='))) == Field::Timescale;
        };
        if (std::any_of(o->by.begin(), o->by.end(), names_timescale) ||
            std::any_of(o->where.begin(), o->where.end(), names_timescale))
            if (const std::string w = calendar_warning(calendar, *period); !w.empty())
                io.err << "warning: " << w << '\n';
        BreakdownResult result = run_breakdown(data, calendar, query);
        if (!result.ok()) {
            io.err << "ascreport breakdown: " << result.error << '\n';
            return exit_code::usage;
        }
        suppress_small_counts(result.breakdown, o->suppress_below);
        const Format format = *parse_format(o->format);
        if (format == Format::Csv || format == Format::Json) {
            write_breakdown(result.breakdown, format, io.out);
            return finish_output(io, "ascreport breakdown", exit_code::ok);
        }
        return finish_human_output(io, "ascreport breakdown", exit_code::ok,
                                   [&](std::ostream& out) { write_breakdown(result.breakdown, format, out); });
    };
}

}  // namespace ascreport::cli
