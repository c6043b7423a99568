// What `ascreport init` reads from a data folder before any settings apply: each export's
// header as written, its encoding, and the values of every column with how often each occurs.
// Plain data: inspect_folder() neither prints nor exits, and starter_settings() (in
// ascreport/starter_settings.hpp) turns the result into report.toml text.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ascreport {

struct ValueCount {
    std::string value;
    std::uint64_t count = 0;
};

// The forms of the dates in one column, gathered over every value (not only the distinct values
// kept): a date column with times holds as many spellings as rows.
struct DateForms {
    enum class Layout : std::uint8_t {
        YearLast,   // 01/04/2023, 4-13-23: day and month in some order, then the year
        YearFirst,  // 2023-04-01, 2023/04/01
        MonthName,  // 01-Apr-2023, 1 April 2023
    };
    struct Form {
        Layout layout = Layout::YearLast;
        char separator = '/';
        int year_digits = 4;               // 4, or 2 (a year 2000-2099)
        std::uint64_t count = 0;           // values of this form
        std::uint64_t day_first = 0;       // ... that are valid dates read day first (YearLast), or at all
        std::uint64_t month_first = 0;     // ... valid read month first (YearLast only)
        std::uint64_t one_digit = 0;       // ... with a one-digit day or month (2023-4-1)
        std::uint64_t with_time = 0;       // ... followed by a time of day
        std::string example;               // the first one seen
    };
    static constexpr std::size_t kMaxForms = 8;
    static constexpr std::size_t kMaxExamples = 3;

    std::vector<Form> forms;                  // in order of first sight, at most kMaxForms
    std::uint64_t not_dates = 0;              // values of no date form (or a ninth form)
    std::vector<ValueCount> not_date_examples;  // the first kMaxExamples such spellings, with counts

    // Notes one value (trimmed, not empty).
    void add(std::string_view value);
};

// One column of an export.
struct ColumnValues {
    std::string header;                // as written in the export, trimmed
    std::uint64_t filled = 0;          // rows with a value in this column
    // The distinct values (trimmed; a line break inside quotes reads as a space), most frequent
    // first (the first seen on a tie), at most the limit given to inspect_folder, each at most
    // kMaxValueLength bytes long.
    std::vector<ValueCount> values;
    std::uint64_t rows_not_kept = 0;   // filled rows whose value is not in `values`
    bool more_values = false;          // there were more distinct values than the limit
    DateForms dates;

    static constexpr std::size_t kMaxValueLength = 200;
};

// A row below the header that looks like a summary line (load::looks_like_summary).
struct SummaryRow {
    std::uint64_t line = 0;
    std::string header;                // the header of its first non-empty cell
    std::string text;                  // that cell
};

// complaints.csv: references found on more than one row (a row per complaint and issue?).
struct RepeatedReferences {
    std::string header;                // the header read as the reference ("" when none was)
    std::uint64_t references = 0;      // references on more than one row
    std::uint64_t rows = 0;            // the rows they are on
    // ... of those references, the ones whose rows differ in a cell other than the reference and
    // the concern category columns, with the first such: its reference and two of its lines.
    std::uint64_t differing = 0;
    std::string example;
    std::uint64_t example_first_line = 0, example_line = 0;

    // A row per stage of each complaint ([complaints] one_row_per_stage)? The first header that
    // says stage (init_names.hpp kStageHeaders; "" when none), and of the references above:
    std::string stage_header;
    // ... those whose rows each hold a different stage cell (none empty), with the one of most
    // rows (the first on a tie) and its first lines (at most three);
    std::uint64_t by_stage = 0;
    std::string stage_example;
    std::vector<std::uint64_t> stage_example_lines;
    // ... those with two rows of one stage cell (or an empty one), with the first and two lines;
    std::uint64_t same_stage = 0;
    std::string same_stage_example;
    std::uint64_t same_stage_first_line = 0, same_stage_line = 0;
    // ... those whose rows differ in the complaint's own cells: other than the reference, the
    // stage, a stage's own columns (the headers init reads as received, acknowledged, extended,
    // extended_to, responded, outcome or panel) and the concern category columns; with the first;
    std::uint64_t own_differing = 0;
    std::string own_example;
    std::uint64_t own_example_first_line = 0, own_example_line = 0;
    // ... and those of by_stage whose rows differ in the concern category columns.
    std::uint64_t concerns_differing = 0;
};

