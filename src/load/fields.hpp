// Turning one trimmed CSV value into a typed value, with the message to show when it can't be.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ascreport/settings.hpp"
#include "ascreport/vocab.hpp"

namespace ascreport::load {

// Matches values onto one vocabulary: case-insensitively, spaces collapsed, after the
// spellings mapped in report.toml [values.COLUMN].
class VocabMatcher {
public:
    VocabMatcher(const Vocab& vocab, const Settings& settings);

    // Index of the value in the vocabulary, the empty index (vocab.values.size()) for an empty
    // value when the column may be empty, or nullopt when nothing matches.
    std::optional<std::size_t> match(std::string_view value);

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
    // it costs one comparison and cannot grow; only matches are kept.
    struct Seen {
        std::string text;
        std::size_t index = SIZE_MAX;  // SIZE_MAX: empty slot
    };
    static constexpr std::size_t kSeenSlots = 64;
    static std::size_t slot_of(std::string_view value);
    std::array<Seen, kSeenSlots> seen_;
};

// Applies report.toml [values.COLUMN] to a free-text value: the canonical spelling when the
// value is mapped, else the value itself.
std::string_view map_free_text(const Settings& settings, std::string_view column, std::string_view value,
                               std::string& scratch);

// Money as exact pence: digits, optional "£", thousands commas, up to two decimals.
std::optional<std::int64_t> parse_pence(std::string_view text);
// A whole number 0 or more (at most 12 digits).
std::optional<std::int64_t> parse_count(std::string_view text);

// A value quoted for a message: control characters shown as escapes, long values cut short.
std::string quoted(std::string_view value);

}  // namespace ascreport::load
