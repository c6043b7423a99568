// Text from the data, the settings or the templates on its way to a terminal. A CSV value, a
// narrative or a settings key may hold escape sequences (ESC, OSC, CSI as the C1 byte U+009B)
// that a terminal would obey: retitle the window, hide text, fake a link. Every human-readable
// line the command line prints goes through terminal_safe (the stream below does it for a
// whole stream), so such characters show as visible escapes instead.
#pragma once

#include <memory>
#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>

namespace ascreport {

// `text` with every control character shown as a visible escape, and everything else as it
// is. Line breaks stay line breaks. C0 controls (tab, carriage return, ESC ...) and DEL:
// \x09, \x0d, \x1b, \x7f. C1 controls written in UTF-8 (U+0080-U+009F) and the characters
// that reorder text on screen (U+202A-U+202E, U+2066-U+2069): \u009b, \u202e. A byte that is
// not part of well-formed UTF-8 (a raw 0x9B): \x9b. Applying it twice changes nothing more.
std::string terminal_safe(std::string_view text);

// Writes every UTF-8 C1 control (U+0080-U+009F) and DEL in `json` (the text of a JSON
// document, where these can only be inside strings) as \u0080 ... \u009f, \u007f: the same
// string to a JSON reader, and nothing a terminal obeys. JSON writers escape C0 already.
std::string json_escape_c1(std::string json);

// A stream buffer that passes whole lines on to `sink` through terminal_safe. Bytes wait for
// their line break (or a flush, which keeps back a UTF-8 sequence cut in two), so an escape
// written in pieces is still seen whole. A failed write to `sink` fails this buffer too.
class TerminalSafeBuf : public std::streambuf {
public:
    explicit TerminalSafeBuf(std::streambuf* sink) : sink_(sink) {}
    ~TerminalSafeBuf() override;
    // errno when a write to the sink first failed (ENOSPC for a full disk), else 0.
    int failure() const { return failure_; }

protected:
    int_type overflow(int_type ch) override;
    std::streamsize xsputn(const char* s, std::streamsize n) override;
    int sync() override;

private:
    bool emit(bool whole);  // escapes and writes the pending bytes; false on a failed write
    std::streambuf* sink_;
    std::string pending_;
    int failure_ = 0;
};

// An ostream over TerminalSafeBuf: `TerminalSafeStream safe(std::cout); safe << text;`.
class TerminalSafeStream : public std::ostream {
public:
    explicit TerminalSafeStream(std::ostream& sink);
    ~TerminalSafeStream() override;
    int failure() const { return buf_->failure(); }  // TerminalSafeBuf::failure

private:
    std::unique_ptr<TerminalSafeBuf> buf_;
};

}  // namespace ascreport
