// Problems found in the input, as values. Nothing below the CLI prints them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ascreport {

// A note is about valid data worth a look (validate lists them); it never stops a run.
enum class Severity : std::uint8_t { Error, Warning, Note };

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string file;       // as the user named it, e.g. "data-samples/complaints.csv"
    std::uint32_t line = 0;  // physical line where the record starts (header = 1); 0 = whole file
    std::string column;     // contract column name; empty when not about one column
    std::string message;
    // A problem found on several rows is one Diagnostic: `line` is the first of them, `rows`
    // how many there are in all, `more_lines` the next few (at most kLinesShown - 1). The
    // line "... and N more errors not shown" stands for N rows with no more_lines.
    std::uint32_t rows = 1;
    std::vector<std::uint32_t> more_lines;

    static constexpr std::size_t kLinesShown = 5;

    // "FILE:LINE: column NAME: message", leaving out the parts that are not set, "warning: "
    // or "note: " before the message of a warning or note, and after it, for a problem on
    // several rows, " (on 900 rows: lines 2, 3, 7, 9, 10 and 895 more)".
    std::string format() const;
};

struct Diagnostics {
    std::vector<Diagnostic> items;
    // Rows the error Diagnostics count more than once (a row with three problems is in three):
    // error_count() leaves them out, so that it counts rows.
    std::size_t overlapping_rows = 0;

    void error(std::string file, std::uint32_t line, std::string column, std::string message);
    void warning(std::string file, std::uint32_t line, std::string column, std::string message);
    void note(std::string file, std::uint32_t line, std::string column, std::string message);
    void append(const Diagnostics& other);

    // Rows with errors (a Diagnostic found on several rows counts each; a row with several
    // problems counts once), and warnings.
    std::size_t error_count() const;
    std::size_t warning_count() const;
    std::size_t note_count() const;
    bool has_errors() const { return error_count() > 0; }
};

}  // namespace ascreport
