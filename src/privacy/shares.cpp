// Disclosure control for the shares within a group that `breakdown --percent row|column` adds to
// a table's counts (the response times of --measure working_days: measures.cpp).
#include <map>
#include <string>

#include "ascreport/privacy.hpp"

namespace ascreport {

void hide_revealing_shares(Breakdown& b) {
    if (b.share_of == ShareOf::Total) return;
    const std::size_t field = b.share_of == ShareOf::Row ? 0 : 1;
    std::map<std::string, bool> hides;
    for (const BreakdownRow& row : b.rows) hides[row.groups.at(field).key] |= row.suppressed != Suppressed::No;
    for (BreakdownRow& row : b.rows) row.share_hidden = hides[row.groups[field].key];
}

}  // namespace ascreport
