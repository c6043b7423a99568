// How a council's export maps onto the input contract: report.toml [input], [columns.*],
// [values.*] and [concerns] (docs/settings.md). What the load stage needs to read the exports,
// and nothing more; the settings stage reads it from report.toml (ascreport/settings.hpp).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ascreport/date.hpp"
#include "ascreport/vocab.hpp"

namespace ascreport {

enum class Encoding : std::uint8_t { Utf8, Windows1252 };

// The headers report.toml [columns.FILE] names for one contract column, as written there (they
// match the file's case-insensitively), in order of preference: a record's value is the first
// of them that is not empty.
struct ColumnHeaders {
    std::vector<std::string> headers;
    std::uint32_t line = 0;  // in report.toml, for messages
};

// [concerns]: for an export with no concerns.csv, the complaints.csv columns that hold each
// complaint's concern categories (one concern per non-empty cell).
struct DerivedConcerns {
    std::vector<std::string> categories;     // headers, as written (matched case-insensitively)
    std::vector<std::string> subcategories;  // paired with `categories` by position; may be empty
    std::string separator;                   // when set, a cell may hold several categories
    std::string file;                        // report.toml, as messages name it
    std::uint32_t line = 0;                  // of [concerns] in report.toml
    // [concerns] one_row_per_issue: the export has a row per complaint and issue; rows with one
    // reference are one complaint, each row's category cells its concerns.
    bool one_row_per_issue = false;
    bool enabled() const { return !categories.empty(); }
};

// A row rule of [files.KIND] skip_rows / keep_rows: the rows whose cell in the export's column
// `column` is `is` (a value, or a pattern with Excel's wildcards: base/ascreport/wildcard.hpp).
struct RowRule {
    std::string column;      // the export's header, as written in report.toml
    std::string is;          // the value or pattern, as written
    std::uint32_t line = 0;  // in report.toml
    // `{ column = "Team", is = "Subtotal*" }`, as messages quote it.
    std::string describe() const;
};

// [files.KIND]: which file of the data folder holds the records of one kind, and which of its
// rows are records.
struct FileRules {
    std::vector<std::string> names;   // the export's file names (several are read as one); empty: the
                                      // contract's name (complaints.csv)
    std::uint32_t header_line = 0;    // the header's line when it is not found by itself; 0: find it
    std::vector<RowRule> skip_rows;   // rows that are not records
    std::vector<RowRule> keep_rows;   // when any: only the rows one of them matches are records
    std::uint32_t line = 0;           // of [files.KIND] in report.toml
};

// A key of report.toml [values.COLUMN] holding `*` or `?`: a pattern with Excel's wildcards
// (`*` any run of characters, `?` one character, `~*` `~?` `~~` the character itself), matched
// against the whole cell, any case, spaces collapsed (docs/settings.md, "Patterns"; matched by
// wildcard_matches_key, base/ascreport/wildcard.hpp).
struct ValuePattern {
    std::string written;  // the key as written in report.toml
    std::string key;      // TextTable::key_of(written): what cells' keys are matched against
    std::string target;   // the canonical value; "" for a cell that counts as empty
    std::uint32_t line = 0;  // in report.toml
};

// A whole number of years, banded ([columns.complaints] age or date_of_birth): each band as the
// range of ages it reads as ("18-24", "65+", "Under 16"), in the order of the age bands.
struct AgeRange {
    int low = 0, high = 0;  // inclusive
};
// The range of ages a band's name reads as: "18-24", "18 to 24", "65+", "65 and over",
// "65 or over", "Under 16", "16 and under"; nullopt when it reads as none.
std::optional<AgeRange> age_range_of(std::string_view band);

struct InputMapping {
    // [input]
    Encoding encoding = Encoding::Utf8;
    // The export's own date form ([input] date_format); see parse_date for what it changes.
    std::optional<DateForm> date_format;
    // The age bands complaints are read with: the export's own ([input] age_bands), or the
    // contract's (Under 16, 16-24, ..., 65+). The Dataset keeps them (Dataset::age_bands).
    AgeBands age_bands;

    // [columns.FILE]: canonical column -> the export's headers for it
    std::map<std::string, std::map<std::string, ColumnHeaders>> column_names;
    // [values.COLUMN]: spelling key (TextTable::key_of) -> canonical value; "" for a spelling
    // that counts as an empty cell ("Not Known" = "N/A")
    std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>> value_map;
    // [values.COLUMN] keys that are patterns, in report.toml's order (a whole-cell spelling in
    // value_map wins over them)
    std::map<std::string, std::vector<ValuePattern>, std::less<>> value_patterns;
    // [concerns]
    DerivedConcerns concerns_from;
    // [complaints] one_row_per_stage: complaints.csv has a row per stage of each complaint,
    // with a `stage` column (docs/input-format.md, "Regimes and stages"), not a row per
    // complaint with a group of columns per later stage.
    bool one_row_per_stage = false;
    // [files.KIND], by KIND ("complaints", ...)
    std::map<std::string, FileRules, std::less<>> files;

    // The file names report.toml gives the kind ("complaints"), or its contract name.
    std::vector<std::string> file_names(std::string_view kind) const;
    // The kind's [files.KIND] rules; an empty set when report.toml has none.
    const FileRules& rules_for(std::string_view kind) const;

    // [columns.complaints] age / date_of_birth: a whole number of years, or a date of birth
    // (counted at the date received), banded into age_bands; `age_ranges` holds each band's
    // range, in order, when one of them is set.
    ColumnHeaders age_column, birth_date_column;
    std::vector<AgeRange> age_ranges;

    // The export's headers for a canonical column of a file ("complaints", ...): report.toml's,
    // as written there, or the column's own name.
    std::vector<std::string> headers_for(const std::string& file, const std::string& column) const;
    // Whether report.toml [columns.FILE] names the column's headers.
    bool column_mapped(const std::string& file, const std::string& column) const;
};

}  // namespace ascreport
