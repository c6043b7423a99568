#include <catch2/catch.hpp>

#include <algorithm>
#include <cerrno>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ascreport/output.hpp"

using namespace ascreport;
namespace fs = std::filesystem;

namespace {

// A fresh folder per test, removed afterwards.
struct TempDir {
    fs::path path;
    TempDir() {
        static int n = 0;
        path = fs::temp_directory_path() / ("ascreport-output-test-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::permissions(path, fs::perms::owner_all, ec);
        fs::remove_all(path, ec);
    }
    // Names in the folder, so a test can see that no temporary file was left behind.
    std::vector<std::string> names() const {
        std::vector<std::string> out;
        for (const auto& e : fs::directory_iterator(path)) out.push_back(e.path().filename().string());
        std::sort(out.begin(), out.end());
        return out;
    }
};

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::uint8_t> bytes_of(const std::string& s) { return {s.begin(), s.end()}; }

void write_old(const fs::path& p) { std::ofstream(p, std::ios::binary) << "old report"; }

}  // namespace

TEST_CASE("a file is written whole and replaces the old one") {
    TempDir dir;
    const fs::path target = dir.path / "report.pdf";
    write_old(target);
    std::string big(3'000'000, 'x');
    big[0] = '%';
    CHECK_FALSE(write_file_atomically(target, bytes_of(big)));
    CHECK(read(target) == big);
    CHECK(dir.names() == std::vector<std::string>{"report.pdf"});
    CHECK_FALSE(write_file_atomically(target, std::vector<std::uint8_t>{}));
    CHECK(read(target).empty());
}

TEST_CASE("a missing folder is reported by name and nothing is created") {
    TempDir dir;
    const fs::path target = dir.path / "missing" / "report.pdf";
    const auto err = write_file_atomically(target, bytes_of("new"));
    REQUIRE(err);
    CHECK(*err == "cannot write " + target.string() + ": folder " + (dir.path / "missing").string() + " does not exist");
    CHECK(dir.names().empty());
}

namespace {

// Writes over an old report with `ops`, which make the disk fill up: the old file stays and no
// temporary file is left.
void check_full_disk(const TempDir& dir, const FileOps& ops) {
    const fs::path target = dir.path / "report.pdf";
    const auto err = write_file_atomically(target, bytes_of("new report, longer than four bytes"), ops);
    REQUIRE(err);
    CHECK(*err == "cannot write " + target.string() + ": No space left on device");
    CHECK(read(target) == "old report");
    CHECK(dir.names() == std::vector<std::string>{"report.pdf"});
}

}  // namespace

TEST_CASE("a full disk leaves the old file intact and no temporary file") {
    TempDir dir;
    write_old(dir.path / "report.pdf");
    FileOps ops = FileOps::system();
    std::size_t written = 0;
    ops.write = [&](int fd, const void* data, std::size_t n) -> std::ptrdiff_t {
        if (written >= 4) {  // space running out part way
            errno = ENOSPC;
            return -1;
        }
        const std::size_t take = std::min<std::size_t>(n, 4 - written);
        written += take;
        return ::write(fd, data, take);
    };
    check_full_disk(dir, ops);
}

TEST_CASE("the real /dev/full leaves the old file intact and no temporary file", "[needs-dev-full]") {
    TempDir dir;
    write_old(dir.path / "report.pdf");
    FileOps ops = FileOps::system();
    // The temporary file is created as usual, but its bytes go to /dev/full, whose writes fail
    // with ENOSPC exactly like a full disk.
    ops.open = [&](const char* path, int flags, unsigned mode) {
        const int fd = ::open(path, flags, static_cast<mode_t>(mode));
        if (fd < 0 || (flags & O_CREAT) == 0) return fd;
        ::close(fd);
        return ::open("/dev/full", O_WRONLY | O_CLOEXEC);
    };
    check_full_disk(dir, ops);
}

TEST_CASE("short writes and interrupted writes carry on until everything is written") {
    TempDir dir;
    const fs::path target = dir.path / "report.pdf";
    FileOps ops = FileOps::system();
    int calls = 0;
    ops.write = [&](int fd, const void* data, std::size_t n) -> std::ptrdiff_t {
        if (++calls % 3 == 0) {
            errno = EINTR;
            return -1;
        }
        return ::write(fd, data, std::min<std::size_t>(n, 7));
    };
    const std::string text = "a report written seven bytes at a time";
    CHECK_FALSE(write_file_atomically(target, bytes_of(text), ops));
    CHECK(read(target) == text);
    CHECK(calls > 6);
}

TEST_CASE("a device that accepts no bytes counts as full rather than looping") {
    TempDir dir;
    FileOps ops = FileOps::system();
    ops.write = [](int, const void*, std::size_t) -> std::ptrdiff_t { return 0; };
    const auto err = write_file_atomically(dir.path / "r.pdf", bytes_of("x"), ops);
    REQUIRE(err);
    CHECK(*err == "cannot write " + (dir.path / "r.pdf").string() + ": No space left on device");
    CHECK(dir.names().empty());
}

TEST_CASE("failures at fsync, close and rename keep the old file") {
    TempDir dir;
    const fs::path target = dir.path / "report.pdf";
    write_old(target);
    FileOps ops = FileOps::system();
    std::string expected;
    SECTION("fsync") {
        ops.fsync = [](int) { errno = EIO; return -1; };
        expected = "Input/output error";
    }
    SECTION("close") {
        ops.close = [](int fd) { ::close(fd); errno = EDQUOT; return -1; };
        expected = "Disk quota exceeded";
    }
    SECTION("rename") {
        ops.rename = [](const char*, const char*) { errno = EXDEV; return -1; };
        expected = "Invalid cross-device link";
    }
    const auto err = write_file_atomically(target, bytes_of("new"), ops);
    REQUIRE(err);
    CHECK(*err == "cannot write " + target.string() + ": " + expected);
    CHECK(read(target) == "old report");
    CHECK(dir.names() == std::vector<std::string>{"report.pdf"});
}

TEST_CASE("a path without a file name is refused") {
    TempDir dir;
    const auto err = write_file_atomically(dir.path.string() + "/", bytes_of("x"));
    REQUIRE(err);
    CHECK(*err == "cannot write " + dir.path.string() + "/: no file name");
}

TEST_CASE("a replaced file keeps its permissions", "[output]") {
    TempDir dir;
    const fs::path target = dir.path / "report.pdf";
    write_old(target);
    fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write);
    CHECK_FALSE(write_file_atomically(target, bytes_of("new")));
    CHECK(read(target) == "new");
    CHECK(fs::status(target).permissions() == (fs::perms::owner_read | fs::perms::owner_write));
    fs::permissions(target, fs::perms::owner_read | fs::perms::group_read);  // read-only: replaced all the same
    CHECK_FALSE(write_file_atomically(target, bytes_of("newer")));
    CHECK(fs::status(target).permissions() == (fs::perms::owner_read | fs::perms::group_read));
}

