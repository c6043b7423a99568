// Where an export's header row is, and which kind of export a header is (docs/settings.md,
// "Reading any export": Files, Rows). The loader finds each file's header with it, and `init`
// can call the same functions to recognise a file it has not been told about.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ascreport/csv_reader.hpp"
#include "ascreport/input_mapping.hpp"

namespace ascreport::load {

// The header is looked for in the first 50 lines of a file; past them, report.toml names it
// ([files.KIND] header_line).
inline constexpr std::uint32_t kHeaderSearchLines = 50;

// What a header must hold: for each required column, the headers any one of which will do
// (report.toml's [columns.KIND] names, or the contract's), and the column's contract name.
struct WantedColumn {
    std::string column;                // "received"
    std::vector<std::string> headers;  // "Date Received", ...
};
// The required columns of the kind ("complaints", "compliments", ...) as `input` maps them.
std::vector<WantedColumn> required_headers(const InputMapping& input, std::string_view kind);

struct HeaderRow {
    std::uint32_t line = 0;              // the physical line the header starts on; 0: none found
    std::vector<std::string> fields;     // its cells, as the file spells them
    std::uint32_t records_above = 0;     // non-empty records above it (title lines)
    // When no record of the first kHeaderSearchLines lines holds every wanted column: the record
    // that holds the most of them (the earliest of equals; 0 when none holds any), and the
    // columns it lacks. `line` is then the first record's line.
    std::uint32_t nearest_line = 0;
    std::vector<std::string> nearest_fields;
    std::vector<std::string> lacking;    // contract names of the wanted columns not there
    bool found() const { return lacking.empty(); }
};

// Reads the first lines of `input` (a reader of its own: `input` can be read again) and finds
// the header: the first record in which every wanted column's header is present (compared as
// values are: any case, runs of spaces as one). `header_line` (> 0) names it instead: the
// record that starts on that line, `line` 0 when none does. A file with no record: `line` 0.
HeaderRow find_header_row(const CsvInput& input, Encoding encoding, const std::vector<WantedColumn>& wanted,
                          std::uint32_t header_line = 0);

// The kind of export ("complaints", "concerns", "compliments", "lgsco", "regional") a header
// row is, by its headers as `input` maps them (with no mapping, the contract's names): the kind
// whose required columns are all present; of several, the one with the most required columns,
// then the most of its columns present. nullopt when no kind's required columns are all there.
std::optional<std::string> file_kind_of(const std::vector<std::string>& header, const InputMapping& input);

// Both at once, for a file of unknown kind: the first record of the first kHeaderSearchLines
// lines that file_kind_of recognises, with its kind. nullopt when none is recognised.
struct KindAndHeader {
    std::string kind;
    HeaderRow header;
};
std::optional<KindAndHeader> recognise_export(const CsvInput& input, Encoding encoding, const InputMapping& input_mapping);

// Whether a record looks like a summary line: its first non-empty cell starts with Total,
// Totals, Subtotal, Grand total, Sum, Count, Total records or Number of records (any case, then
// the end of the cell, a space or a colon), or every cell is a number or empty. `first`: that
// cell's field. The loader skips such rows below the data (and reports them in it); `init`
// notes them.
bool looks_like_summary(const CsvRecord& record, std::uint32_t& first);

}  // namespace ascreport::load
