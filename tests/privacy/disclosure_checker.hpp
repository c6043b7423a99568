// The disclosure checker: an attacker model, independent of the suppression code it checks (it
// calls none of it). It is given what a reader of the published tables sees -- counts, the `*`s,
// the order of the rows, the measures beside them and their totals -- and works out what it can
// of the hidden numbers:
//   - sums: each table's rows add up to its total, a two-field table's rows and columns to the
//     one-field tables' counts; solved as linear equations (subtraction, and Gaussian elimination
//     for what the sums fix together);
//   - order: the rows printed in an order a reader knows the rule of; every table of hidden
//     counts that agrees with the sums is tried, and those that the rule would print in another
//     order are ruled out;
//   - measures: closed complaints and days add up like counts; a line's total's most is someone
//     in one of its groups; a group's days can be capped by what it is (timescale).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace disclosure {

// ---- Sums ---------------------------------------------------------------------------------------

// What a reader of a set of published tables has: numbers, each shown or hidden, and sums
// ("these add up to that one": each table's rows to its total, a two-field table's rows and
// columns to the one-field tables' counts).
struct Published {
    std::vector<std::int64_t> value;
    std::vector<bool> hidden;
    std::vector<std::pair<std::vector<std::size_t>, std::size_t>> sums;

    std::size_t add(std::int64_t v, bool h) {
        value.push_back(v);
        hidden.push_back(h);
        return value.size() - 1;
    }
};

// The hidden numbers that one sum gives away by subtraction: it holds exactly one of them.
inline std::vector<std::size_t> by_subtraction(const Published& p) {
    std::vector<std::size_t> out;
    for (const auto& [parts, total] : p.sums) {
        std::vector<std::size_t> h;
        for (std::size_t c : parts)
            if (p.hidden[c]) h.push_back(c);
        if (p.hidden[total]) h.push_back(total);
        if (h.size() == 1) out.push_back(h[0]);
    }
    return out;
}

// The sums' equations over the hidden numbers (one column each, in `column`).
inline std::vector<std::vector<double>> equations(const Published& p, std::map<std::size_t, std::size_t>& column) {
    for (std::size_t c = 0; c < p.value.size(); ++c)
        if (p.hidden[c]) column.emplace(c, column.size());
    std::vector<std::vector<double>> m;
    for (const auto& [parts, total] : p.sums) {
        std::vector<double> row(column.size(), 0.0);
        for (std::size_t c : parts)
            if (p.hidden[c]) row[column[c]] += 1;
        if (p.hidden[total]) row[column[total]] -= 1;
        m.push_back(std::move(row));
    }
    return m;
}

// The rank of a matrix (Gaussian elimination).
inline std::size_t rank_of(std::vector<std::vector<double>> m) {
    const double eps = 1e-9;
    std::size_t rank = 0;
    const std::size_t cols = m.empty() ? 0 : m[0].size();
    for (std::size_t col = 0; col < cols && rank < m.size(); ++col) {
        std::size_t best = rank;
        for (std::size_t r = rank; r < m.size(); ++r)
            if (std::fabs(m[r][col]) > std::fabs(m[best][col])) best = r;
        if (std::fabs(m[best][col]) < eps) continue;
        std::swap(m[rank], m[best]);
        for (std::size_t r = rank + 1; r < m.size(); ++r) {
            const double f = m[r][col] / m[rank][col];
            for (std::size_t k = col; k < cols; ++k) m[r][k] -= f * m[rank][k];
        }
        ++rank;
    }
    return rank;
}

// Whether the sums fix the sum of the numbers in `set` (its shown ones are known): the reader
// can work it out exactly when it is a combination of the equations.
inline bool fixed_by(const Published& p, const std::vector<std::size_t>& set) {
    std::map<std::size_t, std::size_t> column;
    auto m = equations(p, column);
    std::vector<double> target(column.size(), 0.0);
    bool any = false;
    for (std::size_t c : set)
        if (p.hidden[c]) {
            target[column.at(c)] += 1;
            any = true;
        }
    if (!any) return true;
    const std::size_t before = rank_of(m);
    m.push_back(target);
    return rank_of(m) == before;
}

