// A thin C++ layer over libharu. libharu reports errors through a callback and carries on;
// C++ exceptions must not unwind through its C frames, so the callback only records the error
// and `check()` (called from our own code) turns it into a HaruError.
#pragma once

#include <array>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <hpdf.h>

#include "ascreport/document.hpp"
#include "layout.hpp"

namespace ascreport::pdf {

class HaruError : public std::runtime_error {
public:
    HaruError(const std::string& what, HPDF_STATUS code, HPDF_STATUS detail);
    HPDF_STATUS code() const { return code_; }

private:
    HPDF_STATUS code_;
};

class HaruDoc {
public:
    HaruDoc();  // throws HaruError when libharu cannot start (out of memory)
    ~HaruDoc();
    HaruDoc(const HaruDoc&) = delete;
    HaruDoc& operator=(const HaruDoc&) = delete;

    HPDF_Doc get() const { return doc_; }
    // Throws HaruError naming `what` if libharu reported an error since the last check.
    void check(const std::string& what);
    // Forgets a recorded error the caller has handled (e.g. an unreadable logo it skips).
    void clear();
    bool failed() const { return error_ != HPDF_OK; }
    // Writes the document to memory and returns its bytes.
    std::vector<std::uint8_t> save();

private:
    static void on_error(HPDF_STATUS error, HPDF_STATUS detail, void* self);

    HPDF_Doc doc_ = nullptr;
    HPDF_STATUS error_ = HPDF_OK;
    HPDF_STATUS detail_ = HPDF_OK;
};

// Text as it goes to a font. Text every character of which Windows-1252 holds prints in the
// face's single-byte CP1252 font, as all report text did before other letters were supported;
// any other text prints in the face's Unicode font (a Type0 font, Identity-H, one code per
// character). A character the face has no glyph for, a control character and invalid UTF-8
// print as "?"; an emoji the face lacks is left out (the HTML edition keeps it); each is listed
// in `missing`.
struct Encoded {
    bool unicode = false;
    std::string bytes;               // CP1252 bytes, or UTF-8 for libharu's "UTF-8" encoder
    std::vector<char32_t> missing;   // printed as "?" or left out, in order (U+FFFD: invalid UTF-8)
};

// Emoji and pictographs (U+1F000-U+1FAFF, U+2600-U+27BF): left out of the PDF when the font
// lacks them, rather than printed as "?".
bool is_emoji(char32_t cp);

// The characters of text for a PDF text string or the XMP metadata: the code points of `utf8`
// (a malformed byte as U+FFFD) with control characters, which XML cannot hold, as spaces.
std::u32string text_string_characters(std::string_view utf8);
// Sets dict[key] to a PDF text string (UTF-16BE with its byte-order mark) holding `utf8`, so
// any letter survives in bookmarks and the document information.
void set_text_string(HaruDoc& doc, HPDF_Dict dict, const char* key, std::string_view utf8);

// The three faces, with their advance widths cached for measuring.
// Loads checked font bytes into libharu (which takes only a file name) and returns its name for
// the font definition; `path` names the font in messages.
const char* load_font(HaruDoc& doc, const std::vector<std::uint8_t>& bytes, const std::string& path);

class Fonts {
public:
    // Loads the theme's TrueType files; throws (std::runtime_error or HaruError) naming a file
    // that is missing or not a usable TrueType font.
    Fonts(HaruDoc& doc, const Theme& theme);

    Encoded encode(Face face, std::string_view utf8) const;
    // The face as a PDF font for text encoded as `encode` says. Created on first use, because
    // libharu embeds every font object it creates: a report without italics carries no italic
    // font, and one in Windows-1252 alone carries no Unicode font.
    HPDF_Font font(Face face, bool unicode);
    // Width of UTF-8 text, measured exactly as it will print (libharu applies no kerning).
    double width(Face face, double size, std::string_view utf8) const;

private:
    // 1/1000 em for a character of the Unicode font, -1 when the face has no glyph for it.
    int unicode_width(std::size_t face, char32_t cp) const;

    HaruDoc& doc_;
    std::array<std::string, 3> names_;   // libharu's names for the loaded font definitions
    std::array<std::string, 3> paths_;
    std::array<HPDF_FontDef, 3> defs_{};
    std::array<HPDF_Font, 3> fonts_{};
    std::array<HPDF_Font, 3> unicode_fonts_{};
    std::array<std::array<std::uint16_t, 256>, 3> widths_{};  // 1/1000 em per CP1252 byte
    mutable std::array<std::unordered_map<char32_t, int>, 3> unicode_widths_;
};

}  // namespace ascreport::pdf
