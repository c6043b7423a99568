// Where the tests find the source tree, the ascreport binary and the fuzz targets.
#pragma once

#include <string>

// Defined in test_paths.cpp, which the build writes into the build folder (tests/CMakeLists.txt),
// rather than as -D definitions on every test file's command line: a clean clone in another
// folder then compiles every test file with the same command, and ccache reuses its objects.
namespace test {
std::string source_dir();  // the source tree: data-samples/, docs/, tests/fixtures/
std::string binary();      // the ascreport binary under test
std::string fuzz_dir();    // the folder of the fuzz targets (fuzz_csv, ...)
std::string generated_dir();  // what the build generates: man/, completion/ (cmake/Packaging.cmake)
}  // namespace test
