#include "ascreport/text_table.hpp"

#include <cstring>

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
    const std::size_t n = raw.size();
    for (std::size_t i = 0; i < n; ++i) {
        char c = raw[i];
        if (static_cast<unsigned char>(c) >= 0x80) [[unlikely]] {
            // Text typed in Word or on a phone: a no-break space reads as a space, curly quotes
            // and dashes as the plain ones, and accented capitals (Latin-1) as small letters, so
            // "Carers’ Support" and "CARERS' SUPPORT", or "16–24" and "16-24", are one value.
            // The replacements are shorter than what they replace, so the key still fits.
            const auto b1 = i + 1 < n ? static_cast<unsigned char>(raw[i + 1]) : 0;
            const auto b2 = i + 2 < n ? static_cast<unsigned char>(raw[i + 2]) : 0;
            const auto lead = static_cast<unsigned char>(c);
            if (lead == 0xC2 && b1 == 0xA0) {  // U+00A0 no-break space
                ++i;
                space = out != begin;
                continue;
            }
            if (lead == 0xE2 && b1 == 0x80 && b2 == 0xAF) {  // U+202F narrow no-break space
                i += 2;
                space = out != begin;
                continue;
            }
            if (space) *out++ = ' ';
            space = false;
            if (lead == 0xE2 && b1 == 0x80 && (b2 == 0x98 || b2 == 0x99 || b2 == 0x9C || b2 == 0x9D || b2 == 0x93 ||
                                               b2 == 0x94)) {
                *out++ = b2 == 0x98 || b2 == 0x99 ? '\'' : b2 == 0x9C || b2 == 0x9D ? '"' : '-';
                i += 2;
                continue;
            }
            if (lead == 0xC3 && b1 >= 0x80 && b1 <= 0x9E && b1 != 0x97) {  // À-Þ but ×: to à-þ
                *out++ = static_cast<char>(lead);
                *out++ = static_cast<char>(b1 + 0x20);
                ++i;
                continue;
            }
            *out++ = c;
            continue;
        }
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

std::uint64_t TextTable::hash_bytes(std::string_view raw) {
    // Eight bytes at a time (the last eight overlap the ones before when the length is not a
    // multiple of eight), each step multiplied and folded so every byte reaches every bit.
    const char* p = raw.data();
    const std::size_t n = raw.size();
    auto mix = [](std::uint64_t h, std::uint64_t w) {
        const std::uint64_t x = (h ^ w) * 0x9E3779B97F4A7C15ull;
        return x ^ (x >> 29);
    };
    std::uint64_t h = n * 0xC2B2AE3D27D4EB4Full + 0x165667B19E3779F9ull;
    if (n < 8) {
        std::uint64_t w = 0;
        for (std::size_t i = 0; i < n; ++i) w = w << 8 | static_cast<unsigned char>(p[i]);
        return mix(h, w);
    }
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        std::uint64_t w;
        std::memcpy(&w, p + i, 8);
        h = mix(h, w);
    }
    if (i < n) {
        std::uint64_t w;
        std::memcpy(&w, p + n - 8, 8);
        h = mix(h, w);
    }
    return h;
}

void TextTable::count(Group& g, std::uint32_t spelling) {
    // The display spelling is the most frequent, the first seen on a tie: a spelling that
    // catches up with the best takes its place only if it was seen before it.
    const std::uint32_t c = ++g.spellings[spelling].count;
    const std::uint32_t best = g.spellings[g.best].count;
    if (c > best || (c == best && spelling < g.best)) g.best = spelling;
}

void TextTable::remember(std::uint64_t hash, TextId group, std::uint32_t spelling) {
    if ((exact_used_ + 1) * 2 > exact_.size()) {
        std::vector<Exact> old(exact_.empty() ? 64 : exact_.size() * 2);
        old.swap(exact_);
        exact_used_ = 0;
        for (const Exact& e : old)
            if (e.group != kNoText) remember(e.hash, e.group, e.spelling);
    }
    const std::size_t mask = exact_.size() - 1;
    std::size_t slot = hash & mask;
    while (exact_[slot].group != kNoText) slot = (slot + 1) & mask;
    exact_[slot] = {hash, group, spelling};
    ++exact_used_;
}

TextId TextTable::intern(std::string_view raw) {
    const std::uint64_t hash = hash_bytes(raw);
    if (!exact_.empty()) {
        const std::size_t mask = exact_.size() - 1;
        for (std::size_t slot = hash & mask; exact_[slot].group != kNoText; slot = (slot + 1) & mask) {
            const Exact& e = exact_[slot];
            if (e.hash != hash) continue;
            Group& g = groups_[e.group];
            if (g.spellings[e.spelling].text != raw) continue;
            count(g, e.spelling);
            return e.group;
        }
    }
    key_into(scratch_, raw);
    auto [it, inserted] = index_.try_emplace(scratch_, static_cast<TextId>(groups_.size()));
    if (inserted) groups_.push_back({});
    const TextId id = it->second;
    Group& g = groups_[id];
    for (std::uint32_t i = 0; i < g.spellings.size(); ++i) {
        if (g.spellings[i].text == raw) {  // a spelling the table no longer finds (rewritten)
            count(g, i);
            return id;
        }
    }
    g.spellings.push_back({std::string(raw), 1});
    remember(hash, id, static_cast<std::uint32_t>(g.spellings.size() - 1));
    return id;
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