TEST_CASE("a failure to copy the permissions leaves the old file and no temporary file", "[output]") {
    TempDir dir;
    const fs::path target = dir.path / "report.pdf";
    write_old(target);
    FileOps ops = FileOps::system();
    ops.fchmod = [](int, unsigned) { errno = EPERM; return -1; };
    const auto err = write_file_atomically(target, bytes_of("new"), ops);
    REQUIRE(err);
    CHECK(*err == "cannot write " + target.string() + ": Operation not permitted");
    CHECK(read(target) == "old report");
    CHECK(dir.names() == std::vector<std::string>{"report.pdf"});
}

TEST_CASE("a device, FIFO or pipe is written in place and never renamed over", "[output]") {
    TempDir dir;
    const fs::path target = dir.path / "device";
    FileOps ops = FileOps::system();
    std::vector<std::string> calls;
    std::string written;
    ops.stat = [](const char*, struct stat* st) {
        *st = {};
        st->st_mode = S_IFIFO | 0600;
        return 0;
    };
    ops.open = [&](const char* p, int flags, unsigned) {
        calls.push_back(std::string("open ") + p + ((flags & O_CREAT) ? " create" : ""));
        return 1000;
    };
    ops.write = [&](int fd, const void* d, std::size_t n) -> std::ptrdiff_t {
        CHECK(fd == 1000);
        written.append(static_cast<const char*>(d), n);
        return static_cast<std::ptrdiff_t>(n);
    };
    ops.close = [&](int) { calls.push_back("close"); return 0; };
    ops.rename = [&](const char*, const char*) { calls.push_back("rename"); return 0; };
    ops.unlink = [&](const char*) { calls.push_back("unlink"); return 0; };
    CHECK_FALSE(write_file_atomically(target, bytes_of("%PDF"), ops));
    CHECK(written == "%PDF");
    CHECK(calls == std::vector<std::string>{"open " + target.string(), "close"});
}

TEST_CASE("a file reached through a descriptor link is appended to, not renamed over", "[output]") {
    TempDir dir;
    const fs::path log = dir.path / "log.txt";
    write_old(log);
    const int fd = ::open(log.c_str(), O_WRONLY | O_APPEND);
    REQUIRE(fd >= 0);
    const auto before = file_identity(log);
    const fs::path through = "/proc/self/fd/" + std::to_string(fd);
    CHECK_FALSE(write_file_atomically(through, bytes_of(" and more")));
    ::close(fd);
    CHECK(read(log) == "old report and more");
    CHECK(file_identity(log) == before);  // the same file, not a new one renamed into place
    CHECK(dir.names() == std::vector<std::string>{"log.txt"});
}

