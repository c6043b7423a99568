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
    Extended,   // complaints: an agreed extension, Yes or No (empty)
    Subcategory,  // concern subcategory: like category, the unit counted becomes the concern
    Source,     // compliments: how the compliment came in
    Decision,   // Ombudsman cases: the decision (Open until decided)
    Remedy,     // Ombudsman cases: the remedy as written, grouped like free text
    DecidedYear,  // Ombudsman cases: financial year decided ("Not decided" while open)
    Regime,       // complaints, concerns, stages: the procedure (adult, children's, corporate)
    // Stages only (`--of stages`, docs/breakdown.md):
    Stage,            // the stage's number: key "1", label "Stage 1"
    OnTime,           // the stage's StageTiming (ascreport/stages.hpp): On time, ..., Open, overdue
    Acknowledgement,  // On time, Late, Not recorded; Not applicable where the stage has no limit
    Escalated,        // Yes, No, Open (no response yet): the next stage or the Ombudsman by the as-of day
};

// The kinds of record `breakdown --of` counts. A concern carries its complaint's fields; a
// stage (each stage of a complaint handled in its procedure) carries its complaint's and its own.
enum class Records : std::uint8_t { Complaints, Concerns, Compliments, Lgsco, Stages };
std::optional<Records> parse_records(std::string_view text);  // "complaints", ..., "lgsco", "stages"
std::string_view records_name(Records r);                     // "complaints", ...
// Whether a record of this kind has the field (the registry's FieldSpec::of).
bool has_field(Records r, Field f);

std::span<const Field> all_fields();                 // in the order above
std::string_view field_name(Field f);                // "service_area"
std::optional<Field> parse_field(std::string_view name);  // exact name, case-insensitive
std::string_view empty_label(Field f);               // "N/A", "Open", "No provider"; "" if none

}  // namespace ascreport
