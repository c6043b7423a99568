// Why a file the run needs (a template, a font, a logo) cannot be read, in words a user can
// act on. The data files have their own checks with more advice (src/load/load.cpp).
#pragma once

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

}  // namespace ascreport
