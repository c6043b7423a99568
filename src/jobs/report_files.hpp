// The files a report needs besides the data folder: the template, the three fonts and the
// logo. Each check returns the whole message a user sees after "ascreport report: ", naming
// the file and saying what to do, or nullopt when the file is usable. run_report runs them
// before the slow work (fonts, template) or before rendering (logo), so a bad file stops the
// run with nothing made.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "ascreport/document.hpp"
#include "ascreport/load.hpp"
#include "ascreport/council.hpp"
#include "ascreport/period.hpp"

namespace ascreport::jobs {

// DIR/template.toml must be a readable file inside DIR (build_report reads it, the same way).
// ReportStatus::Usage.
std::optional<std::string> template_problem(const std::filesystem::path& dir);

// Whether the template is written for `period` (template.toml's `periods`: "year" for a
// financial year, "quarter" for a quarter): nullopt when it is, or when `periods` is unreadable
// (build_report says why); else the whole message, naming the template and the forms it takes.
// ReportStatus::Usage.
std::optional<std::string> period_problem(const std::filesystem::path& dir, const Period& period);

// The report's font files: Liberation Sans from `font_dir`, or from the Debian package
// fonts-liberation2 when it is empty.
Theme fonts_from(const std::filesystem::path& font_dir);
void use_fonts(Theme& theme, const Theme& fonts);

// Reads the three font files into `fonts` (Theme::font_files), each once, a regular file inside
// the font folder (a link out of it is refused) of at most kMaxFontFileBytes; the PDF renderer
// uses those bytes. ReportStatus::Failure when one cannot be read, like any other reason the PDF
// cannot be made (a damaged font file is found by the renderer).
std::optional<std::string> read_fonts(Theme& fonts);

// Reads the logo the cover names (council.logo, already resolved against report.toml's folder)
// into cover.logo_image, once, from inside the folder of report.toml (a path or link out of it
// is refused), and checks it is a whole PNG or JPEG of at most 4,096 x 4,096 pixels.
// ReportStatus::Usage: a settings problem.
std::optional<std::string> read_logo(Cover& cover, const CouncilProfile& council);

// The files an output must not replace (ReportOutcome::inputs). Every file in the template
// folder and its subfolders (at most a few thousand are looked at: a template is a handful).
std::vector<std::filesystem::path> template_files(const std::filesystem::path& dir);

}  // namespace ascreport::jobs
