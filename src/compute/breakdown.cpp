#include "ascreport/figures.hpp"

#include <limits>

namespace ascreport {

__extension__ typedef __int128 Wide;  // GCC's and Clang's 128-bit integer

std::int64_t percent_half_up(std::int64_t part, std::int64_t whole) {
    if (whole <= 0) return 0;
    // Exact integer arithmetic: floor((200 * |part| + whole) / (2 * whole)) rounds half up. In
    // 128 bits, so no figure overflows it (2^63 - 1 people once printed "-7300%").
    const bool negative = part < 0;
    const Wide magnitude = negative ? -static_cast<Wide>(part) : static_cast<Wide>(part);
    const Wide rounded = (200 * magnitude + whole) / (2 * static_cast<Wide>(whole));
    constexpr Wide kMost = std::numeric_limits<std::int64_t>::max();
    const std::int64_t bounded = static_cast<std::int64_t>(rounded > kMost ? kMost : rounded);
    return negative ? -bounded : bounded;
}

const BreakdownRow* Breakdown::find(std::string_view key) const {
    for (const BreakdownRow& row : rows)
        if (!row.groups.empty() && row.groups.front().key == key) return &row;
    return nullptr;
}

std::int64_t Breakdown::count_of(std::string_view key) const {
    const BreakdownRow* row = find(key);
    return row ? row->count : 0;
}

}  // namespace ascreport
