// Breakdown questions over a Dataset: group the complaints, concerns, compliments or Ombudsman
// cases of a period by one or two fields, filtered. Part of the compute stage: it counts with the same dimensions
// as compute_figures (compute/dimension.hpp); the format stage prints the answer, and the jobs
// stage reads the question's words (ascreport/query_words.hpp).
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
#include "ascreport/time_limits.hpp"

namespace ascreport {

struct Dataset;
class WorkingDayCalendar;

enum class RouteChoice : std::uint8_t { Statutory, Informal, Corporate, All };
std::optional<RouteChoice> parse_route_choice(std::string_view text);  // "statutory", ..., "all"

enum class RegimeChoice : std::uint8_t { Adult, Children, Corporate, All };
// "adult", "children", "corporate", "all", or a regime's label ("Children's social care"), in
// any case.
std::optional<RegimeChoice> parse_regime_choice(std::string_view text);

// A question is asked in three phases: its words are parsed once, by the caller that knows
// how they were typed (the jobs stage: the options' names, their usage messages), into the
// fields and conditions below; run_breakdown and run_list bind each condition's value to the
// data's values (QueryProblem when the data has no such value) and count. Nothing here reads
// a name typed by the user or words a message for an option.

// One condition on a field: FIELD=VALUE. Values match case-insensitively; "N/A", "Open" and
// "No provider" select empty fields. A field derived from the received date (month, quarter,
// year) holds its date range instead.
struct Condition {
    Field field = Field::Outcome;
    std::string value;            // trimmed; for a date field the text it was parsed from
    std::optional<Period> dates;  // month, quarter, year: the range received in
};

struct BreakdownQuery {
    Period period;
    std::vector<Field> by;  // one or two, each a field of `of` (has_field), not twice
    // Conditions on different fields must all hold; repeating a field accepts any of its values.
    std::vector<Condition> where;
    // Default: the complaints handled in their regime's procedure (the statutory route of adult
    // social care, every route but the informal one of the others: in_procedure, stages.hpp), or
    // every route when `by` or `where` names route. Complaints and concerns only.
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
    // The regimes counted. Default: adult social care for complaints and concerns (as the
    // report's tables), or every regime when `by` or `where` names regime; every regime for
    // stages. Complaints, concerns and stages only.
    std::optional<RegimeChoice> regime{};
    // Stages: the limits they are timed against ([time_limits]), and the day open stages are
    // judged at and escalations counted by (default: the period's last day).
    TimeLimits limits{};
    std::optional<Date> as_of{};
};

// What the data says against a well-formed question, for the caller to word.
struct QueryProblem {
    enum class Kind : std::uint8_t {
        None,
        NoSuchValue,   // where[condition]'s value is none of the field's `values`
        TooManyCells,  // two fields whose pairs of values exceed kMaxBreakdownCells
    };
    Kind kind = Kind::None;
    std::size_t condition = 0;        // NoSuchValue: the index in `where`
    std::vector<std::string> values;  // NoSuchValue: the values the field has
    bool free_text = false;           // NoSuchValue: the values are the data's own (not the contract's)
    std::size_t cells = 0;            // TooManyCells: the pairs; 0 when the first field alone exceeds the limit
};

struct BreakdownResult {
    Breakdown breakdown;
    QueryProblem problem;
    bool ok() const { return problem.kind == QueryProblem::Kind::None; }
};

// The most pairs of values a two-field breakdown counts (--by quarter,month over a century,
// 100,000 service areas by month): above it run_breakdown returns a problem, not a grid of
// gigabytes (docs/faults.md).
inline constexpr std::size_t kMaxBreakdownCells = 2'000'000;

// Counts the records of `query.of` received in the period by the fields asked for. A stage is
// counted by the day it was requested (stage 1: received); stages are those of the complaints
// handled in their procedure (in_procedure, not refused), at most their regime's. Complaints
// become concerns when `category` or `subcategory` is in `by` or `where`: a concern belongs to
// its complaint's period and shares its fields; `route` chooses the complaints (and their
// concerns) and is a usage error for compliments and Ombudsman cases.
// One pass over the records; counting allocates nothing per record.
BreakdownResult run_breakdown(const Dataset& data, const WorkingDayCalendar& calendar,
                              const BreakdownQuery& query);

// ---- The records behind a figure: `ascreport list` ----------------------------------------------

// One row per complaint received in the period that --route and --where select, with the
// columns asked for: contract columns the loader reads (never any other), and derived ones.
// A column of the list: the list's own (reference, dates, working days) or a complaint's field
// (not category or subcategory: a complaint may raise several concerns).
// Stage columns (Column::Stage) are named stageN_PART: its dates as recorded (stage 1's are the
// complaint's received, acknowledged, extended_to and responded), its outcome, and, for a
// complaint handled in its procedure (in_procedure, not refused), its timing, acknowledgement,
// working days on the stage clock and escalation, as `breakdown --of stages` counts them.
struct ListField {
    enum class Column : std::uint8_t {
        Reference, Received, Responded, WorkingDays, OpenWorkingDays, Field,
        Stages,     // "stages": how many stages the complaint reached
        Ombudsman,  // "escalated_to_ombudsman": Yes or No (lgsco.csv's complaint, by --as-of)
        Stage,      // stageN_PART
    };
    enum class Part : std::uint8_t {
        Requested, Acknowledged, ExtendedTo, Responded, Panel, Outcome, OnTime, Acknowledgement, WorkingDays,
        Escalated,
    };
    Column column = Column::Reference;
    Field field = Field::Route;  // Column::Field
    std::uint8_t stage = 0;      // Column::Stage: 1 to 3
    Part part = Part::Requested;  // Column::Stage (Panel: stage 3 only)
    bool operator==(const ListField&) const = default;
};
std::optional<ListField> parse_list_field(std::string_view name);  // a list_fields() name, case-insensitive
std::string_view list_field_name(ListField f);                      // "working_days", "service_area"

struct ListQuery {
    Period period;
    std::vector<Condition> where;      // as BreakdownQuery::where; not category or subcategory
    std::optional<RouteChoice> route;  // as BreakdownQuery::route
    std::vector<ListField> fields;     // the columns, in order; empty: default_list_fields()
    // The column (an index into the columns) to sort by, ascending or descending. Empty values sort
    // last. None: received date, then reference. Ties keep that order.
    std::optional<std::size_t> sort;
    bool descending = false;
    // open_working_days counts to this day, and stages are judged at it; default period.last.
    std::optional<Date> as_of;
    std::optional<RegimeChoice> regime;  // as BreakdownQuery::regime for complaints
    TimeLimits limits{};                 // what the stage columns are timed against
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
    QueryProblem problem;  // NoSuchValue only
    bool ok() const { return problem.kind == QueryProblem::Kind::None; }
};

// Every field `list --fields` accepts, in the order the help lists them.
std::vector<std::string_view> list_fields();
inline constexpr const char* kDefaultListFields =
    "reference,received,responded,route,outcome,service_area,timescale,working_days";
std::vector<ListField> default_list_fields();  // kDefaultListFields

ListResult run_list(const Dataset& data, const WorkingDayCalendar& calendar, const ListQuery& query);

}  // namespace ascreport
