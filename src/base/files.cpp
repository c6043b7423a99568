#include "ascreport/files.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <utility>

#include <dirent.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace ascreport {
namespace {

namespace fs = std::filesystem;

// A descriptor, closed at the end of its scope.
class Fd {
public:
    explicit Fd(int fd = -1) : fd_(fd) {}
    Fd(Fd&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
    Fd& operator=(Fd&& other) noexcept {
        if (this != &other) {
            if (fd_ >= 0) ::close(fd_);
            fd_ = std::exchange(other.fd_, -1);
        }
        return *this;
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    ~Fd() {
        if (fd_ >= 0) ::close(fd_);
    }
    int get() const { return fd_; }
    int release() { return std::exchange(fd_, -1); }

private:
    int fd_;
};

// The kernel's own limit on the links of one path (MAXSYMLINKS).
constexpr int kMaxLinks = 40;

// The text of the symbolic link `name` in `dirfd` ("" and AT_EMPTY_PATH semantics for an
// O_PATH descriptor of the link itself), or nullopt when it is not a link.
std::optional<std::string> read_link(int dirfd, const char* name) {
    std::string target(256, '\0');
    for (;;) {
        const ssize_t n = ::readlinkat(dirfd, name, target.data(), target.size());
        if (n < 0) return std::nullopt;
        if (static_cast<std::size_t>(n) < target.size()) {
            target.resize(static_cast<std::size_t>(n));
            return target;
        }
        if (target.size() >= 65536) return std::nullopt;
        target.resize(target.size() * 2);
    }
}

// Puts the components of `path` before those still to be walked ("." left out).
void prepend(std::deque<std::string>& pending, const std::string& path) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find('/', start);
        if (end == std::string::npos) end = path.size();
        std::string part = path.substr(start, end - start);
        if (!part.empty() && part != ".") parts.push_back(std::move(part));
        start = end + 1;
    }
    pending.insert(pending.begin(), parts.begin(), parts.end());
}

// Resolve::Walk: each folder on the way opened with O_PATH | O_NOFOLLOW from the one before,
// so no step goes through a path again; a link is read from its own descriptor and its target
// walked the same way from the folder holding it.
int walk_beneath(int dirfd, const fs::path& relative, int flags) {
    if (relative.is_absolute()) {
        errno = EXDEV;
        return -1;
    }
    std::vector<Fd> entered;  // the folders below dirfd, innermost last
    auto here = [&] { return entered.empty() ? dirfd : entered.back().get(); };
    std::deque<std::string> pending;
    prepend(pending, relative.string());
    if (pending.empty()) pending.emplace_back(".");
    int links = 0;
    auto follow = [&](const std::string& target) {
        if (++links > kMaxLinks) {
            errno = ELOOP;
            return false;
        }
        if (target.empty() || target.front() == '/') {
            errno = EXDEV;
            return false;
        }
        prepend(pending, target);
        return true;
    };
    while (!pending.empty()) {
        const std::string name = std::move(pending.front());
        pending.pop_front();
        const bool last = pending.empty();
        if (name == "..") {
            if (entered.empty()) {
                errno = EXDEV;
                return -1;
            }
            entered.pop_back();
            if (last) return ::openat(here(), ".", flags | O_CLOEXEC);
            continue;
        }
        if (last) {
            const int fd = ::openat(here(), name.c_str(), flags | O_NOFOLLOW | O_CLOEXEC);
            if (fd >= 0) return fd;
            const int err = errno;
            // O_NOFOLLOW refuses a link as the last component with ELOOP (ENOTDIR with O_DIRECTORY).
            const auto target = err == ELOOP || err == ENOTDIR ? read_link(here(), name.c_str()) : std::nullopt;
            if (!target) {
                errno = err;
                return -1;
            }
            if (!follow(*target)) return -1;
            if (pending.empty()) pending.emplace_back(".");
            continue;
        }
        Fd step(::openat(here(), name.c_str(), O_PATH | O_NOFOLLOW | O_CLOEXEC));
        if (step.get() < 0) return -1;
        struct stat st {};
        if (::fstat(step.get(), &st) != 0) return -1;
        if (S_ISLNK(st.st_mode)) {
            const auto target = read_link(step.get(), "");
            if (!target) return -1;
            if (!follow(*target)) return -1;
            continue;
        }
        if (!S_ISDIR(st.st_mode)) {
            errno = ENOTDIR;
            return -1;
        }
        entered.push_back(std::move(step));
    }
    return ::openat(here(), ".", flags | O_CLOEXEC);  // not reached: the last component returns
}

// Resolve::Kernel: openat2 does the same walk in the kernel. EAGAIN (a rename elsewhere on the
// system during the lookup) is tried again.
int openat2_beneath(int dirfd, const fs::path& relative, int flags) {
    open_how how{};
    how.flags = static_cast<std::uint64_t>(flags | O_CLOEXEC);
    how.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS;
    const char* path = relative.empty() ? "." : relative.c_str();
    for (int attempt = 0; attempt < 16; ++attempt) {
        const long fd = ::syscall(SYS_openat2, dirfd, path, &how, sizeof how);
        if (fd >= 0 || errno != EAGAIN) return static_cast<int>(fd);
    }
    return -1;
}

// Why `relative` in `dirfd` could not be opened (errno `err`), to follow "PATH: ". `thing` is
// "files" or "folders", for what is read from inside `folder`.
std::string open_problem(int err, int dirfd, const fs::path& relative, const fs::path& folder, const char* thing) {
    const auto link = dirfd >= 0 ? read_link(dirfd, relative.c_str()) : std::nullopt;
    switch (err) {
        case ELOOP: return "the path is a loop of symbolic links";
        case EXDEV:
            return (link ? "is a symbolic link to " + *link + ", outside" : std::string("is outside")) + " the folder " +
                   folder.string() + "; only " + thing + " inside it are read";
        case ENOENT:
            if (link) return "is a symbolic link to " + *link + ", which does not exist";
            return std::string(std::strcmp(thing, "files") == 0 ? "no such file" : "no such folder");
        case EISDIR: return "is a folder, not a file";
        default: break;
    }
    return std::string("cannot be read: ") + std::strerror(err);
}

}  // namespace

