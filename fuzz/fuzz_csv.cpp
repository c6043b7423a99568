// libFuzzer entry point: the five CSV loaders (see ascreport::fuzz::load_csv).
#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    ascreport::fuzz::load_csv({reinterpret_cast<const char*>(data), size});
    return 0;
}
