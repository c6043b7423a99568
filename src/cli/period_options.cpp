#include "period_options.hpp"

#include <CLI/CLI.hpp>

#include "ascreport/breakdown.hpp"

namespace ascreport::cli {

namespace {

constexpr const char* kForms =
    "give the period as --year 2023/24 (or 2023-24), --year 2023/24-Q3 for a quarter (Q1 is April to June), "
    "or --from 2023-10-01 --to 2023-12-31 (dates as YYYY-MM-DD or DD/MM/YYYY)";

}  // namespace

void add_selection_options(CLI::App& cmd, std::vector<std::string>& where, std::string& route) {
    cmd.add_option("--where", where, "Only records with FIELD=VALUE (repeat for more conditions)")
        ->type_name("FIELD=VALUE")
        ->allow_extra_args(false);
    cmd.add_option("--route", route, "statutory (default), informal, corporate or all")
        ->type_name("ROUTE")
        ->check(CLI::IsMember({"statutory", "informal", "corporate", "all"}, CLI::ignore_case));
}

void add_regime_option(CLI::App& cmd, std::string& regime, const std::string& defaults) {
    cmd.add_option("--regime", regime, "adult, children, corporate or all (" + defaults + ")")
        ->type_name("REGIME")
        ->check(
            [](const std::string& value) -> std::string {
                if (parse_regime_choice(value)) return "";
                return "\"" + value +
                       "\" is no regime: write adult, children, corporate or all (or Adult social care, Children's "
                       "social care, Corporate)";
            },
            "REGIME");
}

void add_period_options(CLI::App& cmd, PeriodOptions& options) {
    cmd.add_option("--year", options.year, "Financial year (2023/24 or 2023-24) or quarter (2023/24-Q3)")
        ->type_name("PERIOD");
    cmd.add_option("--from", options.from, "First day of a date range (with --to)")->type_name("DATE");
    cmd.add_option("--to", options.to, "Last day of a date range (with --from)")->type_name("DATE");
}

std::optional<Period> resolve_period(const PeriodOptions& o, std::string& error) {
    const bool range = !o.from.empty() || !o.to.empty();
    if (!o.year.empty() && range) {
        error = "--year cannot be combined with --from/--to; " + std::string(kForms);
        return std::nullopt;
    }
    if (!o.year.empty()) {
        if (auto p = parse_period(o.year)) return p;
        error = "--year " + o.year + " is not a period; " + kForms;
        return std::nullopt;
    }
    if (!range) {
        error = std::string("no period given; ") + kForms;
        return std::nullopt;
    }
    if (o.from.empty() || o.to.empty()) {
        error = std::string("--from and --to go together; ") + kForms;
        return std::nullopt;
    }
    const auto from = parse_date(o.from), to = parse_date(o.to);
    if (!from || !to) {
        error = "--" + std::string(from ? "to " + o.to : "from " + o.from) + " is not a date; " + kForms;
        return std::nullopt;
    }
    if (auto p = make_range(*from, *to)) return p;
    error = "--from " + o.from + " is after --to " + o.to + "; " + kForms;
    return std::nullopt;
}

}  // namespace ascreport::cli
