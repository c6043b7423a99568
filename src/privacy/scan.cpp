// The personal-data scan: hand-written matchers for email addresses, UK phone numbers, NHS
// numbers and postcodes, run on the printed text (normalise_text: no zero-width characters,
// soft hyphens or entities left, every space a space, full-width forms as ASCII) as a reader
// reads it (readable::for_scan: web addresses decoded, digits of every script as ASCII,
// look-alike letters as Latin ones, look-alike dots and dashes as "." and "-"); phone and NHS
// numbers also with O and l read as digits in a word of digits (readable::numbers_of). Each
// match must stand alone (not inside a longer word or number), so that years, dates, amounts
// and references in the same text are left alone. A match is reported as the printed bytes it
// was read from.
#include <algorithm>
#include <array>

#include "ascreport/privacy.hpp"
#include "readable.hpp"
#include "unicode.hpp"

namespace ascreport {
namespace {

constexpr std::size_t npos = std::string_view::npos;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_alpha(char c) { return (c >= 'A' && c <= 'Z') || is_lower(c); }
char upper(char c) { return is_lower(c) ? static_cast<char>(c - 'a' + 'A') : c; }
bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool digit_at(std::string_view t, std::size_t j) { return j < t.size() && is_digit(t[j]); }

bool word_before(std::string_view t, std::size_t i) { return i > 0 && unicode::is_word(unicode::before(t, i).value); }
bool word_at(std::string_view t, std::size_t i) { return i < t.size() && unicode::is_word(unicode::at(t, i).value); }

// White space from j, `most` characters at most (a double space, a line break and its
// indent): its end, which is j when there is none.
std::size_t spaces(std::string_view t, std::size_t j, std::size_t most = 3) {
    std::size_t k = j;
    while (k < t.size() && k - j < most && is_ws(t[k])) ++k;
    return k;
}

// A hyphen, dash, dot, slash or underscore at j: its end, or npos.
std::size_t dash_at(std::string_view t, std::size_t j) {
    if (j >= t.size()) return npos;
    if (t[j] == '.' || t[j] == '/' || t[j] == '_') return j + 1;
    const unicode::CodePoint cp = unicode::at(t, j);
    return unicode::is_dash(cp.value) ? j + cp.size : npos;
}

// What may stand between two groups of digits of one number: one to three spaces (a double
// space, a line break), or a hyphen, dash, dot, slash or underscore with at most one space each
// side (the scan's form has "·", "•", "。" and "[.]" as ".", "—" as "-"). The end of the
// separator when a digit follows it, else npos.
std::size_t number_sep(std::string_view t, std::size_t j) {
    std::size_t k = spaces(t, j, 1);
    if (const std::size_t d = dash_at(t, k); d != npos) k = spaces(t, d, 1);
    else k = spaces(t, j);
    return k > j && digit_at(t, k) ? k : npos;
}

// A match may start at i: the text before is not part of a word or of a number written with
// '/', '.', ',', '-' or '+' (a date, an amount, a reference such as ASC-22-0001). A '.' or ','
// straight after a word is punctuation ("Tel.07700 900123", "Coventry,CV1 5RR"); before a
// letter, after anything ("No.5,CV1 5RR": a number goes on only with a digit).
bool starts_alone(std::string_view t, std::size_t i) {
    if (i == 0) return true;
    const unicode::CodePoint p = unicode::before(t, i);
    if (unicode::is_word(p.value)) return false;
    const char c = static_cast<char>(p.value);
    if (p.value == '.' || p.value == ',') {
        if (is_alpha(t[i])) return true;
        const std::size_t before = i - 1;
        return before > 0 && unicode::is_letter(unicode::before(t, before).value);
    }
    return !(p.value < 0x80 && (c == '/' || c == '-' || c == '+' || c == '_' || c == '&')) && !unicode::is_dash(p.value) &&
           p.value != 0xA3 && p.value != 0x20AC && p.value != '$';
}

// In a web address a number may also start after a slash, hyphen or underscore that follows a
// letter or starts a path ("https://example.org/patients/9434765919", "/call-07700900123"),
// as a path's parts are separated; elsewhere "ASC/9434765919" is a reference.
bool starts_path_part(std::string_view t, std::size_t i, const std::vector<char>& address) {
    if (i == 0 || !address[i] || (t[i - 1] != '/' && t[i - 1] != '-' && t[i - 1] != '_')) return false;
    return i < 2 || !is_digit(t[i - 2]);
}

// ... and may end at `end`.
bool ends_alone(std::string_view t, std::size_t end) {
    if (end >= t.size()) return true;
    if (word_at(t, end) || t[end] == '_' || t[end] == '@') return false;
    // "0121 496 0000/1", "943 476 5919.5": the number goes on.
    const char n = t[end];
    return !((n == '/' || n == '.' || n == ',' || n == '-') && digit_at(t, end + 1));
}

// ---- email --------------------------------------------------------------------------------------

bool local_char(char32_t c) {
    return unicode::is_word(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\'';
}
bool label_char(char32_t c) { return unicode::is_word(c) || c == '-'; }

// "[at]", "(at)", "{at}" or "@" at j, with up to two spaces either side when bracketed or
// when there is a '@': the end, or npos. `word` is "at" or "dot".
std::size_t bracketed(std::string_view t, std::size_t j, std::string_view word) {
    if (j >= t.size() || (t[j] != '[' && t[j] != '(' && t[j] != '{')) return npos;
    const char close = t[j] == '[' ? ']' : t[j] == '(' ? ')' : '}';
    std::size_t k = spaces(t, j + 1, 1);
    for (char c : word) {
        if (k >= t.size() || (t[k] | 0x20) != c) return npos;
        ++k;
    }
    k = spaces(t, k, 1);
    return k < t.size() && t[k] == close ? k + 1 : npos;
}

// The "@" of an address at j, written "@" or "[at]"/"(at)", with up to two spaces around it
// (after the spaces before it, which the caller has passed): its end, or npos.
std::size_t at_sign(std::string_view t, std::size_t j) {
    if (j < t.size() && t[j] == '@') return spaces(t, j + 1, 2);
    if (const std::size_t b = bracketed(t, j, "at"); b != npos) return spaces(t, b, 2);
    return npos;
}

// The domain from j: labels joined by "." or "[dot]"; the last label is the top level: two
// letters or more, or "xn--..." (an internationalised one). Its end, or npos. A line break
// after a dot (a Markdown soft break prints as a space) is allowed before a lower-case top level.
std::size_t domain_at(std::string_view t, std::size_t j) {
    std::size_t end = npos;
    for (int labels = 0; labels < 64; ++labels) {
        const std::size_t start = j;
        bool letters_only = true;
        while (j < t.size() && j - start < 64) {
            const unicode::CodePoint cp = unicode::at(t, j);
            if (!label_char(cp.value)) break;
            if (!unicode::is_letter(cp.value)) letters_only = false;
            j += cp.size;
        }
        if (j == start || t[j - 1] == '-' || t[start] == '-') return end;
        const std::string_view label = t.substr(start, j - start);
        if (labels > 0 && ((letters_only && label.size() >= 2) || label.starts_with("xn--"))) end = j;
        // The next label: after ".", "[dot]" or "(dot)".
        std::size_t k = npos;
        if (j < t.size() && t[j] == '.') k = j + 1;
        else if (const std::size_t s = spaces(t, j, 1), b = bracketed(t, s, "dot"); b != npos) k = spaces(t, b, 1);
        if (k == npos) return end;
        if (const std::size_t s = spaces(t, k, 2); s > k) {
            if (end != npos) return end;  // "pat@example.com. Then ...": the sentence goes on
            // "pat@example.\ncom": only a last label in lower case, then nothing more of a domain.
            std::size_t e = s;
            while (e < t.size() && is_lower(t[e]) && e - s < 7) ++e;
            if (e - s >= 2 && e - s <= 6 && !word_at(t, e) && (e >= t.size() || t[e] != '.')) return e;
            return end;
        }
        j = k;
    }
    return end;
}

void scan_emails(std::string_view t, std::vector<PersonalDataMatch>& out) {
    std::size_t next = 0;  // no address starts inside the one before
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i] != '@' && t[i] != '[' && t[i] != '(' && t[i] != '{') continue;
        const std::size_t after = at_sign(t, i);
        if (after == npos) continue;
        // The local part ends before any spaces before the '@'.
        std::size_t local_end = i;
        while (local_end > next && i - local_end < 2 && is_ws(t[local_end - 1])) --local_end;
        std::size_t begin = local_end;
        while (begin > next && local_end - begin < 128) {
            const unicode::CodePoint cp = unicode::before(t, begin);
            if (!local_char(cp.value)) break;
            begin -= cp.size;
        }
        while (begin < local_end && (t[begin] == '.' || t[begin] == '\'' || t[begin] == '-')) ++begin;
        if (begin == local_end || t[local_end - 1] == '.') continue;
        const std::size_t end = domain_at(t, after);
        if (end == npos) continue;
        out.push_back({PersonalData::Email, std::string(t.substr(begin, end - begin)), begin, {}});
        next = end;
        i = end - 1;
    }
}

