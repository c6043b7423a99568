// read_confined_text: a narrative or template file is read only from inside its folder, and
// only up to its size limit.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include "ascreport/files.hpp"
#include "test_support.hpp"

using namespace ascreport;
namespace fs = std::filesystem;

TEST_CASE("a file inside the folder is read, also through a link that stays inside", "[confine]") {
    test::TempDir t;
    const fs::path file = t.write("narrative/notes.md", "Our notes.\n");
    fs::create_symlink("notes.md", t.path() / "narrative" / "alias.md");
    const FileText plain = read_confined_text(file, t.path() / "narrative");
    CHECK_FALSE(plain.problem);
    CHECK(plain.text == "Our notes.\n");
    CHECK(read_confined_text(t.path() / "narrative" / "alias.md", t.path() / "narrative").text == "Our notes.\n");
}

TEST_CASE("a link out of the folder is refused, naming where it leads", "[confine]") {
    test::TempDir t;
    t.write("secret.txt", "SECRET\n");
    t.write("narrative/keep.md", "x");
    const fs::path folder = t.path() / "narrative";
    fs::create_symlink("/proc/self/environ", folder / "environ.md");
    fs::create_symlink("../secret.txt", folder / "up.md");
    const FileText environ = read_confined_text(folder / "environ.md", folder);
    REQUIRE(environ.problem);
    CHECK(*environ.problem == "is a symbolic link to /proc/self/environ, outside the folder " + folder.string() +
                                  "; only files inside it are read");
    CHECK(environ.text.empty());
    const FileText up = read_confined_text(folder / "up.md", folder);
    REQUIRE(up.problem);
    CHECK(*up.problem == "is a symbolic link to ../secret.txt, outside the folder " + folder.string() +
                             "; only files inside it are read");
    CHECK(up.text.empty());
    // A path that walks out with .. is no better than a link.
    const FileText walked = read_confined_text(folder / ".." / "secret.txt", folder);
    REQUIRE(walked.problem);
    CHECK(*walked.problem == "is outside the folder " + folder.string() + "; only files inside it are read");
}

TEST_CASE("a file over the size limit is refused without being read whole", "[confine]") {
    test::TempDir t;
    const fs::path file = t.write("big.md", std::string(2000, 'x'));
    const FileText big = read_confined_text(file, t.path(), 1024);
    REQUIRE(big.problem);
    CHECK(*big.problem == "is larger than the 1 KiB a text file may hold; split it, or shorten it");
    CHECK(big.text.empty());
    CHECK(read_confined_text(file, t.path(), 2000).text.size() == 2000);
    // A sparse file of 4 GiB: refused after reading just over the limit.
    const fs::path huge = t.write("huge.md", "");
    fs::resize_file(huge, std::uintmax_t{4} << 30);
    const FileText h = read_confined_text(huge, t.path());
    REQUIRE(h.problem);
    CHECK(*h.problem == "is larger than the 1024 KiB a text file may hold; split it, or shorten it");
}

TEST_CASE("a folder, a FIFO and a missing file are refused with unreadable_file's reasons", "[confine]") {
    test::TempDir t;
    fs::create_directories(t.path() / "dir.md");
    REQUIRE(::mkfifo((t.path() / "fifo.md").c_str(), 0600) == 0);
    CHECK(read_confined_text(t.path() / "dir.md", t.path()).problem == "is a folder, not a file");
    CHECK(read_confined_text(t.path() / "fifo.md", t.path()).problem == "is not a regular file (a pipe or device?)");
    CHECK(read_confined_text(t.path() / "none.md", t.path()).problem == "no such file");
}
