// Web and e-mail addresses written in plain text become links, in every edition: the report
// stage runs its text through link_addresses, so the Document carries each address as a Run
// with its target, and the PDF (a link annotation) and the HTML (an <a>) both link it.
#pragma once

#include "ascreport/document.hpp"

namespace ascreport {

// Splits every run that is not already a link where an address stands in it:
//   https://... and http://...  -> itself
//   www.example.gov.uk/...      -> https://www.example.gov.uk/...
//   name@example.gov.uk         -> mailto:name@example.gov.uk
// An address ends at a space or line break; a full stop, comma, colon, semicolon, !, ?, a
// quote or an unmatched closing bracket after it is the sentence's, not the address's. The
// text itself is unchanged: concatenating the runs gives the same string.
Runs link_addresses(Runs runs);

}  // namespace ascreport
