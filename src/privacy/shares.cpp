// Disclosure control for what `breakdown` adds to a table's counts: shares within a group
// (--percent row|column) and the response times of a group (--measure working_days).
#include <map>
#include <string>

#include "ascreport/privacy.hpp"

namespace ascreport {

bool group_measures_shown(const BreakdownRow& row, int below) {
    if (below < 2 || row.count == 0) return true;  // a group of no one has no measures to give away
    if (row.suppressed != Suppressed::No || row.count < below) return false;
    return !row.measures || row.measures->closed >= below;
}

void hide_revealing_shares(Breakdown& b) {
    if (b.share_of == ShareOf::Total) return;
    const std::size_t field = b.share_of == ShareOf::Row ? 0 : 1;
    std::map<std::string, bool> hides;
    for (const BreakdownRow& row : b.rows) hides[row.groups.at(field).key] |= row.suppressed != Suppressed::No;
    for (BreakdownRow& row : b.rows) row.share_hidden = hides[row.groups[field].key];
}

void hide_small_group_measures(Breakdown& b, int below) {
    for (BreakdownRow& row : b.rows) row.measures_hidden = row.measures && !group_measures_shown(row, below);
    if (b.total_measures) {
        BreakdownRow all;
        all.count = b.total;
        all.measures = b.total_measures;
        b.total_measures_hidden = !group_measures_shown(all, below);
    }
}

}  // namespace ascreport
