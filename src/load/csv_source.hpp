// The byte source that lets fast-cpp-csv-parser read RFC 4180 files.
//
// fast-cpp-csv-parser cuts its input into lines before it looks at quotes, so a line break
// inside a quoted field would end the record early. This source sits between the file and
// the parser: it tracks quotes as the parser will, and hides each line break inside quotes
// behind a placeholder byte that the loader turns back (restore_line_breaks). On the way it
//   - converts Windows-1252 to UTF-8 when the settings ask for it,
//   - checks the bytes are valid UTF-8 and notes the first bad one,
//   - replaces NUL bytes (which would cut a C string short) and notes the first,
//   - counts physical lines, so a record's line in a message is the line an editor shows,
//   - lower-cases the header line, so column names match case-insensitively.
// What it finds lives in SourceState, which the loader owns: the parser destroys the source
// after its first read for small files, and reads ahead on a worker thread for large ones,
// so the state outlives the source and is guarded by a mutex.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

// The library's own code trips GCC's string-truncation warnings; they are not ours to fix.
// (clang, used for fuzzing, has no such warning and would warn about the pragma.)
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wstringop-truncation"
#endif
#include <libfccp/csv.h>
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

#include "ascreport/settings.hpp"

namespace ascreport::load {

inline constexpr char kHiddenLineFeed = '\x1E';
inline constexpr char kHiddenCarriageReturn = '\x1D';

class SourceState {
public:
    struct Findings {
        std::uint64_t first_invalid_utf8_line = 0;  // 0 = none
        unsigned char first_invalid_byte = 0;
        std::uint64_t first_nul_line = 0;
        std::uint64_t nul_count = 0;
        bool looks_like_utf16 = false;
        std::uint64_t first_placeholder_line = 0;   // raw 0x1D/0x1E bytes in the input
        bool ended_inside_quotes = false;
        bool reached_end = false;                   // the whole file was read (counts are totals)
        std::uint64_t open_quote_line = 0;          // where the unclosed quote opened
        int read_errno = 0;                         // a read failed (EIO, ...)
        std::uint64_t bytes = 0;                    // bytes read from the file
        std::string header;                         // first logical line, lower-cased, as parsed
        std::string original_header;                // the same as the file spells it
    };
    Findings findings() const;

private:
    friend class QuoteAwareSource;
    friend class LineMap;
    mutable std::mutex mutex_;
    // (logical line, line feeds hidden in it and all lines before it), for lines that hid any
    // line feed or carriage return; the ones LineMap has not taken yet.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> hidden_;
    // Logical lines below this one are scanned to their end: their entries are final.
    std::uint32_t complete_below_ = 1;
    Findings findings_;
};

// Maps the parser's logical lines to physical lines (header = 1), on the parser's thread. The
// parser asks for every record, in order, while the read-ahead thread adds to the map a block
// at a time: entries are taken from the SourceState under its lock only when asked about a
// line past what was taken (once a block, not once a record), and passed with a cursor.
class LineMap {
public:
    explicit LineMap(std::shared_ptr<SourceState> state) : state_(std::move(state)) {}
    // The physical line where logical line `logical` starts. Lines must be asked in
    // nondecreasing order (entries behind the cursor are dropped).
    std::uint32_t physical(std::uint32_t logical);
    // Whether the line last asked about has line breaks hidden inside quotes.
    bool hid_line_breaks() const { return hid_line_breaks_; }

private:
    std::shared_ptr<SourceState> state_;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pending_;  // taken, not yet passed
    std::size_t next_ = 0;              // first entry of pending_ not passed
    std::uint32_t offset_ = 0;          // line breaks hidden before the last line asked
    std::uint32_t complete_below_ = 0;  // what state_ had scanned when last taken from
    bool hid_line_breaks_ = false;
};

class QuoteAwareSource final : public io::ByteSourceBase {
public:
    // Reads from a file descriptor it owns (closed on destruction), or from memory.
    QuoteAwareSource(int fd, Encoding encoding, std::shared_ptr<SourceState> state);
    QuoteAwareSource(std::string_view bytes, Encoding encoding, std::shared_ptr<SourceState> state);
    ~QuoteAwareSource() override;

    int read(char* buffer, int size) override;

private:
    int read_raw(char* buffer, int size);
    int read_windows1252(char* buffer, int size);
    void transform(const unsigned char* in, int n, char* out, int& out_n);
    int scan_fast(char* buffer, int i, int n);
    void end_logical_line();  // an unquoted line feed: notes the line's hidden line breaks
    void check_utf8(unsigned char c);

    int fd_ = -1;
    std::string_view memory_;
    Encoding encoding_;
    std::shared_ptr<SourceState> state_;
    std::vector<unsigned char> raw_;
    std::string pending_;    // converted bytes that did not fit the last read
    bool raw_done_ = false;  // the file has no more bytes

    // Scanner state (touched only by the thread that calls read()).
    bool in_quotes_ = false;
    bool in_header_ = true;
    bool at_start_ = true;
    std::uint32_t logical_line_ = 1;
    std::uint32_t hidden_total_ = 0;
    std::uint32_t hidden_in_line_ = 0;
    bool hid_carriage_return_ = false;  // a carriage return hidden in this line
    std::uint64_t physical_line_ = 1;
    int utf8_need_ = 0;               // continuation bytes still expected
    unsigned char utf8_lo_ = 0x80, utf8_hi_ = 0xBF;  // range of the next continuation byte
    unsigned char utf8_lead_ = 0;                    // first byte of the current sequence
    // What this scan found so far, published to state_ at the end of each transform();
    // bytes and read_errno are not kept here (read() reports them to state_ directly).
    SourceState::Findings found_;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> new_hidden_;
};

// Whether a line holds no value: nothing but commas, spaces, tabs, a carriage return and empty
// quotes (""). Excel leaves rows like ",,,," after the data; they are skipped like blank
// lines, and the header is the first line that is not one.
bool is_empty_row(const char* line);

// Turns the placeholders back into line breaks ("\r\n" and "\r" become one `line_break`,
// "\n" unless a label wants a space), in place. Returns the new length.
std::size_t restore_line_breaks(char* text, std::size_t length, char line_break = '\n');

}  // namespace ascreport::load
