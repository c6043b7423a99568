// One loader per input file. Each reads its file into the Dataset and reports into its
// FileReport; rows with errors are reported and left out.
#pragma once

#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ascreport/dataset.hpp"
#include "ascreport/csv_reader.hpp"
#include "csv_table.hpp"
#include "fields.hpp"
#include "file_report.hpp"

namespace ascreport::load {

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
ComplaintRefs load_complaints(const ExportFiles& in, const InputMapping& s, Dataset& data, FileReport& report, bool derive_concerns = false);
void load_concerns(const ExportFiles& in, const InputMapping& s, const ComplaintRefs& refs, Dataset& data, FileReport& report);
void load_compliments(const ExportFiles& in, const InputMapping& s, Dataset& data, FileReport& report);
// `complaints`: the complaints' references, to warn of a case whose `complaint` is in none.
void load_lgsco(const ExportFiles& in, const InputMapping& s, Dataset& data, FileReport& report,
                const ComplaintRefs* complaints = nullptr);
void load_regional(const ExportFiles& in, const InputMapping& s, Dataset& data, FileReport& report);

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
// Money (a remedy amount: lgsco.csv's, complaints.csv's) as exact pence, at most £100,000,000
// (docs/input-format.md), so a year's total cannot overflow; nullopt when it is not (reported).
std::optional<std::int64_t> read_money(FileReport& report, std::uint32_t line, std::string_view column, std::string_view cell);

inline std::optional<Date> date_field(const Row& t, std::size_t i, DateReader& dates, std::string_view column,
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

inline std::optional<std::size_t> vocab_field(const Row& t, std::size_t i, VocabMatcher& m,
                                              std::string_view column, FileReport& report) {
    const auto v = t.get(i);
    const std::size_t r = m.match(v);
    if (r != VocabMatcher::kNoMatch) [[likely]] return r;
    report_rejected(report, t.line(), column, m, v);
    return std::nullopt;
}

inline bool required_text(const Row& t, std::size_t i, std::string_view column, FileReport& report) {
    if (!t.get(i).empty()) [[likely]] return true;
    report_value_required(report, t.line(), column);
    return false;
}

}  // namespace ascreport::load
