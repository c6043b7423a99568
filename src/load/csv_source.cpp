#include "load/csv_source.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace ascreport::load {
namespace {

// Windows-1252 bytes 0x80-0x9F; the five unassigned bytes map to the C1 controls (as WHATWG).
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

int put_utf8(char32_t cp, char* out) {
    if (cp < 0x80) { out[0] = static_cast<char>(cp); return 1; }
    if (cp < 0x800) {
        out[0] = static_cast<char>(0xC0 | (cp >> 6));
        out[1] = static_cast<char>(0x80 | (cp & 0x3F));
        return 2;
    }
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
}

}  // namespace

std::uint32_t SourceState::physical_line(std::uint32_t logical) const {
    std::lock_guard lock(mutex_);
    auto it = std::lower_bound(hidden_.begin(), hidden_.end(), logical,
                               [](const auto& e, std::uint32_t l) { return e.first < l; });
    if (it == hidden_.begin()) return logical;
    return logical + std::prev(it)->second;
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

int QuoteAwareSource::read(char* buffer, int size) {
    int n = 0;
    if (encoding_ == Encoding::Windows1252) {
        // Each byte becomes at most 3 bytes of UTF-8.
        raw_.resize(static_cast<std::size_t>(size / 3));
        const int got = read_raw(reinterpret_cast<char*>(raw_.data()), size / 3);
        for (int i = 0; i < got; ++i) {
            const unsigned char c = raw_[static_cast<std::size_t>(i)];
            if (c < 0x80) buffer[n++] = static_cast<char>(c);
            else if (c < 0xA0) n += put_utf8(kCp1252High[c - 0x80], buffer + n);
            else n += put_utf8(c, buffer + n);
        }
        std::lock_guard lock(state_->mutex_);
        state_->findings_.bytes += static_cast<std::uint64_t>(got);
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
        if (state_->findings_.first_invalid_utf8_line == 0) {
            state_->findings_.first_invalid_utf8_line = physical_line_;
            state_->findings_.first_invalid_byte = utf8_need_ > 0 ? utf8_lead_ : c;
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

void QuoteAwareSource::transform(const unsigned char* in, int n, char* out, int& out_n) {
    std::lock_guard lock(state_->mutex_);
    auto& f = state_->findings_;
    if (at_start_ && n >= 2 && ((in[0] == 0xFF && in[1] == 0xFE) || (in[0] == 0xFE && in[1] == 0xFF)))
        f.looks_like_utf16 = true;
    for (int i = 0; i < n; ++i) {
        unsigned char c = in[i];
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
                if (hidden_in_line_ > 0) {
                    hidden_total_ += hidden_in_line_;
                    state_->hidden_.emplace_back(logical_line_, hidden_total_);
                    hidden_in_line_ = 0;
                }
                ++logical_line_;
                // The header is the first line with something on it (the parser skips blank lines).
                if (in_header_) {
                    if (f.header.find_first_not_of(" \t\r") != std::string::npos) in_header_ = false;
                    else f.header.clear();
                }
            }
            break;
        case '\r':
            if (utf8_need_) check_utf8(c);
            if (in_quotes_) c = static_cast<unsigned char>(kHiddenCarriageReturn);
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
        if (in_header_ && c != '\n' && f.header.size() < 65536) f.header += static_cast<char>(c);
        out[out_n++] = static_cast<char>(c);
    }
    if (n == 0) {  // end of input
        if (utf8_need_ > 0 && f.first_invalid_utf8_line == 0) {
            f.first_invalid_utf8_line = physical_line_;
            f.first_invalid_byte = 0;
        }
        f.ended_inside_quotes = in_quotes_;
    }
}

std::size_t restore_line_breaks(char* text, std::size_t length) {
    std::size_t w = 0;
    for (std::size_t r = 0; r < length; ++r) {
        const char c = text[r];
        if (c == kHiddenCarriageReturn) {
            if (r + 1 < length && text[r + 1] == kHiddenLineFeed) continue;  // CRLF -> LF
            text[w++] = '\n';
        } else if (c == kHiddenLineFeed) {
            text[w++] = '\n';
        } else {
            text[w++] = c;
        }
    }
    return w;
}

}  // namespace ascreport::load
