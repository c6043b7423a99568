#include "haru.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include <fmt/format.h>

#include <sys/mman.h>
#include <unistd.h>

#include <hpdf_doc.h>
#include <hpdf_fontdef.h>

#include "ascreport/files.hpp"
#include "ascreport/pdf.hpp"
#include "cp1252.hpp"
#include "truetype.hpp"
#include "unicode_font.hpp"

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
    const std::string numbers = fmt::format("libharu error 0x{:04X}, detail {}", static_cast<unsigned>(code),
                                            static_cast<unsigned>(detail));
    const char* text = describe(code);
    return what + ": " + (text ? std::string(text) + " (" + numbers + ")" : numbers);
}

}  // namespace

bool is_emoji(char32_t cp) { return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF); }

std::u32string text_string_characters(std::string_view utf8) {
    std::u32string out;
    for (std::size_t i = 0; i < utf8.size();) {
        const char32_t cp = next_code_point(utf8, i);
        out += cp < 0x20 || cp == 0x7F ? U' ' : cp;
    }
    return out;
}

void set_text_string(HaruDoc& doc, HPDF_Dict dict, const char* key, std::string_view utf8) {
    std::vector<HPDF_BYTE> bytes{0xFE, 0xFF};
    const auto unit = [&bytes](char32_t u) {
        bytes.push_back(static_cast<HPDF_BYTE>(u >> 8));
        bytes.push_back(static_cast<HPDF_BYTE>(u & 0xFF));
    };
    for (const char32_t cp : text_string_characters(utf8)) {
        if (cp < 0x10000) {
            unit(cp);
        } else {
            unit(0xD800 + ((cp - 0x10000) >> 10));
            unit(0xDC00 + ((cp - 0x10000) & 0x3FF));
        }
    }
    HPDF_Dict_Add(dict, key, HPDF_Binary_New(doc.get()->mmgr, bytes.data(), static_cast<HPDF_UINT>(bytes.size())));
}

std::vector<std::uint8_t> read_font_file(const std::string& path) {
    const std::filesystem::path file = path;
    FileBytes read = read_confined_file(file, file.has_parent_path() ? file.parent_path() : ".", kMaxFontFileBytes);
    if (read.too_large) throw std::runtime_error("font file " + path + ": " + kFontTooLarge);
    if (read.problem) throw std::runtime_error("cannot read font file " + path + ": " + *read.problem);
    return std::move(read.bytes);
}

const char* load_font(HaruDoc& doc, const std::vector<std::uint8_t>& bytes, const std::string& path) {
    // libharu loads a TrueType font only from a file name, and reads it again when it embeds
    // the font. It is given a private in-memory file holding the bytes that were checked, so
    // it reads exactly those, whatever happens to the file on disk meanwhile.
    const int fd = ::memfd_create("ascreport-font", MFD_CLOEXEC);
    auto fail = [&](int err) {
        if (fd >= 0) ::close(fd);
        return std::runtime_error("font file " + path + ": cannot be loaded: " + std::strerror(err));
    };
    if (fd < 0) throw fail(errno);
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) throw fail(n < 0 ? errno : ENOSPC);
        done += static_cast<std::size_t>(n);
    }
    const std::string name = "/proc/self/fd/" + std::to_string(fd);
    if (::access(name.c_str(), R_OK) != 0) throw fail(errno);  // no /proc
    const char* loaded = HPDF_LoadTTFontFromFile(doc.get(), name.c_str(), HPDF_TRUE);
    ::close(fd);  // libharu holds a file of its own on it
    return loaded;
}

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
        std::shared_ptr<const std::vector<std::uint8_t>> bytes = theme.font_files[f];
        if (!bytes) bytes = std::make_shared<const std::vector<std::uint8_t>>(read_font_file(path));
        if (auto why = truetype_problem(*bytes)) throw std::runtime_error("font file " + path + ": " + *why);
        const char* name = load_font(doc, *bytes, path);
        doc.check("loading font file " + path);
        // libharu can fail without reporting an error (a read at the end of the file).
        if (!name) throw std::runtime_error("font file " + path + ": is not a usable TrueType font");
        names_[f] = name;
        defs_[f] = HPDF_GetFontDef(doc.get(), name);
        // Widths come from the font definition, which (unlike a font object) adds nothing to
        // the file.
        const HPDF_FontDef def = defs_[f];
        doc.check("reading font file " + path);
        for (unsigned b = 0; b < 256; ++b) {
            const char32_t u = cp1252_to_unicode(static_cast<unsigned char>(b));
            const HPDF_INT16 w = u ? HPDF_TTFontDef_GetCharWidth(def, static_cast<HPDF_UNICODE>(u)) : 0;
            widths_[f][b] = static_cast<std::uint16_t>(w > 0 ? w : 0);
        }
        doc.check("reading the widths of font file " + path);
    }
}

