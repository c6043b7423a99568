// Small-number disclosure control: which counts of a table are not shown. The method, and the
// practice it follows, is docs/privacy.md's; the comments here say how the code does it.
#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <tuple>
#include <string>

#include "ascreport/privacy.hpp"

namespace ascreport {
namespace {

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

bool is_small(std::int64_t n, int below) { return n >= 1 && n < below; }
bool hidden(Suppressed s) { return s != Suppressed::No; }

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

    std::size_t row_of(std::size_t c) const { return c / cols; }
    std::size_t col_of(std::size_t c) const { return c % cols; }
};

bool row_hidden(const Grid& g, std::size_t r) { return hidden(g.row_mark[r]); }
bool col_hidden(const Grid& g, std::size_t k) { return hidden(g.col_mark[k]); }

// Whether hiding cell `c` can protect anything: not when the reader knows it anyway -- in a
// line whose margin is a shown 0, or the only cell of a line (one field with one value) whose
// margin is shown.
bool can_hide(const Grid& g, std::size_t c) {
    if (hidden(g.mark[c])) return false;
    const std::size_t r = g.row_of(c), k = g.col_of(c);
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
    for (std::size_t r = 0; r < g.rows; ++r)
        if (!mend(row_cells(g, r), row_hidden(g, r))) return false;
    for (std::size_t k = 0; k < g.cols; ++k)
        if (!mend(col_cells(g, k), col_hidden(g, k))) return false;
    return true;
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
    // fixed by the lines together. Each round hides one cell or more, so this ends.
    bool stuck = false;
    for (;;) {
        bool changed = false;
        if (!mend_lines(g, changed)) {
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

// Each field's values in the order of its one-field table: Breakdown::field_values, then any
// the rows name that it lacks, in the order the rows first name them.
std::vector<std::vector<Group>> values_of(const Breakdown& b) {
    std::vector<std::vector<Group>> values(2);
    for (std::size_t f = 0; f < 2; ++f) {
        std::set<std::string, std::less<>> seen;
        auto add = [&](const Group& g) {
            if (seen.insert(g.key).second) values[f].push_back(g);
        };
        if (f < b.field_values.size())
            for (const Group& v : b.field_values[f]) add(v);
        for (const BreakdownRow& row : b.rows) add(row.groups[f]);
    }
    return values;
}

// One period's column of a two-field Breakdown. A pair it does not list that is to be hidden is
// added to its rows, in the table's order, with counts of 0.
template <class Count, class Mark>
void suppress_two_fields(Breakdown& b, std::int64_t total, int below, Count count, Mark mark, Suppressed& total_mark) {
    const auto values = values_of(b);
    std::vector<std::map<std::string, std::size_t, std::less<>>> index(2);
    for (std::size_t f = 0; f < 2; ++f)
        for (std::size_t i = 0; i < values[f].size(); ++i) index[f][values[f][i].key] = i;
    Grid g;
    g.rows = values[0].size();
    g.cols = values[1].size();
    g.value.assign(g.rows * g.cols, 0);
    g.listed.assign(g.rows * g.cols, kNone);
    g.mark.assign(g.rows * g.cols, Suppressed::No);
    g.row_total.assign(g.rows, 0);
    g.col_total.assign(g.cols, 0);
    g.total = total;
    for (std::size_t i = 0; i < b.rows.size(); ++i) {
        const BreakdownRow& row = b.rows[i];
        const std::size_t r = index[0].find(row.groups[0].key)->second, k = index[1].find(row.groups[1].key)->second;
        const std::size_t c = r * g.cols + k;
        g.listed[c] = i;
        g.value[c] += count(row);
        g.row_total[r] += count(row);
        g.col_total[k] += count(row);
    }
    protect_two_fields(g, below);

    std::vector<BreakdownRow> rows;
    for (std::size_t c = 0; c < g.value.size(); ++c) {
        if (g.listed[c] == kNone && !hidden(g.mark[c])) continue;
        BreakdownRow row;
        if (g.listed[c] != kNone) {
            row = std::move(b.rows[g.listed[c]]);
        } else {
            row.groups = {values[0][g.row_of(c)], values[1][g.col_of(c)]};
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
}

bool may_show_measures(std::int64_t count, Suppressed suppressed, int below) {
    if (below < 2 || count == 0) return true;  // no suppression; a group of no one has no measures
    return suppressed == Suppressed::No && count >= below;
}

}  // namespace ascreport
