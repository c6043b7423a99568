// The fuzz targets' seed corpus and saved regressions, replayed through the same functions
// the fuzzers call (fuzz/fuzz_support.hpp). Under `make sanitize` this runs with ASan and
// UBSan, so an input that once crashed, leaked or read out of bounds fails the suite again.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "fuzz_support.hpp"
#include "test_support.hpp"

namespace {

namespace fs = std::filesystem;

// Every file under fuzz/corpus/TARGET and fuzz/regressions/TARGET, in name order.
std::vector<fs::path> inputs(const std::string& target) {
    std::vector<fs::path> out;
    for (const char* kind : {"corpus", "regressions"}) {
        const fs::path dir = fs::path(ASCREPORT_SOURCE_DIR) / "fuzz" / kind / target;
        std::error_code ec;
        for (const auto& e : fs::directory_iterator(dir, ec))
            if (e.is_regular_file()) out.push_back(e.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

void replay(const std::string& target, const std::function<void(std::string_view)>& run) {
    const auto files = inputs(target);
    REQUIRE(files.size() >= 5);  // a wrong path must not pass as "nothing to replay"
    for (const auto& file : files) {
        INFO(file.string());
        const std::string bytes = test::slurp(file);
        CHECK_NOTHROW(run(bytes));
    }
}

}  // namespace

TEST_CASE("fuzz_csv: the seed corpus and regressions load without crashing") {
    replay("fuzz_csv", ascreport::fuzz::load_csv);
}

TEST_CASE("fuzz_settings: the seed corpus and regressions load without crashing") {
    replay("fuzz_settings", ascreport::fuzz::load_settings);
}

TEST_CASE("fuzz_template: the seed corpus and regressions build without crashing") {
    replay("fuzz_template", ascreport::fuzz::build_template);
}

TEST_CASE("fuzz_text: the seed corpus and regressions normalise, redact and scan without breaking a promise") {
    replay("fuzz_text", ascreport::fuzz::scan_text);
}
