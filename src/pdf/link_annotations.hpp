// The PDF's link annotations, made in one place: web and e-mail addresses (a URI action) and
// the contents page's links to pages. Every one is drawn without a border and carries the Print
// flag (/F 4): PDF/A-1 (ISO 19005-1, 6.5.3) requires that flag on every annotation, and it
// keeps a printed copy the same as the screen.
#pragma once

#include <string>

#include <hpdf.h>

namespace ascreport::pdf {

// A link to `url` ("https://...", "mailto:..."), percent-encoding what is not printable ASCII
// as browsers do. Null, and no annotation, when the target is not one to publish (check_link:
// only https:, http: and mailto:, as in the HTML edition), or when libharu refuses it (its
// error handler has the reason).
HPDF_Annotation add_uri_link(HPDF_Page page, HPDF_Rect rect, const std::string& url);

// A link to `dest`, a place in this document.
HPDF_Annotation add_page_link(HPDF_Page page, HPDF_Rect rect, HPDF_Destination dest);

}  // namespace ascreport::pdf