// ---- NHS numbers --------------------------------------------------------------------------------

// Ten digits, together or in two or three groups of three or more ("943 476 5919",
// "943-476-5919", "94347 65919", "9434 765 919"): the end, with the digits; or npos.
std::size_t nhs_at(std::string_view t, std::size_t i, std::string& digits) {
    digits.clear();
    std::size_t j = i;
    for (int group = 0; group < 3; ++group) {
        std::size_t n = 0;
        while (digit_at(t, j) && digits.size() < 11) {
            digits += t[j++];
            ++n;
        }
        if (digits.size() > 10 || (n < 3 && digits.size() < 10) || digit_at(t, j)) return npos;
        if (digits.size() == 10) return j;
        j = number_sep(t, j);
        if (j == npos) return npos;
    }
    return npos;
}

// ---- phone numbers ------------------------------------------------------------------------------

// The international prefix of a UK number at j ("+44", "0044", "00 44", "(+44)", "+44-"):
// its end, or npos.
std::size_t uk_prefix(std::string_view t, std::size_t j) {
    for (std::string_view p : {"(+44)", "+44", "0044", "00 44", "+ 44"})
        if (t.substr(j).starts_with(p)) return j + p.size();
    return npos;
}

// A UK number starting at i: the end of the longest run of digit groups holding 10 or 11
// national digits (0 and the area code...), with those digits; or npos.
std::size_t phone_at(std::string_view t, std::size_t i, std::string& digits) {
    digits.clear();
    std::size_t j = i;
    bool international = false, paren = false;
    if (const std::size_t p = uk_prefix(t, j); p != npos) {
        international = true;
        j = p;
        if (const std::size_t d = dash_at(t, spaces(t, j, 1)); d != npos && t[spaces(t, j, 1)] != '.') j = d;
        j = spaces(t, j, 2);
        if (t.substr(j).starts_with("(0)")) j = spaces(t, j + 3, 2);
        else if (t.substr(j).starts_with("(0")) paren = true, ++j;  // "+44 (0121) 496 0000"
        digits = "0";
        if (!paren && digit_at(t, j) && t[j] == '0') ++j;  // "+44 07700 900123": the 0 written too
        if (paren) ++j;
    } else if (j < t.size() && t[j] == '(') {
        paren = true;
        ++j;
    }
    if (!digit_at(t, j) || (!international && t[j] != '0')) return npos;
    std::size_t end = npos;
    for (int group = 0; group < 5; ++group) {
        std::size_t n = 0;
        while (digit_at(t, j) && digits.size() <= 11) {
            digits += t[j++];
            ++n;
        }
        // Groups of one or two digits are dates and lists ("01 04 2023"), not phone numbers;
        // only the first group after +44 may be short ("+44 20 ...").
        const std::size_t least = group == 0 && international ? 1 : (group == 0 && paren ? 2 : 3);
        if (n < least || digits.size() > 11) return end;
        if (group == 0 && paren) {
            if (j >= t.size() || t[j] != ')') return npos;
            j = spaces(t, j + 1, 2);
            if (const std::size_t d = dash_at(t, j); d != npos) j = spaces(t, d, 1);
            if (!digit_at(t, j)) return npos;
            continue;
        }
        if (digits.size() >= 10) {
            const char area = digits[1];
            if (area != '1' && area != '2' && area != '3' && area != '7') return npos;
            end = j;
        }
        const std::size_t k = number_sep(t, j);
        if (k == npos) break;
        j = k;
    }
    return end;
}

