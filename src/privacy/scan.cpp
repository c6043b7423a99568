// The personal-data scan: hand-written matchers for email addresses, UK phone numbers, NHS
// numbers and postcodes. Each match must stand alone (not inside a longer word or number), so
// that years, dates, amounts and references in the same text are left alone.
#include <algorithm>

#include "ascreport/privacy.hpp"

namespace ascreport {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha(char c) { return is_upper(c) || (c >= 'a' && c <= 'z'); }
bool is_alnum(char c) { return is_digit(c) || is_alpha(c); }

// A match may start here: the text before is not part of a word or of a number written with
// '/', '.', ',' or '-' (a date, an amount, a reference such as ASC-22-0001).
bool starts_alone(std::string_view t, std::size_t i) {
    if (i == 0) return true;
    const char p = t[i - 1];
    return !is_alnum(p) && p != '/' && p != '.' && p != ',' && p != '-' && p != '+' && p != '_';
}

// ... and may end here.
bool ends_alone(std::string_view t, std::size_t end) {
    if (end >= t.size()) return true;
    const char n = t[end];
    if (is_alnum(n) || n == '_' || n == '@') return false;
    // "0121 496 0000/1", "943 476 5919.5": the number goes on.
    return !((n == '/' || n == '.' || n == ',' || n == '-') && end + 1 < t.size() && is_digit(t[end + 1]));
}

// ---- email --------------------------------------------------------------------------------------

bool local_char(char c) { return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'; }
bool domain_char(char c) { return is_alnum(c) || c == '.' || c == '-'; }

void scan_emails(std::string_view t, std::vector<PersonalDataMatch>& out) {
    for (std::size_t at = t.find('@'); at != std::string_view::npos; at = t.find('@', at + 1)) {
        std::size_t begin = at;
        while (begin > 0 && local_char(t[begin - 1])) --begin;
        while (begin < at && t[begin] == '.') ++begin;
        std::size_t end = at + 1;
        while (end < t.size() && domain_char(t[end])) ++end;
        while (end > at + 1 && (t[end - 1] == '.' || t[end - 1] == '-')) --end;
        if (begin == at || end == at + 1) continue;
        const std::string_view domain = t.substr(at + 1, end - at - 1);
        const std::size_t dot = domain.rfind('.');
        if (dot == std::string_view::npos || domain.find("..") != std::string_view::npos || domain.front() == '.') continue;
        const std::string_view tld = domain.substr(dot + 1);
        if (tld.size() < 2 || !std::all_of(tld.begin(), tld.end(), is_alpha)) continue;
        out.push_back({PersonalData::Email, std::string(t.substr(begin, end - begin)), begin});
        at = end - 1;
    }
}

// ---- NHS numbers --------------------------------------------------------------------------------

// 10 digits together, or 3-3-4 with one kind of separator; the end of the number, or npos.
std::size_t nhs_at(std::string_view t, std::size_t i, std::string& digits) {
    digits.clear();
    std::size_t j = i;
    while (j < t.size() && is_digit(t[j]) && digits.size() < 11) digits += t[j++];
    if (digits.size() == 10) return j;
    if (digits.size() != 3 || j >= t.size() || (t[j] != ' ' && t[j] != '-')) return std::string_view::npos;
    const char sep = t[j];
    auto group = [&](std::size_t n) {
        for (std::size_t k = 0; k < n; ++k, ++j) {
            if (j >= t.size() || !is_digit(t[j])) return false;
            digits += t[j];
        }
        return true;
    };
    ++j;
    if (!group(3) || j >= t.size() || t[j] != sep) return std::string_view::npos;
    ++j;
    if (!group(4)) return std::string_view::npos;
    return j;
}

// ---- phone numbers ------------------------------------------------------------------------------

// A UK number starting here: the end of the longest run of whole digit groups holding 10 or
// 11 digits, with the national digits (0...) in `digits`; or npos.
std::size_t phone_at(std::string_view t, std::size_t i, std::string& digits) {
    digits.clear();
    std::size_t j = i;
    bool international = false, paren = false;  // "+44 20 7946 0000", "(0121) 496 0000"
    if (t.substr(j).starts_with("+44")) {
        international = true;
        j += 3;
        if (j < t.size() && t[j] == ' ') ++j;
        if (t.substr(j).starts_with("(0)")) {
            j += 3;
            if (j < t.size() && t[j] == ' ') ++j;
        }
        digits = "0";
    } else if (t[j] == '(') {
        paren = true;
        ++j;
    }
    if (j >= t.size() || !is_digit(t[j]) || (!international && t[j] != '0')) return std::string_view::npos;
    std::size_t end = std::string_view::npos;
    for (int group = 0; group < 4; ++group) {
        std::size_t n = 0;
        while (j < t.size() && is_digit(t[j])) {
            digits += t[j++];
            ++n;
        }
        // Groups of one or two digits are dates and lists ("01 04 2023"), not phone numbers;
        // only a London or similar area code after +44 has two ("+44 20 ...").
        if (n < (group == 0 && international ? 2u : 3u) || digits.size() > 11) return end;
        if (group == 0 && paren) {
            if (j >= t.size() || t[j] != ')') return std::string_view::npos;
            ++j;
            if (j < t.size() && t[j] == ' ') ++j;
            if (j >= t.size() || !is_digit(t[j])) return std::string_view::npos;
            continue;
        }
        if (digits.size() >= 10) {
            const char area = digits[1];
            if (area != '1' && area != '2' && area != '3' && area != '7') return std::string_view::npos;
            end = j;
        }
        if (j + 1 < t.size() && (t[j] == ' ' || t[j] == '-') && is_digit(t[j + 1])) ++j;
        else break;
    }
    return end;
}

// ---- postcodes ----------------------------------------------------------------------------------

bool inward_letter(char c) { return is_upper(c) && std::string_view("CIKMOV").find(c) == std::string_view::npos; }

// Inward code "9AA" at j (after an optional space): its end, or npos.
std::size_t inward_at(std::string_view t, std::size_t j) {
    if (j < t.size() && t[j] == ' ') ++j;
    if (j + 3 > t.size() || !is_digit(t[j]) || !inward_letter(t[j + 1]) || !inward_letter(t[j + 2])) return std::string_view::npos;
    return j + 3;
}

// Outward codes A9, A99, AA9, AA99, A9A, AA9A, then the inward code.
std::size_t postcode_at(std::string_view t, std::size_t i) {
    if (!is_upper(t[i]) || std::string_view("QVX").find(t[i]) != std::string_view::npos) return std::string_view::npos;
    std::size_t j = i + 1;
    if (j < t.size() && is_upper(t[j])) {
        if (std::string_view("IJZ").find(t[j]) != std::string_view::npos) return std::string_view::npos;
        ++j;
    }
    if (j >= t.size() || !is_digit(t[j])) return std::string_view::npos;
    ++j;
    // The longer outward codes first; "CV15RR" is CV1 5RR.
    std::vector<std::size_t> outward_ends;
    if (j < t.size() && (is_digit(t[j]) || is_upper(t[j]))) outward_ends.push_back(j + 1);
    outward_ends.push_back(j);
    for (const std::size_t o : outward_ends) {
        const std::size_t end = inward_at(t, o);
        if (end != std::string_view::npos && ends_alone(t, end)) return end;
    }
    return std::string_view::npos;
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
            std::string k = m.text;
            for (char& c : k)
                if (is_upper(c)) c = static_cast<char>(c - 'A' + 'a');
            return k;
        }
        case PersonalData::Phone: {
            std::string text = m.text;
            if (const auto p = text.find("(0)"); p != std::string::npos) text.erase(p, 3);
            const std::string d = digits_of(text);
            return text.starts_with("+44") ? "0" + d.substr(2) : d;
        }
        case PersonalData::NhsNumber: return digits_of(m.text);
        case PersonalData::Postcode: {
            std::string k;
            for (char c : m.text)
                if (c != ' ') k += c;
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

std::vector<PersonalDataMatch> scan_personal_data(std::string_view t) {
    std::vector<PersonalDataMatch> out;
    scan_emails(t, out);
    const std::vector<PersonalDataMatch> emails = out;
    auto in_email = [&](std::size_t i) {
        return std::any_of(emails.begin(), emails.end(),
                           [&](const PersonalDataMatch& e) { return i >= e.offset && i < e.offset + e.text.size(); });
    };
    std::string digits;
    for (std::size_t i = 0; i < t.size();) {
        const char c = t[i];
        if ((!is_digit(c) && !is_upper(c) && c != '+' && c != '(') || !starts_alone(t, i) || in_email(i)) {
            ++i;
            continue;
        }
        std::size_t end = std::string_view::npos;
        PersonalData kind = PersonalData::Phone;
        if (is_digit(c)) {
            end = nhs_at(t, i, digits);
            if (end != std::string_view::npos && (!ends_alone(t, end) || !is_valid_nhs_number(digits))) end = std::string_view::npos;
            if (end != std::string_view::npos) kind = PersonalData::NhsNumber;
        }
        if (end == std::string_view::npos && (c == '0' || c == '+' || c == '(')) {
            end = phone_at(t, i, digits);
            if (end != std::string_view::npos && !ends_alone(t, end)) end = std::string_view::npos;
            kind = PersonalData::Phone;
        }
        if (end == std::string_view::npos && is_upper(c)) {
            end = postcode_at(t, i);
            kind = PersonalData::Postcode;
        }
        if (end == std::string_view::npos) {
            ++i;  // the next position is inside this word or number, so starts_alone skips it
            continue;
        }
        out.push_back({kind, std::string(t.substr(i, end - i)), i});
        i = end;
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.offset < b.offset; });
    return out;
}

PublishedValues::PublishedValues(const std::vector<std::string>& values) {
    for (const std::string& v : values)
        for (const PersonalDataMatch& m : scan_personal_data(v)) keys_.emplace(m.kind, key_of(m));
}

PublishedValues PublishedValues::from_settings(const Settings& s) {
    std::vector<std::string> values{s.phone, s.email, s.web, s.complaints_web};
    values.insert(values.end(), s.allow.begin(), s.allow.end());
    return PublishedValues(values);
}

bool PublishedValues::contains(const PersonalDataMatch& m) const { return keys_.count({m.kind, key_of(m)}) > 0; }

}  // namespace ascreport