HPDF_Font Fonts::font(Face face, bool unicode) {
    const auto f = static_cast<std::size_t>(face);
    if (!unicode) {
        if (!fonts_[f]) {
            fonts_[f] = HPDF_GetFont(doc_.get(), names_[f].c_str(), "CP1252");
            doc_.check("using font file " + paths_[f] + " with the CP1252 encoding");
        }
        return fonts_[f];
    }
    if (!unicode_fonts_[f]) {
        const bool first = std::none_of(unicode_fonts_.begin(), unicode_fonts_.end(), [](HPDF_Font u) { return u; });
        unicode_fonts_[f] = make_unicode_font(doc_, names_[f], paths_[f], first);
    }
    return unicode_fonts_[f];
}

int Fonts::unicode_width(std::size_t f, char32_t cp) const {
    auto& cache = unicode_widths_[f];
    const auto found = cache.find(cp);
    if (found != cache.end()) return found->second;
    int w = -1;
    const bool printable = cp >= 0x20 && !(cp >= 0x7F && cp < 0xA0) && cp <= 0xFFFF && !(cp >= 0xD800 && cp < 0xE000) &&
                           cp != 0xFFFD;
    if (printable && HPDF_TTFontDef_GetGlyphid(defs_[f], static_cast<HPDF_UINT16>(cp)) != 0)
        w = std::max<int>(0, HPDF_TTFontDef_GetCharWidth(defs_[f], static_cast<HPDF_UNICODE>(cp)));
    cache.emplace(cp, w);
    return w;
}

Encoded Fonts::encode(Face face, std::string_view utf8) const {
    Cp1252Text t = to_cp1252(utf8);
    Encoded out;
    if (t.unmapped.empty()) {  // the common case, printed exactly as before Unicode fonts
        out.bytes = std::move(t.bytes);
        return out;
    }
    const auto f = static_cast<std::size_t>(face);
    std::u32string printed;
    for (std::size_t i = 0; i < utf8.size();) {
        char32_t cp = printed_as(next_code_point(utf8, i));
        if (cp == 0 || cp == 0xFE0E || cp == 0xFE0F) continue;  // variation selectors: emoji style
        if (!in_cp1252(cp) && unicode_width(f, cp) < 0) {
            out.missing.push_back(cp);
            if (is_emoji(cp)) continue;
            cp = '?';
        }
        printed += cp;
    }
    // Text that only lost an emoji still prints in the CP1252 font.
    bool single_byte = true;
    for (const char32_t cp : printed) single_byte = single_byte && in_cp1252(cp);
    std::string utf8_printed;
    for (const char32_t cp : printed) append_utf8(utf8_printed, cp);
    if (single_byte) {
        out.bytes = to_cp1252(utf8_printed).bytes;
    } else {
        out.unicode = true;
        out.bytes = std::move(utf8_printed);
    }
    return out;
}

double Fonts::width(Face face, double size, std::string_view utf8) const {
    const Encoded e = encode(face, utf8);
    const auto f = static_cast<std::size_t>(face);
    unsigned total = 0;
    if (!e.unicode) {
        for (const char c : e.bytes) total += widths_[f][static_cast<unsigned char>(c)];
    } else {
        for (std::size_t i = 0; i < e.bytes.size();)
            total += static_cast<unsigned>(std::max(0, unicode_width(f, next_code_point(e.bytes, i))));
    }
    return total * size / 1000.0;
}

}  // namespace ascreport::pdf