// ---- postcodes ----------------------------------------------------------------------------------

bool inward_letter(char c) { return is_alpha(c) && std::string_view("CIKMOV").find(upper(c)) == npos; }

// The inward code "9AA" from j, after up to three spaces or none, or a hyphen, dot, slash or
// underscore (what "·" or "–" reads as) with at most a space either side: its end, or npos.
std::size_t inward_at(std::string_view t, std::size_t j) {
    const std::size_t s = spaces(t, j, 1);
    if (s < t.size() && (t[s] == '-' || t[s] == '.' || t[s] == '/' || t[s] == '_')) j = spaces(t, s + 1, 1);
    else j = spaces(t, j);
    if (j + 3 > t.size() || !is_digit(t[j]) || !inward_letter(t[j + 1]) || !inward_letter(t[j + 2])) return npos;
    return j + 3;
}

// Outward codes A9, A99, AA9, AA99, A9A, AA9A, then the inward code: the end, or npos.
std::size_t postcode_at(std::string_view t, std::size_t i) {
    if (!is_alpha(t[i]) || std::string_view("QVX").find(upper(t[i])) != npos) return npos;
    std::size_t j = i + 1;
    if (j < t.size() && is_alpha(t[j])) {
        if (std::string_view("IJZ").find(upper(t[j])) != npos) return npos;
        ++j;
    }
    if (!digit_at(t, j)) return npos;
    ++j;
    // The longer outward codes first; "CV15RR" is CV1 5RR.
    std::array<std::size_t, 2> outward{npos, j};
    if (j < t.size() && (is_digit(t[j]) || is_alpha(t[j]))) outward[0] = j + 1;
    for (const std::size_t o : outward) {
        if (o == npos) continue;
        const std::size_t end = inward_at(t, o);
        if (end != npos && ends_alone(t, end)) return end;
    }
    return npos;
}

