// Colours as WCAG 2.1 measures them: the council colour from report.toml is checked for the
// contrast that text needs (AA: 4.5:1 on white), and darkened when it falls short, so the HTML
// edition is readable by construction whatever colour a council picks.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ascreport {

struct Rgb {
    std::uint8_t r = 0, g = 0, b = 0;
    bool operator==(const Rgb&) const = default;
};

inline constexpr Rgb kWhite{0xFF, 0xFF, 0xFF};
inline constexpr double kTextContrastAA = 4.5;  // WCAG 2.1 1.4.3, normal text

// "#RRGGBB" (either case); nullopt for anything else.
std::optional<Rgb> parse_rgb(std::string_view hex);
// "#RRGGBB", upper case.
std::string hex_of(Rgb c);

// WCAG 2.1 contrast ratio of two colours, 1 to 21.
double contrast_ratio(Rgb a, Rgb b);

// `a` moved the fraction `t` (0 to 1) of the way towards `b`.
Rgb blend(Rgb a, Rgb b, double t);

// The colour itself when white text on it, and it as text on white, reach 4.5:1; else the
// lightest shade of it towards black that does (black at worst, so always found).
Rgb readable_shade(Rgb c);

// When `hex` is a colour that falls short of 4.5:1 against white: the warning to print, naming
// `where` (e.g. "report.toml: council.colour") and the shade used instead. nullopt when it is
// fine or not a colour at all (the settings check reports that).
std::optional<std::string> colour_contrast_warning(std::string_view hex, std::string_view where);

}  // namespace ascreport
