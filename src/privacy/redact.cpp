// Redaction: the names of report.toml [privacy] redact become "(Name)" in the free text.
#include <algorithm>

#include "ascreport/privacy.hpp"

namespace ascreport {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Part of a word: an ASCII letter or digit, or any byte of a UTF-8 sequence (an accented
// letter), so that "Zoë" is not found inside "Zoëlle".
bool is_word(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || u >= 0x80;
}

char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Where `name` (trimmed, inner spaces collapsed) ends when it starts at `i`, or npos.
std::size_t match_at(std::string_view text, std::size_t i, std::string_view name) {
    std::size_t j = i;
    for (std::size_t k = 0; k < name.size(); ++k) {
        if (name[k] == ' ') {
            if (j >= text.size() || !is_space(text[j])) return std::string_view::npos;
            while (j < text.size() && is_space(text[j])) ++j;
            continue;
        }
        if (j >= text.size() || fold(text[j]) != fold(name[k])) return std::string_view::npos;
        ++j;
    }
    if (j < text.size() && is_word(text[j]) && is_word(name.back())) return std::string_view::npos;
    return j;
}

// Trimmed, inner runs of spaces as one, longest first; empty names dropped.
std::vector<std::string> prepared(const std::vector<std::string>& names) {
    std::vector<std::string> out;
    for (const std::string& n : names) {
        std::string p;
        for (char c : n) {
            if (is_space(c)) {
                if (!p.empty() && p.back() != ' ') p += ' ';
            } else {
                p += c;
            }
        }
        while (!p.empty() && p.back() == ' ') p.pop_back();
        if (!p.empty()) out.push_back(std::move(p));
    }
    std::stable_sort(out.begin(), out.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    return out;
}

std::string redact_prepared(std::string_view text, const std::vector<std::string>& names, std::size_t& replaced) {
    if (names.empty()) return std::string(text);
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const bool word_start = i == 0 || !is_word(text[i - 1]);
        std::size_t end = std::string_view::npos;
        for (const std::string& name : names) {
            if (is_word(name.front()) && !word_start) continue;
            if ((end = match_at(text, i, name)) != std::string_view::npos) break;
        }
        if (end == std::string_view::npos) {
            out += text[i++];
            continue;
        }
        out += "(Name)";
        ++replaced;
        i = end;
    }
    return out;
}

}  // namespace

std::string redact(std::string_view text, const std::vector<std::string>& names, std::size_t* replaced) {
    std::size_t count = 0;
    std::string out = redact_prepared(text, prepared(names), count);
    if (replaced) *replaced += count;
    return out;
}

std::size_t redact_dataset(Dataset& data) {
    const std::vector<std::string> names = prepared(data.settings.redact);
    if (names.empty()) return 0;
    std::size_t replaced = 0;
    auto apply = [&](std::string& text) { text = redact_prepared(text, names, replaced); };
    for (Compliment& c : data.compliments) apply(c.text);
    for (OmbudsmanCase& c : data.lgsco) {
        apply(c.summary);
        apply(c.remedy);
    }
    for (NarrativeFile& n : data.narratives) apply(n.text);
    auto rewrite = [&](std::string_view spelling) { return redact_prepared(spelling, names, replaced); };
    for (TextTable* t : {&data.service_areas, &data.providers, &data.ethnicities, &data.categories, &data.subcategories,
                         &data.authorities})
        t->rewrite_spellings(rewrite);
    return replaced;
}

}  // namespace ascreport
