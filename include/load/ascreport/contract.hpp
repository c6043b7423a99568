// The columns of each input file, as input-format.md names them. One list, used by the
// loaders and by the settings check of [columns.FILE].
#pragma once

#include <array>
#include <span>
#include <string>
#include <string_view>

namespace ascreport::load {

struct ColumnSpec {
    std::string_view name;  // the contract's name
    bool required;
};

// "the file is empty; its first line must be a header naming the columns, e.g. reference,..."
std::string empty_file_message(std::span<const ColumnSpec> columns);

inline constexpr std::array<ColumnSpec, 13> kComplaintsColumns{{
    {"reference", true}, {"received", true}, {"responded", false}, {"route", true}, {"outcome", false},
    {"method", true}, {"service_area", true}, {"provider", false}, {"gender", false}, {"age_band", false},
    {"ethnicity", false}, {"disability", false}, {"extended", false}}};
inline constexpr std::array<ColumnSpec, 3> kConcernsColumns{
    {{"reference", true}, {"category", true}, {"subcategory", false}}};
inline constexpr std::array<ColumnSpec, 5> kComplimentsColumns{
    {{"received", true}, {"service_area", false}, {"source", false}, {"text", false}, {"publish", false}}};
inline constexpr std::array<ColumnSpec, 7> kLgscoColumns{{{"reference", true}, {"received", true}, {"decided", false},
                                                          {"decision", false}, {"remedy", false},
                                                          {"remedy_amount", false}, {"summary", false}}};
inline constexpr std::array<ColumnSpec, 3> kRegionalColumns{{{"year", true}, {"authority", true}, {"cases", true}}};

struct InputFile {
    std::string_view key;   // "complaints": the [columns.KEY] table in report.toml
    std::string_view name;  // "complaints.csv"
    std::span<const ColumnSpec> columns;
};

inline constexpr std::array<InputFile, 5> kInputFiles{{
    {"complaints", "complaints.csv", kComplaintsColumns},
    {"concerns", "concerns.csv", kConcernsColumns},
    {"compliments", "compliments.csv", kComplimentsColumns},
    {"lgsco", "lgsco.csv", kLgscoColumns},
    {"regional", "regional.csv", kRegionalColumns},
}};

// Columns whose spellings report.toml [values.COLUMN] may map: the fixed vocabularies and the
// free-text categories.
inline constexpr std::array<std::string_view, 16> kMappableColumns{
    "route", "outcome", "method", "gender", "age_band", "disability", "extended", "source", "decision", "publish",
    "service_area", "provider", "ethnicity", "category", "subcategory", "authority"};

}  // namespace ascreport::load
