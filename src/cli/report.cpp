// ascreport report: the annual report, as a PDF, an HTML edition, or both. The options,
// the help text, the request they make, and the outcome printed; the pipeline itself is
// run_report (ascreport/publish.hpp).
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <ostream>
#include <span>
#include <vector>

#include "ascreport/date.hpp"
#include "ascreport/period.hpp"
#include "exit_codes.hpp"
#include "ascreport/report_job.hpp"
#include "ascreport/report_template.hpp"
#include "ascreport/text.hpp"
#include "common.hpp"
#include "privacy_options.hpp"
#include "write_out.hpp"

namespace ascreport::cli {
namespace {

constexpr const char* kHelp = R"(Writes a report for a financial year as a PDF, an HTML edition, or both: the words of
the template with every figure computed from the data folder. By default the adult social
care Complaints and Representations Annual Report (report-templates/annual-report/);
--template names another shipped report (--list-templates lists them: the children's
social care annual report, the Complaint Handling Code's annual report, the quarterly
committee report) or a template folder of the council's own (docs/templates.md). The
year's own text (learning points, service-area notes) can sit in DATA/narrative/NAME.md
and replaces the template's.

--year 2024/25-Q2 writes a quarter's report instead (Q1 is April to June), by default with
the shipped quarterly committee report (report-templates/quarterly-report/): the quarter
against the same quarter a year earlier and against the financial year to date (1 April to
the quarter's last day), per regime and stage. A template says which periods it is written
for (template.toml: periods = ["year"], the default, ["quarter"] or ["year", "quarter"]); a
period it is not written for is a usage error. In templates the year to date's figures are
NAME.year_to_date and NAME.year_to_date.previous, and the quarter's names period, quarter,
year_to_date and previous_period (docs/templates.md; docs/report.md).

Every setting and every optional file may be absent: a sentence or tile that needs a
figure the data folder does not give is left out, contact sentences name only the
contact details set, and a year with no records before it is not compared with zeros
(its tables say "no data"). After writing, a short summary on standard error lists what
the draft still lacks: each narrative file whose "[To be written: ...]" (or "[To be
added: ...]") default was printed, the report.toml contact details, the optional [figures]
and the [ombudsman_letter] figures the template asked for, the self-assessment rows still
to complete (the Code's annual report), and the items the template declares the report
must state (template.toml [[required]]: for the adult report, regulation 18's four) that
it does not. --final, for the published run and CI, refuses while anything is on that
list: it prints the list, writes nothing and exits with status 4.

In the template (docs/templates.md), {{if NAME}}, {{if known NAME}} (a value, even 0) and
{{if any NAME NAME}} keep or drop a paragraph or part of a sentence; {{or "by phone on"
phone "by e-mail to" email}} names only the details that are set. timescale_left_out
counts the complaints withdrawn before a response, which the timescale table leaves out;
own_age_bands holds when report.toml declares the export's own age bands.

The edition follows the extension of --out: FILE.html (or .htm) is the HTML edition, any
other name the PDF. Give --out twice to write both from one run (one load, one
computation, so the two cannot differ in a word or a figure). The HTML edition is the
accessible one, for the council's website: one self-contained file (styles inline, charts
as SVG with their figures as tables, the logo inside it, no script, nothing fetched),
built to WCAG 2.1 AA; the PDF is untagged (README.md, "Accessibility"). A council colour
too light for AA contrast is darkened in it, with a warning.

Each file is written to a temporary file beside FILE and renamed into place when complete:
on any error no file is left behind and an existing FILE is untouched (a replaced FILE keeps
its permissions; a new one is 0644, less the umask). --out - (or /dev/stdout) writes the PDF
to standard output instead, with no "wrote" line after it. An --out that is one of the input
files (an export, report.toml, a template file, the logo) is refused. Narrative and template files, the logo (beside
report.toml) and the fonts are read only from inside their folders: text files at most 1 MiB
each, the logo at most 4,096 x 4,096 pixels. Set SOURCE_DATE_EPOCH (seconds since 1970) to
fix the creation date: the same inputs then give byte-identical files.

--template NAME|DIR chooses the report: a shipped template by name, or a template folder (a
path with "/", or an existing folder). --list-templates prints each shipped template's name
and one line on what it is (it needs no --data or --year). Without --template, the report is
annual-report, the adult social care report, for a year, and quarterly-report for a quarter.
The shipped templates are found wherever ascreport is run from: beside an installed binary
(PREFIX/share/ascreport/report-templates/NAME; the Debian package's are in
/usr/share/ascreport/...), else, for the binary in its build folder, in the source tree it was
built from; when none is found, the message lists the places searched. A template reports on
the forms of --year its template.toml lists (periods; a year by default): any other form is
refused.

A template may list what the published report must state ([[required]] in template.toml;
annual-report lists regulation 18's items: the number of complaints received, the number
well-founded, the number referred to the Ombudsman, and summaries of their subject matter,
of matters of general importance and of the action taken to improve services). An item this
report does not state (its figure not printed for this data, its text still "[To be
written: ...]") is on the list of what the draft lacks, naming template.toml and its line, and
--final refuses to write the report while any is.

The report is built from personal data and is published. Names listed in report.toml
[privacy] redact are printed as (Name). Before writing, the free text the report would
print (quoted compliments, Ombudsman summaries, the values of its tables, the narrative
files) is searched for email addresses, UK phone numbers, NHS numbers and postcodes; each
is reported as FILE:LINE: column NAME: ... and no report is written (exit status 1) unless
--allow-personal-data is given. The council's own [contact] details and the values in
[privacy] allow are not flagged. --suppress-below N hides the small counts of the equality
tables and says so in the report.

--as-of DATE is the day a complaint stage with no response is judged at (open within its
time limit, or overdue) and escalations to a later stage or the Ombudsman are counted by;
by default the earlier of today (SOURCE_DATE_EPOCH's day when it is set) and the year's
last day (the quarter's, for a quarter), so a finished period's figures do not change with
the day they are run.

Examples:
  ascreport report --data data-samples --year 2023/24
  ascreport report --data data-samples --year 2023/24 --out out/annual-report-2023-24.pdf
  ascreport report --data data-samples --year 2023/24 --out report.pdf --out report.html
  ascreport report --data data-samples --year 2023/24 --final
  ascreport report --data data-samples --year 2023/24 --out - > report.pdf
  ascreport report --list-templates
  ascreport report --data exports --year 2024/25 --template annual-report
  ascreport report --data exports --year 2024/25 --template my-templates/annual-report
  ascreport report --data exports --year 2024/25 --suppress-below 5
  ascreport report --data data-samples --year 2023/24-Q3 --out q3.pdf --out q3.html

The report is set in Liberation Sans, from the Debian package fonts-liberation2
(/usr/share/fonts/truetype/liberation2/); --font-dir names another folder holding
LiberationSans-Regular.ttf, LiberationSans-Bold.ttf and LiberationSans-Italic.ttf.
Every fault and its message: docs/faults.md.

Exit status: 0 success, 1 errors in the data or personal details in the published text,
2 a bad option, settings, template or logo, 3 the PDF could not be made (a font missing
or damaged) or a file could not be written, 4 (--final only) the draft still lacks text,
contact details, figures or an item the template requires, and nothing was written.)";

struct Options {
    DataOptions data;
    std::string year;
    std::vector<std::string> outs;  // --out, once per edition
    std::string template_dir;
    std::string font_dir;
    int suppress_below = 0;
    bool allow_personal_data = false;
    bool final = false;
    std::string as_of;
    bool list_templates = false;
};

// Where the default template may be, in the order tried: `name` (annual-report,
// quarterly-report) in each folder of the shipped templates.
std::vector<std::filesystem::path> template_candidates(const std::string& name) {
    std::vector<std::filesystem::path> candidates = shipped_template_roots();
    for (auto& root : candidates) root /= name;
    return candidates;
}

// report --list-templates: each shipped template's name and its description, one a line.
int list_templates(Streams io) {
    const std::vector<std::filesystem::path> roots = shipped_template_roots();
    const std::vector<ShippedTemplate> shipped = shipped_templates(roots);
    if (shipped.empty()) {
        std::string places;
        for (const auto& root : roots) places += (places.empty() ? "" : ", ") + root.string();
        io.err << "ascreport report: no shipped templates were found; looked in " << places
               << "; reinstall ascreport, or give --template DIR, a folder holding template.toml\n";
        return exit_code::usage;
    }
    std::size_t width = 0;
    for (const ShippedTemplate& t : shipped) width = std::max(width, t.name.size());
    return finish_human_output(io, "ascreport report", exit_code::ok, [&](std::ostream& out) {
        for (const ShippedTemplate& t : shipped) {
            out << t.name;
            if (!t.description.empty()) out << std::string(width - t.name.size() + 2, ' ') << t.description;
            out << '\n';
        }
    });
}

void print_gaps(std::ostream& err, const std::vector<std::string>& lines) {
    for (const std::string& line : lines) err << "  - " << line << '\n';
}

// One file to write and its edition: the extension says which (.html or .htm: the HTML
// edition; anything else, and - for standard output, the PDF).
struct Output {
    std::filesystem::path path;
    Edition edition = Edition::Pdf;
};

std::vector<Output> outputs_of(const std::vector<std::string>& outs, const std::string& default_name, std::string& error) {
    std::vector<Output> result;
    if (outs.empty()) result.push_back({default_name, Edition::Pdf});
    for (const std::string& out : outs) {
        const std::string ext = ascii_lower(std::filesystem::path(out).extension().string());
        result.push_back({out, ext == ".html" || ext == ".htm" ? Edition::Html : Edition::Pdf});
        for (std::size_t k = 0; k + 1 < result.size(); ++k)
            if (result[k].path == result.back().path) {
                error = "--out \"" + out + "\" is given twice; give each edition its own file (e.g. report.pdf and report.html)";
                return {};
            }
    }
    return result;
}

}  // namespace

Runner setup_report(CLI::App& app, Streams io) {
    auto* cmd = app.add_subcommand("report", "Write a report (the adult annual report unless --template names another): PDF, HTML edition, or both");
    cmd->footer(kHelp);
    auto o = std::make_shared<Options>();
    add_data_options(*cmd, o->data);
    cmd->add_option("--year", o->year,
                    "Financial year, e.g. 2023/24, or a quarter of one, e.g. 2023/24-Q3 (required but with "
                    "--list-templates)")
        ->type_name("YEAR");
    cmd->get_option("--data")->required(false);  // not with --list-templates: checked below
    cmd->add_option("--out", o->outs,
                    "File to write: FILE.html the HTML edition, any other name the PDF, - the PDF on standard output; "
                    "give it twice for both editions (default: annual-report-YYYY-YY.pdf)")
        ->type_name("FILE")
        ->allow_extra_args(false);
    cmd->add_option("--template", o->template_dir,
                    "A shipped template by name (report --list-templates), or a template folder (default: "
                    "annual-report, or quarterly-report for a quarter)")
        ->type_name("NAME|DIR");
    cmd->add_flag("--list-templates", o->list_templates,
                  "List the shipped templates, each with one line on what it is, and stop (needs no --data or --year)");
    cmd->add_option("--font-dir", o->font_dir, "Folder holding the Liberation Sans fonts (default: fonts-liberation2's)")
        ->type_name("DIR");
    add_suppress_option(*cmd, o->suppress_below, "in the equality section");
    add_as_of_option(*cmd, o->as_of);
    add_allow_personal_data_option(*cmd, o->allow_personal_data);
    cmd->add_flag("--final", o->final,
                  "The published run: refuse (exit 4, nothing written) while the draft still lacks text, contact "
                  "details or figures");

    return [o, io]() {
        if (o->list_templates) return list_templates(io);
        // As CLI11 says it of a required option: --data and --year are, but with --list-templates.
        for (const auto& [name, value] : {std::pair("--data", &o->data.data), std::pair("--year", &o->year)})
            if (value->empty()) {
                io.err << name << " is required\nRun with --help for more information.\n";
                return exit_code::usage;
            }
        const auto period = parse_period(o->year);
        if (!period) {
            io.err << "ascreport report: --year \"" << o->year << "\" is not a financial year or a quarter of one; write it "
                   << "as 2023/24 or 2023-24, or 2023/24-Q3 for a quarter (Q1 is April to June)\n";
            return exit_code::usage;
        }
        const FinancialYear year = FinancialYear::containing(period->first);
        const bool quarter = period->kind == Period::Kind::Quarter;
        const std::string default_name = quarter ? "quarterly-report-" + year.file_label() + "-Q" +
                                                       std::to_string(quarter_of_financial_year(period->first)) + ".pdf"
                                                 : "annual-report-" + year.file_label() + ".pdf";
        std::string error;
        const auto created = creation_time(error);
        const std::vector<Output> outputs = created ? outputs_of(o->outs, default_name, error) : std::vector<Output>{};
        if (outputs.empty()) {
            io.err << "ascreport report: " << error << '\n';
            return exit_code::usage;
        }
        ReportRequest request;
        request.data_dir = o->data.data;
        if (!o->data.settings.empty()) request.settings_file = o->data.settings;
        request.year = year;
        if (quarter) request.quarter = quarter_of_financial_year(period->first);
        const auto as_of = resolve_as_of(o->as_of, period->last, error);
        if (!as_of) {
            io.err << "ascreport report: " << error << '\n';
            return exit_code::usage;
        }
        request.as_of = *as_of;
        if (o->template_dir.empty()) {
            // A quarter's default is the shipped quarterly report (the annual report is a year's).
            request.template_search = template_candidates(quarter ? "quarterly-report" : "annual-report");
        } else {
            // A NAME without "/" that is not a folder is a shipped template.
            const TemplateChoice chosen = choose_template(o->template_dir, shipped_template_roots());
            if (chosen.dir.empty()) {
                io.err << "ascreport report: --template " << chosen.error << '\n';
                return exit_code::usage;
            }
            request.template_dir = chosen.dir;
        }
        request.suppress_below = o->suppress_below;
        request.allow_personal_data = o->allow_personal_data;
        request.final = o->final;
        request.font_dir = o->font_dir;
        request.created_unix = *created;
        request.editions.clear();
        for (const Output& out : outputs) request.editions.push_back(out.edition);

        const ReportOutcome outcome = run_report(request);
        print_messages(io, "ascreport report", outcome.messages);
        const std::vector<std::string> gaps = describe_gaps(outcome.gaps);
        if (outcome.status == ReportStatus::Incomplete) {
            io.err << "ascreport report: --final: the report is not ready to publish; it still lacks:\n";
            print_gaps(io.err, gaps);
            io.err << "ascreport report: no report was written; give each of these, or leave out --final for a draft\n";
        }
        if (!outcome.ok()) return exit_code::of(outcome.status);
        for (const Output& out : outputs)
            if (const int checked = check_out(io, "ascreport report", out.path, outcome.inputs, "no report was written");
                checked != exit_code::ok)
                return checked;
        // With one edition on standard output, the other's "wrote" line goes to standard error.
        const bool any_to_stdout = std::any_of(outputs.begin(), outputs.end(),
                                               [](const Output& out) { return is_standard_output(out.path); });
        const Streams status_io = any_to_stdout ? Streams{io.err, io.err} : io;
        std::string written;
        for (const Output& out : outputs) {
            const std::span<const std::uint8_t> bytes =
                out.edition == Edition::Html
                    ? std::span(reinterpret_cast<const std::uint8_t*>(outcome.html.data()), outcome.html.size())
                    : std::span(outcome.pdf);
            // Each file is whole or absent; one already written stays, and is named.
            const std::string nothing = written.empty() ? std::string("no report was written")
                                                        : out.path.string() + " was not written (" + written + " was)";
            if (const int status = write_out(is_standard_output(out.path) ? io : status_io, "ascreport report", out.path,
                                             bytes, outcome.inputs, nothing);
                status != exit_code::ok)
                return status;
            written += (written.empty() ? "" : ", ") + out.path.string();
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
