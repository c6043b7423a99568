#include "fields.hpp"
#include "loaders.hpp"


#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>

#include "ascreport/edit_distance.hpp"
#include "ascreport/text.hpp"
#include "ascreport/text_table.hpp"

namespace ascreport::load {

VocabMatcher::VocabMatcher(const Vocab& vocab, const InputMapping& settings) : vocab_(vocab) {
    if (auto it = settings.value_map.find(std::string(vocab.column)); it != settings.value_map.end())
        mapping_ = &it->second;
    for (auto v : vocab.values) keys_.push_back(TextTable::key_of(v));
    empty_key_ = TextTable::key_of(vocab.empty_label);
}

namespace {

// The first and last eight bytes of a value (for values under eight bytes, all of them in
// `first`, some twice, and 0 in `last`): with the length, the whole of a value up to 16 bytes.
inline void ends_of(std::string_view v, std::uint64_t& first, std::uint64_t& last) {
    // Overlapping loads rather than a loop over the bytes: vocabulary values are short ("Yes",
    // "Male", "65+"), and a loop whose length changes from row to row is mispredicted.
    const char* p = v.data();
    const std::size_t n = v.size();
    last = 0;
    if (n >= 8) {
        std::memcpy(&first, p, 8);
        std::memcpy(&last, p + n - 8, 8);
    } else if (n >= 4) {  // 4-7 bytes: the first four and the last four
        std::uint32_t a, b;
        std::memcpy(&a, p, 4);
        std::memcpy(&b, p + n - 4, 4);
        first = std::uint64_t{a} << 32 | b;
    } else if (n > 0) {  // 1-3 bytes: the first, the middle and the last
        first = std::uint64_t{static_cast<unsigned char>(p[0])} << 16 |
                std::uint64_t{static_cast<unsigned char>(p[n / 2])} << 8 | static_cast<unsigned char>(p[n - 1]);
    } else {
        first = 0;
    }
}

}  // namespace

std::size_t VocabMatcher::match(std::string_view value) {
    if (value.empty()) {
        if (vocab_.empty_label.empty()) return kNoMatch;
        return vocab_.values.size();
    }
    std::uint64_t first, last;
    ends_of(value, first, last);
    // Spellings that differ only in case ("Contact Center/Form", "Contact centre/form") do
    // not share a slot.
    const std::uint64_t h = (first * 0x9E3779B97F4A7C15ull) ^ (last * 0xC2B2AE3D27D4EB4Full) ^ value.size();
    Seen& seen = seen_[static_cast<std::size_t>((h * 0x9E3779B97F4A7C15ull) >> 58) % kSeenSlots];
    if (seen.size == value.size() && seen.first == first && seen.last == last && seen.index != SIZE_MAX &&
        (value.size() <= 16 || std::memcmp(seen.text.data() + 8, value.data() + 8, value.size() - 16) == 0))
        return seen.index;
    TextTable::key_into(scratch_, value);
    if (mapping_) {
        if (auto it = mapping_->find(scratch_); it != mapping_->end()) TextTable::key_into(scratch_, it->second);
    }
    std::size_t found = kNoMatch;
    for (std::size_t i = 0; i < keys_.size() && found == kNoMatch; ++i)
        if (keys_[i] == scratch_) found = i;
    if (found == kNoMatch && !empty_key_.empty() && (scratch_.empty() || scratch_ == empty_key_))
        found = vocab_.values.size();  // "N/A", or a spelling mapped to it
    if (found != kNoMatch && value.size() <= 64) {
        seen.text.assign(value);
        seen.first = first, seen.last = last, seen.size = value.size(), seen.index = found;
    }
    return found;
}

// How to accept a spelling (docs/settings.md, "Patterns"): a suggestion only where it cannot be
// wrong, else a template to fill in with one of the accepted values listed before it.
//  - A packed cell (a value, then more text: "Not upheld (ASC stage 1) (closed)") gets a
//    pattern for every cell that begins so, as those all begin with the same accepted value;
//    never a whole-cell guess.
//  - A spelling within a small edit distance of exactly one accepted value gets that value.
//  - "Not known", "Unknown", "Not stated" in a column whose empty cell means not known (N/A,
//    Not recorded) count as empty; never where empty means something else (an open complaint).
std::string VocabMatcher::suggestion(std::string_view value) const {
    const std::string key = TextTable::key_of(value);
    const std::string lead = "; to accept this spelling, map it in report.toml: [values." + std::string(vocab_.column) + "] ";
    // The longest accepted value (or the empty label) the cell begins with, followed by text
    // that does not go on with the word.
    std::size_t packed = SIZE_MAX, packed_length = 0;
    for (std::size_t i = 0; i <= keys_.size(); ++i) {
        const std::string& k = i < keys_.size() ? keys_[i] : empty_key_;
        if (k.empty() || key.size() <= k.size() || !key.starts_with(k) || k.size() <= packed_length) continue;
        const auto next = static_cast<unsigned char>(key[k.size()]);
        if (std::isalnum(next) || next >= 0x80) continue;
        packed = i, packed_length = k.size();
    }
    if (packed != SIZE_MAX) {
        // The cell as written, up to the accepted value and the spaces and marks after it.
        std::size_t end = 1;
        while (end < value.size() && TextTable::key_of(value.substr(0, end)).size() < packed_length) ++end;
        while (end < value.size() && !std::isalnum(static_cast<unsigned char>(value[end])) &&
               static_cast<unsigned char>(value[end]) < 0x80)
            ++end;
        std::string prefix;
        for (char c : value.substr(0, end)) {
            if (c == '*' || c == '?' || c == '~') prefix += '~';
            prefix += c;
        }
        const std::string_view target = packed < keys_.size() ? vocab_.values[packed] : vocab_.empty_label;
        return "; to accept every cell that begins so, map them in report.toml with a pattern: [values." +
               std::string(vocab_.column) + "] " + load::quoted(prefix + "*") + " = \"" + std::string(target) +
               "\" (a * stands for any text)";
    }
    // Not for numbers: "35-49" is no misspelling of "25-44".
    if (key.find_first_of("0123456789") == std::string::npos) {
        std::size_t best = SIZE_MAX, near = 0;
        for (std::size_t i = 0; i < keys_.size(); ++i)
            if (edit_distance(key, keys_[i]) <= std::max<std::size_t>(2, keys_[i].size() / 3)) best = i, ++near;
        if (near == 1) return lead + quoted(value) + " = \"" + std::string(vocab_.values[best]) + "\"";
    }
    const bool empty_is_not_known = vocab_.empty_label == "N/A" || vocab_.empty_label == "Not recorded";
    static constexpr std::array<std::string_view, 8> kNotKnown{"unknown", "not known", "not stated", "not recorded",
                                                               "n/k", "nk", "not given", "not specified"};
    if (empty_is_not_known && std::find(kNotKnown.begin(), kNotKnown.end(), key) != kNotKnown.end())
        return lead + quoted(value) + " = \"" + std::string(vocab_.empty_label) + "\"";
    return lead + quoted(value) + " = \"<one of the values above>\"";
}

std::string VocabMatcher::explain_rejection(std::string_view value) const {
    std::string msg = value.empty() ? std::string("a value is required") : quoted(value) + " is not an accepted value";
    msg += "; use one of: ";
    for (std::size_t i = 0; i < vocab_.values.size(); ++i) {
        if (i) msg += ", ";
        msg += vocab_.values[i];
    }
    if (!vocab_.empty_label.empty()) msg += " (or leave it empty for " + std::string(vocab_.empty_label) + ")";
    if (!value.empty()) msg += suggestion(value);
    return msg;
}

FreeTextColumn::FreeTextColumn(const InputMapping& settings, std::string_view column, TextTable& table,
                               std::string_view empty_label)
    : table_(table), empty_key_(TextTable::key_of(empty_label)) {
    if (auto it = settings.value_map.find(column); it != settings.value_map.end()) mapping_ = &it->second;
}

TextId FreeTextColumn::intern(std::string_view value) {
    // The key is built only when it may matter: with a mapping, or for a value that may be the
    // empty label (it starts with the same letter): this runs for every row.
    const auto first = static_cast<unsigned char>(value.empty() ? 0 : value[0]);
    const bool maybe_empty_label =
        !empty_key_.empty() && ascii_lower(static_cast<char>(first)) == empty_key_[0];
    if (mapping_ || maybe_empty_label) TextTable::key_into(scratch_, value);
    else scratch_.clear();
    if (mapping_) {
        if (auto it = mapping_->find(scratch_); it != mapping_->end()) {
            if (it->second.empty() && !empty_key_.empty()) return kNoText;  // mapped to N/A
            return table_.intern(it->second);
        }
    }
    if (!empty_key_.empty() && scratch_ == empty_key_) return kNoText;  // "N/A" as written
    return table_.intern(value);
}

std::optional<std::int64_t> parse_pence(std::string_view t) {
    if (t.starts_with("\xC2\xA3")) t.remove_prefix(2);  // £
    if (t.empty()) return std::nullopt;
    std::string_view whole = t, frac;
    if (auto dot = t.find('.'); dot != std::string_view::npos) {
        whole = t.substr(0, dot);
        frac = t.substr(dot + 1);
        if (frac.empty() || frac.size() > 2) return std::nullopt;
    }
    if (whole.empty()) return std::nullopt;
    std::int64_t pounds = 0;
    int digits_in_group = 0, digits = 0;
    bool grouped = false;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        const char c = whole[i];
        if (c == ',') {
            // Thousands commas: 1-3 digits before the first, exactly 3 between and after.
            if (digits_in_group == 0 || digits_in_group > 3 || (grouped && digits_in_group != 3)) return std::nullopt;
            grouped = true;
            digits_in_group = 0;
            continue;
        }
        if (c < '0' || c > '9') return std::nullopt;
        if (++digits > 13) return std::nullopt;
        pounds = pounds * 10 + (c - '0');
        ++digits_in_group;
    }
    if (grouped && digits_in_group != 3) return std::nullopt;
    std::int64_t pence = 0;
    for (std::size_t i = 0; i < 2; ++i) {
        pence *= 10;
        if (i < frac.size()) {
            if (frac[i] < '0' || frac[i] > '9') return std::nullopt;
            pence += frac[i] - '0';
        }
    }
    return pounds * 100 + pence;
}

