#include "common.hpp"

#include <CLI/CLI.hpp>

#include <cerrno>
#include <cstdlib>
#include <ctime>
#include <cstring>
#include <ostream>

#include "ascreport/exit_codes.hpp"
#include "ascreport/output.hpp"

namespace ascreport::cli {

void add_data_options(CLI::App& cmd, DataOptions& options) {
    cmd.add_option("--data", options.data, "Data folder holding complaints.csv and the other exports")
        ->required()
        ->type_name("DIR");
    cmd.add_option("--settings", options.settings, "Settings file (default: DIR/report.toml)")->type_name("FILE");
}

LoadResult load_and_report(const DataOptions& options, Streams io, int& status) {
    LoadOptions opts;
    opts.data_dir = options.data;
    if (!options.settings.empty()) opts.settings_file = options.settings;
    LoadResult r = load_data_folder(opts);
    for (const auto& d : r.diagnostics.items)
        if (d.severity != Severity::Note) io.err << d.format() << '\n';
    status = exit_code::ok;
    if (r.settings_failed) {
        status = exit_code::usage;
    } else if (const std::size_t n = r.diagnostics.error_count()) {
        io.err << describe_load_errors(n, options.data) << '\n';
        status = exit_code::data_errors;
    }
    return r;
}

std::optional<LoadResult> load_or_report(const DataOptions& options, Streams io, int& status) {
    LoadResult r = load_and_report(options, io, status);
    if (status != exit_code::ok) return std::nullopt;
    return r;
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

bool xlsx_usage_ok(Streams io, std::string_view command, const std::string& format, const std::string& out) {
    if ((format == "xlsx") == !out.empty()) return true;
    io.err << command << ": "
           << (out.empty() ? "--format xlsx writes a file: give it with --out FILE.xlsx"
                           : "--out is for --format xlsx; the other formats print to standard output")
           << '\n';
    return false;
}

int write_xlsx(Streams io, std::string_view command, const std::string& out,
               const std::function<XlsxResult(std::int64_t)>& make) {
    std::string error;
    const auto created = creation_time(error);
    if (!created) {
        io.err << command << ": " << error << '\n';
        return exit_code::usage;
    }
    const XlsxResult book = make(*created);
    if (!book.ok()) {
        io.err << command << ": " << book.error << "; nothing was written\n";
        return exit_code::failure;
    }
    if (auto failure = write_file_atomically(out, book.bytes)) {
        io.err << command << ": " << *failure << "; nothing was written\n";
        return exit_code::failure;
    }
    return exit_code::ok;
}

}  // namespace ascreport::cli
