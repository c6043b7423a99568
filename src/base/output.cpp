#include "ascreport/output.hpp"

#include <atomic>
#include <cerrno>
#include <charconv>
#include <string_view>
#include <system_error>

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

namespace ascreport {
namespace {

std::string reason(int err) { return std::generic_category().message(err); }

// A name no other writer uses: hidden, beside the target, with our process id and a counter.
std::filesystem::path temp_name(const std::filesystem::path& dir, const std::filesystem::path& name) {
    static std::atomic<unsigned> counter{0};
    // Appended piece by piece: GCC 12 gives a false -Wrestrict on chains of string operator+.
    std::string file = ".";
    file.append(name.string()).append(".tmp-").append(std::to_string(::getpid()));
    file.append("-").append(std::to_string(counter++));
    return dir / file;
}

// Whether "PID-N" (the rest of a temporary file's name) names a run that is no longer running
// on this machine: not us, and kill(PID, 0) says there is no such process. One whose PID is
// alive (or reused) counts as running.
bool left_by_dead_run(std::string_view rest) {
    const char* first = rest.data();
    const char* last = rest.data() + rest.size();
    long pid = 0;
    unsigned long counter = 0;
    auto [p, e] = std::from_chars(first, last, pid);
    if (e != std::errc() || p == first || p == last || *p != '-' || pid <= 0) return false;
    auto [q, e2] = std::from_chars(p + 1, last, counter);
    if (e2 != std::errc() || q == p + 1 || q != last) return false;
    return pid != ::getpid() && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

// A run killed while writing (SIGKILL, a power cut) leaves its temporary file behind, as
// ".NAME.tmp-PID-N". Before writing NAME we remove those whose process is no longer running on
// this machine; one whose PID is alive (or reused) stays until a later run. A writer on another
// machine sharing the folder would lose its temporary file and fail with an error, never
// leaving a partial report.
void remove_stale_temporaries(const std::filesystem::path& dir, const std::filesystem::path& name, const FileOps& ops) {
    const std::string prefix = "." + name.string() + ".tmp-";
    std::error_code ec;
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string file = it->path().filename().string();
        if (file.size() <= prefix.size() || file.compare(0, prefix.size(), prefix) != 0) continue;
        if (!left_by_dead_run(std::string_view(file).substr(prefix.size()))) continue;
        std::error_code type_ec;
        if (!it->is_regular_file(type_ec) || it->is_symlink(type_ec)) continue;
        ops.unlink(it->path().c_str());
    }
}

// Whether reaching `path` goes through a descriptor link of /proc (/dev/stdout is a link to
// /proc/self/fd/1, which names the file the descriptor has open): renaming a new file over
// what it names would replace a log the shell is appending to.
bool through_descriptor_link(const std::filesystem::path& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path p = fs::absolute(path, ec);
    if (ec) return false;
    for (int hops = 0; hops < 40; ++hops) {
        const fs::path parent = fs::weakly_canonical(p.parent_path(), ec);
        if (ec) return false;
        const std::string dir = parent.string();
        if (dir.rfind("/proc/", 0) == 0 && parent.filename() == "fd") return true;
        if (!fs::is_symlink(fs::symlink_status(parent / p.filename(), ec))) return false;
        const fs::path target = fs::read_symlink(parent / p.filename(), ec);
        if (ec) return false;
        p = target.is_absolute() ? target : parent / target;
    }
    return false;
}

// A device or pipe (not a regular file) is written in place: renaming a file over it would
// replace the device itself. A pipe with no reader is an error, not a hang. `extra_flags`:
// O_APPEND for a regular file reached through a descriptor link.
std::optional<std::string> write_to_device(const std::filesystem::path& path, std::span<const std::uint8_t> bytes,
                                           const FileOps& ops, int extra_flags = 0) {
    auto fail = [&](int err) { return "cannot write " + path.string() + ": " + reason(err); };
    const int fd = ops.open(path.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC | extra_flags, 0);
    if (fd < 0) return fail(errno == ENXIO ? EPIPE : errno);
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    std::size_t done = 0;
    while (done < bytes.size()) {
        const std::ptrdiff_t n = ops.write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const int err = n < 0 ? errno : ENOSPC;
            ops.close(fd);
            return fail(err);
        }
        done += static_cast<std::size_t>(n);
    }
    if (ops.close(fd) != 0) return fail(errno);
    return std::nullopt;
}

}  // namespace

FileOps FileOps::system() {
    FileOps ops;
    ops.open = [](const char* p, int flags, unsigned mode) { return ::open(p, flags, static_cast<mode_t>(mode)); };
    ops.write = [](int fd, const void* d, std::size_t n) { return static_cast<std::ptrdiff_t>(::write(fd, d, n)); };
    ops.fsync = [](int fd) { return ::fsync(fd); };
    ops.close = [](int fd) { return ::close(fd); };
    ops.rename = [](const char* a, const char* b) { return ::rename(a, b); };
    ops.unlink = [](const char* p) { return ::unlink(p); };
    ops.stat = [](const char* p, struct stat* st) { return ::stat(p, st); };
    ops.fchmod = [](int fd, unsigned mode) { return ::fchmod(fd, static_cast<mode_t>(mode)); };
    return ops;
}

std::optional<std::string> write_file_atomically(const std::filesystem::path& path,
                                                 std::span<const std::uint8_t> bytes, unsigned new_file_mode) {
    return write_file_atomically(path, bytes, FileOps::system(), new_file_mode);
}

