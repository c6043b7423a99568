// The four output formats of a Breakdown. Each is a plain function of the data and a stream.
#include <nlohmann/json.hpp>

#include <ostream>
#include <string>
#include <vector>

#include "ascreport/format.hpp"
#include "ascreport/terminal.hpp"
#include "ascreport/text.hpp"

namespace ascreport {

namespace {

std::string signed_number(std::int64_t n) {
    std::string s = std::to_string(n);
    if (n > 0) s.insert(s.begin(), '+');
    return s;
}

// The four measure cells of --measure working_days as text: `hidden` as `mark`, a missing
// value (no complaint closed) as `none`.
std::vector<std::string> measure_cells(const WorkingDayMeasures& m, bool hidden, std::string_view mark,
                                       std::string_view none) {
    if (hidden) return std::vector<std::string>(4, std::string(mark));
    auto or_none = [&](const std::optional<std::int64_t>& v, bool decimal) {
        return v ? (decimal ? format_tenths(*v) : std::to_string(*v)) : std::string(none);
    };
    return {std::to_string(m.closed), or_none(m.median_tenths, true), or_none(m.mean_tenths, true),
            or_none(m.max, false)};
}

// The percent column's heading in table and markdown: "%", or "% of Service area".
std::string percent_heading(const Breakdown& b) {
    if (b.share_of == ShareOf::Total || b.fields.size() < 2) return "%";
    return "% of " + field_heading(b.fields[b.share_of == ShareOf::Row ? 0 : 1]);
}

struct Cells {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;  // the total row last
    std::size_t label_columns = 0;               // left-aligned; the rest are right-aligned
};

// The cells that table and markdown share: labels, counts, percentages, a total row.
Cells display_cells(const Breakdown& b) {
    Cells c;
    c.label_columns = b.fields.size();
    for (const auto& f : b.fields) c.header.push_back(field_heading(f));
    c.header.push_back(b.period_label.empty() ? "Count" : b.period_label);
    c.header.push_back(percent_heading(b));
    if (b.compared()) {
        c.header.push_back(b.previous_label.empty() ? "Previous" : b.previous_label);
        c.header.push_back("Change");
    }
    if (b.total_measures)
        for (const char* h : {"Closed", "Median days", "Mean days", "Max days"}) c.header.emplace_back(h);
    // `percent` as printed: "12%", "*" when hidden, "" when there is none.
    auto numbers = [&](std::vector<std::string>& cells, std::int64_t count, std::string percent,
                       std::optional<std::int64_t> previous, bool hidden, bool previous_hidden) {
        cells.push_back(hidden ? "*" : std::to_string(count));
        cells.push_back(std::move(percent));
        if (b.compared() && b.no_earlier_data) {
            cells.emplace_back("no data");
            cells.emplace_back();
        } else if (b.compared()) {
            cells.push_back(previous_hidden ? "*" : std::to_string(previous.value_or(0)));
            cells.push_back(hidden || previous_hidden ? "*" : signed_number(count - previous.value_or(0)));
        }
    };
    auto measures = [&](std::vector<std::string>& cells, const std::optional<WorkingDayMeasures>& m, bool hidden) {
        if (!b.total_measures) return;
        for (std::string& cell : measure_cells(m.value_or(WorkingDayMeasures{}), hidden, "*", "-"))
            cells.push_back(std::move(cell));
    };
    for (const BreakdownRow& row : b.rows) {
        std::vector<std::string> cells;
        for (const Group& g : row.groups) cells.push_back(terminal_safe(g.label));  // aligned as shown
        const std::optional<int> percent = shown_percent(b, row);
        numbers(cells, row.count, percent ? std::to_string(*percent) + "%" : "*", row.previous,
                row.suppressed != Suppressed::No, row.previous_suppressed != Suppressed::No);
        measures(cells, row.measures, row.measures_hidden);
        c.rows.push_back(std::move(cells));
    }
    std::vector<std::string> total{"Total"};
    total.resize(c.label_columns, "");
    // A total of 1 to N-1 records is hidden too (--suppress-below), with its 100%. A share
    // within a row's or column's group has no total.
    const bool total_hidden = b.total_suppressed != Suppressed::No;
    numbers(total, b.total,
            b.share_of != ShareOf::Total ? "" : total_hidden ? "*" : std::to_string(percent_half_up(b.total, b.total)) + "%",
            b.previous_total, total_hidden, b.previous_total_suppressed != Suppressed::No);
    measures(total, b.total_measures, b.total_measures_hidden);
    c.rows.push_back(std::move(total));
    return c;
}

// Whether `before` ends with a URL scheme that runs code or hides content when followed.
bool ends_with_unsafe_scheme(std::string_view before) {
    for (std::string_view scheme : {"javascript", "vbscript", "data"}) {
        if (before.size() < scheme.size()) continue;
        if (equal_ignoring_case(before.substr(before.size() - scheme.size()), scheme)) return true;
    }
    return false;
}

}  // namespace

// A cell of a Markdown table, as a Markdown renderer prints it: no raw HTML (< > & as
// entities), no link ([ ] escaped, and the colon of "javascript:" written &#58;), | escaped,
// line breaks as spaces.
std::string markdown_cell(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        if (ch == '|' || ch == '[' || ch == ']') out += '\\', out += ch;
        else if (ch == '<') out += "&lt;";
        else if (ch == '>') out += "&gt;";
        else if (ch == '&') out += "&amp;";
        else if (ch == ':' && ends_with_unsafe_scheme(text.substr(0, i))) out += "&#58;";
        else out += (ch == '\n' || ch == '\r') ? ' ' : ch;
    }
    return out;
}

