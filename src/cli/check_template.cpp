// ascreport check-template: a report template folder checked with the report's own grammar.
#include <CLI/CLI.hpp>

#include <ctime>
#include <filesystem>
#include <ostream>

#include "ascreport/calendar.hpp"
#include "exit_codes.hpp"
#include "ascreport/figures.hpp"
#include "ascreport/files.hpp"
#include "ascreport/period.hpp"
#include "ascreport/settings.hpp"
#include "ascreport/template_check.hpp"
#include "common.hpp"

namespace ascreport::cli {
namespace {

constexpr const char* kHelp = R"(Checks a report template folder (template.toml, the section files it lists and their
text/ folder) without writing a report, with the grammar `ascreport report` itself uses:
the template is built as the report builds it, so what this command calls an error is
what the report would refuse, named FILE:LINE: an unknown name or a bad form of {{...}}
(in text printed or not), an {{if}} without its {{end}}, a directive that does not stand
alone in its paragraph, a section file that template.toml names and that does not exist.

Without --data the template is built for a council that has given nothing: no records
and no report.toml (or the one --settings names), so every figure that needs a setting
must be guarded with {{if}}; with --data, for that folder's records, settings and
narrative/ texts, for --year (default: the financial year of today).

Warnings, which do not stop a report: a number or a direction word ("increased", "fewer")
typed in the text of the template or of DATA/narrative, where a figure or {{change}}
should say it; a {{text NAME}} with no default text/NAME.md; a text/NAME.md or a
narrative file that no {{text NAME}} includes.

Examples:
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
    cmd->add_option("DIR", o->template_dir, "Template folder holding template.toml")->required()->type_name("DIR");
    cmd->add_option("--data", o->data, "Data folder to build the template for (default: none)")->type_name("DATA");
    cmd->add_option("--settings", o->settings, "Settings file (default: DATA/report.toml, or none)")->type_name("FILE");
    cmd->add_option("--year", o->year, "Financial year, e.g. 2023/24 (default: this one)")->type_name("YEAR");

    return [o, io]() {
        const auto year = o->year.empty() ? std::optional(this_year()) : parse_financial_year(o->year);
        if (!year) {
            io.err << "ascreport check-template: --year \"" << o->year
                   << "\" is not a financial year; write it as 2023/24 or 2023-24\n";
            return exit_code::usage;
        }
        const std::filesystem::path template_dir = o->template_dir;
        if (auto why = unreadable_file(template_dir / "template.toml")) {
            io.err << "ascreport check-template: " << (template_dir / "template.toml").string() << ": " << *why
                   << "; DIR must be a report template folder, holding template.toml\n";
            return exit_code::usage;
        }

        Dataset data;
        Settings settings;
        if (!o->data.empty()) {
            int status = exit_code::ok;
            auto loaded = load_or_report({o->data, o->settings}, io, status);
            if (!loaded) return status;
            data = std::move(loaded->loaded.dataset);
            settings = std::move(loaded->settings);
        } else if (!o->settings.empty()) {
            SettingsResult read = load_settings(o->settings, o->settings);
            for (const auto& d : read.diagnostics.items) io.err << d.format() << '\n';
            if (read.diagnostics.has_errors()) return exit_code::usage;
            settings = std::move(read.settings);
            data.age_bands = settings.input.age_bands;
        }
        const auto calendar = WorkingDayCalendar::england_and_wales(settings.extra_bank_holidays);
        const Figures figures = compute_figures(data, calendar, make_year(*year), settings.figures);
        const Diagnostics found =
            check_template({data, figures, settings.council, settings.privacy, template_dir,
                            o->data.empty() ? std::nullopt : std::optional<std::filesystem::path>(o->data)});

        for (const auto& d : found.items) io.err << d.format() << '\n';
        const std::size_t errors = found.error_count(), warnings = found.warning_count();
        auto count = [](std::size_t n, const char* what) {
            return std::to_string(n) + " " + what + (n == 1 ? "" : "s");
        };
        io.out << template_dir.string() << ": "
               << (errors + warnings == 0 ? std::string("no problems found")
                                          : count(errors, "error") + ", " + count(warnings, "warning"))
               << '\n';
        const int status = errors > 0 ? exit_code::usage : exit_code::ok;
        if (errors > 0)
            io.err << "ascreport check-template: the template has errors; ascreport report would not write a report "
                      "with it\n";
        return finish_output(io, "ascreport check-template", status);
    };
}

}  // namespace ascreport::cli
