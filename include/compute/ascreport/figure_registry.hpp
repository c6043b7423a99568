// The registry of the report's figures: every table and every number of the annual report,
// declared once, with what each consumer needs to know of it. The consumers read it, and list
// nothing of their own:
//   - compute_figures counts every table of a record kind that groups by a breakdown field,
//     and marks the compared ones that have no earlier data (compute/figures.cpp);
//   - template names, {{table}}/{{chart}}/{{list}} and conditions (report/names.cpp, blocks.cpp);
//   - `ascreport figures`, its JSON keys and order and its --format text (query/figures_output.cpp);
//   - --suppress-below, which hides the equality tables' small counts (privacy/suppress.cpp);
//   - the personal-data scan of the free-text values the report prints (privacy/published.cpp);
//   - `breakdown --by/--where`, whose fields are kFieldSpecs (compute/field.cpp).
// Adding a table means a TableId, its TableSpec and its place in kDocument; when it groups
// complaints, concerns or compliments by a breakdown field nothing else: compute_figures counts
// it. A table by another column, or a number, also needs the code that counts it.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "ascreport/field.hpp"
#include "ascreport/vocab.hpp"

namespace ascreport {

// ---- Breakdown fields -------------------------------------------------------------------------

// Which kinds of record (enum Records, `breakdown --of`) have a field: a mask of these bits.
inline constexpr std::uint8_t kOfComplaints = 1, kOfConcerns = 2, kOfCompliments = 4, kOfLgsco = 8, kOfStages = 16;
// A complaint's fields that describe it as a whole: a concern has them, and so does a stage.
inline constexpr std::uint8_t kOfComplaintFields = kOfComplaints | kOfConcerns;
inline constexpr std::uint8_t kOfCaseFields = kOfComplaintFields | kOfStages;
inline constexpr std::uint8_t kOfEvery = kOfComplaints | kOfConcerns | kOfCompliments | kOfLgsco | kOfStages;

struct FieldSpec {
    Field field;
    std::string_view name;         // the contract's column: --by, --where, the rows' JSON key
    std::string_view empty_label;  // how an empty value reads; "" when the field is never empty
    std::uint8_t of = kOfComplaintFields;  // the kinds of record that have it (kOf... bits)
};

// In the order of enum Field. Month, quarter and year are of the date each kind is counted by:
// received (a concern: its complaint's received date).
inline constexpr std::array<FieldSpec, 25> kFieldSpecs{{
    {Field::Route, "route", ""},
    // A stage's outcome and extended are the stage's own.
    {Field::Outcome, "outcome", "Open", kOfCaseFields},
    {Field::Method, "method", "", kOfCaseFields},
    // A required column: "Not recorded" only in in-memory data.
    {Field::ServiceArea, "service_area", "Not recorded", kOfCaseFields | kOfCompliments},
    {Field::Provider, "provider", "No provider", kOfCaseFields},
    {Field::Gender, "gender", "N/A", kOfCaseFields},
    {Field::AgeBand, "age_band", "N/A", kOfCaseFields},
    {Field::Ethnicity, "ethnicity", "N/A", kOfCaseFields},
    {Field::Disability, "disability", "N/A", kOfCaseFields},
    {Field::Timescale, "timescale", ""},
    {Field::Month, "month", "", kOfEvery},  // a stage: of the day it was requested (stage 1: received)
    {Field::Quarter, "quarter", "", kOfEvery},
    {Field::Year, "year", "", kOfEvery},
    {Field::Category, "category", "Not recorded"},  // a required column: only in-memory data
    {Field::Extended, "extended", "", kOfCaseFields},  // empty reads as No
    {Field::Subcategory, "subcategory", "Not recorded"},
    {Field::Source, "source", "Not recorded", kOfCompliments},
    {Field::Decision, "decision", "Open", kOfLgsco},
    {Field::Remedy, "remedy", "None", kOfLgsco},
    {Field::DecidedYear, "decided_year", "Not decided", kOfLgsco},
    {Field::Regime, "regime", "", kOfCaseFields},  // an empty cell is adult social care
    {Field::Stage, "stage", "", kOfStages},
    {Field::OnTime, "on_time", "", kOfStages},
    {Field::Acknowledgement, "acknowledgement", "", kOfStages},
    {Field::Escalated, "escalated", "", kOfStages},
}};

constexpr const FieldSpec& field_spec(Field f) { return kFieldSpecs[static_cast<std::size_t>(f)]; }

// ---- What a figure counts ---------------------------------------------------------------------

enum class Counted : std::uint8_t {
    Complaints,                // complaints.csv, every route
    StatutoryComplaints,       // complaints.csv, the statutory route
    TimedStatutoryComplaints,  // statutory complaints that have a timescale: not those withdrawn
                               // before a response
    Concerns,                  // concerns.csv: the concerns raised in statutory complaints
    Compliments,               // compliments.csv
    OmbudsmanCases,            // lgsco.csv, by received date
    OmbudsmanDecisions,        // lgsco.csv, the cases decided in the period, by decided date
    RegionalCases,             // regional.csv: each authority's cases in the financial year
    Setting,                   // report.toml [figures]
    // Regimes and stages (TableSpec::regime, stage): a regime's complaints handled in its
    // procedure (not the informal route, not refused; an adult one on the statutory route).
    Stages,            // the stage's complaints, by the day the stage was requested (stage 1: received)
    RespondedStages,   // the stage's complaints responded to in the period, by the response's day
                       // (stage 0: those whose last stage was)
    RegimeComplaints,  // the regime's complaints, by received date (the refused ones too)
};

// The kinds of record whose earlier data decides whether a previous period's value is known:
// when nothing of the kind was received on or before the previous period's last day, the
// previous values of what counts it are no data, not zeros. Concerns go by their complaints.
enum class RecordKind : std::uint8_t { Complaints, Compliments, OmbudsmanCases, Other };

constexpr RecordKind record_kind(Counted c) {
    switch (c) {
        case Counted::Complaints:
        case Counted::StatutoryComplaints:
        case Counted::TimedStatutoryComplaints:
        case Counted::Concerns:
        case Counted::Stages:
        case Counted::RespondedStages:
        case Counted::RegimeComplaints: return RecordKind::Complaints;
        case Counted::Compliments: return RecordKind::Compliments;
        case Counted::OmbudsmanCases:
        case Counted::OmbudsmanDecisions: return RecordKind::OmbudsmanCases;
        default: return RecordKind::Other;
    }
}

// "complaints", as in "no complaints were received on or before 31 March 2023".
constexpr std::string_view plural_noun(RecordKind k) {
    switch (k) {
        case RecordKind::Complaints: return "complaints";
        case RecordKind::Compliments: return "compliments";
        case RecordKind::OmbudsmanCases: return "Ombudsman cases";
        default: return "records";
    }
}

// The file the records come from, as the data folder names it; "" for settings.
constexpr std::string_view record_file(Counted c) {
    switch (c) {
        case Counted::Complaints:
        case Counted::StatutoryComplaints:
        case Counted::TimedStatutoryComplaints:
        case Counted::Stages:
        case Counted::RespondedStages:
        case Counted::RegimeComplaints: return "complaints.csv";
        case Counted::Concerns: return "concerns.csv";
        case Counted::Compliments: return "compliments.csv";
        case Counted::OmbudsmanCases:
        case Counted::OmbudsmanDecisions: return "lgsco.csv";
        case Counted::RegionalCases: return "regional.csv";
        default: return "";
    }
}

// ---- Tables -----------------------------------------------------------------------------------

enum class TableId : std::uint8_t {
    Route, Outcome, Method, ServiceArea, Timescale, Gender, AgeBand, Ethnicity, Disability, Month, Provider,
    Category, ComplimentsMonth, ComplimentsServiceArea, ComplimentsSource, LgscoDecided, Regional,
    // Regimes and stages: each stage's tables, then the regime's own.
    AdultStage1Outcome,
    AdultStage1Timing,
    AdultStage1Acknowledgement,
    AdultOmbudsman,
    AdultComplainant,
    AdultAdvocate,
    AdultDisputeResolution,
    AdultRemedies,
    AdultRefused,
    AdultFaultReasons,
    ChildrenStage1Outcome,
    ChildrenStage1Timing,
    ChildrenStage1Escalated,
    ChildrenStage2Outcome,
    ChildrenStage2Timing,
    ChildrenStage2Escalated,
    ChildrenStage3Outcome,
    ChildrenStage3Timing,
    ChildrenOmbudsman,
    ChildrenComplainant,
    ChildrenAdvocate,
    ChildrenDisputeResolution,
    ChildrenRemedies,
    ChildrenRefused,
    ChildrenFaultReasons,
    CorporateStage1Outcome,
    CorporateStage1Timing,
    CorporateStage1Acknowledgement,
    CorporateStage1Escalated,
    CorporateStage2Outcome,
    CorporateStage2Timing,
    CorporateStage2Acknowledgement,
    CorporateOmbudsman,
    CorporateComplainant,
    CorporateAdvocate,
    CorporateDisputeResolution,
    CorporateRemedies,
    CorporateRefused,
    CorporateFaultReasons,
    // The Code's annual report (paragraph 8.1): each corporate stage by service area, and the
    // stages outside the Code's limits (findings of non-compliance) by service area.
    CorporateStage1ServiceArea,
    CorporateStage2ServiceArea,
    CorporateStage1OutsideLimits,
    CorporateStage2OutsideLimits,
    // A regime's complaints by a breakdown field (compute_figures counts them: figures.cpp).
    ChildrenServiceArea,
    ChildrenGender,
    ChildrenAgeBand,
    ChildrenEthnicity,
    ChildrenDisability,
    CorporateServiceArea,
};
inline constexpr std::size_t kTableCount = 66;

struct TableSpec {
    TableId id{};
    // Its name in templates: {{table NAME}}, {{chart NAME}}, {{list NAME}}, NAME[VALUE],
    // NAME.total. "" when templates cannot name it.
    std::string_view name{};
    std::string_view heading{};          // the first column's heading in print, and the chart's title
    std::string_view json{};             // its key in `ascreport figures`, objects joined by '.'
    std::string_view text{};             // its title in --format text; "" under its group's heading
    std::string_view text_when_empty{};  // --format text with no rows: "TEXT for PERIOD."; "": the table
    Counted counts{};                    // what it counts
    std::optional<Field> field{};        // the breakdown field it groups by, or
    std::string_view column{};           // the column it groups by when that is no breakdown field
    bool compared = false;               // beside the previous period's counts
    // An equality table (gender, age, ethnicity, disability): printed for the year alone, and
    // its counts from 1 to N-1 hidden with --suppress-below N.
    bool equality = false;
    // Its values are the data's own free text (service areas, authorities, ...), not a fixed
    // vocabulary: {{list}} puts the largest first, and when a template can print the table its
    // values are part of the personal-data scan.
    bool free_text = false;
    // An equality table whose rows that print a shown 0 are left out, but for the empty value
    // (N/A), which always shows: the children's age table, whose vocabulary is the whole export's
    // age bands (the adult bands, or those report.toml declares), most of which no child can be
    // in. compute_figures lists every value, as for any table; leave_out_zero_rows (figures.hpp)
    // leaves the 0s out, called by suppress_equality_tables, which every job calls before it
    // prints figures, once --suppress-below has marked the table. So a 0 it hides (*) stays
    // listed, and a listed row says no more than the whole table would: a reader who fills the
    // left-out rows in with 0 has the table every other equality table prints. A left-out row
    // reads as 0 wherever it is named (TABLE[VALUE]).
    bool omits_zero_rows = false;
    std::string_view value_axis = "Complaints";  // the chart's value axis
    bool percent_column = true;                  // a % column beside each count in print
    // Counted::Stages, RespondedStages, RegimeComplaints: the regime, and the stage (1 to 3; 0
    // for the regime's own tables).
    Regime regime = Regime::Adult;
    std::uint8_t stage = 0;
    // Its sheet's name in `figures --format xlsx` (at most 31 characters, no '.'; the regimes'
    // tables have one); "": the name, else the JSON key.
    std::string_view sheet{};

