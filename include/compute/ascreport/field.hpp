// The fields a breakdown can group or filter by: the contract's categorical columns and the
// ones derived from dates. Their names are the contract's column names; names and empty labels
// are declared once, in the registry (ascreport/figure_registry.hpp, kFieldSpecs).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace ascreport {

enum class Field : std::uint8_t {
    Route, Outcome, Method, ServiceArea, Provider, Gender, AgeBand, Ethnicity, Disability,
    Timescale,  // within / over 20 working days / still open
    Month,      // month received: key "2023-04", label "April 2023"
    Quarter,    // quarter of the financial year received: key "2023/24-Q3", label "2023/24 Q3"
    Year,       // financial year received: "2023/24"
    Category,   // concern category: the unit counted becomes the concern
};

std::span<const Field> all_fields();                 // in the order above
std::string_view field_name(Field f);                // "service_area"
std::optional<Field> parse_field(std::string_view name);  // exact name, case-insensitive
std::string_view empty_label(Field f);               // "N/A", "Open", "No provider"; "" if none

}  // namespace ascreport
