// Reading one CSV file of the contract with fast-cpp-csv-parser, through QuoteAwareSource:
// the header is matched case-insensitively (after the renames in report.toml), required
// columns are checked, and the records are copied out of the parser's buffer into batches
// (RecordBatch), each with its physical line. Structural problems (too few or too many
// fields, an unclosed quote, an over-long record) go into the batch in file order, and reading
// goes on where it can. A batch is replayed into a loader's row function as Records, on the
// thread that owns the FileReport and the Dataset; the parser may meanwhile fill the next
// batch on another thread (load/pipeline.hpp).
#pragma once

#include <array>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <algorithm>
#include <tuple>
#include <vector>
#include <utility>

#include "ascreport/settings.hpp"
#include "ascreport/text_table.hpp"
#include "csv_source.hpp"
#include "file_report.hpp"

namespace ascreport::load {

// The most records one file may hold. No council's export comes near it (a large council
// has a few thousand complaints a year); it bounds the memory a wrong or runaway file can take
// (records are kept, the file's bytes are not: about 100 bytes per complaint).
inline constexpr std::size_t kMaxRecordsPerFile = 2'000'000;
static_assert(kMaxRecordsPerFile == 2'000'000, "the message in CsvTable::next() spells the number out");

// Besides one header for each contract column, a file is read from at most this many more:
// the alternatives of report.toml [columns.FILE] lists, and for complaints.csv the [concerns]
// columns. (Each is a parser column: the parser's column count is fixed when it is compiled.)
inline constexpr std::size_t kMaxExtraHeaders = 16;

struct ColumnSpec {
    std::string_view name;  // the contract's name
    bool required;
};

// Splits one logical line into its fields with the parser's own column splitting (so quoting
// rules are those of the records): each trimmed of spaces and tabs and unquoted, in place in
// `line`. False for a quote that is never closed (the fields before it are kept).
bool split_fields(char* line, std::vector<std::string_view>& fields);

// Header names as the parser splits them (lower-cased by the source, unless it is the
// original header).
std::vector<std::string> split_header(std::string header);

// The file-level findings of the source (encoding, NUL bytes, unclosed quote, read errors) as
// messages; returns true when the file is unusable and its row messages should be dropped.
bool report_source_findings(const SourceState::Findings& f, FileReport& report, bool unclosed_quote_reported);

// "; did you mean "Provider Name"?" when a header is close to `name` or holds it, else "".
// `spelt`: the headers as the file spells them, in the order of `header`; `taken`: names not
// to suggest (the others of the same mapping).
std::string nearest_header(const std::string& name, const std::vector<std::string>& header,
                           const std::vector<std::string>& spelt, const std::vector<std::string>& taken = {});
// "Case Reference", "Date Received", ... (at most 30, then how many more).
std::string header_list(const std::vector<std::string>& header, const std::vector<std::string>& spelt);

// The value of a field as the parser left it (NUL-terminated), trimmed of spaces and tabs:
// the parser trims outside quotes, this also inside them.
inline std::string_view trimmed_field(const char* field) {
    std::string_view v(field);
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
    return v;
}

// The parser's columns for a file of N contract columns: one for each contract column (its
// first header), then, when report.toml lists other headers for a column (first non-empty
// value wins) or a loader reads extra columns ([concerns]), kMaxExtraHeaders more for them.
// Without those the parser has just the N: each parser column costs time on every record.
template <std::size_t N>
inline constexpr std::size_t kSlots = N + kMaxExtraHeaders;

// Which parser columns make up each value of a record.
template <std::size_t N>
struct SlotLayout {
    std::array<std::vector<std::uint8_t>, N> alternatives;  // tried in order while the value is empty
    std::vector<std::uint8_t> extras;                        // the extra columns asked for, in order
};

// One record as a loader's row function sees it.
template <std::size_t N>
class Record {
public:
    std::uint32_t line() const { return line_; }
    // The value, trimmed of spaces and tabs (also inside quotes); "" for an absent column.
    std::string_view get(std::size_t i) const { return values_[i]; }
    // An extra column's value (CsvTable's `extra_headers`, in their order), as get().
    std::string_view extra(std::size_t j) const { return extras_[j]; }
    std::size_t extra_count() const { return extra_count_; }
    // An extra column's value as a label (see label()).
    std::string_view extra_label(std::size_t j) const { return as_label(extras_[j]); }
    // Free text: trimmed, with its line breaks restored.
    std::string text(std::size_t i) const {
        std::string s(get(i));
        if (line_breaks_) s.resize(restore_line_breaks(s.data(), s.size()));
        return s;
    }
    // A label (a category, a service area): trimmed, on one line; a line break inside quotes
    // reads as a space. Valid until the next call.
    std::string_view label(std::size_t i) const { return as_label(values_[i]); }

private:
    template <std::size_t>
    friend class RecordBatch;
    std::string_view as_label(std::string_view v) const {
        if (!line_breaks_) return v;
        scratch_.assign(v);
        scratch_.resize(restore_line_breaks(scratch_.data(), scratch_.size(), ' '));
        return scratch_;
    }
    std::uint32_t line_ = 0;
    bool line_breaks_ = false;  // some value holds a line break from inside quotes
    std::array<std::string_view, N> values_{};
    std::array<std::string_view, kMaxExtraHeaders> extras_{};
    std::size_t extra_count_ = 0;
    mutable std::string scratch_;
};

// Records copied out of the parser's buffer (which the parser overwrites as it reads on), and
// the problems found among them, in file order. N is the number of parser columns.
template <std::size_t N>
class RecordBatch {
public:
    void clear() {
        items_.clear();
        bytes_.clear();
        records_ = 0;
        messages_.clear();
    }
    // A batch holds at most kRecords records, or kBytes bytes once a record is in it (a single
    // record may be longer): small enough to stay in the cache, large enough that handing a
    // batch between threads costs nothing next to reading it.
    static constexpr std::size_t kRecords = 1024, kBytes = std::size_t{256} << 10;
    bool full() const { return records_ >= kRecords || bytes_.size() >= kBytes; }

