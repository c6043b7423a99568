#include "haru.hpp"

#include <cstdio>
#include <filesystem>

#include <hpdf_fontdef.h>

#include "cp1252.hpp"
#include "truetype.hpp"

namespace ascreport::pdf {
namespace {

// Names for the errors a user can cause (bad font or image files); the rest print as codes.
const char* describe(HPDF_STATUS code) {
    switch (code) {
        case HPDF_FAILD_TO_ALLOC_MEM: return "out of memory";
        case HPDF_FILE_IO_ERROR: return "file read error";
        case HPDF_FILE_OPEN_ERROR: return "cannot open the file";
        case HPDF_INVALID_IMAGE: case HPDF_INVALID_PNG_IMAGE: case HPDF_LIBPNG_ERROR: return "not a readable PNG image";
        case HPDF_INVALID_JPEG_DATA: case HPDF_UNSUPPORTED_JPEG_FORMAT: return "not a supported JPEG image";
        case HPDF_INVALID_FONTDEF_DATA: case HPDF_TTF_INVALID_CMAP: case HPDF_TTF_INVALID_FOMAT:
        case HPDF_TTF_MISSING_TABLE: case HPDF_UNSUPPORTED_FONT_TYPE: return "not a usable TrueType font";
        case HPDF_TTF_CANNOT_EMBEDDING_FONT: return "the font's licence forbids embedding";
        case HPDF_INVALID_URI: return "invalid link address";
        default: return nullptr;
    }
}

std::string message(const std::string& what, HPDF_STATUS code, HPDF_STATUS detail) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "libharu error 0x%04X, detail %u", static_cast<unsigned>(code),
                  static_cast<unsigned>(detail));
    const char* text = describe(code);
    return what + ": " + (text ? std::string(text) + " (" + buf + ")" : std::string(buf));
}

}  // namespace

HaruError::HaruError(const std::string& what, HPDF_STATUS code, HPDF_STATUS detail)
    : std::runtime_error(message(what, code, detail)), code_(code) {}

HaruDoc::HaruDoc() {
    doc_ = HPDF_New(&HaruDoc::on_error, this);
    if (!doc_) throw HaruError("starting libharu", HPDF_FAILD_TO_ALLOC_MEM, 0);
}

HaruDoc::~HaruDoc() { HPDF_Free(doc_); }

void HaruDoc::on_error(HPDF_STATUS error, HPDF_STATUS detail, void* self) {
    auto* d = static_cast<HaruDoc*>(self);
    if (d->error_ == HPDF_OK) d->error_ = error, d->detail_ = detail;  // the first error is the cause
}

void HaruDoc::check(const std::string& what) {
    if (error_ == HPDF_OK) return;
    const HPDF_STATUS code = error_, detail = detail_;
    clear();
    throw HaruError(what, code, detail);
}

void HaruDoc::clear() {
    error_ = detail_ = HPDF_OK;
    HPDF_ResetError(doc_);
}

std::vector<std::uint8_t> HaruDoc::save() {
    HPDF_SaveToStream(doc_);
    check("writing the PDF");
    std::vector<std::uint8_t> bytes(HPDF_GetStreamSize(doc_));
    std::size_t done = 0;
    while (done < bytes.size()) {
        HPDF_UINT32 n = static_cast<HPDF_UINT32>(bytes.size() - done);
        const HPDF_STATUS st = HPDF_ReadFromStream(doc_, bytes.data() + done, &n);
        done += n;
        if (st == HPDF_STREAM_EOF || n == 0) break;
    }
    // Reading to the end reports HPDF_STREAM_EOF through the handler: expected, not an error.
    if (error_ == HPDF_STREAM_EOF) clear();
    check("reading the PDF from memory");
    bytes.resize(done);
    return bytes;
}

Fonts::Fonts(HaruDoc& doc, const Theme& theme)
    : doc_(doc), paths_{theme.font_regular, theme.font_bold, theme.font_italic} {
    for (std::size_t f = 0; f < 3; ++f) {
        const std::string& path = paths_[f];
        std::error_code ec;
        if (!std::filesystem::is_regular_file(path, ec))
            throw std::runtime_error("cannot read font file " + path + ": no such file");
        if (auto why = truetype_problem(path)) throw std::runtime_error("font file " + path + ": " + *why);
        const char* name = HPDF_LoadTTFontFromFile(doc.get(), path.c_str(), HPDF_TRUE);
        doc.check("loading font file " + path);
        // libharu can fail without reporting an error (a read at the end of the file).
        if (!name) throw std::runtime_error("font file " + path + ": is not a usable TrueType font");
        names_[f] = name;
        // Widths come from the font definition, which (unlike a font object) adds nothing to
        // the file.
        const HPDF_FontDef def = HPDF_GetFontDef(doc.get(), name);
        doc.check("reading font file " + path);
        for (unsigned b = 0; b < 256; ++b) {
            const char32_t u = cp1252_to_unicode(static_cast<unsigned char>(b));
            const HPDF_INT16 w = u ? HPDF_TTFontDef_GetCharWidth(def, static_cast<HPDF_UNICODE>(u)) : 0;
            widths_[f][b] = static_cast<std::uint16_t>(w > 0 ? w : 0);
        }
        doc.check("reading the widths of font file " + path);
    }
}

HPDF_Font Fonts::font(Face face) {
    const auto f = static_cast<std::size_t>(face);
    if (!fonts_[f]) {
        fonts_[f] = HPDF_GetFont(doc_.get(), names_[f].c_str(), "CP1252");
        doc_.check("using font file " + paths_[f] + " with the CP1252 encoding");
    }
    return fonts_[f];
}

double Fonts::width(Face face, double size, std::string_view utf8) const {
    const auto& w = widths_[static_cast<std::size_t>(face)];
    unsigned total = 0;
    for (const char c : to_cp1252(utf8).bytes) total += w[static_cast<unsigned char>(c)];
    return total * size / 1000.0;
}

}  // namespace ascreport::pdf
