// run_validate: a data folder checked, and what validate shows of it (ascreport/validate_job.hpp).
#include "ascreport/validate_job.hpp"

#include "ascreport/data_notes.hpp"

#include "job_steps.hpp"

namespace ascreport {

ValidateOutcome run_validate(const ValidateRequest& request) {
    ValidateOutcome out;
    out.data_dir = request.data.load.data_dir;
    const LoadedData loaded = jobs::load_with_messages(request.data, out);
    const LoadResult& r = loaded.loaded;
    // The columns show on data errors too: a wrong header is often why.
    if (out.status != JobStatus::Usage) out.headers = r.headers;
    if (!out.ok()) return out;
    out.rows = count_rows(r.dataset);
    out.settings_read = !loaded.settings.source.empty();
    out.concerns_from_complaints = loaded.settings.input.concerns_from.enabled();
    for (const Diagnostic& d : r.diagnostics.items)
        if (d.severity == Severity::Note) out.notes.push_back(d);
    out.spellings = spelling_notes(r.dataset, (out.data_dir / "complaints.csv").string());
    out.warnings = r.diagnostics.warning_count();
    return out;
}

}  // namespace ascreport