    // Copies a record into a batch that is not full(): `fields` as the parser left them, each
    // NUL-terminated inside one line (nullptr for a column the file does not have: the parser
    // never sets those).
    // `line_breaks`: the record holds line breaks hidden inside quotes.
    void add_record(std::uint32_t line, bool line_breaks, const std::array<char*, N>& fields) {
        std::uintptr_t lo = UINTPTR_MAX, hi = 0;  // without branches: this runs for every field
        for (const char* f : fields) {
            const auto p = reinterpret_cast<std::uintptr_t>(f);
            lo = std::min(lo, p ? p : UINTPTR_MAX);
            hi = std::max(hi, p);
        }
        const char* first = hi ? reinterpret_cast<const char*>(lo) : nullptr;
        const char* last = reinterpret_cast<const char*>(hi);
        const std::uint32_t base = static_cast<std::uint32_t>(bytes_.size());
        items_.push_back({line_breaks ? Kind::RecordWithLineBreaks : Kind::Record, line,
                          static_cast<std::uint32_t>(records_)});
        if (first) {
            // The fields lie in order in the line: from the first one's start to the end of the
            // one that starts last is every value, NULs included. One copy, not one a field.
            bytes_.append(first, static_cast<std::size_t>(last - first) + std::strlen(last) + 1);
        }
        assert(records_ < kRecords);  // the caller stops at full()
        std::uint32_t* out = fields_.get() + records_++ * N;
        for (const char* f : fields) *out++ = f ? base + static_cast<std::uint32_t>(f - first) : kAbsent;
    }
    void add_error(std::uint32_t line, std::string message) { add_message(Kind::Error, line, std::move(message)); }
    void add_stop(std::uint32_t line, std::string message) { add_message(Kind::Stop, line, std::move(message)); }

