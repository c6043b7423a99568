// ascreport validate: check a data folder against the input format and summarise it.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <ostream>
#include <set>

#include <filesystem>

#include "ascreport/data_notes.hpp"
#include "ascreport/exit_codes.hpp"
#include "cli/common.hpp"

namespace ascreport::cli {
namespace {

constexpr const char* kHelp = R"(Checks every file of a data folder against the input format (docs/input-format.md)
and reports each problem as FILE:LINE: column NAME: what is wrong.
When the folder is valid, prints the rows of each file per financial year.

Examples:
  ascreport validate --data data-samples
  ascreport validate --data exports/2024 --settings council/report.toml)";

void print_summary(const LoadResult& r, const DataOptions& o, std::ostream& out) {
    const auto counts = count_rows(r.dataset);
    std::set<FinancialYear> years;
    for (const auto& f : counts)
        for (const auto& [y, n] : f.per_year) years.insert(y);
    out << o.data << ": valid\n\n";
    out << fmt::format("  {:<16} {:>9}", "file", "rows");
    for (const auto& y : years) out << fmt::format(" {:>9}", y.label());
    out << '\n';
    for (const auto& f : counts) {
        if (!f.present) {
            out << fmt::format("  {:<16} {:>9}\n", f.file, "absent");
            continue;
        }
        out << fmt::format("  {:<16} {:>9}", f.file, f.rows);
        for (const auto& y : years) {
            auto it = f.per_year.find(y);
            out << fmt::format(" {:>9}", it == f.per_year.end() ? std::size_t{0} : it->second);
        }
        out << '\n';
    }
    out << fmt::format("  {:<16} {:>9}\n", "report.toml",
                       r.dataset.present.settings ? "read" : "absent (defaults)");
    const Diagnostics notes = spelling_notes(r.dataset, (std::filesystem::path(o.data) / "complaints.csv").string());
    if (!notes.items.empty()) {
        out << "\nSpellings counted together (free-text values group regardless of case and spacing):\n";
        for (const auto& n : notes.items) out << "  " << n.column << ": " << n.message << '\n';
    }
    const std::size_t w = r.diagnostics.warning_count();
    out << '\n' << (w == 0 ? std::string("No warnings.") : fmt::format("{} warning{} (above).", w, w == 1 ? "" : "s")) << '\n';
}

}  // namespace

Runner setup_validate(CLI::App& app, Streams io) {
    auto* cmd = app.add_subcommand("validate", "Check a data folder against the input format");
    cmd->footer(kHelp);
    auto options = std::make_shared<DataOptions>();
    add_data_options(*cmd, *options);
    return [options, io]() {
        int status = exit_code::ok;
        auto r = load_or_report(*options, io, status);
        if (r) print_summary(*r, *options, io.out);
        return status;
    };
}

}  // namespace ascreport::cli
