// Turning one trimmed CSV value into a typed value, with the message to show when it can't be.
#pragma once

#include <array>
#include <cstring>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ascreport/date.hpp"
#include "ascreport/input_mapping.hpp"
#include "ascreport/text_table.hpp"
#include "ascreport/vocab.hpp"

namespace ascreport::load {

// Matches values onto one vocabulary: case-insensitively, spaces collapsed, after the
// spellings mapped in report.toml [values.COLUMN]. A value mapped to "" ("Not Known" = "N/A"),
// or spelt as the empty label itself ("N/A", "Open"), counts as an empty cell where the column
// may be empty.
class VocabMatcher {
public:
    VocabMatcher(const Vocab& vocab, const InputMapping& settings);

    static constexpr std::size_t kNoMatch = SIZE_MAX;
    // Index of the value in the vocabulary, the empty index (vocab.values.size()) for an empty
    // value when the column may be empty, or kNoMatch when nothing matches. (A plain number, not
    // an optional: GCC returns an optional through memory in a way that stalled every call.)
    std::size_t match(std::string_view value);

    // "one of: A, B, C (or empty ...)" plus how to map a new spelling.
    std::string explain_rejection(std::string_view value) const;
    // "; to accept this spelling, map it in report.toml: ..." (see fields.cpp).
    std::string suggestion(std::string_view value) const;

private:
    const Vocab& vocab_;
    const std::map<std::string, std::string, std::less<>>* mapping_ = nullptr;
    std::vector<std::string> keys_;
    std::string empty_key_;  // the empty label's key; "" when the column is required
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

// Reads one column's dates. An export's dates fall on a few thousand days, so the reader
// remembers the last date read into each of 256 slots, by its text (dates without a time are
// at most ten bytes): most dates cost a comparison rather than a parse. A date with a time of
// day is parsed each time.
class DateReader {
public:
    // `declared`: report.toml [input] date_format, or null.
    explicit DateReader(const DateForm* declared = nullptr) : declared_(declared) {}
    const DateForm* declared() const { return declared_; }
    // As parse_date: false (and `out` unchanged) when the text is not a date.
    bool read(std::string_view text, Date& out) {
        if (text.size() < 8 || text.size() > 10) return parse_date(text, out, declared_);
        std::uint64_t head;
        std::memcpy(&head, text.data(), 8);
        std::uint32_t tail = static_cast<std::uint32_t>(text.size());
        for (std::size_t i = 8; i < text.size(); ++i) tail = tail << 8 | static_cast<unsigned char>(text[i]);
        Slot& slot = slots_[static_cast<std::size_t>(((head ^ tail) * 0x9E3779B97F4A7C15ull) >> 56)];
        if (slot.head == head && slot.tail == tail) {
            out = slot.date;
            return true;
        }
        if (!parse_date(text, out, declared_)) return false;
        slot = {head, tail, out};
        return true;
    }

private:
    struct Slot {
        std::uint64_t head = 0;  // the first eight bytes
        std::uint32_t tail = 0;  // the length and the bytes after the eighth; 0 marks an empty slot
        Date date;
    };
    const DateForm* declared_ = nullptr;
    std::array<Slot, 256> slots_{};
};

// Interns one free-text column's values into its TextTable, after report.toml
// [values.COLUMN] (a mapped value is interned as its canonical spelling). For a column that may
// be empty, `empty_label` is how an empty cell prints ("N/A", "No provider"): a value mapped to
// "", or spelt as that label, counts as empty, so there is one such row, never two.
class FreeTextColumn {
public:
    FreeTextColumn(const InputMapping& settings, std::string_view column, TextTable& table,
                   std::string_view empty_label = {});
    // The value's group, or kNoText when it counts as empty; `value` is trimmed and not empty.
    TextId intern(std::string_view value);

private:
    const std::map<std::string, std::string, std::less<>>* mapping_ = nullptr;
    TextTable& table_;
    std::string empty_key_;
    std::string scratch_;
};

// Money as exact pence: digits, optional "£", thousands commas, up to two decimals.
std::optional<std::int64_t> parse_pence(std::string_view text);
// A whole number 0 or more (at most 12 digits).
std::optional<std::int64_t> parse_count(std::string_view text);

// A value quoted for a message: control characters shown as escapes, long values cut short.
std::string quoted(std::string_view value);

}  // namespace ascreport::load
