// Redaction: the names of report.toml [privacy] redact become "(Name)" in the free text, as
// printed (normalise_text), matched by Unicode case folding between Unicode word boundaries.
#include <algorithm>

#include "ascreport/privacy.hpp"
#include "unicode.hpp"

namespace ascreport {
namespace {

// `text` folded for matching, with where each folded byte came from.
struct Folded {
    std::string text;
    std::vector<std::size_t> origin;  // folded byte -> byte of `source`; one more at the end
    std::vector<bool> starts;         // folded byte k begins the fold of a code point
};

Folded folded(std::string_view source) {
    Folded f;
    f.text.reserve(source.size());
    for (std::size_t i = 0; i < source.size();) {
        const unicode::CodePoint cp = unicode::at(source, i);
        const std::size_t before = f.text.size();
        unicode::fold_into(f.text, cp.value);
        f.origin.resize(f.text.size(), i);
        f.starts.resize(f.text.size(), false);
        if (f.text.size() > before) f.starts[before] = true;
        i += cp.size;
    }
    f.origin.push_back(source.size());
    f.starts.push_back(true);
    return f;
}

bool word_at(std::string_view t, std::size_t i) { return i < t.size() && unicode::is_word(unicode::at(t, i).value); }
bool word_before(std::string_view t, std::size_t i) { return i > 0 && unicode::is_word(unicode::before(t, i).value); }

// Where the folded `name` ends in the folded text when it starts at `k`, or npos. A space in
// the name matches any run of white space.
std::size_t match_at(const Folded& f, std::size_t k, std::string_view name) {
    const std::string_view t = f.text;
    std::size_t j = k;
    for (std::size_t n = 0; n < name.size(); ++n) {
        if (name[n] == ' ') {
            std::size_t spaces = 0;
            while (j < t.size()) {
                const unicode::CodePoint cp = unicode::at(t, j);
                if (!unicode::is_space(cp.value)) break;
                j += cp.size;
                ++spaces;
            }
            if (spaces == 0) return std::string_view::npos;
            continue;
        }
        if (j >= t.size() || t[j] != name[n]) return std::string_view::npos;
        ++j;
    }
    return f.starts[j] ? j : std::string_view::npos;  // not half of a folded "ss"
}

}  // namespace

Redactor::Redactor(const std::vector<std::string>& names) {
    for (const std::string& raw : names) {
        const std::string n = normalise_text(raw);
        std::string p;
        for (std::size_t i = 0; i < n.size();) {
            const unicode::CodePoint cp = unicode::at(n, i);
            if (unicode::is_space(cp.value)) {
                if (!p.empty() && p.back() != ' ') p += ' ';
            } else {
                p.append(n, i, cp.size);
            }
            i += cp.size;
        }
        while (!p.empty() && p.back() == ' ') p.pop_back();
        if (!p.empty()) names_.push_back(unicode::fold(p));
    }
    std::stable_sort(names_.begin(), names_.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
}

std::vector<std::pair<std::size_t, std::size_t>> Redactor::find(std::string_view text) const {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    if (names_.empty() || text.empty()) return out;
    const Folded f = folded(text);
    for (std::size_t k = 0; k < f.text.size();) {
        std::size_t end = std::string_view::npos;
        if (f.starts[k]) {
            const std::size_t from = f.origin[k];
            for (const std::string& name : names_) {
                const bool word_first = unicode::is_word(unicode::at(name, 0).value);
                if (word_first && word_before(text, from)) continue;
                end = match_at(f, k, name);
                if (end == std::string_view::npos) continue;
                const bool word_last = unicode::is_word(unicode::before(name, name.size()).value);
                if (word_last && word_at(text, f.origin[end])) {
                    end = std::string_view::npos;
                    continue;
                }
                break;
            }
        }
        if (end == std::string_view::npos) {
            ++k;
            continue;
        }
        out.emplace_back(f.origin[k], f.origin[end]);
        k = end;
    }
    return out;
}

std::string Redactor::apply(std::string_view text, std::size_t* replaced) const {
    const auto found = find(text);
    if (replaced) *replaced += found.size();
    if (found.empty()) return std::string(text);
    std::string out;
    std::size_t p = 0;
    for (const auto& [begin, end] : found) {
        out.append(text.substr(p, begin - p));
        out += "(Name)";
        p = end;
    }
    out.append(text.substr(p));
    return out;
}

std::size_t Redactor::apply(Runs& runs) const {
    if (names_.empty()) return 0;
    std::string all;
    for (const Run& r : runs) all += r.text;
    const auto found = find(all);
    if (found.empty()) return 0;
    std::size_t base = 0, m = 0;
    for (Run& r : runs) {
        const std::size_t end = base + r.text.size();
        std::string out;
        for (std::size_t p = base; p < end;) {
            while (m < found.size() && found[m].second <= p) ++m;
            if (m < found.size() && found[m].first <= p) {
                if (found[m].first == p) out += "(Name)";  // the name's place: its first run
                p = std::min(found[m].second, end);
                continue;
            }
            const std::size_t q = m < found.size() ? std::min(found[m].first, end) : end;
            out.append(all, p, q - p);
            p = q;
        }
        r.text = std::move(out);
        base = end;
    }
    return found.size();
}

std::string redact(std::string_view text, const std::vector<std::string>& names, std::size_t* replaced) {
    return Redactor(names).apply(normalise_text(text), replaced);
}

std::size_t redact_dataset(Dataset& data) {
    const Redactor names(data.settings.redact);
    std::size_t replaced = 0;
    auto rewrite = [&](std::string_view text) { return names.apply(normalise_text(text), &replaced); };
    auto apply = [&](std::string& text) { text = rewrite(text); };
    for (Compliment& c : data.compliments) apply(c.text);
    for (OmbudsmanCase& c : data.lgsco) {
        apply(c.summary);
        apply(c.remedy);
    }
    for (TextTable* t : {&data.service_areas, &data.providers, &data.ethnicities, &data.categories, &data.subcategories,
                         &data.authorities})
        t->rewrite_spellings(rewrite);
    return replaced;
}

}  // namespace ascreport