TEST_CASE("same_file_among tells an input by its identity, whatever its name", "[output]") {
    TempDir dir;
    fs::create_directories(dir.path / "data");
    const fs::path input = dir.path / "data" / "complaints.csv";
    write_old(input);
    fs::create_symlink(input, dir.path / "link.pdf");
    const std::vector<fs::path> inputs{dir.path / "data" / "report.toml", input};
    CHECK(same_file_among(input, inputs) == input);
    CHECK(same_file_among(dir.path / "data" / ".." / "data" / "complaints.csv", inputs) == input);
    CHECK(same_file_among(dir.path / "link.pdf", inputs) == input);
    CHECK_FALSE(same_file_among(dir.path / "report.pdf", inputs));  // a new file
    write_old(dir.path / "copy.csv");
    CHECK_FALSE(same_file_among(dir.path / "copy.csv", inputs));  // same bytes, another file
}

// ---- Permissions from the start ---------------------------------------------------------------

namespace {

// FileOps that record the mode each file is created with.
struct RecordedModes {
    FileOps ops = FileOps::system();
    std::vector<unsigned> created;
    std::vector<unsigned> chmods;
    RecordedModes() {
        ops.open = [this](const char* p, int flags, unsigned mode) {
            if (flags & O_CREAT) created.push_back(mode);
            return ::open(p, flags, static_cast<mode_t>(mode));
        };
        ops.fchmod = [this](int fd, unsigned mode) {
            chmods.push_back(mode);
            return ::fchmod(fd, static_cast<mode_t>(mode));
        };
    }
};

fs::perms perms_of(const fs::path& p) { return fs::status(p).permissions(); }

// Runs `f` with the umask set to `mask`, and puts the old one back.
template <class F>
void with_umask(mode_t mask, F&& f) {
    const mode_t old = ::umask(mask);
    f();
    ::umask(old);
}

}  // namespace

