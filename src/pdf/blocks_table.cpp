// Tables: a shaded header row, thin rules between rows, numbers aligned right. Each row is one
// box, so a long table breaks between rows and the header (with the caption marked
// "continued") is drawn again at the top of the next page.
#include <algorithm>
#include <memory>

#include "boxes.hpp"

namespace ascreport::pdf {
namespace {

constexpr double kSize = 9.5;
constexpr double kLeading = 12.5;
constexpr double kPadX = 6;
constexpr double kPadY = 5;

struct Columns {
    std::vector<double> x, w;
};

Columns column_geometry(const Table& t, double width, std::vector<std::string>& warnings) {
    Columns c;
    double total = 0;
    for (const TableColumn& col : t.columns) total += col.width > 0 ? col.width : 0;
    if (total <= 0) {
        warnings.push_back("table \"" + t.caption + "\" has no column with a positive width; using equal widths");
    }
    double x = 0;
    for (const TableColumn& col : t.columns) {
        const double share = total > 0 ? std::max(col.width, 0.0) / total : 1.0 / static_cast<double>(t.columns.size());
        c.x.push_back(x);
        c.w.push_back(width * share);
        x += width * share;
    }
    return c;
}

// One row of cells, wrapped in their columns; returns the row height.
double put_row(std::vector<Item>& items, const Table& t, const Columns& cols, const std::vector<std::string>& cells,
               Face face, Colour colour, const Measure& measure, double top) {
    std::vector<std::vector<Line>> wrapped;
    std::size_t most = 1;
    for (std::size_t k = 0; k < t.columns.size(); ++k) {
        const std::string& text = k < cells.size() ? cells[k] : std::string();
        wrapped.push_back(wrap_text(text, cols.w[k] - 2 * kPadX, kSize, face, measure));
        most = std::max(most, wrapped.back().size());
    }
    for (std::size_t k = 0; k < t.columns.size(); ++k) {
        double y = top - kPadY;
        for (const Line& line : wrapped[k]) {
            double x = cols.x[k] + kPadX;
            if (t.columns[k].align == Align::Right) x = cols.x[k] + cols.w[k] - kPadX - line.width;
            if (t.columns[k].align == Align::Centre) x = cols.x[k] + (cols.w[k] - line.width) / 2;
            put_line(items, line, x, y - baseline_in(kLeading, kSize), kSize, colour, colour);
            y -= kLeading;
        }
    }
    return static_cast<double>(most) * kLeading + 2 * kPadY;
}

// The caption (or its "continued" form) and the header row, as one box.
Box header_box(BuildContext& cx, const Table& t, const Columns& cols, bool continued) {
    const Style& st = cx.style;
    Box box;
    double y = 0;
    if (!t.caption.empty()) y = put_caption(cx, box.items, continued ? t.caption + " (continued)" : t.caption, y) - 4;
    std::vector<std::string> headers;
    for (const TableColumn& c : t.columns) headers.push_back(c.header);
    const std::size_t fill_at = box.items.size();
    const Colour text = t.header_shaded ? st.on_brand : st.ink;
    const double h = put_row(box.items, t, cols, headers, Face::Bold, text, cx.measure, y);
    if (t.header_shaded) {
        box.items.insert(box.items.begin() + static_cast<std::ptrdiff_t>(fill_at), RectItem{0, y - h, cx.width, h, st.brand});
    } else {
        add(box.items, LineItem{0, y - h, cx.width, y - h, 1.0, st.ink});
    }
    box.height = -(y - h);
    return box;
}

}  // namespace

void build_table(BuildContext& cx, const Table& t) {
    const Style& st = cx.style;
    if (t.columns.empty()) {
        cx.warnings.push_back("table \"" + t.caption + "\" has no columns and is left out");
        return;
    }
    for (const auto& row : t.rows)
        if (row.size() > t.columns.size()) {
            cx.warnings.push_back("table \"" + t.caption + "\" has a row with more cells than columns; the extra cells are left out");
            break;
        }
    const Columns cols = column_geometry(t, cx.width, cx.warnings);
    Box head = header_box(cx, t, cols, false);
    head.keep_with_next = !t.rows.empty() || t.total_row.has_value();
    const auto repeat = std::make_shared<const Box>(header_box(cx, t, cols, true));
    cx.add(std::move(head), true, 12);

    const std::size_t first_row = cx.boxes.size();
    double height = cx.boxes.back().height;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        Box box;
        box.height = put_row(box.items, t, cols, t.rows[r], Face::Regular, st.ink, cx.measure, 0);
        add(box.items, LineItem{0, -box.height, cx.width, -box.height, 0.5, st.rule});
        box.repeat = repeat;
        height += box.height;
        cx.add(std::move(box), false, 0);
    }
    // A short table moves to the next page whole rather than split. A long one splits, but
    // never leaves a single row behind or carries a single row over: the first two rows stay
    // with the header, the last two rows stay together, and the last row stays with the total.
    const std::size_t n = t.rows.size();
    const bool whole = height < 0.4 * (cx.geometry.height - cx.geometry.top - cx.geometry.bottom);
    for (std::size_t r = 0; r < n; ++r) {
        const bool last = r + 1 == n;
        cx.boxes[first_row + r].keep_with_next = last ? t.total_row.has_value() : (whole || r == 0 || r + 2 == n);
    }
    if (t.total_row) {
        Box box;
        box.height = put_row(box.items, t, cols, *t.total_row, Face::Bold, st.ink, cx.measure, 0);
        box.items.insert(box.items.begin(), RectItem{0, -box.height, cx.width, box.height, st.tint});
        add(box.items, LineItem{0, 0, cx.width, 0, 1.0, st.ink});
        add(box.items, LineItem{0, -box.height, cx.width, -box.height, 1.0, st.ink});
        box.repeat = repeat;
        cx.add(std::move(box), false, 0);
    }
    cx.pending_after = 14;
}

}  // namespace ascreport::pdf
