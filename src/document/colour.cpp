#include "ascreport/colour.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace ascreport {
namespace {

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// sRGB channel to linear light (WCAG 2.1's definition of relative luminance).
double linear(std::uint8_t v) {
    const double s = v / 255.0;
    return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
}

double relative_luminance(Rgb c) {
    return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

}  // namespace

std::optional<Rgb> parse_rgb(std::string_view hex) {
    if (hex.size() != 7 || hex[0] != '#') return std::nullopt;
    std::uint8_t v[3];
    for (std::size_t k = 0; k < 3; ++k) {
        const int hi = hex_digit(hex[1 + 2 * k]), lo = hex_digit(hex[2 + 2 * k]);
        if (hi < 0 || lo < 0) return std::nullopt;
        v[k] = static_cast<std::uint8_t>(hi * 16 + lo);
    }
    return Rgb{v[0], v[1], v[2]};
}

std::string hex_of(Rgb c) { return fmt::format("#{:02X}{:02X}{:02X}", c.r, c.g, c.b); }

double contrast_ratio(Rgb a, Rgb b) {
    const double la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Rgb blend(Rgb a, Rgb b, double t) {
    auto m = [t](std::uint8_t x, std::uint8_t y) { return static_cast<std::uint8_t>(std::lround(x + (y - x) * t)); };
    return {m(a.r, b.r), m(a.g, b.g), m(a.b, b.b)};
}

Rgb readable_shade(Rgb c) {
    // Steps of 2% towards black: the first that reaches AA is the lightest, so the council's
    // hue changes as little as it can. Black (21:1) ends the search.
    for (int k = 0; k <= 50; ++k) {
        const Rgb shade = blend(c, Rgb{0, 0, 0}, k / 50.0);
        if (contrast_ratio(shade, kWhite) >= kTextContrastAA) return shade;
    }
    return Rgb{0, 0, 0};
}

std::optional<std::string> colour_contrast_warning(std::string_view hex, std::string_view where) {
    const std::optional<Rgb> c = parse_rgb(hex);
    if (!c) return std::nullopt;
    const double ratio = contrast_ratio(*c, kWhite);
    if (ratio >= kTextContrastAA) return std::nullopt;
    const std::string measured = fmt::format("{:.1f}:1", std::floor(ratio * 10) / 10);
    std::string w(where);
    w.append(": the council colour ").append(hex_of(*c)).append(" has a contrast of only ").append(measured);
    w.append(" with white, below the 4.5:1 that WCAG 2.1 AA asks of text; the HTML edition uses the darker shade ");
    w.append(hex_of(readable_shade(*c))).append(" instead (choose a darker colour to set it yourself)");
    return w;
}

}  // namespace ascreport
