// The document model as Markdown: the report's words and tables for a web page or a quick
// read in a terminal (charts become their data as a table). The PDF is the published form.
#pragma once

#include <string>

#include "ascreport/document.hpp"

namespace ascreport {

std::string render_markdown(const Document& doc);

}  // namespace ascreport
