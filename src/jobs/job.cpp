// What the jobs share: the messages' printed form, loading with messages, the printable text.
#include "ascreport/job.hpp"

#include "job_steps.hpp"

namespace ascreport {

std::string JobMessage::line(std::string_view command) const {
    switch (kind) {
        case Kind::Diagnostic: return diagnostic.format();
        case Kind::Warning: return "warning: " + text;
        case Kind::Said: return std::string(command) + ": " + text;
        case Kind::Plain: break;
    }
    return text;
}

namespace jobs {

LoadedData load_with_messages(const DataRequest& request, JobOutcome& out) {
    LoadedData data = load_data(request);
    const LoadResult& r = data.loaded;
    for (const Diagnostic& d : r.diagnostics.items)
        if (d.severity != Severity::Note) out.diagnostic(d);
    if (r.settings_failed) {
        out.status = JobStatus::Usage;
    } else if (const std::size_t n = r.diagnostics.error_count()) {
        out.say(JobMessage::Kind::Plain, describe_load_errors(n, request.load.data_dir.string()));
        out.status = JobStatus::DataErrors;
    }
    return data;
}

std::optional<LoadedData> load_for(const DataRequest& request, JobOutcome& out) {
    LoadedData data = load_with_messages(request, out);
    if (!out.ok()) return std::nullopt;
    return data;
}

std::string redacted_message(std::size_t r, const Settings& settings) {
    const std::string file = settings.source.empty() ? std::string("report.toml") : settings.source.string();
    return std::to_string(r) + (r == 1 ? " name" : " names") + " on the [privacy] redact list of " + file +
           (r == 1 ? " was" : " were") + " replaced by (Name)";
}

void warn_calendar(const WorkingDayCalendar& calendar, const Period& period, JobOutcome& out) {
    if (const std::string w = calendar_warning(calendar, period); !w.empty()) out.say(JobMessage::Kind::Warning, w);
}

PrintableData printable_for(LoadedData& loaded, JobOutcome& out) {
    PrintableData printed = printable(std::move(loaded.loaded.dataset), loaded.settings.privacy);
    if (printed.redacted) out.say(JobMessage::Kind::Said, redacted_message(printed.redacted, loaded.settings));
    return printed;
}

}  // namespace jobs
}  // namespace ascreport
