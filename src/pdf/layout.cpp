// Pagination: blocks become boxes (blocks_*.cpp), boxes are placed top to bottom on A4 pages.
// The contents page needs the pages its headings land on, which the layout only knows after
// placing them, so the whole layout runs again until the numbers stop changing (two passes,
// unless a page number gains a digit and moves something).
#include <algorithm>
#include <cmath>

#include "ascreport/links.hpp"
#include "boxes.hpp"

namespace ascreport::pdf {
namespace {

double channel(std::uint8_t c) {
    const double v = c / 255.0;
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

// WCAG relative luminance and contrast ratio: text colours are chosen to reach 4.5:1.
double luminance(Colour c) { return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b); }
double contrast(Colour a, Colour b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool parse_hex(const std::string& s, Colour& out) {
    if (s.size() != 7 || s[0] != '#') return false;
    auto digit = [](char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    };
    std::uint8_t v[3];
    for (std::size_t k = 0; k < 3; ++k) {
        const int hi = digit(s[1 + 2 * k]), lo = digit(s[2 + 2 * k]);
        if (hi < 0 || lo < 0) return false;
        v[k] = static_cast<std::uint8_t>(hi * 16 + lo);
    }
    out = {v[0], v[1], v[2]};
    return true;
}

class Paginator {
public:
    Paginator(const Geometry& g, Layout& out) : g_(g), out_(out) {}

    void run(const std::vector<Box>& boxes) {
        new_page();
        const double page_h = g_.height - g_.top - g_.bottom;
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            const Box& b = boxes[i];
            // A break takes effect when something follows it, so a trailing break adds no page.
            if (b.page_break) {
                break_pending_ = break_pending_ || !at_top_;
                continue;
            }
            if (break_pending_) new_page();
            break_pending_ = false;
            if (at_top_ && b.items.empty() && b.heading < 0) continue;  // pure space
            double need = chain_height(boxes, i);
            if (need > page_h) need = own_height(b);
            if (!at_top_ && need > y_ - g_.bottom) new_page();
            if (at_top_ && b.repeat) place(*b.repeat);
            if (b.height > page_h)
                out_.warnings.push_back("a block is taller than a page (" + std::to_string(static_cast<int>(b.height)) +
                                        " points) and runs past the bottom margin");
            place(b);
        }
    }

private:
    double own_height(const Box& b) const { return b.height + (at_top_ ? 0 : b.space_before); }

    // The box plus every box it must stay with: a heading with the first lines after it.
    double chain_height(const std::vector<Box>& boxes, std::size_t i) const {
        double h = own_height(boxes[i]);
        for (std::size_t j = i; boxes[j].keep_with_next && j + 1 < boxes.size() && !boxes[j + 1].page_break; ++j)
            h += boxes[j + 1].space_before + boxes[j + 1].height;
        return h;
    }

    void new_page() {
        out_.pages.emplace_back();
        y_ = g_.height - g_.top;
        at_top_ = true;
    }

    void place(const Box& b) {
        const double top = y_ - (at_top_ ? 0 : b.space_before);
        std::vector<Item> items = b.items;
        translate(items, g_.left, top);
        auto& page = out_.pages.back().items;
        page.insert(page.end(), std::make_move_iterator(items.begin()), std::make_move_iterator(items.end()));
        if (b.heading >= 0) {
            out_.headings[static_cast<std::size_t>(b.heading)].page = static_cast<int>(out_.pages.size()) - 1;
            out_.headings[static_cast<std::size_t>(b.heading)].top = top;
        }
        y_ = top - b.height;
        at_top_ = false;
    }

    const Geometry& g_;
    Layout& out_;
    double y_ = 0;
    bool at_top_ = true;
    bool break_pending_ = false;
};

std::vector<PlacedHeading> register_headings(const Document& doc, std::vector<std::string>& warnings) {
    std::vector<PlacedHeading> out;
    for (const Block& block : doc.blocks) {
        if (const auto* h = std::get_if<Heading>(&block)) {
            int level = h->level;
            if (level < 1 || level > 3) {
                warnings.push_back("heading \"" + h->text + "\" has level " + std::to_string(level) +
                                   "; levels are 1 to 3");
                level = std::clamp(level, 1, 3);
            }
            out.push_back({level, h->text, h->in_contents, 0, 0});
        } else if (const auto* c = std::get_if<ContentsPlaceholder>(&block)) {
            out.push_back({1, c->title, false, 0, 0});
        }
    }
    return out;
}

void add_footers(Layout& out, const Document& doc, const Style& st, const Geometry& g, const Measure& measure) {
    const double size = 8.5;
    const double rule_y = g.bottom - 26;
    const double text_y = rule_y - 14;
    std::string left = doc.cover.service;
    for (const std::string* part : {&doc.cover.title, &doc.cover.year_label})
        if (!part->empty()) left += (left.empty() ? "" : " ") + *part;
    const int total = static_cast<int>(out.pages.size());
    for (int p = 1; p < total; ++p) {
        auto& items = out.pages[static_cast<std::size_t>(p)].items;
        const std::string number = "Page " + std::to_string(p + 1) + " of " + std::to_string(total);
        const double number_w = measure(Face::Regular, size, number);
        add(items, LineItem{g.left, rule_y, g.width - g.right, rule_y, 0.5, st.rule});
        const auto lines = wrap_text(left, g.content_width() - number_w - 24, size, Face::Regular, measure);
        put_line(items, lines.front(), g.left, text_y, size, st.muted, st.muted);
        add(items, TextItem{g.width - g.right - number_w, text_y, Face::Regular, size, st.muted, number});
    }
}

}  // namespace

Colour mix(Colour a, Colour b, double t) {
    auto m = [t](std::uint8_t x, std::uint8_t y) {
        return static_cast<std::uint8_t>(std::lround(x + (y - x) * t));
    };
    return {m(a.r, b.r), m(a.g, b.g), m(a.b, b.b)};
}

// White is the house style on the council colour; ink only where white would be hard to read.
Colour text_on(Colour background, const Style& st) {
    const double white = contrast(st.white, background);
    return white >= 4.5 || white >= contrast(st.ink, background) ? st.white : st.ink;
}

Style make_style(const std::string& colour_hex, std::vector<std::string>& warnings) {
    Style st;
    if (!parse_hex(colour_hex, st.brand)) {
        warnings.push_back("theme colour \"" + colour_hex + "\" is not #RRGGBB; using #1D4F91");
        st.brand = {0x1D, 0x4F, 0x91};
    }
    st.brand_text = st.brand;
    for (int k = 0; k < 20 && contrast(st.brand_text, st.white) < 4.5; ++k)
        st.brand_text = mix(st.brand_text, {0, 0, 0}, 0.1);
    st.on_brand = text_on(st.brand, st);
    st.tint = mix(st.brand, st.white, 0.92);
    return st;
}

void translate(std::vector<Item>& items, double dx, double dy) {
    for (Item& item : items) {
        std::visit(
            [&](auto& it) {
                using T = std::decay_t<decltype(it)>;
                if constexpr (std::is_same_v<T, LineItem>) {
                    it.x1 += dx, it.x2 += dx, it.y1 += dy, it.y2 += dy;
                } else {
                    it.x += dx, it.y += dy;
                }
            },
            item);
    }
}

double baseline_in(double leading, double size) { return (leading + size * 0.7) / 2; }

void put_line(std::vector<Item>& items, const Line& line, double x, double baseline, double size, Colour colour,
              Colour link_colour) {
    for (const Segment& s : line.segments) {
        // Only a link the HTML edition would publish too (https:, http:, mailto:) is one here.
        std::string url = s.link.empty() ? std::string() : check_link(s.link).url;
        const bool is_link = !url.empty();
        add(items, TextItem{x + s.x, baseline, s.face, size, is_link ? link_colour : colour, s.text});
        if (!is_link) continue;
        const double under = baseline - size * 0.12;
        add(items, LineItem{x + s.x, under, x + s.x + s.width, under, size / 18, link_colour});
        add(items, LinkItem{x + s.x, baseline - size * 0.25, s.width, size * 1.1, std::move(url), -1, 0});
    }
}

double put_lines(std::vector<Item>& items, const std::vector<Line>& lines, double x, double top, double size,
                 double leading, Colour colour) {
    for (const Line& line : lines) {
        put_line(items, line, x, top - baseline_in(leading, size), size, colour, colour);
        top -= leading;
    }
    return top;
}

double put_caption(const BuildContext& cx, std::vector<Item>& items, const std::string& text, double top) {
    const double size = 10.5;
    return put_lines(items, wrap_text(text, cx.width, size, Face::Bold, cx.measure), 0, top, size, 14, cx.style.ink);
}

Box& BuildContext::add(Box box, bool first_of_block, double space_before) {
    if (first_of_block) box.space_before = std::max(pending_after, space_before);
    boxes.push_back(std::move(box));
    return boxes.back();
}

Layout lay_out(const Document& doc, const Measure& measure, const Geometry& g) {
    std::vector<std::string> style_warnings;
    const Style st = make_style(doc.theme.colour, style_warnings);
    const std::vector<PlacedHeading> registered = register_headings(doc, style_warnings);
    const bool has_contents = std::any_of(doc.blocks.begin(), doc.blocks.end(), [](const Block& b) {
        return std::holds_alternative<ContentsPlaceholder>(b);
    });

    Layout out;
    std::vector<PlacedHeading> previous;
    for (int pass = 0; pass < 4; ++pass) {
        out = {};
        out.headings = registered;
        BuildContext cx{measure, st, g, g.content_width(), out.headings, 0, pass ? &previous : nullptr, out.warnings, {}, 0};
        for (std::size_t bi = 0; bi < doc.blocks.size(); ++bi) {
            const Block& block = doc.blocks[bi];
            const std::size_t boxes_before = cx.boxes.size();
            std::visit(
                [&](const auto& b) {
                    using T = std::decay_t<decltype(b)>;
                    if constexpr (std::is_same_v<T, Heading>) build_heading(cx, b);
                    else if constexpr (std::is_same_v<T, Paragraph>) build_paragraph(cx, b);
                    else if constexpr (std::is_same_v<T, BulletList>) build_bullets(cx, b);
                    else if constexpr (std::is_same_v<T, Quote>) build_quote(cx, b);
                    else if constexpr (std::is_same_v<T, Table>) build_table(cx, b);
                    else if constexpr (std::is_same_v<T, BarChart>) build_chart(cx, b);
                    else if constexpr (std::is_same_v<T, KeyFacts>) build_key_facts(cx, b);
                    else if constexpr (std::is_same_v<T, ContentsPlaceholder>) build_contents(cx, b);
                    else if constexpr (std::is_same_v<T, PageBreak>) {
                        Box br;
                        br.page_break = true;
                        cx.add(std::move(br), false, 0);
                        cx.pending_after = 0;
                    } else {
                        Box space;
                        space.height = std::max(0.0, b.points);
                        cx.add(std::move(space), true, 0);
                        cx.pending_after = 0;
                    }
                },
                block);
            // A short paragraph right before a table or chart ("The table below shows ...")
            // introduces it: keep it with the table rather than strand it at a page foot.
            const bool introduces = bi + 1 < doc.blocks.size() &&
                                    (std::holds_alternative<Table>(doc.blocks[bi + 1]) ||
                                     std::holds_alternative<BarChart>(doc.blocks[bi + 1]));
            if (std::holds_alternative<Paragraph>(block) && introduces && cx.boxes.size() - boxes_before <= 2)
                cx.boxes.back().keep_with_next = true;
        }
        out.pages.push_back(build_cover(doc.cover, st, g, measure));
        Paginator(g, out).run(cx.boxes);
        const bool settled = pass > 0 && std::equal(previous.begin(), previous.end(), out.headings.begin(),
                                                    [](const PlacedHeading& a, const PlacedHeading& b) {
                                                        return a.page == b.page;
                                                    });
        if (!has_contents || settled) break;
        previous = out.headings;
    }
    add_footers(out, doc, st, g, measure);
    out.warnings.insert(out.warnings.begin(), style_warnings.begin(), style_warnings.end());
    return out;
}

}  // namespace ascreport::pdf
