#include "ascreport/field.hpp"
#include "ascreport/text.hpp"

#include <array>

namespace ascreport {

namespace {

constexpr std::array kFields{Field::Route,     Field::Outcome,   Field::Method,    Field::ServiceArea,
                             Field::Provider,  Field::Gender,    Field::AgeBand,   Field::Ethnicity,
                             Field::Disability, Field::Timescale, Field::Month,     Field::Quarter,
                             Field::Year,      Field::Category};
constexpr std::array<std::string_view, kFields.size()> kNames{
    "route",     "outcome",   "method", "service_area", "provider", "gender", "age_band",
    "ethnicity", "disability", "timescale", "month", "quarter", "year", "category"};


}  // namespace

std::span<const Field> all_fields() { return kFields; }

std::string_view field_name(Field f) { return kNames[static_cast<std::size_t>(f)]; }

std::optional<Field> parse_field(std::string_view name) {
    for (std::size_t i = 0; i < kFields.size(); ++i)
        if (equal_ignoring_case(name, kNames[i])) return kFields[i];
    return std::nullopt;
}

std::string_view empty_label(Field f) {
    switch (f) {
        case Field::Outcome: return "Open";
        case Field::Gender:
        case Field::AgeBand:
        case Field::Ethnicity:
        case Field::Disability: return "N/A";
        case Field::Provider: return "No provider";
        case Field::ServiceArea:
        case Field::Category: return "Not recorded";  // required columns; only in-memory data
        default: return "";
    }
}

}  // namespace ascreport