TEST_CASE("a replaced file's new copy is created with its permissions, never wider on the way", "[output]") {
    TempDir dir;
    const fs::path target = dir.path / "cases.xlsx";
    write_old(target);
    fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write);
    RecordedModes modes;
    // Even asked for a published file's 0644, the replacement of a 0600 file starts as 0600.
    CHECK_FALSE(write_file_atomically(target, bytes_of("new"), modes.ops, kPublishedFileMode));
    CHECK(modes.created == std::vector<unsigned>{0600});
    CHECK(perms_of(target) == (fs::perms::owner_read | fs::perms::owner_write));
    // 0640 under a umask of 077: created 0640 (the umask takes the group's read), then set to 0640.
    fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    RecordedModes again;
    with_umask(077, [&] { CHECK_FALSE(write_file_atomically(target, bytes_of("newer"), again.ops)); });
    CHECK(again.created == std::vector<unsigned>{0640});
    CHECK(again.chmods == std::vector<unsigned>{0640});
    CHECK(perms_of(target) == (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
}

TEST_CASE("a new file is created 0644 when published, 0600 when private, less the umask", "[output]") {
    TempDir dir;
    RecordedModes modes;
    with_umask(022, [&] {
        CHECK_FALSE(write_file_atomically(dir.path / "report.pdf", bytes_of("x"), modes.ops));
        CHECK_FALSE(write_file_atomically(dir.path / "cases.xlsx", bytes_of("x"), modes.ops, kPrivateFileMode));
    });
    CHECK(modes.created == std::vector<unsigned>{0644, 0600});
    CHECK(modes.chmods.empty());  // nothing to widen or narrow afterwards
    CHECK(perms_of(dir.path / "report.pdf") == (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                                                 fs::perms::others_read));
    CHECK(perms_of(dir.path / "cases.xlsx") == (fs::perms::owner_read | fs::perms::owner_write));
    // A umask of 0 does not make a report writable by others, nor a case list readable by them.
    with_umask(0, [&] {
        CHECK_FALSE(write_file_atomically(dir.path / "open.pdf", bytes_of("x")));
        CHECK_FALSE(write_file_atomically(dir.path / "open.xlsx", bytes_of("x"), kPrivateFileMode));
    });
    CHECK(perms_of(dir.path / "open.pdf") ==
          (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read));
    CHECK(perms_of(dir.path / "open.xlsx") == (fs::perms::owner_read | fs::perms::owner_write));
    // A umask of 077 keeps even a report to its owner.
    with_umask(077, [&] { CHECK_FALSE(write_file_atomically(dir.path / "own.pdf", bytes_of("x"))); });
    CHECK(perms_of(dir.path / "own.pdf") == (fs::perms::owner_read | fs::perms::owner_write));
}

// ---- ScratchFolder ------------------------------------------------------------------------------

namespace {

// A process id that is certainly not running: a child that has exited and been reaped.
pid_t dead_pid() {
    const pid_t child = ::fork();
    if (child == 0) ::_exit(0);
    ::waitpid(child, nullptr, 0);
    return child;
}

}  // namespace

TEST_CASE("a scratch folder is made in the first place that takes one, private, and removed with what is in it",
          "[output]") {
    TempDir dir;
    std::ofstream(dir.path / "a-file") << "x";
    std::string error;
    fs::path made;
    {
        const auto scratch = ScratchFolder::make({dir.path / "missing", dir.path / "a-file", dir.path}, error);
        REQUIRE(scratch);
        CHECK(error.empty());
        made = scratch->path();
        CHECK(made.parent_path() == dir.path);
        CHECK(made.filename().string().rfind(".ascreport-tmp-" + std::to_string(::getpid()) + "-", 0) == 0);
        CHECK(perms_of(made) == fs::perms::owner_all);
        std::ofstream(made / "workbook.xlsx") << "PK";
        fs::create_directory(made / "part");
    }
    CHECK_FALSE(fs::exists(made));
    CHECK(dir.names() == std::vector<std::string>{"a-file"});
    // No place at all: each one's reason.
    const auto none = ScratchFolder::make({dir.path / "missing", dir.path / "a-file"}, error);
    CHECK_FALSE(none);
    CHECK(error == (dir.path / "missing").string() + ": No such file or directory; " + (dir.path / "a-file").string() +
                       ": Not a directory");
}

TEST_CASE("making a scratch folder removes those of killed runs, and only those", "[output]") {
    TempDir dir;
    const std::string dead = std::to_string(dead_pid()), mine = std::to_string(::getpid());
    const fs::path killed = dir.path / (".ascreport-tmp-" + dead + "-0");
    fs::create_directories(killed / "part");
    std::ofstream(killed / "workbook.xlsx") << "the cases of a killed run";
    fs::create_directory(dir.path / (".ascreport-tmp-" + dead + "-1"));
    fs::create_directory(dir.path / (".ascreport-tmp-" + mine + "-900"));  // a live run's
    fs::create_directory(dir.path / ".ascreport-tmp-notes");                // not one of ours
    std::ofstream(dir.path / (".ascreport-tmp-" + dead + "-2")) << "a file, not a folder";
    fs::create_directory(dir.path / "elsewhere");
    fs::create_symlink(dir.path / "elsewhere", dir.path / (".ascreport-tmp-" + dead + "-3"));  // a link: not followed
    std::ofstream(dir.path / "elsewhere" / "keep") << "x";
    std::string error;
    {
        const auto scratch = ScratchFolder::make({dir.path}, error);
        REQUIRE(scratch);
    }
    std::vector<std::string> left{".ascreport-tmp-" + dead + "-2", ".ascreport-tmp-" + dead + "-3",
                                  ".ascreport-tmp-" + mine + "-900", ".ascreport-tmp-notes", "elsewhere"};
    std::sort(left.begin(), left.end());
    CHECK(dir.names() == left);
    CHECK(fs::exists(dir.path / "elsewhere" / "keep"));
}

TEST_CASE("a killed run's scratch folder in a later place (beside the output) is removed too", "[output]") {
    TempDir tmp, out;
    const fs::path killed = out.path / (".ascreport-tmp-" + std::to_string(dead_pid()) + "-0");
    fs::create_directory(killed);
    std::ofstream(killed / "workbook.xlsx") << "the cases of a run killed while TMPDIR was unusable";
    std::string error;
    {
        const auto scratch = ScratchFolder::make({tmp.path, out.path}, error);
        REQUIRE(scratch);
        CHECK(scratch->path().parent_path() == tmp.path);  // the first place that takes one
    }
    CHECK(out.names().empty());
    CHECK(tmp.names().empty());
}

// Needs root: only root can give a folder to another user. Registered apart and reported as
// skipped elsewhere (tests/CMakeLists.txt).
TEST_CASE("making a scratch folder leaves a killed run's folder that another user owns", "[output][needs-root]") {
    REQUIRE(::geteuid() == 0);
    TempDir dir;
    const std::string dead = std::to_string(dead_pid());
    const fs::path others = dir.path / (".ascreport-tmp-" + dead + "-4");
    const fs::path mine = dir.path / (".ascreport-tmp-" + dead + "-5");
    fs::create_directory(others);
    fs::create_directory(mine);
    REQUIRE(::chown(others.c_str(), 65534, 65534) == 0);
    std::string error;
    {
        const auto scratch = ScratchFolder::make({dir.path}, error);
        REQUIRE(scratch);
    }
    CHECK(dir.names() == std::vector<std::string>{".ascreport-tmp-" + dead + "-4"});
}
