// The forms of printed text that redaction and the scan compare (readable.hpp).
#include "readable.hpp"

#include <algorithm>
#include <memory>
#include <unordered_map>

#include <unicode/uidna.h>

#include "unicode.hpp"

namespace ascreport::readable {
namespace {

// "%2525252540" decodes one level a round; past this many the rest is left as written.
constexpr int kMaxRounds = 8;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_hex(char c) { return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }
int hex_value(char c) { return is_digit(c) ? c - '0' : (c | 0x20) - 'a' + 10; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool starts_ci(std::string_view s, std::size_t i, std::string_view prefix) {
    if (s.size() - i < prefix.size()) return false;
    for (std::size_t k = 0; k < prefix.size(); ++k)
        if (lower(s[i + k]) != prefix[k]) return false;
    return true;
}

// Appends `bytes` to `f` as made from the input's piece at byte `from`.
void put(Form& f, std::string_view bytes, std::size_t from) {
    f.text.append(bytes);
    f.origin.insert(f.origin.end(), bytes.size(), from);
}

Form identity(std::string_view s) {
    Form f;
    f.text = std::string(s);
    f.origin.resize(s.size() + 1);
    for (std::size_t k = 0; k <= s.size(); ++k) f.origin[k] = k;
    return f;
}

// `later` was made from earlier.text: its origins as bytes of earlier's own source.
Form composed(const Form& earlier, Form later) {
    for (std::size_t& o : later.origin) o = earlier.origin[o];
    return later;
}

bool escape_at(std::string_view s, std::size_t i) {
    return i + 2 < s.size() && s[i] == '%' && is_hex(s[i + 1]) && is_hex(s[i + 2]);
}

bool has_escape(std::string_view s) {
    for (std::size_t i = s.find('%'); i != std::string_view::npos; i = s.find('%', i + 1))
        if (escape_at(s, i)) return true;
    return false;
}

// One level of percent-decoding. A run of escapes is decoded together, so that "%C3%A9" is
// "é"; each character decoded is one piece, made from its first escape.
Form percent_round(std::string_view s) {
    Form f;
    f.text.reserve(s.size());
    f.origin.reserve(s.size() + 1);
    for (std::size_t i = 0; i < s.size();) {
        if (!escape_at(s, i)) {
            put(f, s.substr(i, 1), i);
            ++i;
            continue;
        }
        std::vector<std::size_t> from;
        std::string bytes;
        std::size_t j = i;
        for (; escape_at(s, j); j += 3) {
            from.push_back(j);
            bytes += static_cast<char>(hex_value(s[j + 1]) * 16 + hex_value(s[j + 2]));
        }
        for (std::size_t k = 0; k < bytes.size();) {
            const unicode::CodePoint cp = unicode::at(bytes, k);
            if (cp.value == 0xFFFD && cp.size == 1 && static_cast<unsigned char>(bytes[k]) >= 0x80) {
                put(f, s.substr(from[k], 3), from[k]);  // not UTF-8: as written
                ++k;
                continue;
            }
            const char32_t c = cp.value;
            const bool control = c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0);
            put(f, control ? std::string_view(" ") : std::string_view(bytes).substr(k, cp.size), from[k]);
            k += cp.size;
        }
        i = j;
    }
    f.origin.push_back(s.size());
    return f;
}

struct IdnaCloser {
    void operator()(UIDNA* idna) const { uidna_close(idna); }
};

// An internationalised label ("xn--80ak6aa92e") in Unicode, or "" when it is not a valid one.
std::string label_in_unicode(std::string_view label) {
    static const std::unique_ptr<UIDNA, IdnaCloser> idna = [] {
        UErrorCode err = U_ZERO_ERROR;
        UIDNA* p = uidna_openUTS46(UIDNA_NONTRANSITIONAL_TO_UNICODE, &err);
        if (U_FAILURE(err)) {
            if (p) uidna_close(p);
            p = nullptr;
        }
        return std::unique_ptr<UIDNA, IdnaCloser>(p);
    }();
    if (!idna) return {};
    char buf[256];
    UIDNAInfo info = UIDNA_INFO_INITIALIZER;
    UErrorCode err = U_ZERO_ERROR;
    const int32_t n = uidna_labelToUnicodeUTF8(idna.get(), label.data(), static_cast<int32_t>(label.size()), buf,
                                               sizeof buf, &info, &err);
    if (U_FAILURE(err) || info.errors != 0 || n <= 0 || n > static_cast<int32_t>(sizeof buf)) return {};
    return std::string(buf, static_cast<std::size_t>(n));
}

bool label_char(char c) { return is_digit(c) || is_alpha(c) || c == '-'; }

// "[.]" or "[@]" (or with ( ) or { }, a space inside or not) at i: the character and where it
// ends; {0, 0} when there is none.
std::pair<char, std::size_t> defanged(std::string_view s, std::size_t i) {
    const char open = s[i];
    const char close = open == '[' ? ']' : open == '(' ? ')' : open == '{' ? '}' : 0;
    if (!close) return {0, 0};
    std::size_t j = i + 1;
    if (j < s.size() && s[j] == ' ') ++j;
    if (j >= s.size() || (s[j] != '.' && s[j] != '@')) return {0, 0};
    const char c = s[j++];
    if (j < s.size() && s[j] == ' ') ++j;
    return j < s.size() && s[j] == close ? std::pair(c, j + 1) : std::pair<char, std::size_t>(0, 0);
}

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

// The second step of `decoded`: "+" in a query, defanged dots and at signs, IDNA labels.
Form tokens_round(std::string_view s) {
    Form f;
    f.text.reserve(s.size());
    f.origin.reserve(s.size() + 1);
    bool in_url = false, in_query = false;
    for (std::size_t i = 0; i < s.size();) {
        const char c = s[i];
        if (is_ws(c)) {
            in_url = in_query = false;
        } else if (!in_url && (c == 'h' || c == 'H') && (i == 0 || !label_char(s[i - 1])) &&
                   (starts_ci(s, i, "https://") || starts_ci(s, i, "http://"))) {
            in_url = true;
        }
        if (in_url && c == '?') in_query = true;
        if (in_query && c == '+') {
            put(f, " ", i);
            ++i;
            continue;
        }
        if (const auto [ch, end] = defanged(s, i); ch) {
            // With a space either side taken in: "pat [@] example [.] com".
            std::size_t from = i, to = end;
            if (!f.text.empty() && f.text.back() == ' ' && i > 0 && s[i - 1] == ' ') {
                f.text.pop_back();
                f.origin.pop_back();
                from = i - 1;
            }
            if (to < s.size() && s[to] == ' ') ++to;
            put(f, std::string(1, ch), from);
            i = to;
            continue;
        }
        if ((c == 'x' || c == 'X') && (i == 0 || !label_char(s[i - 1])) && starts_ci(s, i, "xn--")) {
            std::size_t j = i;
            while (j < s.size() && label_char(s[j])) ++j;
            const std::string unicode = j - i <= 63 ? label_in_unicode(s.substr(i, j - i)) : std::string();
            if (!unicode.empty()) {
                put(f, unicode, i);
            } else {
                for (std::size_t k = i; k < j; ++k) put(f, s.substr(k, 1), k);
            }
            i = j;
            continue;
        }
        put(f, s.substr(i, 1), i);
        ++i;
    }
    f.origin.push_back(s.size());
    return f;
}

bool ascii_letters(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!is_alpha(c)) return false;
    return true;
}

std::string utf8(char32_t c) {
    std::string s;
    unicode::append_utf8(s, c);
    return s;
}

std::string folded(char32_t c) {
    std::string s;
    unicode::fold_into(s, c);
    return s;
}

// A Latin skeleton as a letter reads: "rn" is how UTS 39 spells the letters that look like "m";
// an upper-case letter whose skeleton is "l" (Greek Ι, Cyrillic Ӏ) looks like "I".
std::string latin(std::string skeleton, bool upper, bool fold) {
    if (skeleton == "rn") return "m";
    if (upper && skeleton == "l") return fold ? "i" : "I";
    if (fold)
        for (char& ch : skeleton) ch = lower(ch);
    return skeleton;
}

// A symbol or punctuation that looks like an ASCII one as that one; the dots and dashes a
// reader takes for separators as "." and "-". Else the character itself (folded or not).
std::string symbol_form(char32_t c, bool fold) {
    const std::string& sk = unicode::skeleton(c);
    if (sk == "\u00B7" || sk == "\u02F3") return ".";  // "·", "•", "・", "‧"; "。"
    if (sk == "\u30FC") return "-";                    // "—", "―", "─"
    if (sk.size() == 1 && sk[0] > ' ' && sk[0] < 0x7F && !is_alpha(sk[0]) && !is_digit(sk[0])) return sk;
    return fold ? folded(c) : utf8(c);
}

// A code point (not ASCII, white space or a digit) as it is read: for names (`names`: folded)
// or for the scan (case kept). name_key_into and scan_form_into say how.
std::string reading(char32_t c, bool names) {
    if (names && (c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x00B4 || c == 0x02B9 || c == 0x02CA || c == 0x2032))
        return "'";
    if (names && (c == 0x2010 || c == 0x2011)) return "-";
    std::string parts;
    unicode::bare_into(parts, c);
    std::string out;
    for (std::size_t i = 0; i < parts.size();) {
        const unicode::CodePoint p = unicode::at(parts, i);
        i += p.size;
        if (p.value < 0x80) {
            out += names ? lower(static_cast<char>(p.value)) : static_cast<char>(p.value);
        } else if (const int d = unicode::digit_value(p.value); d >= 0) {
            out += static_cast<char>('0' + d);
        } else if (!unicode::is_letter(p.value)) {
            out += symbol_form(p.value, names);
        } else if (const std::string& sk = unicode::skeleton(p.value); ascii_letters(sk)) {
            out += latin(sk, unicode::is_upper(p.value), names);
        } else if (!names) {
            unicode::append_utf8(out, p.value);
        } else {
            // An upper-case letter with no Latin look-alike may have one in lower case.
            const std::string f = folded(p.value);
            const unicode::CodePoint q = unicode::at(f, 0);
            const std::string& lower_sk = unicode::skeleton(q.value);
            out += unicode::is_upper(p.value) && q.size == f.size() && ascii_letters(lower_sk) ? latin(lower_sk, false, true) : f;
        }
    }
    return out;
}

std::string name_key(char32_t c) { return reading(c, true); }
std::string scan_form(char32_t c) { return reading(c, false); }

// What every code point of a kind maps to, worked out once per thread.
template <std::string (*Make)(char32_t)>
const std::string& cached(char32_t c) {
    thread_local std::unordered_map<char32_t, std::string> cache;
    if (cache.size() >= unicode::kMaxCached) cache.clear();  // text of every script: memory stays bounded
    auto it = cache.find(c);
    if (it == cache.end()) it = cache.emplace(c, Make(c)).first;
    return it->second;
}

template <void (*Into)(std::string&, char32_t)>
Form per_code_point(std::string_view s) {
    Form f;
    f.text.reserve(s.size());
    f.origin.reserve(s.size() + 1);
    for (std::size_t i = 0; i < s.size();) {
        const unicode::CodePoint cp = unicode::at(s, i);
        Into(f.text, cp.value);
        f.origin.resize(f.text.size(), i);
        i += cp.size;
    }
    f.origin.push_back(s.size());
    return f;
}

}  // namespace

