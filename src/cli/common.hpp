// What several subcommands share: the data-folder options, a job's messages printed, and
// standard output and --out written.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <ostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "exit_codes.hpp"
#include "ascreport/date.hpp"
#include "ascreport/job.hpp"
#include "ascreport/load_job.hpp"
#include "ascreport/terminal.hpp"
#include "ascreport/format.hpp"
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
// How the options load the folder.
DataRequest data_request(const DataOptions& options);

// The folders of the shipped report templates (report-templates/, each template a folder of it),
// in the order searched: beside the installed binary (PREFIX/bin/ascreport ->
// PREFIX/share/ascreport/report-templates), the source tree the binary was built from (only for
// the binary in its build folder: an installed or packaged copy finds its own share folder or
// says so, even on the machine that built it), the install prefix it was configured with, the
// current folder. `report` and `check-template` find a template NAME (and the default,
// annual-report) in them.
std::vector<std::filesystem::path> shipped_template_roots();

// Prints a job's messages on standard error, in order; `command` ("ascreport validate") begins
// the job's own words.
void print_messages(Streams io, std::string_view command, const std::vector<JobMessage>& messages);

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

// --as-of DATE (figures, report): the day open stages are judged at and escalations counted by.
void add_as_of_option(CLI::App& cmd, std::string& as_of);
// The --as-of day: the date given, or the earlier of today (creation_time's day, so
// SOURCE_DATE_EPOCH fixes it) and `last`, the period's last day. nullopt with `error` set (a
// usage message) when the text is not a date or SOURCE_DATE_EPOCH is not a number.
std::optional<Date> resolve_as_of(const std::string& as_of, Date last, std::string& error);

// --out goes with --format xlsx and with nothing else, and a workbook is not written to a
// terminal: false, having said so on stderr as `command` ("ascreport breakdown"), when they do
// not match, or when --out is standard output (-, /dev/stdout) and that is a terminal.
bool xlsx_usage_ok(Streams io, std::string_view command, const std::string& format, const std::string& out);

// Makes a workbook, given its creation time and a private folder for libxlsxwriter's files.
using MakeXlsx = std::function<XlsxResult(std::int64_t created, const std::filesystem::path& scratch)>;

// --format xlsx --out FILE: writes the workbook `make` makes to FILE, whole or not at all, as
// write_out does (refused when FILE is one of `inputs`; standard output for - or /dev/stdout;
// a new FILE gets `new_file_mode`), with no status line. The workbook's temporary files go in
// a ScratchFolder (ascreport/output.hpp) in TMPDIR (/tmp when it is not set), or, when that
// is no folder it can write in, in FILE's folder (the current folder for standard output).
// Text cut to fit a cell is a warning. Returns the exit status, having said on stderr what
// failed, as `command`.
int write_xlsx(Streams io, std::string_view command, const std::string& out, const std::vector<std::filesystem::path>& inputs,
               unsigned new_file_mode, const MakeXlsx& make);

// An answer (a breakdown, a case list) in the --format asked for: xlsx through write_xlsx
// (`xlsx(created, scratch)` makes the workbook; `inputs` and `new_file_mode` as it says); csv
// and json to standard output as exact data; table and markdown through the terminal-safe
// printer. `write(stream, format)` writes the answer. Returns the exit status.
template <class Write>
int write_answer(Streams io, std::string_view command, const std::string& format_name, const std::string& out,
                 const std::vector<std::filesystem::path>& inputs, unsigned new_file_mode, const MakeXlsx& xlsx,
                 Write&& write) {
    if (format_name == "xlsx") return write_xlsx(io, command, out, inputs, new_file_mode, xlsx);
    const Format format = *parse_format(format_name);
    if (format == Format::Csv || format == Format::Json) {
        write(io.out, format);
        return finish_output(io, command, exit_code::ok);
    }
    return finish_human_output(io, command, exit_code::ok, [&](std::ostream& stream) { write(stream, format); });
}

}  // namespace ascreport::cli
