// Cell suppression (cells.hpp): the one-field rule, and the two-field grid's rules -- a line
// with one hidden entry, a line whose hidden cells are too few together, a hidden entry fixed
// by the lines together -- mended to a fixed point.
#include "cells.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>

namespace ascreport::cells {

OneField protect_one_field(const std::vector<std::int64_t>& counts, std::int64_t total, bool total_shown, int below) {
    OneField out;
    out.cells.assign(counts.size(), Suppressed::No);
    if (is_small(total, below) && !total_shown) out.total = Suppressed::Small;
    std::size_t small = 0;
    for (std::size_t i = 0; i < counts.size(); ++i)
        if (is_small(counts[i], below)) {
            out.cells[i] = Suppressed::Small;
            ++small;
        }
    if (small != 1) return out;
    std::size_t second = kNone;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        if (hidden(out.cells[i])) continue;
        // A count above 0 before any 0; among those, the smallest, the first on a tie.
        auto key = [&](std::size_t k) { return std::pair(counts[k] == 0, counts[k]); };
        if (second == kNone || key(i) < key(second)) second = i;
    }
    if (second != kNone) out.cells[second] = Suppressed::Secondary;
    return out;
}

namespace {

bool row_hidden(const Grid& g, std::size_t r) { return hidden(g.row_mark[r]); }
bool col_hidden(const Grid& g, std::size_t k) { return hidden(g.col_mark[k]); }

std::vector<std::size_t> row_cells(const Grid& g, std::size_t r) {
    std::vector<std::size_t> out;
    for (std::size_t k = 0; k < g.cols; ++k) out.push_back(r * g.cols + k);
    return out;
}

std::vector<std::size_t> col_cells(const Grid& g, std::size_t k) {
    std::vector<std::size_t> out;
    for (std::size_t r = 0; r < g.rows; ++r) out.push_back(r * g.cols + k);
    return out;
}

// Whether hiding cell `c` can protect anything: not when it may not be hidden (Grid::hideable),
// nor when the reader knows it anyway -- in a line whose margin is a shown 0, or the only cell of
// a line (one field with one value) whose margin is shown.
bool can_hide(const Grid& g, std::size_t c) {
    if (hidden(g.mark[c]) || (!g.hideable.empty() && !g.hideable[c])) return false;
    const std::size_t r = g.row_of(c), k = g.col_of(c);
    // Measures (some cells may not be hidden): alone in a line beside its shown margin, a hidden
    // cell would be the margin less the others.
    if (!g.hideable.empty() && ((!row_hidden(g, r) && g.row_movable[r] < 2) || (!col_hidden(g, k) && g.col_movable[k] < 2)))
        return false;
    if ((g.row_total[r] == 0 && !row_hidden(g, r)) || (g.col_total[k] == 0 && !col_hidden(g, k))) return false;
    if (g.cols == 1 && !row_hidden(g, r)) return false;
    if (g.rows == 1 && !col_hidden(g, k)) return false;
    return true;
}

// The cell to hide among `candidates`: the smallest listed count above 0, then a listed 0 (with
// --compare), then a 0 the table does not list (it is then listed, hidden); the first in the
// table's order on a tie. kNone when none can be hidden.
std::size_t cheapest(const Grid& g, const std::vector<std::size_t>& candidates) {
    std::size_t best = kNone;
    auto key = [&](std::size_t k) { return std::tuple(g.listed[k] == kNone, g.value[k] == 0, g.value[k], k); };
    for (std::size_t c : candidates)
        if (can_hide(g, c) && (best == kNone || key(c) < key(best))) best = c;
    return best;
}

// Calls `mend(cells, margin_hidden)` for each row, then each column, until one returns false
// (a line that cannot be mended); returns whether none did.
template <class Mend>
bool each_line(const Grid& g, Mend mend) {
    for (std::size_t r = 0; r < g.rows; ++r)
        if (!mend(row_cells(g, r), row_hidden(g, r))) return false;
    for (std::size_t k = 0; k < g.cols; ++k)
        if (!mend(col_cells(g, k), col_hidden(g, k))) return false;
    return true;
}

// The line rule: a row or column with exactly one hidden entry (cells and margin) gives it away
// by subtraction, so one more of its cells is hidden. Returns false when a line cannot be mended.
bool mend_lines(Grid& g, bool& changed) {
    auto mend = [&](const std::vector<std::size_t>& cells, bool margin_hidden) {
        std::size_t n = margin_hidden ? 1 : 0;
        for (std::size_t c : cells) n += hidden(g.mark[c]) ? 1 : 0;
        if (n != 1) return true;
        const std::size_t c = cheapest(g, cells);
        if (c == kNone) return false;
        g.mark[c] = Suppressed::Secondary;
        changed = true;
        return true;
    };
    return each_line(g, mend);
}

// The measures' rule: in a line whose margin is shown (a row, a column, the whole table with
// its total), the hidden cells are known together (the margin less the shown cells), so two or
// more of them hold something, and together at least Grid::hidden_sum_at_least, or one more
// cell, with something in it, is hidden. (Two that hold something: a hidden cell that holds
// nothing does not protect another from a reader who knows it holds nothing -- an open
// complaint is never closed.) Returns false when a line cannot be mended.
bool mend_hidden_sums(Grid& g, bool& changed) {
    if (g.hidden_sum_at_least <= 0) return true;
    auto mend = [&](const std::vector<std::size_t>& cells, bool margin_hidden) {
        if (margin_hidden) return true;
        std::int64_t sum = 0;
        std::size_t any = 0, holding_something = 0;
        std::vector<std::size_t> holding;  // shown cells with something in them
        for (std::size_t c : cells) {
            if (hidden(g.mark[c])) {
                ++any;
                sum += g.value[c];
                holding_something += g.value[c] > 0 ? 1 : 0;
            } else if (g.value[c] > 0) {
                holding.push_back(c);
            }
        }
        if (any == 0 || (holding_something >= 2 && sum >= g.hidden_sum_at_least)) return true;
        const std::size_t c = cheapest(g, holding);
        if (c == kNone) return false;
        g.mark[c] = Suppressed::Secondary;
        changed = true;
        return true;
    };
    if (!each_line(g, mend)) return false;
    // The whole table is a line too: its cells add up to the total, whatever the margins show.
    std::vector<std::size_t> every(g.value.size());
    for (std::size_t c = 0; c < every.size(); ++c) every[c] = c;
    return mend(every, hidden(g.total_mark));
}

// The hidden entries as a graph: a node per row and per column, one more for the margins' row
// and one for the margins' column; an edge per hidden entry, joining its row and its column.
// The shown entries are known; the unknowns satisfy one equation per node (its line). An
// unknown is fixed by those equations exactly when its edge is on no cycle -- a bridge -- since
// adding and taking away the same amount around a cycle keeps every line's sum.
struct HiddenGraph {
    std::size_t nodes = 0;
    std::vector<std::pair<std::size_t, std::size_t>> edges;
    std::vector<std::vector<std::pair<std::size_t, std::size_t>>> adjacent;  // (node, edge)

