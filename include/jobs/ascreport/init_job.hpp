// ascreport init as a job: what a folder of exports holds, and the starter report.toml for it.
#pragma once

#include <filesystem>
#include <string>

#include "ascreport/job.hpp"

namespace ascreport {

struct InitRequest {
    std::filesystem::path data_dir;
    // The caller's output is DATA/report.toml itself (`init --data D > D/report.toml`): the
    // shell has already replaced it, so no "already exists and is not changed".
    bool output_is_settings_file = false;
};

struct InitOutcome : JobOutcome {
    // messages: why the folder cannot be read (Usage), or that report.toml exists, and a warning
    // for each file that could not be read (a TODO in the starter).
    std::string settings;  // the starter report.toml (empty unless ok())
};

InitOutcome run_init(const InitRequest& request);

}  // namespace ascreport
