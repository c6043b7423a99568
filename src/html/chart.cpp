// A bar chart as inline SVG: horizontal grouped bars (category labels on the left read on a
// phone as well as a desktop), each bar's printed label after it, a legend in HTML when there
// is more than one series. The SVG is role="img", named by the chart's title and described
// in words; its figures follow as a table in a <details>, for anyone who cannot see the bars.
#include <algorithm>

#include <fmt/format.h>

#include "markup.hpp"

namespace ascreport::html {
namespace {

constexpr double kWidth = 360;      // viewBox units; the SVG scales to the column
constexpr double kFont = 12;
constexpr double kCharWidth = 6.4;  // a typical Liberation Sans letter at kFont, for wrapping labels
constexpr double kBar = 14, kBarGap = 2, kGroupGap = 10;

std::string num(double v) {
    std::string s = fmt::format("{:.1f}", v);
    if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
    return s;
}

// A category label in lines of at most `chars` characters, broken at spaces (a word longer than
// a line stands alone: nothing is cut).
std::vector<std::string> wrap(const std::string& text, std::size_t chars) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t at = 0;
    while (at <= text.size()) {
        std::size_t end = text.find(' ', at);
        if (end == std::string::npos) end = text.size();
        const std::string word = text.substr(at, end - at);
        if (!line.empty() && line.size() + 1 + word.size() > chars) {
            lines.push_back(line);
            line.clear();
        }
        if (!word.empty()) line += (line.empty() ? "" : " ") + word;
        at = end + 1;
    }
    if (!line.empty() || lines.empty()) lines.push_back(line);
    return lines;
}

// The printed label of one bar, as the Document gives it (none: the PDF prints none either).
std::string bar_label(const ChartSeries& s, std::size_t i) { return i < s.labels.size() ? s.labels[i] : std::string(); }

std::vector<Rgb> series_colours(const Palette& p, std::size_t n) {
    // Each at least 3:1 against white (WCAG 1.4.11, graphical objects) and unlike its neighbour.
    const Rgb others[] = {Rgb{0x50, 0x5A, 0x5F}, Rgb{0x8A, 0x4A, 0x00}, Rgb{0x00, 0x6B, 0x3C}};
    std::vector<Rgb> out{p.brand};
    for (std::size_t i = 1; i < n; ++i) out.push_back(others[(i - 1) % 3]);
    return out;
}

std::string description(const BarChart& c) {
    std::string d = "Bar chart";
    if (!c.value_axis_label.empty()) d += " of " + c.value_axis_label;
    if (!c.categories.empty()) d += ", by " + std::to_string(c.categories.size()) + " categories";
    d += ". ";
    for (std::size_t i = 0; i < c.categories.size(); ++i) {
        d += c.categories[i] + ":";
        for (std::size_t k = 0; k < c.series.size(); ++k) {
            d += " ";
            if (c.series.size() > 1) d += c.series[k].name + " ";
            d += bar_label(c.series[k], i);
            if (k + 1 < c.series.size()) d += ",";
        }
        d += i + 1 < c.categories.size() ? "; " : ".";
    }
    return d;
}

std::string figures_table(const BarChart& c, const std::string& id) {
    std::string t = "<details><summary>The figures of this chart as a table</summary>\n";
    t += "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"" + id + "-table\">";
    t += "<table><caption id=\"" + id + "-table\">" + escape(c.title.empty() ? c.value_axis_label : c.title) +
         "</caption>\n<thead><tr><th scope=\"col\"><span class=\"visually-hidden\">Category</span></th>";
    for (std::size_t k = 0; k < c.series.size(); ++k) {
        const std::string& name = c.series[k].name.empty() ? c.value_axis_label : c.series[k].name;
        t += "<th scope=\"col\" class=\"num\">" + escape(name.empty() ? "Value" : name) + "</th>";
    }
    t += "</tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < c.categories.size(); ++i) {
        t += "<tr><th scope=\"row\">" + escape(c.categories[i]) + "</th>";
        for (const ChartSeries& s : c.series) t += "<td class=\"num\">" + escape(bar_label(s, i)) + "</td>";
        t += "</tr>\n";
    }
    t += "</tbody></table></div></details>\n";
    return t;
}

}  // namespace

