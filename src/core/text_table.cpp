#include "ascreport/text_table.hpp"

namespace ascreport {

std::string TextTable::key_of(std::string_view raw) {
    std::string key;
    key_into(key, raw);
    return key;
}

void TextTable::key_into(std::string& key, std::string_view raw) {
    // Written through a pointer into a buffer sized for the worst case: this runs for every
    // free-text and vocabulary value of every row, and appending a char at a time was a tenth
    // of the loader's instructions.
    key.resize(raw.size());
    char* out = key.data();
    char* const begin = out;
    bool space = false;
    for (char c : raw) {
        if (c == ' ' || c == '\t') {
            space = out != begin;
            continue;
        }
        if (space) *out++ = ' ';
        space = false;
        *out++ = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    key.resize(static_cast<std::size_t>(out - begin));
}

TextId TextTable::intern(std::string_view raw) {
    key_into(scratch_, raw);
    auto [it, inserted] = index_.try_emplace(scratch_, static_cast<TextId>(groups_.size()));
    if (inserted) groups_.push_back({});
    Group& g = groups_[it->second];
    for (std::uint32_t i = 0; i < g.spellings.size(); ++i) {
        if (g.spellings[i].text == raw) {
            const std::uint32_t c = ++g.spellings[i].count;
            if (c > g.spellings[g.best].count) g.best = i;
            return it->second;
        }
    }
    g.spellings.push_back({std::string(raw), 1});
    return it->second;
}

TextId TextTable::find(std::string_view raw) const {
    auto it = index_.find(key_of(raw));
    return it == index_.end() ? kNoText : it->second;
}

std::string_view TextTable::display(TextId id) const {
    if (id >= groups_.size()) return {};
    const Group& g = groups_[id];
    return g.spellings[g.best].text;
}

std::vector<std::pair<std::string_view, std::uint32_t>> TextTable::spellings(TextId id) const {
    std::vector<std::pair<std::string_view, std::uint32_t>> out;
    if (id >= groups_.size()) return out;
    for (const Spelling& s : groups_[id].spellings) out.emplace_back(s.text, s.count);
    return out;
}

}  // namespace ascreport