std::optional<std::string> write_file_atomically(const std::filesystem::path& path,
                                                 std::span<const std::uint8_t> bytes, const FileOps& ops,
                                                 unsigned new_file_mode) {
    const std::string shown = path.string();
    auto fail = [&](const std::string& why) { return "cannot write " + shown + ": " + why; };
    if (!path.has_filename()) return fail("no file name");
    std::error_code ec;
    struct stat st {};
    const bool exists = ops.stat(path.c_str(), &st) == 0;
    if (exists && S_ISDIR(st.st_mode)) return fail("it is a folder; give a file name such as report.pdf");
    if (exists && !S_ISREG(st.st_mode))
        return write_to_device(path, bytes, ops);  // /dev/stdout, a pipe: nothing to rename over
    if (exists && through_descriptor_link(path)) return write_to_device(path, bytes, ops, O_APPEND);
    // Through a symbolic link: replace the file it points to, not the link.
    const std::filesystem::path target =
        exists && std::filesystem::is_symlink(std::filesystem::symlink_status(path, ec))
            ? std::filesystem::canonical(path, ec)
            : path;
    const std::filesystem::path dir = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    if (!std::filesystem::is_directory(dir, ec)) return fail("folder " + dir.string() + " does not exist");

    remove_stale_temporaries(dir, target.filename(), ops);
    std::filesystem::path temp;
    int fd = -1;
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        temp = temp_name(dir, target.filename());
        // Created with the permissions it will keep, so that no one can open it meanwhile who
        // could not open the output: the replaced file's, else the new file's less the umask.
        fd = ops.open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, exists ? st.st_mode & 0777 : new_file_mode);
        if (fd < 0 && errno != EEXIST) return fail(reason(errno));
    }
    if (fd < 0) return fail("cannot create a temporary file in " + dir.string());
    // The umask may have taken bits from the replaced file's permissions (and open ignores the
    // set-id and sticky bits): set them all, which only adds what the file had.
    if (exists && ops.fchmod(fd, st.st_mode & 07777) != 0) {
        const int err = errno;
        ops.close(fd);
        ops.unlink(temp.c_str());
        return fail(reason(err));
    }

    auto abandon = [&](int err) {
        if (fd >= 0) ops.close(fd);
        ops.unlink(temp.c_str());
        return fail(reason(err));
    };
    std::size_t done = 0;
    while (done < bytes.size()) {
        const std::ptrdiff_t n = ops.write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return abandon(errno);
        // write() returning 0 for a non-empty buffer means the device took nothing: treat it
        // as full rather than loop forever.
        if (n == 0) return abandon(ENOSPC);
        done += static_cast<std::size_t>(n);  // a short write: carry on from where it stopped
    }
    if (ops.fsync(fd) != 0) return abandon(errno);
    const int closed = ops.close(fd);
    fd = -1;
    if (closed != 0) return abandon(errno);  // some file systems report write errors only here
    if (ops.rename(temp.c_str(), target.c_str()) != 0) return abandon(errno);

    // Make the rename itself durable. Best effort: the file is complete either way.
    const int dfd = ops.open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
    if (dfd >= 0) {
        ops.fsync(dfd);
        ops.close(dfd);
    }
    return std::nullopt;
}

namespace {

constexpr std::string_view kScratchPrefix = ".ascreport-tmp-";

// The scratch folders in `place` left by runs no longer running, and this user's.
void remove_stale_scratch(const std::filesystem::path& place) {
    std::error_code ec;
    for (std::filesystem::directory_iterator it(place, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!name.starts_with(kScratchPrefix) || !left_by_dead_run(std::string_view(name).substr(kScratchPrefix.size())))
            continue;
        struct stat st {};
        if (::lstat(it->path().c_str(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::geteuid()) continue;
        std::error_code remove_ec;
        std::filesystem::remove_all(it->path(), remove_ec);
    }
}

}  // namespace

std::optional<ScratchFolder> ScratchFolder::make(const std::vector<std::filesystem::path>& places, std::string& error) {
    static std::atomic<unsigned> counter{0};
    error.clear();
    // Every place, also those after the one used: a run killed while TMPDIR was unusable left
    // its folder beside the output.
    for (const std::filesystem::path& place : places) remove_stale_scratch(place);
    for (const std::filesystem::path& place : places) {
        int err = 0;
        for (int attempt = 0; attempt < 100; ++attempt) {
            std::string name(kScratchPrefix);
            name.append(std::to_string(::getpid())).append("-").append(std::to_string(counter++));
            const std::filesystem::path folder = place / name;
            if (::mkdir(folder.c_str(), 0700) == 0) {
                error.clear();
                return ScratchFolder(folder);
            }
            err = errno;
            if (err != EEXIST) break;
        }
        if (!error.empty()) error += "; ";
        error += (place.empty() ? std::string(".") : place.string()) + ": " + reason(err);
    }
    return std::nullopt;
}

ScratchFolder::ScratchFolder(ScratchFolder&& other) noexcept : path_(std::move(other.path_)) { other.path_.clear(); }

ScratchFolder::~ScratchFolder() {
    if (path_.empty()) return;
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

std::optional<FileIdentity> file_identity(const std::filesystem::path& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return std::nullopt;
    return FileIdentity{st.st_dev, st.st_ino};
}

std::optional<FileIdentity> file_identity(int fd) {
    struct stat st {};
    if (::fstat(fd, &st) != 0) return std::nullopt;
    return FileIdentity{st.st_dev, st.st_ino};
}

std::optional<std::filesystem::path> same_file_among(const std::filesystem::path& out,
                                                     const std::vector<std::filesystem::path>& inputs) {
    const auto target = file_identity(out);
    if (!target) return std::nullopt;  // a new file is no input
    for (const std::filesystem::path& input : inputs)
        if (file_identity(input) == target) return input;
    return std::nullopt;
}

}  // namespace ascreport
