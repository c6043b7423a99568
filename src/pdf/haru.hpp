// A thin C++ layer over libharu. libharu reports errors through a callback and carries on;
// C++ exceptions must not unwind through its C frames, so the callback only records the error
// and `check()` (called from our own code) turns it into a HaruError.
#pragma once

#include <array>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
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

// The three faces, with their CP1252 advance widths cached for measuring.
class Fonts {
public:
    // Loads the theme's TrueType files; throws (std::runtime_error or HaruError) naming a file
    // that is missing or not a usable TrueType font.
    Fonts(HaruDoc& doc, const Theme& theme);

    // The face as a PDF font with the CP1252 encoding. Created on first use, because libharu
    // embeds every font object it creates: a report without italics carries no italic font.
    HPDF_Font font(Face face);
    // Width of UTF-8 text, measured exactly as it will print (libharu applies no kerning).
    double width(Face face, double size, std::string_view utf8) const;

private:
    HaruDoc& doc_;
    std::array<std::string, 3> names_;   // libharu's names for the loaded font definitions
    std::array<std::string, 3> paths_;
    std::array<HPDF_Font, 3> fonts_{};
    std::array<std::array<std::uint16_t, 256>, 3> widths_{};  // 1/1000 em per CP1252 byte
};

}  // namespace ascreport::pdf
