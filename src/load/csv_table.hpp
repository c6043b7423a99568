// One CSV file of the contract, read through CsvReader: the header (the first record) is
// matched case-insensitively against the contract's columns, after the renames in report.toml,
// and each later record is handed to a loader's row function as a Row of the contract's
// columns. Records with more or fewer fields than the header are reported and left out; the
// problems the reader finds (an unclosed quote, a record over 16 MiB, not UTF-8, NUL bytes)
// are reported at the end.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <unordered_map>
#include <string>
#include <string_view>
#include <vector>

#include "ascreport/header_row.hpp"
#include "ascreport/input_mapping.hpp"
#include "ascreport/contract.hpp"
#include "ascreport/csv_reader.hpp"
#include "ascreport/wildcard.hpp"
#include "file_report.hpp"

namespace ascreport::load {

// One record as a loader's row function sees it.
class Row {
public:
    explicit Row(std::uint16_t part = 0) : part_(part) {}
    std::uint32_t line() const { return line_; }
    // Which of the kind's files the row is in (read_table's files, in order).
    std::uint16_t part() const { return part_; }
    // A contract column's value, trimmed of spaces and tabs (also inside quotes); "" for a
    // column the file does not have.
    std::string_view get(std::size_t column) const { return values_[column]; }
    // Free text: a line break inside quotes is '\n'.
    std::string text(std::size_t column) const { return std::string(values_[column]); }
    // A label (a category, a service area): on one line, a line break inside quotes read as a
    // space. Valid until the next call.
    std::string_view label(std::size_t column) const { return as_label(values_[column]); }
    // The extra columns a loader asked for by header (read_table's `extra_headers`), in order.
    std::size_t extra_count() const { return extras_.size(); }
    std::string_view extra(std::size_t j) const { return extras_[j]; }
    std::string_view extra_label(std::size_t j) const { return as_label(extras_[j]); }

private:
    friend class CsvTable;
    std::string_view as_label(std::string_view v) const;
    std::uint32_t line_ = 0;
    std::uint16_t part_ = 0;
    bool line_breaks_ = false;
    std::vector<std::string_view> values_, extras_;
    mutable std::string scratch_;
};

// report.toml [values.COLUMN]'s patterns for one column: a cell no whole-cell spelling maps
// is matched against each pattern; every pattern that matches must give the same value.
class ValuePatterns {
public:
    ValuePatterns(const std::vector<ValuePattern>& patterns, const std::map<std::string, std::string, std::less<>>* whole)
        : patterns_(patterns), whole_(whole) {}
    // The value a pattern maps the cell to (a view into the settings, "" for an empty cell), or
    // the cell itself when no pattern matches or a whole-cell spelling does. On a conflict,
    // nullopt and `first`, `second` are the two patterns.
    std::optional<std::string_view> map(std::string_view cell, const ValuePattern*& first, const ValuePattern*& second);

private:
    struct Result {
        const ValuePattern* first = nullptr;   // null: no pattern applies
        const ValuePattern* second = nullptr;  // set: a conflict
    };
    const std::vector<ValuePattern>& patterns_;
    const std::map<std::string, std::string, std::less<>>* whole_;
    // Cells seen before, by their key: an export repeats a few spellings on every row. Bounded:
    // cleared when it grows past a few thousand spellings (a free-text column).
    std::unordered_map<std::string, Result> seen_;
    std::string scratch_;
};

class CsvTable {
public:
    // Each contract column is read from the headers report.toml names for it (the first
    // non-empty value wins), or from its own name; `extra_headers` are more columns read by
    // header name (Row::extra). `file_key` is the [columns.KEY] of report.toml.
    // `input` is the reader's: the header is looked for in its first lines (find_header_row).
    // `extra_value_columns`: for each extra header, the column whose [values.COLUMN] patterns
    // map it ("category"), or "" for none.
    CsvTable(const CsvInput& input, CsvReader& reader, FileReport& report, std::span<const ColumnSpec> columns,
             const InputMapping& settings, std::string file_key, std::vector<std::string> extra_headers = {},
             std::vector<std::string> extra_value_columns = {});

