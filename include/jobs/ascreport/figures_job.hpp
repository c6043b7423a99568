// ascreport figures as a job: every figure of the annual report for a period, from the text as
// the report prints it (normalised, and the [privacy] redact names replaced by "(Name)").
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <vector>

#include "ascreport/figures.hpp"
#include "ascreport/job.hpp"
#include "ascreport/load_job.hpp"
#include "ascreport/period.hpp"

namespace ascreport {

struct FiguresRequest {
    DataRequest data;
    Period period;
    int suppress_below = 0;  // the equality tables hide counts 1 to N-1; 0 shows all
    // The day open stages are judged at and escalations counted by (--as-of; the caller's
    // default: the earlier of today and the period's last day); nullopt: the period's last day.
    std::optional<Date> as_of;
};

struct FiguresOutcome : JobOutcome {
    Figures figures;                            // set when ok()
    std::size_t redacted = 0;                   // replacements of redact names by "(Name)"
    std::vector<std::filesystem::path> inputs;  // what no output of the run may replace
};

FiguresOutcome run_figures(const FiguresRequest& request);

}  // namespace ascreport
