// The report stage: template + figures -> document model. The template's words are Markdown
// files (docs/templates.md); this stage puts the figures into them, chooses the words that
// state a direction, and builds the tables and charts the template places. It formats
// numbers for print but computes none: every count comes from Figures.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "ascreport/dataset.hpp"
#include "ascreport/diagnostics.hpp"
#include "ascreport/document.hpp"
#include "ascreport/figures.hpp"

namespace ascreport {

struct ReportInputs {
    const Dataset& data;
    const Figures& figures;
    std::filesystem::path template_dir;  // holds template.toml
    std::filesystem::path data_dir;      // for DATA/narrative/NAME.md, the year's own text
    std::int64_t created_unix = 0;       // the PDF's creation date
    std::string creator;                 // "ascreport 0.1.0"
};

struct ReportBuild {
    Document document;
    Diagnostics diagnostics;  // errors name the template file and line; any error: no report
};

ReportBuild build_report(const ReportInputs& inputs);

}  // namespace ascreport
