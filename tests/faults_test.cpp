// End-to-end: the faults a user will meet (issue 5, docs/faults.md). Each runs the real binary
// and asserts the exact message, the exit status, and that no partial or temporary file is
// left (and that a report already at the path is byte-identical afterwards).
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <fstream>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "test_support.hpp"

extern char** environ;

namespace fs = std::filesystem;

namespace {

const std::string kSamples = std::string(ASCREPORT_SOURCE_DIR) + "/data-samples";
const std::string kEpoch = "SOURCE_DATE_EPOCH=1727740800";

using Names = std::vector<std::string>;

// Every name in `dir`, hidden ones included, sorted: what a temporary file would show up in.
Names names(const fs::path& dir) {
    Names out;
    for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

// The data-error summary line the CLI prints after a file's messages.
std::string one_error_in(const std::string& dir) {
    return "1 error in " + dir + "; fix it and run again (docs/input-format.md describes each file)\n";
}

// A run of the binary started directly (no shell), so the test can kill it or read its peak
// memory from wait4.
struct Child {
    pid_t pid = -1;

    Child(const std::vector<std::string>& args, const fs::path& out, const fs::path& err) {
        std::vector<std::string> argv_s{ASCREPORT_BINARY};
        argv_s.insert(argv_s.end(), args.begin(), args.end());
        std::vector<char*> argv;
        for (auto& a : argv_s) argv.push_back(a.data());
        argv.push_back(nullptr);
        std::vector<std::string> env_s{"SOURCE_DATE_EPOCH=1727740800", "LC_ALL=C"};
        std::vector<char*> env;
        for (auto& e : env_s) env.push_back(e.data());
        env.push_back(nullptr);
        posix_spawn_file_actions_t fa;
        posix_spawn_file_actions_init(&fa);
        posix_spawn_file_actions_addopen(&fa, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        posix_spawn_file_actions_addopen(&fa, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int rc = posix_spawn(&pid, argv[0], &fa, nullptr, argv.data(), env.data());
        posix_spawn_file_actions_destroy(&fa);
        REQUIRE(rc == 0);
    }

    struct Ended {
        int status = -1;           // exit status, or -signal when killed
        long peak_kib = 0;         // ru_maxrss of this child alone
    };
    Ended wait() {
        int raw = 0;
        struct rusage ru {};
        REQUIRE(::wait4(pid, &raw, 0, &ru) == pid);
        pid = -1;
        return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -WTERMSIG(raw), ru.ru_maxrss};
    }
    ~Child() {
        if (pid > 0) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, nullptr, 0);
        }
    }
};

// Makes PATH a sparse file of `size` bytes that starts with `head` (holes read as NUL bytes).
void sparse_file(const fs::path& path, const std::string& head, std::uintmax_t size) {
    std::ofstream(path, std::ios::binary) << head;
    fs::resize_file(path, size);
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Input files that are not files

TEST_CASE("faults: complaints.csv is a folder, a FIFO or a loop of symbolic links") {
    test::TempDir d;
    const fs::path csv = d.path() / "complaints.csv";
    std::string expected;
    Names left{"complaints.csv"};  // after the runs: no report, no temporary file
    SECTION("a folder") {
        fs::create_directory(csv);
        expected = "is a folder, not a file; the data folder must hold the CSV files directly";
    }
    SECTION("a FIFO (named pipe)") {
        REQUIRE(::mkfifo(csv.c_str(), 0600) == 0);  // nothing ever writes to it: a read would hang
        expected = "is not a regular file (a pipe or device?); save the export as a file";
    }
    SECTION("a loop of symbolic links") {
        fs::create_symlink("loop.csv", csv);
        fs::create_symlink("complaints.csv", d.path() / "loop.csv");
        expected = "the path is a loop of symbolic links; point it at a real file";
        left.push_back("loop.csv");
    }
    const std::string message = d.str() + "/complaints.csv: " + expected + "\n" + one_error_in(d.str());
    const auto validate = test::run("validate --data " + d.str());
    CHECK(validate.status == 1);
    CHECK(validate.err == message);
    CHECK(validate.out.empty());
    const auto report = test::run("report --data " + d.str() + " --year 2023/24 --out " + d.str() + "/r.pdf", kEpoch);
    CHECK(report.status == 1);
    CHECK(report.err == message);
    CHECK(report.out.empty());
    CHECK(names(d.path()) == left);
}

// 2 GiB inputs: the loader streams the file through a fixed window and never holds its bytes;
// what it keeps is the records, at most 2,000,000 per file. Peak memory is measured from
// wait4's ru_maxrss for the child alone.
TEST_CASE("faults: a 2 GiB complaints.csv of NUL bytes stops early with bounded memory") {
    test::TempDir d;
    const std::string header = "reference,received,route,method,service_area\n";
    sparse_file(d.path() / "complaints.csv", header, 2ull << 30);  // a sparse file: no disk, reads fast
    const auto start = std::chrono::steady_clock::now();
    Child child({"validate", "--data", d.str()}, d.path() / "out", d.path() / "err");
    const auto ended = child.wait();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    WARN("2 GiB of NUL bytes: validate took " << seconds << " s, peak memory " << ended.peak_kib / 1024 << " MiB");
    CHECK(ended.status == 1);
    CHECK(test::slurp(d.path() / "err") ==
          d.str() + "/complaints.csv:2: the file contains NUL bytes (the first on this line), so "
                    "it is not a text CSV file; export it again as CSV (UTF-8)\n" + one_error_in(d.str()));
    CHECK(test::slurp(d.path() / "out").empty());
    CHECK(ended.peak_kib < 100 * 1024);  // about 55 MiB: the parser's window, not the file
    CHECK(seconds < 10);                 // about 0.15 s
}

TEST_CASE("faults: 2 GiB of one repeated row stops at 2,000,000 records with bounded memory") {
    // An export concatenated many times over, or a runaway job: 2 GiB of real rows, written
    // out (not sparse), about 48 million of them. Reading stops at the record limit.
    test::TempDir d;
    const fs::path csv = d.path() / "complaints.csv";
    const std::string header = "reference,received,route,method,service_area\n";
    const std::string row = "A1,2023-04-01,Statutory,Email,Mental Health\n";
    const auto written_start = std::chrono::steady_clock::now();
    {
        std::string chunk;
        while (chunk.size() + row.size() <= (8u << 20)) chunk += row;
        std::ofstream out(csv, std::ios::binary);
        out << header;
        for (std::uintmax_t n = header.size(); n + chunk.size() <= (2ull << 30); n += chunk.size()) out << chunk;
        REQUIRE(out.good());
    }
    const double writing = std::chrono::duration<double>(std::chrono::steady_clock::now() - written_start).count();
    REQUIRE(fs::file_size(csv) > (2ull << 30) - (8u << 20));
    const auto start = std::chrono::steady_clock::now();
    Child child({"validate", "--data", d.str()}, d.path() / "out", d.path() / "err");
    const auto ended = child.wait();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    fs::remove(csv);  // give the 2 GiB back before the checks
    WARN("2 GiB of repeated rows: writing took " << writing << " s, validate " << seconds << " s, peak memory "
                                                << ended.peak_kib / 1024 << " MiB");
    CHECK(ended.status == 1);
    const std::string err = test::slurp(d.path() / "err");
    const std::string p = d.str() + "/complaints.csv:";
    CHECK(err.starts_with(p + "3: column reference: the reference \"A1\" is already used on line 2; references must "
                              "be unique\n"));
    CHECK(err.ends_with(p + "2000002: the file has more than 2,000,000 records, the most a file may hold (no "
                            "council's export comes near it); reading stopped here; check that this is the right "
                            "file\n" +
                        d.str() + "/complaints.csv: ... and 1999950 more errors not shown; fix the ones above and run "
                                  "again\n"
                                  "51 errors in " + d.str() + "; fix them and run again (docs/input-format.md "
                                                              "describes each file)\n"));
    CHECK(ended.peak_kib < 300 * 1024);  // about 205 MiB: 2,000,000 records, not 2 GiB of text
    CHECK(seconds < 20);                 // about 1.8 s
}
