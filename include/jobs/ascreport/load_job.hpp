// What every command that reads a data folder does first, in one place: the folder checked,
// report.toml read into its parts, the run's working days built from them, and the exports
// read as report.toml maps them (ascreport/load.hpp). The parts stay apart: a job hands each
// stage its own (settings.input to load, settings.figures to compute, settings.privacy to
// privacy, settings.council to report).
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include "ascreport/calendar.hpp"
#include "ascreport/load.hpp"
#include "ascreport/settings.hpp"

namespace ascreport {

struct DataRequest {
    LoadOptions load;  // the data folder, and which narrative files to read
    std::optional<std::filesystem::path> settings_file;  // default: DATA_DIR/report.toml
};

struct LoadedData {
    Settings settings;
    // The records as loaded; its diagnostics begin with report.toml's, then the folder's in
    // file order. settings_failed: the folder or report.toml was unusable (exit 2).
    LoadResult loaded;
    // England and Wales plus report.toml's [calendar] extra_bank_holidays, built once for the
    // whole run. Set unless loaded.settings_failed.
    std::optional<WorkingDayCalendar> calendar;
    // The files read or looked for: each export, report.toml (or the settings file given) and
    // the narrative files. What no output of the same run may replace.
    std::vector<std::filesystem::path> inputs;
};

LoadedData load_data(const DataRequest& request);

}  // namespace ascreport
