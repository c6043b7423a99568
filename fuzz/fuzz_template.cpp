// libFuzzer entry point: a template section (see ascreport::fuzz::build_template).
#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    ascreport::fuzz::prepare_template_figures();  // data-samples/ once, before the first input
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    ascreport::fuzz::build_template({reinterpret_cast<const char*>(data), size});
    return 0;
}
