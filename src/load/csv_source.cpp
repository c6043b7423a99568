#include "csv_source.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <unistd.h>

#include "ascreport/text.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ascreport::load {

std::uint32_t LineMap::physical(std::uint32_t logical) {
    if (logical >= complete_below_) {
        if (next_ > 0) {
            pending_.erase(pending_.begin(), pending_.begin() + static_cast<std::ptrdiff_t>(next_));
            next_ = 0;
        }
        std::lock_guard lock(state_->mutex_);
        pending_.insert(pending_.end(), state_->hidden_.begin(), state_->hidden_.end());
        state_->hidden_.clear();
        complete_below_ = state_->complete_below_;
    }
    while (next_ < pending_.size() && pending_[next_].first < logical) offset_ = pending_[next_++].second;
    hid_line_breaks_ = next_ < pending_.size() && pending_[next_].first == logical;
    return logical + offset_;
}

SourceState::Findings SourceState::findings() const {
    std::lock_guard lock(mutex_);
    return findings_;
}

QuoteAwareSource::QuoteAwareSource(int fd, Encoding encoding, std::shared_ptr<SourceState> state)
    : fd_(fd), encoding_(encoding), state_(std::move(state)) {}

QuoteAwareSource::QuoteAwareSource(std::string_view bytes, Encoding encoding,
                                   std::shared_ptr<SourceState> state)
    : memory_(bytes), encoding_(encoding), state_(std::move(state)) {}

QuoteAwareSource::~QuoteAwareSource() {
    if (fd_ >= 0) ::close(fd_);
}

int QuoteAwareSource::read_raw(char* buffer, int size) {
    if (fd_ < 0) {
        const int n = static_cast<int>(std::min<std::size_t>(static_cast<std::size_t>(size), memory_.size()));
        std::memcpy(buffer, memory_.data(), static_cast<std::size_t>(n));
        memory_.remove_prefix(static_cast<std::size_t>(n));
        if (memory_.empty()) {
            std::lock_guard lock(state_->mutex_);
            state_->findings_.reached_end = true;
        }
        return n;
    }
    int total = 0;
    while (total < size) {
        const ssize_t n = ::read(fd_, buffer + total, static_cast<std::size_t>(size - total));
        if (n < 0) {
            if (errno == EINTR) continue;
            std::lock_guard lock(state_->mutex_);
            state_->findings_.read_errno = errno;
            break;
        }
        if (n == 0) {
            std::lock_guard lock(state_->mutex_);
            state_->findings_.reached_end = true;
            break;
        }
        total += static_cast<int>(n);
    }
    return total;
}

int QuoteAwareSource::read_windows1252(char* buffer, int size) {
    // The parser takes a read shorter than it asked for as the end of the file, so fill the
    // buffer; a byte becomes up to 3 bytes of UTF-8, and what does not fit waits in pending_.
    constexpr int kChunk = 1 << 20;
    int n = static_cast<int>(std::min<std::size_t>(pending_.size(), static_cast<std::size_t>(size)));
    std::memcpy(buffer, pending_.data(), static_cast<std::size_t>(n));
    pending_.erase(0, static_cast<std::size_t>(n));
    bool spill = !pending_.empty();  // keeps the order: once a byte waits, the rest wait too
    while (n < size && !raw_done_) {
        raw_.resize(kChunk);
        const int got = read_raw(reinterpret_cast<char*>(raw_.data()), kChunk);
        if (got < kChunk) raw_done_ = true;  // end of file, or a read error (reported)
        {
            std::lock_guard lock(state_->mutex_);
            state_->findings_.bytes += static_cast<std::uint64_t>(got);
        }
        for (int i = 0; i < got; ++i) {
            const unsigned char c = raw_[static_cast<std::size_t>(i)];
            char utf8[4];
            const int k = c < 0x80 ? (utf8[0] = static_cast<char>(c), 1) : encode_utf8(windows1252_to_unicode(c), utf8);
            // Fill the buffer to the last byte (a character may be split across two reads;
            // the scan after this carries its UTF-8 state over), then keep the rest.
            const int fits = spill ? 0 : std::min(k, size - n);
            std::memcpy(buffer + n, utf8, static_cast<std::size_t>(fits));
            n += fits;
            if (fits < k) {
                spill = true;
                pending_.append(utf8 + fits, static_cast<std::size_t>(k - fits));
            }
        }
    }
    return n;
}

int QuoteAwareSource::read(char* buffer, int size) {
    int n = 0;
    if (encoding_ == Encoding::Windows1252) {
        n = read_windows1252(buffer, size);
    } else {
        n = read_raw(buffer, size);
        std::lock_guard lock(state_->mutex_);
        state_->findings_.bytes += static_cast<std::uint64_t>(n);
    }
    int out_n = 0;
    transform(reinterpret_cast<const unsigned char*>(buffer), n, buffer, out_n);
    return out_n;
}

