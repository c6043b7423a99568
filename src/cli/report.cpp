// ascreport report: the annual report as a PDF. The options, the help text, the request they
// make, and the outcome printed; the pipeline itself is run_report (ascreport/publish.hpp).
#include <CLI/CLI.hpp>

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <ostream>
#include <vector>

#include "ascreport/date.hpp"
#include "ascreport/exit_codes.hpp"
#include "ascreport/output.hpp"
#include "ascreport/publish.hpp"
#include "common.hpp"
#include "privacy_options.hpp"

namespace ascreport::cli {
namespace {

constexpr const char* kHelp = R"(Writes the Complaints and Representations Annual Report for a financial year as a PDF:
the words of the template (report-templates/annual-report/, see docs/templates.md) with
every figure computed from the data folder. The year's own text (learning points,
service-area notes) can sit in DATA/narrative/NAME.md and replaces the template's.

Every setting and every optional file may be absent: a sentence or tile that needs a
figure the data folder does not give is left out, contact sentences name only the
contact details set, and a year with no records before it is not compared with zeros
(its tables say "no data"). After writing, a short summary on standard error lists what
the draft still lacks: each narrative file whose "[To be written: ...]" default was
printed, the report.toml contact details and the optional [figures] the template asked
for. --final, for the published run and CI, refuses while anything is on that list: it
prints the list, writes nothing and exits with status 4.

In the template (docs/templates.md), {{if NAME}}, {{if known NAME}} (a value, even 0) and
{{if any NAME NAME}} keep or drop a paragraph or part of a sentence; {{or "by phone on"
phone "by e-mail to" email}} names only the details that are set. timescale_left_out
counts the complaints withdrawn before a response, which the timescale table leaves out;
own_age_bands holds when report.toml declares the export's own age bands.

The PDF is written to a temporary file beside FILE and renamed into place when complete:
on any error no file is left behind and an existing FILE is untouched. --out - writes
the PDF to standard output instead. Set SOURCE_DATE_EPOCH (seconds since 1970) to fix the
creation date: the same inputs then give a byte-identical PDF.

Without --template, the shipped template is found wherever ascreport is run from: beside
an installed binary (PREFIX/share/ascreport/report-templates/annual-report), else in the
source tree it was built from; when none is found, the message lists the places searched.

The report is built from personal data and is published. Names listed in report.toml
[privacy] redact are printed as (Name). Before writing, the free text the report would
print (quoted compliments, Ombudsman summaries, the values of its tables, the narrative
files) is searched for email addresses, UK phone numbers, NHS numbers and postcodes; each
is reported as FILE:LINE: column NAME: ... and no report is written (exit status 1) unless
--allow-personal-data is given. The council's own [contact] details and the values in
[privacy] allow are not flagged. --suppress-below N hides the small counts of the equality
tables and says so in the report.

Examples:
  ascreport report --data data-samples --year 2023/24
  ascreport report --data data-samples --year 2023/24 --out out/annual-report-2023-24.pdf
  ascreport report --data data-samples --year 2023/24 --final
  ascreport report --data data-samples --year 2023/24 --out - > report.pdf
  ascreport report --data exports --year 2024/25 --template my-templates/annual-report
  ascreport report --data exports --year 2024/25 --suppress-below 5

The report is set in Liberation Sans, from the Debian package fonts-liberation2
(/usr/share/fonts/truetype/liberation2/); --font-dir names another folder holding
LiberationSans-Regular.ttf, LiberationSans-Bold.ttf and LiberationSans-Italic.ttf.
Every fault and its message: docs/faults.md.

Exit status: 0 success, 1 errors in the data or personal details in the published text,
2 a bad option, settings, template or logo, 3 the PDF could not be made (a font missing
or damaged) or written, 4 (--final only) the draft still lacks text, contact details or
figures, and nothing was written.)";

struct Options {
    DataOptions data;
    std::string year;
    std::string out;
    std::string template_dir;
    std::string font_dir;
    int suppress_below = 0;
    bool allow_personal_data = false;
    bool final = false;
};

// Where the default template may be, in the order tried: beside the installed binary
// (PREFIX/bin/ascreport -> PREFIX/share/ascreport/...), the source tree the binary was
// built from, the install prefix it was configured with, the current folder.
std::vector<std::filesystem::path> template_candidates() {
    namespace fs = std::filesystem;
    const fs::path shipped = "report-templates/annual-report";
    std::vector<fs::path> candidates;
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) candidates.push_back(exe.parent_path().parent_path() / "share/ascreport" / shipped);
#ifdef ASCREPORT_SOURCE_DIR
    candidates.push_back(fs::path(ASCREPORT_SOURCE_DIR) / shipped);
