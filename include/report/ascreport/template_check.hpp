// Checking a report template folder without writing a report (`ascreport check-template`,
// docs/templates.md "Checking a template"). There is one grammar, the report's: the template
// is built exactly as `ascreport report` builds it, and what the report would refuse is an
// error here. Only a few warnings are added, about what the report accepts but a template
// should not do.
#pragma once

#include <filesystem>
#include <optional>
#include <set>
#include <string>

#include "ascreport/council.hpp"
#include "ascreport/dataset.hpp"
#include "ascreport/diagnostics.hpp"
#include "ascreport/figures.hpp"
#include "ascreport/privacy.hpp"
#include "ascreport/time_limits.hpp"

namespace ascreport {

struct TemplateCheckInputs {
    const Dataset& data;    // a data folder's, or an empty Dataset (default settings, no records)
    const Figures& figures;  // computed from `data`
    const CouncilProfile& council;
    const TimeLimits& time_limits;  // as ReportInputs::time_limits
    const PrivacyPolicy& privacy;
    std::filesystem::path template_dir;  // holds template.toml
    // The data folder, whose narrative/NAME.md replace the template's text/NAME.md; nullopt:
    // none, so the template's own texts print.
    std::optional<std::filesystem::path> data_dir;
    const Figures* year_to_date = nullptr;  // as ReportInputs::year_to_date
    // NAMEs of DATA/narrative/NAME.md that other templates print (report_text_names of each):
    // not warned about as included by nothing.
    std::set<std::string> other_templates_texts = {};
};

// Every problem, as FILE:LINE: messages, each file's in line order.
// Errors: what the report would refuse the template for: template.toml and its section files,
// an unknown name or a bad form in {{...}} (in text printed or not), a value missing from text
// printed for this data, an {{if}} without {{end}} and the like, a block directive that does not
// stand alone in its paragraph, Markdown the report cannot print. Without data, "printed" is
// what prints for a council with no records and no settings: an unguarded figure that needs a
// setting is an error.
// Warnings: a number or a direction word ("increased", "fewer", ...) typed in the text of the
// template or of DATA/narrative (a figure, or {{change}} and {{compare}}, keep them true); a
// {{text NAME}} with no default text/NAME.md; a text/NAME.md, or a DATA/narrative/NAME.md, that
// no {{text NAME}} includes (a narrative file of other_templates_texts is another report's).
Diagnostics check_template(const TemplateCheckInputs& inputs);

// The NAMEs of every DATA/narrative/NAME.md a report from this template can print: each
// {{text NAME}} in the template folder's Markdown files (its own and text/'s, printed or not),
// and in the narrative files those name, in turn. What load_data_folder reads for the report
// (LoadOptions::narratives). Reads each file once, inside its folder and within its size limit.
std::set<std::string> report_text_names(const std::filesystem::path& template_dir,
                                        const std::filesystem::path& data_dir);

}  // namespace ascreport