std::optional<std::int64_t> parse_count(std::string_view t) {
    if (t.empty() || t.size() > 12) return std::nullopt;
    std::int64_t n = 0;
    for (char c : t) {
        if (c < '0' || c > '9') return std::nullopt;
        n = n * 10 + (c - '0');
    }
    return n;
}

std::string quoted(std::string_view value) {
    std::string out = "\"";
    std::size_t shown = 0;
    for (char c : value) {
        if (++shown > 60) {
            out += "...";
            break;
        }
        const auto u = static_cast<unsigned char>(c);
        if (c == '\n') out += "\\n";  // a line break inside quotes
        else if (u < 0x20 || u == 0x7F) {
            static const char* hex = "0123456789ABCDEF";
            out += "\\x";
            out += hex[u >> 4];
            out += hex[u & 15];
        } else out += c;
    }
    return out + "\"";
}

void report_date_required(FileReport& report, std::uint32_t line, std::string_view column) {
    report.repeated(Severity::Error, line, column, "required", [] { return std::string("a date is required here"); });
}

namespace {

// The form of a date as written: digits as 9 and letters as a (lower case), so that dates in
// one wrong form are one message. A US date (13/04 read month first) is its own form.
std::string date_form_key(std::string_view value) {
    std::string key;
    for (char c : value.substr(0, 40)) {
        if (c >= '0' && c <= '9') key += '9';
        else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) key += 'a';
        else key += c;
    }
    if (reads_as_month_first(value)) key += " us";
    return key;
}

}  // namespace

