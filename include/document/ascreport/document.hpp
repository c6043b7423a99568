// The document model: what the annual report says, as plain data, and nothing about where
// things go on a page. The report stage builds a Document from templates and figures; the PDF
// renderer (ascreport/pdf.hpp) lays it out and draws it.
//
// Contract: every number arrives here already formatted as text ("£1,250", "46%"): the model
// computes nothing and decides no number format. The one exception is BarChart::Series::values,
// which the renderer needs as numbers to size the bars (its printed labels are still text).
// Strings are UTF-8. Nothing here reads the clock or the environment: the creation time is
// passed in.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace ascreport {

// Where a printed text was read: the data's free text (a CSV value, a narrative file), so that
// the personal-data scan and the PDF's missing-character warnings can name the file and line
// of what the report prints. The template's own words and the numbers have none.
struct Source {
    std::string file;        // as diagnostics name it, e.g. "DATA/compliments.csv"
    std::uint32_t line = 0;  // a CSV record's first line; a narrative paragraph's first line
    std::string column;      // the contract column of a CSV value; empty for a narrative file
    // A narrative paragraph: where its later lines start in the text of its runs, put together
    // (a Markdown soft break prints as a space). Each "\n" starts a line too.
    std::vector<std::size_t> line_starts{};

    // The line the byte at `offset` of the sourced text is on: for a CSV value its record's
    // first line, where the contract's messages point.
    std::uint32_t line_of(std::string_view text, std::size_t offset) const;
    bool operator==(const Source&) const = default;
};
using SourceRef = std::shared_ptr<const Source>;  // shared by the runs of one paragraph

// A stretch of text in one style. A "\n" inside `text` forces a line break (quotes keep the
// line breaks of the letters they come from).
struct Run {
    std::string text;
    bool bold = false;
    bool italic = false;
    std::string link;  // URL ("https://...", "mailto:..."); empty = not a link
    // Where the text (and the link's target) was read; null for the template's own words.
    // Neighbouring runs with one Source are one text of it (a paragraph of a narrative file).
    SourceRef source = nullptr;

    static Run plain(std::string t) { return {std::move(t), false, false, {}}; }
    static Run strong(std::string t) { return {std::move(t), true, false, {}}; }
    static Run emphasis(std::string t) { return {std::move(t), false, true, {}}; }
    static Run url(std::string t, std::string target) { return {std::move(t), false, false, std::move(target)}; }
};
using Runs = std::vector<Run>;

struct Heading {
    int level = 1;            // 1 (section), 2 (subsection) or 3 (minor)
    std::string text;
    bool in_contents = true;  // listed on the contents page; every heading is a bookmark
    SourceRef source = nullptr;  // a narrative file's heading
};

struct Paragraph {
    Runs runs;
};

struct BulletList {
    std::vector<Runs> items;
};

// A compliment or other quoted text, set apart from the body.
struct Quote {
    Runs runs;
};

enum class Align : std::uint8_t { Left, Right, Centre };

struct TableColumn {
    std::string header;
    Align align = Align::Left;  // numbers: Right
    double width = 1.0;         // relative to the other columns; the table spans the text width
};

struct Table {
    std::string caption;                          // printed above; empty = none
    std::vector<TableColumn> columns;
    std::vector<std::vector<std::string>> rows;   // one cell per column; missing cells are empty
    bool header_shaded = true;                    // header row in the council colour
    std::optional<std::vector<std::string>> total_row;  // bold, after a heavier rule
    // Where each row's first cell was read (a free-text table's values), one per row or none;
    // null for a row whose label is not the data's text.
    std::vector<SourceRef> row_sources{};
    // Where the other cells were read, by row and column (the first column's entry unused:
    // row_sources has it), for a table of the data's own text in every column (the Code's
    // self-assessment); empty for none, null for a cell that is not the data's text.
    std::vector<std::vector<SourceRef>> cell_sources{};
};

enum class ChartOrientation : std::uint8_t {
    Auto,        // horizontal bars when the category labels are too long to sit under bars
    Vertical,
    Horizontal,
};

