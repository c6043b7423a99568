#include "ascreport/render_markdown.hpp"

#include <algorithm>

namespace ascreport {
namespace {

std::string escape(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '*' || c == '_' || c == '[' || c == ']' || c == '`' || c == '\\' || c == '|' || c == '<') out += '\\';
        out += c;
    }
    return out;
}

std::string runs_text(const Runs& runs, const std::string& line_break = "  \n") {
    std::string out;
    for (const Run& r : runs) {
        std::string t;
        std::size_t pos = 0;
        const std::string e = escape(r.text);
        for (std::size_t nl; (nl = e.find('\n', pos)) != std::string::npos; pos = nl + 1) t += e.substr(pos, nl - pos) + line_break;
        t += e.substr(pos);
        if (r.bold) t = "**" + t + "**";
        if (r.italic) t = "*" + t + "*";
        if (!r.link.empty()) t = "[" + t + "](" + r.link + ")";
        out += t;
    }
    return out;
}

void table_md(const std::vector<std::string>& header, const std::vector<bool>& right,
              const std::vector<std::vector<std::string>>& rows, std::string& out) {
    out += "|";
    for (const auto& h : header) out += " " + escape(h) + " |";
    out += "\n|";
    for (std::size_t i = 0; i < header.size(); ++i) out += right[i] ? " ---: |" : " --- |";
    out += "\n";
    for (const auto& row : rows) {
        out += "|";
        for (std::size_t i = 0; i < header.size(); ++i) out += " " + escape(i < row.size() ? row[i] : "") + " |";
        out += "\n";
    }
    out += "\n";
}

struct Writer {
    const Document& doc;
    std::string out;

    void operator()(const Heading& h) { out += std::string(static_cast<std::size_t>(h.level), '#') + " " + escape(h.text) + "\n\n"; }
    void operator()(const Paragraph& p) { out += runs_text(p.runs) + "\n\n"; }
    void operator()(const BulletList& l) {
        for (const auto& item : l.items) out += "- " + runs_text(item, "  \n  ") + "\n";
        out += "\n";
    }
    void operator()(const Quote& q) { out += "> " + runs_text(q.runs, "  \n> ") + "\n\n"; }
    void operator()(const Table& t) {
        if (!t.caption.empty()) out += "**" + escape(t.caption) + "**\n\n";
        std::vector<std::string> header;
        std::vector<bool> right;
        for (const auto& c : t.columns) header.push_back(c.header), right.push_back(c.align == Align::Right);
        auto rows = t.rows;
        if (t.total_row) rows.push_back(*t.total_row);
        table_md(header, right, rows, out);
    }
    void operator()(const BarChart& c) {
        out += "**" + escape(c.title) + "**\n\n";
        std::vector<std::string> header{""};
        std::vector<bool> right{false};
        for (const auto& s : c.series) header.push_back(s.name), right.push_back(true);
        std::vector<std::vector<std::string>> rows;
        for (std::size_t i = 0; i < c.categories.size(); ++i) {
            std::vector<std::string> row{c.categories[i]};
            for (const auto& s : c.series) row.push_back(i < s.labels.size() ? s.labels[i] : "");
            rows.push_back(std::move(row));
        }
        table_md(header, right, rows, out);
    }
    void operator()(const KeyFacts& k) {
        for (const auto& t : k.tiles) out += "- **" + escape(t.number) + "** " + escape(t.caption) + "\n";
        out += "\n";
    }
    void operator()(const ContentsPlaceholder&) {}
    void operator()(const PageBreak&) {}
    void operator()(const Spacer&) {}
};

}  // namespace

std::string render_markdown(const Document& doc) {
    Writer w{doc, {}};
    w.out += "# " + escape(doc.cover.service + " " + doc.cover.title + " " + doc.cover.year_label) + "\n\n";
    w.out += escape(doc.cover.council) + (doc.cover.published.empty() ? "" : ", " + escape(doc.cover.published)) + "\n\n";
    for (const Block& b : doc.blocks) std::visit(w, b);
    while (w.out.size() > 1 && w.out[w.out.size() - 1] == '\n' && w.out[w.out.size() - 2] == '\n') w.out.pop_back();
    return w.out;
}

}  // namespace ascreport
