// The order and length of a breakdown's rows as printed: --sort count and --top N.
#include <algorithm>

#include "ascreport/format.hpp"

namespace ascreport {

void arrange_rows(Breakdown& b, RowOrder order, std::optional<std::size_t> top) {
    // A hidden count takes no part in the order: were hidden rows sorted by their counts, the
    // order with the total of the hidden ones would give them away (4, 2, 2, 2, 1, 1, 1 is the
    // one way seven counts of 1 to 4 adding up to 13 can fall in order), and a row hidden to
    // protect another, larger than a shown one, would say so by standing above it. So they come
    // after every shown row, in the table's order, whatever their counts.
    if (order == RowOrder::Count)
        std::stable_sort(b.rows.begin(), b.rows.end(), [](const BreakdownRow& x, const BreakdownRow& y) {
            const bool x_hidden = x.suppressed != Suppressed::No, y_hidden = y.suppressed != Suppressed::No;
            if (x_hidden != y_hidden) return y_hidden;
            return !x_hidden && x.count > y.count;
        });
    if (top && *top < b.rows.size()) b.rows.resize(*top);
}

std::optional<int> shown_percent(const Breakdown& b, const BreakdownRow& row) {
    if (row.suppressed != Suppressed::No || row.share_hidden) return std::nullopt;
    return percent_half_up(row.count, row.share_whole.value_or(b.total));
}

}  // namespace ascreport
