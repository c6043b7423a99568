// Which years the data covers (issue 19, point 7): a period is compared with the one before it
// only where the records of its kind cover the whole of that earlier period. Part of the compute
// stage; `validate` prints partial_years, compute_figures and run_breakdown mark what they
// cannot compare.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <vector>

#include "ascreport/date.hpp"
#include "ascreport/figure_registry.hpp"
#include "ascreport/period.hpp"

namespace ascreport {

struct Dataset;

// Why the previous period of a kind of record has nothing to compare with.
enum class EarlierData : std::uint8_t {
    Whole,    // covered: compared
    None,     // nothing of the kind received on or before the previous period's last day
    Partial,  // some records, but the data covers only part of a year the period overlaps
};

// A financial year the records of one kind cover only in part, and why.
struct PartialYear {
    RecordKind kind = RecordKind::Complaints;
    FinancialYear year;
    std::optional<Date> first;        // the first record of the kind received in the year
    std::array<bool, 4> quarters{};   // whether a record was received in each quarter (Q1 = April-June)
    bool before_records_start = false;  // begins before [input] records_start
};

// Where the records of each kind are whole, from the Dataset and [input] records_start.
//
// A financial year is whole for a kind when its file holds records received in each of the
// year's four quarters, or when records_start is on or before the year's 1 April. For
// complaints (and their concerns) and compliments, the case system's records, a year that
// begins before records_start is partial whatever it holds; Ombudsman cases, recorded from the
// Ombudsman's letters, always go by their own file (or records_start's whole years). A kind
// with no records at all has no partial years: it has no earlier data (EarlierData::None).
class Coverage {
public:
    Coverage(const Dataset& data, std::optional<Date> records_start);

    bool whole(RecordKind kind, FinancialYear year) const;
    // Whether `period` can be compared with: each financial year it overlaps is whole, or it
    // begins on or after records_start (a month or quarter inside a partial year's last part).
    EarlierData earlier(RecordKind kind, const Period& previous) const;
    // Every partial year of every kind that a later year could be compared with: from each
    // kind's first record to its last year, before the latest year of the data (of any kind);
    // by kind, then year.
    std::vector<PartialYear> partial_years() const;

private:
    struct Year {
        std::array<bool, 4> quarters{};
        Date first;  // its first record
    };
    struct Kind {
        std::optional<Date> first;       // the earliest record of the kind
        std::map<FinancialYear, Year> years;  // the years holding records
    };
    static std::size_t slot(RecordKind k);
    std::array<Kind, 3> kinds_;  // complaints, compliments, Ombudsman cases
    std::optional<Date> records_start_;
};

}  // namespace ascreport
