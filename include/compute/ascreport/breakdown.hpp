// Breakdown questions over a Dataset: group the complaints, concerns, compliments or Ombudsman
// cases of a period by one or two fields, filtered. Part of the compute stage: it counts with the same dimensions
// as compute_figures (compute/dimension.hpp); the query stage prints the answer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ascreport/date.hpp"
#include "ascreport/field.hpp"
#include "ascreport/figures.hpp"
#include "ascreport/period.hpp"

namespace ascreport {

struct Dataset;
class WorkingDayCalendar;

enum class RouteChoice : std::uint8_t { Statutory, Informal, Corporate, All };
std::optional<RouteChoice> parse_route_choice(std::string_view text);  // "statutory", ..., "all"

struct BreakdownQuery {
    Period period;
    std::vector<std::string> by;     // field names as typed: one or two
    // "FIELD=VALUE" as typed. Conditions on different fields must all hold; repeating a field
    // accepts any of its values. Values match case-insensitively; a month is "2023-04" (or
    // "April 2023"), a quarter "2023/24-Q3", a year "2023/24"; "N/A", "Open" and
    // "No provider" select empty fields.
    std::vector<std::string> where;
    // Default: statutory complaints, or every route when `by` or `where` names route.
    std::optional<RouteChoice> route;
    bool compare = false;            // add Period::previous() beside each row
    // The kind of record counted; each has its own fields (has_field). Every kind is counted by
    // its received date (a concern by its complaint's).
    Records of = Records::Complaints;
    // What each percent is a share of: Row and Column need two fields (BreakdownRow::share_whole).
    ShareOf percent = ShareOf::Total;
    // Add each group's response times (BreakdownRow::measures); complaints only.
    bool measure = false;
    // [input] records_start: with `compare`, a previous period the records of the kind do not
    // wholly cover has no earlier data (ascreport/coverage.hpp, Breakdown::no_earlier_data).
    std::optional<Date> records_start{};
};

struct BreakdownResult {
    Breakdown breakdown;
    std::string error;  // a usage error naming what is allowed; empty on success
    bool ok() const { return error.empty(); }
};

// The most pairs of values a two-field breakdown counts (--by quarter,month over a century,
// 100,000 service areas by month): above it run_breakdown returns an error, not a grid of
// gigabytes (docs/faults.md).
inline constexpr std::size_t kMaxBreakdownCells = 2'000'000;

// Counts the records of `query.of` received in the period by the fields asked for. Complaints
// become concerns when `category` or `subcategory` is in `by` or `where`: a concern belongs to
// its complaint's period and shares its fields; `route` chooses the complaints (and their
// concerns) and is a usage error for compliments and Ombudsman cases.
// One pass over the records; counting allocates nothing per record.
BreakdownResult run_breakdown(const Dataset& data, const WorkingDayCalendar& calendar,
                              const BreakdownQuery& query);

// ---- The records behind a figure: `ascreport list` ----------------------------------------------

// One row per complaint received in the period that --route and --where select, with the
// columns asked for: contract columns the loader reads (never any other), and derived ones.
struct ListQuery {
    Period period;
    std::vector<std::string> where;   // as BreakdownQuery::where
    std::optional<RouteChoice> route;  // as BreakdownQuery::route
    std::vector<std::string> fields;  // list_fields() names; empty: kDefaultListFields
    // A field to sort by, ascending; "FIELD:desc" descending. Empty values sort last. Empty:
    // received date, then reference. Ties keep that order.
    std::string sort;
    std::optional<Date> as_of;        // open_working_days counts to this day; default period.last
};

// What a list cell holds: a number (working days) and a date keep their type for CSV, JSON and
// spreadsheets; an empty cell is an empty field (no responded date, no provider).
struct ListCell {
    enum class Kind : std::uint8_t { Empty, Text, Number, Date } kind = Kind::Empty;
    std::string text;        // Text; a Date's ISO form; a Number's digits
    std::int64_t number = 0;
    Date date;
};

struct CaseList {
    std::vector<std::string> columns;             // field names
    std::vector<std::vector<ListCell>> rows;
};

struct ListResult {
    CaseList list;
    std::string error;  // a usage error naming what is allowed; empty on success
    bool ok() const { return error.empty(); }
};

// Every field `list --fields` accepts, in the order the help lists them.
std::vector<std::string_view> list_fields();
inline constexpr const char* kDefaultListFields =
    "reference,received,responded,route,outcome,service_area,timescale,working_days";

ListResult run_list(const Dataset& data, const WorkingDayCalendar& calendar, const ListQuery& query);

// The checks that need no data: one or two known fields of the kind in `by`, FIELD=VALUE with
// a known field of the kind in `where`, no route for a kind that has none. Returns the usage error, or "" when the question is well formed.
std::string check_query(const BreakdownQuery& query);

}  // namespace ascreport
