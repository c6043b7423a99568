#include "ascreport/files.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ascreport {

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

FileText read_confined_text(const std::filesystem::path& path, const std::filesystem::path& folder,
                            std::uintmax_t max_bytes) {
    namespace fs = std::filesystem;
    FileText out;
    if (auto why = unreadable_file(path)) {
        out.problem = *why;
        return out;
    }
    std::error_code ec, folder_ec;
    const fs::path real = fs::canonical(path, ec);
    const fs::path real_folder = fs::canonical(folder, folder_ec);
    const auto [f, p] = std::mismatch(real_folder.begin(), real_folder.end(), real.begin(), real.end());
    if (ec || folder_ec || f != real_folder.end() || p == real.end()) {
        const bool link = fs::is_symlink(fs::symlink_status(path, ec));
        out.problem = (link ? "is a symbolic link to " + fs::read_symlink(path, ec).string() + ", "
                            : std::string("is ")) +
                      "outside the folder " + folder.string() + "; only files inside it are read";
        return out;
    }
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) {
        out.problem = std::string("cannot be read: ") + std::strerror(errno);
        return out;
    }
    std::string text;
    char buf[65536];
    while (text.size() <= max_bytes) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            out.problem = std::string("cannot be read: ") + std::strerror(errno);
            break;
        }
        if (n == 0) break;
        text.append(buf, static_cast<std::size_t>(n));
    }
    ::close(fd);
    if (out.problem) return out;
    if (text.size() > max_bytes) {
        out.problem = "is larger than the " + std::to_string(max_bytes / 1024) +
                      " KiB a text file may hold; split it, or shorten it";
        return out;
    }
    out.text = std::move(text);
    return out;
}

}  // namespace ascreport
