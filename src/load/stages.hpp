// complaints.csv's columns of regimes and stages (docs/input-format.md, "Regimes and stages"):
// read from a row into a Complaint, and the rules across a complaint's stages checked.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ascreport/contract.hpp"
#include "ascreport/dataset.hpp"
#include "csv_table.hpp"
#include "fields.hpp"
#include "file_report.hpp"

namespace ascreport::load {

// The complaints loader's columns (kComplaintsReadColumns), by index.
enum ComplaintCol : std::size_t {
    kReference, kReceived, kResponded, kRoute, kOutcome, kMethod, kServiceArea, kProvider,
    kGender, kAgeBand, kEthnicity, kDisability, kExtended,
    kRegime, kAcknowledged, kExtendedTo,
    kStage2Requested, kStage2Acknowledged, kStage2Extended, kStage2ExtendedTo, kStage2Responded, kStage2Outcome,
    kStage3Requested, kStage3Acknowledged, kStage3Extended, kStage3ExtendedTo, kStage3Responded, kStage3Outcome,
    kStage3Panel, kComplainant, kAdvocate, kDisputeResolution, kRemedy, kRemedyAmount, kFaultReason, kRefused,
    kRefusedReason, kStage, kPanel, kComplaintColumns
};
static_assert(kComplaintColumns == kComplaintsReadColumns.size());
static_assert(kComplaintRowColumns == kStage);

class StageColumns {
public:
    StageColumns(const InputMapping& s, Dataset& data);

    // The row's stage in the row-per-stage shape: 1, 2 or 3; 0 when the cell is not one (reported).
    int stage_of(const Row& t, FileReport& report);

    // Reads the row's columns of regimes and stages into `c` (which has nothing else set):
    // the complaint's own (regime, complainant, ..., refused_reason), and the stage's
    // acknowledged, extended (from the extended cell `extended_cell` and extended_to) and, in
    // the row-per-complaint shape, the stage 2 and 3 groups into c.later_stages. `start` is the
    // row's received date (nullopt after its error). `stage`: the row's stage in the
    // row-per-stage shape, 0 in the other. Problems are reported; c is whole only when none.
    void read(const Row& t, std::optional<Date> start, int stage, Complaint& c, FileReport& report);

private:
    void read_later_stage(const Row& t, int number, Complaint& c, FileReport& report);
    void read_remedies(const Row& t, Complaint& c, FileReport& report);
    // A stage's extended cell and extended_to date: whether it was extended; "No" with a date
    // is reported.
    bool extension(const Row& t, std::size_t extended_col, std::string_view extended_name, std::size_t to_col,
                   std::string_view to_name, const std::optional<Date>& to, FileReport& report);
    std::optional<Date> date(const Row& t, std::size_t col, std::string_view name, FileReport& report);

    bool per_stage_;
    VocabMatcher regime_, complainant_, advocate_, dispute_, remedy_, refused_, extended_, outcome_, stage_;
    DateReader dates_;
    FreeTextColumn fault_reason_, refused_reason_;
};

// The rules across a complaint's stages (docs/input-format.md): regime and stage number,
// stage 3 after stage 2, each stage requested after the previous one's response, a panel only
// on a children's stage 3, no later stage of a refused complaint. Each problem is reported at
// the stage's line (`per_stage`: a row of its own, its columns named as the row's), and the
// count of problems returned.
std::size_t check_stages(const Complaint& c, bool per_stage, FileReport& report);

// The columns of kComplaintsReadColumns whose values differ between `a` and `b` (as read:
// mapped spellings that read the same agree), in column order: the complaint's own columns,
// and with `stages` also each stage's (the received and responded dates, outcome, extended,
// acknowledged, extended_to, the later stages).
std::vector<std::size_t> differing_columns(const Complaint& a, const Complaint& b, bool stages);

}  // namespace ascreport::load