void QuoteAwareSource::check_utf8(unsigned char c) {
    // Reports the byte that began the broken sequence, which is the one a user can find.
    auto invalid = [&] {
        if (found_.first_invalid_utf8_line == 0) {
            found_.first_invalid_utf8_line = physical_line_;
            found_.first_invalid_byte = utf8_need_ > 0 ? utf8_lead_ : c;
        }
    };
    if (utf8_need_ > 0) {
        if (c < utf8_lo_ || c > utf8_hi_) {
            invalid();
            utf8_need_ = 0;
            if (c < 0x80) return;
            // fall through: c may start a new sequence
        } else {
            --utf8_need_;
            utf8_lo_ = 0x80;
            utf8_hi_ = 0xBF;
            return;
        }
    }
    if (c < 0x80) return;
    utf8_lead_ = c;
    utf8_lo_ = 0x80;
    utf8_hi_ = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) utf8_need_ = 1;
    else if (c >= 0xE0 && c <= 0xEF) {
        utf8_need_ = 2;
        if (c == 0xE0) utf8_lo_ = 0xA0;   // no overlong forms
        if (c == 0xED) utf8_hi_ = 0x9F;   // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        utf8_need_ = 3;
        if (c == 0xF0) utf8_lo_ = 0x90;
        if (c == 0xF4) utf8_hi_ = 0x8F;   // nothing above U+10FFFF
    } else {
        invalid();
    }
}

namespace {

// Bytes that transform() passes through unchanged and untracked once past the header and
// between UTF-8 sequences: ASCII except quotes, line ends, NUL and the two placeholders.
constexpr auto kPlainBytes = [] {
    std::array<bool, 256> plain{};
    for (int c = 0; c < 0x80; ++c) plain[static_cast<std::size_t>(c)] = true;
    for (char c : {'"', '\n', '\r', '\0', kHiddenLineFeed, kHiddenCarriageReturn})
        plain[static_cast<unsigned char>(c)] = false;
    return plain;
}();

#if defined(__SSE2__)
// The candidates among the 16 bytes at `p`, a bit each. Two comparisons find them all: a quote,
// or a byte below 0x20 as a signed byte, which is every control character (line ends, NUL, the
// placeholders) and every byte from 0x80 (non-ASCII). Some are plain after all (a tab, say).
inline unsigned candidates(const unsigned char* p) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    return static_cast<unsigned>(_mm_movemask_epi8(
        _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)), _mm_cmpeq_epi8(v, _mm_set1_epi8('"')))));
}
#endif

// The first byte at or after `i` that is not plain, or n.
int skip_plain(const unsigned char* in, int i, int n) {
#if defined(__SSE2__)
    for (; n - i >= 16; i += 16)
        for (unsigned mask = candidates(in + i); mask; mask &= mask - 1) {
            const int at = i + __builtin_ctz(mask);
            if (!kPlainBytes[in[at]]) return at;
        }
#endif
    while (i < n && kPlainBytes[in[i]]) ++i;
    return i;
}

}  // namespace

int QuoteAwareSource::scan_fast(char* buffer, int i, int n) {
#if defined(__SSE2__)
    // Past the header and between UTF-8 sequences, in place, 16 bytes at a time: the same
    // candidates as skip_plain, and the common ones handled here rather than one at a time
    // in transform(): quotes, line ends (hidden inside quotes), and plain control characters.
    // Anything else (NUL, a placeholder byte, non-ASCII) returns its position to transform().
    auto* in = reinterpret_cast<unsigned char*>(buffer);
    auto& f = found_;
    for (; n - i >= 16; i += 16) {
        for (unsigned mask = candidates(in + i); mask; mask &= mask - 1) {
            const int at = i + __builtin_ctz(mask);
            const unsigned char c = in[at];
            if (c == '"') {
                in_quotes_ = !in_quotes_;
                if (in_quotes_) f.open_quote_line = physical_line_;
            } else if (c == '\n') {
                ++physical_line_;
                if (in_quotes_) {
                    in[at] = static_cast<unsigned char>(kHiddenLineFeed);
                    ++hidden_in_line_;
                } else {
                    end_logical_line();
                }
            } else if (c == '\r') {
                if (in_quotes_) {
                    in[at] = static_cast<unsigned char>(kHiddenCarriageReturn);
                    hid_carriage_return_ = true;
                }
            } else if (!kPlainBytes[c]) {
                return at;
            }
        }
    }
    return i;
#else
    (void)buffer, (void)n;
    return i;
#endif
}

void QuoteAwareSource::end_logical_line() {
    if (hidden_in_line_ > 0 || hid_carriage_return_) {
        hidden_total_ += hidden_in_line_;
        new_hidden_.emplace_back(logical_line_, hidden_total_);
        hidden_in_line_ = 0;
        hid_carriage_return_ = false;
    }
    ++logical_line_;
}

