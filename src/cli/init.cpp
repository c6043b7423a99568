// ascreport init: a starter report.toml for a council's own exports, on standard output.
#include <CLI/CLI.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <ostream>

#include "exit_codes.hpp"
#include "ascreport/init_job.hpp"
#include "common.hpp"

namespace ascreport::cli {
namespace {

constexpr const char* kHelp = R"(Reads the exports in a data folder (every CSV file, its kind by its contract name or
its headers; their encoding, dates and the values of each column) and prints a starter
report.toml on standard output:
  [files.*] for an export under its own name (the Adult Social Care rows of one that
  holds several directorates, rows that are not records); [input] encoding and date_format when the files need them, and age_bands when the
  export has its own; [columns.*] for each header it recognises by name (its own, or
  one of the names case systems use); [values.*] for each spelling it can place
  (Partially Upheld, E-mail, Telephone, Not Known, Stage 2 - Investigation, ...);
  [concerns] from issue columns, and one_row_per_issue or [complaints]
  one_row_per_stage when a complaint spans a row per issue or a row per stage;
  and a commented line marked
  TODO, with its count, for each header or spelling it could not place for sure.
It never writes a file. Save the output as DIR/report.toml, fill in the council's
details and the TODO lines, then run 'ascreport validate --data DIR'.
docs/init.md lists the names it knows and how it decides.

Examples:
  ascreport init --data exports/2024 > exports/2024/report.toml
  ascreport init --data exports/2024 | less
  ascreport init --data exports/2024 > suggested.toml && diff exports/2024/report.toml suggested.toml

Exit status: 0 success, 2 no such folder, or no complaints export in it,
3 the output could not be written.)";

// Whether standard output is `path` itself (ascreport init --data D > D/report.toml): the
// shell has already replaced the file, so "it is not changed" would be wrong.
bool stdout_is(const std::filesystem::path& path) {
    struct stat out {}, file {};
    return ::fstat(STDOUT_FILENO, &out) == 0 && ::stat(path.c_str(), &file) == 0 && out.st_dev == file.st_dev &&
           out.st_ino == file.st_ino;
}

}  // namespace

Runner setup_init(CLI::App& app, Streams io) {
    auto* cmd = app.add_subcommand("init", "Print a starter report.toml for a folder of exports");
    cmd->footer(kHelp);
    auto data = std::make_shared<std::string>();
    cmd->add_option("--data", *data, "Data folder holding complaints.csv and the other exports")
        ->required()
        ->type_name("DIR");
    return [data, io]() {
        const std::filesystem::path folder = *data;
        const InitOutcome outcome = run_init({folder, stdout_is(folder / "report.toml")});
        print_messages(io, "ascreport init", outcome.messages);
        if (!outcome.ok()) return exit_code::of(outcome.status);
        io.out << outcome.settings;
        return finish_output(io, "ascreport init", exit_code::ok);
    };
}

}  // namespace ascreport::cli
