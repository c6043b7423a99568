// write_file_atomically and ScratchFolder against the faults a disk has: no permission, a
// read-only file system, a full disk, and a crash between any two of the writer's steps. Each
// runs the same way as root (CI) and as any other user, on every machine: the file operations
// are the injectable FileOps (output.hpp) with fakes that fail, and a crash is a child process
// that dies at a chosen call, so no test depends on the machine's speed or on a mount.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cerrno>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <grp.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ascreport/output.hpp"
#include "test_support.hpp"

using namespace ascreport;
namespace fs = std::filesystem;

namespace {

using Names = std::vector<std::string>;
using test::names;
using test::slurp;

std::vector<std::uint8_t> bytes_of(const std::string& s) { return {s.begin(), s.end()}; }

const std::string kOld = "last year's report";

// A folder holding report.pdf with kOld in it.
struct OldReport {
    test::TempDir dir;
    fs::path target = dir.path() / "report.pdf";
    OldReport() { std::ofstream(target, std::ios::binary) << kOld; }
};

// Runs `f` in a child process and returns what it returned (through a pipe). With
// `as_nobody`, the child first becomes user and group 65534 when it is root, so that
// permission bits apply to it as to any user; otherwise it runs as this process's user.
template <class F>
std::string in_child(bool as_nobody, F&& f) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(fds[0]);
        std::string result;
        if (as_nobody && ::geteuid() == 0 && (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0))
            result = "could not become user 65534";
        else
            result = f();
        (void)!::write(fds[1], result.data(), result.size());
        ::_exit(0);
    }
    ::close(fds[1]);
    std::string out;
    char buf[4096];
    for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) > 0;) out.append(buf, static_cast<std::size_t>(n));
    ::close(fds[0]);
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    return out;
}

}  // namespace

// ---- No permission, read-only, full ------------------------------------------------------------

