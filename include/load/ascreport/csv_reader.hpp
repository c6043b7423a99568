// The one CSV reader: every loader and `init` read the exports through it, on the calling
// thread, with one set of messages.
//
// RFC 4180 as spreadsheets write it: fields separated by commas; a field in double quotes may
// hold commas, line breaks (LF, CRLF or CR) and quotes written twice (""). Lines end in LF or
// CRLF. The reader reads the file a block at a time into one buffer and walks it once: it
// finds line ends, separators and quotes in the same pass, counts physical lines as it goes
// (so a record's line is the line an editor shows, however many line breaks the records before
// it hold inside quotes), and checks that the bytes are UTF-8. Windows-1252 is converted to
// UTF-8 as each block is read, when report.toml says the exports are in it. A field's value is
// made by fast-cpp-csv-parser's own rules (io::trim_chars, io::double_quote_escape): trimmed,
// unquoted, a quote written twice read as one.
//
// The reader knows nothing of headers: it yields every record that holds a value, with its
// line, and the caller decides which is the header (the first, today). Blank lines and rows of
// empty cells (",,,," as Excel leaves them) are skipped.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ascreport/input_mapping.hpp"

namespace ascreport::load {

// The most records (rows that hold a value) a file may hold besides its header. No council's
// export comes near it (a large council has a few thousand complaints a year); it bounds the
// memory a wrong or runaway file can take.
inline constexpr std::size_t kMaxRecordsPerFile = 2'000'000;
static_assert(kMaxRecordsPerFile == 2'000'000, "the message in csv_reader.cpp spells the number out");

// Where an export's bytes come from: a regular file (read with pread, so that readers can read
// it again from its start: `init` reads a file that is not UTF-8 a second time, as
// Windows-1252) or bytes in memory, which must outlive the input.
class CsvInput {
public:
    // Opens a regular file. Otherwise (missing, a folder, a FIFO, a device, unreadable) nullopt,
    // with `problem` worded to follow "FILE: ", as docs/faults.md gives it.
    static std::optional<CsvInput> open(const std::filesystem::path& path, std::string& problem);
    static CsvInput memory(std::string_view bytes);

    CsvInput(CsvInput&& other) noexcept;
    CsvInput& operator=(CsvInput&& other) noexcept;
    CsvInput(const CsvInput&) = delete;
    CsvInput& operator=(const CsvInput&) = delete;
    ~CsvInput();

    std::uint64_t size() const { return size_; }
    // Reads up to `n` bytes from `offset`: fewer only at the end of the input. -1 with errno on
    // a read error.
    long read_at(std::uint64_t offset, char* out, std::size_t n) const;

private:
    CsvInput() = default;
    int fd_ = -1;
    std::string_view bytes_;
    std::uint64_t size_ = 0;
};

// One record: its fields trimmed of spaces and tabs (also inside the quotes), unquoted, a quote
// written twice as one. A line break inside quotes is '\n', whatever it was in the file. Valid
// until the reader's next call.
class CsvRecord {
public:
    std::uint32_t line() const { return line_; }  // the physical line it starts on (1 = the first)
    std::size_t size() const { return fields_.size(); }
    std::string_view operator[](std::size_t i) const { return fields_[i]; }
    bool has_line_breaks() const { return line_breaks_; }  // some field holds a line break

private:
    friend class CsvReader;
    std::uint32_t line_ = 0;
    bool line_breaks_ = false;
    std::vector<std::string_view> fields_;
};

// A problem that concerns the whole file, or ended its reading. `line` 0: no line.
struct CsvProblem {
    std::uint32_t line = 0;
    std::string message;
};

// What the reader found about the file as a whole; complete once next() has returned false.
struct CsvFindings {
    int read_errno = 0;                   // a read failed (EIO, ...)
    bool utf16 = false;                   // starts with a UTF-16 byte-order mark
    std::uint64_t nul_count = 0;          // NUL bytes in what was read
    std::uint32_t first_nul_line = 0;     // 0 = none
    bool read_to_end = false;             // every byte was read (nul_count is the file's)
    std::uint32_t first_invalid_utf8_line = 0;  // 0 = none
    unsigned char first_invalid_byte = 0;       // 0: the file ends inside a character

    // The problem that makes the file unusable (it could not be read, UTF-16, NUL bytes): it
    // replaces any other message about the file. nullopt when there is none.
    std::optional<CsvProblem> unusable() const;
    // The first line that is not UTF-8, with how to fix it; nullopt when all of it is.
    std::optional<CsvProblem> not_utf8() const;
};

class CsvReader {
public:
    CsvReader(const CsvInput& input, Encoding encoding);
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // The next record that holds a value. False at the end of the file, or when reading stopped
    // (ended() says why).
    bool next(CsvRecord& record);

    // After next() returned false: the problem that ended the reading (a quote never closed, a
    // record over 16 MiB, more records than a file may hold), or nullopt at a clean end.
    const std::optional<CsvProblem>& ended() const { return ended_; }
    // Reading stopped before the end of the file (a record over 16 MiB, too many records).
    bool stopped() const { return stopped_; }
    // What is known so far; all of it once next() has returned false. (utf16 is known at once.)
    const CsvFindings& findings() const { return found_; }
    // Rows of empty cells skipped so far (",,,,"; blank lines are not counted).
    std::uint64_t empty_rows() const { return empty_rows_; }

private:
    struct Field {
        std::size_t begin, end;  // offsets from the record's start
        bool crlf;               // holds "\r\n" inside quotes
    };
    bool read_record(CsvRecord& record);
    // The record at `text`, read up to text[at], runs to the end of the bytes read: reads on,
    // moving the record to the start of the buffer. Returns where the record is now. Nothing
    // more is read at the end of the input, or when the record has grown past the most one may
    // hold: the byte after the record is then still the NUL that ends the bytes.
    char* more(const char* text, std::size_t at);
    // Checks the UTF-8 character at `p`; the bytes to step over (past an invalid one, the first).
    std::size_t check_utf8(const char* p);
    void invalid_utf8(std::uint32_t line, unsigned char byte);
    void stop(std::uint32_t line, std::string message);
    // Reads a block into buffer_ from `at` (reading has got to buffer_[scanned]); the new end.
    std::size_t read_block(std::size_t at, std::size_t scanned);

    const CsvInput& input_;
    bool windows1252_;
    CsvFindings found_;
    // The bytes read and not yet passed: buffer_[start_, end_), then a NUL that marks the end
    // (a NUL in the file is read as 0x1A, and counted).
    std::vector<char> buffer_;
    std::size_t start_ = 0, end_ = 0;
    std::uint64_t offset_ = 0;     // of the input, read so far
    bool input_done_ = false;      // every byte of the input is in the buffer
    std::string raw_;              // a block of Windows-1252 before conversion
    std::uint32_t line_ = 1;       // the physical line at the reading position
    std::optional<CsvProblem> ended_;
    bool stopped_ = false;
    bool at_end_ = false;
    std::uint64_t records_ = 0;
    std::uint64_t empty_rows_ = 0;
    std::vector<Field> fields_;  // of the record being read
};

}  // namespace ascreport::load