// Words that make an address of what follows them: a street ("Mill Lane"), "postcode" or
// "address". A lower-case postcode is taken for one only after such a word or a comma.
constexpr std::string_view kAddressWords[] = {
    "postcode", "post", "code", "postal", "address", "addr", "road", "rd", "street", "st", "avenue", "ave", "lane", "ln",
    "close", "drive", "dr", "way", "crescent", "cres", "place", "pl", "court", "ct", "gardens", "gdns", "grove", "terrace",
    "hill", "park", "square", "sq", "walk", "mews", "row", "rise", "green", "view", "parade", "estate", "house",
    "flat", "town", "city", "village"};

// Whether one of the five words before i is an address word, or the text before i ends in a
// comma after a word of letters ("... Coventry, cv1 5rr") or a house number ("No.5, cv1 5rr",
// "12a, cv1 5rr").
bool address_before(std::string_view t, std::size_t i) {
    std::size_t j = i;
    while (j > 0 && is_ws(t[j - 1])) --j;
    if (j > 0 && t[j - 1] == ',') {  // a town: a word of three letters or more
        std::size_t k = j - 1;
        while (k > 0 && is_alpha(t[k - 1])) --k;
        if (j - 1 - k >= 3) return !word_before(t, k);
        if (j - 1 - k > 1) return false;
        std::size_t d = k;  // a number of up to four digits, and a letter or none
        while (d > 0 && is_digit(t[d - 1]) && k - d < 4) --d;
        return d < k && !word_before(t, d) && !(d > 0 && (t[d - 1] == ',' || t[d - 1] == '/' || t[d - 1] == '-'));
    }
    for (int words = 0; words < 5 && j > 0; ++words) {
        while (j > 0 && !is_alpha(t[j - 1]) && i - j < 80) --j;
        const std::size_t end = j;
        while (j > 0 && is_alpha(t[j - 1])) --j;
        if (end == j) return false;
        std::string word;
        for (std::size_t k = j; k < end; ++k) word += static_cast<char>(t[k] | 0x20);
        if (std::find(std::begin(kAddressWords), std::end(kAddressWords), word) != std::end(kAddressWords)) return true;
    }
    return false;
}

std::string digits_of(std::string_view s) {
    std::string d;
    for (char c : s)
        if (is_digit(c)) d += c;
    return d;
}

