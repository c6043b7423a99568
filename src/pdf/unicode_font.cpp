#include "unicode_font.hpp"

#include <algorithm>
#include <atomic>
#include <stdexcept>
#include <vector>

#include <fmt/format.h>

#include <hpdf_font.h>
#include <hpdf_fontdef.h>

namespace ascreport::pdf {
namespace {

// libharu's Unicode fonts write a ToUnicode CMap that uses "begincidrange", which only an
// encoding CMap may: poppler rejects it ("Invalid 'begincidrange' operator in ToUnicode CMap",
// libharu issue 133) and other extractors fail. Its codes are the characters themselves (the
// UTF-8 encoder writes each character's code point as the code, and Identity-H makes the code
// the CID), so the right map is the identity from codes to UTF-16, written as bfranges, each
// within one high byte as the CMap rules require. The surrogate block maps nothing.
std::string identity_to_unicode_cmap() {
    std::vector<std::string> ranges;
    for (unsigned hi = 0; hi < 256; ++hi) {
        if (hi >= 0xD8 && hi <= 0xDF) continue;
        ranges.push_back(fmt::format("<{0:02X}00> <{0:02X}FF> <{0:02X}00>\n", hi));
    }
    std::string cmap =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    for (std::size_t i = 0; i < ranges.size(); i += 100) {  // at most 100 entries a block
        const std::size_t n = std::min<std::size_t>(100, ranges.size() - i);
        cmap += std::to_string(n) + " beginbfrange\n";
        for (std::size_t j = i; j < i + n; ++j) cmap += ranges[j];
        cmap += "endbfrange\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return cmap;
}

// PDF/A-1 (ISO 19005-1, 6.3.5) wants the descriptor of a subset CIDFont to list the CIDs its
// font program holds (/CIDSet). libharu makes the descriptor and the subset only as the file
// is saved, in the Type0 font's before-write step, so a step of ours runs after its own and adds
// the set: a bit for CID 0 and for each character whose glyph is in the subset. The pointer
// is libharu's one function for every Type0 TrueType font, kept from the first such font.
std::atomic<HPDF_Dict_BeforeWriteFunc> libharu_type0_before_write{nullptr};

HPDF_STATUS type0_before_write(HPDF_Dict font) {
    const HPDF_STATUS st = libharu_type0_before_write.load()(font);
    if (st != HPDF_OK) return st;
    const auto* attr = static_cast<const HPDF_FontAttr_Rec*>(font->attr);
    const HPDF_FontDef def = attr->fontdef;
    const auto* tt = static_cast<const HPDF_TTFontDefAttr_Rec*>(def->attr);
    if (!def->descriptor) return HPDF_OK;
    std::vector<HPDF_BYTE> bits(0x10000 / 8, 0);
    bits[0] = 0x80;  // CID 0, .notdef
    for (unsigned cid = 1; cid < 0x10000; ++cid) {
        const HPDF_UINT16 gid = HPDF_TTFontDef_GetGlyphid(def, static_cast<HPDF_UINT16>(cid));
        if (gid != 0 && gid < tt->num_glyphs && tt->glyph_tbl.flgs[gid]) bits[cid >> 3] |= static_cast<HPDF_BYTE>(0x80 >> (cid & 7));
    }
    HPDF_Dict set = HPDF_DictStream_New(font->mmgr, attr->xref);
    if (!set) return HPDF_Error_GetCode(font->error);
    set->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    const HPDF_STATUS wrote = HPDF_Stream_Write(set->stream, bits.data(), static_cast<HPDF_UINT>(bits.size()));
    return wrote != HPDF_OK ? wrote : HPDF_Dict_Add(def->descriptor, "CIDSet", set);
}

}  // namespace

HPDF_Font make_unicode_font(HaruDoc& doc, const std::string& name, const std::string& path, bool register_encodings) {
    if (register_encodings) HPDF_UseUTFEncodings(doc.get());
    const HPDF_Font font = HPDF_GetFont(doc.get(), name.c_str(), "UTF-8");
    doc.check("using font file " + path + " with the UTF-8 encoding");
    const auto* attr = static_cast<const HPDF_FontAttr_Rec*>(font->attr);
    if (!attr->cmap_stream || !attr->cmap_stream->stream)
        throw std::runtime_error("font file " + path + ": libharu made no ToUnicode map for it");
    HPDF_MemStream_FreeData(attr->cmap_stream->stream);
    HPDF_Stream_WriteStr(attr->cmap_stream->stream, identity_to_unicode_cmap().c_str());
    doc.check("writing the character map of font file " + path);
    if (!libharu_type0_before_write.load()) libharu_type0_before_write = font->before_write_fn;
    font->before_write_fn = type0_before_write;
    return font;
}

}  // namespace ascreport::pdf
