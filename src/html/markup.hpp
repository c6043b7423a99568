// What the HTML renderer's parts share: escaping, ids for headings, and the colours.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "ascreport/colour.hpp"
#include "ascreport/document.hpp"

namespace ascreport::html {

// Text for an element's content or a quoted attribute value: & < > " ' escaped, malformed UTF-8
// replaced by U+FFFD and control characters (other than tab and line break) dropped, so any
// Document gives well-formed HTML.
std::string escape(std::string_view text);

// The target of a link, or "" when it is not one a published page should hold (a script, a
// file on the council's network): https:, http: and mailto: only, as the PDF (check_link).
std::string safe_href(std::string_view url);

// An id for `text` unique in the document: "complaints", "complaints-2", ...
class Ids {
public:
    std::string make(std::string_view text);

private:
    std::map<std::string, int> used_;
};

// The colours the edition is drawn in, all at AA contrast against white.
struct Palette {
    Rgb brand;       // the council colour, or its readable shade
    Rgb brand_deep;  // a darker shade, for every other key-fact tile
    Rgb ink{0x0B, 0x0C, 0x0C};
    Rgb muted{0x50, 0x5A, 0x5F};
    Rgb rule{0xB1, 0xB4, 0xB6};
    Rgb tint;        // the council colour, very light: table header rows
};
Palette palette_for(const Theme& theme);

// The stylesheet: screen, narrow screens and print.
std::string stylesheet(const Palette& p);

// A bar chart as an inline SVG with its name and description, followed by its figures as a
// table. `id` is unique in the document.
std::string chart_html(const BarChart& chart, const std::string& id, const Palette& p);

}  // namespace ascreport::html
