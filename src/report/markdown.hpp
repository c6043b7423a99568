// Markdown (CommonMark, through cmark) into document blocks, with the template's block
// directives (docs/templates.md) carried out on the way. Conditions and inline figures are
// carried out before, on the text (expand.hpp).
#pragma once

#include <filesystem>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "ascreport/dataset.hpp"
#include "ascreport/diagnostics.hpp"
#include "ascreport/document.hpp"
#include "ascreport/figures.hpp"
#include "ascreport/privacy.hpp"
#include "names.hpp"
#include "printed.hpp"

namespace ascreport::report {

struct MarkdownContext {
    const Dataset& data;  // its narratives are the year's own text, as written (Markdown)
    const Figures& figures;
    const FigureNames& names;
    std::filesystem::path template_dir;
    std::filesystem::path data_dir;  // names DATA/narrative/NAME.md when the Dataset has none
    Diagnostics& diags;
    DraftGaps* gaps = nullptr;  // what the draft still lacks, when the caller wants to know
    Printed* printed = nullptr;  // what the document printed, when the caller wants to know
    // The narrative files (the data folder's own text) are redacted with `redactor` when given,
    // and their runs carry their Source (file and line) for the personal-data scan;
    // `redacted` counts the replacements.
    const Redactor* redactor = nullptr;
    std::size_t redacted = 0;
    // The links left out, as (file, line, message): said once however often a text is printed.
    std::set<std::tuple<std::string, std::uint32_t, std::string>> link_warnings = {};
    // The work one report may do (docs/faults.md, "Limits"): {{text}} includes at most
    // kMaxIncludes deep and kMaxTextIncludes in all, at most kMaxReportTextBytes of text
    // read in all. Counted here across every section; past a limit one error says so and
    // nothing more is read.
    static constexpr int kMaxIncludeDepth = 4;
    static constexpr std::size_t kMaxTextIncludes = 200;
    static constexpr std::size_t kMaxReportTextBytes = 8 * 1024 * 1024;
    std::size_t includes = 0;
    std::size_t text_bytes = 0;
    bool over_limit = false;
};

// Appends the blocks of a template or narrative file's text, read already (placeholders not
// yet expanded): a section or text/NAME.md of the template (each read once, a regular file
// inside ctx.template_dir of at most kMaxTextFileBytes: read_confined_text), a narrative file
// of the Dataset (`narrative`: redacted and its runs sourced, MarkdownContext), or fuzzed
// input. `display` names the file in messages; `depth` guards {{text}} against including
// itself. All printed text is normalised (normalise_text) after Markdown.
void append_markdown_text(std::string_view source, const std::string& display, MarkdownContext& ctx,
                          std::vector<Block>& out, int depth = 0, bool narrative = false);

}  // namespace ascreport::report
