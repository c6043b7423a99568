// What `ascreport init` proposes for a folder, decided from the inspection alone (no files,
// no printing): which header is which contract column, which spellings map onto which value,
// the encoding, the date form, the age bands, and what it could not decide (the TODOs).
// starter_settings() writes it out as report.toml text (src/init/starter_settings.cpp).
//
// The rule throughout is "never a guess it is not sure of": a header or spelling is placed
// only when one of the names in src/load/init_names.hpp, or the contract's own, says so
// unambiguously; anything else is left for the officer, with what init found.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ascreport/inspect.hpp"

namespace ascreport::init {

// One contract column of a file and the export's header(s) for it.
struct ColumnChoice {
    std::string column;                   // the contract's name, e.g. "received"
    bool required = false;
    // The header(s) chosen: one, or per stage (a record's value is the first that is not
    // empty). Empty when none was chosen.
    std::vector<std::string> headers;
    bool own_name = false;                // the header is the contract's name: nothing to write
    // When none was chosen: the headers that could each be this column (a TODO names them).
    std::vector<std::string> candidates;
    std::vector<std::string> also;        // other headers that looked like it, when own_name
    // Listed as not found when no header names it (not complaints.csv's optional columns of
    // regimes and stages).
    bool listed = true;
};

// A header that two contract columns' names match (e.g. "Type": route or method).
struct AmbiguousHeader {
    std::string header;
    std::vector<std::string> columns;
};

// A [files.KIND] skip_rows or keep_rows rule init proposes, or asks about (value empty: a TODO).
struct RowRulePlan {
    std::string column, is;
    std::string comment;
};

struct FilePlan {
    const FileInspection* file = nullptr;
    std::string key;                       // "complaints": [columns.complaints]
    // [files.KIND]: the file is not under the contract's name (name = "..."); when several files
    // look like the kind and none has its name, they are all listed for the officer (a TODO), and
    // `file` is the first of them.
    bool write_name = false;
    std::vector<std::string> same_kind;     // other files that look like this kind too
    std::uint64_t header_line = 0;          // written when the loader would not find the header itself
    std::vector<RowRulePlan> skip_rows, keep_rows;
    std::vector<std::string> row_todos;     // about which rows are records
    std::vector<ColumnChoice> columns;     // in the contract's order
    std::vector<AmbiguousHeader> ambiguous;
    std::vector<std::string> unused;       // headers no column takes, in the header's order
    std::vector<std::string> todos;        // about the whole file, e.g. a header named twice
};

struct Mapping {
    std::string spelling;   // as the export writes it (the most frequent of those that match alike)
    std::string value;      // the contract value; "" or "N/A" for "counts as an empty cell"
    std::uint64_t count = 0;
};

// The spellings of one [values.COLUMN], gathered over every file and header of that column.
struct ValuesPlan {
    std::string column;
    std::vector<Mapping> mappings;         // placed with confidence
    std::vector<ValueCount> unplaced;      // TODO: most frequent first
    std::vector<ValueCount> accepted;      // already contract values as written
    std::uint64_t rows_not_kept = 0;       // rows whose spelling was past the limit of distinct values
    std::uint64_t plain_ages = 0;          // age_band: rows holding an age ("67"), not a band
    std::string question;                  // for the TODO lines: "which route: Statutory, ...?"
};

// [input] date_format.
struct DatePlan {
    std::string format;                    // empty: the loader reads the dates as they are
    std::string reason;                    // why this form, e.g. what shows the month comes first
    std::vector<std::string> todos;        // what could not be decided, as sentences
    // Values of a date column that are no date: said under the column's setting.
    struct ColumnNote {
        std::string file;                  // "complaints"
        std::string header;
        std::string text;
    };
    std::vector<ColumnNote> column_todos;
};

// [input] age_bands: the export's own bands, in numeric order, when they are not the contract's.
struct AgePlan {
    std::vector<std::string> bands;
    std::string todo;                      // e.g. the bands overlap
    // A complaints.csv column of whole years 0-120 under a header that says age, or one of
    // dates of birth: [columns.complaints] age / date_of_birth, banded into the bands.
    std::string age_header, birth_header;
    std::uint64_t ages = 0;                // rows holding an age
};

// [concerns]: concern categories read from complaints.csv columns (no concerns.csv).
struct ConcernsPlan {
    std::vector<std::string> categories;
    std::vector<std::string> subcategories;  // paired with categories by position, or empty
    std::string separator;                   // ";" when a cell lists several categories
    std::string separator_example;           // such a cell
    // The loader cannot split a cell into categories and pair each with a subcategory: when
    // both are found, the officer chooses (a TODO).
    bool separator_or_subcategories() const { return !separator.empty() && !subcategories.empty(); }
    std::string note;                        // e.g. why the subcategories are left out
};

struct EncodingPlan {
    bool windows1252 = false;
    std::string reason;                    // which file and line showed it
    std::vector<std::string> todos;        // files read differently, UTF-16 files
};

struct StarterPlan {
    std::vector<FilePlan> files;           // readable files of each kind, in the contract's order
    std::vector<const FileInspection*> unreadable;
    std::vector<const FileInspection*> unplaced;  // readable CSV files of no kind init recognised
    // complaints.csv has a row per complaint and issue ([concerns] one_row_per_issue), or why not.
    bool one_row_per_issue = false;
    std::string one_row_note;
    // complaints.csv has a row per stage of each complaint ([complaints] one_row_per_stage): why,
    // and what else to settle (TODOs); or, when stage_note is set and this is false, why init
    // cannot tell (a TODO, and then neither shape is proposed).
    bool one_row_per_stage = false;
    std::string stage_note;
    std::vector<std::string> stage_todos;
    EncodingPlan encoding;
    DatePlan dates;
    AgePlan ages;
    ConcernsPlan concerns;
    std::vector<ValuesPlan> values;        // in the contract's column order
};

StarterPlan plan_starter(const FolderInspection& inspection);

// The kind of export ("complaints", "compliments", ...) a header row is: each header read as the
// columns init's names say (its own name, or one of src/init/init_names.hpp's), then the kind
// chosen as load::file_kind_of chooses it. nullopt when no kind's required columns are there.
std::optional<std::string> kind_of_header(const std::vector<std::string>& header);
// Whether the header holds, by init's names, a header for every required column of `kind`.
bool has_required_headers(std::string_view kind, const std::vector<std::string>& header);
// The field init reads as `column` of `kind` ("complaints", "reference"), or -1 (none, or two).
int field_of(std::string_view kind, std::string_view column, const std::vector<std::string>& header);
// Whether a complaints.csv header names concern categories or subcategories ("Issue", "Issue 2",
// "Primary Issue", "Sub Category 1"), as plan_concerns reads them.
bool is_concern_header(std::string_view header);
// Whether a complaints.csv header says which stage a row is (init_names.hpp kStageHeaders).
bool is_stage_header(std::string_view header);
// Whether a complaints.csv header is read as one of a stage's own columns in the row-per-stage
// shape: received, acknowledged, extended, extended_to, responded, outcome or panel.
bool names_stage_field(std::string_view header);
// Whether a value says adult social care ("Adult Social Care", "Adults", "ASC").
bool says_adults(std::string_view value);
// The column of a file that names no contract column and holds 2 to 20 values, exactly one of
// which says adult social care: its field and that value (keep_rows), or nullopt.
struct AdultRows {
    std::size_t field;
    std::string value;
};
std::optional<AdultRows> adult_rows(const FileInspection& file);

// What an age_band spelling names: a band [low, high] (high -1 for "and over": "65+",
// "65 and over"; "Under 16" is [0, 15]), an age ("67"), or neither.
enum class AgeSpelling { None, Band, Age };
AgeSpelling parse_age_band(std::string_view spelling, int& low, int& high);

}  // namespace ascreport::init
