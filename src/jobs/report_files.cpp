#include "report_files.hpp"

#include "ascreport/files.hpp"
#include "ascreport/pdf.hpp"
#include "ascreport/report.hpp"

#include <algorithm>

namespace ascreport::jobs {

std::optional<std::string> template_problem(const std::filesystem::path& dir) {
    const std::filesystem::path toml = dir / "template.toml";
    if (auto why = read_confined_text(toml, dir).problem)
        return toml.string() + ": " + *why + "; --template takes a folder holding template.toml";
    return std::nullopt;
}

std::optional<std::string> period_problem(const std::filesystem::path& dir, const Period& period) {
    const std::vector<std::string> periods = template_periods(dir);
    const bool quarter = period.kind == Period::Kind::Quarter;
    const std::string wanted = quarter ? "quarter" : "year";
    if (periods.empty() || std::find(periods.begin(), periods.end(), wanted) != periods.end()) return std::nullopt;
    const std::string year = FinancialYear::containing(period.first).label();
    if (quarter)
        return "the template " + dir.string() + " is for a financial year only (its template.toml has periods = [\"year\"]), "
               "not a quarter such as " + period.label + ": give --year " + year +
               ", or a template whose periods include \"quarter\" (such as quarterly-report)";
    return "the template " + dir.string() + " is for a quarter only (its template.toml has periods = [\"quarter\"]), "
           "not a financial year such as " + period.label + ": give a quarter, --year " + year + "-Q1 to " + year +
           "-Q4, or a template whose periods include \"year\"";
}

Theme fonts_from(const std::filesystem::path& dir) {
    Theme theme;
    if (dir.empty()) return theme;
    theme.font_regular = (dir / "LiberationSans-Regular.ttf").string();
    theme.font_bold = (dir / "LiberationSans-Bold.ttf").string();
    theme.font_italic = (dir / "LiberationSans-Italic.ttf").string();
    return theme;
}

void use_fonts(Theme& theme, const Theme& fonts) {
    theme.font_regular = fonts.font_regular;
    theme.font_bold = fonts.font_bold;
    theme.font_italic = fonts.font_italic;
    theme.font_files = fonts.font_files;
}

std::optional<std::string> read_fonts(Theme& fonts) {
    const std::string* paths[] = {&fonts.font_regular, &fonts.font_bold, &fonts.font_italic};
    for (std::size_t f = 0; f < 3; ++f) {
        const std::filesystem::path path = *paths[f];
        // The three are in one folder (fonts_from); each is read from inside the folder its
        // path names.
        FileBytes read = read_confined_file(path, path.has_parent_path() ? path.parent_path() : ".", kMaxFontFileBytes);
        if (read.too_large) return "font file " + path.string() + ": " + kFontTooLarge;
        if (read.problem)
            return "font file " + path.string() + ": " + *read.problem +
                   "; the report is set in Liberation Sans: install the Debian package fonts-liberation2 "
                   "(apt-get install fonts-liberation2), or give --font-dir DIR, a folder holding "
                   "LiberationSans-Regular.ttf, LiberationSans-Bold.ttf and LiberationSans-Italic.ttf";
        fonts.font_files[f] = std::make_shared<const std::vector<std::uint8_t>>(std::move(read.bytes));
    }
    return std::nullopt;
}

std::optional<std::string> read_logo(Cover& cover, const CouncilProfile& settings) {
    if (cover.logo.empty()) return std::nullopt;
    // council.logo is relative to report.toml: the logo is read from inside its folder.
    const std::filesystem::path folder = settings.settings_file.has_parent_path() ? settings.settings_file.parent_path() : ".";
    FileBytes read = read_confined_file(cover.logo, folder, kMaxImageFileBytes);
    std::optional<std::string> why = read.too_large ? std::optional<std::string>("is larger than 32 MiB; a logo should be a small PNG or JPEG image")
                                                    : read.problem;
    if (!why) why = image_problem(read.bytes);
    if (!why) {
        cover.logo_image = std::move(read.bytes);
        return std::nullopt;
    }
    const std::string where = settings.settings_file.empty() ? std::string("report.toml") : settings.settings_file.string();
    return "logo " + cover.logo + " (council.logo in " + where + "): " + *why +
           "; fix the image or the path (relative to report.toml), or remove council.logo to print no logo";
}

std::vector<std::filesystem::path> template_files(const std::filesystem::path& dir) {
    namespace fs = std::filesystem;
    constexpr std::size_t kMostLookedAt = 4096;
    std::vector<fs::path> files;
    std::error_code ec;
    std::size_t looked = 0;
    for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end && looked < kMostLookedAt;
         it.increment(ec), ++looked) {
        std::error_code type_ec;
        if (it->is_regular_file(type_ec)) files.push_back(it->path());
    }
    return files;
}

}  // namespace ascreport::jobs
