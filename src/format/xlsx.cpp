// Spreadsheets (--format xlsx) with libxlsxwriter: one sheet per table, typed cells, a bold
// frozen header row with a filter, and column widths that fit. libxlsxwriter writes only to a
// file, so the workbook is written into the caller's private scratch folder (its parts too)
// and read back as bytes; the caller writes those where they belong (write_file_atomically).
#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>

#include "ascreport/format.hpp"
#include "ascreport/text.hpp"

namespace ascreport {

namespace {

// One cell of a sheet: its kind decides the cell type and number format.
struct XCell {
    enum class Kind : std::uint8_t { Empty, Text, Number, Percent, Tenths, Date, Money } kind = Kind::Empty;
    std::string text;        // Text; also what the width is measured on
    std::int64_t number = 0;  // Number; Percent in whole percent; Tenths in tenths; Money in pence
    Date date{};
};

// A native column chart beside a sheet's table: the first column's values along the axis, a
// series for each of `series` (column indexes), named by its header.
struct Chart {
    std::string title;
    std::vector<std::size_t> series;
};

struct Sheet {
    std::string name;
    std::vector<std::string> header;
    std::vector<std::vector<XCell>> rows;
    std::optional<Chart> chart{};
};

XCell text(std::string s) { return {XCell::Kind::Text, std::move(s)}; }
XCell number(std::int64_t n) { return {XCell::Kind::Number, std::to_string(n), n}; }
XCell hidden() { return text("*"); }

// A sheet name Excel accepts: at most 31 characters, none of []:*?/\.
std::string sheet_name(std::string name) {
    for (char& ch : name)
        if (std::string_view("[]:*?/\\").find(ch) != std::string_view::npos) ch = '-';
    if (name.size() > 31) name.resize(31);
    return name;
}

// The most a cell holds: 32,767 characters as Excel counts them (UTF-16 code units).
constexpr std::size_t kMaxCellUnits = 32767;

// "C12": a cell's name, from its 0-based row and column.
std::string cell_name(std::size_t row, std::size_t column) {
    std::string letters;
    for (std::size_t c = column + 1; c > 0; c = (c - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    return letters + std::to_string(row + 1);
}

// Text longer than a cell holds, per sheet: cut to fit, ending in "…", and said once.
struct CutCells {
    std::size_t count = 0;
    std::string first;               // the first cut cell's name
    std::size_t first_units = 0;     // and its length
};

// `text` as a cell holds it: whole, or its first 32,766 UTF-16 units (never half a character)
// and "…", counted in `cut`.
std::string fit_cell(const std::string& text, std::size_t row, std::size_t column, CutCells& cut) {
    if (text.size() <= kMaxCellUnits) return text;  // a unit takes at least a byte
    std::size_t units = 0, end = text.size();
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t at = i;
        const std::size_t width = next_code_point(text, i) > 0xFFFF ? 2 : 1;  // a character beyond U+FFFF is two
        if (end == text.size() && units + width > kMaxCellUnits - 1) end = at;
        units += width;
    }
    if (units <= kMaxCellUnits) return text;
    if (cut.count++ == 0) {
        cut.first = cell_name(row, column);
        cut.first_units = units;
    }
    return text.substr(0, end) + "\u2026";
}

std::string cut_warning(const std::string& sheet, const CutCells& cut) {
    return "sheet \"" + sheet + "\", cell " + cut.first + ": " + with_thousands(static_cast<std::int64_t>(cut.first_units)) +
           " characters, more than the 32,767 a spreadsheet cell holds; cut to 32,767, ending in \"\u2026\"" +
           (cut.count > 1 ? " (and " + with_thousands(static_cast<std::int64_t>(cut.count - 1)) + " more cells like it)"
                          : std::string()) +
           "; the other formats keep the whole text";
}

// Writes the workbook to `path`, with its temporary parts in `scratch`. "" when it worked, else
// why not; `warnings` gets a line for each sheet with text cut to fit its cells.
std::string write_sheets(const std::vector<Sheet>& sheets, const std::string& path, const std::string& scratch,
                         std::int64_t created_unix, std::vector<std::string>& warnings) {
    for (const Sheet& sheet : sheets)
        if (sheet.rows.size() >= LXW_ROW_MAX)
            return "the sheet \"" + sheet_name(sheet.name) + "\" would have " +
                   with_thousands(static_cast<std::int64_t>(sheet.rows.size())) +
                   " rows, more than the 1,048,575 a spreadsheet holds below its header; ask for fewer (a shorter "
                   "period, --where), or use --format csv";
    std::string tmpdir = scratch;
    lxw_workbook_options options{};
    options.tmpdir = tmpdir.data();
    lxw_workbook* book = workbook_new_opt(path.c_str(), &options);
    if (!book) return "could not start the workbook";
    lxw_error failed = LXW_NO_ERROR;
    auto check = [&](lxw_error e) {
        if (e != LXW_NO_ERROR && failed == LXW_NO_ERROR) failed = e;
    };
    lxw_doc_properties properties{};
    properties.created = static_cast<time_t>(created_unix);
    check(workbook_set_properties(book, &properties));
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format* percent = workbook_add_format(book);
    format_set_num_format(percent, "0%");
    lxw_format* tenths = workbook_add_format(book);
    format_set_num_format(tenths, "0.0");
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format* money = workbook_add_format(book);
    format_set_num_format(money, "\u00a3#,##0.00");
    for (const Sheet& sheet : sheets) {
        lxw_worksheet* ws = workbook_add_worksheet(book, sheet_name(sheet.name).c_str());
        if (!ws) {
            workbook_close(book);
            return "could not add the sheet \"" + sheet_name(sheet.name) + "\" to the workbook";
        }
        CutCells cut;
        const auto columns = static_cast<lxw_col_t>(sheet.header.size());
        std::vector<std::size_t> width(sheet.header.size(), 0);
        for (lxw_col_t c = 0; c < columns; ++c) {
            check(worksheet_write_string(ws, 0, c, fit_cell(sheet.header[c], 0, c, cut).c_str(), bold));
            width[c] = display_width(sheet.header[c]);
        }
        for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
            const auto row = static_cast<lxw_row_t>(r + 1);
            for (lxw_col_t c = 0; c < columns && c < sheet.rows[r].size(); ++c) {
                const XCell& cell = sheet.rows[r][c];
                width[c] = std::max(width[c], display_width(cell.text));
                switch (cell.kind) {
                    case XCell::Kind::Empty: break;
                    case XCell::Kind::Text:
                        check(worksheet_write_string(ws, row, c, fit_cell(cell.text, row, c, cut).c_str(), nullptr));
                        break;
                    case XCell::Kind::Number:
                        check(worksheet_write_number(ws, row, c, static_cast<double>(cell.number), nullptr));
                        break;
                    case XCell::Kind::Percent:
                        check(worksheet_write_number(ws, row, c, static_cast<double>(cell.number) / 100, percent));
                        break;
                    case XCell::Kind::Tenths:
                        check(worksheet_write_number(ws, row, c, static_cast<double>(cell.number) / 10, tenths));
                        break;
                    case XCell::Kind::Money:
                        check(worksheet_write_number(ws, row, c, static_cast<double>(cell.number) / 100, money));
                        break;
                    case XCell::Kind::Date: {
                        int y = 0, m = 0, d = 0;
                        cell.date.to_ymd(y, m, d);
                        lxw_datetime when{y, m, d, 0, 0, 0.0};
                        check(worksheet_write_datetime(ws, row, c, &when, date));
                        break;
                    }
                }
            }
        }
        if (cut.count > 0) warnings.push_back(cut_warning(sheet_name(sheet.name), cut));
        for (lxw_col_t c = 0; c < columns; ++c)
            check(worksheet_set_column(ws, c, c, static_cast<double>(std::min<std::size_t>(width[c], 80) + 2), nullptr));
        worksheet_freeze_panes(ws, 1, 0);
        if (columns > 0) check(worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(sheet.rows.size()), columns - 1));
        if (sheet.chart && !sheet.rows.empty()) {
            lxw_chart* chart = workbook_add_chart(book, LXW_CHART_COLUMN);
            const std::string name = sheet_name(sheet.name);
            const auto last = static_cast<lxw_row_t>(sheet.rows.size());
            for (std::size_t column : sheet.chart->series) {
                lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
                const auto c = static_cast<lxw_col_t>(column);
                chart_series_set_categories(series, name.c_str(), 1, 0, last, 0);
                chart_series_set_values(series, name.c_str(), 1, c, last, c);
                chart_series_set_name_range(series, name.c_str(), 0, c);
            }
            chart_title_set_name(chart, sheet.chart->title.c_str());
            check(worksheet_insert_chart(ws, 1, columns + 1, chart));
        }
    }
    const lxw_error status = workbook_close(book);
    if (failed != LXW_NO_ERROR) return std::string("could not write the workbook: ") + lxw_strerror(failed);
    if (status != LXW_NO_ERROR) return std::string("could not write the workbook: ") + lxw_strerror(status);
    return "";
}

XlsxResult to_bytes(const std::vector<Sheet>& sheets, std::int64_t created_unix, const std::filesystem::path& scratch) {
    XlsxResult result;
    // The caller's private folder, which it removes with whatever is left in it.
    const std::filesystem::path path = scratch / "workbook.xlsx";
    result.error = write_sheets(sheets, path.string(), scratch.string(), created_unix, result.warnings);
    if (result.ok()) {
        std::ifstream in(path, std::ios::binary);
        result.bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        if (!in.good() && !in.eof()) result.error = "could not read the workbook back";
    }
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
    return result;
}

// A breakdown as its CSV has it; with no earlier data the previous counts are empty.
Sheet breakdown_sheet(const Breakdown& b) {
    Sheet sheet;
    sheet.header = b.fields;
    for (const char* h : {"count", "percent"}) sheet.header.emplace_back(h);
    if (b.compared())
        for (const char* h : {"previous_count", "change"}) sheet.header.emplace_back(h);
    if (b.total_measures)
        for (const char* h : {"closed", "median_working_days", "mean_working_days", "max_working_days"})
            sheet.header.emplace_back(h);
    for (const BreakdownRow& row : b.rows) {
        std::vector<XCell> cells;
        for (const Group& g : row.groups) cells.push_back(text(g.key));
        const bool is_hidden = row.suppressed != Suppressed::No, previous_hidden = row.previous_suppressed != Suppressed::No;
        cells.push_back(is_hidden ? hidden() : number(row.count));
        if (const auto p = shown_percent(b, row)) cells.push_back({XCell::Kind::Percent, std::to_string(*p) + "%", *p});
        else cells.push_back(hidden());
        if (b.compared() && b.no_earlier_data) {
            cells.resize(cells.size() + 2);
        } else if (b.compared()) {
            cells.push_back(previous_hidden ? hidden() : number(row.previous.value_or(0)));
            cells.push_back(is_hidden || previous_hidden ? hidden() : number(row.count - row.previous.value_or(0)));
        }
        if (b.total_measures) {
            const WorkingDayMeasures m = row.measures.value_or(WorkingDayMeasures{});
            auto measure = [&](const std::optional<std::int64_t>& v, bool decimal) -> XCell {
                if (row.measures_hidden) return hidden();
                if (!v) return {};
                return decimal ? XCell{XCell::Kind::Tenths, format_tenths(*v), *v} : number(*v);
            };
            cells.push_back(row.measures_hidden ? hidden() : number(m.closed));
            cells.push_back(measure(m.median_tenths, true));
            cells.push_back(measure(m.mean_tenths, true));
            cells.push_back(measure(m.max, false));
        }
        sheet.rows.push_back(std::move(cells));
    }
    return sheet;
}

}  // namespace

