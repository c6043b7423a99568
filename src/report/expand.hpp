// Figures into template text: every inline {{...}} of a Markdown source is replaced by the
// text it stands for (docs/templates.md, "Figures in the text"). Block directives ({{table}},
// {{if}}, ...) are left in place for the Markdown stage, which sees them as paragraphs.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ascreport/diagnostics.hpp"
#include "report/names.hpp"

namespace ascreport::report {

// Words inside {{ }}: names (which may hold spaces inside [ ]) and "quoted words".
struct Token {
    std::string text;
    bool quoted = false;
};
std::vector<Token> tokenize(std::string_view expression, std::string& error);

bool is_block_keyword(std::string_view word);

// Number formats used in print: 3650, 12,500; "46%"; "£750", "£1,250.50".
std::string format_count(std::int64_t n);
std::string format_money(std::int64_t pence);

// Escapes text so that Markdown prints it as it is.
std::string markdown_escape(std::string_view text);

// Returns the source with every inline placeholder replaced (Markdown-escaped). Each problem is
// reported as FILE:LINE: message into `diags`.
std::string expand_inline(std::string_view source, const FigureNames& names, const std::string& file,
                          Diagnostics& diags);

}  // namespace ascreport::report
