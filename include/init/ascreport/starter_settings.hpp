// The starter report.toml that `ascreport init` prints for an inspected data folder.
#pragma once

#include <string>

#include "ascreport/inspect.hpp"

namespace ascreport {

// report.toml text for the folder: commented placeholders for [council], [contact] and
// [figures]; [input] encoding, date_format and age_bands where the exports need them;
// [columns.*] for each header recognised with confidence, [values.*] for each spelling placed
// with confidence, [concerns] when complaints.csv holds the concern categories; and for
// everything else a commented line marked TODO, with what was found and how often. Valid TOML
// whatever the exports hold (keys and values are quoted and escaped). docs/init.md gives the
// rules. A pure function of the inspection: no files, no clock.
std::string starter_settings(const FolderInspection& inspection);

// `text` as a TOML basic string, quotes included, as toml++ writes it: quotes, backslashes and
// control characters escaped, bytes that are not UTF-8 replaced by U+FFFD; text holding such a
// byte or a C1 control (U+0080-U+009F) has every character past ASCII escaped, so it is seen.
// load_settings reads it back as the same text.
std::string toml_quoted(std::string_view text);

}  // namespace ascreport
