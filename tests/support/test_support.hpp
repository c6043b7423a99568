// Helpers for tests: temporary folders with files, and running the real binary.
#pragma once

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

#include <catch2/catch.hpp>

#include "ascreport/diagnostics.hpp"
#include "ascreport/load.hpp"
#include "ascreport/load_job.hpp"
#include "test_paths.hpp"

namespace test {

// A fresh folder under the system temp dir, removed with everything in it at scope exit.
class TempDir {
public:
    TempDir() {
        std::string tmpl = (std::filesystem::temp_directory_path() / "ascreport-test-XXXXXX").string();
        path_ = ::mkdtemp(tmpl.data());
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::permissions(path_, std::filesystem::perms::owner_all, ec);
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }
    std::string str() const { return path_.string(); }
    std::filesystem::path write(const std::string& name, const std::string& content) const {
        const auto p = path_ / name;
        std::filesystem::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << content;
        return p;
    }

private:
    std::filesystem::path path_;
};

// Fails the test when a program it needs is missing: a missing tool never passes a test by
// skipping it. The tools are Debian packages that scripts/install-deps installs.
inline void require_tool(const std::string& program, const std::string& package) {
    if (std::system(("command -v " + program + " >/dev/null 2>&1").c_str()) != 0)
        FAIL(program << " is missing: install the Debian package " << package << " (scripts/install-deps does)");
}

// Every name in `dir`, hidden ones included, sorted: what a temporary file would show up in.
inline std::vector<std::string> names(const std::filesystem::path& dir) {
    std::vector<std::string> out;
    for (const auto& e : std::filesystem::directory_iterator(dir)) out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

// A copy of the sample data folder (and, when asked, of the shipped template) to change.
struct SampleCopy {
    TempDir dir;
    std::filesystem::path data = dir.path() / "data";
    std::filesystem::path tmpl = dir.path() / "template";
    explicit SampleCopy(bool with_template = false) {
        const std::filesystem::path source = ::test::source_dir();
        std::filesystem::copy(source / "data-samples", data, std::filesystem::copy_options::recursive);
        if (with_template)
            std::filesystem::copy(source / "report-templates/annual-report", tmpl, std::filesystem::copy_options::recursive);
    }
    // A path quoted for the shell.
    std::string q(const std::filesystem::path& p) const { return "'" + p.string() + "'"; }
};

struct RunResult {
    int status = -1;
    std::string out;
    std::string err;
};

inline std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// How tests run programs. One way for each need:
//   run(ARGS)      the built ascreport, through the shell, output captured (or standard
//                  output sent to a file, e.g. /dev/full): nearly every end-to-end test;
//   shell(COMMAND) any other program (qpdf, pdftotext, cmake), output captured;
//   Process        the built ascreport started directly, when the test needs the process itself
//                  (to read its peak memory from wait4).

// The moment every program a test runs takes as "now" unless a test gives its own
// SOURCE_DATE_EPOCH: 1 October 2024, 00:00 UTC. No test depends on the day it runs.
inline constexpr const char* kPinnedEpoch = "1727740800";

// Runs a shell command line with its standard output captured, or sent to `stdout_to`.
// SOURCE_DATE_EPOCH is kPinnedEpoch unless the command sets it (or unsets it: env -u).
inline RunResult shell(const std::string& command, const std::string& stdout_to = "") {
    TempDir io;
    const auto out = io.path() / "out", err = io.path() / "err";
    const std::string cmd =
        std::string("export SOURCE_DATE_EPOCH=") + kPinnedEpoch + "; { " + command + "; } >" + (stdout_to.empty() ? out.string() : stdout_to) + " 2>" + err.string();
    const int raw = std::system(cmd.c_str());
    RunResult r;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
}

// Runs the built ascreport with `args` (a shell-quoted string) after `env` (variables, or a
// command such as "cd DIR &&"), and captures its output.
inline RunResult run(const std::string& args, const std::string& env = "", const std::string& stdout_to = "") {
    return shell(env + " " + ::test::binary() + " " + args, stdout_to);
}

// The text of a PDF as pdftotext extracts it (with -layout by default).
inline std::string pdf_text(const std::filesystem::path& pdf, bool layout = true) {
    require_tool("pdftotext", "poppler-utils");
    const RunResult r = shell(std::string("pdftotext ") + (layout ? "-layout " : "") + "'" + pdf.string() + "' -");
    REQUIRE(r.status == 0);
    return r.out;
}

// The built ascreport started directly (no shell), so that the test can kill it or read its
// peak memory: standard output and error go to the files given.
class Process {
public:
    Process(const std::vector<std::string>& args, const std::filesystem::path& out, const std::filesystem::path& err,
            const std::vector<std::string>& env = {"SOURCE_DATE_EPOCH=1727740800", "LC_ALL=C"}) {
        std::vector<std::string> argv_s{::test::binary()};
        argv_s.insert(argv_s.end(), args.begin(), args.end());
        std::vector<char*> argv;
        for (auto& a : argv_s) argv.push_back(a.data());
        argv.push_back(nullptr);
        std::vector<std::string> env_s = env;
        std::vector<char*> envp;
        for (auto& e : env_s) envp.push_back(e.data());
        envp.push_back(nullptr);
        posix_spawn_file_actions_t fa;
        posix_spawn_file_actions_init(&fa);
        posix_spawn_file_actions_addopen(&fa, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        posix_spawn_file_actions_addopen(&fa, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int rc = posix_spawn(&pid_, argv[0], &fa, nullptr, argv.data(), envp.data());
        posix_spawn_file_actions_destroy(&fa);
        REQUIRE(rc == 0);
    }
    Process(const Process&) = delete;
    Process& operator=(const Process&) = delete;
    ~Process() {
        if (pid_ > 0) {
            ::kill(pid_, SIGKILL);
            ::waitpid(pid_, nullptr, 0);
        }
    }

    pid_t pid() const { return pid_; }

    struct Ended {
        int status = -1;    // exit status, or -signal when killed
        long peak_kib = 0;  // ru_maxrss of this process alone
    };
    Ended wait() {
        int raw = 0;
        struct rusage ru {};
        REQUIRE(::wait4(pid_, &raw, 0, &ru) == pid_);
        pid_ = -1;
        return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -WTERMSIG(raw), ru.ru_maxrss};
    }

private:
    pid_t pid_ = -1;
};

// A data folder as every command loads it (ascreport/load_job.hpp): the load's result, with
// the report.toml read and the run's working days beside it.
struct Loaded : ascreport::LoadResult {
    ascreport::Settings settings;
    std::optional<ascreport::WorkingDayCalendar> calendar;
};
inline Loaded load_with_settings(const ascreport::LoadOptions& options,
                                 std::optional<std::filesystem::path> settings_file = std::nullopt) {
    ascreport::LoadedData d = ascreport::load_data({options, std::move(settings_file)});
    Loaded out;
    static_cast<ascreport::LoadResult&>(out) = std::move(d.loaded);
    out.settings = std::move(d.settings);
    out.calendar = std::move(d.calendar);
    return out;
}

// A data folder loaded as every command loads it, at most `cap` messages a file.
inline Loaded load_folder(const TempDir& dir, std::size_t cap = 50) {
    ascreport::LoadOptions o;
    o.data_dir = dir.path();
    o.max_errors_per_file = cap;
    return load_with_settings(o);
}

// Diagnostics as a user sees them, with the temporary folder `dir` shown as `marker`.
inline std::vector<std::string> shown(const ascreport::Diagnostics& diags, const TempDir& dir, const std::string& marker) {
    std::vector<std::string> out;
    for (const auto& d : diags.items) {
        std::string s = d.format();
        for (auto pos = s.find(dir.str()); pos != std::string::npos; pos = s.find(dir.str(), pos + marker.size()))
            s.replace(pos, dir.str().size(), marker);
        out.push_back(s);
    }
    return out;
}

// The messages of a loaded folder as the user sees them, the folder shown as "D".
inline std::vector<std::string> messages(const ascreport::LoadResult& r, const TempDir& dir) {
    return shown(r.diagnostics, dir, "D");
}

}  // namespace test
