// The main() of a fuzz target built without libFuzzer (g++, or clang without ASCREPORT_FUZZ):
// runs LLVMFuzzerTestOneInput once on each file named, and on each file of each folder named
// (in name order), the way a libFuzzer binary replays files. The corpus replay test
// (tests/fuzz/fuzz_corpus_test.cpp) runs every target through it in every build, so the
// targets always compile and the invariants they check hold for each saved input.
//
// Prints "Running: FILE" before and "Executed FILE" after each input, as libFuzzer does, and
// "ran N inputs" at the end. An input that breaks a promise ends the process (an exception out of the target, a
// trap, a sanitizer report), with that file the last one named "Running".
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) __attribute__((weak));

int main(int argc, char** argv) {
    namespace fs = std::filesystem;
    if (LLVMFuzzerInitialize) LLVMFuzzerInitialize(&argc, &argv);
    std::vector<fs::path> files;
    for (int i = 1; i < argc; ++i) {
        const fs::path arg = argv[i];
        std::error_code ec;
        if (!fs::is_directory(arg, ec)) {
            files.push_back(arg);
            continue;
        }
        std::vector<fs::path> in_folder;
        for (const auto& e : fs::directory_iterator(arg, ec))
            if (e.is_regular_file()) in_folder.push_back(e.path());
        std::sort(in_folder.begin(), in_folder.end());
        files.insert(files.end(), in_folder.begin(), in_folder.end());
    }
    std::size_t executed = 0;
    for (const fs::path& file : files) {
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "cannot read %s\n", file.c_str());
            return 1;
        }
        const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        std::fprintf(stderr, "Running: %s\n", file.c_str());
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
        std::fprintf(stderr, "Executed %s\n", file.c_str());
        ++executed;
    }
    std::fprintf(stderr, "ran %zu inputs\n", executed);
    return 0;
}
