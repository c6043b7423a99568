// Small-number disclosure control: which counts of a table are not shown. The method, and the
// practice it follows, is docs/privacy.md's; the comments here say how the code does it.
#include <algorithm>

#include "ascreport/privacy.hpp"
#include "cells.hpp"

namespace ascreport {
namespace {

using namespace cells;

void protect_two_fields(Grid& g, int below) {
    // The margins exactly as their one-field tables print them, and the total.
    const OneField rows = protect_one_field(g.row_total, g.total, false, below);
    const OneField cols = protect_one_field(g.col_total, g.total, false, below);
    g.row_mark = rows.cells;
    g.col_mark = cols.cells;
    g.total_mark = rows.total;

    // Primary: 1 to N-1 (so a row or column of 1 to N-1 records shows none of its counts above 0).
    for (std::size_t c = 0; c < g.value.size(); ++c)
        if (is_small(g.value[c], below)) g.mark[c] = Suppressed::Small;

    // Secondary, to a fixed point: no line with exactly one hidden entry, and no hidden entry
    // fixed by the lines together.
    protect_cells(g);
}

// One period's column of a two-field Breakdown. A pair it does not list that is to be hidden is
// added to its rows, in the table's order, with counts of 0.
template <class Count, class Mark>
void suppress_two_fields(Breakdown& b, std::int64_t total, int below, Count count, Mark mark, Suppressed& total_mark) {
    const Layout layout = layout_of(b);
    Grid g = grid_of(b, layout, count);
    g.total = total;
    protect_two_fields(g, below);

    std::vector<BreakdownRow> rows;
    for (std::size_t c = 0; c < g.value.size(); ++c) {
        if (g.listed[c] == kNone && !hidden(g.mark[c])) continue;
        BreakdownRow row;
        if (g.listed[c] != kNone) {
            row = std::move(b.rows[g.listed[c]]);
        } else {
            row.groups = {layout.values[0][g.row_of(c)], layout.values[1][g.col_of(c)]};
            if (b.compared()) row.previous = 0;
        }
        mark(row) = g.mark[c];
        rows.push_back(std::move(row));
    }
    b.rows = std::move(rows);
    total_mark = g.total_mark;
}

template <class Count, class Mark>
void suppress_one_field(Breakdown& b, std::int64_t total, bool total_shown, int below, Count count, Mark mark,
                        Suppressed& total_mark) {
    std::vector<std::int64_t> counts;
    for (const BreakdownRow& r : b.rows) counts.push_back(count(r));
    const OneField marks = protect_one_field(counts, total, total_shown, below);
    for (std::size_t i = 0; i < b.rows.size(); ++i) mark(b.rows[i]) = marks.cells[i];
    total_mark = marks.total;
}

void suppress(Breakdown& b, int below, bool total_shown) {
    if (below < 2) return;
    b.suppress_below = below;
    const bool two = b.fields.size() == 2 &&
                     std::all_of(b.rows.begin(), b.rows.end(), [](const BreakdownRow& r) { return r.groups.size() == 2; });
    auto column = [&](std::int64_t total, auto count, auto mark, Suppressed& total_mark) {
        if (two) suppress_two_fields(b, total, below, count, mark, total_mark);
        else suppress_one_field(b, total, total_shown, below, count, mark, total_mark);
    };
    column(b.total, [](const BreakdownRow& r) { return r.count; },
           [](BreakdownRow& r) -> Suppressed& { return r.suppressed; }, b.total_suppressed);
    if (b.compared())
        column(*b.previous_total, [](const BreakdownRow& r) { return r.previous.value_or(0); },
               [](BreakdownRow& r) -> Suppressed& { return r.previous_suppressed; }, b.previous_total_suppressed);
}

}  // namespace

void suppress_small_counts(Breakdown& b, int below) { suppress(b, below, false); }

void suppress_equality_tables(Figures& f, int below) {
    // Their total is the year's statutory complaints, which the report prints anyway.
    for (const TableSpec& t : kTables)
        if (t.equality) suppress(f.table(t.id), below, true);
    // Only now, with the hidden counts marked: a hidden 0 stays listed (TableSpec::omits_zero_rows).
    leave_out_zero_rows(f);
}

bool may_show_measures(std::int64_t count, Suppressed suppressed, int below) {
    if (below < 2) return true;  // no suppression
    // Beside a hidden count, even a hidden 0 (Secondary): "nothing closed" would say it is 0.
    if (suppressed != Suppressed::No) return false;
    return count == 0 || count >= below;  // a group of no one has no measures to give away
}

}  // namespace ascreport
