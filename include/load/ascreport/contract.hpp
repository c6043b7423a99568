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
    // The [values.COLUMN] table whose spellings and patterns map it, when not its own name
    // (stage2_outcome is mapped by [values.outcome]).
    std::string_view values = {};
    // Whether it is listed where the file lacks it: in the empty file's example header and in
    // `validate`'s columns read (the columns every export has had, not the optional ones of
    // regimes and stages added since, listed only when the file has them).
    bool listed = true;
};

// "the file is empty; its first line must be a header naming the columns, e.g. reference,..."
std::string empty_file_message(std::span<const ColumnSpec> columns);

inline constexpr std::array<ColumnSpec, 13> kComplaintsColumns{{
    {"reference", true}, {"received", true}, {"responded", false}, {"route", true}, {"outcome", false},
    {"method", true}, {"service_area", true}, {"provider", false}, {"gender", false}, {"age_band", false},
    {"ethnicity", false}, {"disability", false}, {"extended", false}}};
// complaints.csv's optional columns of regimes and stages (docs/input-format.md, "Regimes and
// stages"). Not in kInputFiles (so `init` does not propose them); the loader reads
// kComplaintsReadColumns, the contract's columns and these. `stage` and `panel` come last:
// they are columns only of the row-per-stage shape ([complaints] one_row_per_stage), and a file
// of a row per complaint keeps a Stage column of its own as an ignored column, as before.
inline constexpr std::array<ColumnSpec, 26> kComplaintStageColumns{{
    {"regime", false, {}, false}, {"acknowledged", false, {}, false}, {"extended_to", false, {}, false},
    {"stage2_requested", false, {}, false}, {"stage2_acknowledged", false, {}, false},
    {"stage2_extended", false, "extended", false}, {"stage2_extended_to", false, {}, false},
    {"stage2_responded", false, {}, false}, {"stage2_outcome", false, "outcome", false},
    {"stage3_requested", false, {}, false}, {"stage3_acknowledged", false, {}, false},
    {"stage3_extended", false, "extended", false}, {"stage3_extended_to", false, {}, false},
    {"stage3_responded", false, {}, false}, {"stage3_outcome", false, "outcome", false},
    {"stage3_panel", false, {}, false}, {"complainant", false, {}, false}, {"advocate", false, {}, false},
    {"dispute_resolution", false, {}, false}, {"remedy", false, {}, false}, {"remedy_amount", false, {}, false},
    {"fault_reason", false, {}, false}, {"refused", false, {}, false}, {"refused_reason", false, {}, false},
    {"stage", false, {}, false}, {"panel", false, {}, false}}};
// The columns the complaints loader reads: kComplaintsColumns, then kComplaintStageColumns.
inline constexpr auto kComplaintsReadColumns = [] {
    std::array<ColumnSpec, kComplaintsColumns.size() + kComplaintStageColumns.size()> all{};
    std::size_t i = 0;
    for (const ColumnSpec& c : kComplaintsColumns) all[i++] = c;
    for (const ColumnSpec& c : kComplaintStageColumns) all[i++] = c;
    return all;
}();
// Of them, the columns of a file of a row per complaint (all but stage and panel).
inline constexpr std::size_t kComplaintRowColumns = kComplaintsReadColumns.size() - 2;

inline constexpr std::array<ColumnSpec, 3> kConcernsColumns{
    {{"reference", true}, {"category", true}, {"subcategory", false}}};
inline constexpr std::array<ColumnSpec, 5> kComplimentsColumns{
    {{"received", true}, {"service_area", false}, {"source", false}, {"text", false}, {"publish", false}}};
inline constexpr std::array<ColumnSpec, 8> kLgscoColumns{{{"reference", true}, {"received", true}, {"decided", false},
                                                          {"decision", false}, {"remedy", false},
                                                          {"remedy_amount", false}, {"summary", false},
                                                          {"complaint", false, {}, false}}};
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
inline constexpr std::array<std::string_view, 23> kMappableColumns{
    "route", "outcome", "method", "gender", "age_band", "disability", "extended", "source", "decision", "publish",
    "service_area", "provider", "ethnicity", "category", "subcategory", "authority", "regime", "stage", "complainant",
    "advocate", "dispute_resolution", "remedy", "refused"};

}  // namespace ascreport::load