struct ChartSeries {
    std::string name;                  // legend text, e.g. "2023/24"
    std::vector<double> values;        // one per category, not negative
    std::vector<std::string> labels;   // printed at each bar, e.g. "46%"; empty = no labels
};

// Grouped bars: each category has one bar per series (two years side by side, complaints and
// compliments per month). A single series draws no legend.
struct BarChart {
    std::string title;
    std::vector<std::string> categories;
    std::vector<ChartSeries> series;
    std::string value_axis_label;      // e.g. "Number of complaints"
    ChartOrientation orientation = ChartOrientation::Auto;
    std::vector<SourceRef> category_sources{};  // as Table::row_sources, one per category or none
};

struct KeyFact {
    std::string number;   // printed large, e.g. "59" or "46%"
    std::string caption;  // e.g. "complaints about Adult Social Care, compared to 66 in 2022/23"
};

// The key-facts infographic: tiles in coloured boxes.
struct KeyFacts {
    std::vector<KeyFact> tiles;
};

// Where the contents page goes. The layout fills it with every heading that has in_contents,
// its true page number and a link to it.
struct ContentsPlaceholder {
    std::string title = "Contents";
};

struct PageBreak {};

struct Spacer {
    double points = 12;  // vertical space; dropped at the top of a page
};

using Block = std::variant<Heading, Paragraph, BulletList, Quote, Table, BarChart, KeyFacts,
                           ContentsPlaceholder, PageBreak, Spacer>;

struct DocumentInfo {
    std::string title;
    std::string author;    // the council
    std::string subject;
    std::string creator;   // e.g. "ascreport 0.1.0"
    std::string keywords;  // empty = none
    std::int64_t created_unix = 0;  // creation time (UTC seconds), e.g. from SOURCE_DATE_EPOCH
};

inline constexpr const char* kLiberationSansDir = "/usr/share/fonts/truetype/liberation2/";

struct Theme {
    std::string colour = "#1D4F91";  // council colour, #RRGGBB
    // Appended, not added: GCC 12 gives a false -Warray-bounds on string operator+ inlined here.
    std::string font_regular = std::string(kLiberationSansDir).append("LiberationSans-Regular.ttf");
    std::string font_bold = std::string(kLiberationSansDir).append("LiberationSans-Bold.ttf");
    std::string font_italic = std::string(kLiberationSansDir).append("LiberationSans-Italic.ttf");
    // The three files' bytes (regular, bold, italic), read by whoever made the Document
    // (run_report does, once, from inside the font folder); the paths above only name them in
    // messages. The PDF renderer reads no file: without a font's bytes it makes no PDF.
    std::array<std::shared_ptr<const std::vector<std::uint8_t>>, 3> font_files{};
};

struct Cover {
    std::string service;     // "Adult Social Care"
    std::string title;       // "Complaints and Representations Annual Report"
    std::string year_label;  // "2023/24"
    std::string council;     // "Coventry City Council"
    std::string logo;        // the PNG or JPEG file, as messages name it (never read by a renderer); empty = none
    std::string published;   // "September 2024"; empty = not printed
    // The logo's bytes, which the renderers print: read once by whoever made the Document
    // (run_report, from inside report.toml's folder). No bytes, no logo.
    std::vector<std::uint8_t> logo_image{};
};

struct Document {
    DocumentInfo info;
    Theme theme;
    Cover cover;
    std::vector<Block> blocks;  // after the cover page, in reading order
};

// One stretch of the data's text as the Document prints it: neighbouring runs of one Source put
// together, a heading, a table row's label, a chart category; and a link's target (the
// target is printed too: a click away), with the link's text as printed.
struct SourcedText {
    SourceRef source;
    std::string text;
    std::optional<std::string> link_text = std::nullopt;  // set: `text` is the target of this link
};

// Every sourced text of the Document in reading order, each time it is printed; a paragraph's
// link targets (those not spelt out in its text, links_to_itself) come before its text.
std::vector<SourcedText> sourced_texts(const Document& doc);

}  // namespace ascreport
