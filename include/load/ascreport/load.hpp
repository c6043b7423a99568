// The load stage: a data folder in, typed records and diagnostics out. Never prints or exits.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <vector>
#include <optional>
#include <set>
#include <string>

#include "ascreport/calendar.hpp"
#include "ascreport/dataset.hpp"
#include "ascreport/diagnostics.hpp"
#include "ascreport/input_mapping.hpp"

namespace ascreport {

struct LoadOptions {
    std::filesystem::path data_dir;
    std::size_t max_errors_per_file = 50;                // then one line counting the rest
    // Which DATA_DIR/narrative/NAME.md to read (by NAME): nullopt reads every one there is; the
    // report names just those its template can print (report_text_names), so that a file it
    // would not print is neither read nor scanned.
    std::optional<std::set<std::string>> narratives;
};

// What the header of one file held and how it was read: which header each contract column
// comes from, and which headers nothing reads (`validate` shows it).
struct ColumnUse {
    std::string column;                // the contract's name, e.g. "outcome"
    std::vector<std::string> headers;  // the headers it is read from, as the file spells them,
                                       // in report.toml's order (the first non-empty value
                                       // wins); empty when the file has none of them
    bool required = false;
};
struct HeaderUse {
    std::string file;                  // "complaints.csv": the contract's name for the kind
    std::vector<std::string> files;    // the files read for it (report.toml [files.KIND] name)
    bool read = false;                 // the header was read (the file is there and readable)
    std::vector<ColumnUse> columns;    // every contract column, in the contract's order
    std::vector<std::string> concern_columns;  // complaints.csv: [concerns] categories found
    std::vector<std::string> ignored;  // headers no column reads, as the file spells them
};

struct LoadResult {
    Dataset dataset;
    Diagnostics diagnostics;     // in file order, then line order
    // The folder was unusable (not a folder, or [concerns] in report.toml with a concerns.csv
    // beside it): exit 2.
    bool settings_failed = false;
    std::vector<HeaderUse> headers;  // one per input file, in the contract's file order
};

// Why `data_dir` cannot be loaded at all ("no such folder; --data takes the folder that holds
// complaints.csv"), to follow "DATA_DIR: "; nullopt when it is a folder.
std::optional<std::string> data_folder_problem(const std::filesystem::path& data_dir);

// Reads every export of the folder as `input` maps it, then the narrative files. `calendar`
// (England and Wales plus report.toml's extra bank holidays) is the run's: the warning about
// dates outside its years is given here.
LoadResult load_data_folder(const LoadOptions& options, const InputMapping& input, const WorkingDayCalendar& calendar);

// The files a load read or looked for, as `options` names them: each export (one that is not
// there is no file) and the narrative files. What no output of the same run may replace
// (same_file_among, ascreport/output.hpp), with report.toml.
std::vector<std::filesystem::path> input_files(const LoadResult& loaded, const LoadOptions& options);

// The line after a load's errors, the same for every command: "2,000,000 errors in DATA; fix
// them and run again (docs/input-format.md describes each file)". `errors` counts rows
// (Diagnostics::error_count); `data_dir` as the user gave it.
std::string describe_load_errors(std::size_t errors, const std::string& data_dir);

// The year's own text: every DATA_DIR/narrative/*.md there is, by file name (load_data_folder
// puts them in Dataset::narratives), or with `only` just those names (the report reads only
// the ones its template can print); the privacy stage redacts and scans all it is given. Each
// must be a regular file inside DATA_DIR/narrative once links are resolved, of at most
// kMaxTextFileBytes (ascreport/files.hpp). A file that cannot be read (a folder, a pipe, a
// link out of the folder, too large, no permission) is kept with the reason and no text: the
// report names it when its template needs it, and it is not an error otherwise.
std::vector<NarrativeFile> load_narratives(const std::filesystem::path& data_dir,
                                           const std::optional<std::set<std::string>>& only = std::nullopt);

// Rows per input file and per financial year (by received date; a concern by its complaint's,
// a regional row by its year column): what `validate` prints.
struct FileRowCount {
    std::string file;  // "complaints.csv"
    bool present = false;
    std::size_t rows = 0;
    std::map<FinancialYear, std::size_t> per_year;
};
std::vector<FileRowCount> count_rows(const Dataset& data);

}  // namespace ascreport
