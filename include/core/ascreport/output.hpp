// Writing output files so a failure never leaves a half-written report behind.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <sys/stat.h>

namespace ascreport {

// The system calls the writer uses, with POSIX meanings (return -1 and set errno on failure).
// Tests replace them to simulate a full disk, short writes or a failing fsync.
struct FileOps {
    std::function<int(const char* path, int flags, unsigned mode)> open;
    std::function<std::ptrdiff_t(int fd, const void* data, std::size_t size)> write;
    std::function<int(int fd)> fsync;
    std::function<int(int fd)> close;
    std::function<int(const char* from, const char* to)> rename;
    std::function<int(const char* path)> unlink;
    // stat(2), following links; fchmod(2).
    std::function<int(const char* path, struct stat* st)> stat;
    std::function<int(int fd, unsigned mode)> fchmod;

    static FileOps system();  // the real calls
};

// Writes `bytes` to `path` so readers see either the old file or the whole new one: the bytes
// go to a temporary file in the same folder (so the rename stays on one file system), which is
// flushed to disk and then renamed over `path`. On any failure (missing folder, no permission,
// disk full, a short write that cannot finish) the temporary file is removed, a file already
// at `path` is left as it was, and the result is a message naming the path and the reason,
// e.g. "cannot write out/report.pdf: No space left on device". nullopt means it worked.
// Temporary files for the same `path` left by earlier runs that were killed part-way
// (".NAME.tmp-PID-N" whose PID is no longer running here) are removed first.
// An existing file keeps its permissions (a 0600 report stays 0600); a new one gets 0666 less
// the umask. What is not a regular file is written in place and never renamed over: a device,
// a FIFO or a pipe (/dev/stdout when it is one), and also a regular file reached through a
// descriptor link under /proc (/dev/stdout, /dev/stderr or /dev/fd/N redirected to a file,
// perhaps with >>), which is appended to, as the shell's descriptor would be.
// Never throws, never prints.
std::optional<std::string> write_file_atomically(const std::filesystem::path& path,
                                                 std::span<const std::uint8_t> bytes);
std::optional<std::string> write_file_atomically(const std::filesystem::path& path,
                                                 std::span<const std::uint8_t> bytes, const FileOps& ops);

// Which file a path or an open descriptor is: its device and inode, for telling whether two
// names are the same file however they are spelt (links, "..", /dev/stdout). nullopt when
// there is no such file.
struct FileIdentity {
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const FileIdentity&) const = default;
};
std::optional<FileIdentity> file_identity(const std::filesystem::path& path);
std::optional<FileIdentity> file_identity(int fd);

// The first of `inputs` that is the same file as `out` (by identity), or nullopt: an output
// that would replace one of the files it was made from.
std::optional<std::filesystem::path> same_file_among(const std::filesystem::path& out,
                                                     const std::vector<std::filesystem::path>& inputs);

}  // namespace ascreport
