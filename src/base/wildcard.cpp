#include "ascreport/wildcard.hpp"

#include "ascreport/text_table.hpp"

namespace ascreport {

bool has_wildcard(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '~') ++i;
        else if (text[i] == '*' || text[i] == '?') return true;
    }
    return false;
}

Wildcard::Wildcard(std::string_view pattern) : written_(pattern), key_(TextTable::key_of(pattern)) {}

namespace {

// The pattern's next element at `p`: its character (a literal one after `~`) and whether it is
// a wildcard. Advances `p`.
struct Element {
    char c;
    bool star, any;
};
Element element(std::string_view pat, std::size_t& p) {
    char c = pat[p++];
    if (c == '~' && p < pat.size() && (pat[p] == '*' || pat[p] == '?' || pat[p] == '~')) return {pat[p++], false, false};
    return {c, c == '*', c == '?'};
}

}  // namespace

bool Wildcard::matches(std::string_view cell) const {
    TextTable::key_into(scratch_, cell);
    return wildcard_matches_key(key_, scratch_);
}

bool wildcard_matches_key(std::string_view pat, std::string_view text) {
    // The classic walk with one back-track point: the last star and where the text stood then.
    std::size_t t = 0, p = 0, star_p = std::string_view::npos, star_t = 0;
    while (t < text.size()) {
        if (p < pat.size()) {
            std::size_t next = p;
            const Element e = element(pat, next);
            if (e.star) {
                star_p = next;
                star_t = t;
                p = next;
                continue;
            }
            if (e.any || e.c == text[t]) {
                p = next;
                ++t;
                // `?` is one character, however many bytes UTF-8 takes for it.
                if (e.any)
                    while (t < text.size() && (static_cast<unsigned char>(text[t]) & 0xC0) == 0x80) ++t;
                continue;
            }
        }
        if (star_p == std::string_view::npos) return false;
        p = star_p;
        t = ++star_t;  // the star takes one more character
        while (t < text.size() && (static_cast<unsigned char>(text[t]) & 0xC0) == 0x80) ++t;
        star_t = t;
    }
    while (p < pat.size()) {
        std::size_t next = p;
        if (!element(pat, next).star) return false;
        p = next;
    }
    return true;
}

}  // namespace ascreport
