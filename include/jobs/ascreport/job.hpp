// What every job of the jobs stage shares: how a run ended (JobStatus) and what it has to say
// (JobMessage). A job is one command as one call: a plain request in (paths, parsed options,
// the clock's value: nothing below the command line reads the clock or the environment), an
// outcome out (a status, every message in the order printed, and the values to print or the
// bytes to write). The command line (src/cli/) prints the messages, writes or prints the
// values, and maps the status to the exit status, in one place (src/cli/exit_codes.hpp;
// docs/faults.md lists them).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ascreport/diagnostics.hpp"

namespace ascreport {

// How a job ended.
enum class JobStatus : std::uint8_t {
    Ok,          // done (warnings, if any, among the messages)
    DataErrors,  // errors in the data, or personal details in what the report would publish
    Usage,       // a bad option, field or value; report.toml, the data folder, the template or the logo
    Failure,     // an output could not be made: a font missing or damaged
    Incomplete,  // report --final, and the draft still lacks something
};

// One line for the user, in the order they are to read them.
struct JobMessage {
    enum class Kind : std::uint8_t {
        Diagnostic,  // about one file (the loader's, the scan's, the template's): `diagnostic`
        Warning,     // about the run: printed "warning: TEXT"
        Said,        // the run's own word: printed after the command's name, "ascreport report: TEXT"
        Plain,       // printed as it is: the count of the data's errors, as every command ends a load
    };
    Kind kind = Kind::Said;
    std::string text;       // all kinds but Diagnostic
    Diagnostic diagnostic;  // Kind::Diagnostic

    // The line as printed, without its line break; `command` names the command
    // ("ascreport report").
    std::string line(std::string_view command) const;
};

// What every job's outcome holds; each job's adds the values it made.
struct JobOutcome {
    JobStatus status = JobStatus::Ok;
    std::vector<JobMessage> messages;  // to standard error, in order, before the job's output

    bool ok() const { return status == JobStatus::Ok; }
    void say(JobMessage::Kind kind, std::string text) { messages.push_back({kind, std::move(text), {}}); }
    void diagnostic(const Diagnostic& d) { messages.push_back({JobMessage::Kind::Diagnostic, {}, d}); }
    // Says why the job stopped ("ascreport COMMAND: WHY") and sets its status.
    void stop(JobStatus why_status, std::string why) {
        say(JobMessage::Kind::Said, std::move(why));
        status = why_status;
    }
};

}  // namespace ascreport
