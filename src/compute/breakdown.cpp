#include "ascreport/figures.hpp"

namespace ascreport {

int percent_half_up(std::int64_t part, std::int64_t whole) {
    if (whole <= 0) return 0;
    // Exact integer arithmetic: floor((200 * |part| + whole) / (2 * whole)) rounds half up.
    const bool negative = part < 0;
    const std::int64_t magnitude = negative ? -part : part;
    const std::int64_t rounded = (200 * magnitude + whole) / (2 * whole);
    return static_cast<int>(negative ? -rounded : rounded);
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
