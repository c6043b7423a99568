// Disclosure control for the response times of `breakdown --measure working_days`: which
// groups' measures (closed, median, mean, most working days) and which of the total's are
// printed. The method is docs/privacy.md's ("Measures"); in short:
//   - a group's measures are hidden beside a hidden count, a count below N, or fewer than N
//     closed (primary);
//   - the total's closed complaints are the groups' added up, and so are their days (the mean
//     times closed), exactly as counts add up: the hidden measures are protected as hidden counts
//     are (no line with one hidden entry, no hidden entry fixed by the lines together, a
//     two-field table's lines being its one-field tables' groups), and the hidden groups of a line
//     whose total is shown hold N closed complaints or more together, so that what the reader can
//     work out -- their closed complaints, mean and most, all together -- describes N people or
//     more.
#include <algorithm>
#include <cstdint>
#include <vector>

#include "ascreport/privacy.hpp"
#include "cells.hpp"

namespace ascreport {
namespace {

using namespace cells;

// The one rule for a group, a margin or the total, given its count, that count's mark and its
// closed complaints: may_show_measures, and N closed or more (a median of two complaints gives
// them away).
bool measures_shown(std::int64_t count, Suppressed count_mark, std::int64_t closed, int below) {
    if (below < 2) return true;
    return may_show_measures(count, count_mark, below) && (count == 0 || closed >= below);
}

Suppressed primary(bool shown) { return shown ? Suppressed::No : Suppressed::Small; }

// A one-field table's measures: the groups' marks in table order, and the total's. `closed` is
// each group's closed complaints. With the total's measures shown and some group's hidden, two
// or more of the hidden groups must hold closed complaints (a group with none does not protect
// another from a reader who knows it has none: "Still open"), N or more together; else the shown
// group with the fewest closed (the first in table order on a tie) is hidden too (it has N or
// more), and again until they do. When there is none left (every closed complaint is in one
// hidden group), the total's measures are hidden instead.
OneField protect_one_field_measures(const std::vector<std::int64_t>& closed, std::vector<Suppressed> marks,
                                    Suppressed total_mark, int below) {
    OneField out{std::move(marks), total_mark};
    while (!hidden(out.total)) {
        std::size_t count = 0, holding = 0;
        std::int64_t sum = 0;
        for (std::size_t i = 0; i < closed.size(); ++i)
            if (hidden(out.cells[i])) {
                ++count;
                holding += closed[i] > 0 ? 1 : 0;
                sum += closed[i];
            }
        if (count == 0 || (holding >= 2 && sum >= below)) break;
        std::size_t next = kNone;
        for (std::size_t i = 0; i < closed.size(); ++i)
            if (!hidden(out.cells[i]) && closed[i] > 0 && (next == kNone || closed[i] < closed[next])) next = i;
        if (next != kNone) out.cells[next] = Suppressed::Secondary;
        else out.total = Suppressed::Secondary;
    }
    return out;
}

std::int64_t closed_of(const BreakdownRow& row) { return row.measures ? row.measures->closed : 0; }

void one_field(Breakdown& b, int below, Suppressed total_mark) {
    std::vector<std::int64_t> closed;
    std::vector<Suppressed> marks;
    for (const BreakdownRow& row : b.rows) {
        closed.push_back(closed_of(row));
        marks.push_back(primary(measures_shown(row.count, row.suppressed, closed.back(), below)));
    }
    const OneField out = protect_one_field_measures(closed, std::move(marks), total_mark, below);
    for (std::size_t i = 0; i < b.rows.size(); ++i) b.rows[i].measures_hidden = hidden(out.cells[i]);
    b.total_measures_hidden = hidden(out.total);
}

// A margin of a two-field table -- a one-field table of the same records -- as that table marks
// its measures when printed on its own: its counts' marks as suppress_small_counts gives them.
OneField margin_measures(const std::vector<std::int64_t>& counts, const std::vector<std::int64_t>& closed,
                         std::int64_t total, Suppressed total_mark, int below) {
    const OneField count_marks = protect_one_field(counts, total, false, below);
    std::vector<Suppressed> marks;
    for (std::size_t i = 0; i < counts.size(); ++i)
        marks.push_back(primary(measures_shown(counts[i], count_marks.cells[i], closed[i], below)));
    return protect_one_field_measures(closed, std::move(marks), total_mark, below);
}

void two_fields(Breakdown& b, int below, Suppressed total_mark) {
    const Layout layout = layout_of(b);
    Grid g = grid_of(b, layout, closed_of);
    const Grid counts = grid_of(b, layout, [](const BreakdownRow& r) { return r.count; });
    g.total = b.total_measures->closed;
    g.hideable.assign(g.value.size(), false);
    for (std::size_t i = 0; i < b.rows.size(); ++i) {
        const BreakdownRow& row = b.rows[i];
        const std::size_t c = layout.cell_of_row[i];
        g.mark[c] = primary(measures_shown(row.count, row.suppressed, closed_of(row), below));
        // Only the measures a row prints; a group of no one has none.
        g.hideable[c] = row.count > 0;
    }
    const OneField rows = margin_measures(counts.row_total, g.row_total, b.total, total_mark, below);
    const OneField cols = margin_measures(counts.col_total, g.col_total, b.total, total_mark, below);
    g.row_mark = rows.cells;
    g.col_mark = cols.cells;
    // The total is printed with all three tables: hidden when either one-field table hides it.
    g.total_mark = hidden(rows.total) ? rows.total : cols.total;
    g.hidden_sum_at_least = below;
    protect_cells(g);
    for (std::size_t i = 0; i < b.rows.size(); ++i) b.rows[i].measures_hidden = hidden(g.mark[layout.cell_of_row[i]]);
    b.total_measures_hidden = hidden(g.total_mark);
}

}  // namespace

void hide_small_group_measures(Breakdown& b, int below) {
    for (BreakdownRow& row : b.rows) row.measures_hidden = false;
    b.total_measures_hidden = false;
    if (!b.total_measures || below < 2) return;
    // The total as a group: a selection of fewer than N, or fewer than N closed, shows none.
    const Suppressed total_mark =
        primary(measures_shown(b.total, b.total_suppressed, b.total_measures->closed, below));
    const bool two = b.fields.size() == 2 &&
                     std::all_of(b.rows.begin(), b.rows.end(), [](const BreakdownRow& r) { return r.groups.size() == 2; });
    if (two) two_fields(b, below, total_mark);
    else one_field(b, below, total_mark);
    // The timescale groups are cut by the very days measured (within 20 or over, closed or not):
    // a reader tells the hidden ones apart -- a total's most of 57 days is the most of its "Over
    // 20 working days", and so are its middle value's and its days' share -- so no total of a
    // line holding a hidden timescale group is shown: the table's total, and with two fields
    // every pair's measures too (a pair's line total is printed by the other field's table).
    const bool timescale = std::find(b.fields.begin(), b.fields.end(), "timescale") != b.fields.end();
    if (timescale && std::any_of(b.rows.begin(), b.rows.end(), [](const BreakdownRow& r) { return r.measures_hidden; })) {
        b.total_measures_hidden = true;
        if (two)
            for (BreakdownRow& row : b.rows) row.measures_hidden = row.count > 0 || row.suppressed != Suppressed::No;
    }
}

}  // namespace ascreport
