// ascreport validate: check a data folder against the input format and summarise it.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <ostream>
#include <set>

#include <filesystem>

#include "ascreport/validate_job.hpp"
#include "exit_codes.hpp"
#include "common.hpp"

namespace ascreport::cli {
namespace {

constexpr const char* kHelp = R"(Checks every file of a data folder against the input format (docs/input-format.md)
and reports each problem on standard error as FILE:LINE: column NAME: what is wrong. A
problem found on many rows (the same unknown spelling, dates in the same wrong form) is one
message, with how many rows and the first few line numbers.

On standard output it shows which header of each file every column was read from (as
report.toml [columns.*] maps them) and which headers nothing reads; when the folder is
valid, the rows of each file per financial year, the years it treats as partial (not
compared with: docs/settings.md, "Years the data covers") and why, and notes on valid data
worth a look (complaints withdrawn with no responded date, spellings counted together).

Examples:
  ascreport validate --data data-samples
  ascreport validate --data exports/2024 --settings council/report.toml

Exit status: 0 valid, 1 errors in the data, 2 a usage or settings error, 3 the output
could not be written.)";

std::string quoted_list(const std::vector<std::string>& names, std::string_view between) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) out += (i ? std::string(between) : "") + "\"" + names[i] + "\"";
    return out;
}

// Which header each contract column was read from, file by file. The headers line up one space
// after the longest column name (at least 15 characters wide), however long that is.
void print_columns(const std::vector<HeaderUse>& headers, std::ostream& out) {
    std::size_t width = 15;
    for (const HeaderUse& h : headers)
        if (h.read)
            for (const ColumnUse& c : h.columns) width = std::max(width, c.column.size());
    bool any = false;
    for (const HeaderUse& h : headers) {
        if (!h.read) continue;
        if (!any) out << "Columns read (the contract's column: the header in the file):\n";
        any = true;
        out << "  " << h.file;
        if (h.files.size() != 1 || h.files.front() != h.file) out << " (" << quoted_list(h.files, ", ") << ")";
        out << '\n';
        for (const ColumnUse& c : h.columns)
            out << fmt::format("    {:<{}} {}\n", c.column, width,
                               c.headers.empty() ? std::string("(not in the file)") : quoted_list(c.headers, ", else "));
        if (!h.concern_columns.empty())
            out << fmt::format("    {:<{}} {} ([concerns] categories)\n", "concerns", width,
                               quoted_list(h.concern_columns, ", "));
        if (!h.ignored.empty()) out << fmt::format("    {:<{}} {}\n", "not read", width, quoted_list(h.ignored, ", "));
    }
    if (any) out << '\n';
}

void print_summary(const ValidateOutcome& v, std::ostream& out) {
    std::set<FinancialYear> years;
    for (const auto& f : v.rows)
        for (const auto& [y, n] : f.per_year) years.insert(y);
    out << v.data_dir.string() << ": valid\n\n";
    out << fmt::format("  {:<16} {:>9}", "file", "rows");
    for (const auto& y : years) out << fmt::format(" {:>9}", y.label());
    out << '\n';
    for (const auto& f : v.rows) {
        if (!f.present) {
            out << fmt::format("  {:<16} {:>9}\n", f.file, "absent");
            continue;
        }
        const bool from_complaints = v.concerns_from_complaints && f.file == "concerns.csv";
        out << fmt::format("  {:<16} {:>9}", from_complaints ? "concerns*" : f.file, f.rows);
        for (const auto& y : years) {
            auto it = f.per_year.find(y);
            out << fmt::format(" {:>9}", it == f.per_year.end() ? std::size_t{0} : it->second);
        }
        out << '\n';
    }
    out << fmt::format("  {:<16} {:>9}\n", "report.toml", v.settings_read ? "read" : "absent (defaults)");
    if (v.concerns_from_complaints) out << "  * read from the complaints.csv columns that [concerns] in report.toml names\n";
    out << '\n';
    print_columns(v.headers, out);
    if (!v.partial_years.empty()) {
        out << "Partial years (a year is whole when its file holds records in each of its four quarters, or from "
               "[input] records_start; docs/settings.md):\n";
        for (const std::string& p : v.partial_years) out << "  " << p << '\n';
        out << '\n';
    }
    if (!v.notes.empty()) {
        out << "Notes:\n";
        for (const Diagnostic& d : v.notes) out << "  " << d.format() << '\n';
        out << '\n';
    }
    if (!v.spellings.items.empty()) {
        out << "Spellings counted together (free-text values group regardless of case and spacing):\n";
        for (const auto& n : v.spellings.items) out << "  " << n.column << ": " << n.message << '\n';
        out << '\n';
    }
    const std::size_t w = v.warnings;
    out << (w == 0 ? std::string("No warnings.") : fmt::format("{} warning{} (above).", w, w == 1 ? "" : "s")) << '\n';
}

}  // namespace

Runner setup_validate(CLI::App& app, Streams io) {
    auto* cmd = app.add_subcommand("validate", "Check a data folder against the input format");
    cmd->footer(kHelp);
    auto options = std::make_shared<DataOptions>();
    add_data_options(*cmd, *options);
    return [options, io]() {
        const ValidateOutcome v = run_validate({data_request(*options)});
        print_messages(io, "ascreport validate", v.messages);
        return finish_human_output(io, "ascreport validate", exit_code::of(v.status), [&](std::ostream& out) {
            if (v.ok()) print_summary(v, out);
            else if (v.status == JobStatus::DataErrors) print_columns(v.headers, out);
        });
    };
}

}  // namespace ascreport::cli
