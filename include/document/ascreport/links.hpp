// Links in the published report: web and e-mail addresses written in plain text become links,
// in every edition (the report stage runs its text through link_addresses, so the Document
// carries each address as a Run with its target, and the PDF (a link annotation) and the HTML
// (an <a>) both link it); and which targets may be published at all (check_link), asked by
// the report stage, which says what it leaves out, and by both renderers alike.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "ascreport/document.hpp"

namespace ascreport {

enum class LinkProblem : std::uint8_t {
    None,
    // Not https:, http: or mailto: ("javascript:", "data:", "file://", "tel:", "\\server\share",
    // a relative address, "#top"), or nothing after the scheme.
    NotWebOrMail,
    // A web address with a user name or password ("https://user:pass@host/").
    Credentials,
};

struct LinkCheck {
    std::string url;  // the target as published; empty when it is not
    LinkProblem problem = LinkProblem::None;
};

// Whether a link's target may be published, read as a browser reads it: the ASCII tabs and
// line breaks inside removed and control characters and spaces at either end trimmed (so
// "java\tscript:" is "javascript:"), the scheme in any case ("HTTPS:"). Only https:, http: and
// mailto: targets are published, the scheme in lower case; a web address with a user name or
// password is not.
LinkCheck check_link(std::string_view target);

// Splits every run that is not already a link where an address stands in it:
//   https://... and http://...  -> itself
//   www.example.gov.uk/...      -> https://www.example.gov.uk/...
//   name@example.gov.uk         -> mailto:name@example.gov.uk
// An address ends at a space or line break; a full stop, comma, colon, semicolon, !, ?, a
// quote or an unmatched closing bracket after it is the sentence's, not the address's. The
// text itself is unchanged: concatenating the runs gives the same string.
Runs link_addresses(Runs runs);

}  // namespace ascreport
