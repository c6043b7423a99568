// One CSV file of the contract, read through CsvReader: the header (the first record) is
// matched case-insensitively against the contract's columns, after the renames in report.toml,
// and each later record is handed to a loader's row function as a Row of the contract's
// columns. Records with more or fewer fields than the header are reported and left out; the
// problems the reader finds (an unclosed quote, a record over 16 MiB, not UTF-8, NUL bytes)
// are reported at the end.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ascreport/input_mapping.hpp"
#include "ascreport/contract.hpp"
#include "ascreport/csv_reader.hpp"
#include "file_report.hpp"

namespace ascreport::load {

// One record as a loader's row function sees it.
class Row {
public:
    std::uint32_t line() const { return line_; }
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
    bool line_breaks_ = false;
    std::vector<std::string_view> values_, extras_;
    mutable std::string scratch_;
};

class CsvTable {
public:
    // Each contract column is read from the headers report.toml names for it (the first
    // non-empty value wins), or from its own name; `extra_headers` are more columns read by
    // header name (Row::extra). `file_key` is the [columns.KEY] of report.toml.
    CsvTable(CsvReader& reader, FileReport& report, std::span<const ColumnSpec> columns, const InputMapping& settings,
             std::string file_key, std::vector<std::string> extra_headers = {});

    // Reads and checks the header. False when the records cannot be read (reported).
    bool open();
    // The next record that has the header's number of fields. False at the end.
    bool next(Row& row);
    // Reads the rest of the file, if the header stopped the records, and reports what the reader
    // found: a problem with the whole file replaces every other message.
    void finish();

private:
    static constexpr std::uint32_t kAbsent = UINT32_MAX;
    std::string missing_mapped_header(const std::vector<std::string>& absent, const std::vector<std::string>& mapping,
                                      const std::vector<std::string>& header, const std::vector<std::string>& spelt) const;

    CsvReader& reader_;
    FileReport& report_;
    std::span<const ColumnSpec> columns_;
    const InputMapping& settings_;
    std::string file_key_;
    std::vector<std::string> extra_headers_;
    CsvRecord record_;
    std::size_t field_count_ = 0;
    std::vector<std::uint32_t> first_;               // each column's field, or kAbsent
    std::vector<std::vector<std::uint32_t>> others_;  // each column's further fields, tried in order
    bool any_others_ = false;
    std::vector<std::uint32_t> extras_;              // the fields of extra_headers
};

// Reads a file of the contract and calls `row(const Row&)` for each record, in file order.
template <class RowFunction>
void read_table(const CsvInput& input, std::span<const ColumnSpec> columns, const InputMapping& settings,
                const std::string& file_key, FileReport& report, RowFunction&& row,
                std::vector<std::string> extra_headers = {}) {
    CsvReader reader(input, settings.encoding);
    CsvTable table(reader, report, columns, settings, file_key, std::move(extra_headers));
    if (table.open()) {
        Row r;
        while (table.next(r)) row(static_cast<const Row&>(r));
    }
    table.finish();
}

// "; did you mean "Provider Name"?" when a header is close to `name` or holds it, else "".
// `spelt`: the headers as the file spells them, in the order of `header`; `taken`: names not
// to suggest (the others of the same mapping).
std::string nearest_header(const std::string& name, const std::vector<std::string>& header,
                           const std::vector<std::string>& spelt, const std::vector<std::string>& taken = {});
// "Case Reference", "Date Received", ... (at most 30, then how many more).
std::string header_list(const std::vector<std::string>& header, const std::vector<std::string>& spelt);

}  // namespace ascreport::load