std::optional<Format> parse_format(std::string_view text) {
    if (text == "table") return Format::Table;
    if (text == "csv") return Format::Csv;
    if (text == "json") return Format::Json;
    if (text == "markdown") return Format::Markdown;
    return std::nullopt;
}

std::string field_heading(std::string_view field) {
    std::string h(field);
    for (char& ch : h)
        if (ch == '_') ch = ' ';
    if (!h.empty() && h[0] >= 'a' && h[0] <= 'z') h[0] = static_cast<char>(h[0] - 'a' + 'A');
    return h;
}

std::string csv_cell(std::string_view text) {
    std::string cell;
    if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' ||
                          text[0] == '\t' || text[0] == '\r'))
        cell += '\'';
    cell += text;
    // Quoted also when it holds a control character (C0, DEL, or C1 in UTF-8): the value stays
    // exact, and a reader sees where it starts and ends.
    const bool control = terminal_safe(cell) != cell;
    if (!control && cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
    std::string quoted = "\"";
    for (char ch : cell) {
        if (ch == '"') quoted += '"';
        quoted += ch;
    }
    quoted += '"';
    return quoted;
}

void write_table(const Breakdown& b, std::ostream& out) {
    const Cells c = display_cells(b);
    std::vector<std::size_t> width(c.header.size(), 0);
    auto measure = [&](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i)
            width[i] = std::max(width[i], display_width(cells[i]));
    };
    measure(c.header);
    for (const auto& r : c.rows) measure(r);
    auto print = [&](const std::vector<std::string>& cells) {
        std::string line;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const std::string pad(width[i] - display_width(cells[i]), ' ');
            if (i > 0) line += "  ";
            if (i < c.label_columns)
                line += cells[i] + pad;
            else
                line += pad + cells[i];
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out << line << '\n';
    };
    print(c.header);
    for (const auto& r : c.rows) print(r);
}

void write_markdown(const Breakdown& b, std::ostream& out) {
    const Cells c = display_cells(b);
    auto print = [&](const std::vector<std::string>& cells) {
        out << '|';
        for (const auto& cell : cells) out << ' ' << markdown_cell(cell) << " |";
        out << '\n';
    };
    print(c.header);
    out << '|';
    for (std::size_t i = 0; i < c.header.size(); ++i) out << (i < c.label_columns ? " --- |" : " ---: |");
    out << '\n';
    for (const auto& r : c.rows) print(r);
}

