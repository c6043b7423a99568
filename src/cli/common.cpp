#include "common.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <ctime>
#include <cstring>
#include <ostream>

#include <unistd.h>

#include "build_tree.hpp"
#include "exit_codes.hpp"
#include "ascreport/output.hpp"
#include "write_out.hpp"

namespace ascreport::cli {

void add_data_options(CLI::App& cmd, DataOptions& options) {
    cmd.add_option("--data", options.data, "Data folder holding complaints.csv and the other exports")
        ->required()
        ->type_name("DIR");
    cmd.add_option("--settings", options.settings, "Settings file (default: DIR/report.toml)")->type_name("FILE");
}

DataRequest data_request(const DataOptions& options) {
    DataRequest request;
    request.load.data_dir = options.data;
    if (!options.settings.empty()) request.settings_file = options.settings;
    return request;
}

std::vector<std::filesystem::path> shipped_template_roots() {
    namespace fs = std::filesystem;
    const fs::path shipped = "report-templates";
    std::vector<fs::path> roots;
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) roots.push_back(exe.parent_path().parent_path() / "share/ascreport" / shipped);
    if (std::error_code same; !ec && fs::equivalent(exe.parent_path(), build_folder(), same))
        roots.push_back(fs::path(source_tree()) / shipped);
    roots.push_back(fs::path(ASCREPORT_INSTALL_DATADIR) / shipped);
    const fs::path here = fs::current_path(ec);
    roots.push_back(ec ? shipped : here / shipped);
    return roots;
}

void print_messages(Streams io, std::string_view command, const std::vector<JobMessage>& messages) {
    for (const JobMessage& m : messages) io.err << m.line(command) << '\n';
}

int finish_output(Streams io, std::string_view command, int status) {
    const int earlier = io.out ? 0 : errno;  // a write that failed before the flush left its reason
    errno = 0;
    io.out.flush();
    if (io.out) return status;
    return output_failed(io, command, errno != 0 ? errno : earlier);
}

int output_failed(Streams io, std::string_view command, int err) {
    io.err << command << ": could not write to standard output"
           << (err != 0 ? std::string(": ") + std::strerror(err) : std::string()) << '\n';
    return exit_code::failure;
}

std::optional<std::int64_t> creation_time(std::string& error) {
    const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
    if (!epoch || !*epoch) return static_cast<std::int64_t>(std::time(nullptr));
    char* end = nullptr;
    const long long v = std::strtoll(epoch, &end, 10);
    if (*end != '\0' || v < 0) {
        error = std::string("SOURCE_DATE_EPOCH must be a whole number of seconds, not \"") + epoch + "\"";
        return std::nullopt;
    }
    return v;
}

void add_as_of_option(CLI::App& cmd, std::string& as_of) {
    cmd.add_option("--as-of", as_of,
                   "The day open complaint stages are judged at (within their time or overdue) and escalations "
                   "counted by (default: the earlier of today and the period's last day)")
        ->type_name("DATE");
}

std::optional<Date> resolve_as_of(const std::string& as_of, Date last, std::string& error) {
    if (!as_of.empty()) {
        if (const auto d = parse_date(as_of)) return d;
        error = "--as-of " + as_of + " is not a date; write it as YYYY-MM-DD or DD/MM/YYYY";
        return std::nullopt;
    }
    const auto now = creation_time(error);
    if (!now) return std::nullopt;
    const Date today{static_cast<std::int32_t>(*now / 86400)};
    return std::min(today, last);
}

bool xlsx_usage_ok(Streams io, std::string_view command, const std::string& format, const std::string& out) {
    if ((format == "xlsx") != !out.empty()) {
        io.err << command << ": "
               << (out.empty() ? "--format xlsx writes a file: give it with --out FILE.xlsx"
                               : "--out is for --format xlsx; the other formats print to standard output")
               << '\n';
        return false;
    }
    if (!out.empty() && is_standard_output(out) && ::isatty(STDOUT_FILENO)) {
        io.err << command << ": --out " << out
               << " writes the spreadsheet to standard output, which is a terminal; send it to a file "
                  "(> FILE.xlsx), or give --out FILE.xlsx\n";
        return false;
    }
    return true;
}

int write_xlsx(Streams io, std::string_view command, const std::string& out, const std::vector<std::filesystem::path>& inputs,
               unsigned new_file_mode, const MakeXlsx& make) {
    constexpr std::string_view nothing = "nothing was written";
    std::string error;
    const auto created = creation_time(error);
    if (!created) {
        io.err << command << ": " << error << '\n';
        return exit_code::usage;
    }
    const bool to_stdout = is_standard_output(out);
    if (!to_stdout)
        if (const int checked = check_out(io, command, out, inputs, nothing); checked != exit_code::ok) return checked;
    // libxlsxwriter writes files: in TMPDIR when it is a folder that can be written in, else
    // beside the output. A folder of this run's own, removed when done; a killed run's is
    // removed by the next.
    const char* tmpdir = std::getenv("TMPDIR");
    const std::filesystem::path output = out;
    const std::vector<std::filesystem::path> places{
        tmpdir && *tmpdir ? std::filesystem::path(tmpdir) : std::filesystem::path("/tmp"),
        to_stdout || !output.has_parent_path() ? std::filesystem::path(".") : output.parent_path()};
    std::optional<ScratchFolder> scratch = ScratchFolder::make(places, error);
    if (!scratch) {
        io.err << command << ": cannot write " << out << ": no folder for the workbook's temporary files (" << error
               << "); " << nothing << '\n';
        return exit_code::failure;
    }
    const XlsxResult book = make(*created, scratch->path());
    scratch.reset();
    for (const std::string& w : book.warnings) io.err << "warning: " << w << '\n';
    if (!book.ok()) {
        io.err << command << ": " << book.error << "; " << nothing << '\n';
        return exit_code::failure;
    }
    return write_out(io, command, out, book.bytes, inputs, nothing, {new_file_mode, false});
}

}  // namespace ascreport::cli
