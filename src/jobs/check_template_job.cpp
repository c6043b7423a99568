// run_check_template: a template folder built for a data folder or for none
// (ascreport/check_template_job.hpp).
#include "ascreport/check_template_job.hpp"

#include "ascreport/calendar.hpp"
#include "ascreport/figures.hpp"
#include "ascreport/files.hpp"
#include "ascreport/period.hpp"
#include "ascreport/report.hpp"
#include "ascreport/settings.hpp"
#include "ascreport/template_check.hpp"

#include "job_steps.hpp"
#include "report_files.hpp"

namespace ascreport {

CheckTemplateOutcome run_check_template(const CheckTemplateRequest& request) {
    CheckTemplateOutcome out;
    const std::filesystem::path& template_dir = request.template_dir;
    if (auto why = unreadable_file(template_dir / "template.toml")) {
        out.stop(JobStatus::Usage, (template_dir / "template.toml").string() + ": " + *why +
                                       "; DIR must be a report template folder, holding template.toml");
        return out;
    }
    const std::vector<std::string> periods = template_periods(template_dir);
    const bool quarters_only = periods.size() == 1 && periods.front() == "quarter";
    const std::optional<int> quarter = request.quarter ? request.quarter : quarters_only ? std::optional(1) : std::nullopt;
    const Period period = quarter ? *make_quarter(request.year, *quarter) : make_year(request.year);
    if (auto problem = jobs::period_problem(template_dir, period)) {
        out.stop(JobStatus::Usage, *problem);
        return out;
    }
    Dataset data;
    Settings settings;
    if (request.data_dir) {
        DataRequest data_request;
        data_request.load.data_dir = *request.data_dir;
        data_request.settings_file = request.settings_file;
        auto loaded = jobs::load_for(data_request, out);
        if (!loaded) return out;
        data = std::move(loaded->loaded.dataset);
        settings = std::move(loaded->settings);
    } else if (request.settings_file) {
        SettingsResult read = load_settings(*request.settings_file, request.settings_file->string());
        for (const Diagnostic& d : read.diagnostics.items) out.diagnostic(d);
        if (read.diagnostics.has_errors()) {
            out.status = JobStatus::Usage;
            return out;
        }
        settings = std::move(read.settings);
        data.age_bands = settings.input.age_bands;
    }
    std::error_code ec;
    const auto calendar = WorkingDayCalendar::england_and_wales(settings.extra_bank_holidays);
    const Figures figures = compute_figures(data, calendar, period, settings.figures, settings.time_limits);
    std::optional<Figures> to_date;  // a quarter's year to date, as the report computes it
    if (quarter) to_date = compute_figures(data, calendar, year_to_date(period), settings.figures, settings.time_limits);
    std::set<std::string> others_texts;
    if (request.data_dir)
        for (const std::filesystem::path& other : request.other_templates)
            if (!std::filesystem::equivalent(other, template_dir, ec))
                others_texts.merge(report_text_names(other, *request.data_dir));
    const Diagnostics found = check_template({data, figures, settings.council, settings.time_limits, settings.privacy, template_dir,
                                              request.data_dir, to_date ? &*to_date : nullptr, others_texts});
    for (const Diagnostic& d : found.items) out.diagnostic(d);
    out.errors = found.error_count();
    out.warnings = found.warning_count();
    out.checked = true;
    if (out.errors > 0) out.status = JobStatus::Usage;
    return out;
}

}  // namespace ascreport