    // Printed beside the previous year: compared, and not an equality table.
    constexpr bool prints_previous() const { return compared && !equality; }
};

// The grouping column's name: the rows' key in JSON ("outcome", "decision").
constexpr std::string_view column_of(const TableSpec& t) { return t.field ? field_spec(*t.field).name : t.column; }

// In TableId order, which is also their order in templates' table lists and in `figures`.
inline constexpr std::array<TableSpec, kTableCount> kTables{{
    {.id = TableId::Route, .name = "route", .heading = "Route", .json = "complaints_by_route",
     .text = "Complaints by route", .counts = Counted::Complaints, .field = Field::Route, .compared = true},
    {.id = TableId::Outcome, .name = "outcome", .heading = "Outcome", .json = "statutory_complaints.outcome",
     .text = "Statutory complaints by outcome", .counts = Counted::StatutoryComplaints, .field = Field::Outcome,
     .compared = true},
    {.id = TableId::Method, .name = "method", .heading = "Method", .json = "statutory_complaints.method",
     .text = "Statutory complaints by method", .counts = Counted::StatutoryComplaints, .field = Field::Method,
     .compared = true},
    {.id = TableId::ServiceArea, .name = "service_area", .heading = "Service area",
     .json = "statutory_complaints.service_area", .text = "Statutory complaints by service area",
     .counts = Counted::StatutoryComplaints, .field = Field::ServiceArea, .compared = true, .free_text = true},
    {.id = TableId::Timescale, .name = "timescale", .heading = "Timescale", .json = "statutory_complaints.timescale",
     .text = "Statutory complaints by timescale", .counts = Counted::TimedStatutoryComplaints,
     .field = Field::Timescale, .compared = true},
    {.id = TableId::Gender, .name = "gender", .heading = "Gender", .json = "statutory_complaints.gender",
     .text = "Statutory complaints by gender", .counts = Counted::StatutoryComplaints, .field = Field::Gender,
     .equality = true},
    {.id = TableId::AgeBand, .name = "age_band", .heading = "Age band", .json = "statutory_complaints.age_band",
     .text = "Statutory complaints by age band", .counts = Counted::StatutoryComplaints, .field = Field::AgeBand,
     .equality = true},
    {.id = TableId::Ethnicity, .name = "ethnicity", .heading = "Ethnicity", .json = "statutory_complaints.ethnicity",
     .text = "Statutory complaints by ethnicity", .counts = Counted::StatutoryComplaints, .field = Field::Ethnicity,
     .equality = true, .free_text = true},
    {.id = TableId::Disability, .name = "disability", .heading = "Disability",
     .json = "statutory_complaints.disability", .text = "Statutory complaints by disability",
     .counts = Counted::StatutoryComplaints, .field = Field::Disability, .equality = true},
    {.id = TableId::Month, .name = "month", .heading = "Month", .json = "statutory_complaints.month",
     .text = "Statutory complaints by month received", .counts = Counted::StatutoryComplaints,
     .field = Field::Month},
    {.id = TableId::Provider, .name = "provider", .heading = "Provider", .json = "statutory_complaints.provider",
     .text = "Statutory complaints by external provider", .counts = Counted::StatutoryComplaints,
     .field = Field::Provider, .free_text = true},
    {.id = TableId::Category, .name = "category", .heading = "Category", .json = "concerns_by_category",
     .text = "Concerns raised in statutory complaints, by category", .counts = Counted::Concerns,
     .field = Field::Category, .compared = true, .free_text = true, .value_axis = "Concerns"},
    // Charted as "Complaints", as the report always has.
    {.id = TableId::ComplimentsMonth, .name = "compliments_month", .heading = "Month", .json = "compliments_by_month",
     .text = "Compliments by month received", .counts = Counted::Compliments, .field = Field::Month,
     .compared = true},
    {.id = TableId::ComplimentsServiceArea, .heading = "Service area", .json = "compliments_by_service_area",
     .text = "Compliments by service area", .counts = Counted::Compliments, .field = Field::ServiceArea,
     .free_text = true, .value_axis = "Compliments"},
    {.id = TableId::ComplimentsSource, .heading = "Source", .json = "compliments_by_source",
     .text = "Compliments by source", .counts = Counted::Compliments, .column = "source",
     .value_axis = "Compliments"},
    {.id = TableId::LgscoDecided, .name = "lgsco_decided", .heading = "Decision", .json = "ombudsman.decided",
     .counts = Counted::OmbudsmanDecisions, .column = "decision", .compared = true},
    {.id = TableId::Regional, .name = "regional", .heading = "Authority", .json = "regional",
     .text = "Regional comparison", .text_when_empty = "No regional figures", .counts = Counted::RegionalCases,
     .column = "authority", .free_text = true, .value_axis = "Cases", .percent_column = false},
    // Regimes and stages (compute/stages.cpp counts them; docs/figures-json.md, "regimes").
    {.id = TableId::AdultStage1Outcome, .name = "adult.stage_1.outcome", .heading = "Outcome", .json = "regimes.adult.stage_1.outcome",
     .text = "Adult social care, stage 1: outcome", .counts = Counted::Stages, .column = "outcome", .compared = true,
     .regime = Regime::Adult, .stage = 1, .sheet = "adult_stage1_outcome"},
    {.id = TableId::AdultStage1Timing, .name = "adult.stage_1.timing", .heading = "Timing", .json = "regimes.adult.stage_1.timing",
     .text = "Adult social care, stage 1: timing", .counts = Counted::Stages, .column = "timing", .compared = true,
     .regime = Regime::Adult, .stage = 1, .sheet = "adult_stage1_timing"},
    {.id = TableId::AdultStage1Acknowledgement, .name = "adult.stage_1.acknowledgement", .heading = "Acknowledgement", .json = "regimes.adult.stage_1.acknowledgement",
     .text = "Adult social care, stage 1: acknowledgement", .counts = Counted::Stages, .column = "acknowledgement", .compared = true,
     .regime = Regime::Adult, .stage = 1, .sheet = "adult_stage1_acknowledged"},
    {.id = TableId::AdultOmbudsman, .name = "adult.ombudsman", .heading = "Ombudsman", .json = "regimes.adult.ombudsman",
     .text = "Adult social care: taken to the Ombudsman, of those whose last stage was responded to", .counts = Counted::RespondedStages, .column = "ombudsman", .compared = true,
     .regime = Regime::Adult, .stage = 0, .sheet = "adult_ombudsman"},
    {.id = TableId::AdultComplainant, .name = "adult.complainant", .heading = "Complainant", .json = "regimes.adult.complainant",
     .text = "Adult social care: who complained", .counts = Counted::RegimeComplaints, .column = "complainant", .compared = true,
     .regime = Regime::Adult, .stage = 0, .sheet = "adult_complainant"},
    {.id = TableId::AdultAdvocate, .name = "adult.advocate", .heading = "Advocate", .json = "regimes.adult.advocate",
     .text = "Adult social care: an advocate involved", .counts = Counted::RegimeComplaints, .column = "advocate", .compared = true,
     .regime = Regime::Adult, .stage = 0, .sheet = "adult_advocate"},
    {.id = TableId::AdultDisputeResolution, .name = "adult.dispute_resolution", .heading = "Dispute resolution", .json = "regimes.adult.dispute_resolution",
     .text = "Adult social care: dispute resolution offered", .counts = Counted::RegimeComplaints, .column = "dispute_resolution", .compared = true,
     .regime = Regime::Adult, .stage = 0, .sheet = "adult_dispute_resolution"},
    {.id = TableId::AdultRemedies, .name = "adult.remedies", .heading = "Remedy", .json = "regimes.adult.remedies",
     .text = "Adult social care: remedies by type", .counts = Counted::RegimeComplaints, .column = "remedy", .compared = true, .value_axis = "Remedies",
     .regime = Regime::Adult, .stage = 0, .sheet = "adult_remedies"},
    {.id = TableId::AdultRefused, .name = "adult.refused", .heading = "Reason refused", .json = "regimes.adult.refused",
     .text = "Adult social care: refused, by reason", .counts = Counted::RegimeComplaints, .column = "refused_reason", .compared = true, .free_text = true,
     .regime = Regime::Adult, .stage = 0, .sheet = "adult_refused"},
    {.id = TableId::AdultFaultReasons, .name = "adult.fault_reasons", .heading = "Reason for fault", .json = "regimes.adult.fault_reasons",
     .text = "Adult social care: reasons fault was found", .counts = Counted::RegimeComplaints, .column = "fault_reason", .compared = true, .free_text = true,
     .regime = Regime::Adult, .stage = 0, .sheet = "adult_fault_reasons"},
    {.id = TableId::ChildrenStage1Outcome, .name = "children.stage_1.outcome", .heading = "Outcome", .json = "regimes.children.stage_1.outcome",
     .text = "Children's social care, stage 1: outcome", .counts = Counted::Stages, .column = "outcome", .compared = true,
     .regime = Regime::Children, .stage = 1, .sheet = "children_stage1_outcome"},
    {.id = TableId::ChildrenStage1Timing, .name = "children.stage_1.timing", .heading = "Timing", .json = "regimes.children.stage_1.timing",
     .text = "Children's social care, stage 1: timing", .counts = Counted::Stages, .column = "timing", .compared = true,
     .regime = Regime::Children, .stage = 1, .sheet = "children_stage1_timing"},
    {.id = TableId::ChildrenStage1Escalated, .name = "children.stage_1.escalated", .heading = "Escalation", .json = "regimes.children.stage_1.escalated",
     .text = "Children's social care, stage 1: escalated to stage 2, of those responded to", .counts = Counted::RespondedStages, .column = "escalated", .compared = true,
     .regime = Regime::Children, .stage = 1, .sheet = "children_stage1_escalated"},
    {.id = TableId::ChildrenStage2Outcome, .name = "children.stage_2.outcome", .heading = "Outcome", .json = "regimes.children.stage_2.outcome",
     .text = "Children's social care, stage 2: outcome", .counts = Counted::Stages, .column = "outcome", .compared = true,
     .regime = Regime::Children, .stage = 2, .sheet = "children_stage2_outcome"},
    {.id = TableId::ChildrenStage2Timing, .name = "children.stage_2.timing", .heading = "Timing", .json = "regimes.children.stage_2.timing",
     .text = "Children's social care, stage 2: timing", .counts = Counted::Stages, .column = "timing", .compared = true,
     .regime = Regime::Children, .stage = 2, .sheet = "children_stage2_timing"},
    {.id = TableId::ChildrenStage2Escalated, .name = "children.stage_2.escalated", .heading = "Escalation", .json = "regimes.children.stage_2.escalated",
     .text = "Children's social care, stage 2: escalated to stage 3, of those responded to", .counts = Counted::RespondedStages, .column = "escalated", .compared = true,
     .regime = Regime::Children, .stage = 2, .sheet = "children_stage2_escalated"},
    {.id = TableId::ChildrenStage3Outcome, .name = "children.stage_3.outcome", .heading = "Outcome", .json = "regimes.children.stage_3.outcome",
     .text = "Children's social care, stage 3: outcome", .counts = Counted::Stages, .column = "outcome", .compared = true,
     .regime = Regime::Children, .stage = 3, .sheet = "children_stage3_outcome"},
    {.id = TableId::ChildrenStage3Timing, .name = "children.stage_3.timing", .heading = "Timing", .json = "regimes.children.stage_3.timing",
     .text = "Children's social care, stage 3: timing", .counts = Counted::Stages, .column = "timing", .compared = true,
     .regime = Regime::Children, .stage = 3, .sheet = "children_stage3_timing"},
    {.id = TableId::ChildrenOmbudsman, .name = "children.ombudsman", .heading = "Ombudsman", .json = "regimes.children.ombudsman",
     .text = "Children's social care: taken to the Ombudsman, of those whose last stage was responded to", .counts = Counted::RespondedStages, .column = "ombudsman", .compared = true,
     .regime = Regime::Children, .stage = 0, .sheet = "children_ombudsman"},
    {.id = TableId::ChildrenComplainant, .name = "children.complainant", .heading = "Complainant", .json = "regimes.children.complainant",
     .text = "Children's social care: who complained", .counts = Counted::RegimeComplaints, .column = "complainant", .compared = true,
     .regime = Regime::Children, .stage = 0, .sheet = "children_complainant"},
    {.id = TableId::ChildrenAdvocate, .name = "children.advocate", .heading = "Advocate", .json = "regimes.children.advocate",
     .text = "Children's social care: an advocate involved", .counts = Counted::RegimeComplaints, .column = "advocate", .compared = true,
     .regime = Regime::Children, .stage = 0, .sheet = "children_advocate"},
    {.id = TableId::ChildrenDisputeResolution, .name = "children.dispute_resolution", .heading = "Dispute resolution", .json = "regimes.children.dispute_resolution",
     .text = "Children's social care: dispute resolution offered", .counts = Counted::RegimeComplaints, .column = "dispute_resolution", .compared = true,
     .regime = Regime::Children, .stage = 0, .sheet = "children_dispute_resolution"},
    {.id = TableId::ChildrenRemedies, .name = "children.remedies", .heading = "Remedy", .json = "regimes.children.remedies",
     .text = "Children's social care: remedies by type", .counts = Counted::RegimeComplaints, .column = "remedy", .compared = true, .value_axis = "Remedies",
     .regime = Regime::Children, .stage = 0, .sheet = "children_remedies"},
    {.id = TableId::ChildrenRefused, .name = "children.refused", .heading = "Reason refused", .json = "regimes.children.refused",
     .text = "Children's social care: refused, by reason", .counts = Counted::RegimeComplaints, .column = "refused_reason", .compared = true, .free_text = true,
     .regime = Regime::Children, .stage = 0, .sheet = "children_refused"},
    {.id = TableId::ChildrenFaultReasons, .name = "children.fault_reasons", .heading = "Reason for fault", .json = "regimes.children.fault_reasons",
     .text = "Children's social care: reasons fault was found", .counts = Counted::RegimeComplaints, .column = "fault_reason", .compared = true, .free_text = true,
     .regime = Regime::Children, .stage = 0, .sheet = "children_fault_reasons"},
    {.id = TableId::CorporateStage1Outcome, .name = "corporate.stage_1.outcome", .heading = "Outcome", .json = "regimes.corporate.stage_1.outcome",
     .text = "Corporate, stage 1: outcome", .counts = Counted::Stages, .column = "outcome", .compared = true,
     .regime = Regime::Corporate, .stage = 1, .sheet = "corporate_stage1_outcome"},
    {.id = TableId::CorporateStage1Timing, .name = "corporate.stage_1.timing", .heading = "Timing", .json = "regimes.corporate.stage_1.timing",
     .text = "Corporate, stage 1: timing", .counts = Counted::Stages, .column = "timing", .compared = true,
     .regime = Regime::Corporate, .stage = 1, .sheet = "corporate_stage1_timing"},
    {.id = TableId::CorporateStage1Acknowledgement, .name = "corporate.stage_1.acknowledgement", .heading = "Acknowledgement", .json = "regimes.corporate.stage_1.acknowledgement",
     .text = "Corporate, stage 1: acknowledgement", .counts = Counted::Stages, .column = "acknowledgement", .compared = true,
     .regime = Regime::Corporate, .stage = 1, .sheet = "corporate_stage1_acknowledged"},
    {.id = TableId::CorporateStage1Escalated, .name = "corporate.stage_1.escalated", .heading = "Escalation", .json = "regimes.corporate.stage_1.escalated",
     .text = "Corporate, stage 1: escalated to stage 2, of those responded to", .counts = Counted::RespondedStages, .column = "escalated", .compared = true,
     .regime = Regime::Corporate, .stage = 1, .sheet = "corporate_stage1_escalated"},
    {.id = TableId::CorporateStage2Outcome, .name = "corporate.stage_2.outcome", .heading = "Outcome", .json = "regimes.corporate.stage_2.outcome",
     .text = "Corporate, stage 2: outcome", .counts = Counted::Stages, .column = "outcome", .compared = true,
     .regime = Regime::Corporate, .stage = 2, .sheet = "corporate_stage2_outcome"},
    {.id = TableId::CorporateStage2Timing, .name = "corporate.stage_2.timing", .heading = "Timing", .json = "regimes.corporate.stage_2.timing",
     .text = "Corporate, stage 2: timing", .counts = Counted::Stages, .column = "timing", .compared = true,
     .regime = Regime::Corporate, .stage = 2, .sheet = "corporate_stage2_timing"},
    {.id = TableId::CorporateStage2Acknowledgement, .name = "corporate.stage_2.acknowledgement", .heading = "Acknowledgement", .json = "regimes.corporate.stage_2.acknowledgement",
     .text = "Corporate, stage 2: acknowledgement", .counts = Counted::Stages, .column = "acknowledgement", .compared = true,
     .regime = Regime::Corporate, .stage = 2, .sheet = "corporate_stage2_acknowledged"},
    {.id = TableId::CorporateOmbudsman, .name = "corporate.ombudsman", .heading = "Ombudsman", .json = "regimes.corporate.ombudsman",
     .text = "Corporate: taken to the Ombudsman, of those whose last stage was responded to", .counts = Counted::RespondedStages, .column = "ombudsman", .compared = true,
     .regime = Regime::Corporate, .stage = 0, .sheet = "corporate_ombudsman"},
    {.id = TableId::CorporateComplainant, .name = "corporate.complainant", .heading = "Complainant", .json = "regimes.corporate.complainant",
     .text = "Corporate: who complained", .counts = Counted::RegimeComplaints, .column = "complainant", .compared = true,
     .regime = Regime::Corporate, .stage = 0, .sheet = "corporate_complainant"},
    {.id = TableId::CorporateAdvocate, .name = "corporate.advocate", .heading = "Advocate", .json = "regimes.corporate.advocate",
     .text = "Corporate: an advocate involved", .counts = Counted::RegimeComplaints, .column = "advocate", .compared = true,
     .regime = Regime::Corporate, .stage = 0, .sheet = "corporate_advocate"},
    {.id = TableId::CorporateDisputeResolution, .name = "corporate.dispute_resolution", .heading = "Dispute resolution", .json = "regimes.corporate.dispute_resolution",
     .text = "Corporate: dispute resolution offered", .counts = Counted::RegimeComplaints, .column = "dispute_resolution", .compared = true,
     .regime = Regime::Corporate, .stage = 0, .sheet = "corporate_dispute_resolution"},
    {.id = TableId::CorporateRemedies, .name = "corporate.remedies", .heading = "Remedy", .json = "regimes.corporate.remedies",
     .text = "Corporate: remedies by type", .counts = Counted::RegimeComplaints, .column = "remedy", .compared = true, .value_axis = "Remedies",
     .regime = Regime::Corporate, .stage = 0, .sheet = "corporate_remedies"},
    {.id = TableId::CorporateRefused, .name = "corporate.refused", .heading = "Reason refused", .json = "regimes.corporate.refused",
     .text = "Corporate: refused, by reason", .counts = Counted::RegimeComplaints, .column = "refused_reason", .compared = true, .free_text = true,
     .regime = Regime::Corporate, .stage = 0, .sheet = "corporate_refused"},
    {.id = TableId::CorporateFaultReasons, .name = "corporate.fault_reasons", .heading = "Reason for fault", .json = "regimes.corporate.fault_reasons",
     .text = "Corporate: reasons fault was found", .counts = Counted::RegimeComplaints, .column = "fault_reason", .compared = true, .free_text = true,
     .regime = Regime::Corporate, .stage = 0, .sheet = "corporate_fault_reasons"},
    // The Code's annual report: by the stage's requested date, as the stage's other tables.
    // outside_limits: the stages responded late, open and overdue, or acknowledged late.
    {.id = TableId::CorporateStage1ServiceArea, .name = "corporate.stage_1.service_area", .heading = "Service area", .json = "regimes.corporate.stage_1.service_area",
     .text = "Corporate, stage 1: by service area", .counts = Counted::Stages, .column = "service_area", .compared = true, .free_text = true,
     .regime = Regime::Corporate, .stage = 1, .sheet = "corporate_stage1_service_area"},
    {.id = TableId::CorporateStage2ServiceArea, .name = "corporate.stage_2.service_area", .heading = "Service area", .json = "regimes.corporate.stage_2.service_area",
     .text = "Corporate, stage 2: by service area", .counts = Counted::Stages, .column = "service_area", .compared = true, .free_text = true,
     .regime = Regime::Corporate, .stage = 2, .sheet = "corporate_stage2_service_area"},
    {.id = TableId::CorporateStage1OutsideLimits, .name = "corporate.stage_1.outside_limits", .heading = "Service area", .json = "regimes.corporate.stage_1.outside_limits",
     .text = "Corporate, stage 1: outside the Code's limits, by service area", .counts = Counted::Stages, .column = "outside_limits", .compared = true, .free_text = true,
     .regime = Regime::Corporate, .stage = 1, .sheet = "corporate_stage1_outside_limits"},
    {.id = TableId::CorporateStage2OutsideLimits, .name = "corporate.stage_2.outside_limits", .heading = "Service area", .json = "regimes.corporate.stage_2.outside_limits",
     .text = "Corporate, stage 2: outside the Code's limits, by service area", .counts = Counted::Stages, .column = "outside_limits", .compared = true, .free_text = true,
     .regime = Regime::Corporate, .stage = 2, .sheet = "corporate_stage2_outside_limits"},
    // A regime's complaints (Counted::RegimeComplaints) by a breakdown field, by received date.
    {.id = TableId::ChildrenServiceArea, .name = "children.service_area", .heading = "Service area", .json = "regimes.children.service_area",
     .text = "Children's social care: complaints by service area", .counts = Counted::RegimeComplaints, .field = Field::ServiceArea,
     .compared = true, .free_text = true, .regime = Regime::Children, .sheet = "children_service_area"},
    {.id = TableId::ChildrenGender, .name = "children.gender", .heading = "Gender", .json = "regimes.children.gender",
     .text = "Children's social care: complaints by gender", .counts = Counted::RegimeComplaints, .field = Field::Gender,
     .equality = true, .regime = Regime::Children, .sheet = "children_gender"},
    {.id = TableId::ChildrenAgeBand, .name = "children.age_band", .heading = "Age band", .json = "regimes.children.age_band",
     .text = "Children's social care: complaints by age band", .counts = Counted::RegimeComplaints, .field = Field::AgeBand,
     .equality = true, .omits_zero_rows = true, .regime = Regime::Children, .sheet = "children_age_band"},
    {.id = TableId::ChildrenEthnicity, .name = "children.ethnicity", .heading = "Ethnicity", .json = "regimes.children.ethnicity",
     .text = "Children's social care: complaints by ethnicity", .counts = Counted::RegimeComplaints, .field = Field::Ethnicity,
     .equality = true, .free_text = true, .regime = Regime::Children, .sheet = "children_ethnicity"},
    {.id = TableId::ChildrenDisability, .name = "children.disability", .heading = "Disability", .json = "regimes.children.disability",
     .text = "Children's social care: complaints by disability", .counts = Counted::RegimeComplaints, .field = Field::Disability,
     .equality = true, .regime = Regime::Children, .sheet = "children_disability"},
    {.id = TableId::CorporateServiceArea, .name = "corporate.service_area", .heading = "Service area", .json = "regimes.corporate.service_area",
     .text = "Corporate: complaints by service area", .counts = Counted::RegimeComplaints, .field = Field::ServiceArea,
     .compared = true, .free_text = true, .regime = Regime::Corporate, .sheet = "corporate_service_area"},
}};

constexpr const TableSpec& table_spec(TableId id) { return kTables[static_cast<std::size_t>(id)]; }

// ---- Numbers ------------------------------------------------------------------------------------

// The numbers Figures holds apart from its tables (Figures::count).
enum class CountId : std::uint8_t {
    TimescaleLeftOut, Over20Extended, UpheldOrPartly, LgscoNew, LgscoStillOpen, LgscoFinancialRemedies,
    LgscoRemedyPence, LongTermSupport,
    // Every case of lgsco.csv, whichever complaint (or none) it names: the Code's report sets them
    // beside the Ombudsman's letter, which counts every service of the council.
    LgscoAllNew, LgscoAllDecided, LgscoAllUpheld, LgscoAllFinancialRemedies, LgscoAllRemedyPence,
    MedianWorkingDays, MeanWorkingDays,  // of the statutory complaints with a response, in tenths
    // Regimes and stages: each stage's median and mean working days to its response (tenths),
    // and each regime's financial redress (pence).
    AdultStage1MedianWorkingDays, AdultStage1MeanWorkingDays, AdultRemedyPence, ChildrenStage1MedianWorkingDays, ChildrenStage1MeanWorkingDays, ChildrenStage2MedianWorkingDays, ChildrenStage2MeanWorkingDays, ChildrenStage3MedianWorkingDays, ChildrenStage3MeanWorkingDays, ChildrenRemedyPence, CorporateStage1MedianWorkingDays, CorporateStage1MeanWorkingDays, CorporateStage2MedianWorkingDays, CorporateStage2MeanWorkingDays, CorporateRemedyPence,
};
inline constexpr std::size_t kCountIds = 30;

// Where a number's value is read from.
enum class NumberSource : std::uint8_t {
    Count,             // Figures::count(count)
    TableTotal,        // the total of `table`
    TableRow,          // the count of `table`'s row `row`
    TimescalePercent,  // Figures::timescale_percent[slot]: from the records, else report.toml
    SuppressBelow,     // N of --suppress-below (the equality tables'), 0 without it
};

// Money: pence. Tenths: a measure to one decimal, held as whole tenths (125 is 12.5).
enum class Unit : std::uint8_t { Count, Money, Percent, Tenths };

struct NumberSpec {
    std::string_view name{};           // its name in templates, {{NAME}}; "" when templates cannot name it
    std::string_view json{};           // its key in `ascreport figures`; "" when not there
    std::string_view json_previous{};  // the previous period's value's key; "" when not there
    // Its line in --format text: "LABEL: VALUE", with " (PREVIOUS PERIOD: VALUE)" when the JSON
    // has its previous value. "" and not text_continues: not printed.
    std::string_view text{};
    bool text_continues = false;  // on the line before, after ", " ("Financial remedies: 2, £750")
    NumberSource source = NumberSource::Count;
    CountId count{};         // NumberSource::Count
    TableId table{};         // NumberSource::TableTotal, TableRow
    std::string_view row{};  // NumberSource::TableRow: the row's value
    std::size_t slot = 0;    // NumberSource::TimescalePercent: 0 the period, 2 the year before the previous
    // What it counts, for a NumberSource::Count: whose earlier data its previous value needs;
    // Counted::Setting for a report.toml [figures] value.
    Counted counts = Counted::StatutoryComplaints;
    bool previous_year = false;  // NumberSource::Count: it has a previous period's value
    // The report.toml [figures] key that gives it (Counted::Setting), or gives it when the records
    // do not (timescale_percent); "" for none.
    std::string_view setting{};
    Unit unit = Unit::Count;
    std::optional<TableId> share_of{};  // {{percent NAME}}: a share of this table's total
    // Counted::Stages and RegimeComplaints numbers: the regime, and the stage (0: the regime's).
    Regime regime = Regime::Adult;
    std::uint8_t stage = 0;
};

// The adult report's template names first, in the order "did you mean" tries them; then the
// numbers only `ascreport figures` prints; then the regimes' numbers, whose template names are
// their JSON keys without "regimes." (and "financial_redress" without "_pence"). A number's
// order in `figures` is its place in kDocument.
inline constexpr std::array<NumberSpec, 52> kNumbers{{
    {.name = "complaints", .source = NumberSource::TableTotal, .table = TableId::Route},
    {.name = "statutory", .source = NumberSource::TableRow, .table = TableId::Route, .row = "Statutory"},
    {.name = "informal", .source = NumberSource::TableRow, .table = TableId::Route, .row = "Informal"},
    {.name = "corporate", .source = NumberSource::TableRow, .table = TableId::Route, .row = "Corporate"},
    {.name = "upheld_or_partly", .json = "key_facts.upheld_or_partly_upheld",
     .json_previous = "key_facts.previous_upheld_or_partly_upheld", .text = "Upheld or partly upheld",
     .count = CountId::UpheldOrPartly, .previous_year = true, .share_of = TableId::Outcome},
    {.name = "over_20_extended", .json = "statutory_complaints.over_20_working_days_extended",
     .json_previous = "statutory_complaints.previous_over_20_working_days_extended",
     .text = "Over 20 working days with an agreed extension", .count = CountId::Over20Extended,
     .previous_year = true},
    {.name = "timescale_percent", .source = NumberSource::TimescalePercent, .slot = 0,
     .counts = Counted::TimedStatutoryComplaints, .setting = "timescale_percent", .unit = Unit::Percent},
    {.name = "timescale_left_out", .json = "statutory_complaints.timescale_left_out",
     .json_previous = "statutory_complaints.previous_timescale_left_out",
     .text = "Withdrawn before a response (left out of the timescale table)", .count = CountId::TimescaleLeftOut,
     .previous_year = true},
    {.name = "median_working_days", .json = "statutory_complaints.median_working_days",
     .json_previous = "statutory_complaints.previous_median_working_days",
     .text = "Median working days to a response", .count = CountId::MedianWorkingDays, .previous_year = true,
     .unit = Unit::Tenths},
    {.name = "mean_working_days", .json = "statutory_complaints.mean_working_days",
     .json_previous = "statutory_complaints.previous_mean_working_days",
     .text = "Mean working days to a response", .count = CountId::MeanWorkingDays, .previous_year = true,
     .unit = Unit::Tenths},
    {.name = "concerns", .source = NumberSource::TableTotal, .table = TableId::Category},
    {.name = "compliments", .source = NumberSource::TableTotal, .table = TableId::ComplimentsMonth},
    {.name = "long_term_support", .json = "key_facts.long_term_support",
     .json_previous = "key_facts.previous_long_term_support", .text = "People in long-term support",
     .count = CountId::LongTermSupport, .counts = Counted::Setting, .previous_year = true,
     .setting = "long_term_support"},
    {.name = "lgsco.new", .json = "ombudsman.received", .json_previous = "ombudsman.previous_received",
     .text = "Cases received", .count = CountId::LgscoNew, .counts = Counted::OmbudsmanCases, .previous_year = true},
    {.name = "lgsco.decided", .source = NumberSource::TableTotal, .table = TableId::LgscoDecided},
    {.name = "lgsco.upheld", .source = NumberSource::TableRow, .table = TableId::LgscoDecided, .row = "Upheld"},
    {.name = "lgsco.still_open", .json = "ombudsman.still_open", .text = "Still open",
     .count = CountId::LgscoStillOpen, .counts = Counted::OmbudsmanCases},
    {.name = "lgsco.financial_remedies", .json = "ombudsman.financial_remedies", .text = "Financial remedies",
     .count = CountId::LgscoFinancialRemedies, .counts = Counted::OmbudsmanDecisions},
    {.name = "lgsco.financial_remedy_amount", .json = "ombudsman.financial_remedy_pence", .text_continues = true,
     .count = CountId::LgscoRemedyPence, .counts = Counted::OmbudsmanDecisions, .unit = Unit::Money},
    {.name = "lgsco.all.new", .json = "ombudsman.every_service.received",
     .json_previous = "ombudsman.every_service.previous_received", .text = "Ombudsman cases of every service: received",
     .count = CountId::LgscoAllNew, .counts = Counted::OmbudsmanCases, .previous_year = true},
    {.name = "lgsco.all.decided", .json = "ombudsman.every_service.decided",
     .json_previous = "ombudsman.every_service.previous_decided", .text = "decided", .text_continues = true,
     .count = CountId::LgscoAllDecided, .counts = Counted::OmbudsmanDecisions, .previous_year = true},
    {.name = "lgsco.all.upheld", .json = "ombudsman.every_service.upheld",
     .json_previous = "ombudsman.every_service.previous_upheld", .text = "upheld", .text_continues = true,
     .count = CountId::LgscoAllUpheld, .counts = Counted::OmbudsmanDecisions, .previous_year = true},
    {.name = "lgsco.all.financial_remedies", .json = "ombudsman.every_service.financial_remedies",
     .text = "financial remedies", .text_continues = true, .count = CountId::LgscoAllFinancialRemedies,
     .counts = Counted::OmbudsmanDecisions},
    {.name = "lgsco.all.financial_remedy_amount", .json = "ombudsman.every_service.financial_remedy_pence",
     .text_continues = true, .count = CountId::LgscoAllRemedyPence, .counts = Counted::OmbudsmanDecisions,
     .unit = Unit::Money},
    {.name = "regional.total", .source = NumberSource::TableTotal, .table = TableId::Regional},
    {.name = "timescale_percent.before", .source = NumberSource::TimescalePercent, .slot = 2,
     .counts = Counted::TimedStatutoryComplaints, .setting = "timescale_percent", .unit = Unit::Percent},
    {.name = "suppress_below", .source = NumberSource::SuppressBelow},

    {.json = "key_facts.statutory_complaints", .json_previous = "key_facts.previous_statutory_complaints",
     .text = "Statutory complaints", .source = NumberSource::TableTotal, .table = TableId::Outcome},
    {.json = "key_facts.compliments", .json_previous = "key_facts.previous_compliments", .text = "Compliments",
     .source = NumberSource::TableTotal, .table = TableId::ComplimentsMonth},
    {.json = "key_facts.ombudsman_received", .text = "Ombudsman cases received", .count = CountId::LgscoNew,
     .counts = Counted::OmbudsmanCases, .previous_year = true},
    {.json = "key_facts.ombudsman_upheld", .text = "upheld", .text_continues = true,
     .source = NumberSource::TableRow, .table = TableId::LgscoDecided, .row = "Upheld"},

    {.name = "adult.stage_1.received", .json = "regimes.adult.stage_1.received", .json_previous = "regimes.adult.stage_1.previous_received", .text = "Adult social care, stage 1: received",
     .source = NumberSource::TableTotal, .table = TableId::AdultStage1Outcome},
    {.name = "adult.stage_1.median_working_days", .json = "regimes.adult.stage_1.median_working_days", .json_previous = "regimes.adult.stage_1.previous_median_working_days",
     .text = "Adult social care, stage 1: median working days to a response", .count = CountId::AdultStage1MedianWorkingDays, .counts = Counted::Stages,
     .previous_year = true, .unit = Unit::Tenths, .regime = Regime::Adult, .stage = 1},
    {.name = "adult.stage_1.mean_working_days", .json = "regimes.adult.stage_1.mean_working_days", .json_previous = "regimes.adult.stage_1.previous_mean_working_days",
     .text = "Adult social care, stage 1: mean working days to a response", .count = CountId::AdultStage1MeanWorkingDays, .counts = Counted::Stages,
     .previous_year = true, .unit = Unit::Tenths, .regime = Regime::Adult, .stage = 1},
    {.name = "adult.financial_redress", .json = "regimes.adult.financial_redress_pence", .json_previous = "regimes.adult.previous_financial_redress_pence",
     .text = "Adult social care: financial redress paid", .count = CountId::AdultRemedyPence, .counts = Counted::RegimeComplaints,
     .previous_year = true, .unit = Unit::Money, .regime = Regime::Adult, .stage = 0},
    {.name = "children.stage_1.received", .json = "regimes.children.stage_1.received", .json_previous = "regimes.children.stage_1.previous_received", .text = "Children's social care, stage 1: received",
     .source = NumberSource::TableTotal, .table = TableId::ChildrenStage1Outcome},
    {.name = "children.stage_1.median_working_days", .json = "regimes.children.stage_1.median_working_days", .json_previous = "regimes.children.stage_1.previous_median_working_days",
     .text = "Children's social care, stage 1: median working days to a response", .count = CountId::ChildrenStage1MedianWorkingDays, .counts = Counted::Stages,
     .previous_year = true, .unit = Unit::Tenths, .regime = Regime::Children, .stage = 1},
    {.name = "children.stage_1.mean_working_days", .json = "regimes.children.stage_1.mean_working_days", .json_previous = "regimes.children.stage_1.previous_mean_working_days",
     .text = "Children's social care, stage 1: mean working days to a response", .count = CountId::ChildrenStage1MeanWorkingDays, .counts = Counted::Stages,
     .previous_year = true, .unit = Unit::Tenths, .regime = Regime::Children, .stage = 1},
    {.name = "children.stage_2.received", .json = "regimes.children.stage_2.received", .json_previous = "regimes.children.stage_2.previous_received", .text = "Children's social care, stage 2: received",
     .source = NumberSource::TableTotal, .table = TableId::ChildrenStage2Outcome},
    {.name = "children.stage_2.median_working_days", .json = "regimes.children.stage_2.median_working_days", .json_previous = "regimes.children.stage_2.previous_median_working_days",
     .text = "Children's social care, stage 2: median working days to a response", .count = CountId::ChildrenStage2MedianWorkingDays, .counts = Counted::Stages,
     .previous_year = true, .unit = Unit::Tenths, .regime = Regime::Children, .stage = 2},
    {.name = "children.stage_2.mean_working_days", .json = "regimes.children.stage_2.mean_working_days", .json_previous = "regimes.children.stage_2.previous_mean_working_days",
     .text = "Children's social care, stage 2: mean working days to a response", .count = CountId::ChildrenStage2MeanWorkingDays, .counts = Counted::Stages,
     .previous_year = true, .unit = Unit::Tenths, .regime = Regime::Children, .stage = 2},
    {.name = "children.stage_3.received", .json = "regimes.children.stage_3.received", .json_previous = "regimes.children.stage_3.previous_received", .text = "Children's social care, stage 3: received",
     .source = NumberSource::TableTotal, .table = TableId::ChildrenStage3Outcome},
    {.name = "children.stage_3.median_working_days", .json = "regimes.children.stage_3.median_working_days", .json_previous = "regimes.children.stage_3.previous_median_working_days",
     .text = "Children's social care, stage 3: median working days to a response", .count = CountId::ChildrenStage3MedianWorkingDays, .counts = Counted::Stages,
     .previous_year = true, .unit = Unit::Tenths, .regime = Regime::Children, .stage = 3},
    {.name = "children.stage_3.mean_working_days", .json = "regimes.children.stage_3.mean_working_days", .json_previous = "regimes.children.stage_3.previous_mean_working_days",
     .text = "Children's social care, stage 3: mean working days to a response", .count = CountId::ChildrenStage3MeanWorkingDays, .counts = Counted::Stages,
     .previous_year = true, .unit = Unit::Tenths, .regime = Regime::Children, .stage = 3},
    {.name = "children.financial_redress", .json = "regimes.children.financial_redress_pence", .json_previous = "regimes.children.previous_financial_redress_pence",
     .text = "Children's social care: financial redress paid", .count = CountId::ChildrenRemedyPence, .counts = Counted::RegimeComplaints,
     .previous_year = true, .unit = Unit::Money, .regime = Regime::Children, .stage = 0},
    {.name = "corporate.stage_1.received", .json = "regimes.corporate.stage_1.received", .json_previous = "regimes.corporate.stage_1.previous_received", .text = "Corporate, stage 1: received",
     .source = NumberSource::TableTotal, .table = TableId::CorporateStage1Outcome},
    {.name = "corporate.stage_1.median_working_days", .json = "regimes.corporate.stage_1.median_working_days", .json_previous = "regimes.corporate.stage_1.previous_median_working_days",
     .text = "Corporate, stage 1: median working days to a response", .count = CountId::CorporateStage1MedianWorkingDays, .counts = Counted::Stages,
     .previous_year = true, .unit = Unit::Tenths, .regime = Regime::Corporate, .stage = 1},
    {.name = "corporate.stage_1.mean_working_days", .json = "regimes.corporate.stage_1.mean_working_days", .json_previous = "regimes.corporate.stage_1.previous_mean_working_days",
     .text = "Corporate, stage 1: mean working days to a response", .count = CountId::CorporateStage1MeanWorkingDays, .counts = Counted::Stages,
     .previous_year = true, .unit = Unit::Tenths, .regime = Regime::Corporate, .stage = 1},
    {.name = "corporate.stage_2.received", .json = "regimes.corporate.stage_2.received", .json_previous = "regimes.corporate.stage_2.previous_received", .text = "Corporate, stage 2: received",
     .source = NumberSource::TableTotal, .table = TableId::CorporateStage2Outcome},
    {.name = "corporate.stage_2.median_working_days", .json = "regimes.corporate.stage_2.median_working_days", .json_previous = "regimes.corporate.stage_2.previous_median_working_days",
     .text = "Corporate, stage 2: median working days to a response", .count = CountId::CorporateStage2MedianWorkingDays, .counts = Counted::Stages,
     .previous_year = true, .unit = Unit::Tenths, .regime = Regime::Corporate, .stage = 2},
    {.name = "corporate.stage_2.mean_working_days", .json = "regimes.corporate.stage_2.mean_working_days", .json_previous = "regimes.corporate.stage_2.previous_mean_working_days",
     .text = "Corporate, stage 2: mean working days to a response", .count = CountId::CorporateStage2MeanWorkingDays, .counts = Counted::Stages,
     .previous_year = true, .unit = Unit::Tenths, .regime = Regime::Corporate, .stage = 2},
    {.name = "corporate.financial_redress", .json = "regimes.corporate.financial_redress_pence", .json_previous = "regimes.corporate.previous_financial_redress_pence",
     .text = "Corporate: financial redress paid", .count = CountId::CorporateRemedyPence, .counts = Counted::RegimeComplaints,
     .previous_year = true, .unit = Unit::Money, .regime = Regime::Corporate, .stage = 0},
}};

// The number a template names, or nullptr.
constexpr const NumberSpec* find_number(std::string_view name) {
    for (const NumberSpec& n : kNumbers)
        if (!n.name.empty() && n.name == name) return &n;
    return nullptr;
}

// ---- The figures document (`ascreport figures`) -----------------------------------------------

// What `figures` prints besides tables and numbers.
enum class Part : std::uint8_t {
    Period, PreviousPeriod,
    MonthComparison,    // Figures::complaints_vs_compliments
    DecidedCases,       // Figures::ombudsman.decided_cases
    PendingCases,       // Figures::ombudsman.received_not_decided
    TimescalePercents,  // Figures::timescale_percent
};

struct PartSpec {
    Part part{};
    std::string_view json{};
    std::string_view text{};  // its title or label in --format text
    std::string_view name{};  // its name in {{table NAME}} and {{chart NAME}}; "" when none
};

inline constexpr std::array<PartSpec, 6> kParts{{
    {Part::Period, "period", "Figures for"},
    {Part::PreviousPeriod, "previous_period", ""},
    {Part::MonthComparison, "complaints_vs_compliments", "Compliments compared with statutory complaints",
     "complaints_vs_compliments"},
    {Part::DecidedCases, "ombudsman.decided_cases", "Decided in the period"},
    {Part::PendingCases, "ombudsman.received_not_decided", "Received in the period, not decided in it"},
    {Part::TimescalePercents, "key_facts.within_20_working_days", "Resolved within 20 working days"},
}};

constexpr const PartSpec& part_spec(Part p) { return kParts[static_cast<std::size_t>(p)]; }

// The JSON objects that --format text prints under one heading: their numbers first, then their
// table, then their lists of cases.
struct GroupSpec {
    std::string_view json{};
    std::string_view text{};
};
inline constexpr std::array<GroupSpec, 2> kTextGroups{{{"ombudsman", "Ombudsman (LGSCO)"}, {"key_facts", "Key facts"}}};

struct DocumentEntry {
    enum class Kind : std::uint8_t { Table, Number, Part };
    Kind kind;
    std::size_t index;  // into kTables, kNumbers or kParts
};

namespace registry_detail {
constexpr DocumentEntry table(TableId id) { return {DocumentEntry::Kind::Table, static_cast<std::size_t>(id)}; }
constexpr DocumentEntry part(Part p) { return {DocumentEntry::Kind::Part, static_cast<std::size_t>(p)}; }
// The number whose JSON key is `json`; a key that no number has does not compile.
consteval DocumentEntry number(std::string_view json) {
    for (std::size_t i = 0; i < kNumbers.size(); ++i)
        if (kNumbers[i].json == json) return {DocumentEntry::Kind::Number, i};
    throw "no number has this JSON key";
}
}  // namespace registry_detail

// The order of `ascreport figures` (docs/figures-json.md): its JSON keys, and --format text.
inline constexpr auto kDocument = [] {
    using namespace registry_detail;
    return std::array{
        part(Part::Period),
        part(Part::PreviousPeriod),
        table(TableId::Route),
        table(TableId::Outcome),
        table(TableId::Method),
        table(TableId::ServiceArea),
        table(TableId::Timescale),
        number("statutory_complaints.timescale_left_out"),
        number("statutory_complaints.over_20_working_days_extended"),
        number("statutory_complaints.median_working_days"),
        number("statutory_complaints.mean_working_days"),
        table(TableId::Gender),
        table(TableId::AgeBand),
        table(TableId::Ethnicity),
        table(TableId::Disability),
        table(TableId::Month),
        table(TableId::Provider),
        table(TableId::Category),
        table(TableId::ComplimentsMonth),
        table(TableId::ComplimentsServiceArea),
        table(TableId::ComplimentsSource),
        part(Part::MonthComparison),
        number("ombudsman.received"),
        table(TableId::LgscoDecided),
        number("ombudsman.still_open"),
        number("ombudsman.financial_remedies"),
        number("ombudsman.financial_remedy_pence"),
        part(Part::DecidedCases),
        part(Part::PendingCases),
        number("ombudsman.every_service.received"),
        number("ombudsman.every_service.decided"),
        number("ombudsman.every_service.upheld"),
        number("ombudsman.every_service.financial_remedies"),
        number("ombudsman.every_service.financial_remedy_pence"),
        table(TableId::Regional),
        number("key_facts.long_term_support"),
        number("key_facts.statutory_complaints"),
        number("key_facts.upheld_or_partly_upheld"),
        part(Part::TimescalePercents),
        number("key_facts.compliments"),
        number("key_facts.ombudsman_received"),
        number("key_facts.ombudsman_upheld"),
        table(TableId::AdultStage1Outcome),
        number("regimes.adult.stage_1.received"),
        table(TableId::AdultStage1Timing),
        table(TableId::AdultStage1Acknowledgement),
        number("regimes.adult.stage_1.median_working_days"),
        number("regimes.adult.stage_1.mean_working_days"),
        table(TableId::AdultOmbudsman),
        table(TableId::AdultComplainant),
        table(TableId::AdultAdvocate),
        table(TableId::AdultDisputeResolution),
        table(TableId::AdultRemedies),
        number("regimes.adult.financial_redress_pence"),
        table(TableId::AdultRefused),
        table(TableId::AdultFaultReasons),
        table(TableId::ChildrenStage1Outcome),
        number("regimes.children.stage_1.received"),
        table(TableId::ChildrenStage1Timing),
        number("regimes.children.stage_1.median_working_days"),
        number("regimes.children.stage_1.mean_working_days"),
        table(TableId::ChildrenStage1Escalated),
        table(TableId::ChildrenStage2Outcome),
        number("regimes.children.stage_2.received"),
        table(TableId::ChildrenStage2Timing),
        number("regimes.children.stage_2.median_working_days"),
        number("regimes.children.stage_2.mean_working_days"),
        table(TableId::ChildrenStage2Escalated),
        table(TableId::ChildrenStage3Outcome),
        number("regimes.children.stage_3.received"),
        table(TableId::ChildrenStage3Timing),
        number("regimes.children.stage_3.median_working_days"),
        number("regimes.children.stage_3.mean_working_days"),
        table(TableId::ChildrenOmbudsman),
        table(TableId::ChildrenComplainant),
        table(TableId::ChildrenAdvocate),
        table(TableId::ChildrenDisputeResolution),
        table(TableId::ChildrenRemedies),
        number("regimes.children.financial_redress_pence"),
        table(TableId::ChildrenRefused),
        table(TableId::ChildrenFaultReasons),
        table(TableId::ChildrenServiceArea),
        table(TableId::ChildrenGender),
        table(TableId::ChildrenAgeBand),
        table(TableId::ChildrenEthnicity),
        table(TableId::ChildrenDisability),
        table(TableId::CorporateStage1Outcome),
        number("regimes.corporate.stage_1.received"),
        table(TableId::CorporateStage1Timing),
        table(TableId::CorporateStage1Acknowledgement),
        number("regimes.corporate.stage_1.median_working_days"),
        number("regimes.corporate.stage_1.mean_working_days"),
        table(TableId::CorporateStage1Escalated),
        table(TableId::CorporateStage1ServiceArea),
        table(TableId::CorporateStage1OutsideLimits),
        table(TableId::CorporateStage2Outcome),
        number("regimes.corporate.stage_2.received"),
        table(TableId::CorporateStage2Timing),
        table(TableId::CorporateStage2Acknowledgement),
        number("regimes.corporate.stage_2.median_working_days"),
        number("regimes.corporate.stage_2.mean_working_days"),
        table(TableId::CorporateStage2ServiceArea),
        table(TableId::CorporateStage2OutsideLimits),
        table(TableId::CorporateOmbudsman),
        table(TableId::CorporateComplainant),
        table(TableId::CorporateAdvocate),
        table(TableId::CorporateDisputeResolution),
        table(TableId::CorporateRemedies),
        number("regimes.corporate.financial_redress_pence"),
        table(TableId::CorporateRefused),
        table(TableId::CorporateFaultReasons),
        table(TableId::CorporateServiceArea),
    };
}();

// ---- Consistency, checked as the registry compiles ----------------------------------------------

namespace registry_detail {
constexpr bool ids_in_order() {
    for (std::size_t i = 0; i < kFieldSpecs.size(); ++i)
        if (static_cast<std::size_t>(kFieldSpecs[i].field) != i) return false;
    for (std::size_t i = 0; i < kTables.size(); ++i)
        if (static_cast<std::size_t>(kTables[i].id) != i) return false;
    for (std::size_t i = 0; i < kParts.size(); ++i)
        if (static_cast<std::size_t>(kParts[i].part) != i) return false;
    return true;
}
}  // namespace registry_detail
static_assert(registry_detail::ids_in_order(), "kFieldSpecs, kTables and kParts must be in the order of their enums");
static_assert([] {
    for (const TableSpec& t : kTables)
        if (t.omits_zero_rows && (!t.equality || !t.field)) return false;
    return true;
}(), "omits_zero_rows is for an equality table by a breakdown field");

}  // namespace ascreport
