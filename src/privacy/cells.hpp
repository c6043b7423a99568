// Cell suppression, private to the privacy stage: the method of docs/privacy.md on plain
// numbers, shared by the counts of a table (suppress.cpp) and by its measures, whose closed
// complaints and days add up exactly as counts do (measures.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

#include "ascreport/figures.hpp"

namespace ascreport::cells {

inline constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

inline bool is_small(std::int64_t n, int below) { return n >= 1 && n < below; }
inline bool hidden(Suppressed s) { return s != Suppressed::No; }

// One period's column of a one-field table: the marks of its counts and of its total.
struct OneField {
    std::vector<Suppressed> cells;
    Suppressed total = Suppressed::No;
};

// A one-field table (`counts` in table order, and their `total`). Counts of 1 to N-1 are
// hidden; when exactly one is, the total less the shown counts would give it away, so the
// smallest other count above 0 is hidden with it (the first in table order on a tie), or a 0
// when there is none. The total is a count like the others: 1 to N-1 hides it too, unless it is
// printed elsewhere anyway (`total_shown`). The counts' marks do not depend on that, so a table
// printed with its total and the same table printed without it hide the same counts.
OneField protect_one_field(const std::vector<std::int64_t>& counts, std::int64_t total, bool total_shown, int below);

// ---- Two fields --------------------------------------------------------------------------------
//
// The table with its margins, as published together: every pair of the two fields' values (a
// cell; the table lists those that count something, and a 0 it does not list is a 0 anyone can
// see), each field's one-field table of the same records (the row and column margins, hidden
// exactly as `breakdown --by FIELD` with the same options hides them) and the total. Every line
// -- a row's cells with its margin, a column's cells with its margin, each one-field table with
// the total -- says that its cells add up to its margin.

struct Grid {
    std::size_t rows = 0, cols = 0;           // cell = row * cols + col
    std::vector<std::int64_t> value;          // by cell
    std::vector<std::size_t> listed;          // by cell: its index in Breakdown::rows, or kNone
    std::vector<Suppressed> mark;             // by cell
    std::vector<std::int64_t> row_total, col_total;  // the margins
    std::vector<Suppressed> row_mark, col_mark;
    std::int64_t total = 0;
    Suppressed total_mark = Suppressed::No;
    // Which cells may be hidden to protect others; empty: every cell (counts: a pair the table
    // does not list is then listed). Measures hide only the measures a row prints.
    std::vector<bool> hideable;
    // With `hideable`: how many cells of each row and column are hidden or may be (protect_cells
    // counts them; hiding a cell does not change them).
    std::vector<std::size_t> row_movable, col_movable;
    // Measures: every line whose margin is shown and that holds hidden cells holds at least this
    // much of the value in them together (a line's hidden cells are known as one group: their
    // sum, and with it their mean and, when it is the margin's, their most). 0: no such rule.
    std::int64_t hidden_sum_at_least = 0;

    std::size_t row_of(std::size_t c) const { return c / cols; }
    std::size_t col_of(std::size_t c) const { return c % cols; }
};

// Secondary suppression of the cells, to a fixed point, given the marks of the cells (primary),
// of the margins and of the total: no line has exactly one hidden entry (counting its margin),
// no line with a shown margin holds hidden cells of less than `hidden_sum_at_least` together,
// and no hidden entry is fixed by the lines taken together. Cells are hidden smallest value
// above 0 first (then a listed 0, then one the table does not list), the first in the table's
// order on a tie. When no choice of cells mends it, every cell that can be is hidden.
void protect_cells(Grid& g);

// Where a two-field Breakdown's rows sit in its grid: each field's values in the order of its
// one-field table (Breakdown::field_values, then any the rows name that it lacks, in the order
// the rows first name them), and each row's cell.
struct Layout {
    std::vector<std::vector<Group>> values;  // by field
    std::vector<std::size_t> cell_of_row;    // by Breakdown row
    std::size_t cells() const { return values[0].size() * values[1].size(); }
};
Layout layout_of(const Breakdown& b);

// A Grid of the layout's shape, every cell 0 and shown, nothing listed; `value(row)` of each
// Breakdown row is added to its cell and its margins, and the cell lists the row.
template <class Value>
Grid grid_of(const Breakdown& b, const Layout& layout, Value value) {
    Grid g;
    g.rows = layout.values[0].size();
    g.cols = layout.values[1].size();
    g.value.assign(layout.cells(), 0);
    g.listed.assign(layout.cells(), kNone);
    g.mark.assign(layout.cells(), Suppressed::No);
    g.row_total.assign(g.rows, 0);
    g.col_total.assign(g.cols, 0);
    for (std::size_t i = 0; i < b.rows.size(); ++i) {
        const std::size_t c = layout.cell_of_row[i];
        const std::int64_t v = value(b.rows[i]);
        g.listed[c] = i;
        g.value[c] += v;
        g.row_total[g.row_of(c)] += v;
        g.col_total[g.col_of(c)] += v;
    }
    return g;
}

}  // namespace ascreport::cells
