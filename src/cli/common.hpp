// What several subcommands share: the data-folder options and loading with messages.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <ostream>
#include <optional>
#include <string>
#include <string_view>

#include "ascreport/exit_codes.hpp"
#include "ascreport/load.hpp"
#include "ascreport/terminal.hpp"
#include "ascreport/query.hpp"
#include "commands.hpp"

namespace CLI {
class App;
}

namespace ascreport::cli {

struct DataOptions {
    std::string data;
    std::string settings;  // empty: DATA/report.toml
};

// Adds --data (required) and --settings to a subcommand.
void add_data_options(CLI::App& cmd, DataOptions& options);

// Loads the folder and prints every error and warning to stderr (notes are validate's to
// print), then on errors a line counting them. `status`: 0, 1 for data errors, 2 for settings
// or folder errors.
LoadResult load_and_report(const DataOptions& options, Streams io, int& status);
// The same, nullopt unless the folder loaded without errors.
std::optional<LoadResult> load_or_report(const DataOptions& options, Streams io, int& status);

// Flushes standard output after a command wrote its result there. When the write failed (a
// full disk, a closed pipe) says so on standard error, naming `command` ("ascreport
// validate"), and returns exit_code::failure; otherwise `status`.
int finish_output(Streams io, std::string_view command, int status);
// Says that standard output could not be written (with the reason `err`, an errno, when not 0)
// and returns exit_code::failure.
int output_failed(Streams io, std::string_view command, int err);

// The same for output meant to be read (a table, validate's summary): `write(stream)` prints
// it through terminal_safe, so a control character from the data shows as \x1b or \u009b
// wherever the output goes. Machine formats (csv, json) are written to io.out as they are.
template <class Write>
int finish_human_output(Streams io, std::string_view command, int status, Write&& write) {
    TerminalSafeStream safe(io.out);
    write(static_cast<std::ostream&>(safe));
    if (!safe.flush()) return output_failed(io, command, safe.failure());
    return finish_output(io, command, status);
}

// SOURCE_DATE_EPOCH when set (reproducible output), else now; nullopt with `error` set when it
// is not a whole number of seconds.
std::optional<std::int64_t> creation_time(std::string& error);

// --format xlsx --out FILE: writes the workbook (made with `make`, given the creation time) to
// FILE whole or not at all, and returns the exit status, saying on stderr what failed as
// `command` ("ascreport breakdown").
// --out goes with --format xlsx and with nothing else: false, having said so on stderr as
// `command`, when they do not match.
bool xlsx_usage_ok(Streams io, std::string_view command, const std::string& format, const std::string& out);
int write_xlsx(Streams io, std::string_view command, const std::string& out,
               const std::function<XlsxResult(std::int64_t)>& make);

// An answer (a breakdown, a case list) in the --format asked for: xlsx to --out through
// write_xlsx (`xlsx(created)` makes the workbook); csv and json to standard output as exact
// data; table and markdown through the terminal-safe printer. `write(stream, format)` writes
// the answer. Returns the exit status.
template <class MakeXlsx, class Write>
int write_answer(Streams io, std::string_view command, const std::string& format_name, const std::string& out,
                 MakeXlsx&& xlsx, Write&& write) {
    if (format_name == "xlsx") return write_xlsx(io, command, out, xlsx);
    const Format format = *parse_format(format_name);
    if (format == Format::Csv || format == Format::Json) {
        write(io.out, format);
        return finish_output(io, command, exit_code::ok);
    }
    return finish_human_output(io, command, exit_code::ok, [&](std::ostream& stream) { write(stream, format); });
}

}  // namespace ascreport::cli
