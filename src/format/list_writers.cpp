// The output formats of `ascreport list`: one row per complaint, the fields asked for.
#include <nlohmann/json.hpp>

#include <ostream>

#include "ascreport/format.hpp"
#include "ascreport/terminal.hpp"
#include "ascreport/text.hpp"

namespace ascreport {

void write_case_list(const CaseList& list, Format format, std::ostream& out) {
    const std::size_t n = list.columns.size();
    if (format == Format::Csv) {
        for (std::size_t i = 0; i < n; ++i) out << (i ? "," : "") << csv_cell(list.columns[i]);
        out << '\n';
        for (const auto& row : list.rows) {
            for (std::size_t i = 0; i < n; ++i) out << (i ? "," : "") << csv_cell(row[i].text);
            out << '\n';
        }
        return;
    }
    if (format == Format::Json) {
        nlohmann::ordered_json array = nlohmann::ordered_json::array();
        for (const auto& row : list.rows) {
            nlohmann::ordered_json object = nlohmann::ordered_json::object();
            for (std::size_t i = 0; i < n; ++i) {
                const ListCell& cell = row[i];
                object[list.columns[i]] = cell.kind == ListCell::Kind::Empty    ? nlohmann::ordered_json(nullptr)
                                          : cell.kind == ListCell::Kind::Number ? nlohmann::ordered_json(cell.number)
                                                                                : nlohmann::ordered_json(cell.text);
            }
            array.push_back(std::move(object));
        }
        out << json_escape_c1(array.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)) << '\n';
        return;
    }
    std::vector<std::string> header;
    for (const auto& c : list.columns) header.push_back(field_heading(c));
    if (format == Format::Markdown) {
        const auto cell = markdown_cell;
        out << '|';
        for (const auto& h : header) out << ' ' << cell(h) << " |";
        out << "\n|";
        for (std::size_t i = 0; i < n; ++i)
            out << (!list.rows.empty() && list.rows[0][i].kind == ListCell::Kind::Number ? " ---: |" : " --- |");
        out << '\n';
        for (const auto& row : list.rows) {
            out << '|';
            for (const auto& c : row) out << ' ' << cell(c.text) << " |";
            out << '\n';
        }
        return;
    }
    // Table: numbers right-aligned, the rest left-aligned.
    std::vector<std::size_t> width(n, 0);
    std::vector<bool> numeric(n, false);
    for (std::size_t i = 0; i < n; ++i) width[i] = display_width(header[i]);
    for (const auto& row : list.rows)
        for (std::size_t i = 0; i < n; ++i) {
            width[i] = std::max(width[i], display_width(row[i].text));
            if (row[i].kind == ListCell::Kind::Number) numeric[i] = true;
        }
    auto print = [&](auto text_of) {
        std::string line;
        for (std::size_t i = 0; i < n; ++i) {
            const std::string text = text_of(i);
            const std::string pad(width[i] - display_width(text), ' ');
            if (i > 0) line += "  ";
            line += numeric[i] ? pad + text : text + pad;
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out << line << '\n';
    };
    print([&](std::size_t i) { return header[i]; });
    for (const auto& row : list.rows) print([&](std::size_t i) { return row[i].text; });
}

}  // namespace ascreport
