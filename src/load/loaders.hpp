// One loader per input file. Each reads its file into the Dataset and reports into its
// FileReport; rows with errors are reported and left out.
#pragma once

#include <deque>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ascreport/dataset.hpp"
#include "csv_source.hpp"
#include "csv_table.hpp"
#include "fields.hpp"
#include "file_report.hpp"
#include "pipeline.hpp"

namespace ascreport::load {

// An input file ready to read: the source and the state it reports into.
struct FileInput {
    std::unique_ptr<QuoteAwareSource> source;
    std::shared_ptr<SourceState> state;
    std::uint64_t size = 0;  // bytes, as the file was opened (for sizing what the loader keeps)
};

// Opens a regular file; a folder, FIFO, device, missing or unreadable path is reported.
std::optional<FileInput> open_input(const std::filesystem::path& path, Encoding encoding, FileReport& report);
FileInput memory_input(std::string_view bytes, Encoding encoding);

// References of complaints.csv rows (also of rows that had errors, so that a concern is not
// reported twice), for lookup. Exports usually list complaints in reference order: when this
// one did (each reference greater than the one before it), Dataset::complaints is itself the
// sorted list and nothing is copied or sorted. Otherwise `sorted` holds every reference.
// Points into Dataset::complaints and bad_rows, so neither may change afterwards.
struct ComplaintRefs {
    const std::vector<Complaint>* in_order = nullptr;                // set when the file was in order
    std::deque<std::string> bad_rows;                                // references of rows with errors
    std::vector<std::pair<std::string_view, std::int64_t>> sorted;   // reference -> index, -1 = bad row
    std::size_t size() const { return in_order ? in_order->size() + bad_rows.size() : sorted.size(); }
    // The complaint's index, -1 for a row with errors, -2 when no row has the reference.
    // `hint` is where the last reference was found, tried (and the next one) before searching,
    // since concerns usually come in the order of their complaints.
    std::int64_t find(std::string_view reference, std::size_t& hint) const;
};

// `derive_concerns`: read each complaint's concerns from the complaints.csv columns report.toml
// [concerns] names (the folder has no concerns.csv).
ComplaintRefs load_complaints(FileInput in, Dataset& data, FileReport& report, bool derive_concerns = false);
void load_concerns(FileInput in, const ComplaintRefs& refs, Dataset& data, FileReport& report);
void load_compliments(FileInput in, Dataset& data, FileReport& report);
void load_lgsco(FileInput in, Dataset& data, FileReport& report);
void load_regional(FileInput in, Dataset& data, FileReport& report);

// Files from this size on are read on two threads: the parser fills batches of records while
// the calling thread turns the previous batch into typed values. Smaller files are read on one
// (starting a thread would cost more than it saves).
inline constexpr std::uint64_t kTwoThreadsFrom = std::uint64_t{4} << 20;

namespace detail {
template <std::size_t N, std::size_t P, class Row>
void read_table_with(FileInput in, const std::array<ColumnSpec, N>& columns, const Settings& settings,
                     const std::string& file_key, FileReport& report, Row& row, std::vector<std::string> extra_headers) {
    const bool two_threads = in.size >= kTwoThreadsFrom;
    CsvTable<N, P> table(report, std::move(in.source), in.state, columns, settings, file_key, std::move(extra_headers));
    using Batch = typename CsvTable<N, P>::Batch;
    if (table.open())
        run_pipeline<Batch>(
            two_threads, [&](Batch& batch) { return table.fill(batch); },
            [&](const Batch& batch) { batch.replay(report, table.layout(), row); });
    table.finish();
}
}  // namespace detail

// Shared by the loaders: reads the table and calls `row` for each record, in file order, on
// the calling thread. `extra_headers` are read as Record::extra. The parser gets the extra
// columns only when report.toml lists several headers for a column or there are extra
// headers: they cost time on every record.
template <std::size_t N, class Row>
void read_table(FileInput in, const std::array<ColumnSpec, N>& columns, const Settings& settings,
                const std::string& file_key, FileReport& report, Row row, std::vector<std::string> extra_headers = {}) {
    bool extra = !extra_headers.empty();
    for (const ColumnSpec& c : columns) extra = extra || settings.headers_for(file_key, std::string(c.name)).size() > 1;
    if (extra)
        detail::read_table_with<N, kSlots<N>>(std::move(in), columns, settings, file_key, report, row,
                                              std::move(extra_headers));
    else
        detail::read_table_with<N, N>(std::move(in), columns, settings, file_key, report, row, {});
}

// Small helpers for the row functions: each reports its own error and returns nullopt (or
// false). They run for every field of every row, so they are inline and keep their messages
// in out-of-line functions (below, in fields.cpp): inlined, the optionals they return live in
// registers (returned from a call, GCC 12 writes and reads them back in a way that stalls).
// Each problem is reported once per column and kind (per value, per form of date), with the
// rows it is found on (FileReport::repeated).
[[gnu::cold]] void report_date_required(FileReport& report, std::uint32_t line, std::string_view column);
[[gnu::cold]] void report_bad_date(FileReport& report, std::uint32_t line, std::string_view column, std::string_view value,
                                   const DateForm* declared);
[[gnu::cold]] void report_rejected(FileReport& report, std::uint32_t line, std::string_view column,
                                   const VocabMatcher& m, std::string_view value);
[[gnu::cold]] void report_value_required(FileReport& report, std::uint32_t line, std::string_view column);

template <std::size_t N>
inline std::optional<Date> date_field(const Record<N>& t, std::size_t i, DateReader& dates, std::string_view column,
                                      FileReport& report, bool required) {
    const auto v = t.get(i);
    if (v.empty()) {
        if (required) report_date_required(report, t.line(), column);
        return std::nullopt;
    }
    Date d;
    if (dates.read(v, d)) [[likely]] return d;
    report_bad_date(report, t.line(), column, v, dates.declared());
    return std::nullopt;
}

template <std::size_t N>
inline std::optional<std::size_t> vocab_field(const Record<N>& t, std::size_t i, VocabMatcher& m,
                                              std::string_view column, FileReport& report) {
    const auto v = t.get(i);
    const std::size_t r = m.match(v);
    if (r != VocabMatcher::kNoMatch) [[likely]] return r;
    report_rejected(report, t.line(), column, m, v);
    return std::nullopt;
}

template <std::size_t N>
inline bool required_text(const Record<N>& t, std::size_t i, std::string_view column, FileReport& report) {
    if (!t.get(i).empty()) [[likely]] return true;
    report_value_required(report, t.line(), column);
    return false;
}

}  // namespace ascreport::load
