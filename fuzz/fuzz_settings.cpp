// libFuzzer entry point: report.toml (see ascreport::fuzz::load_settings).
#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    ascreport::fuzz::load_settings({reinterpret_cast<const char*>(data), size});
    return 0;
}
