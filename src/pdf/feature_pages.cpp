// The two designed pages: the cover and the key-facts infographic (tiles with a large number
// and a caption in coloured boxes, as the reference report has them).
#include <algorithm>

#include "boxes.hpp"

namespace ascreport::pdf {
void build_key_facts(BuildContext& cx, const KeyFacts& k) {
    const Style& st = cx.style;
    const double gap = 14, pad = 18, min_height = 118;
    const double number_size = 36, caption_size = 11, caption_leading = 15;
    const double tile_w = (cx.width - gap) / 2;
    // Alternate the council colour with a deeper shade so neighbouring tiles read as separate.
    const Colour shades[2] = {st.brand, mix(st.brand, {0, 0, 0}, 0.28)};
    for (std::size_t start = 0; start < k.tiles.size(); start += 2) {
        Box box;
        std::vector<std::vector<Line>> numbers, captions;
        double height = min_height;
        for (std::size_t i = start; i < std::min(start + 2, k.tiles.size()); ++i) {
            numbers.push_back(wrap_text(k.tiles[i].number, tile_w - 2 * pad, number_size, Face::Bold, cx.measure));
            captions.push_back(wrap_text(k.tiles[i].caption, tile_w - 2 * pad, caption_size, Face::Regular, cx.measure));
            const double h = 2 * pad + static_cast<double>(numbers.back().size()) * number_size * 1.15 + 6 +
                             static_cast<double>(captions.back().size()) * caption_leading;
            height = std::max(height, h);
        }
        for (std::size_t j = 0; j < numbers.size(); ++j) {
            const double x = static_cast<double>(j) * (tile_w + gap);
            const Colour fill = shades[(start / 2 + j) % 2];
            const Colour text = text_on(fill, st);
            add(box.items, RectItem{x, -height, tile_w, height, fill});
            double y = put_lines(box.items, numbers[j], x + pad, -pad, number_size, number_size * 1.15, text);
            put_lines(box.items, captions[j], x + pad, y - 6, caption_size, caption_leading, text);
        }
        box.height = height;
        box.space_before = gap;  // between rows; the first row's space comes from add()
        cx.add(std::move(box), start == 0, 12);
    }
    cx.pending_after = 16;
}

Page build_cover(const Cover& cover, const Style& st, const Geometry& g, const Measure& measure) {
    Page page;
    auto& items = page.items;
    const double w = g.content_width();
    const double band_bottom = g.height * 0.40;
    add(items, RectItem{0, band_bottom, g.width, g.height - band_bottom, st.brand});
    // A narrow lighter strip under the band: a quiet edge rather than a hard cut to white.
    add(items, RectItem{0, band_bottom - 8, g.width, 8, mix(st.brand, st.white, 0.55)});

    const Colour on = st.on_brand;
    double y = g.height - 190;
    if (!cover.service.empty())
        y = put_lines(items, wrap_text(cover.service, w, 18, Face::Regular, measure), g.left, y, 18, 24, on) - 10;
    y = put_lines(items, wrap_text(cover.title, w, 32, Face::Bold, measure), g.left, y, 32, 38, on) - 12;
    if (!cover.year_label.empty())
        put_lines(items, wrap_text(cover.year_label, w, 26, Face::Regular, measure), g.left, y, 26, 32, on);

    y = band_bottom - 70;
    if (!cover.council.empty())
        y = put_lines(items, wrap_text(cover.council, w, 18, Face::Bold, measure), g.left, y, 18, 24, st.brand_text) - 4;
    if (!cover.published.empty())
        put_lines(items, wrap_text("Published " + cover.published, w, 11, Face::Regular, measure), g.left, y, 11, 15,
                  st.muted);
    if (!cover.logo_image.empty()) add(items, ImageItem{g.left, g.bottom, 180, 80, cover.logo, &cover.logo_image});
    return page;
}

}  // namespace ascreport::pdf
