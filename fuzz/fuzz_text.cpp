// libFuzzer entry point: a piece of free text (see ascreport::fuzz::scan_text).
#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    ascreport::fuzz::scan_text({reinterpret_cast<const char*>(data), size});
    return 0;
}
