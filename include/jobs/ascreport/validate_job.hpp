// ascreport validate as a job: a data folder checked against the input format, and what the
// command shows of it.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "ascreport/job.hpp"
#include "ascreport/load.hpp"
#include "ascreport/load_job.hpp"

namespace ascreport {

struct ValidateRequest {
    DataRequest data;  // the folder, and report.toml (default DATA/report.toml)
};

struct ValidateOutcome : JobOutcome {
    // messages: every error and warning of the load (notes are below), then on data errors the
    // line counting them. Status Ok (valid), DataErrors, or Usage (the folder or report.toml).
    std::filesystem::path data_dir;
    // Which header each contract column was read from, file by file (empty on Usage).
    std::vector<HeaderUse> headers;
    // When valid: the rows of each file per financial year, whether report.toml was read,
    // whether concerns.csv's rows came from complaints.csv ([concerns]), the loader's notes, the
    // spellings counted together, and how many warnings the messages hold.
    std::vector<FileRowCount> rows;
    bool settings_read = false;
    bool concerns_from_complaints = false;
    std::vector<Diagnostic> notes;
    // The years treated as partial (not compared with: ascreport/coverage.hpp), each with why:
    // "2021/22 is treated as partial: complaints only from 10 January 2022 (...); it is not
    // compared with 2022/23".
    std::vector<std::string> partial_years;
    Diagnostics spellings;
    std::size_t warnings = 0;
};

ValidateOutcome run_validate(const ValidateRequest& request);

}  // namespace ascreport