#endif
    candidates.push_back(fs::path(ASCREPORT_INSTALL_DATADIR) / shipped);
    const fs::path here = fs::current_path(ec);
    candidates.push_back(ec ? shipped : here / shipped);
    return candidates;
}

void print_gaps(std::ostream& err, const std::vector<std::string>& lines) {
    for (const std::string& line : lines) err << "  - " << line << '\n';
}

int exit_status(ReportStatus status) {
    switch (status) {
        case ReportStatus::Ok: return exit_code::ok;
        case ReportStatus::DataErrors: return exit_code::data_errors;
        case ReportStatus::Usage: return exit_code::usage;
        case ReportStatus::Failure: return exit_code::failure;
        case ReportStatus::Incomplete: return exit_code::incomplete;
    }
    return exit_code::failure;
}

}  // namespace

Runner setup_report(CLI::App& app, Streams io) {
    auto* cmd = app.add_subcommand("report", "Write the annual report as a PDF");
    cmd->footer(kHelp);
    auto o = std::make_shared<Options>();
    add_data_options(*cmd, o->data);
    cmd->add_option("--year", o->year, "Financial year, e.g. 2023/24")->required()->type_name("YEAR");
    cmd->add_option("--out", o->out, "PDF to write, - for standard output (default: annual-report-YYYY-YY.pdf)")
        ->type_name("FILE");
    cmd->add_option("--template", o->template_dir, "Template folder (default: report-templates/annual-report)")
        ->type_name("DIR");
    cmd->add_option("--font-dir", o->font_dir, "Folder holding the Liberation Sans fonts (default: fonts-liberation2's)")
        ->type_name("DIR");
    add_suppress_option(*cmd, o->suppress_below, "in the equality section");
    add_allow_personal_data_option(*cmd, o->allow_personal_data);
    cmd->add_flag("--final", o->final,
                  "The published run: refuse (exit 4, nothing written) while the draft still lacks text, contact "
                  "details or figures");

    return [o, io]() {
        const auto year = parse_financial_year(o->year);
        if (!year) {
            io.err << "ascreport report: --year \"" << o->year << "\" is not a financial year; write it as 2023/24 or 2023-24\n";
            return exit_code::usage;
        }
        std::string error;
        const auto created = creation_time(error);
        if (!created) {
            io.err << "ascreport report: " << error << '\n';
            return exit_code::usage;
        }
        ReportRequest request;
        request.data_dir = o->data.data;
        if (!o->data.settings.empty()) request.settings_file = o->data.settings;
        request.year = *year;
        request.template_dir = o->template_dir;
        if (request.template_dir.empty()) request.template_search = template_candidates();
        request.suppress_below = o->suppress_below;
        request.allow_personal_data = o->allow_personal_data;
        request.final = o->final;
        request.font_dir = o->font_dir;
        request.created_unix = *created;
        const std::filesystem::path out = o->out.empty() ? "annual-report-" + year->file_label() + ".pdf" : o->out;
        const bool to_stdout = o->out == "-";

        const ReportOutcome outcome = run_report(request);
        for (const ReportMessage& m : outcome.messages) io.err << m.line("ascreport report") << '\n';
        const std::vector<std::string> gaps = describe_gaps(outcome.gaps);
        if (outcome.status == ReportStatus::Incomplete) {
            io.err << "ascreport report: --final: the report is not ready to publish; it still lacks:\n";
            print_gaps(io.err, gaps);
            io.err << "ascreport report: no report was written; give each of these, or leave out --final for a draft\n";
        }
        if (!outcome.ok()) return exit_status(outcome.status);
        const std::vector<std::uint8_t>& pdf = outcome.pdf;
        if (to_stdout) {
            io.out.write(reinterpret_cast<const char*>(pdf.data()), static_cast<std::streamsize>(pdf.size()));
            if (finish_output(io, "ascreport report", exit_code::ok) != exit_code::ok) return exit_code::failure;
        } else {
            if (auto failure = write_file_atomically(out, pdf)) {
                io.err << "ascreport report: " << *failure << "; no report was written\n";
                return exit_code::failure;
            }
            io.out << "wrote " << out.string() << '\n';
        }
        if (!gaps.empty()) {
            io.err << "ascreport report: this draft still lacks:\n";
            print_gaps(io.err, gaps);
            io.err << "ascreport report: report --final refuses to write the report until each of these is given\n";
        }
        return exit_code::ok;
    };
}

}  // namespace ascreport::cli
