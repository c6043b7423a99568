// Why a file the run needs (a template, a font, a logo) cannot be read, in words a user can
// act on. The data files have their own checks with more advice (src/load/load.cpp).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace ascreport {

// nullopt when `path` is a regular file this process can open for reading; otherwise the
// reason, written to follow "PATH: ", e.g. "no such file", "is a folder, not a file",
// "is a symbolic link to missing.png, which does not exist", "the path is a loop of
// symbolic links", "is not a regular file (a pipe or device?)", "cannot be read: Permission
// denied". Opens the file without blocking (a pipe cannot hang it) and closes it again.
std::optional<std::string> unreadable_file(const std::filesystem::path& path);

// The most a narrative or template text file may hold (docs/faults.md): a report's text is a
// few kilobytes a file, and a file read whole must not be able to take the machine's memory.
inline constexpr std::uintmax_t kMaxTextFileBytes = 1024 * 1024;

// The text of `path`, which must be a regular file inside `folder` once every symbolic link
// is resolved (a link to a file beside it is fine; one to /proc/self/environ or to ../secret is
// not), at most `max_bytes` long. On failure `problem` is the reason, written to follow
// "PATH: " like unreadable_file's, e.g. "is a symbolic link to /etc/passwd, outside the
// folder narrative; ..." or "is 5,000,000 bytes, more than the 1,048,576 a text file may
// hold". Never blocks on a pipe, never reads more than max_bytes + 1 bytes.
struct FileText {
    std::string text;
    std::optional<std::string> problem;
};
FileText read_confined_text(const std::filesystem::path& path, const std::filesystem::path& folder,
                            std::uintmax_t max_bytes = kMaxTextFileBytes);

}  // namespace ascreport