std::pair<std::size_t, std::size_t> Form::source(std::size_t b, std::size_t e) const {
    while (b > 0 && !boundary(b)) --b;
    while (e < text.size() && !boundary(e)) ++e;
    return {origin[b], origin[e]};
}

Form decoded(std::string_view printed) {
    Form f = identity(printed);
    for (int round = 0; round < kMaxRounds && has_escape(f.text); ++round) f = composed(f, percent_round(f.text));
    return composed(f, tokens_round(f.text));
}

void name_key_into(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += c == '`' ? '\'' : lower(static_cast<char>(c));
    } else if (unicode::is_space(c) || unicode::is_blank_filler(c)) {
        out += ' ';
    } else if (const int d = unicode::digit_value(c); d >= 0) {
        out += static_cast<char>('0' + d);
    } else {
        out += cached<name_key>(c);
    }
}

void scan_form_into(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (unicode::is_space(c) || unicode::is_blank_filler(c)) {
        out += c == 0x2028 || c == 0x2029 || c == 0x85 ? '\n' : ' ';
    } else if (const int d = unicode::digit_value(c); d >= 0) {
        out += static_cast<char>('0' + d);
    } else {
        out += cached<scan_form>(c);
    }
}

Form for_names(std::string_view printed) {
    const Form d = decoded(printed);
    return composed(d, per_code_point<name_key_into>(d.text));
}

