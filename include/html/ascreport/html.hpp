// Renders a Document (ascreport/document.hpp) as the report's HTML edition: one self-contained
// UTF-8 file, the accessible edition published beside the PDF (README.md, "Accessibility").
//
// The same Document the PDF is drawn from, so the two editions cannot differ in a word or a
// figure. What the file is, by construction:
//   - lang="en-GB"; the cover's title the one <h1>, the Document's headings below it, levels in
//     order (a heading never skips a level: a deeper one is raised to the next level down);
//   - the contents a <nav> of links to every listed heading;
//   - every table a <caption> (the heading above it when the Document gives none, for screen
//     readers only) and <th scope="col"> on its header row, <th scope="row"> on its label column;
//   - every chart an inline <svg role="img"> named by its title and described in words, with
//     its figures as a table beside it;
//   - colours at WCAG 2.1 AA contrast: the council colour darkened when it falls short
//     (readable_shade, ascreport/colour.hpp);
//   - styles inline, a print stylesheet, the logo a data: URI; no script and nothing fetched:
//     the only addresses in it are the document's own links (https:, http:, mailto:, tel:).
//
// The same Document gives the same bytes: nothing reads the clock or the environment.
#pragma once

#include <string>
#include <vector>

#include "ascreport/document.hpp"

namespace ascreport {

struct HtmlResult {
    std::string html;                   // the file, UTF-8
    std::vector<std::string> warnings;  // e.g. a logo that is neither PNG nor JPEG, left out
};

// Never throws for anything in the Document and never prints. Reads no file: the logo is the
// cover's bytes (Cover::logo_image).
HtmlResult render_html(const Document& doc);

}  // namespace ascreport
