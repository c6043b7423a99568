// The compute stage's output: every figure of the annual report for one period, as exact
// counts. Plain data: nothing here formats for display, prints or reads a clock.
//
// One generic table type, Breakdown, serves every table the report prints and every answer of
// `ascreport breakdown`: rows of (group, count) with the table's own total, and, where a
// table compares periods, the previous period's counts beside them.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ascreport/coverage.hpp"
#include "ascreport/date.hpp"
#include "ascreport/figure_registry.hpp"
#include "ascreport/period.hpp"
#include "ascreport/time_limits.hpp"
#include "ascreport/vocab.hpp"

namespace ascreport {

struct Dataset;
class WorkingDayCalendar;

// The whole-number percentage of `part` in `whole`, rounded half up for display
// (1/8 = 12.5% -> 13). A negative part rounds half away from zero (-12.5% -> -13), so a
// change reads the same size either way. A whole of 0 or less gives 0: callers that must tell
// "no total" apart (the compliments "%" column) check the whole themselves. Exact for every
// part and whole (the arithmetic is 128-bit); a result beyond int64 (only from figures far
// above the documented bounds) is clamped.
std::int64_t percent_half_up(std::int64_t part, std::int64_t whole);

// One value of one field: `key` is the canonical spelling that CSV and JSON print ("2023-04",
// "Partly upheld", "N/A"); `label` is the display spelling of tables and the report
// ("April 2023"). They differ only for derived fields such as month.
struct Group {
    std::string key;
    std::string label;

    bool operator==(const Group&) const = default;
};

// Small-number disclosure control (ascreport/privacy.hpp, suppress_small_counts): whether a
// count is shown, and if not, why. A hidden count is still in `count`: the writers decide.
enum class Suppressed : std::uint8_t {
    No,
    Small,      // 1 to N-1 ("fewer than N")
    Secondary,  // hidden too, so that a Small count cannot be worked out from the total
};

// Response times of a group's complaints (`breakdown --measure working_days`): working days
// from received to responded, counted as the timescale table counts them. Whole tenths of a
// day, so that nothing here is rounded for display twice.
struct WorkingDayMeasures {
    std::int64_t closed = 0;                     // complaints with a responded date
    std::optional<std::int64_t> median_tenths;   // the middle value, or the mean of the two middle
    std::optional<std::int64_t> mean_tenths;     // rounded half up to a tenth
    std::optional<std::int64_t> max;             // nullopt, like the two above, when closed is 0
};

// What a row's percent is a share of (`breakdown --percent`).
enum class ShareOf : std::uint8_t {
    Total,   // the table's total
    Row,     // the rows with the same first group ("upheld rate per service area")
    Column,  // the rows with the same second group
};

struct BreakdownRow {
    std::vector<Group> groups;             // one per field, in the order of Breakdown::fields
    std::int64_t count = 0;
    std::optional<std::int64_t> previous;  // the previous period's count, when compared
    Suppressed suppressed = Suppressed::No;           // for `count`
    Suppressed previous_suppressed = Suppressed::No;  // for `previous`
    // The whole the percent is of, with ShareOf::Row or Column; nullopt: the table's total.
    std::optional<std::int64_t> share_whole{};
    // The percent is hidden although the count is not: it would give a hidden count of its
    // group away (hide_revealing_shares).
    bool share_hidden = false;
    std::optional<WorkingDayMeasures> measures{};  // with --measure working_days
    bool measures_hidden = false;                // hide_small_group_measures
};

struct Breakdown {
    std::vector<std::string> fields;       // field names, e.g. {"outcome"} or {"outcome", "method"}
    std::vector<BreakdownRow> rows;        // known vocabulary values even at zero, contract order
    std::int64_t total = 0;                // always the sum of rows' counts
    std::optional<std::int64_t> previous_total;  // set exactly when the rows carry `previous`
    std::string period_label;              // "2023/24", "2023/24-Q3", "2023-10-01 to 2023-12-31"
    std::string previous_label;            // empty unless compared
    // N when suppress_small_counts(N) has marked the rows; 0: every count is shown.
    int suppress_below = 0;
    // Whether `total` (and `previous_total`) is shown: a selection of 1 to N-1 records hides
    // its total (ascreport/privacy.hpp, suppress_small_counts).
    Suppressed total_suppressed = Suppressed::No;
    Suppressed previous_total_suppressed = Suppressed::No;
    // Two fields: each field's values in the order a breakdown by that field alone lists them
    // (the same question's one-field tables, whose counts are the margins of this one); the
    // rows list only the pairs that count something. Empty for one field.
    std::vector<std::vector<Group>> field_values;
    // Compared, but the data holds no record of this table's kind received on or before the
    // previous period's last day: there is nothing to compare with. The previous counts are
    // then 0 (and previous_total is set, so compared() holds), but they are no data, not
    // zeros: the report prints "no data" and compares nothing, figures JSON prints null.
    // Only compute_figures sets it; the breakdown query never does.
    bool no_earlier_data = false;
    // With no_earlier_data: the data holds records of the kind from before the previous period
    // ends, but covers only part of a year the previous period overlaps (ascreport/coverage.hpp).
    bool earlier_partial = false;
    ShareOf share_of = ShareOf::Total;
    // With --measure working_days: the measures of every complaint of the table (its total
    // row), and whether they are hidden.
    std::optional<WorkingDayMeasures> total_measures;
    bool total_measures_hidden = false;