// The form two matches of one kind compare by.
std::string key_of(const PersonalDataMatch& m) {
    switch (m.kind) {
        case PersonalData::Email: {
            std::string k;
            for (char c : unicode::fold(m.read_as))
                if (!is_ws(c)) k += c;
            return k;
        }
        case PersonalData::Phone: {
            std::string digits;
            phone_at(m.read_as, 0, digits);
            return digits;
        }
        case PersonalData::NhsNumber: return digits_of(m.read_as);
        case PersonalData::Postcode: {
            std::string k;
            for (char c : m.read_as)
                if (!is_ws(c)) k += upper(c);
            return k;
        }
    }
    return m.text;
}

}  // namespace

std::string_view describe(PersonalData kind) {
    switch (kind) {
        case PersonalData::Email: return "an email address";
        case PersonalData::Phone: return "a UK phone number";
        case PersonalData::NhsNumber: return "an NHS number";
        case PersonalData::Postcode: return "a postcode";
    }
    return "personal data";
}

bool is_valid_nhs_number(std::string_view digits) {
    if (digits.size() != 10 || !std::all_of(digits.begin(), digits.end(), is_digit)) return false;
    int sum = 0;
    for (int k = 0; k < 9; ++k) sum += (digits[static_cast<std::size_t>(k)] - '0') * (10 - k);
    int check = 11 - sum % 11;
    if (check == 11) check = 0;
    return check != 10 && check == digits[9] - '0';
}

std::vector<PersonalDataMatch> scan_personal_data(std::string_view printed) {
    const readable::Form form = readable::for_scan(printed);
    const std::string_view t = form.text;
    // Phone and NHS numbers are read in `d`: `t` with O and l as digits in a word of digits.
    const std::string numbers = readable::numbers_of(t);
    const std::string_view d = numbers;
    const std::vector<char> address = readable::addresses(t, false);
    std::vector<PersonalDataMatch> found;  // offsets and text of the form
    scan_emails(t, found);
    const std::size_t emails = found.size();
    std::size_t email = 0;  // the first address that does not end before i
    std::string digits;
    for (std::size_t i = 0; i < t.size();) {
        while (email < emails && found[email].offset + found[email].text.size() <= i) ++email;
        if (email < emails && i >= found[email].offset) {
            i = found[email].offset + found[email].text.size();
            continue;
        }
        const char c = t[i], n = d[i];
        const bool number = is_digit(n) || c == '+' || c == '(';
        if (!number && !is_alpha(c)) {
            ++i;
            continue;
        }
        std::size_t end = npos;
        PersonalData kind = PersonalData::Phone;
        if (number && (starts_alone(d, i) || starts_path_part(d, i, address))) {
            if (n == '0' || c == '+' || c == '(') {
                end = phone_at(d, i, digits);
                if (end != npos && !ends_alone(d, end)) end = npos;
            }
            if (end == npos && is_digit(n)) {
                end = nhs_at(d, i, digits);
                if (end != npos && (!ends_alone(d, end) || !is_valid_nhs_number(digits))) end = npos;
                if (end != npos) kind = PersonalData::NhsNumber;
            }
        }
        if (end == npos && is_alpha(c) && starts_alone(t, i)) {
            end = postcode_at(t, i);
            if (end != npos) {
                kind = PersonalData::Postcode;
                bool capitals = true;
                for (std::size_t k = i; k < end; ++k) capitals = capitals && !is_lower(t[k]);
                if (!capitals && !address_before(t, i)) end = npos;
            }
        }
        if (end == npos) {
            // The rest of this word or number cannot start a match (starts_alone): skip it.
            i += unicode::at(t, i).size;
            continue;
        }
        found.push_back({kind, std::string((kind == PersonalData::Postcode ? t : d).substr(i, end - i)), i, {}});
        i = end;
    }
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.offset < b.offset; });
    // Each as the printed bytes it was read from.
    std::vector<PersonalDataMatch> out;
    out.reserve(found.size());
    for (PersonalDataMatch& m : found) {
        const auto [begin, stop] = form.source(m.offset, m.offset + m.text.size());
        out.push_back({m.kind, std::string(printed.substr(begin, stop - begin)), begin, std::move(m.text)});
    }
    return out;
}

PublishedValues::PublishedValues(const std::vector<std::string>& values) {
    for (const std::string& v : values)
        for (const PersonalDataMatch& m : scan_personal_data(normalise_text(v))) keys_.emplace(m.kind, key_of(m));
}

bool PublishedValues::contains(const PersonalDataMatch& m) const { return keys_.count({m.kind, key_of(m)}) > 0; }

}  // namespace ascreport
