// ascreport check-template as a job: a report template folder built with the report's own
// grammar, for a data folder or for a council that has given nothing.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <vector>
#include <string>

#include "ascreport/date.hpp"
#include "ascreport/job.hpp"

namespace ascreport {

struct CheckTemplateRequest {
    std::filesystem::path template_dir;                  // holds template.toml
    std::optional<std::filesystem::path> data_dir;       // none: no records, no report.toml
    std::optional<std::filesystem::path> settings_file;  // default DATA/report.toml, or none
    FinancialYear year;                                  // the caller's default: this financial year
    // 1 to 4: built for that quarter of `year` (the template's periods must include "quarter");
    // nullopt: for the year, or, when the template is for quarters only, for its first quarter.
    std::optional<int> quarter = std::nullopt;
    // The other templates a council runs on the same data folder (the CLI: the shipped ones).
    // A DATA/narrative/NAME.md that one of them includes is theirs, not a stray file.
    std::vector<std::filesystem::path> other_templates = {};
};

struct CheckTemplateOutcome : JobOutcome {
    // messages: the load's (with --data), report.toml's, then the template's errors and
    // warnings. Status Usage when the template has errors.
    std::size_t errors = 0, warnings = 0;  // the template's
    bool checked = false;                  // the template was built (the summary line is due)
};

CheckTemplateOutcome run_check_template(const CheckTemplateRequest& request);

}  // namespace ascreport
