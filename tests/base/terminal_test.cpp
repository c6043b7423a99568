// terminal_safe and the stream that applies it: what the officer's terminal is sent.
#include <catch2/catch.hpp>

#include <sstream>

#include "ascreport/terminal.hpp"

using namespace ascreport;

TEST_CASE("terminal_safe shows C0, DEL, C1, stray bytes and reordering characters as escapes", "[terminal]") {
    CHECK(terminal_safe("plain text, £5 and Zoë") == "plain text, £5 and Zoë");
    CHECK(terminal_safe("two\nlines") == "two\nlines");
    CHECK(terminal_safe("Evil\x1b]0;pwned\x07" "Area") == "Evil\\x1b]0;pwned\\x07Area");
    CHECK(terminal_safe("tab\there\rback\x7f") == "tab\\x09here\\x0dback\\x7f");
    CHECK(terminal_safe("C1 \xC2\x9B" "31m and \xC2\x85") == "C1 \\u009b31m and \\u0085");
    CHECK(terminal_safe("raw \x9B" "31m \xFF") == "raw \\x9b31m \\xff");
    CHECK(terminal_safe("cut \xE2\x80") == "cut \\xe2\\x80");
    CHECK(terminal_safe("abc\xE2\x80\xAE" "cba") == "abc\\u202ecba");  // right-to-left override
    CHECK(terminal_safe("\xEF\xBF\xBD") == "\xEF\xBF\xBD");           // a real U+FFFD stays
    const std::string once = terminal_safe("\x1b[2J\xC2\x9B\x9B");
    CHECK(terminal_safe(once) == once);
}

TEST_CASE("json_escape_c1 writes C1 controls and DEL as \\u escapes, leaving the rest", "[terminal]") {
    CHECK(json_escape_c1("{\"a\": \"x\xC2\x9By\x7f\"}") == "{\"a\": \"x\\u009by\\u007f\"}");
    CHECK(json_escape_c1("{\"a\": \"\xC2\xA3 Zo\xC3\xAB\"}") == "{\"a\": \"\xC2\xA3 Zo\xC3\xAB\"}");
}

TEST_CASE("the terminal-safe stream escapes whole lines, also when written in pieces", "[terminal]") {
    std::ostringstream sink;
    {
        TerminalSafeStream out(sink);
        out << "a \x1b";
        out << "[31m red\n" << "\xC2";
        out.flush();  // a UTF-8 sequence cut by the flush waits for its second byte
        CHECK(sink.str() == "a \\x1b[31m red\n");
        out << "\x9B" << " end";
    }
    CHECK(sink.str() == "a \\x1b[31m red\n\\u009b end");
}

TEST_CASE("the terminal-safe stream fails when what it writes to fails", "[terminal]") {
    struct Refusing : std::streambuf {
        int_type overflow(int_type) override { return traits_type::eof(); }
        std::streamsize xsputn(const char*, std::streamsize) override { return 0; }
    } refusing;
    std::ostream target(&refusing);
    TerminalSafeStream out(target);
    out << "a line\n";
    CHECK_FALSE(out.good());
}
