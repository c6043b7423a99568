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

namespace ascreport {

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

struct BreakdownRow {
    std::vector<Group> groups;             // one per field, in the order of Breakdown::fields
    std::int64_t count = 0;
    std::optional<std::int64_t> previous;  // the previous period's count, when compared
};

struct Breakdown {
    std::vector<std::string> fields;       // field names, e.g. {"outcome"} or {"outcome", "method"}
    std::vector<BreakdownRow> rows;        // known vocabulary values even at zero, contract order
    std::int64_t total = 0;                // always the sum of rows' counts
    std::optional<std::int64_t> previous_total;  // set exactly when the rows carry `previous`
    std::string period_label;              // "2023/24", "2023/24-Q3", "2023-10-01 to 2023-12-31"
    std::string previous_label;            // empty unless compared

    bool compared() const { return previous_total.has_value(); }
    // The row whose first group has this key, or nullptr.
    const BreakdownRow* find(std::string_view key) const;
    std::int64_t count_of(std::string_view key) const;  // 0 when absent
};

}  // namespace ascreport
