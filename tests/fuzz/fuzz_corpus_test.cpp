// The fuzz targets' seed corpus and saved regressions, replayed through the targets' own
// executables (fuzz/: linked with libFuzzer where the compiler has it, else with the standalone
// runner), so the targets build in every build and are run in every test run. Each target
// checks promises that hold for every input (fuzz/fuzz_support.hpp): the loaders' messages
// name the file, one of its lines and come in line order; report.toml's messages name it and
// one of its lines; a template builds or each error names its line; free text normalises
// once, is redacted whole, and links and scans consistently. A broken promise ends the target
// with the input named. Under `make sanitize` the targets are built with ASan and UBSan, so
// an input that once crashed, leaked or read out of bounds fails the suite again.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace {

namespace fs = std::filesystem;

// Every file under fuzz/corpus/TARGET and fuzz/regressions/TARGET, in name order.
std::vector<fs::path> inputs(const std::string& target, const char* kind) {
    std::vector<fs::path> out;
    const fs::path dir = fs::path(::test::source_dir()) / "fuzz" / kind / target;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec))
        if (e.is_regular_file()) out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

// Runs the target's executable on each of `files` (named one by one: a folder would start a
// campaign under libFuzzer) and returns the files it says it executed, in order.
std::vector<fs::path> replay(const std::string& target, const std::vector<fs::path>& files) {
    std::string command = std::string(::test::fuzz_dir()) + "/" + target;
    for (const auto& f : files) command += " '" + f.string() + "'";
    const test::RunResult r = test::shell(command + " 2>&1");
    INFO(r.out);
    REQUIRE(r.status == 0);
    std::vector<fs::path> executed;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);) {
        if (!line.starts_with("Executed ")) continue;
        line.erase(0, 9);
        if (const auto in = line.rfind(" in "); in != std::string::npos && line.ends_with(" ms")) line.erase(in);  // libFuzzer
        executed.push_back(line);
    }
    return executed;
}

// The saved inputs of `target`: exactly `corpus` seeds and `regressions` regressions (a lost
// or misplaced file fails here; a new one is counted in), each executed once, in order.
void check_replay(const std::string& target, std::size_t corpus, std::size_t regressions) {
    const auto seeds = inputs(target, "corpus");
    const auto found = inputs(target, "regressions");
    CHECK(seeds.size() == corpus);
    CHECK(found.size() == regressions);
    std::vector<fs::path> all = seeds;
    all.insert(all.end(), found.begin(), found.end());
    CHECK(replay(target, all) == all);
}

}  // namespace

TEST_CASE("fuzz_csv: its 19 seeds load, each message naming the file and a line of it, in line order", "[fuzz]") {
    check_replay("fuzz_csv", 19, 0);
}

TEST_CASE("fuzz_settings: its 10 seeds load, each message naming report.toml and a line of it", "[fuzz]") {
    check_replay("fuzz_settings", 10, 0);
}

TEST_CASE("fuzz_template: its 8 seeds and 2 regressions build, or give errors on a line of the template", "[fuzz]") {
    check_replay("fuzz_template", 8, 2);
}

TEST_CASE("fuzz_text: its 11 seeds and 1 regression normalise, redact and scan without breaking a promise", "[fuzz]") {
    check_replay("fuzz_text", 11, 1);
}

TEST_CASE("a fuzz target fails on an input it cannot read, naming it", "[fuzz]") {
    const test::RunResult r = test::shell(std::string(::test::fuzz_dir()) + "/fuzz_settings /nonexistent/input 2>&1");
    CHECK(r.status != 0);
    CHECK(r.out.find("/nonexistent/input") != std::string::npos);
}