    // Replays the batch in file order: records of M contract columns laid out as `layout`
    // says to `row`, problems to `report` (a problem repeated on many rows, such as too few
    // fields, is one message).
    template <std::size_t M, class Row>
    void replay(FileReport& report, const SlotLayout<M>& layout, Row& row) const {
        static_assert(M <= N);
        Record<M> record;
        record.extra_count_ = layout.extras.size();
        for (const Item& item : items_) {
            switch (item.kind) {
            case Kind::Record:
            case Kind::RecordWithLineBreaks: {
                record.line_ = item.line;
                record.line_breaks_ = item.kind == Kind::RecordWithLineBreaks;
                const std::uint32_t* f = fields_.get() + std::size_t{item.index} * N;
                const auto value = [&](std::size_t slot) {
                    return f[slot] == kAbsent ? std::string_view() : trimmed_field(bytes_.data() + f[slot]);
                };
                for (std::size_t i = 0; i < M; ++i) record.values_[i] = value(i);
                if constexpr (N > M) {  // other headers of a column, and extra columns
                    for (std::size_t i = 0; i < M; ++i)
                        for (std::uint8_t slot : layout.alternatives[i]) {
                            if (!record.values_[i].empty()) break;
                            record.values_[i] = value(slot);
                        }
                    for (std::size_t j = 0; j < layout.extras.size(); ++j) record.extras_[j] = value(layout.extras[j]);
                }
                row(static_cast<const Record<M>&>(record));
                break;
            }
            case Kind::Error: {
                const std::string& message = messages_[item.index];
                report.repeated(Severity::Error, item.line, "", message, [&] { return message; });
                break;
            }
            case Kind::Stop: report.stop(item.line, messages_[item.index]); break;
            }
        }
    }

private:
    static constexpr std::uint32_t kAbsent = UINT32_MAX;
    enum class Kind : std::uint8_t { Record, RecordWithLineBreaks, Error, Stop };
    struct Item {
        Kind kind;
        std::uint32_t line;
        std::uint32_t index;  // the record's number in the batch, or its message's
    };
    void add_message(Kind kind, std::uint32_t line, std::string message) {
        items_.push_back({kind, line, static_cast<std::uint32_t>(messages_.size())});
        messages_.push_back(std::move(message));
    }

    std::vector<Item> items_;
    std::string bytes_;
    // N a record: where each value starts in bytes_. Allocated once, written without checks.
    std::unique_ptr<std::uint32_t[]> fields_ = std::make_unique_for_overwrite<std::uint32_t[]>(kRecords * N);
    std::size_t records_ = 0;
    std::vector<std::string> messages_;
};

// Rows that hold no value are skipped like blank lines: blank, or only commas, spaces, tabs and
// empty quotes (""), as Excel leaves after the data (is_empty_row).
struct empty_row_comment {
    static bool is_comment(const char* line) { return is_empty_row(line); }
};

// Reads a file of N contract columns. Each column is read from the headers report.toml names
// for it (the first non-empty value wins), or from the column's own name; `extra_headers` are
// more columns a loader reads by header name (Record::extra).
template <std::size_t N, std::size_t P = N>
class CsvTable {
    static_assert(P == N || P == kSlots<N>);

public:
    static constexpr std::size_t kParserColumns = P;
    using Reader = io::CSVReader<kParserColumns, io::trim_chars<' ', '\t'>, io::double_quote_escape<',', '"'>,
                                 io::throw_on_overflow, empty_row_comment>;
    using Batch = RecordBatch<kParserColumns>;

    CsvTable(FileReport& report, std::unique_ptr<QuoteAwareSource> source, std::shared_ptr<SourceState> state,
             const std::array<ColumnSpec, N>& columns, const Settings& settings, const std::string& file_key,
             std::vector<std::string> extra_headers = {})
        : report_(report), state_(std::move(state)), lines_(state_), columns_(columns), file_key_(file_key),
          extra_headers_(std::move(extra_headers)) {
        for (std::size_t i = 0; i < N; ++i) {
            wanted_[i] = settings.headers_for(file_key, std::string(columns[i].name));
            mapped_[i] = settings.column_mapped(file_key, std::string(columns[i].name));
        }
        reader_ = std::make_unique<Reader>(report.file(), std::move(source));
    }

    const SlotLayout<N>& layout() const { return layout_; }

