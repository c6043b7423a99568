// The order and length of a breakdown's rows as printed: --sort count and --top N.
#include <algorithm>

#include "ascreport/query.hpp"

namespace ascreport {

void arrange_rows(Breakdown& b, RowOrder order, std::optional<std::size_t> top) {
    if (order == RowOrder::Count)
        std::stable_sort(b.rows.begin(), b.rows.end(),
                         [](const BreakdownRow& x, const BreakdownRow& y) { return x.count > y.count; });
    if (top && *top < b.rows.size()) b.rows.resize(*top);
}

std::optional<int> shown_percent(const Breakdown& b, const BreakdownRow& row) {
    if (row.suppressed != Suppressed::No || row.share_hidden) return std::nullopt;
    return percent_half_up(row.count, row.share_whole.value_or(b.total));
}

}  // namespace ascreport
