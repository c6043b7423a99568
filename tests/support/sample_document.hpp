// A Document shaped like the reference annual report (cover, key facts, contents, sections
// with paragraphs, lists, tables, charts and quotes), for the renderer tests.
#pragma once

#include "ascreport/document.hpp"

namespace ascreport::testing {

Document sample_document();

}  // namespace ascreport::testing