std::optional<std::string> unreadable_file(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) {
        const int err = errno;
        if (err == ELOOP) return "the path is a loop of symbolic links";
        if (err == ENOENT) {
            std::error_code ec;
            if (std::filesystem::is_symlink(std::filesystem::symlink_status(path, ec))) {
                const auto target = std::filesystem::read_symlink(path, ec);
                return "is a symbolic link to " + target.string() + ", which does not exist";
            }
            return std::string("no such file");
        }
        if (err == EISDIR) return std::string("is a folder, not a file");
        return std::string("cannot be read: ") + std::strerror(err);
    }
    struct stat st {};
    const bool stat_ok = ::fstat(fd, &st) == 0;
    const int stat_err = errno;
    ::close(fd);
    if (!stat_ok) return std::string("cannot be read: ") + std::strerror(stat_err);
    if (S_ISDIR(st.st_mode)) return std::string("is a folder, not a file");
    if (!S_ISREG(st.st_mode)) return std::string("is not a regular file (a pipe or device?)");
    return std::nullopt;
}

int open_beneath(int dirfd, const std::filesystem::path& relative, int flags, Resolve how) {
    if (how == Resolve::Kernel) {
        const int fd = openat2_beneath(dirfd, relative, flags);
        if (fd >= 0) return fd;
        // No openat2 here (an old kernel, a sandbox that filters it): the same walk, by hand.
        if (errno != ENOSYS && errno != EPERM && errno != EAGAIN && errno != E2BIG && errno != EINVAL) return -1;
    }
    return walk_beneath(dirfd, relative, flags);
}

