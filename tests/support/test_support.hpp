// Helpers for tests: temporary folders with files, and running the real binary.
#pragma once

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/wait.h>
#include <vector>

#include <catch2/catch.hpp>

#include "ascreport/diagnostics.hpp"

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

struct RunResult {
    int status = -1;
    std::string out;
    std::string err;
};

inline std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Runs the built ascreport with `args` (a shell-quoted string) and captures its output.
inline RunResult run(const std::string& args, const std::string& env = "") {
    TempDir io;
    const auto out = io.path() / "out", err = io.path() / "err";
    const std::string cmd = env + " " + ASCREPORT_BINARY + " " + args + " >" + out.string() + " 2>" + err.string();
    const int raw = std::system(cmd.c_str());
    RunResult r;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
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

}  // namespace test
