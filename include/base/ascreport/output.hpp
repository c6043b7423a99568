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

// The permissions of a new output file, less what the umask removes (an existing file keeps
// its own). What is meant to be published (the report, breakdown and figures) is readable by
// everyone, as any document; what identifies cases (`list`) only by its owner.
inline constexpr unsigned kPublishedFileMode = 0644;
inline constexpr unsigned kPrivateFileMode = 0600;

// Writes `bytes` to `path` so readers see either the old file or the whole new one: the bytes
// go to a temporary file in the same folder (so the rename stays on one file system), which is
// flushed to disk and then renamed over `path`. On any failure (missing folder, no permission,
// disk full, a short write that cannot finish) the temporary file is removed, a file already
// at `path` is left as it was, and the result is a message naming the path and the reason,
// e.g. "cannot write out/report.pdf: No space left on device". nullopt means it worked.
// Temporary files for the same `path` left by earlier runs that were killed part-way
// (".NAME.tmp-PID-N" whose PID is no longer running here) are removed first.
// The temporary file is created with the permissions the file will have, never wider for a
// moment: an existing file's (a 0600 report stays 0600, and its replacement is never 0644 on
// the way), else `new_file_mode` (kPublishedFileMode or kPrivateFileMode) less the umask.
// What is not a regular file is written in place and never renamed over: a device,
// a FIFO or a pipe (/dev/stdout when it is one), and also a regular file reached through a
// descriptor link under /proc (/dev/stdout, /dev/stderr or /dev/fd/N redirected to a file,
// perhaps with >>), which is appended to, as the shell's descriptor would be.
// Never throws, never prints.
std::optional<std::string> write_file_atomically(const std::filesystem::path& path,
                                                 std::span<const std::uint8_t> bytes,
                                                 unsigned new_file_mode = kPublishedFileMode);
std::optional<std::string> write_file_atomically(const std::filesystem::path& path,
                                                 std::span<const std::uint8_t> bytes, const FileOps& ops,
                                                 unsigned new_file_mode = kPublishedFileMode);

// A private folder for one run's temporary files (libxlsxwriter writes a workbook only to a
// named file, and its parts to temporary files on the way): PLACE/.ascreport-tmp-PID-N, mode
// 0700, removed with everything in it when the object goes. A run killed part-way cannot remove
// its own; the next one made with the same places removes every .ascreport-tmp-PID-N in each
// of them whose process is no longer running on this machine and which this user owns (one
// whose process is alive, or another user's, is left alone).
class ScratchFolder {
public:
    // In the first of `places` where a folder can be made (TMPDIR, say, then the output's
    // folder); a place that does not exist, is not a folder or cannot be written is passed over.
    // nullopt when none can be, with `error` saying why for each (empty otherwise), e.g.
    // "/nowhere: No such file or directory; out: Permission denied".
    static std::optional<ScratchFolder> make(const std::vector<std::filesystem::path>& places, std::string& error);
    ScratchFolder(ScratchFolder&& other) noexcept;
    ScratchFolder& operator=(ScratchFolder&&) = delete;
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;
    ~ScratchFolder();

    const std::filesystem::path& path() const { return path_; }

private:
    explicit ScratchFolder(std::filesystem::path path) : path_(std::move(path)) {}
    std::filesystem::path path_;
};

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