    bool compared() const { return previous_total.has_value(); }
    // The row whose first group has this key, or nullptr.
    const BreakdownRow* find(std::string_view key) const;
    std::int64_t count_of(std::string_view key) const;  // 0 when absent
};

// One month of the reference's "compliments compared to complaints" table.
struct MonthComparison {
    Group month;                  // key "2023-04", label "April 2023"
    std::int64_t complaints = 0;  // statutory complaints received in the month
    std::int64_t compliments = 0;

    std::int64_t difference() const { return compliments - complaints; }
    // The reference's "%" column: (compliments - complaints) as a percentage of complaints,
    // rounded half up; nullopt (shown "n/a") in a month with no complaints.
    std::optional<std::int64_t> difference_percent() const {
        if (complaints == 0) return std::nullopt;
        return percent_half_up(difference(), complaints);
    }
};

// One Ombudsman case as the report lists it. `index` finds its summary in Dataset::lgsco.
struct OmbudsmanCaseItem {
    std::size_t index = 0;
    std::string reference;
    Date received;
    std::optional<Date> decided;
    Decision decision = Decision::Open;
    std::int64_t remedy_pence = 0;  // 0 when none was recorded
};

// The Ombudsman cases the report lists one by one.
struct OmbudsmanFigures {
    std::vector<OmbudsmanCaseItem> decided_cases;         // by decided date, then reference
    std::vector<OmbudsmanCaseItem> received_not_decided;  // received in the period, decided
                                                          // after it or not yet; by received date
};

// A year's share of statutory complaints resolved within 20 working days, and where it came
// from: the records when the year has statutory complaints with a timescale (those withdrawn
// before a response have none), else report.toml's history.
struct TimescalePercent {
    enum class Source : std::uint8_t { Records, Settings, None };
    std::string period_label;
    std::optional<int> percent;       // nullopt when Source::None
    Source source = Source::None;
    std::int64_t within = 0;          // the exact counts behind a Records percentage
    std::int64_t total = 0;
    // The complaints cover only part of the year (ascreport/coverage.hpp): its percent is
    // report.toml's, or none unless it is the period itself.
    bool partial = false;
};

// One number of the registry's CountId (ascreport/figure_registry.hpp).
struct Count {
    std::optional<std::int64_t> value;  // nullopt: no value (a setting not given)
    // The previous period's value; nullopt when there is none: the number has no previous
    // year, or its kind of record has no earlier data, or the setting is not given.
    std::optional<std::int64_t> previous;
};

// Every figure of the annual report for one period. What each table and number is, and which
// are compared with the previous period (Period::previous()), is the registry's
// (ascreport/figure_registry.hpp). A compared table whose kind of record (complaints,
// compliments, Ombudsman cases) has no earlier data is marked Breakdown::no_earlier_data, and
// the previous values of the numbers that count that kind are nullopt.
struct Figures {
    Period period;
    Period previous;