    // Checks the header. False when the file cannot be read further (errors reported).
    bool open() {
        const auto findings = state_->findings();
        if (findings.looks_like_utf16 || findings.first_nul_line == 1) return false;  // finish() explains
        std::vector<std::string> header = split_header(findings.header);
        if (header.empty()) {
            std::string expected;
            for (const auto& c : columns_) {
                if (!expected.empty()) expected += ',';
                expected += c.name;
            }
            report_.error(1, "", "the file is empty; its first line must be a header naming the columns, e.g. " +
                                     expected);
            return false;
        }
        bool ok = true;
        for (std::size_t i = 0; i < header.size(); ++i)
            for (std::size_t j = 0; j < i; ++j)
                if (header[i] == header[j] && !header[i].empty()) {
                    report_.error(1, header[i], "the header names this column twice (fields " + std::to_string(j + 1) +
                                                    " and " + std::to_string(i + 1) + "); remove or rename one");
                    ok = false;
                }
        const std::vector<std::string> spelt = split_header(findings.original_header);
        auto shown = [&](std::size_t field) { return field < spelt.size() ? spelt[field] : header[field]; };
        // The header's field for a name from report.toml: compared as values are (case, runs
        // of spaces, a no-break space or a curly apostrophe typed in Word aside).
        std::vector<std::string> header_keys;
        for (const std::string& h : header) header_keys.push_back(TextTable::key_of(h));
        auto field_of = [&](const std::string& name) {
            return static_cast<std::size_t>(std::find(header_keys.begin(), header_keys.end(), TextTable::key_of(name)) -
                                            header_keys.begin());
        };
        std::vector<bool> used(header.size(), false);
        HeaderUse& use = report_.header_use();
        use.read = true;
        // Parser column names: each column's first header, then the others and the extras in
        // the slots after N; slots nobody asks for get names no header can have.
        std::array<std::string, kParserColumns> names;
        for (std::size_t k = 0; k < kParserColumns; ++k) names[k] = "\x01unused " + std::to_string(k);
        bool out_of_slots = false;  // a CsvTable of N parser columns asked for more (read_table's to choose)
        std::size_t next_slot = N;
        for (std::size_t i = 0; i < N; ++i) {
            ColumnUse column{std::string(columns_[i].name), {}, columns_[i].required};
            std::vector<std::string> absent;
            for (std::size_t k = 0; k < wanted_[i].size(); ++k) {
                const std::size_t field = field_of(wanted_[i][k]);
                if (field == header.size()) {
                    absent.push_back(wanted_[i][k]);
                    continue;
                }
                used[field] = true;
                column.headers.push_back(shown(field));
                if (k == 0) names[i] = header[field];
                else if (next_slot < kParserColumns) {
                    names[next_slot] = header[field];
                    layout_.alternatives[i].push_back(static_cast<std::uint8_t>(next_slot++));
                } else {
                    out_of_slots = true;
                }
            }
            if (!absent.empty() && mapped_[i]) {
                report_.error(1, std::string(columns_[i].name), missing_mapped_header(absent, wanted_[i], header, spelt));
                ok = false;
            } else if (column.headers.empty() && columns_[i].required) {
                // The file's nearest header makes the example, when there is one.
                const std::string name(columns_[i].name);
                const std::string near = nearest_header(name, header, spelt);
                const std::string example =
                    near.empty() ? "e.g. [columns." + file_key_ + "] " + name + " = \"Your Header\""
                                 : "perhaps [columns." + file_key_ + "] " + name + " = " +
                                       near.substr(near.find('"'), near.rfind('"') - near.find('"') + 1);
                report_.error(1, name, "required column is missing from the header; if your export calls it "
                                       "something else, name it in report.toml, " + example);
                ok = false;
            }
            use.columns.push_back(std::move(column));
        }
        for (const std::string& extra : extra_headers_) {
            const std::size_t field = field_of(extra);
            if (field == header.size()) {
                report_.error(1, "", "[concerns] in report.toml names the column \"" + extra + "\", which " +
                                         std::string(report_.file().substr(report_.file().rfind('/') + 1)) +
                                         " does not have" + nearest_header(extra, header, spelt) +
                                         "; correct the name in report.toml");
                ok = false;
                continue;
            }
            used[field] = true;
            use.concern_columns.push_back(shown(field));
            if (next_slot < kParserColumns) {
                names[next_slot] = header[field];
                layout_.extras.push_back(static_cast<std::uint8_t>(next_slot++));
            } else {
                out_of_slots = true;
            }
        }
        for (std::size_t field = 0; field < header.size(); ++field)
            if (!used[field] && !header[field].empty()) use.ignored.push_back(shown(field));
        assert(!out_of_slots);  // the settings allow at most kMaxExtraHeaders; read_table picks P
        if (out_of_slots) {
            report_.error(1, "", "more headers are named for this file than it can be read from; name at most " +
                                     std::to_string(kMaxExtraHeaders) + " beyond one for each column");
            return false;
        }
        if (!ok) return false;
        try {
            std::apply([&](const auto&... n) { reader_->read_header(io::ignore_extra_column | io::ignore_missing_column, n...); },
                       names);
        } catch (const io::error::base& e) {
            report_.error(1, "", std::string("the header could not be read: ") + e.what());
            return false;
        }
        field_count_ = header.size();
        return true;
    }

