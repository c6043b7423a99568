// Exit statuses, the same for every subcommand.
#pragma once

namespace ascreport::exit_code {
inline constexpr int ok = 0;
inline constexpr int data_errors = 1;   // the input data has errors (each one reported)
inline constexpr int usage = 2;         // bad options, settings or template; missing folder
inline constexpr int failure = 3;       // could not write the output (disk full, permissions)
inline constexpr int incomplete = 4;    // report --final: the draft still lacks text, contacts or figures
}  // namespace ascreport::exit_code
