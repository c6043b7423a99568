// Reading the files a run needs besides the exports (template and narrative files, the logo,
// the fonts): each is opened once, through the folder it must be in, and what is checked is
// the file that was opened. Messages are in words a user can act on. The data files have their
// own checks with more advice (src/load/load.cpp).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ascreport {

// nullopt when `path` is a regular file this process can open for reading; otherwise the
// reason, written to follow "PATH: ", e.g. "no such file", "is a folder, not a file",
// "is a symbolic link to missing.png, which does not exist", "the path is a loop of
// symbolic links", "is not a regular file (a pipe or device?)", "cannot be read: Permission
// denied". Opens the file without blocking (a pipe cannot hang it) and closes it again: for a
// file the user named on the command line, not for one that is then read (see ConfinedFolder).
std::optional<std::string> unreadable_file(const std::filesystem::path& path);

// The most a narrative or template text file may hold (docs/faults.md): a report's text is a
// few kilobytes a file, and a file read whole must not be able to take the machine's memory.
inline constexpr std::uintmax_t kMaxTextFileBytes = 1024 * 1024;

// How open_beneath resolves a path inside a folder.
enum class Resolve : std::uint8_t {
    Kernel,  // openat2(2) with RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS; Walk where the kernel
             // has no openat2 (ENOSYS) or a sandbox refuses it
    Walk,    // one component at a time from the folder's descriptor, each opened with
             // O_NOFOLLOW; a symbolic link is read and followed by hand, and refused when it is
             // absolute or climbs out with ".."
};

// Opens `relative` inside the folder open as `dirfd`, as openat(2) with `flags` would, but the
// path and every symbolic link on it must stay inside that folder: a link to a file beside it,
// or to a subfolder, is followed; an absolute link, a ".." above the folder and a /proc
// descriptor link are refused with EXDEV. The file is opened once, so what the caller then
// checks with fstat is the file it reads; there is no moment between a check and the open for
// a link to be swapped in. Returns the descriptor (close-on-exec), or -1 with errno set.
// A hard link is a name of the file itself, not a way out, and is opened like any file: the
// kernel lets only someone who may read and write a file (or owns it) link to it
// (fs.protected_hardlinks), so such a link gives the reader nothing its maker could not read.
int open_beneath(int dirfd, const std::filesystem::path& relative, int flags, Resolve how = Resolve::Kernel);

// The text (or bytes) of one file, or why there is none (`problem`, to follow "PATH: ").
struct FileText {
    std::string text;
    std::optional<std::string> problem;
    bool missing = false;  // nothing by that name, or a link to nothing (`problem` says which)
};
struct FileBytes {
    std::vector<std::uint8_t> bytes;
    std::optional<std::string> problem;
    bool missing = false;
    bool too_large = false;  // more than the most asked for; `problem` is then unset: the
                             // caller says what the limit is for
};

// A folder held open: the files in it are opened through its descriptor, never by their path
// again, so a folder renamed or replaced by a link while the run reads it cannot send a read
// elsewhere.
class ConfinedFolder {
public:
    // The folder at `path`, which the user named (--template, --font-dir, the data folder):
    // symbolic links on the way to it are followed, as for any path the user gives.
    explicit ConfinedFolder(std::filesystem::path path, Resolve how = Resolve::Kernel);
    // The folder `relative` inside `parent` (DATA/narrative inside DATA), opened as
    // open_beneath opens a file: a link to a folder inside `parent` is fine, one out of it is
    // not. Named in messages as parent.path() / relative.
    ConfinedFolder(const ConfinedFolder& parent, const std::filesystem::path& relative);
    ConfinedFolder(ConfinedFolder&& other) noexcept;
    ConfinedFolder& operator=(ConfinedFolder&& other) noexcept;
    ConfinedFolder(const ConfinedFolder&) = delete;
    ConfinedFolder& operator=(const ConfinedFolder&) = delete;
    ~ConfinedFolder();

    bool is_open() const { return fd_ >= 0; }
    // When not open: errno of the failure (ENOENT, ENOTDIR, EXDEV, ...) and the reason, to
    // follow "PATH: " ("no such folder", "is a symbolic link to /srv/texts, outside the folder
    // DATA; only folders inside it are read", ...).
    int error() const { return error_; }
    const std::optional<std::string>& problem() const { return problem_; }
    const std::filesystem::path& path() const { return path_; }
    int fd() const { return fd_; }

    // The file `relative` inside this folder (open_beneath), a regular file of at most
    // `max_bytes`, read whole. Never blocks on a pipe, never reads more than max_bytes + 1.
    // Problems as unreadable_file words them, and for a link out of the folder "is a symbolic
    // link to /etc/passwd, outside the folder narrative; only files inside it are read" (or
    // "is outside the folder ..." for a path that climbs out with ..).
    FileBytes read_bytes(const std::filesystem::path& relative, std::uintmax_t max_bytes) const;
    // The same for a text file; too large is "is larger than the 1024 KiB a text file may
    // hold; split it, or shorten it".
    FileText read_text(const std::filesystem::path& relative, std::uintmax_t max_bytes = kMaxTextFileBytes) const;
    // The names in the folder, sorted ("." and ".." left out); none when it cannot be listed.
    std::vector<std::string> names() const;

private:
    std::filesystem::path path_;
    Resolve how_ = Resolve::Kernel;
    int fd_ = -1;
    int error_ = 0;
    std::optional<std::string> problem_;
};

// read_text / read_bytes of `path` through ConfinedFolder(folder): `path` names a file inside
// `folder` (folder / "notes.md"; folder / ".." / "x" is outside). The folder is trusted, the
// file is not.
FileText read_confined_text(const std::filesystem::path& path, const std::filesystem::path& folder,
                            std::uintmax_t max_bytes = kMaxTextFileBytes);
FileBytes read_confined_file(const std::filesystem::path& path, const std::filesystem::path& folder,
                             std::uintmax_t max_bytes);

}  // namespace ascreport