void report_bad_date(FileReport& report, std::uint32_t line, std::string_view column, std::string_view value,
                     const DateForm* declared) {
    report.repeated(Severity::Error, line, column, date_form_key(value), [&] {
        if (declared)
            return quoted(value) + " is not a date in the form " + declared->pattern() +
                   " ([input] date_format in report.toml), nor YYYY-MM-DD or one with the month's name (1 Apr 2023)";
        std::string msg = quoted(value) + " is not a valid date";
        if (reads_as_month_first(value))
            return msg + ": it reads as month first (a US date); if your export writes the month first, say so in "
                         "report.toml: [input] date_format = \"MM/DD/YYYY\"";
        return msg + "; use YYYY-MM-DD or DD/MM/YYYY (a time after it is ignored), e.g. 2023-04-01 or 01/04/2023; "
                     "for another form, name it in report.toml: [input] date_format (docs/settings.md)";
    });
}

void report_rejected(FileReport& report, std::uint32_t line, std::string_view column, const VocabMatcher& m,
                     std::string_view value) {
    report.repeated(Severity::Error, line, column, TextTable::key_of(value), [&] { return m.explain_rejection(value); });
}

void report_value_required(FileReport& report, std::uint32_t line, std::string_view column) {
    report.repeated(Severity::Error, line, column, "required", [] { return std::string("a value is required here"); });
}

std::optional<std::int64_t> read_money(FileReport& report, std::uint32_t line, std::string_view column, std::string_view cell) {
    auto pence = parse_pence(cell);
    constexpr std::int64_t kMostPence = 10'000'000'000;  // £100,000,000
    if (pence && *pence > kMostPence) {
        report.repeated(Severity::Error, line, column, "too large", [&] {
            return quoted(cell) + " is more than £100,000,000, the most one remedy may be; check the amount";
        });
        return std::nullopt;
    }
    if (!pence)
        report.repeated(Severity::Error, line, column, TextTable::key_of(cell), [&] {
            return quoted(cell) + " is not an amount of money; write pounds as 750, 750.00 or £1,250.00 "
                                  "(no minus sign or other text)";
        });
    return pence;
}

}  // namespace ascreport::load
