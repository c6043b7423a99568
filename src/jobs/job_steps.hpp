// The steps the jobs share (private to the jobs stage).
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "ascreport/calendar.hpp"
#include "ascreport/job.hpp"
#include "ascreport/load_job.hpp"
#include "ascreport/privacy.hpp"

namespace ascreport::jobs {

// load_data, with what it found added to `out`: every error and warning (notes are validate's
// to show), then on errors the line counting them; the status Usage (the folder or report.toml)
// or DataErrors.
LoadedData load_with_messages(const DataRequest& request, JobOutcome& out);
// The same, the loaded data unless it failed.
std::optional<LoadedData> load_for(const DataRequest& request, JobOutcome& out);

// The loaded records as the report prints them (normalised, redact names as "(Name)"), and,
// when names were replaced, a message saying how many (as the report says it).
PrintableData printable_for(LoadedData& loaded, JobOutcome& out);

// The folder loaded (load_for) and made printable (printable_for): the settings and calendar of
// `loaded` (its Dataset moved into `printed`). `out.inputs` and `out.redacted` are set.
struct PrintableRun {
    LoadedData loaded;
    PrintableData printed;
};
template <class Outcome>
std::optional<PrintableRun> load_printable(const DataRequest& request, Outcome& out) {
    std::optional<LoadedData> loaded = load_for(request, out);
    if (!loaded) return std::nullopt;
    out.inputs = loaded->inputs;
    PrintableData printed = printable_for(*loaded, out);
    out.redacted = printed.redacted;
    return PrintableRun{std::move(*loaded), std::move(printed)};
}

// The calendar's warning for the period (working days outside the bank holiday list's years
// skip weekends only), when it has one.
void warn_calendar(const WorkingDayCalendar& calendar, const Period& period, JobOutcome& out);

// "N names on the [privacy] redact list of report.toml were replaced by (Name)".
std::string redacted_message(std::size_t redacted, const Settings& settings);

}  // namespace ascreport::jobs
