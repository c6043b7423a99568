// --year PERIOD, or --from DATE --to DATE: the reporting period of a subcommand.
#pragma once

#include <optional>
#include <string>

#include "ascreport/calendar.hpp"
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

// The period the options name, or nullopt with `error` set to a usage message that lists the
// accepted forms.
std::optional<Period> resolve_period(const PeriodOptions& options, std::string& error);

// A warning (without "warning: ") when the period or the one compared with reaches outside the
// years the bank-holiday list covers: there only weekends are skipped, so a timescale may count
// a bank holiday as a working day. Empty when the calendar covers both.
std::string calendar_warning(const WorkingDayCalendar& calendar, const Period& period);

}  // namespace ascreport::cli
