// libharu's Unicode (Type0, Identity-H) TrueType font, made usable: libharu 2.3.0 writes a
// ToUnicode map that poppler rejects (libharu issue 133) and no /CIDSet, which PDF/A-1 wants
// for a font subset. This corrects both; Fonts (haru.hpp) decides when text needs the font.
#pragma once

#include <string>

#include <hpdf.h>

#include "haru.hpp"

namespace ascreport::pdf {

// The font definition `name` (loaded from `path`, for messages) as a font with libharu's
// "UTF-8" encoding: text is given as UTF-8 of characters up to U+FFFF, each printed with the
// code point as its code. `register_encodings` for the document's first such font (libharu
// fails on registering them twice). Throws HaruError or std::runtime_error.
HPDF_Font make_unicode_font(HaruDoc& doc, const std::string& name, const std::string& path, bool register_encodings);

}  // namespace ascreport::pdf