    explicit HiddenGraph(const Grid& g) {
        const std::size_t margin_row = g.rows, col0 = g.rows + 1, margin_col = col0 + g.cols;
        nodes = margin_col + 1;
        for (std::size_t c = 0; c < g.value.size(); ++c)
            if (hidden(g.mark[c])) edges.emplace_back(g.row_of(c), col0 + g.col_of(c));
        for (std::size_t r = 0; r < g.rows; ++r)
            if (row_hidden(g, r)) edges.emplace_back(r, margin_col);
        for (std::size_t k = 0; k < g.cols; ++k)
            if (col_hidden(g, k)) edges.emplace_back(margin_row, col0 + k);
        if (hidden(g.total_mark)) edges.emplace_back(margin_row, margin_col);
        adjacent.resize(nodes);
        for (std::size_t e = 0; e < edges.size(); ++e) {
            adjacent[edges[e].first].emplace_back(edges[e].second, e);
            adjacent[edges[e].second].emplace_back(edges[e].first, e);
        }
    }

    // The first bridge (Tarjan's low-link, without recursion), or kNone.
    std::size_t bridge() const {
        std::vector<std::size_t> order(nodes, kNone), low(nodes, 0);
        std::size_t next = 0;
        struct Frame {
            std::size_t node, via, at;
        };
        for (std::size_t start = 0; start < nodes; ++start) {
            if (order[start] != kNone) continue;
            std::vector<Frame> stack{{start, kNone, 0}};
            order[start] = low[start] = next++;
            while (!stack.empty()) {
                Frame& f = stack.back();
                if (f.at < adjacent[f.node].size()) {
                    const auto [to, e] = adjacent[f.node][f.at++];
                    if (e == f.via) continue;
                    if (order[to] == kNone) {
                        order[to] = low[to] = next++;
                        stack.push_back({to, e, 0});
                    } else {
                        low[f.node] = std::min(low[f.node], order[to]);
                    }
                    continue;
                }
                const Frame done = f;
                stack.pop_back();
                if (stack.empty()) break;
                Frame& parent = stack.back();
                low[parent.node] = std::min(low[parent.node], low[done.node]);
                if (low[done.node] > order[parent.node]) return done.via;
            }
        }
        return kNone;
    }

