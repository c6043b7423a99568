#include <CLI/CLI.hpp>

#include <ostream>

#include "ascreport/exit_codes.hpp"
#include "ascreport/load.hpp"
#include "cli/commands.hpp"

namespace ascreport::cli {

Runner setup_validate(CLI::App& app, Streams io) {
    auto* cmd = app.add_subcommand("validate", "Check a data folder against the input format");
    auto data = std::make_shared<std::string>();
    cmd->add_option("--data", *data, "Data folder (complaints.csv, ...)")->required();
    return [data, io]() {
        LoadOptions opts;
        opts.data_dir = *data;
        LoadResult r = load_data_folder(opts);
        for (const auto& d : r.diagnostics.items) io.err << d.format() << '\n';
        return r.diagnostics.has_errors() ? exit_code::data_errors : exit_code::ok;
    };
}

}  // namespace ascreport::cli
