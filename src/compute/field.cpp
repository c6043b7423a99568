// The breakdown fields, read from the registry (ascreport/figure_registry.hpp, kFieldSpecs).
#include "ascreport/field.hpp"

#include <array>

#include "ascreport/figure_registry.hpp"
#include "ascreport/text.hpp"

namespace ascreport {

namespace {

constexpr auto kFields = [] {
    std::array<Field, kFieldSpecs.size()> fields{};
    for (std::size_t i = 0; i < kFieldSpecs.size(); ++i) fields[i] = kFieldSpecs[i].field;
    return fields;
}();

}  // namespace

std::span<const Field> all_fields() { return kFields; }

std::string_view field_name(Field f) { return field_spec(f).name; }

std::optional<Field> parse_field(std::string_view name) {
    for (const FieldSpec& spec : kFieldSpecs)
        if (equal_ignoring_case(name, spec.name)) return spec.field;
    return std::nullopt;
}

std::string_view empty_label(Field f) { return field_spec(f).empty_label; }

namespace {
constexpr std::array<std::string_view, 5> kRecordNames{"complaints", "concerns", "compliments", "lgsco", "stages"};
}  // namespace

std::optional<Records> parse_records(std::string_view text) {
    for (std::size_t i = 0; i < kRecordNames.size(); ++i)
        if (equal_ignoring_case(text, kRecordNames[i])) return static_cast<Records>(i);
    return std::nullopt;
}

std::string_view records_name(Records r) { return kRecordNames[static_cast<std::size_t>(r)]; }

bool has_field(Records r, Field f) { return (field_spec(f).of & (1u << static_cast<unsigned>(r))) != 0; }

}  // namespace ascreport
