// run_init: a folder of exports read, and the starter report.toml for it (ascreport/init_job.hpp).
#include "ascreport/init_job.hpp"

#include "ascreport/inspect.hpp"
#include "ascreport/starter_settings.hpp"

namespace ascreport {

InitOutcome run_init(const InitRequest& request) {
    InitOutcome out;
    const InspectResult r = inspect_folder(request.data_dir);
    if (!r.inspection) {
        out.say(JobMessage::Kind::Plain, r.error);
        out.status = JobStatus::Usage;
        return out;
    }
    const std::filesystem::path settings = request.data_dir / "report.toml";
    if (r.inspection->has_settings && !request.output_is_settings_file)
        out.say(JobMessage::Kind::Said,
                settings.string() + " already exists and is not changed; what follows is a suggestion to compare with it");
    // A file it could not read is a TODO in the output; said here too, where it is seen.
    for (const FileInspection& f : r.inspection->files)
        if (!f.problem.empty())
            out.say(JobMessage::Kind::Plain, (request.data_dir / f.name).string() +
                                                 (f.problem_line ? ":" + std::to_string(f.problem_line) : "") +
                                                 ": warning: " + f.problem + " (init left it out; see the TODO under [input])");
    out.settings = starter_settings(*r.inspection);
    return out;
}

}  // namespace ascreport
