#include "ascreport/input_mapping.hpp"

#include <vector>

#include "ascreport/text_table.hpp"

namespace ascreport {

std::vector<std::string> InputMapping::headers_for(const std::string& file, const std::string& column) const {
    if (auto f = column_names.find(file); f != column_names.end())
        if (auto c = f->second.find(column); c != f->second.end()) return c->second.headers;
    return {column};
}

bool InputMapping::column_mapped(const std::string& file, const std::string& column) const {
    auto f = column_names.find(file);
    return f != column_names.end() && f->second.count(column) > 0;
}

namespace {

// One element of a pattern: a literal byte, `?` (any one character) or `*` (any run).
struct Token {
    enum Kind : unsigned char { Literal, One, Any } kind;
    char c;
};

std::vector<Token> tokens_of(std::string_view pattern) {
    std::vector<Token> out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '~' && i + 1 < pattern.size() && (pattern[i + 1] == '*' || pattern[i + 1] == '?' || pattern[i + 1] == '~'))
            out.push_back({Token::Literal, pattern[++i]});
        else if (c == '*') {
            if (out.empty() || out.back().kind != Token::Any) out.push_back({Token::Any, c});
        } else if (c == '?') out.push_back({Token::One, c});
        else out.push_back({Token::Literal, c});
    }
    return out;
}

// The length of the UTF-8 character starting at `p` (1 for a byte that starts none): `?` is one
// character, as Excel counts them, not one byte.
std::size_t char_length(std::string_view s, std::size_t p) {
    const auto b = static_cast<unsigned char>(s[p]);
    const std::size_t n = b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    return p + n <= s.size() ? n : 1;
}

bool all_digits(std::string_view s) {
    if (s.empty() || s.size() > 3) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

int number(std::string_view s) {
    int n = 0;
    for (char c : s) n = n * 10 + (c - '0');
    return n;
}

bool strip_suffix(std::string_view& s, std::string_view suffix) {
    if (s.size() < suffix.size() || s.substr(s.size() - suffix.size()) != suffix) return false;
    s.remove_suffix(suffix.size());
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return true;
}

bool strip_prefix(std::string_view& s, std::string_view prefix) {
    if (!s.starts_with(prefix)) return false;
    s.remove_prefix(prefix.size());
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    return true;
}

}  // namespace

bool is_pattern(std::string_view key) {
    for (std::size_t i = 0; i < key.size(); ++i) {
        if (key[i] == '~' && i + 1 < key.size() && (key[i + 1] == '*' || key[i + 1] == '?' || key[i + 1] == '~')) ++i;
        else if (key[i] == '*' || key[i] == '?') return true;
    }
    return false;
}

bool matches_pattern(std::string_view pattern_key, std::string_view cell) {
    const std::vector<Token> p = tokens_of(pattern_key);
    // The classic wildcard walk: on a mismatch, go back to the last `*` and let it take one
    // more character. Linear in practice, and never worse than cell x pattern.
    std::size_t pi = 0, ci = 0, star = SIZE_MAX, star_ci = 0;
    while (ci < cell.size()) {
        if (pi < p.size() && p[pi].kind == Token::Any) {
            star = pi++;
            star_ci = ci;
        } else if (pi < p.size() && p[pi].kind == Token::One) {
            ++pi;
            ci += char_length(cell, ci);
        } else if (pi < p.size() && p[pi].c == cell[ci]) {
            ++pi;
            ++ci;
        } else if (star != SIZE_MAX) {
            pi = star + 1;
            star_ci += char_length(cell, star_ci);
            ci = star_ci;
        } else {
            return false;
        }
    }
    while (pi < p.size() && p[pi].kind == Token::Any) ++pi;
    return pi == p.size();
}

std::optional<AgeRange> age_range_of(std::string_view band) {
    const std::string key = TextTable::key_of(band);
    std::string_view s = key;
    if (!strip_suffix(s, "years")) strip_suffix(s, "yrs");
    constexpr int kOldest = 120;
    if (strip_prefix(s, "under") || strip_prefix(s, "below") || strip_prefix(s, "<")) {
        if (all_digits(s) && number(s) > 0) return AgeRange{0, number(s) - 1};
        return std::nullopt;
    }
    if (strip_suffix(s, "+") || strip_suffix(s, "and over") || strip_suffix(s, "or over") ||
        strip_suffix(s, "and older") || strip_suffix(s, "or older") || strip_suffix(s, "plus")) {
        if (all_digits(s) && number(s) <= kOldest) return AgeRange{number(s), kOldest};
        return std::nullopt;
    }
    if (strip_suffix(s, "and under") || strip_suffix(s, "or under") || strip_suffix(s, "and younger") ||
        strip_suffix(s, "or younger")) {
        if (all_digits(s)) return AgeRange{0, number(s)};
        return std::nullopt;
    }
    std::size_t sep = s.find('-');
    std::size_t width = 1;
    if (sep == std::string_view::npos) {
        sep = s.find(" to ");
        width = 4;
    }
    if (sep == std::string_view::npos) return std::nullopt;
    std::string_view low = s.substr(0, sep), high = s.substr(sep + width);
    while (!low.empty() && low.back() == ' ') low.remove_suffix(1);
    while (!high.empty() && high.front() == ' ') high.remove_prefix(1);
    if (!all_digits(low) || !all_digits(high) || number(low) > number(high) || number(high) > kOldest) return std::nullopt;
    return AgeRange{number(low), number(high)};
}

}  // namespace ascreport
