// Inside the layout engine: each block becomes a list of boxes, the units the paginator moves
// to the next page. A box never splits; a paragraph is one box per line, a table one per row,
// a chart one box. Keep-together rules are flags on the boxes, so pagination stays one loop.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "layout.hpp"

namespace ascreport::pdf {

struct Box {
    double height = 0;
    double space_before = 0;       // dropped when the box opens a page
    bool keep_with_next = false;   // never the last box on a page (headings, first lines, captions)
    bool page_break = false;       // a PageBreak: the next box opens a page
    int heading = -1;              // index into Layout::headings; the paginator records its place
    std::shared_ptr<const Box> repeat;  // table header, drawn first when this row opens a page
    std::vector<Item> items;       // x from the left margin; y from the box top, so y <= 0
};

// The colours and type sizes of the report. One place, so the pages stay consistent.
struct Style {
    Colour brand;          // council colour: table headers, tiles, rules
    Colour brand_text;     // council colour darkened if needed to read as text on white
    Colour on_brand;       // white, or near-black on a light council colour
    Colour tint;           // council colour at 8% on white: quote and total-row backgrounds
    Colour ink{0x1A, 0x1A, 0x1A};
    Colour muted{0x59, 0x59, 0x59};
    Colour rule{0xC8, 0xC8, 0xC8};
    Colour white{0xFF, 0xFF, 0xFF};
    double body_size = 11;
    double body_leading = 15.5;
};

Style make_style(const std::string& colour_hex, std::vector<std::string>& warnings);
Colour mix(Colour a, Colour b, double t);  // t = 0 gives a, 1 gives b
Colour text_on(Colour background, const Style& style);  // white or ink, whichever reads better

// What block builders share while a pass runs.
struct BuildContext {
    const Measure& measure;
    const Style& style;
    const Geometry& geometry;
    double width;                                  // text width
    std::vector<PlacedHeading>& headings;          // every heading, registered before the pass
    int next_heading = 0;                          // index of the next heading block met
    const std::vector<PlacedHeading>* previous;    // last pass's headings, for contents numbers
    std::vector<std::string>& warnings;
    std::vector<Box> boxes;
    double pending_after = 0;  // space the previous block wants after it

    // Adds a box; the first box of a block passes the block's space before, collapsed with
    // the space the previous block wants after it (the larger wins, as in CSS).
    Box& add(Box box, bool first_of_block, double space_before);
};

// Draws one wrapped line with its top-left at (x, y): text, link underlines and link areas.
void put_line(std::vector<Item>& items, const Line& line, double x, double baseline, double size,
              Colour colour, Colour link_colour);
// Lines stacked down from `top` (the first line's top edge), left-aligned at x; returns the y
// below the last line.
double put_lines(std::vector<Item>& items, const std::vector<Line>& lines, double x, double top, double size,
                 double leading, Colour colour);
// A table caption or chart title above the table or chart; returns the y below it.
double put_caption(const BuildContext& cx, std::vector<Item>& items, const std::string& text, double top);
// The baseline of text of `size` in a line box `leading` high, from the line's top.
double baseline_in(double leading, double size);

void build_heading(BuildContext& cx, const Heading& h);
void build_paragraph(BuildContext& cx, const Paragraph& p);
void build_bullets(BuildContext& cx, const BulletList& list);
void build_quote(BuildContext& cx, const Quote& q);
void build_contents(BuildContext& cx, const ContentsPlaceholder& c);
void build_table(BuildContext& cx, const Table& t);
void build_chart(BuildContext& cx, const BarChart& c);
void build_key_facts(BuildContext& cx, const KeyFacts& k);
// The cover is a page of its own, drawn straight onto page coordinates.
Page build_cover(const Cover& cover, const Style& style, const Geometry& g, const Measure& measure);

// Moves every item of a box by (dx, dy).
void translate(std::vector<Item>& items, double dx, double dy);

}  // namespace ascreport::pdf