TEST_CASE("output faults: a folder the user may not write to is reported, and the old file kept") {
    // Real permission bits: the child is an ordinary user (65534 when the test runs as root,
    // for root writes anywhere), the folder is 0555.
    OldReport old;
    fs::permissions(old.dir.path(), fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                        fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
    const std::string err = in_child(true, [&] {
        const auto e = write_file_atomically(old.target, bytes_of("new"));
        return e ? *e : std::string("written");
    });
    fs::permissions(old.dir.path(), fs::perms::owner_all);
    CHECK(err == "cannot write " + old.target.string() + ": Permission denied");
    CHECK(slurp(old.target) == kOld);
    CHECK(names(old.dir.path()) == Names{"report.pdf"});
}

TEST_CASE("output faults: a read-only file system or a refused folder keeps the old file, with the reason") {
    OldReport old;
    FileOps ops = FileOps::system();
    const auto [err, reason] = GENERATE(table<int, std::string>({
        {EROFS, "Read-only file system"},
        {EACCES, "Permission denied"},
        {EDQUOT, "Disk quota exceeded"},
    }));
    // The file system refuses to create anything: the temporary file is never made.
    ops.open = [err = err](const char* p, int flags, unsigned mode) {
        if (flags & O_CREAT) {
            errno = err;
            return -1;
        }
        return ::open(p, flags, static_cast<mode_t>(mode));
    };
    const auto e = write_file_atomically(old.target, bytes_of("new"), ops);
    REQUIRE(e);
    CHECK(*e == "cannot write " + old.target.string() + ": " + reason);
    CHECK(slurp(old.target) == kOld);
    CHECK(names(old.dir.path()) == Names{"report.pdf"});
}

TEST_CASE("output faults: a file system remounted read-only during the write keeps the old file") {
    // The temporary file is made, then every later change fails with EROFS: its bytes, and the
    // rename that would publish it.
    OldReport old;
    FileOps ops = FileOps::system();
    const auto step = GENERATE(as<std::string>{}, "write", "fsync", "rename");
    INFO("read-only from " << step);
    if (step == "write") ops.write = [](int, const void*, std::size_t) -> std::ptrdiff_t { errno = EROFS; return -1; };
    if (step == "fsync") ops.fsync = [](int) { errno = EROFS; return -1; };
    if (step == "rename") ops.rename = [](const char*, const char*) { errno = EROFS; return -1; };
    const auto e = write_file_atomically(old.target, bytes_of("new"), ops);
    REQUIRE(e);
    CHECK(*e == "cannot write " + old.target.string() + ": Read-only file system");
    CHECK(slurp(old.target) == kOld);
    CHECK(names(old.dir.path()) == Names{"report.pdf"});
}

TEST_CASE("output faults: a disk that fills at any byte keeps the old file and leaves no temporary file") {
    const std::string report(3000, 'n');
    for (std::size_t room : {std::size_t{0}, std::size_t{1}, std::size_t{999}, std::size_t{2999}}) {
        INFO("room for " << room << " bytes");
        OldReport old;
        FileOps ops = FileOps::system();
        std::size_t used = 0;
        ops.write = [&](int fd, const void* data, std::size_t n) -> std::ptrdiff_t {
            if (used == room) {
                errno = ENOSPC;
                return -1;
            }
            const std::size_t take = std::min(n, room - used);
            used += take;
            return ::write(fd, data, take);
        };
        const auto e = write_file_atomically(old.target, bytes_of(report), ops);
        REQUIRE(e);
        CHECK(*e == "cannot write " + old.target.string() + ": No space left on device");
        CHECK(used == room);
        CHECK(slurp(old.target) == kOld);
        CHECK(names(old.dir.path()) == Names{"report.pdf"});
    }
}

// ---- A crash between any two steps -------------------------------------------------------------

namespace {

// The name of each FileOps call the writer makes, in order, with the path where it has one.
struct RecordingOps {
    FileOps ops = FileOps::system();
    std::vector<std::string> calls;
    RecordingOps() {
        const FileOps real = FileOps::system();
        ops.open = [this, real](const char* p, int f, unsigned m) { return note("open", p), real.open(p, f, m); };
        ops.write = [this, real](int fd, const void* d, std::size_t n) {
            // At most 1,000 bytes a call, so that a crash can fall between two writes.
            return note("write"), real.write(fd, d, std::min<std::size_t>(n, 1000));
        };
        ops.fsync = [this, real](int fd) { return note("fsync"), real.fsync(fd); };
        ops.close = [this, real](int fd) { return note("close"), real.close(fd); };
        ops.rename = [this, real](const char* a, const char* b) { return note("rename", a), real.rename(a, b); };
        ops.unlink = [this, real](const char* p) { return note("unlink", p), real.unlink(p); };
        ops.stat = [this, real](const char* p, struct stat* st) { return note("stat", p), real.stat(p, st); };
        ops.fchmod = [this, real](int fd, unsigned m) { return note("fchmod"), real.fchmod(fd, m); };
    }
    virtual ~RecordingOps() = default;
    RecordingOps(const RecordingOps&) = delete;
    RecordingOps& operator=(const RecordingOps&) = delete;
    virtual void note(const std::string& call, const char* path = nullptr) {
        calls.push_back(path ? call + " " + fs::path(path).filename().string() : call);
    }
};

// Ops whose process dies (_exit, no clean-up of any kind) just before its call number `at`.
struct CrashingOps : RecordingOps {
    std::size_t at;
    explicit CrashingOps(std::size_t at) : at(at) {}
    void note(const std::string& call, const char* path) override {
        if (calls.size() == at) ::_exit(0);
        RecordingOps::note(call, path);
    }
};

bool is_temporary(const std::string& name) { return name.starts_with(".report.pdf.tmp-"); }

}  // namespace

TEST_CASE("output faults: a crash between any two steps leaves the old file or the whole new one, and the next "
          "run removes the temporary file") {
    const bool had_old = GENERATE(true, false);
    INFO((had_old ? "replacing a file" : "a new file"));
    const std::string report(2500, 'n');  // three writes of at most 1,000 bytes
    // The steps of a run that is not interrupted.
    std::vector<std::string> steps;
    {
        OldReport old;
        if (!had_old) fs::remove(old.target);
        RecordingOps rec;
        REQUIRE_FALSE(write_file_atomically(old.target, bytes_of(report), rec.ops));
        steps = rec.calls;
    }
    const auto rename_at = std::find_if(steps.begin(), steps.end(), [](const std::string& s) { return s.starts_with("rename"); });
    REQUIRE(rename_at != steps.end());
    CHECK(std::count(steps.begin(), steps.end(), "write") == 3);
    CHECK(std::count(steps.begin(), steps.end(), "fsync") == 2);  // the file, then its folder
    CHECK(steps.size() == (had_old ? 12u : 11u));  // fchmod only for a file replaced
    for (std::size_t at = 0; at <= steps.size(); ++at) {
        INFO("crashed before step " << at << (at < steps.size() ? " (" + steps[at] + ")" : std::string(" (none: finished)")));
        OldReport old;
        if (!had_old) fs::remove(old.target);
        (void)in_child(false, [&] {
            CrashingOps crash(at);
            (void)write_file_atomically(old.target, bytes_of(report), crash.ops);
            return std::string();
        });
        // Before the rename the destination is as it was; from the rename on it is the new file,
        // whole.
        const bool renamed = at > static_cast<std::size_t>(rename_at - steps.begin());
        if (renamed) CHECK(slurp(old.target) == report);
        else if (had_old) CHECK(slurp(old.target) == kOld);
        else CHECK_FALSE(fs::exists(old.target));
        // A temporary file is left only by a crash after it was made and before it was renamed.
        const Names left = names(old.dir.path());
        const auto temporaries = std::count_if(left.begin(), left.end(), is_temporary);
        const bool made = at > static_cast<std::size_t>(std::find_if(steps.begin(), steps.end(), [](const std::string& s) {
                                                            return s.starts_with("open .report.pdf.tmp-");
                                                        }) - steps.begin());
        CHECK(temporaries == (made && !renamed ? 1 : 0));
        // The next run (the crashed one's process is gone) removes it and writes the file.
        REQUIRE_FALSE(write_file_atomically(old.target, bytes_of("the next run's report")));
        CHECK(slurp(old.target) == "the next run's report");
        CHECK(names(old.dir.path()) == Names{"report.pdf"});
    }
}

TEST_CASE("output faults: a scratch folder of a run that crashed is removed by the next run, whatever it held") {
    test::TempDir place;
    for (int files = 0; files <= 2; ++files) {
        INFO(files << " files written before the crash");
        const std::string made = in_child(false, [&]() -> std::string {
            std::string error;
            auto scratch = ScratchFolder::make({place.path()}, error);
            if (!scratch) return "no scratch folder: " + error;
            if (files >= 1) std::ofstream(scratch->path() / "workbook.xlsx") << "PK half a workbook";
            if (files >= 2) {
                fs::create_directory(scratch->path() / "xl");
                std::ofstream(scratch->path() / "xl" / "sheet1.xml") << "<worksheet";
            }
            ::_exit(0);  // the crash: the folder's destructor never runs
        });
        CHECK(made.empty());
        const Names left = names(place.path());
        REQUIRE(left.size() == 1);
        CHECK(left[0].starts_with(".ascreport-tmp-"));
        std::string error;
        {
            const auto next = ScratchFolder::make({place.path()}, error);
            REQUIRE(next);
            CHECK(names(place.path()).size() == 1);  // the crashed run's is gone, the new one is there
            CHECK(names(place.path())[0] == next->path().filename().string());
        }
        CHECK(names(place.path()).empty());
    }
}
