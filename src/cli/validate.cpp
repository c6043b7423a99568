// ascreport validate: check a data folder against the input format and summarise it.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <ostream>
#include <set>

#include <filesystem>

#include "ascreport/coverage.hpp"
#include "ascreport/data_notes.hpp"
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

// Which header each contract column was read from, file by file.
void print_columns(const LoadResult& r, std::ostream& out) {
    bool any = false;
    for (const HeaderUse& h : r.headers) {
        if (!h.read) continue;
        if (!any) out << "Columns read (the contract's column: the header in the file):\n";
        any = true;
        out << "  " << h.file << '\n';
        for (const ColumnUse& c : h.columns)
            out << fmt::format("    {:<15} {}\n", c.column,
                               c.headers.empty() ? std::string("(not in the file)") : quoted_list(c.headers, ", else "));
        if (!h.concern_columns.empty())
            out << fmt::format("    {:<15} {} ([concerns] categories)\n", "concerns", quoted_list(h.concern_columns, ", "));
        if (!h.ignored.empty()) out << fmt::format("    {:<15} {}\n", "not read", quoted_list(h.ignored, ", "));
    }
    if (any) out << '\n';
}

// "2021/22 is treated as partial: complaints only from 10 January 2022 (no complaint received
// in April-June, July-September or October-December 2021); it is not compared with 2022/23".
std::string partial_year_note(const PartialYear& p, std::optional<Date> records_start) {
    const std::string plural(plural_noun(p.kind));
    const std::string one = p.kind == RecordKind::OmbudsmanCases ? "Ombudsman case" : plural.substr(0, plural.size() - 1);
    const int y = p.year.start_year;
    const std::array<std::string, 4> quarters{"April-June " + std::to_string(y), "July-September " + std::to_string(y),
                                              "October-December " + std::to_string(y),
                                              "January-March " + std::to_string(y + 1)};
    std::string why;
    if (!p.first) why = "no " + plural + " received in it";
    else why = plural + " only from " + day_month_year(*p.first);
    std::vector<std::string> missing;
    for (std::size_t q = 0; q < 4; ++q)
        if (p.first && !p.quarters[q]) missing.push_back(quarters[q]);
    if (!missing.empty()) {
        std::string list;
        for (std::size_t i = 0; i < missing.size(); ++i)
            list += (i == 0 ? "" : i + 1 == missing.size() ? " or " : ", ") + missing[i];
        why += " (no " + one + " received in " + list + ")";
    }
    if (p.before_records_start && records_start)
        why += "; report.toml [input] records_start is " + day_month_year(*records_start);
    return p.year.label() + " is treated as partial: " + why + "; it is not compared with " +
           FinancialYear{y + 1}.label();
}

void print_summary(const LoadedData& loaded, const DataOptions& o, std::ostream& out) {
    const LoadResult& r = loaded.loaded;
    const auto counts = count_rows(r.dataset);
    std::set<FinancialYear> years;
    for (const auto& f : counts)
        for (const auto& [y, n] : f.per_year) years.insert(y);
    out << o.data << ": valid\n\n";
    out << fmt::format("  {:<16} {:>9}", "file", "rows");
    for (const auto& y : years) out << fmt::format(" {:>9}", y.label());
    out << '\n';
    const bool derived = loaded.settings.input.concerns_from.enabled();
    for (const auto& f : counts) {
        if (!f.present) {
            out << fmt::format("  {:<16} {:>9}\n", f.file, "absent");
            continue;
        }
        const bool from_complaints = derived && f.file == "concerns.csv";
        out << fmt::format("  {:<16} {:>9}", from_complaints ? "concerns*" : f.file, f.rows);
        for (const auto& y : years) {
            auto it = f.per_year.find(y);
            out << fmt::format(" {:>9}", it == f.per_year.end() ? std::size_t{0} : it->second);
        }
        out << '\n';
    }
    out << fmt::format("  {:<16} {:>9}\n", "report.toml",
                       !loaded.settings.source.empty() ? "read" : "absent (defaults)");
    if (derived) out << "  * read from the complaints.csv columns that [concerns] in report.toml names\n";
    out << '\n';
    print_columns(r, out);
    const std::optional<Date> records_start = loaded.settings.figures.records_start;
    if (const auto partial = Coverage(r.dataset, records_start).partial_years(); !partial.empty()) {
        out << "Partial years (a year is whole when its file holds records in each of its four quarters, or from "
               "[input] records_start; docs/settings.md):\n";
        for (const PartialYear& p : partial) out << "  " << partial_year_note(p, records_start) << '\n';
        out << '\n';
    }
    if (r.diagnostics.note_count() > 0) {
        out << "Notes:\n";
        for (const Diagnostic& d : r.diagnostics.items)
            if (d.severity == Severity::Note) out << "  " << d.format() << '\n';
        out << '\n';
    }
    const Diagnostics notes = spelling_notes(r.dataset, (std::filesystem::path(o.data) / "complaints.csv").string());
    if (!notes.items.empty()) {
        out << "Spellings counted together (free-text values group regardless of case and spacing):\n";
        for (const auto& n : notes.items) out << "  " << n.column << ": " << n.message << '\n';
        out << '\n';
    }
    const std::size_t w = r.diagnostics.warning_count();
    out << (w == 0 ? std::string("No warnings.") : fmt::format("{} warning{} (above).", w, w == 1 ? "" : "s")) << '\n';
}

}  // namespace

Runner setup_validate(CLI::App& app, Streams io) {
    auto* cmd = app.add_subcommand("validate", "Check a data folder against the input format");
    cmd->footer(kHelp);
    auto options = std::make_shared<DataOptions>();
    add_data_options(*cmd, *options);
    return [options, io]() {
        int status = exit_code::ok;
        const LoadedData r = load_and_report(*options, io, status);
        return finish_human_output(io, "ascreport validate", status, [&](std::ostream& out) {
            if (status == exit_code::ok) print_summary(r, *options, out);
            else if (status == exit_code::data_errors) print_columns(r.loaded, out);
        });
    };
}

}  // namespace ascreport::cli
