// Figures into template text: every inline {{...}} of a Markdown source is replaced by the
// text it stands for, and conditions ({{if}}, {{else}}, {{end}}) keep or drop the text between
// them (docs/templates.md, "Figures in the text", "Conditions"). Block directives ({{table}},
// {{text}}, ...) are left in place for the Markdown stage, which sees them as paragraphs.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ascreport/diagnostics.hpp"
#include "ascreport/text.hpp"
#include "ascreport/report.hpp"
#include "names.hpp"

namespace ascreport::report {

// Words inside {{ }}: names (which may hold spaces inside [ ]) and "quoted words".
struct Token {
    std::string text;
    bool quoted = false;
};
std::vector<Token> tokenize(std::string_view expression, std::string& error);

bool is_block_keyword(std::string_view word);

// The council's own tables {{table NAME}} places: self_assessment, actions, ombudsman_letter.
bool is_council_table(std::string_view name);
// Whether a block directive ({{table NAME}}, {{cases decided}}, {{text NAME}}, ...) is well
// formed and names what exists: "" when it is, else the message. Not for if/else/end.
std::string check_block(const std::vector<Token>& tokens, const FigureNames& names);

// Numbers, money and escaping as everything prints them: ascreport/text.hpp.
// Returns the source with every inline placeholder replaced (Markdown-escaped) and every
// condition carried out. The text of a branch not taken is dropped, but its line breaks are
// kept, so the Markdown stage's line numbers are the file's. Each problem is reported as
// FILE:LINE: message into `diags`: a placeholder in a branch not taken is still checked (an
// unknown name or a bad form is an error wherever it is), but a missing value there is not.
// The settings the printed text asked for and found missing are added to `gaps` (if given), the
// figures printed (and those in a branch not taken) to `printed` (if given; printed.hpp).
struct Printed;
std::string expand_inline(std::string_view source, const FigureNames& names, const std::string& file,
                          Diagnostics& diags, DraftGaps* gaps = nullptr, Printed* printed = nullptr);

}  // namespace ascreport::report
