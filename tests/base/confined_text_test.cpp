// read_confined_text and ConfinedFolder: a narrative, template, font or logo file is read only
// from inside its folder, opened once, and only up to its size limit (docs/faults.md,
// "Confinement and limits"). Each case runs with the kernel's openat2 and with the walk by hand.
#include <catch2/catch.hpp>

#include <cerrno>

#include <sys/stat.h>
#include <unistd.h>

#include "ascreport/files.hpp"
#include "ascreport/load.hpp"
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

// ---- open_beneath and ConfinedFolder: both ways of resolving give the same answers --------------

namespace {

// A folder `inside` with its files, and a file outside it.
struct Tree {
    test::TempDir t;
    fs::path inside = t.path() / "inside";
    Tree() {
        t.write("secret.txt", "SECRET\n");
        t.write("inside/notes.md", "Our notes.\n");
        t.write("inside/sub/deeper.md", "Deeper.\n");
    }
};

Resolve either() { return GENERATE(Resolve::Kernel, Resolve::Walk); }

}  // namespace

TEST_CASE("links that stay inside the folder are followed, by either resolver", "[confine]") {
    const Resolve how = either();
    Tree tree;
    fs::create_symlink("notes.md", tree.inside / "alias.md");
    fs::create_symlink("sub/deeper.md", tree.inside / "down.md");
    fs::create_symlink("../notes.md", tree.inside / "sub" / "up.md");     // up, but not out
    fs::create_symlink("alias.md", tree.inside / "chain.md");             // a link to a link
    fs::create_symlink("sub", tree.inside / "subdir");                    // a folder link
    const ConfinedFolder folder(tree.inside, how);
    REQUIRE(folder.is_open());
    CHECK(folder.read_text("alias.md").text == "Our notes.\n");
    CHECK(folder.read_text("down.md").text == "Deeper.\n");
    CHECK(folder.read_text("sub/up.md").text == "Our notes.\n");
    CHECK(folder.read_text("chain.md").text == "Our notes.\n");
    CHECK(folder.read_text("subdir/deeper.md").text == "Deeper.\n");
    CHECK(folder.read_text("sub/../notes.md").text == "Our notes.\n");
    const ConfinedFolder sub(folder, "subdir");
    REQUIRE(sub.is_open());
    CHECK(sub.path() == tree.inside / "subdir");
    // Read through subdir, subdir is the folder: ../notes.md leads out of it.
    CHECK(sub.read_text("up.md").problem == "is a symbolic link to ../notes.md, outside the folder " +
                                                (tree.inside / "subdir").string() + "; only files inside it are read");
    CHECK(folder.names() == std::vector<std::string>{"alias.md", "chain.md", "down.md", "notes.md", "sub", "subdir"});
}

TEST_CASE("every way out of the folder is refused, by either resolver", "[confine]") {
    const Resolve how = either();
    Tree tree;
    const std::string f = tree.inside.string();
    fs::create_symlink("../secret.txt", tree.inside / "up.md");
    fs::create_symlink("sub/../../secret.txt", tree.inside / "around.md");
    fs::create_symlink(tree.t.path() / "secret.txt", tree.inside / "absolute.md");
    fs::create_symlink(tree.inside / "notes.md", tree.inside / "absolute-inside.md");  // absolute: refused too
    fs::create_symlink("/proc/self/cwd", tree.inside / "magic");
    fs::create_symlink("..", tree.inside / "parent");
    const ConfinedFolder folder(tree.inside, how);
    const auto problem = [&](const fs::path& relative) {
        const FileText read = folder.read_text(relative);
        CHECK(read.text.empty());
        return read.problem.value_or("(read)");
    };
    CHECK(problem("up.md") == "is a symbolic link to ../secret.txt, outside the folder " + f + "; only files inside it are read");
    CHECK(problem("around.md") ==
          "is a symbolic link to sub/../../secret.txt, outside the folder " + f + "; only files inside it are read");
    CHECK(problem("absolute.md") == "is a symbolic link to " + (tree.t.path() / "secret.txt").string() +
                                        ", outside the folder " + f + "; only files inside it are read");
    CHECK(problem("absolute-inside.md") == "is a symbolic link to " + (tree.inside / "notes.md").string() +
                                               ", outside the folder " + f + "; only files inside it are read");
    CHECK(problem("../secret.txt") == "is outside the folder " + f + "; only files inside it are read");
    CHECK(problem("sub/../../secret.txt") == "is outside the folder " + f + "; only files inside it are read");
    CHECK(problem("parent/secret.txt") == "is outside the folder " + f + "; only files inside it are read");
    CHECK(problem("magic/" + (tree.t.path() / "secret.txt").relative_path().string()) ==
          "is outside the folder " + f + "; only files inside it are read");
    CHECK(problem(tree.t.path() / "secret.txt") == "is outside the folder " + f + "; only files inside it are read");
}

TEST_CASE("loops, dangling links, folders and devices are named as such, by either resolver", "[confine]") {
    const Resolve how = either();
    Tree tree;
    fs::create_symlink("b.md", tree.inside / "a.md");
    fs::create_symlink("a.md", tree.inside / "b.md");
    fs::create_symlink("gone.md", tree.inside / "dangling.md");
    fs::create_symlink("notes.md/x", tree.inside / "through-a-file.md");
    const ConfinedFolder folder(tree.inside, how);
    CHECK(folder.read_text("a.md").problem == "the path is a loop of symbolic links");
    const FileText dangling = folder.read_text("dangling.md");
    CHECK(dangling.problem == "is a symbolic link to gone.md, which does not exist");
    CHECK(dangling.missing);
    CHECK(folder.read_text("none.md").problem == "no such file");
    CHECK(folder.read_text("none.md").missing);
    CHECK(folder.read_text("sub").problem == "is a folder, not a file");
    CHECK(folder.read_text("through-a-file.md").problem == "cannot be read: Not a directory");
    CHECK_FALSE(folder.read_text("notes.md").missing);
}

