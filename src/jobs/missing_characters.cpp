#include "missing_characters.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "ascreport/privacy.hpp"

namespace ascreport::jobs {

PlacedCharacters place_missing_characters(const std::vector<MissingCharacter>& missing,
                                          std::vector<SourcedMissingCharacter> sourced) {
    PlacedCharacters out;
    std::stable_sort(sourced.begin(), sourced.end(), [](const SourcedMissingCharacter& a, const SourcedMissingCharacter& b) {
        return scanned_before(*a.source, *b.source);
    });
    // A text printed twice (a value in a table and a chart) is warned of once.
    std::set<std::tuple<std::string, std::string, std::uint32_t, char32_t>> seen;
    // (file, column, line, character) -> its warning; the line is 0 for a CSV column, whose
    // records make one warning.
    std::map<std::tuple<std::string, std::string, std::uint32_t, char32_t>, std::size_t> warned;
    std::set<char32_t> placed;
    for (const SourcedMissingCharacter& m : sourced) {
        const Source& s = *m.source;
        if (!seen.emplace(s.file, s.column, m.line, m.code_point).second) continue;
        placed.insert(m.code_point);
        const auto [it, first] = warned.try_emplace({s.file, s.column, s.column.empty() ? m.line : 0, m.code_point},
                                                    out.located.items.size());
        if (first) {
            out.located.warning(s.file, m.line, s.column, missing_character_message(m.code_point));
            continue;
        }
        Diagnostic& d = out.located.items[it->second];
        if (d.more_lines.size() + 1 < Diagnostic::kLinesShown) d.more_lines.push_back(m.line);
        ++d.rows;
    }
    for (const MissingCharacter& m : missing)
        if (!placed.contains(m.code_point)) out.elsewhere.push_back(m);
    return out;
}

}  // namespace ascreport::jobs
