#include "link_annotations.hpp"

#include <iterator>

#include <fmt/format.h>

#include "ascreport/links.hpp"
#include "pdfa.hpp"

namespace ascreport::pdf {
namespace {

// Link targets must be ASCII; anything else is percent-encoded as browsers do.
std::string uri_of(const std::string& url) {
    std::string out;
    for (unsigned char c : url) {
        if (c > 0x20 && c < 0x7F) {
            out += static_cast<char>(c);
        } else {
            fmt::format_to(std::back_inserter(out), "%{:02X}", c);
        }
    }
    return out;
}

HPDF_Annotation finish(HPDF_Annotation annot) {
    if (!annot) return annot;
    // No border: the default /Border draws a box around every link in some viewers.
    HPDF_LinkAnnot_SetBorderStyle(annot, 0, 0, 0);
    make_printable(annot);  // PDF/A-1: every annotation printable
    return annot;
}

}  // namespace

HPDF_Annotation add_uri_link(HPDF_Page page, HPDF_Rect rect, const std::string& url) {
    const LinkCheck link = check_link(url);
    if (link.url.empty()) return nullptr;
    return finish(HPDF_Page_CreateURILinkAnnot(page, rect, uri_of(link.url).c_str()));
}

HPDF_Annotation add_page_link(HPDF_Page page, HPDF_Rect rect, HPDF_Destination dest) {
    return finish(HPDF_Page_CreateLinkAnnot(page, rect, dest));
}

}  // namespace ascreport::pdf
