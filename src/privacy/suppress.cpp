// Small-number disclosure control: which counts of a table are not shown.
#include "ascreport/privacy.hpp"

namespace ascreport {
namespace {

// One column of counts: `count(row)` reads a count, `mark(row)` its Suppressed flag.
template <class Count, class Mark>
void suppress_column(std::vector<BreakdownRow>& rows, int below, Count count, Mark mark) {
    std::size_t small = 0;
    for (BreakdownRow& r : rows) {
        const std::int64_t n = count(r);
        mark(r) = n >= 1 && n < below ? Suppressed::Small : Suppressed::No;
        if (mark(r) == Suppressed::Small) ++small;
    }
    if (small != 1) return;  // none, or two or more: no single count can be worked out
    // The total minus the shown counts would give the hidden one: hide one more, the smallest
    // count above 0 (a 0 only when there is none, since a shown 0 does not protect it).
    BreakdownRow* second = nullptr;
    for (BreakdownRow& r : rows) {
        if (mark(r) != Suppressed::No) continue;
        const std::int64_t n = count(r), best = second ? count(*second) : 0;
        if (!second || (n > 0 && (best == 0 || n < best))) second = &r;
    }
    if (second) mark(*second) = Suppressed::Secondary;
}

}  // namespace

void suppress_small_counts(Breakdown& b, int below) {
    if (below < 2) return;
    b.suppress_below = below;
    suppress_column(b.rows, below, [](const BreakdownRow& r) { return r.count; },
                    [](BreakdownRow& r) -> Suppressed& { return r.suppressed; });
    if (b.compared())
        suppress_column(b.rows, below, [](const BreakdownRow& r) { return r.previous.value_or(0); },
                        [](BreakdownRow& r) -> Suppressed& { return r.previous_suppressed; });
}

void suppress_equality_tables(Figures& f, int below) {
    for (const TableSpec& t : kTables)
        if (t.equality) suppress_small_counts(f.table(t.id), below);
}

}  // namespace ascreport
