#include "ascreport/csv_reader.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>

// Only the library's rules for a field's value are used (io::trim_chars, io::double_quote_escape),
// not its readers: no read-ahead thread.
#define CSV_IO_NO_THREAD
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

#include "ascreport/text.hpp"

namespace ascreport::load {

// --- CsvInput --------------------------------------------------------------------------------

std::optional<CsvInput> CsvInput::open(const std::filesystem::path& path, std::string& problem) {
    // O_NONBLOCK so that opening a FIFO cannot hang; it is refused just below anyway.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        const int e = errno;
        problem = e == ELOOP ? "the path is a loop of symbolic links; point it at a real file"
                             : std::string("could not be opened: ") + std::strerror(e);
        return std::nullopt;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        problem = S_ISDIR(st.st_mode) ? "is a folder, not a file; the data folder must hold the CSV files directly"
                                      : "is not a regular file (a pipe or device?); save the export as a file";
        return std::nullopt;
    }
    CsvInput in;
    in.fd_ = fd;
    in.size_ = static_cast<std::uint64_t>(st.st_size);
    return in;
}

CsvInput CsvInput::memory(std::string_view bytes) {
    CsvInput in;
    in.bytes_ = bytes;
    in.size_ = bytes.size();
    return in;
}

CsvInput::CsvInput(CsvInput&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)), bytes_(other.bytes_), size_(other.size_) {}

CsvInput& CsvInput::operator=(CsvInput&& other) noexcept {
    if (this != &other) {
        if (fd_ >= 0) ::close(fd_);
        fd_ = std::exchange(other.fd_, -1);
        bytes_ = other.bytes_;
        size_ = other.size_;
    }
    return *this;
}

CsvInput::~CsvInput() {
    if (fd_ >= 0) ::close(fd_);
}