void write_csv(const Breakdown& b, std::ostream& out) {
    for (const auto& f : b.fields) out << csv_cell(f) << ',';
    out << "count,percent";
    if (b.compared()) out << ",previous_count,change";
    if (b.total_measures) out << ",closed,median_working_days,mean_working_days,max_working_days";
    out << '\n';
    for (const BreakdownRow& row : b.rows) {
        const bool hidden = row.suppressed != Suppressed::No, previous_hidden = row.previous_suppressed != Suppressed::No;
        for (const Group& g : row.groups) out << csv_cell(g.key) << ',';
        if (hidden) out << '*';
        else out << row.count;
        out << ',';
        if (const auto percent = shown_percent(b, row)) out << *percent;
        else out << '*';
        if (b.compared() && b.no_earlier_data) {
            out << ",,";  // no data, not zero
        } else if (b.compared()) {
            out << ',';
            if (previous_hidden) out << '*';
            else out << row.previous.value_or(0);
            out << ',';
            if (hidden || previous_hidden) out << '*';
            else out << row.count - row.previous.value_or(0);
        }
        if (b.total_measures)
            for (const std::string& cell :
                 measure_cells(row.measures.value_or(WorkingDayMeasures{}), row.measures_hidden, "*", ""))
                out << ',' << cell;
        out << '\n';
    }
}

void write_json(const Breakdown& b, std::ostream& out) {
    nlohmann::ordered_json array = nlohmann::ordered_json::array();
    for (const BreakdownRow& row : b.rows) {
        nlohmann::ordered_json object = nlohmann::ordered_json::object();
        for (std::size_t i = 0; i < b.fields.size() && i < row.groups.size(); ++i)
            object[b.fields[i]] = row.groups[i].key;
        // With --suppress-below a hidden count is null and "suppressed" says so (docs/breakdown.md).
        const bool hidden = row.suppressed != Suppressed::No, previous_hidden = row.previous_suppressed != Suppressed::No;
        object["count"] = hidden ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(row.count);
        const auto percent = shown_percent(b, row);
        object["percent"] = percent ? nlohmann::ordered_json(*percent) : nlohmann::ordered_json(nullptr);
        if (b.suppress_below > 0) object["suppressed"] = hidden;
        if (b.compared() && b.no_earlier_data) {
            object["previous_count"] = nullptr;
            if (b.suppress_below > 0) object["previous_suppressed"] = false;
            object["change"] = nullptr;
        } else if (b.compared()) {
            object["previous_count"] =
                previous_hidden ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(row.previous.value_or(0));
            if (b.suppress_below > 0) object["previous_suppressed"] = previous_hidden;
            object["change"] = hidden || previous_hidden ? nlohmann::ordered_json(nullptr)
                                                         : nlohmann::ordered_json(row.count - row.previous.value_or(0));
        }
        if (b.total_measures) {
            const WorkingDayMeasures m = row.measures.value_or(WorkingDayMeasures{});
            auto value = [&](const std::optional<std::int64_t>& v, bool decimal) {
                if (row.measures_hidden || !v) return nlohmann::ordered_json(nullptr);
                return decimal ? nlohmann::ordered_json(static_cast<double>(*v) / 10) : nlohmann::ordered_json(*v);
            };
            object["closed"] = row.measures_hidden ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(m.closed);
            object["median_working_days"] = value(m.median_tenths, true);
            object["mean_working_days"] = value(m.mean_tenths, true);
            object["max_working_days"] = value(m.max, false);
            if (b.suppress_below > 0) object["measures_suppressed"] = row.measures_hidden;
        }
        array.push_back(std::move(object));
    }
    out << json_escape_c1(array.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)) << '\n';
}

std::string no_earlier_data_note(const Breakdown& b) {
    if (!b.compared() || !b.no_earlier_data) return {};
    const std::string period = b.previous_label.empty() ? "the previous period" : b.previous_label;
    if (b.earlier_partial)
        return "(no data for " + period + ": the records cover only part of its year, so it is not compared; "
               "ascreport validate lists the partial years)";
    return "(no data for " + period + ": no record of this kind was received by its end)";
}

void write_breakdown(const Breakdown& b, Format format, std::ostream& out) {
    switch (format) {
        case Format::Table: write_table(b, out); break;
        case Format::Csv: write_csv(b, out); return;
        case Format::Json: write_json(b, out); return;
        case Format::Markdown: write_markdown(b, out); out << (b.no_earlier_data ? "\n" : ""); break;
    }
    if (const std::string note = no_earlier_data_note(b); !note.empty()) out << note << '\n';
}

}  // namespace ascreport
