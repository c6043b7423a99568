// The layout engine: turns a Document into pages of positioned primitives, without touching
// libharu, so tests can drive it with a fake font measure and check where things land.
//
// Coordinates are PDF points with the origin at the bottom left of the page (y grows upwards),
// as libharu draws them. Text y is the baseline.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "ascreport/document.hpp"

namespace ascreport::pdf {

enum class Face : std::uint8_t { Regular, Bold, Italic };

// Width in points of UTF-8 text set in `face` at `size` points. The renderer supplies one
// from the embedded fonts' metrics; tests supply a fixed-width one.
using Measure = std::function<double(Face face, double size, std::string_view text)>;

struct Colour {
    std::uint8_t r = 0, g = 0, b = 0;
    bool operator==(const Colour&) const = default;
};

struct TextItem {
    double x = 0, y = 0;  // left end of the baseline
    Face face = Face::Regular;
    double size = 11;
    Colour colour;
    std::string text;     // UTF-8, one line, no tabs or line breaks
};

struct RectItem {
    double x = 0, y = 0, w = 0, h = 0;  // (x, y) is the bottom left corner
    Colour fill;
};

struct LineItem {
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    double width = 0.5;
    Colour colour;
};

// An image drawn as large as fits inside the box, keeping its proportions, in the box's bottom
// left corner (so a logo lines up with the text margin).
struct ImageItem {
    double x = 0, y = 0, w = 0, h = 0;
    std::string path;                                // names the image in messages
    const std::vector<std::uint8_t>* bytes = nullptr;  // the image file's bytes (the Document's)
};

// A clickable area: to a URL, or (url empty) to `page` with its top at `dest_y`.
struct LinkItem {
    double x = 0, y = 0, w = 0, h = 0;
    std::string url;
    int page = -1;
    double dest_y = 0;
};

using Item = std::variant<TextItem, RectItem, LineItem, ImageItem, LinkItem>;

// Appends an item. Building the variant in place (rather than push_back of a temporary)
// also avoids GCC 12's false -Wmaybe-uninitialized on moving a variant that holds strings.
template <class T>
void add(std::vector<Item>& items, T&& item) {
    items.emplace_back(std::in_place_type<std::decay_t<T>>, std::forward<T>(item));
}

struct Page {
    std::vector<Item> items;
};

// Where a heading landed: the outline (bookmarks) and the contents page come from these.
struct PlacedHeading {
    int level = 1;
    std::string text;
    bool in_contents = true;
    int page = 0;     // index into Layout::pages; the printed number is page + 1
    double top = 0;   // y of the heading's top edge
};

struct Layout {
    std::vector<Page> pages;               // pages[0] is the cover
    std::vector<PlacedHeading> headings;   // in document order
    std::vector<std::string> warnings;     // problems in the model (e.g. a chart too tall)
};

struct Geometry {
    double width = 595.276;   // A4 portrait
    double height = 841.890;
    double left = 62, right = 62, top = 66, bottom = 72;  // margins; the footer sits below `bottom`
    double content_width() const { return width - left - right; }
};

Layout lay_out(const Document& doc, const Measure& measure, const Geometry& geometry = {});

// ---- Text wrapping (exposed for tests and for the block builders) ----

struct Segment {
    Face face = Face::Regular;
    std::string text;
    double x = 0;       // from the start of the line
    double width = 0;
    std::string link;
};

struct Line {
    std::vector<Segment> segments;
    double width = 0;
};

// Breaks runs into lines no wider than `width`: at spaces, or at line breaks in the text, and
// inside a word only when the word alone is wider than a line. `base` is the face of plain
// runs (Italic for quotes, Bold for headings); a bold run is Bold, an italic run Italic.
// Returns at least one line (empty when there is no text).
std::vector<Line> wrap(const Runs& runs, double width, double size, Face base, const Measure& measure);

// Convenience: wrap plain text.
std::vector<Line> wrap_text(std::string_view text, double width, double size, Face face, const Measure& measure);

}  // namespace ascreport::pdf