struct FileInspection {
    std::string name;                  // the file's name in the folder: "complaints.csv", "Ombudsman Log.csv"
    // The kind of records it holds ("complaints", "compliments", ...): by its contract name, or
    // recognised by its headers; "" when neither places it.
    std::string kind;
    bool kind_by_name = true;          // the name is the contract's (kind needs no [files.KIND] name)
    // No file's headers said complaints, and this is the one CSV whose name does ("Complaints
    // export.csv"): taken as complaints by its name (its required columns are TODOs).
    bool kind_by_file_name = false;
    std::uint64_t header_line = 1;     // the physical line of the header
    // The records above the header (title lines), each as its cells, for deciding whether the
    // loader finds the header by itself.
    std::vector<std::vector<std::string>> above_header;
    std::vector<SummaryRow> summary_lines;   // summary-looking rows below the data (not counted)
    std::vector<SummaryRow> summary_in_data; // summary-looking rows with records after them (not counted)
    RepeatedReferences repeated;
    // A column of several directorates, exactly one of which says adult social care: only its
    // rows are counted below (as [files.KIND] keep_rows will read them); `values` are the
    // column's values over every row, and `left_out` the rows it leaves out.
    struct Keep {
        std::string header, value;
        std::vector<ValueCount> values;
        std::uint64_t left_out = 0;
    } keep;
    // Empty when the file was read. Otherwise why it could not be, as the loader words it, to
    // follow "NAME: " (or "NAME:LINE: " with problem_line), e.g. "the file is saved as UTF-16,
    // not UTF-8; ...", and nothing below is set.
    std::string problem;
    std::uint64_t problem_line = 0;    // 0: the problem names no line
    bool utf8 = true;                  // valid UTF-8; when false it was read as Windows-1252
    bool ascii = true;                 // every byte is ASCII (it reads the same in either encoding)
    std::uint64_t first_non_utf8_line = 0;   // physical line of the first byte that is not UTF-8
    unsigned char first_non_utf8_byte = 0;   // that byte (0: the file ends inside a character)
    std::vector<ColumnValues> columns; // in the header's order
    std::uint64_t rows = 0;            // records with a value in at least one cell
    std::uint64_t empty_rows = 0;      // records whose cells are all empty (skipped)
    std::uint64_t ragged_rows = 0;     // records with more or fewer fields than the header
    // Why reading stopped before the end (an unclosed quote, an over-long record, too many
    // records) as the loader says it, "complaints.csv:3: a quote opened on this line is never
    // closed, ...", or empty.
    std::string stopped;
};

struct FolderInspection {
    std::filesystem::path folder;
    // Every CSV file of the folder: those with the contract's names first, in its order, then the
    // others by name (kind "" for one init could not place).
    std::vector<FileInspection> files;
    std::vector<std::string> other_files; // .tsv, .txt and spreadsheet files, by name
    bool has_settings = false;            // the folder holds report.toml
};

struct InspectLimits {
    std::size_t max_values = 200;  // distinct values kept per column
};

struct InspectResult {
    std::optional<FolderInspection> inspection;
    // When inspection is empty: what is wrong, as "PATH: message" (no such folder, no
    // complaints.csv, or complaints.csv is not a file that can be read).
    std::string error;
};

// Reads every CSV file of `folder` with the loader's CSV reader: as UTF-8, or as Windows-1252
// when it is not valid UTF-8. A file's kind is its contract name's (complaints.csv, concerns.csv,
// compliments.csv, lgsco.csv, regional.csv), or the kind its headers say (the header found below
// any title lines, within the loader's first 50 lines). Records whose cells are all empty, and
// summary lines, are skipped. An error when no file holds complaints.
InspectResult inspect_folder(const std::filesystem::path& folder, const InspectLimits& limits = {});

// The same for one file's bytes (for tests): the file as if named `name`.
FileInspection inspect_bytes(std::string_view name, std::string_view bytes, const InspectLimits& limits = {});

}  // namespace ascreport
