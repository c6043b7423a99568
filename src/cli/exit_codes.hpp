// Exit statuses, the same for every subcommand, and the one place a job's status becomes one.
#pragma once

#include "ascreport/job.hpp"

namespace ascreport::exit_code {
inline constexpr int ok = 0;
inline constexpr int data_errors = 1;   // the input data has errors (each one reported)
inline constexpr int usage = 2;         // bad options, settings or template; missing folder
inline constexpr int failure = 3;       // could not write the output (disk full, permissions)
inline constexpr int incomplete = 4;    // report --final: the draft still lacks text, contacts or figures

// The exit status of a job that ended so (docs/faults.md).
constexpr int of(JobStatus status) {
    switch (status) {
        case JobStatus::Ok: return ok;
        case JobStatus::DataErrors: return data_errors;
        case JobStatus::Usage: return usage;
        case JobStatus::Failure: return failure;
        case JobStatus::Incomplete: return incomplete;
    }
    return failure;
}
}  // namespace ascreport::exit_code
