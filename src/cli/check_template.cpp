// ascreport check-template: a report template folder checked with the report's own grammar.
#include <CLI/CLI.hpp>

#include <ctime>
#include <filesystem>
#include <ostream>

#include "ascreport/check_template_job.hpp"
#include "ascreport/period.hpp"
#include "ascreport/report_template.hpp"
#include "exit_codes.hpp"
#include "common.hpp"

namespace ascreport::cli {
namespace {

constexpr const char* kHelp = R"(Checks a report template (a shipped template by name, as report --list-templates lists
them, or a folder: template.toml, the section files it lists and their text/ folder)
without writing a report, with the grammar `ascreport report` itself uses:
the template is built as the report builds it, so what this command calls an error is
what the report would refuse, named FILE:LINE: an unknown name or a bad form of {{...}}
(in text printed or not), an {{if}} without its {{end}}, a directive that does not stand
alone in its paragraph, a section file that template.toml names and that does not exist.
A [[required]] item of template.toml (docs/templates.md, "Required items") that the
template cannot state for any data is an error too: none of its figures printed anywhere,
its section not in sections, its text included by no {{text}}.

Without --data the template is built for a council that has given nothing: no records
and no report.toml (or the one --settings names), so every figure that needs a setting
must be guarded with {{if}}; with --data, for that folder's records, settings and
narrative/ texts, for --year (default: the financial year of today).

Warnings, which do not stop a report: a number or a direction word ("increased", "fewer")
typed in the text of the template or of DATA/narrative, where a figure or {{change}}
should say it; a {{text NAME}} with no default text/NAME.md; a text/NAME.md, or a
narrative file, that no {{text NAME}} includes (a narrative file another shipped
template prints is left alone: the data folder serves every report).

Examples:
  ascreport check-template annual-report
  ascreport check-template report-templates/annual-report
  ascreport check-template my-templates/annual-report --settings council/report.toml
  ascreport check-template report-templates/annual-report --data exports --year 2024/25

Exit status: 0 no errors (warnings may have been printed), 1 errors in the data folder,
2 errors in the template, or a bad option or settings file.)";

struct Options {
    std::string template_dir;
    std::string data;
    std::string settings;
    std::string year;
};

FinancialYear this_year() {
    return FinancialYear::containing(Date{static_cast<std::int32_t>(std::time(nullptr) / 86400)});
}

}  // namespace

Runner setup_check_template(CLI::App& app, Streams io) {
    auto* cmd = app.add_subcommand("check-template", "Check a report template folder, with or without data");
    cmd->footer(kHelp);
    auto o = std::make_shared<Options>();
    cmd->add_option("TEMPLATE", o->template_dir,
                    "A shipped template by name (report --list-templates), or a folder holding template.toml")
        ->required()
        ->type_name("NAME|DIR");
    cmd->add_option("--data", o->data, "Data folder to build the template for (default: none)")->type_name("DATA");
    cmd->add_option("--settings", o->settings, "Settings file (default: DATA/report.toml, or none)")->type_name("FILE");
    cmd->add_option("--year", o->year, "Financial year, e.g. 2023/24, or a quarter, e.g. 2023/24-Q3 (default: this year)")->type_name("YEAR");

    return [o, io]() {
        const auto period = o->year.empty() ? std::optional(make_year(this_year())) : parse_period(o->year);
        if (!period) {
            io.err << "ascreport check-template: --year \"" << o->year << "\" is not a financial year or a quarter of one; "
                   << "write it as 2023/24 or 2023-24, or 2023/24-Q3 for a quarter (Q1 is April to June)\n";
            return exit_code::usage;
        }
        // A NAME without "/" that is not a folder is a shipped template, as for report --template.
        const TemplateChoice chosen = choose_template(o->template_dir, shipped_template_roots());
        if (chosen.dir.empty()) {
            io.err << "ascreport check-template: " << chosen.error << '\n';
            return exit_code::usage;
        }
        CheckTemplateRequest request{chosen.dir, std::nullopt, std::nullopt, FinancialYear::containing(period->first),
                                     std::nullopt};
        if (period->kind == Period::Kind::Quarter) request.quarter = quarter_of_financial_year(period->first);
        if (!o->data.empty()) request.data_dir = o->data;
        if (!o->settings.empty()) request.settings_file = o->settings;
        for (const ShippedTemplate& t : shipped_templates(shipped_template_roots())) request.other_templates.push_back(t.dir);
        const CheckTemplateOutcome outcome = run_check_template(request);
        print_messages(io, "ascreport check-template", outcome.messages);
        if (!outcome.checked) return exit_code::of(outcome.status);
        const std::size_t errors = outcome.errors, warnings = outcome.warnings;
        auto count = [](std::size_t n, const char* what) {
            return std::to_string(n) + " " + what + (n == 1 ? "" : "s");
        };
        io.out << request.template_dir.string() << ": "
               << (errors + warnings == 0 ? std::string("no problems found")
                                          : count(errors, "error") + ", " + count(warnings, "warning"))
               << '\n';
        const int status = exit_code::of(outcome.status);
        if (errors > 0)
            io.err << "ascreport check-template: the template has errors; ascreport report would not write a report "
                      "with it\n";
        return finish_output(io, "ascreport check-template", status);
    };
}

}  // namespace ascreport::cli
