// The CSV reader on its own: records, their physical lines, the quoting rules, and what it finds
// about a file (an unclosed quote, a record over 16 MiB, too many records, UTF-8, NUL bytes,
// UTF-16), with the messages the loader and `init` both print.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "ascreport/csv_reader.hpp"

using ascreport::Encoding;
using namespace ascreport::load;

namespace {

struct Record {
    std::uint32_t line;
    std::vector<std::string> fields;
    bool operator==(const Record&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Record& r) {
    os << r.line << ":";
    for (const auto& f : r.fields) os << " [" << f << "]";
    return os;
}

struct Read {
    std::vector<Record> records;
    std::optional<CsvProblem> ended;
    bool stopped = false;
    CsvFindings found;
    std::uint64_t empty_rows = 0;
    bool line_breaks = false;  // some record said it holds one
};

Read read(const std::string& bytes, Encoding encoding = Encoding::Utf8) {
    const CsvInput input = CsvInput::memory(bytes);
    CsvReader reader(input, encoding);
    Read out;
    CsvRecord record;
    while (reader.next(record)) {
        Record r{record.line(), {}};
        for (std::size_t i = 0; i < record.size(); ++i) r.fields.emplace_back(record[i]);
        out.line_breaks = out.line_breaks || record.has_line_breaks();
        out.records.push_back(std::move(r));
    }
    out.ended = reader.ended();
    out.stopped = reader.stopped();
    out.found = reader.findings();
    out.empty_rows = reader.empty_rows();
    return out;
}

using Records = std::vector<Record>;

}  // namespace

TEST_CASE("reader: values are trimmed and unquoted, a quote written twice read as one") {
    const Read r = read(" a ,\"b, c\",\" d \"\"q\"\" \",x\"y,z\"w,\"\",  \"  \",\"e\"f\n");
    CHECK(r.records == Records{{1, {"a", "b, c", "d \"q\"", "x\"y,z\"w", "", "", "\"e\"f"}}});
    CHECK_FALSE(r.ended);
    CHECK_FALSE(r.line_breaks);
}

TEST_CASE("reader: a line break inside quotes, LF, CRLF or CR, is one line break, and lines are counted as they are") {
    const Read r = read("h\r\n\"1\r\n2\",x\r\n\"3\n4\r5\r\r\n6\",\"\r\"\r\nlast\r\n");
    CHECK(r.records == Records{{1, {"h"}}, {2, {"1\n2", "x"}}, {4, {"3\n4\n5\n\n6", "\n"}}, {7, {"last"}}});
    CHECK(r.line_breaks);
    CHECK_FALSE(r.ended);
}

TEST_CASE("reader: blank lines and rows of empty cells are skipped, but a row with a quoted space is a record") {
    const Read r = read("a,b\n\n,,\n \"\" , \n\" \",\n\r\nx,y");
    CHECK(r.records == Records{{1, {"a", "b"}}, {5, {"", ""}}, {7, {"x", "y"}}});
    CHECK(r.empty_rows == 2);  // ",," and ' "" , ' (a blank line is not a row of cells)
}

TEST_CASE("reader: a byte-order mark starts no field, and a lone carriage return ends the last line") {
    CHECK(read("\xEF\xBB\xBF" "a,b\r").records == Records{{1, {"a", "b"}}});
    // Elsewhere a carriage return outside quotes is part of the value.
    CHECK(read("a\rb,c\r\r\n").records == Records{{1, {"a\rb", "c\r"}}});
}

TEST_CASE("reader: a quote never closed ends the reading at the line it opened") {
    const Read r = read("a,b\n1,\"x\n2,y\n3,z\n");
    CHECK(r.records == Records{{1, {"a", "b"}}});
    REQUIRE(r.ended);
    CHECK(r.ended->line == 2);
    CHECK(r.ended->message == "a quote opened on this line is never closed, so the rest of the file reads as one value; "
                              "close the quote or remove it");
    CHECK_FALSE(r.stopped);
}

TEST_CASE("reader: a record over 16 MiB stops the reading, naming the quote that opened it, if any") {
    std::string lines;
    while (lines.size() <= (16u << 20)) lines += "more text of the same value\n";
    const Read quoted = read("a\nb\n1,\"" + lines + "\"\n2\n");
    CHECK(quoted.records == Records{{1, {"a"}}, {2, {"b"}}});
    REQUIRE(quoted.ended);
    CHECK(quoted.stopped);
    CHECK(quoted.ended->line == 3);
    CHECK(quoted.ended->message == "this record is longer than 16 MiB, the most a record may hold; check the quote opened "
                                   "on line 3: an unclosed quote makes the rest of the file one value; reading stopped here");
    const Read unquoted = read("a\n" + std::string(17u << 20, 'x') + "\nb\n");
    REQUIRE(unquoted.ended);
    CHECK(unquoted.ended->line == 2);
    CHECK(unquoted.ended->message == "this record is longer than 16 MiB, the most a record may hold; reading stopped here");
}

TEST_CASE("reader: more records than a file may hold stop the reading at the first one too many") {
    std::string bytes = "h\n";
    for (std::size_t i = 0; i <= kMaxRecordsPerFile; ++i) bytes += "a\n";
    const CsvInput input = CsvInput::memory(bytes);
    CsvReader reader(input, Encoding::Utf8);
    CsvRecord record;
    std::size_t n = 0;
    while (reader.next(record)) ++n;
    CHECK(n == kMaxRecordsPerFile + 1);  // the header and 2,000,000 records
    CHECK(reader.stopped());
    REQUIRE(reader.ended());
    CHECK(reader.ended()->line == 2000002);
    CHECK(reader.ended()->message == "the file has more than 2,000,000 records, the most a file may hold (no council's "
                                     "export comes near it); reading stopped here; check that this is the right file");
}

TEST_CASE("reader: UTF-8 is checked as it is read, and the first bad byte and its line are kept") {
    const std::string advice = " (the first such line in the file); save the file as UTF-8 (in Excel: \"CSV UTF-8\"), or if "
                               "your system exports Windows-1252, set encoding = \"windows-1252\" under [input] in report.toml";
    const Read bad = read("a\nb\xE9\nc\xFF\n\"d\xC3\xA9\"\n");
    CHECK(bad.found.first_invalid_utf8_line == 2);
    CHECK(bad.found.first_invalid_byte == 0xE9);
    REQUIRE(bad.found.not_utf8());
    CHECK(bad.found.not_utf8()->line == 2);
    CHECK(bad.found.not_utf8()->message == "this line has the byte 0xE9, which is not valid UTF-8" + advice);
    CHECK(bad.records.size() == 4);  // still read

    const Read cut = read("a\nb\xC3");  // the file ends inside a character
    CHECK(cut.found.first_invalid_utf8_line == 2);
    REQUIRE(cut.found.not_utf8());
    CHECK(cut.found.not_utf8()->message == "this line ends in the middle of a UTF-8 character" + advice);
    CHECK(read("a\nb\xC3\n").found.first_invalid_byte == 0xC3);     // a line ends inside it
    CHECK(read("a\n\"b\xE2\x82\"\n").found.first_invalid_byte == 0xE2);  // a quote does
    CHECK(read("\xED\xA0\x80\n").found.first_invalid_byte == 0xED);        // a surrogate
    CHECK(read("\xF0\x9F\x98\x8A,caf\xC3\xA9\n").found.first_invalid_utf8_line == 0);
}

TEST_CASE("reader: NUL bytes are counted and the first one's line named, and UTF-16 is known before reading") {
    const Read nul = read(std::string("a\nb\0c\n\0\n", 8));
    CHECK(nul.found.nul_count == 2);
    CHECK(nul.found.first_nul_line == 2);
    CHECK(nul.found.read_to_end);
    REQUIRE(nul.found.unusable());
    CHECK(nul.found.unusable()->line == 2);
    CHECK(nul.found.unusable()->message == "the file contains NUL bytes (2, the first on this line), so it is not a text "
                                           "CSV file; export it again as CSV (UTF-8)");

    // In a later block, after a character that ends the block before it.
    std::string lines = "a\n";
    while (lines.size() < (300u << 10)) lines += "x,\xC3\xA9\n";
    for (std::size_t pad = 0; pad < 6; ++pad) {
        const std::string bytes = std::string(pad, ' ') + lines + std::string("b\0c\n", 4);
        INFO("pad " << pad);
        CHECK(read(bytes).found.first_nul_line == 1 + std::count(lines.begin(), lines.end(), '\n'));
    }

    const std::string utf16("\xFF\xFEr\0e\0f\0\n\0", 10);
    const CsvInput input = CsvInput::memory(utf16);
    const CsvReader reader(input, Encoding::Utf8);
    CHECK(reader.findings().utf16);
    REQUIRE(reader.findings().unusable());
    CHECK(reader.findings().unusable()->line == 1);
    CHECK(reader.findings().unusable()->message == "the file is saved as UTF-16, not UTF-8; save it as \"CSV UTF-8\" (in "
                                                   "Excel: File > Save As > CSV UTF-8) and run again");
}

TEST_CASE("reader: Windows-1252 is converted to UTF-8 as it is read") {
    const Read r = read("caf\xE9,\x93q\x94 \x80\n", Encoding::Windows1252);
    CHECK(r.records == Records{{1, {"caf\xC3\xA9", "\xE2\x80\x9Cq\xE2\x80\x9D \xE2\x82\xAC"}}});
    CHECK(r.found.first_invalid_utf8_line == 0);
}

TEST_CASE("reader: records are whole across the blocks it reads, whatever falls on a block's edge") {
    // Blocks are 256 KiB: every byte of a record meets an edge somewhere in these files, a
    // quote, a doubled quote, a CRLF inside quotes, a character of UTF-8 and a line end among them.
    for (std::size_t pad = 0; pad < 40; ++pad) {
        std::string bytes = "ref,text\r\n" + std::string(pad, ' ');
        Records expected{{1, {"ref", "text"}}};
        std::uint32_t line = 2;
        for (std::size_t n = 0; bytes.size() < (600u << 10); ++n) {
            const std::string ref = "R" + std::to_string(n);
            bytes += ref + ",\"caf\xC3\xA9 \"\"x\"\"\r\nline two\"\r\n";
            expected.push_back({line, {ref, "caf\xC3\xA9 \"x\"\nline two"}});
            line += 2;
        }
        const Read r = read(bytes);
        INFO("pad " << pad);
        CHECK(r.found.first_invalid_utf8_line == 0);
        CHECK_FALSE(r.ended);
        REQUIRE(r.records.size() == expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i)
            if (r.records[i] != expected[i]) FAIL("record " << i << ": " << r.records[i] << " not " << expected[i]);
    }
    // One record longer than a block, in quotes with line breaks, then one more.
    std::string text;
    while (text.size() < (700u << 10)) text += "a sentence of the long value\n";
    const Read r = read("a,b\n1,\"" + text + "\"\n2,x\n");
    REQUIRE(r.records.size() == 3);
    CHECK(r.records[1].fields[1] == text);
    CHECK(r.records[2] == Record{static_cast<std::uint32_t>(3 + std::count(text.begin(), text.end(), '\n')), {"2", "x"}});
}

TEST_CASE("reader: a record may have any number of fields") {
    std::string header, row;
    for (int i = 0; i < 300; ++i) {
        header += (i ? "," : "") + std::string("column ") + std::to_string(i);
        row += (i ? "," : "") + std::to_string(i);
    }
    const Read r = read(header + "\n" + row + "\n");
    REQUIRE(r.records.size() == 2);
    CHECK(r.records[0].fields.size() == 300);
    CHECK(r.records[1].fields[299] == "299");
}
