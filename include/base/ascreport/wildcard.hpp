// Excel's wildcards, as an officer writes them in COUNTIF and Find: `*` any run of characters
// (also none), `?` one character, `~*` / `~?` / `~~` a literal star, question mark or tilde.
// Matched against the whole cell, any case, runs of spaces as one (both sides through
// TextTable::key_of).
#pragma once

#include <string>
#include <string_view>

namespace ascreport {

// Whether `text` holds a wildcard (an unescaped `*` or `?`).
bool has_wildcard(std::string_view text);

// Whether `key` (a cell through TextTable::key_of) matches `pattern_key` (a pattern through
// TextTable::key_of): the matcher itself, for callers that hold keys already.
bool wildcard_matches_key(std::string_view pattern_key, std::string_view key);

// A pattern made once and matched against many cells.
class Wildcard {
public:
    explicit Wildcard(std::string_view pattern);
    bool matches(std::string_view cell) const;
    const std::string& pattern() const { return written_; }

private:
    std::string written_;
    std::string key_;  // the pattern's key; escaped characters keep their `~`
    mutable std::string scratch_;
};

}  // namespace ascreport
