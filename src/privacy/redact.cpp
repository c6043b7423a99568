// Redaction: the names of report.toml [privacy] redact become "(Name)" in the free text, as
// printed (normalise_text), matched in the form names are compared in (readable::for_names:
// web addresses decoded, case folded, accents dropped, look-alike letters as Latin ones)
// between Unicode word boundaries.
#include <algorithm>

#include "ascreport/privacy.hpp"
#include "readable.hpp"
#include "unicode.hpp"

namespace ascreport {
namespace {

constexpr std::size_t npos = std::string_view::npos;

bool word_at(std::string_view t, std::size_t i) { return i < t.size() && unicode::is_word(unicode::at(t, i).value); }
bool word_before(std::string_view t, std::size_t i) { return i > 0 && unicode::is_word(unicode::before(t, i).value); }
bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_alnum(char c) { return is_lower(c) || is_upper(c) || (c >= '0' && c <= '9'); }

// The form's text with the ASCII characters that stand for another letter in their word read
// as that letter: a lower-case l for a capital I at the start of a word in lower case ("lan")
// or in a word in capitals ("SMlTH"), a capital I for an l after a lower-case letter ("BiII"),
// a zero for an o in a word of two letters or more ("D0e"). Each is as written elsewhere
// ("Al" is not "A1", "all" not "ali"). The same length as the form's text.
std::string look_alikes(const readable::Form& f, std::string_view printed) {
    std::string alt = f.text;
    for (std::size_t k = 0; k < alt.size(); ++k) {
        if (alt[k] != 'l' && alt[k] != 'i' && alt[k] != '0') continue;
        const std::size_t s = f.origin[k];
        if (s >= printed.size() || f.origin[k + 1] != s + 1) continue;  // not one ASCII character as written
        const char p = printed[s];
        std::size_t b = s, e = s + 1;
        while (b > 0 && is_alnum(printed[b - 1])) --b;
        while (e < printed.size() && is_alnum(printed[e])) ++e;
        std::size_t upper = 0, lower = 0, lower_before = 0;
        for (std::size_t q = b; q < e; ++q) {
            if (q == s) continue;
            upper += is_upper(printed[q]);
            lower += is_lower(printed[q]);
            lower_before += q < s && is_lower(printed[q]);
        }
        if (p == 'l' && ((upper >= 2 && lower == 0) || (s == b && e > s + 1 && is_lower(printed[s + 1])))) alt[k] = 'i';
        if (p == 'I' && lower_before > 0) alt[k] = 'l';
        if (p == '0' && upper + lower >= 2) alt[k] = 'o';
    }
    return alt;
}

// Whether the printed text turns from a small letter to a capital at byte s ("JaneDoe").
bool camel_at(std::string_view printed, std::size_t s) {
    if (s == 0 || s >= printed.size()) return false;
    const char32_t next = unicode::at(printed, s).value, prev = unicode::before(printed, s).value;
    return unicode::is_upper(next) && unicode::is_letter(prev) && !unicode::is_upper(prev);
}

// Where `name` (a name's key, one space between its words) ends in the form's text (or its
// look-alike reading, byte by byte) when it starts at k, or npos. A space in the name matches a
// run of white space, or one of - _ . + ("jane.doe", "Jane_Doe", "Jane+Doe" in a query), or
// nothing inside an address ("janedoe") or where a capital follows a small letter ("JaneDoe").
std::size_t match_at(const readable::Form& f, std::string_view printed, std::string_view alt,
                     const std::vector<char>& address, std::size_t k, std::string_view name) {
    const std::string_view t = f.text;
    std::size_t j = k;
    for (std::size_t n = 0; n < name.size(); ++n) {
        if (name[n] == ' ') {
            const std::size_t from = j;
            while (j < t.size()) {
                const unicode::CodePoint cp = unicode::at(t, j);
                if (!unicode::is_space(cp.value)) break;
                j += cp.size;
            }
            if (j == from && j < t.size() && (t[j] == '-' || t[j] == '_' || t[j] == '.' || t[j] == '+')) ++j;
            if (j == from && !(j < t.size() && (address[j] || camel_at(printed, f.origin[j])))) return npos;
            continue;
        }
        if (j >= t.size() || (t[j] != name[n] && alt[j] != name[n])) return npos;
        ++j;
    }
    return f.boundary(j) ? j : npos;  // not half of what one character became ("ss", "rn")
}

}  // namespace

Redactor::Redactor(const std::vector<std::string>& names) {
    for (const std::string& raw : names) {
        const std::string n = normalise_text(raw);
        std::string key;
        for (std::size_t i = 0; i < n.size();) {
            const unicode::CodePoint cp = unicode::at(n, i);
            readable::name_key_into(key, cp.value);
            i += cp.size;
        }
        // One space between words; a hyphen between them is one too ("Mary-Jane" is "Mary Jane").
        std::string p;
        for (char c : key) {
            if (is_ws(c) || c == '-') {
                if (!p.empty() && p.back() != ' ') p += ' ';
            } else {
                p += c;
            }
        }
        while (!p.empty() && p.back() == ' ') p.pop_back();
        if (!p.empty()) names_.push_back(std::move(p));
    }
    std::stable_sort(names_.begin(), names_.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
}

std::vector<std::pair<std::size_t, std::size_t>> Redactor::find(std::string_view text) const {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    if (names_.empty() || text.empty()) return out;
    const readable::Form f = readable::for_names(text);
    const std::string_view t = f.text;
    const std::vector<char> address = readable::addresses(t, true);
    const std::string alt = look_alikes(f, text);
    for (std::size_t k = 0; k < t.size();) {
        std::size_t end = npos;
        if (f.boundary(k)) {
            for (const std::string& name : names_) {
                const bool word_first = unicode::is_word(unicode::at(name, 0).value);
                if (word_first && word_before(t, k)) continue;
                end = match_at(f, text, alt, address, k, name);
                if (end == npos) continue;
                const bool word_last = unicode::is_word(unicode::before(name, name.size()).value);
                if (word_last && word_at(t, end)) {
                    end = npos;
                    continue;
                }
                break;
            }
        }
        if (end == npos) {
            ++k;
            continue;
        }
        const auto [begin, stop] = f.source(k, end);
        if (!out.empty() && begin < out.back().second) out.back().second = std::max(out.back().second, stop);
        else out.emplace_back(begin, stop);
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

PrintableData printable(Dataset loaded, const PrivacyPolicy& policy) {
    PrintableData out{std::move(loaded), 0};
    Dataset& data = out.data;
    const Redactor names(policy.redact);
    std::size_t replaced = 0;
    auto rewrite = [&](std::string_view text) { return names.apply(normalise_text(text), &replaced); };
    auto apply = [&](std::string& text) { text = rewrite(text); };
    for (Compliment& c : data.compliments) apply(c.text);
    for (OmbudsmanCase& c : data.lgsco) {
        apply(c.summary);
        apply(c.remedy);
    }
    for (SelfAssessmentRow& r : data.self_assessment.rows)
        for (std::string* text : {&r.section, &r.requirement, &r.evidence, &r.action}) apply(*text);
    for (ImprovementAction& a : data.actions.rows)
        for (std::string* text : {&a.action, &a.service, &a.status}) apply(*text);
    for (TextTable* t : {&data.service_areas, &data.providers, &data.ethnicities, &data.categories, &data.subcategories,
                         &data.authorities, &data.fault_reasons, &data.refused_reasons})
        t->rewrite_spellings(rewrite);
    out.redacted = replaced;
    return out;
}

}  // namespace ascreport