// The hidden numbers that the sums together fix: Gaussian elimination of the equations over the
// hidden ones; a number is fixed exactly when a row of the reduced matrix is its unit vector.
inline std::vector<std::size_t> recoverable(const Published& p) {
    std::map<std::size_t, std::size_t> column;
    std::vector<std::vector<double>> m = equations(p, column);
    std::vector<std::size_t> unknowns(column.size());
    for (const auto& [c, k] : column) unknowns[k] = c;
    const double eps = 1e-9;
    std::size_t rank = 0;
    std::vector<std::size_t> pivot_of_row;
    for (std::size_t col = 0; col < unknowns.size() && rank < m.size(); ++col) {
        std::size_t best = rank;
        for (std::size_t r = rank; r < m.size(); ++r)
            if (std::fabs(m[r][col]) > std::fabs(m[best][col])) best = r;
        if (std::fabs(m[best][col]) < eps) continue;
        std::swap(m[rank], m[best]);
        const double lead = m[rank][col];
        for (double& x : m[rank]) x /= lead;
        for (std::size_t r = 0; r < m.size(); ++r) {
            if (r == rank || std::fabs(m[r][col]) < eps) continue;
            const double f = m[r][col];
            for (std::size_t k = 0; k < unknowns.size(); ++k) m[r][k] -= f * m[rank][k];
        }
        pivot_of_row.push_back(col);
        ++rank;
    }
    std::vector<std::size_t> out;
    for (std::size_t r = 0; r < rank; ++r) {
        std::size_t nonzero = 0;
        for (double x : m[r]) nonzero += std::fabs(x) > eps ? 1 : 0;
        if (nonzero == 1) out.push_back(unknowns[pivot_of_row[r]]);
    }
    return out;
}

// ---- Order --------------------------------------------------------------------------------------

// A row of a one-field table as printed: its place in the table's own order (the order the same
// question prints without --sort count) and its count, or nullopt for `*`.
struct SeenRow {
    std::size_t table_index = 0;
    std::optional<std::int64_t> count;
};

// How a reader knows the rows are ordered: from each row's count and whether it is hidden (by
// table index), the table indexes in the order printed.
using OrderRule = std::function<std::vector<std::size_t>(const std::vector<std::int64_t>&, const std::vector<bool>&)>;

// Every row by its count, the largest first, ties in the table's order: the order that gave
// hidden counts away (issue 17).
inline std::vector<std::size_t> every_row_by_count(const std::vector<std::int64_t>& counts, const std::vector<bool>&) {
    std::vector<std::size_t> order(counts.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return counts[a] > counts[b]; });
    return order;
}

// docs/breakdown.md's --sort count: the shown counts the largest first (ties in the table's
// order), then every hidden row, in the table's order.
inline std::vector<std::size_t> shown_by_count_then_hidden(const std::vector<std::int64_t>& counts,
                                                           const std::vector<bool>& hidden) {
    std::vector<std::size_t> order(counts.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (hidden[a] != hidden[b]) return hidden[b];
        return !hidden[a] && counts[a] > counts[b];
    });
    return order;
}

// Each hidden row's possible counts (by table index): every assignment of counts from `lo` to
// `hi` to the hidden rows that adds up to the total less the shown counts, and that `rule` would
// have printed in the order seen. A row with one possible count is given away. `printed` is the
// whole table (no --top), in the order printed.
inline std::map<std::size_t, std::set<std::int64_t>> hidden_values(const std::vector<SeenRow>& printed,
                                                                   std::int64_t total, const OrderRule& rule,
                                                                   std::int64_t lo, std::int64_t hi) {
    const std::size_t n = printed.size();
    std::vector<std::int64_t> counts(n, 0);
    std::vector<bool> hidden(n, false);
    std::vector<std::size_t> seen_order, unknown;
    std::int64_t rest = total;
    for (const SeenRow& r : printed) {
        seen_order.push_back(r.table_index);
        hidden[r.table_index] = !r.count;
        if (r.count) {
            counts[r.table_index] = *r.count;
            rest -= *r.count;
        } else {
            unknown.push_back(r.table_index);
        }
    }
    std::map<std::size_t, std::set<std::int64_t>> values;
    for (std::size_t u : unknown) values[u];
    std::function<void(std::size_t, std::int64_t)> next = [&](std::size_t k, std::int64_t left) {
        if (k == unknown.size()) {
            if (left != 0 || rule(counts, hidden) != seen_order) return;
            for (std::size_t u : unknown) values[u].insert(counts[u]);
            return;
        }
        const std::int64_t after = static_cast<std::int64_t>(unknown.size() - k - 1);
        for (std::int64_t v = lo; v <= hi; ++v) {
            if (left - v < after * lo || left - v > after * hi) continue;
            counts[unknown[k]] = v;
            next(k + 1, left - v);
        }
    };
    next(0, rest);
    return values;
}

// The hidden rows whose count is given away: one possible value (none: the rule cannot have
// printed what was seen, so the reader learns nothing from it -- reported by the caller).
inline std::vector<std::size_t> pinned(const std::map<std::size_t, std::set<std::int64_t>>& values) {
    std::vector<std::size_t> out;
    for (const auto& [row, set] : values)
        if (set.size() == 1) out.push_back(row);
    return out;
}

// ---- Measures -----------------------------------------------------------------------------------

