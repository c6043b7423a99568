// Writing output files so a failure never leaves a half-written report behind.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <span>
#include <string>

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
// Never throws, never prints.
std::optional<std::string> write_file_atomically(const std::filesystem::path& path,
                                                 std::span<const std::uint8_t> bytes);
std::optional<std::string> write_file_atomically(const std::filesystem::path& path,
                                                 std::span<const std::uint8_t> bytes, const FileOps& ops);

}  // namespace ascreport