long CsvInput::read_at(std::uint64_t offset, char* out, std::size_t n) const {
    if (fd_ < 0) {
        if (offset >= bytes_.size()) return 0;
        n = std::min<std::size_t>(n, bytes_.size() - offset);
        std::memcpy(out, bytes_.data() + offset, n);
        return static_cast<long>(n);
    }
    std::size_t total = 0;
    while (total < n) {
        const ssize_t got = ::pread(fd_, out + total, n - total, static_cast<off_t>(offset + total));
        if (got < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        if (got == 0) break;
        total += static_cast<std::size_t>(got);
    }
    return static_cast<long>(total);
}

namespace {

// A block read at a time: small enough to stay in the cache while it is walked.
constexpr std::size_t kBlock = std::size_t{1} << 18;
// Room after the bytes read: the NUL that ends them.
constexpr std::size_t kSlack = 1;
// The most bytes one record may hold (a wrong quote can make the rest of a file one record).
constexpr std::size_t kMaxRecordBytes = (std::size_t{1} << 24) - 1;

constexpr unsigned char byte(char c) { return static_cast<unsigned char>(c); }

// The first byte at or after text[at] that the reader must look at: `a`, `b` or `c`, a NUL (the
// one after the bytes read), or a byte from 0x80 (UTF-8 to check). Outside quotes that is a
// separator, a quote or a line feed; inside, a quote, a line feed or a carriage return. A table
// of the bytes to stop at, one lookup a byte.
template <char a, char b, char c>
inline std::size_t skip(const char* text, std::size_t at) {
    static constexpr auto stops = [] {
        std::array<bool, 256> t{};
        for (unsigned i = 0x80; i < 256; ++i) t[i] = true;
        t[0] = t[byte(a)] = t[byte(b)] = t[byte(c)] = true;
        return t;
    }();
    while (!stops[byte(text[at])]) ++at;
    return at;
}

// A row the reader skips: nothing but commas, spaces, tabs, carriage returns and empty quotes
// (""). Excel leaves rows like ",,,," after the data; they are skipped like blank lines.
bool is_empty_row(const char* p, const char* end) {
    for (; p != end; ++p) {
        if (*p == ',' || *p == ' ' || *p == '\t' || *p == '\r') continue;
        if (*p != '"' || p + 1 == end || p[1] != '"') return false;
        // "" is an empty value only when a separator or the end comes next ("""" holds a quote).
        const char* q = p + 2;
        while (q != end && (*q == ' ' || *q == '\t' || *q == '\r')) ++q;
        if (q != end && *q != ',') return false;
        p = q - 1;
    }
    return true;
}

// A field's value from its bytes, by the library's rules: trimmed of spaces and tabs; in
// quotes, unquoted with each quote written twice read as one; then trimmed again inside the
// quotes. Rewrites the bytes in place (the library ends the value with a NUL).
std::string_view field_value(char* b, char* e) {
    io::trim_chars<' ', '\t'>::trim(b, e);
    if (b != e && *b == '"') {
        io::double_quote_escape<',', '"'>::unescape(b, e);
        while (b < e && (*b == ' ' || *b == '\t')) ++b;
        while (e > b && (e[-1] == ' ' || e[-1] == '\t')) --e;
    }
    return {b, static_cast<std::size_t>(e - b)};
}

std::string too_long(std::uint32_t quote_line) {
    std::string msg = "this record is longer than 16 MiB, the most a record may hold";
    if (quote_line)
        msg += "; check the quote opened on line " + std::to_string(quote_line) +
               ": an unclosed quote makes the rest of the file one value";
    return msg + "; reading stopped here";
}

}  // namespace

// --- Messages ------------------------------------------------------------------------------

std::optional<CsvProblem> CsvFindings::unusable() const {
    if (read_errno != 0) return CsvProblem{0, std::string("the file could not be read: ") + std::strerror(read_errno)};
    if (utf16)
        return CsvProblem{1, "the file is saved as UTF-16, not UTF-8; save it as \"CSV UTF-8\" (in Excel: File > Save As "
                             "> CSV UTF-8) and run again"};
    if (first_nul_line != 0)
        // When reading stopped early (a 2 GiB file of NULs is one over-long line) the count is
        // of what was read, which says nothing: leave it out.
        return CsvProblem{first_nul_line, "the file contains NUL bytes (" +
                                              (read_to_end ? std::to_string(nul_count) + ", the first" : std::string("the first")) +
                                              " on this line), so it is not a text CSV file; export it again as CSV (UTF-8)"};
    return std::nullopt;
}

std::optional<CsvProblem> CsvFindings::not_utf8() const {
    if (first_invalid_utf8_line == 0) return std::nullopt;
    std::string what = "ends in the middle of a UTF-8 character";
    if (first_invalid_byte) {
        static const char* hex = "0123456789ABCDEF";
        what = std::string("has the byte 0x") + hex[first_invalid_byte >> 4] + hex[first_invalid_byte & 15] +
               ", which is not valid UTF-8";
    }
    return CsvProblem{first_invalid_utf8_line,
                      "this line " + what +
                          " (the first such line in the file); save the file as UTF-8 (in Excel: \"CSV UTF-8\"), or if "
                          "your system exports Windows-1252, set encoding = \"windows-1252\" under [input] in report.toml"};
}


// --- CsvReader -------------------------------------------------------------------------------

CsvReader::CsvReader(const CsvInput& input, Encoding encoding)
    : input_(input), windows1252_(encoding == Encoding::Windows1252), buffer_(kBlock + kSlack) {
    end_ = read_block(0, 0);
    if (end_ >= 3 && std::memcmp(buffer_.data(), "\xEF\xBB\xBF", 3) == 0) start_ = 3;  // a UTF-8 byte-order mark
}

std::size_t CsvReader::read_block(std::size_t at, std::size_t scanned) {
    std::size_t got = 0;
    if (!input_done_) {
        // Windows-1252: a byte becomes up to three of UTF-8.
        const std::size_t room = windows1252_ ? 3 * kBlock : kBlock;
        if (buffer_.size() < at + room + kSlack) buffer_.resize(at + room + kSlack);
        char* const raw = windows1252_ ? (raw_.resize(kBlock), raw_.data()) : buffer_.data() + at;
        const long n = input_.read_at(offset_, raw, kBlock);
        if (n < 0) {
            found_.read_errno = errno;
            input_done_ = true;
        } else {
            if (offset_ == 0 && n >= 2 && ((raw[0] == '\xFF' && raw[1] == '\xFE') || (raw[0] == '\xFE' && raw[1] == '\xFF')))
                found_.utf16 = true;
            offset_ += static_cast<std::uint64_t>(n);
            if (static_cast<std::size_t>(n) < kBlock) input_done_ = found_.read_to_end = true;
            got = static_cast<std::size_t>(n);
        }
        if (windows1252_) {
            char* out = buffer_.data() + at;
            for (std::size_t i = 0; i < got; ++i) {
                const auto c = byte(raw[i]);
                if (c < 0x80) *out++ = static_cast<char>(c);
                else out += encode_utf8(windows1252_to_unicode(c), out);
            }
            got = static_cast<std::size_t>(out - (buffer_.data() + at));
        }
    }
    // A NUL would end the bytes early: it is read as 0x1A, and the file refused (CsvFindings).
    char* const begin = buffer_.data() + at;
    char* const end = begin + got;
    for (char* p = begin; (p = static_cast<char*>(std::memchr(p, '\0', static_cast<std::size_t>(end - p)))); *p++ = '\x1A')
        if (found_.nul_count++ == 0)  // line_ is the line of buffer_[scanned]
            found_.first_nul_line = line_ + static_cast<std::uint32_t>(std::count(buffer_.data() + scanned, p, '\n'));
    *end = '\0';
    return at + got;
}

char* CsvReader::more(const char* text, std::size_t at) {
    const std::size_t kept = end_ - static_cast<std::size_t>(text - buffer_.data());
    if (input_done_ || kept > kMaxRecordBytes) return const_cast<char*>(text);
    if (text != buffer_.data()) std::memmove(buffer_.data(), text, kept);
    start_ = 0;
    end_ = read_block(kept, at);
    return buffer_.data();
}

void CsvReader::stop(std::uint32_t line, std::string message) {
    ended_ = CsvProblem{line, std::move(message)};
    stopped_ = at_end_ = true;
}

void CsvReader::invalid_utf8(std::uint32_t line, unsigned char byte) {
    if (found_.first_invalid_utf8_line) return;
    found_.first_invalid_utf8_line = line;
    found_.first_invalid_byte = byte;
}

bool CsvReader::next(CsvRecord& record) {
    while (!at_end_) {
        if (!read_record(record)) continue;  // a blank row, or the end
        if (++records_ > kMaxRecordsPerFile + 1) {  // the header and 2,000,000 more
            stop(record.line_, "the file has more than 2,000,000 records, the most a file may hold (no council's export "
                               "comes near it); reading stopped here; check that this is the right file");
            return false;
        }
        return true;
    }
    return false;
}

// Reads the record at start_ (or finds the end of the input). True for a record that holds a
// value; false for a blank row or the end (at_end_). `text` and `at` are plain locals (no
// reference to them leaves this function), so that the loops over the bytes keep them in
// registers.
bool CsvReader::read_record(CsvRecord& record) {
    char* text = buffer_.data() + start_;  // the record's first byte; moves when more is read
    if (*text == '\0' && *(text = more(text, 0)) == '\0') {
        at_end_ = true;
        return false;
    }
    const std::uint32_t first_line = line_;
    std::uint32_t quote_line = 0;  // where the record's last quote was opened
    bool line_breaks = false;      // inside quotes
    // Makes sure text[i] is read, if the input has it (else it is the NUL after the bytes).
    auto have = [this](char* text, std::size_t at, std::size_t i) {
        return text + at + i < buffer_.data() + end_ ? text : more(text, at);
    };
    fields_.clear();
    std::size_t at = 0;
    for (std::size_t begin = 0;; begin = ++at) {
        bool crlf = false;  // "\r\n" inside quotes: one line break, the '\r' dropped below
        char c;
        for (;;) {  // to the end of the field
            at = skip<',', '"', '\n'>(text, at);
            c = text[at];
            if (c == ',' || c == '\n') break;
            if (c == '\0') {  // the end of the bytes read
                text = more(text, at);
                if (text[at] != '\0') continue;
                if (!input_done_) return stop(first_line, too_long(quote_line)), false;
                break;  // the end of the file
            }
            if (c != '"') {
                text = have(text, at, 3);
                at += check_utf8(text + at);
                continue;
            }
            quote_line = line_;
            for (++at;;) {  // inside quotes, to the closing quote
                at = skip<'"', '\n', '\r'>(text, at);
                const char q = text[at];
                if (q == '"') {
                    text = have(text, at, 1);
                    if (text[at + 1] != '"') break;
                    at += 2;  // a quote written twice
                } else if (q == '\n') {
                    ++line_;
                    ++at;
                    line_breaks = true;
                } else if (q == '\r') {
                    text = have(text, at, 1);
                    if (text[at + 1] == '\n') crlf = true;
                    else text[at] = '\n';  // a line break of its own
                    ++at;
                    line_breaks = true;
                } else if (q == '\0') {
                    text = more(text, at);
                    if (text[at] != '\0') continue;
                    if (!input_done_) return stop(first_line, too_long(quote_line)), false;
                    at_end_ = true;
                    ended_ = CsvProblem{quote_line, "a quote opened on this line is never closed, so the rest of the file "
                                                    "reads as one value; close the quote or remove it"};
                    return false;
                } else {
                    text = have(text, at, 3);
                    at += check_utf8(text + at);
                }
            }
            ++at;  // past the closing quote
        }
        if (c == ',') {
            fields_.push_back({begin, at, crlf});
            continue;
        }
        // The end of the line: "\\n", "\\r\\n", or the end of the file (after which a '\\r' goes too).
        const std::size_t end = at > begin && text[at - 1] == '\r' ? at - 1 : at;
        fields_.push_back({begin, end, crlf});
        break;
    }
    if (at > kMaxRecordBytes) return stop(first_line, too_long(quote_line)), false;
    if (text[at] == '\n') {
        ++line_;
        start_ = static_cast<std::size_t>(text - buffer_.data()) + at + 1;
    } else {
        at_end_ = true;
        start_ = end_;
    }
    if (is_empty_row(text, text + fields_.back().end)) {
        if (fields_.size() > 1) ++empty_rows_;
        return false;
    }
    record.line_ = first_line;
    record.line_breaks_ = line_breaks;
    record.fields_.clear();
    for (const Field& f : fields_) {
        char* b = text + f.begin;
        char* e = text + f.end;
        if (f.crlf) {  // "\r\n" inside quotes is one line break
            char* out = b;
            for (char* in = b; in != e; ++in)
                if (*in != '\r' || in + 1 == e || in[1] != '\n') *out++ = *in;
            e = out;
        }
        record.fields_.push_back(field_value(b, e));
    }
    return true;
}

std::size_t CsvReader::check_utf8(const char* p) {
    if (found_.first_invalid_utf8_line) return 1;  // only the first is reported
    const unsigned char lead = byte(p[0]);
    std::size_t need = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // the range of the next byte
    if (lead >= 0xC2 && lead <= 0xDF) {
        need = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        need = 2;
        if (lead == 0xE0) lo = 0xA0;  // no overlong forms
        if (lead == 0xED) hi = 0x9F;  // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        need = 3;
        if (lead == 0xF0) lo = 0x90;
        if (lead == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
    } else {
        invalid_utf8(line_, lead);
        return 1;
    }
    for (std::size_t k = 1; k <= need; ++k, lo = 0x80, hi = 0xBF) {
        const unsigned char b = byte(p[k]);
        if (b < lo || b > hi) {
            // The byte that began the broken character is reported: it is the one a user can
            // find. When the file ends inside the character there is none to blame.
            const bool file_ends = b == 0 && input_done_ && p + k == buffer_.data() + end_;
            invalid_utf8(line_, file_ends ? 0 : lead);
            return k;  // the byte that broke it is read as itself
        }
    }
    return need + 1;
}

}  // namespace ascreport::load
