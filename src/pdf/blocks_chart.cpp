// Bar charts as vector graphics: grouped bars with value labels, a value axis with round
// ticks and light gridlines, and a legend when there is more than one series. Series colours
// come from the Okabe-Ito palette, which stays distinguishable with the common forms of colour
// blindness. A chart is one box: it never splits across pages.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "boxes.hpp"

namespace ascreport::pdf {
namespace {

constexpr Colour kOkabeIto[] = {
    {0x00, 0x72, 0xB2}, {0xE6, 0x9F, 0x00}, {0x00, 0x9E, 0x73}, {0xCC, 0x79, 0xA7},
    {0x56, 0xB4, 0xE9}, {0xD5, 0x5E, 0x00}, {0xF0, 0xE4, 0x42}, {0x00, 0x00, 0x00},
};

constexpr double kLabelSize = 8.5;
constexpr double kValueSize = 8;

struct Axis {
    double top = 1, step = 1;
};

// Round tick steps (1, 2, 2.5 or 5 times a power of ten) giving about five intervals.
Axis nice_axis(double max, bool integers) {
    if (!(max > 0)) max = 1;
    const double raw = max / 5;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    const double r = raw / mag;
    double step = (r <= 1 ? 1 : r <= 2 ? 2 : r <= 2.5 ? 2.5 : r <= 5 ? 5 : 10) * mag;
    if (integers) step = std::max(1.0, std::round(step));
    return {std::ceil(max / step - 1e-9) * step, step};
}

std::string tick_text(double v, double step) {
    // Thousands separators on the integer part, as the report's own numbers have them.
    const std::string digits = step >= 1 ? fmt::format("{:.0f}", v) : fmt::format("{:.1f}", v);
    const std::size_t int_len = std::min(digits.find('.'), digits.size());
    std::string s;
    for (std::size_t k = 0; k < digits.size(); ++k) {
        if (k > 0 && k < int_len && (int_len - k) % 3 == 0) s += ',';
        s += digits[k];
    }
    return s;
}

struct Chart {
    const BarChart& c;
    std::vector<std::vector<double>> values;  // [series][category], cleaned
    double max = 0;
    bool integers = true;
};

Chart clean(const BarChart& c, std::vector<std::string>& warnings) {
    Chart ch{c, {}, 0, true};
    bool warned = false, bad_value = false;
    for (const ChartSeries& s : c.series) {
        std::vector<double> v(c.categories.size(), 0.0);
        if (s.values.size() != c.categories.size() && !warned) {
            warnings.push_back("chart \"" + c.title + "\": series \"" + s.name + "\" has " +
                               std::to_string(s.values.size()) + " values for " +
                               std::to_string(c.categories.size()) + " categories");
            warned = true;
        }
        for (std::size_t k = 0; k < v.size() && k < s.values.size(); ++k) {
            const double x = s.values[k];
            bad_value = bad_value || !std::isfinite(x) || x < 0;
            v[k] = std::isfinite(x) && x > 0 ? x : 0;
            ch.max = std::max(ch.max, v[k]);
            if (v[k] != std::floor(v[k])) ch.integers = false;
        }
        ch.values.push_back(std::move(v));
    }
    if (bad_value) warnings.push_back("chart \"" + c.title + "\" has negative or undefined values; they are drawn as 0");
    return ch;
}

Colour series_colour(const Chart& ch, const Style& st, std::size_t k) {
    return ch.c.series.size() == 1 ? st.brand : kOkabeIto[k % std::size(kOkabeIto)];
}

std::string value_label(const ChartSeries& s, std::size_t k) { return k < s.labels.size() ? s.labels[k] : ""; }

// Title and legend; returns the y below them.
double put_header(BuildContext& cx, const Chart& ch, Box& box) {
    const Style& st = cx.style;
    double y = put_caption(cx, box.items, ch.c.title, 0);
    if (ch.c.series.size() > 1) {
        y -= 4;
        double x = 0;
        for (std::size_t k = 0; k < ch.c.series.size(); ++k) {
            const std::string& name = ch.c.series[k].name;
            const double w = cx.measure(Face::Regular, 9, name);
            if (x > 0 && x + 14 + w > cx.width) x = 0, y -= 14;
            add(box.items, RectItem{x, y - 11, 10, 10, series_colour(ch, st, k)});
            add(box.items, TextItem{x + 14, y - 9.5, Face::Regular, 9, st.ink, name});
            x += 14 + w + 18;
        }
        y -= 14;
    }
    return y - 6;
}

void vertical(BuildContext& cx, const Chart& ch, Box& box, double y) {
    const Style& st = cx.style;
    const std::size_t n = ch.c.categories.size(), s = ch.c.series.size();
    const Axis axis = nice_axis(ch.max, ch.integers);
    if (!ch.c.value_axis_label.empty()) {
        add(box.items, TextItem{0, y - 9, Face::Regular, kLabelSize, st.muted, ch.c.value_axis_label});
        y -= 14;
    }
    double gutter = 0;
    for (double v = 0; v <= axis.top + 1e-9; v += axis.step)
        gutter = std::max(gutter, cx.measure(Face::Regular, kLabelSize, tick_text(v, axis.step)));
    gutter += 6;
    const double plot_top = y - 12;  // headroom for the value labels of the tallest bars
    const double plot_h = 165;
    const double base = plot_top - plot_h;
    const double plot_w = cx.width - gutter;
    for (double v = 0; v <= axis.top + 1e-9; v += axis.step) {
        const double ty = base + v / axis.top * plot_h;
        if (v > 0) add(box.items, LineItem{gutter, ty, cx.width, ty, 0.4, st.rule});
        const std::string t = tick_text(v, axis.step);
        add(box.items, TextItem{gutter - 5 - cx.measure(Face::Regular, kLabelSize, t), ty - 3, Face::Regular,
                                     kLabelSize, st.muted, t});
    }
    const double band = plot_w / static_cast<double>(n);
    // Bars at most 48 points wide: three categories should not look like blocks.
    const double group = std::min(band * (s > 1 ? 0.8 : 0.6), 48.0 * static_cast<double>(s));
    const double bar = group / static_cast<double>(s);
    double label_bottom = base;
    for (std::size_t c = 0; c < n; ++c) {
        const double gx = gutter + static_cast<double>(c) * band + (band - group) / 2;
        for (std::size_t k = 0; k < s; ++k) {
            const double h = ch.values[k][c] / axis.top * plot_h;
            const double bx = gx + static_cast<double>(k) * bar;
            const double gap = s > 1 ? std::min(1.5, bar * 0.1) : 0;  // white seam between bars of a group
            add(box.items, RectItem{bx + gap / 2, base, bar - gap, h, series_colour(ch, st, k)});
            const std::string label = value_label(ch.c.series[k], c);
            if (label.empty()) continue;
            const double size = cx.measure(Face::Regular, kValueSize, label) > bar + 4 ? 6.5 : kValueSize;
            const double lw = cx.measure(Face::Regular, size, label);
            add(box.items, TextItem{bx + (bar - lw) / 2, base + h + 3, Face::Regular, size, st.ink, label});
        }
        const auto lines = wrap_text(ch.c.categories[c], band - 4, kLabelSize, Face::Regular, cx.measure);
        double ly = base - 4;
        for (const Line& line : lines) {
            put_line(box.items, line, gutter + static_cast<double>(c) * band + (band - line.width) / 2,
                     ly - baseline_in(11, kLabelSize), kLabelSize, st.ink, st.ink);
            ly -= 11;
        }
        label_bottom = std::min(label_bottom, ly);
    }
    add(box.items, LineItem{gutter, base, cx.width, base, 0.8, st.ink});
    box.height = -label_bottom + 2;
}

void horizontal(BuildContext& cx, const Chart& ch, Box& box, double y) {
    const Style& st = cx.style;
    const std::size_t n = ch.c.categories.size(), s = ch.c.series.size();
    const Axis axis = nice_axis(ch.max, ch.integers);
    double natural = 0, value_room = 0;
    for (const std::string& cat : ch.c.categories) natural = std::max(natural, cx.measure(Face::Regular, kLabelSize, cat));
    for (const ChartSeries& ser : ch.c.series)
        for (const std::string& l : ser.labels) value_room = std::max(value_room, cx.measure(Face::Regular, kValueSize, l));
    const double label_w = std::min(cx.width * 0.38, natural + 10);
    const double x0 = label_w;
    const double plot_w = cx.width - x0 - value_room - 6;
    const double thick = s > 1 ? 9 : 11;
    const double plot_top = y - 2;
    const std::size_t grid_at = box.items.size();  // gridlines go under the bars: drawn first
    double cy = plot_top;
    for (std::size_t c = 0; c < n; ++c) {
        const auto lines = wrap_text(ch.c.categories[c], label_w - 10, kLabelSize, Face::Regular, cx.measure);
        const double group = thick * static_cast<double>(s);
        const double band = std::max(group + 8, static_cast<double>(lines.size()) * 10.5 + 6);
        const double gy = cy - (band - group) / 2;  // top of the first bar
        double ly = cy - (band - static_cast<double>(lines.size()) * 10.5) / 2;
        for (const Line& line : lines) {
            put_line(box.items, line, label_w - 10 - line.width, ly - baseline_in(10.5, kLabelSize), kLabelSize, st.ink,
                     st.ink);
            ly -= 10.5;
        }
        for (std::size_t k = 0; k < s; ++k) {
            const double w = ch.values[k][c] / axis.top * plot_w;
            const double top = gy - static_cast<double>(k) * thick;
            add(box.items, RectItem{x0, top - thick + 1, w, thick - 1, series_colour(ch, st, k)});
            const std::string label = value_label(ch.c.series[k], c);
            if (!label.empty())
                add(box.items, TextItem{x0 + w + 4, top - thick / 2 - 2.5, Face::Regular, kValueSize, st.ink, label});
        }
        cy -= band;
    }
    std::vector<Item> grid;
    for (double v = 0; v <= axis.top + 1e-9; v += axis.step) {
        const double tx = x0 + v / axis.top * plot_w;
        if (v > 0) add(grid, LineItem{tx, plot_top, tx, cy, 0.4, st.rule});
        const std::string t = tick_text(v, axis.step);
        add(grid, TextItem{tx - cx.measure(Face::Regular, kLabelSize, t) / 2, cy - 12, Face::Regular, kLabelSize,
                           st.muted, t});
    }
    box.items.insert(box.items.begin() + static_cast<std::ptrdiff_t>(grid_at), std::make_move_iterator(grid.begin()),
                     std::make_move_iterator(grid.end()));
    add(box.items, LineItem{x0, plot_top, x0, cy, 0.8, st.ink});
    double bottom = cy - 16;
    if (!ch.c.value_axis_label.empty()) {
        const double w = cx.measure(Face::Regular, kLabelSize, ch.c.value_axis_label);
        add(box.items, TextItem{x0 + (plot_w - w) / 2, bottom - 10, Face::Regular, kLabelSize, st.muted,
                                     ch.c.value_axis_label});
        bottom -= 14;
    }
    box.height = -bottom + 2;
}

}  // namespace

void build_chart(BuildContext& cx, const BarChart& c) {
    if (c.categories.empty() || c.series.empty()) {
        cx.warnings.push_back("chart \"" + c.title + "\" has no categories or no series and is left out");
        return;
    }
    const Chart ch = clean(c, cx.warnings);
    Box box;
    const double y = put_header(cx, ch, box);
    bool across = c.orientation == ChartOrientation::Horizontal;
    if (c.orientation == ChartOrientation::Auto) {
        // Bars stand up when every label fits under its bar in two lines; otherwise they lie
        // down, so long labels (service areas, ethnic groups) are read across.
        const double band = (cx.width - 30) / static_cast<double>(c.categories.size());
        across = c.categories.size() > 14;
        for (const std::string& cat : c.categories)
            across = across || wrap_text(cat, band - 4, kLabelSize, Face::Regular, cx.measure).size() > 2;
    }
    if (across) horizontal(cx, ch, box, y);
    else vertical(cx, ch, box, y);
    cx.add(std::move(box), true, 14);
    cx.pending_after = 16;
}

}  // namespace ascreport::pdf