// What a reader sees of a group's (or a line total's) response times, and knows of it.
struct SeenMeasures {
    std::string name;
    std::optional<std::int64_t> count;   // nullopt: hidden
    std::optional<std::int64_t> closed;  // nullopt: hidden ("*")
    std::optional<std::int64_t> max;     // nullopt: hidden, or nothing closed ("-")
    bool hidden = false;                 // the measures print "*"
    // What the reader knows without the table: it closes nothing ("Still open"), its days are
    // at most `most_at_most` ("Within 20 working days": 20) or more than `least_above` ("Over 20").
    bool closes_nothing = false;
    std::optional<std::int64_t> most_at_most, least_above;
};

// A line: its parts' closed complaints add up to its total's, and their days too; its total's
// most is the most of one of them. A one-field table's groups and its total row; a two-field
// table's pairs of one value with that value's row of the one-field table.
struct Line {
    std::vector<std::size_t> parts;
    std::size_t total = 0;
};

struct SeenTables {
    std::vector<SeenMeasures> entries;
    std::vector<Line> lines;
    int below = 0;
};

// Whether the reader does not know an entry's closed complaints: hidden, and not known to be 0.
inline bool unknown_closed(const SeenMeasures& e) { return e.hidden && !e.closes_nothing && e.count != 0; }

// The closed complaints of the entries, with their lines' sums (days add up the same way).
inline Published closed_sums(const SeenTables& t) {
    Published p;
    for (const SeenMeasures& e : t.entries) p.add(e.closed.value_or(0), unknown_closed(e));
    for (const Line& l : t.lines) p.sums.emplace_back(l.parts, l.total);
    return p;
}

// What the reader works out of hidden measures, one sentence each; empty when nothing.
inline std::vector<std::string> measure_findings(const SeenTables& t) {
    std::vector<std::string> out;
    const auto n = static_cast<std::int64_t>(t.below);
    auto unknown = unknown_closed;
    for (const SeenMeasures& e : t.entries) {
        if (e.hidden) continue;
        if (!e.count) out.push_back(e.name + ": measures beside a hidden count");
        else if (*e.count > 0 && (*e.count < n || e.closed.value_or(0) < n))
            out.push_back(e.name + ": measures of fewer than " + std::to_string(n));
    }
    // Closed complaints (and the days, which add up the same way): solved like counts.
    const Published p = closed_sums(t);
    std::set<std::size_t> fixed;
    for (std::size_t c : by_subtraction(p)) fixed.insert(c);
    for (std::size_t c : recoverable(p)) fixed.insert(c);
    for (std::size_t c : fixed) out.push_back(t.entries[c].name + ": closed complaints and days worked out from the sums");
    for (const Line& l : t.lines) {
        const SeenMeasures& total = t.entries[l.total];
        if (total.hidden || !total.closed) continue;
        std::vector<std::size_t> hidden;
        std::int64_t shown_closed = 0, shown_most = 0;
        for (std::size_t c : l.parts) {
            const SeenMeasures& e = t.entries[c];
            if (unknown(e)) hidden.push_back(c);
            else if (!e.hidden) {
                shown_closed += e.closed.value_or(0);
                shown_most = std::max(shown_most, e.max.value_or(0));
            }
        }
        if (hidden.empty()) continue;
        // The hidden groups' closed complaints together, and so their mean together.
        const std::int64_t together = *total.closed - shown_closed;
        if (together < n)
            out.push_back(total.name + ": its hidden groups hold " + std::to_string(together) +
                          " closed together, so their days' mean and most describe fewer than " + std::to_string(n));
        if (hidden.size() == 1) {
            out.push_back(t.entries[hidden[0]].name + ": the only hidden group of " + total.name +
                          ": its closed, mean and most by subtraction");
            continue;
        }
        // The total's most, more than any shown group's, is someone in a hidden group that can
        // hold it.
        if (total.max && *total.max > shown_most) {
            std::vector<std::size_t> could;
            for (std::size_t c : hidden) {
                const SeenMeasures& e = t.entries[c];
                if (e.most_at_most && *total.max > *e.most_at_most) continue;
                could.push_back(c);
            }
            if (could.size() == 1)
                out.push_back(t.entries[could[0]].name + ": its most is " + total.name + "'s, " + std::to_string(*total.max));
        }
        // Days above a line all fall in a group that holds only those ("Over 20"): the total's
        // middle and mean then speak of it.
        for (std::size_t c : hidden) {
            const SeenMeasures& e = t.entries[c];
            if (e.least_above && total.max && *total.max > *e.least_above)
                for (std::size_t d : hidden)
                    if (d != c && t.entries[d].most_at_most && *t.entries[d].most_at_most <= *e.least_above)
                        out.push_back(e.name + ": told apart from " + t.entries[d].name + " by its days, under " +
                                      total.name);
        }
    }
    return out;
}

}  // namespace disclosure