void QuoteAwareSource::transform(const unsigned char* in, int n, char* out, int& out_n) {
    // The scan works on the source's own copy of the findings (found_, new_hidden_) and
    // publishes them under the lock once at the end: the parser thread calls physical_line()
    // for every record, and must not wait while a whole block is scanned on the read-ahead
    // thread. The parser sees a block only after read() has returned, so nothing it asks about
    // is missing.
    auto& f = found_;
    if (at_start_ && n >= 2 && ((in[0] == 0xFF && in[1] == 0xFE) || (in[0] == 0xFE && in[1] == 0xFF)))
        f.looks_like_utf16 = true;
    const bool header_before = in_header_;
    const bool in_place = reinterpret_cast<const char*>(in) == out;  // as read() calls it
    int i = 0;
    while (i < n) {
        if (in_place && !in_header_ && utf8_need_ == 0) {
            const int start = i;
            i = scan_fast(out, i, n);
            out_n += i - start;
            if (i != start) {
                at_start_ = false;
                continue;
            }
        }
        if (!in_header_ && utf8_need_ == 0 && kPlainBytes[in[i]]) {
            // Most bytes: nothing to change or note, so skip the whole run.
            const int start = i;
            i = skip_plain(in, i, n);
            if (reinterpret_cast<const char*>(in) != out)
                std::memcpy(out + out_n, in + start, static_cast<std::size_t>(i - start));
            out_n += i - start;
            at_start_ = false;
            continue;
        }
        unsigned char c = in[i++];
        const unsigned char as_read = c;
        at_start_ = false;
        switch (c) {
        case '"':
            in_quotes_ = !in_quotes_;
            if (in_quotes_) f.open_quote_line = physical_line_;
            if (utf8_need_) check_utf8(c);
            break;
        case '\n':
            if (utf8_need_) check_utf8(c);
            ++physical_line_;
            if (in_quotes_) {
                c = static_cast<unsigned char>(kHiddenLineFeed);
                ++hidden_in_line_;
            } else {
                end_logical_line();
                // The header is the first line with a value on it (the parser skips the others).
                if (in_header_) {
                    if (!is_empty_row(f.header.c_str())) {
                        in_header_ = false;
                    } else {
                        f.header.clear();
                        f.original_header.clear();
                    }
                }
            }
            break;
        case '\r':
            if (utf8_need_) check_utf8(c);
            if (in_quotes_) {
                c = static_cast<unsigned char>(kHiddenCarriageReturn);
                hid_carriage_return_ = true;
            }
            break;
        case '\0':
            if (f.first_nul_line == 0) f.first_nul_line = physical_line_;
            ++f.nul_count;
            c = 0x1A;
            break;
        case kHiddenLineFeed:
        case kHiddenCarriageReturn:
            if (f.first_placeholder_line == 0) f.first_placeholder_line = physical_line_;
            c = 0x1A;
            break;
        default:
            if (c >= 0x80 || utf8_need_) check_utf8(c);
            if (in_header_ && c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
            break;
        }
        if (in_header_ && c != '\n' && f.header.size() < 65536) {
            f.header += static_cast<char>(c);
            f.original_header += static_cast<char>(as_read >= 'A' && as_read <= 'Z' ? as_read : c);
        }
        out[out_n++] = static_cast<char>(c);
    }
    if (n == 0) {  // end of input
        if (utf8_need_ > 0 && f.first_invalid_utf8_line == 0) {
            f.first_invalid_utf8_line = physical_line_;
            f.first_invalid_byte = 0;
        }
        f.ended_inside_quotes = in_quotes_;
    }
    const std::uint32_t complete_below = n == 0 ? UINT32_MAX : logical_line_;

    std::lock_guard lock(state_->mutex_);
    auto& shared = state_->findings_;
    shared.first_invalid_utf8_line = f.first_invalid_utf8_line;
    shared.first_invalid_byte = f.first_invalid_byte;
    shared.first_nul_line = f.first_nul_line;
    shared.nul_count = f.nul_count;
    shared.looks_like_utf16 = f.looks_like_utf16;
    shared.first_placeholder_line = f.first_placeholder_line;
    shared.ended_inside_quotes = f.ended_inside_quotes;
    shared.open_quote_line = f.open_quote_line;
    if (header_before) {  // the header is complete once in_header_ is off
        shared.header = f.header;
        shared.original_header = f.original_header;
    }
    state_->hidden_.insert(state_->hidden_.end(), new_hidden_.begin(), new_hidden_.end());
    state_->complete_below_ = complete_below;
    new_hidden_.clear();
}

bool is_empty_row(const char* line) {
    for (const char* p = line; *p; ++p) {
        if (*p == ',' || *p == ' ' || *p == '\t' || *p == '\r') continue;
        if (*p != '"' || p[1] != '"') return false;
        // "" is an empty value only when a separator or the end comes next ("""" holds a quote).
        const char* q = p + 2;
        while (*q == ' ' || *q == '\t' || *q == '\r') ++q;
        if (*q != ',' && *q != '\0') return false;
        p = q - 1;
    }
    return true;
}

std::size_t restore_line_breaks(char* text, std::size_t length, char line_break) {
    std::size_t w = 0;
    for (std::size_t r = 0; r < length; ++r) {
        const char c = text[r];
        if (c == kHiddenCarriageReturn) {
            if (r + 1 < length && text[r + 1] == kHiddenLineFeed) continue;  // CRLF -> one break
            text[w++] = line_break;
        } else if (c == kHiddenLineFeed) {
            text[w++] = line_break;
        } else {
            text[w++] = c;
        }
    }
    return w;
}

}  // namespace ascreport::load
