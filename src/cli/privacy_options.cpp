#include "privacy_options.hpp"

#include <CLI/CLI.hpp>

namespace ascreport::cli {

void add_suppress_option(CLI::App& cmd, int& below, const std::string& what) {
    cmd.add_option("--suppress-below", below, "Show counts of 1 to N-1, and those that would give them away, as *, " + what)
        ->type_name("N")
        ->check(CLI::Range(2, 1000000).description("N >= 2"));
}

void add_allow_personal_data_option(CLI::App& cmd, bool& allow) {
    cmd.add_flag("--allow-personal-data", allow,
                 "Write the report even where its free text looks like personal details (listed as warnings)");
}

}  // namespace ascreport::cli
