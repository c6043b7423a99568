// PDF/A-1b (ISO 19005-1, level B), in one place: what the standard asks of the document as a
// whole (an output intent with an sRGB profile, XMP metadata that agrees with the document
// information, the language, a file ID, the title shown in the window) and of every
// annotation (printable). Anything that adds to the PDF and meets a PDF/A rule goes through
// here, so the rules are kept in one file.
//
// libharu 2.3.0's own PDF/A helpers are not used for the metadata or the intent: its
// HPDF_PDFA_SetPDFAConformance copies the information strings into the XMP without XML
// escaping and in the PDF's encoding rather than UTF-8, names the key /SubType, and hashes the
// clock into the file ID; HPDF_PDFA_AppendOutputIntents writes the key "DestOutputProfile "
// with a trailing space, which no reader finds.
#pragma once

#include <cstdint>
#include <string>

#include <hpdf.h>

#include "ascreport/document.hpp"
#include "haru.hpp"

namespace ascreport::pdf {

// The sRGB profile of the Debian package icc-profiles-free (scripts/install-deps).
inline constexpr const char* kSrgbProfile = "/usr/share/color/icc/sRGB.icc";
// The language of the report's text, for /Lang.
inline constexpr const char* kLanguage = "en-GB";

// A time as XMP writes it: 2024-09-01T11:30:45Z (UTC; times before 1970 too).
std::string xmp_date(std::int64_t unix_seconds);
// The XMP packet for `info`: the same title, author, subject, keywords, creator tool, producer
// and dates as the document information dictionary, in UTF-8 with XML escaping, naming PDF/A-1
// conformance B. Pure, so it is tested without libharu.
std::string xmp_metadata(const DocumentInfo& info, const std::string& producer);

// Writes the document information (as UTF-16 text strings, so every letter survives), the XMP
// metadata, the output intent with the profile at `icc_path`, /Lang and /ViewerPreferences
// <</DisplayDocTitle true>>, and sets the version to 1.4. Throws (std::runtime_error or
// HaruError) when the profile cannot be read.
void make_pdfa(HaruDoc& doc, const DocumentInfo& info, const std::string& icc_path = kSrgbProfile);

// PDF/A-1 wants every annotation printable (the Print flag, /F 4) and none hidden: every
// annotation we add passes through here.
void make_printable(HPDF_Annotation annotation);

}  // namespace ascreport::pdf
