// --year PERIOD, or --from DATE --to DATE: the reporting period of a subcommand.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ascreport/period.hpp"

namespace CLI {
class App;
}

namespace ascreport::cli {

struct PeriodOptions {
    std::string year;  // "2023/24", "2023-24", "2023/24-Q3"
    std::string from, to;
};

void add_period_options(CLI::App& cmd, PeriodOptions& options);

// --where FIELD=VALUE (repeatable) and --route: which records of the period a subcommand
// (breakdown, list) takes.
void add_selection_options(CLI::App& cmd, std::vector<std::string>& where, std::string& route);
// --regime adult|children|corporate|all (or a regime's label, in any case); `defaults` says
// which regimes are counted without it.
void add_regime_option(CLI::App& cmd, std::string& regime, const std::string& defaults);

// The period the options name, or nullopt with `error` set to a usage message that lists the
// accepted forms.
std::optional<Period> resolve_period(const PeriodOptions& options, std::string& error);

}  // namespace ascreport::cli
