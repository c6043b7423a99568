// The query stage: breakdown questions over a Dataset (group statutory complaints, or
// concerns, by one or two fields, filtered), and the output formats that print a Breakdown.
// Writers take data and a stream; nothing here exits or reads a global.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ascreport/edit_distance.hpp"
#include "ascreport/field.hpp"
#include "ascreport/figures.hpp"
#include "ascreport/period.hpp"

namespace ascreport {

struct Dataset;
class WorkingDayCalendar;

// ---- Breakdown questions --------------------------------------------------------------------

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
};

struct BreakdownResult {
    Breakdown breakdown;
    std::string error;  // a usage error naming what is allowed; empty on success
    bool ok() const { return error.empty(); }
};

// Counts complaints received in the period (concerns, when `category` is in `by` or `where`:
// a concern belongs to its complaint's period and shares its fields) by the fields asked for.
// One pass over the records; counting allocates nothing per record.
BreakdownResult run_breakdown(const Dataset& data, const WorkingDayCalendar& calendar,
                              const BreakdownQuery& query);

// The checks that need no data: one or two known fields in `by`, FIELD=VALUE with a known
// field in `where`. Returns the usage error, or "" when the question is well formed.
std::string check_query(const BreakdownQuery& query);


// ---- Output formats -------------------------------------------------------------------------

enum class Format { Table, Csv, Json, Markdown };

std::optional<Format> parse_format(std::string_view text);  // "table", "csv", "json", "markdown"

// Table and markdown print labels ("April 2023") and a total row; CSV and JSON print keys
// ("2023-04") and no total row. Columns: one per field, then the period's count and percent
// (of the table's total, rounded half up), and when compared the previous period's count and
// the change (count - previous).
void write_table(const Breakdown& b, std::ostream& out);
void write_markdown(const Breakdown& b, std::ostream& out);
// Header FIELD[,FIELD],count,percent[,previous_count,change]; text cells that begin with
// '=', '+', '-', '@', tab or carriage return get a leading apostrophe against spreadsheet
// formula injection; cells are quoted as RFC 4180 says when they hold ',', '"' or a line break.
void write_csv(const Breakdown& b, std::ostream& out);
// An array of objects with the CSV's keys, in the CSV's order.
void write_json(const Breakdown& b, std::ostream& out);
void write_breakdown(const Breakdown& b, Format format, std::ostream& out);

// One CSV cell, escaped and quoted as write_csv does.
std::string csv_cell(std::string_view text);

// "outcome" -> "Outcome", "service_area" -> "Service area": a field's column heading.
std::string field_heading(std::string_view field);

// ---- Figures output ------------------------------------------------------------------------

// Every figure as one JSON document with stable keys in a stable order (docs/figures-json.md).
void write_figures_json(const Figures& f, std::ostream& out);
// The same figures as headed plain-text tables, for a person to read.
void write_figures_text(const Figures& f, std::ostream& out);

}  // namespace ascreport
