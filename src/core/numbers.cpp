#include "ascreport/numbers.hpp"

namespace ascreport {

std::string with_thousands(std::int64_t n) {
    // Through the unsigned magnitude, so the most negative number has one too.
    const std::uint64_t magnitude = n < 0 ? 0 - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
    std::string digits = std::to_string(magnitude);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<std::size_t>(i), ",");
    return (n < 0 ? "-" : "") + digits;
}

}  // namespace ascreport
