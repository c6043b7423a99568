// The compute stage's output: every figure of the annual report for one period, as exact
// counts. Plain data: nothing here formats for display, prints or reads a clock.
//
// One generic table type, Breakdown, serves every table the report prints and every answer of
// `ascreport breakdown`: rows of (group, count) with the table's own total, and, where a
// table compares periods, the previous period's counts beside them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ascreport/date.hpp"
#include "ascreport/period.hpp"
#include "ascreport/vocab.hpp"

namespace ascreport {

struct Dataset;
class WorkingDayCalendar;

// The whole-number percentage of `part` in `whole`, rounded half up for display
// (1/8 = 12.5% -> 13). A negative part rounds half away from zero (-12.5% -> -13), so a
// change reads the same size either way. A whole of 0 or less gives 0: callers that must tell
// "no total" apart (the compliments "%" column) check the whole themselves.
int percent_half_up(std::int64_t part, std::int64_t whole);

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

struct BreakdownRow {
    std::vector<Group> groups;             // one per field, in the order of Breakdown::fields
    std::int64_t count = 0;
    std::optional<std::int64_t> previous;  // the previous period's count, when compared
    Suppressed suppressed = Suppressed::No;           // for `count`
    Suppressed previous_suppressed = Suppressed::No;  // for `previous`
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
    // Compared, but the data holds no record of this table's kind received on or before the
    // previous period's last day: there is nothing to compare with. The previous counts are
    // then 0 (and previous_total is set, so compared() holds), but they are no data, not
    // zeros: the report prints "no data" and compares nothing, figures JSON prints null.
    // Only compute_figures sets it; the breakdown query never does.
    bool no_earlier_data = false;

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
    std::optional<int> difference_percent() const {
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

struct OmbudsmanFigures {
    std::int64_t received = 0;           // new cases: received in the period
    // nullopt when no case was received on or before the previous period's last day (no
    // earlier data; `decided` is then marked no_earlier_data too).
    std::optional<std::int64_t> previous_received;
    // Decided in the period, whatever period they were received in, by decision: the six
    // decisions, every one even at zero; compared with the previous period.
    Breakdown decided;
    // Received by the period's last day with no decision recorded: open now.
    std::int64_t still_open = 0;
    // Decided in the period, upheld, with a remedy amount above zero.
    std::int64_t financial_remedies = 0;
    std::int64_t financial_remedy_pence = 0;
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
};

// The previous period's plain numbers (previous_*) are nullopt when their kind of record has
// no earlier data: nothing of it was received on or before the previous period's last day.
struct KeyFigures {
    // report.toml [figures]: people in long-term support on 31 March; only for financial years.
    std::optional<std::int64_t> long_term_support;
    std::optional<std::int64_t> previous_long_term_support;
    std::int64_t statutory_complaints = 0;
    std::optional<std::int64_t> previous_statutory_complaints;
    // Statutory complaints upheld or partly upheld (the summary's "fully or partially upheld").
    std::int64_t upheld_or_partly = 0;
    std::optional<std::int64_t> previous_upheld_or_partly;
    std::vector<TimescalePercent> timescale;  // the period, the one before, the one before that
    std::int64_t compliments = 0;
    std::optional<std::int64_t> previous_compliments;
    std::int64_t ombudsman_received = 0;
    std::int64_t ombudsman_upheld = 0;        // decided in the period as upheld
};

// Every figure of the annual report for one period. Breakdowns marked "compared" carry the
// previous period (Period::previous()) beside each row, as the reference's tables do; when
// that kind of record (complaints, compliments, Ombudsman cases) has no earlier data, they
// are marked Breakdown::no_earlier_data and the plain previous numbers are nullopt.
struct Figures {
    Period period;
    Period previous;

    Breakdown complaints_by_route;  // every route; compared

    // Statutory complaints
    Breakdown outcome;              // compared
    Breakdown method;               // compared
    Breakdown service_area;         // compared
    // Within / over 20 working days / still open; compared. Complaints withdrawn before a
    // response have no timescale: they are left out (not in its rows or total) and counted in
    // timescale_left_out.
    Breakdown timescale;
    std::int64_t timescale_left_out = 0;
    std::optional<std::int64_t> previous_timescale_left_out;
    std::int64_t over_20_extended = 0;  // of those over 20 working days, with an agreed extension
    std::optional<std::int64_t> previous_over_20_extended;
    Breakdown gender;
    Breakdown age_band;
    Breakdown ethnicity;
    Breakdown disability;
    Breakdown month;                // month received, every month of the period
    Breakdown provider;             // the external provider, "No provider" for the rest

    // Concerns raised in statutory complaints, by category (a share of all those concerns)
    Breakdown concern_category;     // compared

    // Compliments
    Breakdown compliments_by_month;  // compared; total = compliments received in the period
    Breakdown compliments_by_service_area;  // "Not recorded" for an empty service area
    Breakdown compliments_by_source;        // form, card, ...; every source even at zero
    std::vector<MonthComparison> complaints_vs_compliments;

    OmbudsmanFigures ombudsman;

    // regional.csv rows for the period's financial year, by authority (alphabetical); empty
    // unless the period is a financial year.
    Breakdown regional;

    KeyFigures key_facts;
};

// Computes every figure for `period` in one pass over each kind of record. The calendar
// decides timescales; settings (people in long-term support, timescale history) come from
// data.settings.
Figures compute_figures(const Dataset& data, const WorkingDayCalendar& calendar, const Period& period);

}  // namespace ascreport
