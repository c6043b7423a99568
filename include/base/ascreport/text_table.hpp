// Interned free-text categories (service area, provider, ethnicity, concern category,
// authority). Values group case-insensitively after trimming and collapsing inner spaces, and
// display in their most frequent spelling (the first seen on a tie), as the contract says.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ascreport {

using TextId = std::uint32_t;
inline constexpr TextId kNoText = 0xFFFFFFFFu;  // empty field

class TextTable {
public:
    // Returns the group of `raw` (already trimmed), creating it on first sight. Counts the
    // spelling so display() can pick the most frequent one.
    TextId intern(std::string_view raw);
    // The group's id, or kNoText when `raw` is not a known value.
    TextId find(std::string_view raw) const;

    std::string_view display(TextId id) const;
    // Every spelling seen in the group, in order of first sight, with how often it was seen.
    std::vector<std::pair<std::string_view, std::uint32_t>> spellings(TextId id) const;
    std::size_t size() const { return groups_.size(); }

    // Rewrites every spelling in place with `rewrite(std::string_view) -> std::string` (the
    // privacy stage's redaction). Grouping keys stay those of the spellings as read, so find()
    // and the groups are unchanged; display() shows the rewritten spelling.
    template <class Rewrite>
    void rewrite_spellings(Rewrite&& rewrite) {
        for (Group& g : groups_)
            for (Spelling& s : g.spellings) s.text = rewrite(std::string_view(s.text));
        exact_.clear();  // it finds spellings by their text
        exact_used_ = 0;
    }

    // The grouping key: lower case (ASCII, and the accented capitals of Latin-1: É as é),
    // trimmed, inner runs of spaces collapsed to one (a no-break space is a space), curly quotes
    // as straight ones and en and em dashes as hyphens.
    static std::string key_of(std::string_view raw);
    // The same, written into `out` (no allocation once `out` has grown).
    static void key_into(std::string& out, std::string_view raw);

private:
    struct Spelling {
        std::string text;
        std::uint32_t count;
    };
    struct Group {
        std::vector<Spelling> spellings;  // in order of first sight
        std::uint32_t best = 0;           // index of the display spelling
    };
    // A spelling seen before, exactly as written: an export repeats a few hundred spellings a
    // million times, and finding one here (by a hash of its bytes) skips building its key.
    // Open addressing, a power-of-two number of slots kept at most half full.
    struct Exact {
        std::uint64_t hash = 0;
        TextId group = kNoText;  // kNoText: empty slot
        std::uint32_t spelling = 0;
    };
    static std::uint64_t hash_bytes(std::string_view raw);
    void remember(std::uint64_t hash, TextId group, std::uint32_t spelling);
    void count(Group& g, std::uint32_t spelling);

    std::unordered_map<std::string, TextId> index_;
    std::vector<Group> groups_;
    std::vector<Exact> exact_;
    std::size_t exact_used_ = 0;
    std::string scratch_;
};

}  // namespace ascreport
