// Internal to compute and query: a Field turned into a function from a record to a dense
// index, and from an index back to its Group. Both the figures and the breakdown query count
// into flat arrays indexed this way, so one pass over the records needs no allocation.
//
// Records are counted in "slots": slot 0 is the period asked for, slot 1 the period compared
// with (and the figures use slot 2 for the year before that). Date-derived fields index by
// position inside the record's own slot period (the first month of a period is 0 in every
// slot), so April 2023 and April 2022 share a row when 2023/24 is compared with 2022/23; the
// row is named after the period asked for.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "ascreport/calendar.hpp"
#include "ascreport/dataset.hpp"
#include "ascreport/field.hpp"
#include "ascreport/figures.hpp"
#include "ascreport/period.hpp"
#include "ascreport/stages.hpp"

namespace ascreport::detail {

// Months, quarters and financial years as whole numbers, so positions are differences.
int month_number(Date d);    // year * 12 + month - 1
int quarter_number(Date d);  // financial year * 4 + quarter - 1
int year_number(Date d);     // the financial year's start year

// One stage of a complaint, as `breakdown --of stages` counts it: timed at the as-of day.
struct StageRecord {
    const Complaint& complaint;
    const StageView& stage;
    const StageClock& clock;
    Escalation escalated;
};

class Dimension {
public:
    // `slot_periods[s]` is the period of slot s; slot 0 names the rows.
    Dimension(Field field, const Dataset& data, const WorkingDayCalendar& calendar,
              std::span<const Period> slot_periods);

    Field field() const { return field_; }
    std::size_t size() const { return size_; }
    // Whether the value has a row even when it counts nothing: every vocabulary value, date
    // and timescale group does (but "Withdrawn before a response"), and the contract's five
    // concern categories; other free-text values show only where they count something.
    bool always_shown(std::size_t index) const { return index < always_shown_.size() && always_shown_[index]; }

    // The record's index: `concern` is the concern counted (for Category), or null.
    std::size_t index(const Complaint& c, const Concern* concern, std::size_t slot) const;
    // A compliment's index, for the fields a compliment has: service area and those derived
    // from its received date; whether it has this one: has_compliment_field().
    std::size_t index(const Compliment& c, std::size_t slot) const;
    bool has_compliment_field() const;
    // An Ombudsman case's index, for the fields a case has (has_field(Records::Lgsco, field)):
    // month, quarter and year are of its received date.
    std::size_t index(const OmbudsmanCase& c, std::size_t slot) const;
    // A stage's index: its own outcome, extended, dates (month, quarter, year of its requested
    // day), number, timing, acknowledgement and escalation; its complaint's other fields.
    std::size_t index(const StageRecord& s, std::size_t slot) const;
    Group group(std::size_t index) const;
    bool free_text() const { return table() != nullptr; }
    // Every index, in display order: vocabulary order; free text by its grouping key, the empty
    // value last; dates in time order.
    const std::vector<std::size_t>& order() const { return order_; }
    // The index whose key or label matches `text` (case-insensitive, spaces collapsed), or
    // size() when none does. Only for fields that are not derived from dates.
    std::size_t find(std::string_view text) const;
    // Every accepted value spelling, for a usage error.
    std::vector<std::string> allowed_values() const;

private:
    const TextTable* table() const;
    Field field_;
    const Dataset& data_;
    const WorkingDayCalendar& calendar_;
    std::vector<int> slot_start_;  // month/quarter/year number of each slot's first day
    Date first_;                   // slot 0's first day
    std::size_t size_ = 0;
    std::vector<bool> always_shown_;
    std::vector<std::size_t> order_;
    std::vector<std::string> extra_labels_;  // known categories the data does not hold
    TextTable remedies_;           // Field::Remedy: the cases' remedies, grouped as free text
    int first_decided_year_ = 0;   // Field::DecidedYear: the year of index 0
};

// Counts over one or two dimensions and any number of slots, as one flat array.
class Tally {
public:
    Tally(std::vector<const Dimension*> dims, std::size_t slots);
    void add(std::size_t slot, std::size_t i0, std::size_t i1 = 0) { ++counts_[(slot * size0_ + i0) * size1_ + i1]; }
    std::int64_t count(std::size_t slot, std::size_t i0, std::size_t i1 = 0) const {
        return counts_[(slot * size0_ + i0) * size1_ + i1];
    }
    std::int64_t total(std::size_t slot) const;
    // --measure working_days: a counted complaint's working days to its response, in slot 0.
    // breakdown() then gives each row (and the total) its WorkingDayMeasures.
    void add_days(std::size_t i0, std::size_t i1, int days) {
        if (days_.empty()) days_.resize(size0_ * size1_);
        days_[i0 * size1_ + i1].push_back(days);
        measured_ = true;
    }
    void measure() { measured_ = true; }
    // The rows, in display order; when `compared`, previous counts come from slot 1. One field
    // lists every value that always_shown() or that counts something; two fields list only
    // the combinations that count something.
    Breakdown breakdown(std::span<const Period> slot_periods, bool compared) const;

private:
    std::vector<const Dimension*> dims_;
    std::size_t slots_, size0_, size1_;
    std::vector<std::int64_t> counts_;
    bool measured_ = false;
    std::vector<std::vector<int>> days_;  // by cell of slot 0, with add_days
};

// The measures of some working days (in any order): the median (the mean of the two middle
// values when there is an even number), the mean rounded half up, both in tenths, and the most.
WorkingDayMeasures measure_working_days(std::vector<int> days);

}  // namespace ascreport::detail