Form for_scan(std::string_view printed) {
    const Form d = decoded(printed);
    return composed(d, per_code_point<scan_form_into>(d.text));
}

std::vector<char> addresses(std::string_view text, bool emails) {
    std::vector<char> in(text.size(), 0);
    for (std::size_t i = 0; i < text.size();) {
        if (is_ws(text[i])) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < text.size() && !is_ws(text[j])) ++j;
        const std::string_view token = text.substr(i, j - i);
        if (token.find("://") != std::string_view::npos || token.starts_with("www.") || token.starts_with("mailto:") ||
            (emails && token.find('@') != std::string_view::npos))
            std::fill(in.begin() + static_cast<std::ptrdiff_t>(i), in.begin() + static_cast<std::ptrdiff_t>(j), 1);
        i = j;
    }
    return in;
}

std::string numbers_of(std::string_view scan_text) {
    std::string n(scan_text);
    // The end of the last word, and whether it holds a digit (as read).
    std::size_t last_end = std::string::npos;
    bool last_digit = false;
    for (std::size_t i = 0; i < n.size();) {
        const unicode::CodePoint cp = unicode::at(n, i);
        if (!unicode::is_word(cp.value)) {
            i += cp.size;
            continue;
        }
        bool digit = false, letter = false, other = false, only_o = true;
        std::size_t j = i;
        while (j < n.size()) {
            const unicode::CodePoint q = unicode::at(n, j);
            if (!unicode::is_word(q.value)) break;
            const char ch = q.value < 0x80 ? static_cast<char>(q.value) : '\0';
            if (is_digit(ch)) digit = true;
            else if (ch == 'O' || ch == 'o' || ch == 'I' || ch == 'l') letter = true;
            else other = true;
            only_o = only_o && (ch == 'O' || ch == 'o');
            j += q.size;
        }
        // A group of Os alone after a group of digits: "0121 496 OOOO".
        const std::string_view gap = last_end == std::string::npos ? std::string_view() : std::string_view(n).substr(last_end, i - last_end);
        const bool after_digits = last_digit && !gap.empty() && gap.size() <= 3 &&
                                  gap.find_first_not_of(" -./_") == std::string_view::npos;
        if ((digit && letter && !other) || (only_o && j - i >= 2 && after_digits)) {
            for (std::size_t k = i; k < j; ++k) {
                if (n[k] == 'O' || n[k] == 'o') n[k] = '0';
                if (n[k] == 'I' || n[k] == 'l') n[k] = '1';
            }
            digit = true;
        }
        last_end = j;
        last_digit = digit;
        i = j;
    }
    return n;
}

}  // namespace ascreport::readable
