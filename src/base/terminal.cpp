#include "ascreport/terminal.hpp"

#include <cerrno>

#include <utf8proc.h>

namespace ascreport {
namespace {

constexpr char kHex[] = "0123456789abcdef";

void hex_escape(std::string& out, unsigned char byte) {
    out += "\\x";
    out += kHex[byte >> 4];
    out += kHex[byte & 0xF];
}

void unicode_escape(std::string& out, char32_t cp) {
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(cp >> shift) & 0xF];
}

bool reorders_text(char32_t cp) { return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069); }

// The length of the well-formed UTF-8 sequence at s[i], or 0 when the bytes there are not one.
std::size_t sequence_at(std::string_view s, std::size_t i, char32_t& cp) {
    utf8proc_int32_t c = -1;
    const utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                                static_cast<utf8proc_ssize_t>(s.size() - i), &c);
    if (n <= 0) return 0;
    cp = static_cast<char32_t>(c);
    return static_cast<std::size_t>(n);
}

}  // namespace

std::string terminal_safe(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            if ((byte < 0x20 && byte != '\n') || byte == 0x7F) hex_escape(out, byte);
            else out += static_cast<char>(byte);
            ++i;
            continue;
        }
        char32_t cp = 0;
        const std::size_t len = sequence_at(text, i, cp);
        if (len == 0) {
            hex_escape(out, byte);
            ++i;
            continue;
        }
        if (cp < 0xA0 || reorders_text(cp)) unicode_escape(out, cp);
        else out.append(text.substr(i, len));
        i += len;
    }
    return out;
}

std::string json_escape_c1(std::string json) {
    std::string out;
    out.reserve(json.size());
    for (std::size_t i = 0; i < json.size(); ++i) {
        const auto byte = static_cast<unsigned char>(json[i]);
        const auto next = i + 1 < json.size() ? static_cast<unsigned char>(json[i + 1]) : 0;
        if (byte == 0xC2 && next >= 0x80 && next < 0xA0) {
            unicode_escape(out, next);
            ++i;
        } else if (byte == 0x7F) {
            unicode_escape(out, 0x7F);
        } else {
            out += json[i];
        }
    }
    return out;
}

TerminalSafeBuf::~TerminalSafeBuf() { emit(true); }

bool TerminalSafeBuf::emit(bool whole) {
    if (pending_.empty()) return true;
    std::size_t keep = 0;
    if (!whole) {
        // A UTF-8 sequence cut by the flush waits for the rest of its bytes.
        std::size_t start = pending_.size();
        while (start > 0 && pending_.size() - start < 3 &&
               (static_cast<unsigned char>(pending_[start - 1]) & 0xC0) == 0x80)
            --start;
        if (start > 0) {
            const auto lead = static_cast<unsigned char>(pending_[start - 1]);
            const auto need = static_cast<std::size_t>(utf8proc_utf8class[lead]);  // the bytes its lead byte promises
            if (need > pending_.size() - (start - 1)) keep = pending_.size() - (start - 1);
        }
    }
    const std::string safe = terminal_safe(std::string_view(pending_).substr(0, pending_.size() - keep));
    pending_.erase(0, pending_.size() - keep);
    errno = 0;
    if (sink_->sputn(safe.data(), static_cast<std::streamsize>(safe.size())) == static_cast<std::streamsize>(safe.size()))
        return true;
    if (failure_ == 0) failure_ = errno != 0 ? errno : EIO;
    return false;
}

TerminalSafeBuf::int_type TerminalSafeBuf::overflow(int_type ch) {
    if (traits_type::eq_int_type(ch, traits_type::eof())) return traits_type::not_eof(ch);
    const char c = traits_type::to_char_type(ch);
    return xsputn(&c, 1) == 1 ? ch : traits_type::eof();
}

std::streamsize TerminalSafeBuf::xsputn(const char* s, std::streamsize n) {
    pending_.append(s, static_cast<std::size_t>(n));
    const std::size_t line_end = pending_.rfind('\n');
    if (line_end == std::string::npos) return n;
    std::string rest = pending_.substr(line_end + 1);
    pending_.resize(line_end + 1);
    const bool ok = emit(true);
    pending_ = std::move(rest);
    return ok ? n : 0;
}

int TerminalSafeBuf::sync() {
    if (!emit(false)) return -1;
    errno = 0;
    if (sink_->pubsync() == 0) return 0;
    if (failure_ == 0) failure_ = errno != 0 ? errno : EIO;
    return -1;
}

TerminalSafeStream::TerminalSafeStream(std::ostream& sink)
    : std::ostream(nullptr), buf_(std::make_unique<TerminalSafeBuf>(sink.rdbuf())) {
    rdbuf(buf_.get());
}

TerminalSafeStream::~TerminalSafeStream() {
    buf_->pubsync();
    rdbuf(nullptr);
}

}  // namespace ascreport
