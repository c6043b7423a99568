// The query stage: the output formats that print a Breakdown (the answer to a breakdown
// question, ascreport/breakdown.hpp) and the Figures. Writers take data and a stream;
// nothing here exits or reads a global.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ascreport/breakdown.hpp"
#include "ascreport/figures.hpp"

namespace ascreport {

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
// With no earlier data (Breakdown::no_earlier_data) the previous count reads "no data" in a
// table or markdown, is empty in CSV and null in JSON, the change likewise, and a table or
// markdown ends with no_earlier_data_note's line.
void write_breakdown(const Breakdown& b, Format format, std::ostream& out);
// Why a compared table has no previous values, "(no data for 2021/22: ...)"; empty when it has.
std::string no_earlier_data_note(const Breakdown& b);

// The rows as printed: `Count` puts the largest shown count first (ties keep the table's
// order), and every row whose count is hidden after the shown ones, in the table's order: a
// hidden count never decides where a row stands. `top` keeps that many rows of that order. The
// total, and the percents of the total, still cover every row. Run it after the privacy stage has
// marked the rows: what is hidden is decided on the whole table.
enum class RowOrder : std::uint8_t { Table, Count };
void arrange_rows(Breakdown& b, RowOrder order, std::optional<std::size_t> top);

// A row's percent as printed: of its share_whole (--percent row|column) or of the table's
// total, rounded half up; nullopt when its count or its share is hidden.
std::optional<int> shown_percent(const Breakdown& b, const BreakdownRow& row);

// `ascreport list`: a header row of field names (table and markdown: headings), then one row
// per complaint; no total. CSV cells as write_csv escapes them, JSON an array of objects with
// numbers as numbers and empty cells null.
void write_case_list(const CaseList& list, Format format, std::ostream& out);

// ---- Spreadsheets (--format xlsx) -------------------------------------------------------------

// A workbook's bytes, or why there are none (e.g. "the sheet \"Complaints\" would have
// 2,000,000 rows, more than the 1,048,575 a spreadsheet holds below its header; ...").
// `warnings`: text longer than the 32,767 characters a cell holds (Excel counts UTF-16 units)
// is cut to fit, ending in "…", never left out: one line per sheet, e.g. "sheet \"by
// service_area\", cell A2: 40,000 characters, more than the 32,767 a spreadsheet cell holds;
// cut to 32,767, ending in \"…\" (and 2 more cells like it); the other formats keep the whole
// text".
struct XlsxResult {
    std::vector<std::uint8_t> bytes;
    std::string error;
    std::vector<std::string> warnings;
    bool ok() const { return error.empty(); }
};

// One sheet with the CSV's header and values: text as text, counts and days as numbers,
// percents as numbers in a percent format (33% is 0.33), measures with one decimal, dates as
// dates; a hidden count is "*", as in CSV; no total row. A bold header row, frozen, with a
// filter; columns as wide as their text. `created_unix` is the workbook's creation time
// (SOURCE_DATE_EPOCH): with the same data and time the bytes are the same. libxlsxwriter
// writes only to files: the workbook and its parts are written in `scratch`, a folder private
// to this run that the caller makes and removes (ScratchFolder, ascreport/output.hpp).
XlsxResult breakdown_xlsx(const Breakdown& b, std::int64_t created_unix, const std::filesystem::path& scratch);
XlsxResult case_list_xlsx(const CaseList& list, std::int64_t created_unix, const std::filesystem::path& scratch);
// Every figure: a key_figures sheet (each number's JSON key, its value and the previous
// period's), a sheet for each table of the registry (named as templates name it, else by its
// JSON key) with a native column chart beside each table a template can chart, and the
// monthly complaints and compliments, charted.
XlsxResult figures_xlsx(const Figures& f, std::int64_t created_unix, const std::filesystem::path& scratch);

// One markdown table cell: '|' escaped, line breaks as spaces.
std::string markdown_cell(std::string_view text);

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
