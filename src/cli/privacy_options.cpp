#include "privacy_options.hpp"

#include <CLI/CLI.hpp>

#include <ostream>

#include "ascreport/exit_codes.hpp"
#include "ascreport/load.hpp"
#include "ascreport/privacy.hpp"

namespace ascreport::cli {

void add_suppress_option(CLI::App& cmd, int& below, const std::string& what) {
    cmd.add_option("--suppress-below", below, "Show counts of 1 to N-1, and one that would give them away, as *, " + what)
        ->type_name("N")
        ->check(CLI::Range(2, 1000000).description("N >= 2"));
}

void add_allow_personal_data_option(CLI::App& cmd, bool& allow) {
    cmd.add_flag("--allow-personal-data", allow,
                 "Write the report even where its free text looks like personal details (listed as warnings)");
}

std::optional<int> check_personal_data(const Dataset& data, const Figures& figures, const std::string& data_dir,
                                       std::size_t redacted, bool allow, Streams io) {
    if (redacted > 0)
        io.err << "ascreport report: " << redacted << (redacted == 1 ? " name" : " names")
               << " on the [privacy] redact list of " << (data.settings.source.empty() ? std::string("report.toml") : data.settings.source.string())
               << (redacted == 1 ? " was" : " were") << " replaced by (Name)\n";
    const Diagnostics found = check_published_text(published_text(data, figures, data_dir),
                                                   PublishedValues::from_settings(data.settings), allow);
    for (const auto& d : found.items) io.err << d.format() << '\n';
    const std::size_t n = found.error_count();
    if (n == 0) return std::nullopt;
    io.err << "ascreport report: " << n << (n == 1 ? " piece" : " pieces")
           << " of text that the report would publish look" << (n == 1 ? "s" : "")
           << " like personal details; no report was written\n";
    return exit_code::data_errors;
}

}  // namespace ascreport::cli