    std::array<Breakdown, kTableCount> tables;  // by TableId
    std::array<Count, kCountIds> counts;        // by CountId

    // The reference's monthly table: statutory complaints and compliments received each month.
    std::vector<MonthComparison> complaints_vs_compliments;
    OmbudsmanFigures ombudsman;
    // Resolved within 20 working days: the period, the one before, the one before that.
    std::vector<TimescalePercent> timescale_percent;
    // Whether the previous period is compared, by kind of record (complaints, compliments,
    // Ombudsman cases: RecordKind's order), and if not, why (ascreport/coverage.hpp).
    std::array<EarlierData, 3> earlier{};

    EarlierData earlier_data(RecordKind k) const {
        const auto i = static_cast<std::size_t>(k);
        return i < earlier.size() ? earlier[i] : EarlierData::Whole;
    }

    Breakdown& table(TableId id) { return tables[static_cast<std::size_t>(id)]; }
    const Breakdown& table(TableId id) const { return tables[static_cast<std::size_t>(id)]; }
    Count& count(CountId id) { return counts[static_cast<std::size_t>(id)]; }
    const Count& count(CountId id) const { return counts[static_cast<std::size_t>(id)]; }
};

// A registry number's value in `f`, read as NumberSpec::source says.
struct NumberValue {
    std::optional<std::int64_t> value;     // nullopt: no value here
    bool previous_year = false;            // it has a previous period at all
    std::optional<std::int64_t> previous;  // nullopt with previous_year: no data, or not set
};
NumberValue read_number(const Figures& f, const NumberSpec& n);

// Marks `b` as having no earlier data for `why` (not EarlierData::Whole): the previous counts
// become 0, no data rather than zeros (Breakdown::no_earlier_data).
void mark_no_earlier_data(Breakdown& b, EarlierData why);

// report.toml [figures]: numbers with no records behind them (docs/settings.md).
struct ExtraFigures {
    std::map<FinancialYear, std::int64_t> long_term_support;  // people on 31 March of the year
    std::map<FinancialYear, int> timescale_percent;           // % within 20 working days, of
                                                              // years the records do not cover
    // [input] records_start: the first day of the case system's records; the years before it
    // are partial (ascreport/coverage.hpp). Read from [input], used here.
    std::optional<Date> records_start;
};

// Computes every figure for `period` in one pass over each kind of record. The calendar
// decides timescales; `extra` gives the people in long-term support and the timescale history.
// The tables of the report before regimes (route, outcome, timescale, ...) count adult social
// care complaints only. `limits` time each stage of every regime; `as_of` is the day open stages
// are judged at and escalations counted by (the job passes it: --as-of, by default the earlier
// of today and the period's last day); without it, the period's last day.
Figures compute_figures(const Dataset& data, const WorkingDayCalendar& calendar, const Period& period,
                        const ExtraFigures& extra, const TimeLimits& limits = {},
                        std::optional<Date> as_of = std::nullopt);

// Leaves out the rows of the tables TableSpec::omits_zero_rows marks (the children's age table)
// that print a shown 0: a count of 0 not hidden (nor its previous count, when compared), but
// never the empty value (N/A). compute_figures lists every value; call this after any
// suppression has marked the tables (privacy's suppress_equality_tables does), so that a 0
// hidden as * stays listed and a listed row does not say that its count is above 0.
void leave_out_zero_rows(Figures& f);

}  // namespace ascreport
