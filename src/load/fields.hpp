// Turning one trimmed CSV value into a typed value, with the message to show when it can't be.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ascreport/settings.hpp"
#include "ascreport/text_table.hpp"
#include "ascreport/vocab.hpp"

namespace ascreport::load {

// Matches values onto one vocabulary: case-insensitively, spaces collapsed, after the
// spellings mapped in report.toml [values.COLUMN].
class VocabMatcher {
public:
    VocabMatcher(const Vocab& vocab, const Settings& settings);

    static constexpr std::size_t kNoMatch = SIZE_MAX;
    // Index of the value in the vocabulary, the empty index (vocab.values.size()) for an empty
    // value when the column may be empty, or kNoMatch when nothing matches. (A plain number, not
    // an optional: GCC returns an optional through memory in a way that stalled every call.)
    std::size_t match(std::string_view value);

    // "one of: A, B, C (or empty ...)" plus how to map a new spelling.
    std::string explain_rejection(std::string_view value) const;

private:
    const Vocab& vocab_;
    const std::map<std::string, std::string, std::less<>>* mapping_ = nullptr;
    std::vector<std::string> keys_;
    std::string scratch_;
    // Values matched before, exactly as written, with their index: an export repeats a few
    // spellings a million times, and finding them here skips building the key. A small
    // direct-mapped cache (a slot per hash of the value, the newest match wins the slot), so
    // it cannot grow; only matches are kept. A slot holds the value's length and its first and
    // last eight bytes (which overlap, so they are the whole value up to 16 bytes): a value
    // found there costs a few integer comparisons, and only longer ones compare the middle.
    struct Seen {
        std::uint64_t first = 0, last = 0;
        std::size_t size = 0;
        std::size_t index = SIZE_MAX;  // SIZE_MAX: empty slot
        std::string text;
    };
    static constexpr std::size_t kSeenSlots = 64;
    std::array<Seen, kSeenSlots> seen_;
};

// Interns one free-text column's values into its TextTable, after report.toml
// [values.COLUMN] (a mapped value is interned as its canonical spelling).
class FreeTextColumn {
public:
    FreeTextColumn(const Settings& settings, std::string_view column, TextTable& table);
    // The value's group; `value` is trimmed and not empty.
    TextId intern(std::string_view value);

private:
    const std::map<std::string, std::string, std::less<>>* mapping_ = nullptr;
    TextTable& table_;
    std::string scratch_;
};

// Money as exact pence: digits, optional "£", thousands commas, up to two decimals.
std::optional<std::int64_t> parse_pence(std::string_view text);
// A whole number 0 or more (at most 12 digits).
std::optional<std::int64_t> parse_count(std::string_view text);

// A value quoted for a message: control characters shown as escapes, long values cut short.
std::string quoted(std::string_view value);

}  // namespace ascreport::load