XlsxResult breakdown_xlsx(const Breakdown& b, std::int64_t created_unix, const std::filesystem::path& scratch) {
    Sheet sheet = breakdown_sheet(b);
    sheet.name = "by ";
    for (std::size_t i = 0; i < b.fields.size(); ++i) sheet.name += (i ? " and " : "") + b.fields[i];
    return to_bytes({sheet}, created_unix, scratch);
}

XlsxResult figures_xlsx(const Figures& f, std::int64_t created_unix, const std::filesystem::path& scratch) {
    std::vector<Sheet> sheets;
    // The numbers: the registry's JSON keys, with the previous period's value where it has one.
    Sheet numbers{"key_figures", {"figure", f.period.label, f.previous.label}, {}};
    for (const NumberSpec& n : kNumbers) {
        if (n.json.empty()) continue;
        const NumberValue v = read_number(f, n);
        auto cell = [&](const std::optional<std::int64_t>& x) -> XCell {
            if (!x) return {};
            switch (n.unit) {
                case Unit::Money: return {XCell::Kind::Money, format_money(*x), *x};
                case Unit::Percent: return {XCell::Kind::Percent, std::to_string(*x) + "%", *x};
                case Unit::Tenths: return {XCell::Kind::Tenths, format_tenths(*x), *x};
                case Unit::Count: break;
            }
            return number(*x);
        };
        // Money shows in pounds, so its key does not say pence.
        std::string label(n.json);
        if (n.unit == Unit::Money && label.ends_with("_pence")) label.resize(label.size() - 6);
        numbers.rows.push_back({text(label), cell(v.value), n.json_previous.empty() ? XCell{} : cell(v.previous)});
    }
    sheets.push_back(std::move(numbers));
    // Each table, charted beside it when a template can chart it ({{chart NAME}}).
    for (const TableSpec& t : kTables) {
        Sheet sheet = breakdown_sheet(f.table(t.id));
        sheet.name = std::string(!t.sheet.empty() ? t.sheet : !t.name.empty() ? t.name : t.json);
        if (!t.name.empty()) {
            Chart chart{std::string(t.heading), {sheet.header.size() > 1 ? 1u : 0u}};
            const Breakdown& b = f.table(t.id);
            if (t.prints_previous() && b.compared() && !b.no_earlier_data) chart.series.push_back(3);
            sheet.chart = std::move(chart);
        }
        sheets.push_back(std::move(sheet));
    }
    Sheet months{"complaints_vs_compliments", {"month", "complaints", "compliments", "difference"}, {}};
    for (const MonthComparison& m : f.complaints_vs_compliments)
        months.rows.push_back({text(m.month.key), number(m.complaints), number(m.compliments), number(m.difference())});
    months.chart = Chart{"Complaints and compliments by month", {1, 2}};
    sheets.push_back(std::move(months));
    return to_bytes(sheets, created_unix, scratch);
}

XlsxResult case_list_xlsx(const CaseList& list, std::int64_t created_unix, const std::filesystem::path& scratch) {
    Sheet sheet{"Complaints", list.columns, {}};
    for (const auto& row : list.rows) {
        std::vector<XCell> cells;
        for (const ListCell& c : row) {
            switch (c.kind) {
                case ListCell::Kind::Empty: cells.emplace_back(); break;
                case ListCell::Kind::Text: cells.push_back(text(c.text)); break;
                case ListCell::Kind::Number: cells.push_back(number(c.number)); break;
                case ListCell::Kind::Date: cells.push_back({XCell::Kind::Date, c.text, 0, c.date}); break;
            }
        }
        sheet.rows.push_back(std::move(cells));
    }
    return to_bytes({sheet}, created_unix, scratch);
}

}  // namespace ascreport