std::string chart_html(const BarChart& c, const std::string& id, const Palette& p) {
    const std::size_t n_series = std::max<std::size_t>(c.series.size(), 1);
    double max_value = 0;
    std::size_t longest = 0;
    for (const ChartSeries& s : c.series)
        for (double v : s.values) max_value = std::max(max_value, v);
    for (const std::string& cat : c.categories) longest = std::max(longest, cat.size());
    const std::size_t chars = std::clamp<std::size_t>(longest, 6, 24);
    const double label_w = static_cast<double>(chars) * kCharWidth + 8;
    std::size_t longest_value = 0;  // the bars' printed labels stand after them
    for (const ChartSeries& s : c.series)
        for (std::size_t i = 0; i < c.categories.size(); ++i) longest_value = std::max(longest_value, bar_label(s, i).size());
    const double bars_w = kWidth - label_w - static_cast<double>(longest_value) * kCharWidth - 10;

    std::vector<std::vector<std::string>> labels;
    for (const std::string& cat : c.categories) labels.push_back(wrap(cat, chars));
    const std::vector<Rgb> colours = series_colours(p, n_series);

    std::string body;
    double y = 4;
    for (std::size_t i = 0; i < c.categories.size(); ++i) {
        const double group_h = static_cast<double>(n_series) * (kBar + kBarGap) - kBarGap;
        const double text_h = static_cast<double>(labels[i].size()) * (kFont + 2);
        const double row_h = std::max(group_h, text_h);
        double ty = y + (row_h - text_h) / 2 + kFont - 1;
        for (const std::string& line : labels[i]) {
            body += "<text x=\"" + num(label_w - 8) + "\" y=\"" + num(ty) + "\" text-anchor=\"end\">" + escape(line) + "</text>";
            ty += kFont + 2;
        }
        double by = y + (row_h - group_h) / 2;
        for (std::size_t k = 0; k < c.series.size(); ++k) {
            const ChartSeries& s = c.series[k];
            const double v = i < s.values.size() ? std::max(0.0, s.values[i]) : 0;
            const double w = max_value > 0 ? v / max_value * bars_w : 0;
            body += "<rect x=\"" + num(label_w) + "\" y=\"" + num(by) + "\" width=\"" + num(w) + "\" height=\"" +
                    num(kBar) + "\" fill=\"" + hex_of(colours[k]) + "\"/>";
            body += "<text x=\"" + num(label_w + w + 4) + "\" y=\"" + num(by + kBar - 3) + "\">" + escape(bar_label(s, i)) +
                    "</text>";
            by += kBar + kBarGap;
        }
        y += row_h + kGroupGap;
    }
    const double height = y - kGroupGap + 4;
    // The axis line: where every bar starts.
    body += "<line x1=\"" + num(label_w) + "\" y1=\"0\" x2=\"" + num(label_w) + "\" y2=\"" + num(height) +
            "\" stroke=\"" + hex_of(p.ink) + "\" stroke-width=\"1\"/>";

    std::string h = "<figure class=\"chart\">\n";
    const std::string& title = c.title.empty() ? c.value_axis_label : c.title;
    if (!title.empty()) h += "<figcaption id=\"" + id + "-caption\">" + escape(title) + "</figcaption>\n";
    if (c.series.size() > 1) {
        h += "<ul class=\"legend\" aria-label=\"Key\">";
        for (std::size_t k = 0; k < c.series.size(); ++k)
            h += "<li><span class=\"swatch\" style=\"background:" + hex_of(colours[k]) + "\"></span>" +
                 escape(c.series[k].name) + "</li>";
        h += "</ul>\n";
    }
    h += "<svg role=\"img\" viewBox=\"0 0 " + num(kWidth) + " " + num(height) +
         "\" aria-labelledby=\"" + id + "-title\" aria-describedby=\"" + id + "-desc\" font-size=\"" + num(kFont) +
         "\" fill=\"" + hex_of(p.ink) + "\">";
    h += "<title id=\"" + id + "-title\">" + escape(title.empty() ? "Bar chart" : title) + "</title>";
    h += "<desc id=\"" + id + "-desc\">" + escape(description(c)) + "</desc>";
    h += body + "</svg>\n";
    if (!c.value_axis_label.empty() && c.value_axis_label != title)
        h += "<p class=\"axis\">Bar length: " + escape(c.value_axis_label) + "</p>\n";
    h += figures_table(c, id);
    h += "</figure>\n";
    return h;
}

}  // namespace ascreport::html
