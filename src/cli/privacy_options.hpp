// --suppress-below N (report, breakdown, figures) and --allow-personal-data (report): the
// options of the privacy stage (ascreport/privacy.hpp), and the report's personal-data check.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "ascreport/dataset.hpp"
#include "ascreport/figures.hpp"
#include "commands.hpp"

namespace CLI {
class App;
}

namespace ascreport::cli {

// Adds --suppress-below N (N from 2; 0, the default, shows every count). `what` ends the help
// line, saying which tables it applies to.
void add_suppress_option(CLI::App& cmd, int& below, const std::string& what);

// Adds --allow-personal-data.
void add_allow_personal_data_option(CLI::App& cmd, bool& allow);

// The report's check before it is built: scans the free text the report would publish (after
// redaction; `redacted` replacements were made in the data) and prints each finding to
// stderr as FILE:LINE: column NAME: .... Returns the exit status to stop with (1) when
// something looks like personal data and `allow` is false; nullopt to go on.
std::optional<int> check_personal_data(const Dataset& data, const Figures& figures, const std::string& data_dir,
                                       std::size_t redacted, bool allow, Streams io);

}  // namespace ascreport::cli
