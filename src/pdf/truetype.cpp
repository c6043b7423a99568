#include "truetype.hpp"

#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace ascreport::pdf {
namespace {

std::uint32_t be32(const unsigned char* p) {
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3];
}
std::uint16_t be16(const unsigned char* p) { return static_cast<std::uint16_t>((p[0] << 8) | p[1]); }

bool read_at(std::span<const std::uint8_t> in, std::uint64_t offset, unsigned char* out, std::size_t n) {
    if (offset > in.size() || n > in.size() - offset) return false;
    std::memcpy(out, in.data() + offset, n);
    return true;
}

// libharu maps characters to glyphs through the first Windows Unicode (3,1) cmap subtable,
// which must be format 4, and indexes its arrays without bounds checks: the segments must end
// with 0xFFFF (else a lookup reads past the segment arrays) and no character may index the
// glyph array exactly one past its end (libharu tests idx > count, not idx >= count).
std::optional<std::string> cmap_problem(std::span<const std::uint8_t> in, std::uint64_t offset, std::uint64_t length) {
    std::vector<unsigned char> cmap(length);
    if (length < 4 || !read_at(in, offset, cmap.data(), cmap.size())) return "its cmap table is too short";
    const unsigned char* c = cmap.data();
    if (be16(c) != 0) return "its cmap table has an unknown version";
    const std::uint16_t subtables = be16(c + 2);
    if (4 + 8ull * subtables > length) return "its cmap table is cut short";
    for (std::size_t s = 0; s < subtables; ++s) {
        const unsigned char* e = c + 4 + 8 * s;
        const std::uint64_t at = be32(e + 4);
        if (at + 2 > length) return "a cmap subtable lies outside the cmap table";
        if (be16(e) != 3 || be16(e + 2) != 1 || be16(c + at) != 4) continue;
        if (at + 14 > length) return "its Unicode cmap is cut short";
        const std::uint64_t size = be16(c + at + 2), seg_x2 = be16(c + at + 6);
        if (at + size > length) return "its Unicode cmap runs past the cmap table";
        if (seg_x2 == 0 || seg_x2 % 2 != 0 || 16 + 4 * seg_x2 > size) return "its Unicode cmap has a wrong segment count";
        const std::uint64_t segments = seg_x2 / 2, glyph_ids = (size - (16 + 4 * seg_x2)) / 2;
        const unsigned char* ends = c + at + 14;
        const unsigned char* starts = ends + seg_x2 + 2;
        const unsigned char* ranges = starts + 2 * seg_x2;
        if (be16(ends + 2 * (segments - 1)) != 0xFFFF) return "its Unicode cmap does not end with 0xFFFF";
        for (std::uint64_t i = 0; i < segments; ++i) {
            const std::int64_t start = be16(starts + 2 * i), end = be16(ends + 2 * i), range = be16(ranges + 2 * i);
            if (range == 0 || start > end) continue;
            const std::int64_t first = range / 2 - static_cast<std::int64_t>(segments - i);
            if (first <= static_cast<std::int64_t>(glyph_ids) && static_cast<std::int64_t>(glyph_ids) <= first + (end - start))
                return "its Unicode cmap points past its glyph array";
        }
        return std::nullopt;
    }
    return "it has no Windows Unicode (format 4) cmap";
}

}  // namespace

std::optional<std::string> truetype_problem(std::span<const std::uint8_t> in) {
    const std::string not_font = "is not a usable TrueType font";
    const std::uint64_t size = in.size();
    unsigned char header[12];
    if (!read_at(in, 0, header, sizeof header)) return not_font + " (it is only " + std::to_string(size) + " bytes long)";
    const std::uint32_t version = be32(header);
    if (version != 0x00010000 && version != 0x74727565 /* 'true' */)
        return not_font + (version == 0x4F54544F /* 'OTTO' */ ? " (it is an OpenType font with PostScript outlines)"
                                                              : " (it does not start as a TrueType font does)");
    const std::uint16_t tables = be16(header + 4);
    if (tables == 0 || 12 + 16ull * tables > size) return not_font + " (its table directory is cut short)";
    std::vector<unsigned char> directory(16u * tables);
    if (!read_at(in, 12, directory.data(), directory.size())) return std::string("cannot be read");

    constexpr std::array<std::string_view, 9> kRequired{"cmap", "glyf", "head", "hhea", "hmtx",
                                                        "loca", "maxp", "name", "OS/2"};
    struct Table {
        bool seen = false;
        std::uint64_t offset = 0, length = 0;
    };
    std::array<Table, kRequired.size()> found{};
    for (std::size_t t = 0; t < tables; ++t) {
        const unsigned char* e = directory.data() + 16 * t;
        const std::string tag(reinterpret_cast<const char*>(e), 4);
        const std::uint64_t offset = be32(e + 8), length = be32(e + 12);
        if (offset + length > size) return not_font + " (its " + tag + " table runs past the end of the file)";
        for (std::size_t r = 0; r < kRequired.size(); ++r)
            if (tag == kRequired[r]) found[r] = {true, offset, length};
    }
    for (std::size_t r = 0; r < kRequired.size(); ++r)
        if (!found[r].seen) return not_font + " (it has no " + std::string(kRequired[r]) + " table)";
    auto table = [&](std::string_view tag) -> const Table& {
        for (std::size_t r = 0; r < kRequired.size(); ++r)
            if (kRequired[r] == tag) return found[r];
        return found[0];  // not reached: every tag asked for is in kRequired
    };

    // The numbers libharu sizes its arrays by, and the tables they must fit in.
    unsigned char head[54], hhea[36], maxp[6];
    if (table("head").length < sizeof head || !read_at(in, table("head").offset, head, sizeof head))
        return not_font + " (its head table is too short)";
    if (table("hhea").length < sizeof hhea || !read_at(in, table("hhea").offset, hhea, sizeof hhea))
        return not_font + " (its hhea table is too short)";
    if (table("maxp").length < sizeof maxp || !read_at(in, table("maxp").offset, maxp, sizeof maxp))
        return not_font + " (its maxp table is too short)";
    if (be16(head + 18) == 0) return not_font + " (its head table gives 0 units per em)";
    const std::uint16_t loca_format = be16(head + 50), glyphs = be16(maxp + 4), metrics = be16(hhea + 34);
    if (loca_format > 1) return not_font + " (its head table gives an unknown loca format)";
    if (glyphs == 0) return not_font + " (its maxp table gives 0 glyphs)";
    if (metrics == 0 || metrics > glyphs) return not_font + " (its hhea table gives a wrong number of metrics)";
    if (table("hmtx").length < 4ull * metrics + 2ull * (glyphs - metrics))
        return not_font + " (its hmtx table is too short for its glyphs)";
    if (table("loca").length < (glyphs + 1ull) * (loca_format == 0 ? 2 : 4))
        return not_font + " (its loca table is too short for its glyphs)";
    if (auto why = cmap_problem(in, table("cmap").offset, table("cmap").length)) return not_font + " (" + *why + ")";
    return std::nullopt;
}

}  // namespace ascreport::pdf
