// --suppress-below N (report, breakdown, figures) and --allow-personal-data (report): the
// options of the privacy stage (ascreport/privacy.hpp). The report's personal-data scan itself
// is run_report's (ascreport/publish.hpp).
#pragma once

#include <string>

namespace CLI {
class App;
}

namespace ascreport::cli {

// Adds --suppress-below N (N from 2; 0, the default, shows every count). `what` ends the help
// line, saying which tables it applies to.
void add_suppress_option(CLI::App& cmd, int& below, const std::string& what);

// Adds --allow-personal-data.
void add_allow_personal_data_option(CLI::App& cmd, bool& allow);

}  // namespace ascreport::cli