    // Finds, reads and checks the header (lines above it are noted and skipped). False when the
    // records cannot be read (reported).
    bool open();
    // The next record that has the header's number of fields, past the rows that are not records:
    // those report.toml [files.KIND] skip_rows names or keep_rows leaves out, and summary lines
    // ("Total", "Grand total: 12", a row of numbers) below the data. At the end, one note for
    // each. False at the end.
    bool next(Row& row);
    // Reads the rest of the file, if the header stopped the records, and reports what the reader
    // found: a problem with the whole file replaces every other message.
    void finish();

private:
    static constexpr std::uint32_t kAbsent = UINT32_MAX;
    // A row rule of [files.KIND], with its field in the header.
    struct Rule {
        const RowRule* rule;
        Wildcard pattern;
        std::uint32_t field;
        std::size_t rows = 0;
        std::uint32_t first_line = 0;
    };
    // A summary-looking row not yet known to be below the data.
    struct Summary {
        std::uint32_t line;
        std::uint32_t field;  // its first non-empty cell
        std::string text;     // that cell
    };
    bool resolve_rules(const std::vector<RowRule>& rules, std::vector<Rule>& out, const std::vector<std::string>& spelt,
                       const std::vector<std::string>& header, const char* setting);
    static bool matches(std::vector<Rule>& rules, const CsvRecord& record);
    // Summary rows with data after them: one error for rows of the same look.
    void summaries_in_data();
    void end_notes();
    std::string missing_mapped_header(const std::vector<std::string>& absent, const std::vector<std::string>& mapping,
                                      const std::vector<std::string>& header, const std::vector<std::string>& spelt) const;

    CsvReader& reader_;
    FileReport& report_;
    std::span<const ColumnSpec> columns_;
    const CsvInput& input_;
    const InputMapping& settings_;
    std::string file_key_;
    std::vector<std::string> extra_headers_;
    CsvRecord record_;
    std::size_t field_count_ = 0;
    std::vector<std::uint32_t> first_;               // each column's field, or kAbsent
    std::vector<std::vector<std::uint32_t>> others_;  // each column's further fields, tried in order
    bool any_others_ = false;
    std::vector<std::uint32_t> extras_;              // the fields of extra_headers
    std::vector<std::string> spelt_;                  // the header, as the file spells it
    std::vector<Rule> skip_, keep_;
    std::size_t not_kept_ = 0;
    std::uint32_t first_not_kept_ = 0;
    std::vector<Summary> summaries_;
    bool ended_ = false;
    std::vector<std::string> extra_value_columns_;
    // Each column's patterns ([values.COLUMN]), or null; then the extra columns'.
    std::vector<std::unique_ptr<ValuePatterns>> patterns_, extra_patterns_;
    bool any_patterns_ = false;
    // False (and the row reported) when two patterns map one of its cells to different values.
    bool apply_patterns(Row& row);
};

// The files that hold one kind of record ([files.KIND] name may list several), read as one,
// in order; each with its header. One file converts to it.
struct ExportPart {
    std::string display;  // as messages name it; "" keeps the FileReport's name
    const CsvInput* input;
};
class ExportFiles {
public:
    ExportFiles(const CsvInput& one) : parts_{{"", &one}} {}  // NOLINT: one file is the usual case
    explicit ExportFiles(std::vector<ExportPart> parts) : parts_(std::move(parts)) {}
    const std::vector<ExportPart>& parts() const { return parts_; }
    std::uint64_t size() const {
        std::uint64_t n = 0;
        for (const ExportPart& p : parts_) n += p.input->size();
        return n;
    }

private:
    std::vector<ExportPart> parts_;
};

// Reads the files of one kind and calls `row(const Row&)` for each record, in file order;
// messages name the file each row is in.
template <class RowFunction>
void read_table(const ExportFiles& files, std::span<const ColumnSpec> columns, const InputMapping& settings,
                const std::string& file_key, FileReport& report, RowFunction&& row,
                std::vector<std::string> extra_headers = {}, std::vector<std::string> extra_value_columns = {}) {
    std::uint16_t index = 0;
    for (const ExportPart& part : files.parts()) {
        if (!part.display.empty()) report.set_file(part.display);
        CsvReader reader(*part.input, settings.encoding);
        CsvTable table(*part.input, reader, report, columns, settings, file_key, extra_headers, extra_value_columns);
        if (table.open()) {
            Row r(index);
            while (table.next(r)) row(static_cast<const Row&>(r));
        }
        ++index;
        table.finish();
    }
}

// "; did you mean "Provider Name"?" when a header is close to `name` or holds it, else "".
// `spelt`: the headers as the file spells them, in the order of `header`; `taken`: names not
// to suggest (the others of the same mapping).
std::string nearest_header(const std::string& name, const std::vector<std::string>& header,
                           const std::vector<std::string>& spelt, const std::vector<std::string>& taken = {});
// "Case Reference", "Date Received", ... (at most 30, then how many more).
std::string header_list(const std::vector<std::string>& header, const std::vector<std::string>& spelt);

}  // namespace ascreport::load