    // The nodes reached from `from` without crossing `edge`.
    std::vector<bool> reach(std::size_t from, std::size_t edge) const {
        std::vector<bool> seen(nodes, false);
        std::vector<std::size_t> todo{from};
        seen[from] = true;
        while (!todo.empty()) {
            const std::size_t n = todo.back();
            todo.pop_back();
            for (const auto& [to, e] : adjacent[n])
                if (e != edge && !seen[to]) {
                    seen[to] = true;
                    todo.push_back(to);
                }
        }
        return seen;
    }
};

// Mends the first bridge: hides a shown cell whose row is on one side of it and whose column is
// on the other, which puts the bridge on a cycle. Returns false when the graph has no bridge or
// no such cell can be hidden (`stuck`).
bool mend_bridge(Grid& g, bool& stuck) {
    const HiddenGraph graph(g);
    const std::size_t e = graph.bridge();
    if (e == kNone) return false;
    const std::vector<bool> a = graph.reach(graph.edges[e].first, e), b = graph.reach(graph.edges[e].second, e);
    const std::size_t col0 = g.rows + 1;
    std::vector<std::size_t> across;
    for (std::size_t c = 0; c < g.value.size(); ++c) {
        const std::size_t r = g.row_of(c), k = col0 + g.col_of(c);
        if ((a[r] && b[k]) || (b[r] && a[k])) across.push_back(c);
    }
    const std::size_t c = cheapest(g, across);
    if (c == kNone) {
        stuck = true;
        return false;
    }
    g.mark[c] = Suppressed::Secondary;
    return true;
}


}  // namespace

void protect_cells(Grid& g) {
    if (!g.hideable.empty()) {
        g.row_movable.assign(g.rows, 0);
        g.col_movable.assign(g.cols, 0);
        for (std::size_t c = 0; c < g.value.size(); ++c)
            if (hidden(g.mark[c]) || g.hideable[c]) ++g.row_movable[g.row_of(c)], ++g.col_movable[g.col_of(c)];
    }
    // Each round hides one cell or more, so this ends.
    bool stuck = false;
    for (;;) {
        bool changed = false;
        if (!mend_lines(g, changed) || !mend_hidden_sums(g, changed)) {
            stuck = true;
            break;
        }
        if (changed) continue;
        if (!mend_bridge(g, stuck)) break;
    }
    // No choice of cells mends it: hide every cell that can be. (Not met in testing: with
    // every pair available, hiding all of them leaves no bridge.)
    if (stuck)
        for (std::size_t c = 0; c < g.value.size(); ++c)
            if (can_hide(g, c)) g.mark[c] = Suppressed::Secondary;
}

Layout layout_of(const Breakdown& b) {
    Layout layout;
    layout.values.resize(2);
    std::vector<std::map<std::string, std::size_t, std::less<>>> index(2);
    for (std::size_t f = 0; f < 2; ++f) {
        auto add = [&](const Group& g) {
            if (index[f].emplace(g.key, layout.values[f].size()).second) layout.values[f].push_back(g);
        };
        if (f < b.field_values.size())
            for (const Group& v : b.field_values[f]) add(v);
        for (const BreakdownRow& row : b.rows) add(row.groups[f]);
    }
    const std::size_t cols = layout.values[1].size();
    for (const BreakdownRow& row : b.rows)
        layout.cell_of_row.push_back(index[0].find(row.groups[0].key)->second * cols +
                                     index[1].find(row.groups[1].key)->second);
    return layout;
}

}  // namespace ascreport::cells