    // Reads records into `batch` until it is full (true) or the file has no more (false).
    // Touches neither the FileReport nor anything but this table and the batch, so it may run
    // on another thread than the one that replays the batch.
    bool fill(Batch& batch) {
        while (!batch.full())
            if (!next(batch)) return false;
        return true;
    }

    // Reports what the source found in the whole file; true when the file is unusable.
    // Reports what the source found in the whole file; true when the file is unusable.
    bool finish() { return report_source_findings(state_->findings(), report_, unclosed_quote_reported_); }

private:
    // Copies the next record into `batch`, with any problems before it. False at the end, or
    // when the rest of the file can't be read.
    bool next(Batch& batch) {
        for (;;) {
            try {
                bool got = std::apply([&](auto&... f) { return reader_->read_row(f...); }, fields_);
                if (!got) return false;
                const std::uint32_t line = lines_.physical(reader_->get_file_line());
                if (++records_ > kMaxRecordsPerFile) {
                    batch.add_stop(line, "the file has more than 2,000,000 records, the most a file may hold (no "
                                         "council's export comes near it); reading stopped here; check that this "
                                         "is the right file");
                    return false;
                }
                batch.add_record(line, lines_.hid_line_breaks(), fields_);
                return true;
            } catch (const io::error::too_few_columns&) {
                batch.add_error(current_line(), fewer_or_more(false));
            } catch (const io::error::too_many_columns&) {
                batch.add_error(current_line(), fewer_or_more(true));
            } catch (const io::error::escaped_string_not_closed&) {
                const auto f = state_->findings();
                const std::uint32_t at = f.ended_inside_quotes ? static_cast<std::uint32_t>(f.open_quote_line)
                                                               : current_line();
                batch.add_error(at, "a quote opened on this line is never closed, so the rest of the file "
                                    "reads as one value; close the quote or remove it");
                unclosed_quote_reported_ = true;
            } catch (const io::error::line_length_limit_exceeded&) {
                const auto f = state_->findings();
                std::string msg = "this record is longer than 16 MiB, the most a record may hold";
                if (f.open_quote_line)
                    msg += "; check the quote opened on line " + std::to_string(f.open_quote_line) +
                           ": an unclosed quote makes the rest of the file one value";
                batch.add_stop(current_line(), msg + "; reading stopped here");
                return false;
            } catch (const io::error::base& e) {
                batch.add_error(current_line(), std::string("the file could not be read further: ") + e.what());
                return false;
            }
        }
    }
    std::uint32_t current_line() { return lines_.physical(reader_->get_file_line()); }

    // "report.toml maps ... to a header the file does not have", with the nearest header.
    std::string missing_mapped_header(const std::vector<std::string>& absent, const std::vector<std::string>& mapping,
                                      const std::vector<std::string>& header, const std::vector<std::string>& spelt) const {
        std::string names;
        for (const auto& a : absent) names += (names.empty() ? "\"" : ", \"") + a + "\"";
        return "[columns." + file_key_ + "] in report.toml names " + names + ", which the header does not have" +
               nearest_header(absent.front(), header, spelt, mapping) + "; correct the name in report.toml (the headers are " +
               header_list(header, spelt) + ")";
    }

    std::string fewer_or_more(bool more) const {
        return std::string("this record has ") + (more ? "more" : "fewer") + " fields than the header's " +
               std::to_string(field_count_) +
               (more ? "; a value that contains a comma must be in double quotes"
                     : "; check for a missing comma, or a line break in a value that is not in double quotes");
    }
    FileReport& report_;
    std::shared_ptr<SourceState> state_;
    LineMap lines_;
    std::array<ColumnSpec, N> columns_;
    std::string file_key_;
    std::vector<std::string> extra_headers_;
    std::array<std::vector<std::string>, N> wanted_;  // each column's headers, lower case
    std::array<bool, N> mapped_{};                    // named in report.toml
    SlotLayout<N> layout_;
    std::array<char*, kParserColumns> fields_{};
    std::unique_ptr<Reader> reader_;
    std::size_t field_count_ = 0;
    std::size_t records_ = 0;
    bool unclosed_quote_reported_ = false;
};

}  // namespace ascreport::load
