// What the `ascreport init` tests share: a folder of exports read from bytes, and ways to look
// for a line or a sentence in the report.toml text init writes.
#pragma once

#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "ascreport/inspect.hpp"

namespace test {

// The files, each read as if it were in a folder "exports" under that name.
inline ascreport::FolderInspection folder(std::vector<std::pair<std::string, std::string>> files) {
    ascreport::FolderInspection f;
    f.folder = "exports";
    for (const auto& [name, bytes] : files) f.files.push_back(ascreport::inspect_bytes(name, bytes));
    return f;
}

// Whether `text` has the line, exactly.
inline bool has_line(const std::string& text, const std::string& line) {
    std::istringstream in(text);
    for (std::string l; std::getline(in, l);)
        if (l == line) return true;
    return false;
}

// The comments as running text: a wrapped comment read as one (each "\n# " a space).
inline std::string unwrapped(std::string text) {
    for (std::size_t at = text.find("\n# "); at != std::string::npos; at = text.find("\n# ", at)) text.replace(at, 3, " ");
    return text;
}

}  // namespace test
