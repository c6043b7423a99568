// Text blocks: headings, paragraphs, bullet lists, quotes and the contents page.
#include <algorithm>

#include "boxes.hpp"

namespace ascreport::pdf {
namespace {

struct HeadingStyle {
    double size, leading, before, after;
};

constexpr HeadingStyle kHeading[3] = {
    {20, 24, 26, 10},   // level 1: a section, with a rule under it
    {14, 18, 18, 6},
    {11.5, 15, 14, 4},
};

// One box per line, so a long paragraph flows across pages; the first two and last two lines
// stay together (no single orphan or widow line).
void add_lines(BuildContext& cx, const std::vector<Line>& lines, double indent, double size, double leading,
               Colour colour, double space_before) {
    const std::size_t n = lines.size();
    for (std::size_t i = 0; i < n; ++i) {
        Box box;
        box.height = leading;
        box.keep_with_next = n > 1 && (i == 0 || i + 2 == n);
        put_line(box.items, lines[i], indent, -baseline_in(leading, size), size, colour, cx.style.brand_text);
        cx.add(std::move(box), i == 0, space_before);
    }
}

}  // namespace

void build_heading(BuildContext& cx, const Heading& h) {
    const int index = cx.next_heading++;
    const int level = cx.headings[static_cast<std::size_t>(index)].level;
    const HeadingStyle& hs = kHeading[level - 1];
    const auto lines = wrap_text(h.text, cx.width, hs.size, Face::Bold, cx.measure);
    Box box;
    box.keep_with_next = true;
    box.heading = index;
    const Colour colour = level == 3 ? cx.style.ink : cx.style.brand_text;
    double y = put_lines(box.items, lines, 0, 0, hs.size, hs.leading, colour);
    if (level == 1) {
        y -= 5;
        add(box.items, LineItem{0, y, cx.width, y, 1.0, cx.style.brand});
    }
    box.height = -y;
    cx.add(std::move(box), true, hs.before);
    cx.pending_after = hs.after;
}

void build_paragraph(BuildContext& cx, const Paragraph& p) {
    const Style& st = cx.style;
    add_lines(cx, wrap(p.runs, cx.width, st.body_size, Face::Regular, cx.measure), 0, st.body_size, st.body_leading,
              st.ink, 9);
    // "... include:" introduces what follows (usually a list): keep them on one page.
    for (auto r = p.runs.rbegin(); r != p.runs.rend(); ++r) {
        const auto end = r->text.find_last_not_of(" \n");
        if (end == std::string::npos) continue;
        if (r->text[end] == ':') cx.boxes.back().keep_with_next = true;
        break;
    }
    cx.pending_after = 9;
}

void build_bullets(BuildContext& cx, const BulletList& list) {
    const Style& st = cx.style;
    const double indent = 18;
    bool first = true;
    for (const Runs& item : list.items) {
        const auto lines = wrap(item, cx.width - indent, st.body_size, Face::Regular, cx.measure);
        const std::size_t start = cx.boxes.size();
        add_lines(cx, lines, indent, st.body_size, st.body_leading, st.ink, first ? 7 : 4);
        if (!first) cx.boxes[start].space_before = 4;
        const double bullet_size = st.body_size * 1.1;
        cx.boxes[start].items.push_back(
            TextItem{4, -baseline_in(st.body_leading, st.body_size), Face::Bold, bullet_size, st.brand_text, "\u2022"});
        first = false;
    }
    cx.pending_after = 9;
}

void build_quote(BuildContext& cx, const Quote& q) {
    const Style& st = cx.style;
    const double pad_left = 16, pad_right = 14, pad_y = 9, bar = 3;
    const auto lines = wrap(q.runs, cx.width - pad_left - pad_right, st.body_size, Face::Italic, cx.measure);
    const std::size_t start = cx.boxes.size();
    add_lines(cx, lines, pad_left, st.body_size, st.body_leading, st.ink, 12);
    // Each line box carries its slice of the background and bar, so a long quote can continue
    // on the next page and both parts still look like a quote.
    for (std::size_t i = start; i < cx.boxes.size(); ++i) {
        Box& box = cx.boxes[i];
        const bool first = i == start, last = i + 1 == cx.boxes.size();
        const double top_pad = first ? pad_y : 0, bottom_pad = last ? pad_y : 0;
        translate(box.items, 0, -top_pad);
        box.height += top_pad + bottom_pad;
        box.items.insert(box.items.begin(), {RectItem{0, -box.height, cx.width, box.height, st.tint},
                                             RectItem{0, -box.height, bar, box.height, st.brand}});
    }
    cx.pending_after = 12;
}

void build_contents(BuildContext& cx, const ContentsPlaceholder& c) {
    const Style& st = cx.style;
    build_heading(cx, Heading{1, c.title, false});
    const std::size_t n = cx.headings.size();
    bool first = true;
    for (std::size_t i = 0; i < n; ++i) {
        const PlacedHeading& h = cx.headings[i];
        if (!h.in_contents) continue;
        const int target_page = cx.previous ? (*cx.previous)[i].page : 0;
        const double target_top = cx.previous ? (*cx.previous)[i].top : 0;
        const double size = h.level == 1 ? 11.5 : 10.5;
        const double leading = h.level == 1 ? 22 : 18;
        const double indent = (h.level - 1) * 16.0;
        const Face face = h.level == 1 ? Face::Bold : Face::Regular;
        // The printed number is the page's position in the file (the cover is page 1), so it
        // matches both the footer and the page a PDF viewer shows.
        const std::string number = std::to_string(target_page + 1);
        const double number_w = cx.measure(Face::Regular, size, number);
        const double title_w = cx.width - indent - 40;
        const auto lines = wrap_text(h.text, title_w, size, face, cx.measure);
        Box box;
        const double y = put_lines(box.items, lines, indent, 0, size, leading, st.ink);
        const double base = y + leading - baseline_in(leading, size);
        // Dotted leader from the end of the title to the number, in the muted colour.
        const double dots_from = indent + lines.back().width + 6;
        const double dots_to = cx.width - number_w - 6;
        const double dot_w = cx.measure(Face::Regular, size, " .");
        if (dot_w > 0 && dots_to > dots_from) {
            const int count = static_cast<int>((dots_to - dots_from) / dot_w);
            std::string dots;
            for (int k = 0; k < count; ++k) dots += " .";
            add(box.items, TextItem{dots_to - count * dot_w, base, Face::Regular, size, st.muted, dots});
        }
        add(box.items, TextItem{cx.width - number_w, base, Face::Regular, size, st.ink, number});
        add(box.items, LinkItem{0, y, cx.width, -y, {}, target_page, target_top});
        box.height = -y;
        cx.add(std::move(box), first, 4);
        first = false;
    }
    cx.pending_after = 12;
}

}  // namespace ascreport::pdf