ConfinedFolder::ConfinedFolder(std::filesystem::path path, Resolve how) : path_(std::move(path)), how_(how) {
    fd_ = ::open(path_.empty() ? "." : path_.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (fd_ >= 0) return;
    error_ = errno;
    problem_ = error_ == ENOTDIR ? "is not a folder" : open_problem(error_, -1, path_, path_, "folders");
}

ConfinedFolder::ConfinedFolder(const ConfinedFolder& parent, const std::filesystem::path& relative)
    : path_(parent.path_ / relative), how_(parent.how_) {
    if (!parent.is_open()) {
        error_ = parent.error_;
        problem_ = parent.problem_;
        return;
    }
    fd_ = open_beneath(parent.fd_, relative, O_PATH | O_DIRECTORY, how_);
    if (fd_ >= 0) return;
    error_ = errno;
    problem_ = error_ == ENOTDIR ? "is not a folder" : open_problem(error_, parent.fd_, relative, parent.path_, "folders");
}

ConfinedFolder::ConfinedFolder(ConfinedFolder&& other) noexcept
    : path_(std::move(other.path_)),
      how_(other.how_),
      fd_(std::exchange(other.fd_, -1)),
      error_(other.error_),
      problem_(std::move(other.problem_)) {}

ConfinedFolder& ConfinedFolder::operator=(ConfinedFolder&& other) noexcept {
    if (this != &other) {
        if (fd_ >= 0) ::close(fd_);
        path_ = std::move(other.path_);
        how_ = other.how_;
        fd_ = std::exchange(other.fd_, -1);
        error_ = other.error_;
        problem_ = std::move(other.problem_);
    }
    return *this;
}

ConfinedFolder::~ConfinedFolder() {
    if (fd_ >= 0) ::close(fd_);
}

FileBytes ConfinedFolder::read_bytes(const std::filesystem::path& relative, std::uintmax_t max_bytes) const {
    FileBytes out;
    if (!is_open()) {
        // A file of a folder that is not there is not there either.
        out.missing = error_ == ENOENT || error_ == ENOTDIR;
        if (out.missing) out.problem = "no such file";
        else if (error_ == EXDEV) out.problem = "is in " + path_.string() + ", which " + *problem_;
        else out.problem = *problem_;
        return out;
    }
    const Fd fd(open_beneath(fd_, relative, O_RDONLY | O_NONBLOCK | O_NOCTTY, how_));
    if (fd.get() < 0) {
        out.missing = errno == ENOENT;
        out.problem = open_problem(errno, fd_, relative, path_, "files");
        return out;
    }
    // What is checked is the file that was opened, and that is the file read.
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0) {
        out.problem = std::string("cannot be read: ") + std::strerror(errno);
        return out;
    }
    if (S_ISDIR(st.st_mode)) {
        out.problem = "is a folder, not a file";
        return out;
    }
    if (!S_ISREG(st.st_mode)) {
        out.problem = "is not a regular file (a pipe or device?)";
        return out;
    }
    std::vector<std::uint8_t> bytes;
    std::uint8_t buf[65536];
    while (bytes.size() <= max_bytes) {
        const ssize_t n = ::read(fd.get(), buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            out.problem = std::string("cannot be read: ") + std::strerror(errno);
            return out;
        }
        if (n == 0) break;
        bytes.insert(bytes.end(), buf, buf + n);
    }
    if (bytes.size() > max_bytes) {
        out.too_large = true;
        return out;
    }
    out.bytes = std::move(bytes);
    return out;
}

FileText ConfinedFolder::read_text(const std::filesystem::path& relative, std::uintmax_t max_bytes) const {
    FileBytes read = read_bytes(relative, max_bytes);
    FileText out;
    out.missing = read.missing;
    if (read.too_large)
        out.problem = "is larger than the " + std::to_string(max_bytes / 1024) +
                      " KiB a text file may hold; split it, or shorten it";
    else if (read.problem)
        out.problem = std::move(read.problem);
    else
        out.text.assign(read.bytes.begin(), read.bytes.end());
    return out;
}

std::vector<std::string> ConfinedFolder::names() const {
    std::vector<std::string> out;
    if (!is_open()) return out;
    Fd listing(::openat(fd_, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (listing.get() < 0) return out;
    DIR* dir = ::fdopendir(listing.get());
    if (!dir) return out;
    listing.release();  // the DIR owns it now
    while (const dirent* entry = ::readdir(dir)) {
        const std::string name = entry->d_name;
        if (name != "." && name != "..") out.push_back(name);
    }
    ::closedir(dir);
    std::sort(out.begin(), out.end());
    return out;
}

namespace {

// `path` relative to `folder`, by their names alone ("folder/../x" is "../x", outside).
fs::path relative_to(const fs::path& path, const fs::path& folder) {
    std::error_code ec;
    const fs::path p = fs::absolute(path, ec), f = fs::absolute(folder, ec);
    const fs::path relative = p.lexically_relative(f);
    return relative.empty() ? p : relative;  // no relative path: absolute, and so outside
}

}  // namespace

FileText read_confined_text(const std::filesystem::path& path, const std::filesystem::path& folder,
                            std::uintmax_t max_bytes) {
    return ConfinedFolder(folder).read_text(relative_to(path, folder), max_bytes);
}

FileBytes read_confined_file(const std::filesystem::path& path, const std::filesystem::path& folder,
                             std::uintmax_t max_bytes) {
    return ConfinedFolder(folder).read_bytes(relative_to(path, folder), max_bytes);
}

}  // namespace ascreport