TEST_CASE("a hard link to a file outside the folder is read as the file it is", "[confine]") {
    // A hard link is the file itself, not a way out: it can only be made by someone who may
    // read and write the file, or owns it (fs.protected_hardlinks), so it is read like any file.
    const Resolve how = either();
    Tree tree;
    fs::create_hard_link(tree.t.path() / "secret.txt", tree.inside / "hard.md");
    CHECK(ConfinedFolder(tree.inside, how).read_text("hard.md").text == "SECRET\n");
}

TEST_CASE("a folder inside a folder: a link to a folder inside is fine, one out of it is refused", "[confine]") {
    const Resolve how = either();
    test::TempDir t;
    t.write("data/texts/2024/notes.md", "This year.\n");
    t.write("elsewhere/notes.md", "Not ours.\n");
    const ConfinedFolder data(t.path() / "data", how);
    SECTION("a link to a folder inside the data folder") {
        fs::create_symlink("texts/2024", t.path() / "data" / "narrative");
        const ConfinedFolder narrative(data, "narrative");
        REQUIRE(narrative.is_open());
        CHECK(narrative.read_text("notes.md").text == "This year.\n");
    }
    SECTION("a link out of it") {
        fs::create_symlink("../elsewhere", t.path() / "data" / "narrative");
        const ConfinedFolder narrative(data, "narrative");
        CHECK_FALSE(narrative.is_open());
        CHECK(narrative.error() == EXDEV);
        const std::string why = "is a symbolic link to ../elsewhere, outside the folder " + (t.path() / "data").string() +
                                "; only folders inside it are read";
        CHECK(narrative.problem() == why);
        CHECK(narrative.names().empty());
        CHECK(narrative.read_text("notes.md").problem == "is in " + (t.path() / "data" / "narrative").string() + ", which " + why);
    }
    SECTION("no such folder, or a file by its name") {
        const ConfinedFolder none(data, "narrative");
        CHECK(none.error() == ENOENT);
        CHECK(none.read_text("notes.md").missing);
        t.write("data/narrative", "a file");
        const ConfinedFolder file(data, "narrative");
        CHECK(file.error() == ENOTDIR);
        CHECK(file.problem() == "is not a folder");
    }
}

TEST_CASE("a folder held open is read through its descriptor, not its path: swapping in a link changes nothing",
          "[confine]") {
    const Resolve how = either();
    Tree tree;
    const ConfinedFolder folder(tree.inside, how);
    REQUIRE(folder.names() == std::vector<std::string>{"notes.md", "sub"});
    SECTION("the folder's own path replaced by a link out") {
        fs::rename(tree.inside, tree.t.path() / "moved");
        fs::create_symlink(tree.t.path(), tree.inside);  // inside/secret.txt now names the secret
        CHECK(folder.read_text("notes.md").text == "Our notes.\n");  // the folder that was opened
        CHECK(folder.read_text("secret.txt").missing);
    }
    SECTION("a file listed as a file, then swapped for a link out before it is read") {
        // What was listed does not matter: the one open of the file sees the link, and refuses it.
        fs::remove(tree.inside / "notes.md");
        fs::create_symlink("../secret.txt", tree.inside / "notes.md");
        const FileText read = folder.read_text("notes.md");
        CHECK(read.text.empty());
        CHECK(read.problem == "is a symbolic link to ../secret.txt, outside the folder " + tree.inside.string() +
                                  "; only files inside it are read");
    }
}

TEST_CASE("read_bytes: the size limit is the caller's to word", "[confine]") {
    Tree tree;
    const FileBytes big = read_confined_file(tree.inside / "notes.md", tree.inside, 5);
    CHECK(big.too_large);
    CHECK_FALSE(big.problem);
    CHECK(big.bytes.empty());
    const FileBytes whole = read_confined_file(tree.inside / "notes.md", tree.inside, 11);
    CHECK_FALSE(whole.too_large);
    CHECK(std::string(whole.bytes.begin(), whole.bytes.end()) == "Our notes.\n");
    // A folder that is not there has no files.
    const FileBytes none = read_confined_file(tree.t.path() / "nowhere" / "x.ttf", tree.t.path() / "nowhere", 5);
    CHECK(none.problem == "no such file");
    CHECK(none.missing);
}

TEST_CASE("load_narratives reads DATA/narrative through the data folder: a link out of it is each text's problem",
          "[confine]") {
    test::TempDir t;
    t.write("data/complaints.csv", "");
    t.write("elsewhere/learning-points.md", "Not ours: ASCREPORT_TEST_SECRET.\n");
    fs::create_symlink("../elsewhere", t.path() / "data" / "narrative");
    const std::string why = "is in " + (t.path() / "data" / "narrative").string() +
                            ", which is a symbolic link to ../elsewhere, outside the folder " +
                            (t.path() / "data").string() + "; only folders inside it are read";
    // The report asks for the texts its template can print: each is refused, and none is read.
    const std::vector<NarrativeFile> asked =
        load_narratives(t.path() / "data", std::set<std::string>{"learning-points", "closing"});
    REQUIRE(asked.size() == 2);
    CHECK(asked[0].file == (t.path() / "data" / "narrative" / "closing.md").string());
    CHECK(asked[0].problem == why);
    CHECK(asked[1].name == "learning-points");
    CHECK(asked[1].problem == why);
    CHECK(asked[1].text.empty());
    // Asked for every one there is, there is none to name.
    CHECK(load_narratives(t.path() / "data").empty());
}
