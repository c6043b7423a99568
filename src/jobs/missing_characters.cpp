#include "missing_characters.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "ascreport/text.hpp"

namespace ascreport::publish {

PlacedCharacters place_missing_characters(const std::vector<MissingCharacter>& missing,
                                          const std::vector<PublishedText>& texts) {
    PlacedCharacters out;
    if (missing.empty()) return out;
    std::vector<char32_t> wanted;  // sorted: PdfResult::missing is in code point order
    for (const MissingCharacter& m : missing) wanted.push_back(m.code_point);
    std::vector<bool> found(wanted.size(), false);

    // (file, column, line, character) -> its warning; the line is 0 for a CSV column, whose
    // records make one warning.
    std::map<std::tuple<std::string, std::string, std::uint32_t, char32_t>, std::size_t> warned;
    for (const PublishedText& t : texts) {
        std::vector<std::pair<std::uint32_t, char32_t>> seen;  // in this text: each once a line
        for (std::size_t i = 0; i < t.text.size();) {
            const std::size_t at = i;
            const char32_t cp = next_code_point(t.text, i);
            const auto w = std::lower_bound(wanted.begin(), wanted.end(), cp);
            if (w == wanted.end() || *w != cp) continue;
            found[static_cast<std::size_t>(w - wanted.begin())] = true;
            const std::uint32_t line = t.line_of(at);
            if (std::find(seen.begin(), seen.end(), std::pair(line, cp)) != seen.end()) continue;
            seen.emplace_back(line, cp);
            const auto [it, first] = warned.try_emplace({t.file, t.column, t.column.empty() ? line : 0, cp},
                                                        out.located.items.size());
            if (first) {
                out.located.warning(t.file, line, t.column, missing_character_message(cp));
                continue;
            }
            Diagnostic& d = out.located.items[it->second];
            if (d.line == line) continue;  // a narrative file's line in two of its texts
            if (d.more_lines.size() + 1 < Diagnostic::kLinesShown) d.more_lines.push_back(line);
            ++d.rows;
        }
    }
    for (std::size_t k = 0; k < missing.size(); ++k)
        if (!found[k]) out.elsewhere.push_back(missing[k]);
    return out;
}

}  // namespace ascreport::publish
