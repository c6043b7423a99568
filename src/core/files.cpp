#include "ascreport/files.hpp"

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

}  // namespace ascreport
