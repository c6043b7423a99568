// The HTML edition: the Document walked once, in reading order, into one self-contained file
// (ascreport/html.hpp says what it guarantees).
#include "ascreport/html.hpp"

#include <algorithm>
#include <cstdint>

#include "markup.hpp"

namespace ascreport {
namespace html {
namespace {

std::string base64(const std::string& bytes) {
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        const unsigned v = static_cast<unsigned char>(bytes[i]) << 16 | static_cast<unsigned char>(bytes[i + 1]) << 8 |
                           static_cast<unsigned char>(bytes[i + 2]);
        for (int s = 18; s >= 0; s -= 6) out += kAlphabet[(v >> s) & 63];
    }
    if (i < bytes.size()) {
        unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
        if (i + 1 < bytes.size()) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        out += i + 1 < bytes.size() ? kAlphabet[(v >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

// The logo (its file's bytes) as a data: URI, or "" with a warning when it is neither PNG nor
// JPEG (run_report checks the logo before rendering; this is the renderer's own guard).
std::string logo_uri(const std::string& name, const std::vector<std::uint8_t>& image, std::vector<std::string>& warnings) {
    const std::string bytes(image.begin(), image.end());
    const char* type = nullptr;
    if (bytes.rfind("\x89PNG\r\n\x1a\n", 0) == 0) type = "image/png";
    if (bytes.rfind("\xFF\xD8\xFF", 0) == 0) type = "image/jpeg";
    if (!type) {
        warnings.push_back("image " + name + ": cannot be read as PNG or JPEG; it is left out of the HTML edition");
        return {};
    }
    return std::string("data:") + type + ";base64," + base64(bytes);
}

// Text with its printed link text: the address itself, when the link says it in full.
bool says_its_address(const Run& r, std::string_view href) {
    if (href.rfind("mailto:", 0) == 0) return href.substr(7) == r.text;
    return href == r.text || href == "https://" + r.text || href == "http://" + r.text;
}

std::string runs_html(const Runs& runs) {
    std::string out;
    for (const Run& r : runs) {
        std::string text;
        std::size_t at = 0;
        for (std::size_t nl; (nl = r.text.find('\n', at)) != std::string::npos; at = nl + 1)
            text += escape(r.text.substr(at, nl - at)) + "<br>";
        text += escape(r.text.substr(at));
        if (r.bold) text = "<strong>" + text + "</strong>";
        if (r.italic) text = "<em>" + text + "</em>";
        const std::string href = safe_href(r.link);
        if (!href.empty())
            text = "<a href=\"" + escape(href) + "\"" + (says_its_address(r, href) ? " class=\"bare\"" : "") + ">" + text + "</a>";
        out += text;
    }
    return out;
}

std::string align_class(Align a) { return a == Align::Right ? " class=\"num\"" : a == Align::Centre ? " style=\"text-align:center\"" : ""; }

struct ContentsEntry {
    int level;  // 2 for a section
    std::string text, id;
};

class Writer {
public:
    Writer(const Document& doc, HtmlResult& out) : doc_(doc), out_(out), palette_(palette_for(doc.theme)) {}

    void write() {
        plan_headings();
        std::string& h = out_.html;
        h += "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n";
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
        h += "<title>" + escape(page_title()) + "</title>\n";
        if (!doc_.info.author.empty()) h += "<meta name=\"author\" content=\"" + escape(doc_.info.author) + "\">\n";
        if (!doc_.info.subject.empty()) h += "<meta name=\"description\" content=\"" + escape(doc_.info.subject) + "\">\n";
        if (!doc_.info.keywords.empty()) h += "<meta name=\"keywords\" content=\"" + escape(doc_.info.keywords) + "\">\n";
        if (!doc_.info.creator.empty()) h += "<meta name=\"generator\" content=\"" + escape(doc_.info.creator) + "\">\n";
        h += "<style>\n" + stylesheet(palette_) + "</style>\n</head>\n<body>\n";
        h += "<a class=\"skip\" href=\"#main\">Skip to the report</a>\n";
        cover();
        h += "<main id=\"main\" class=\"page\">\n";
        std::size_t heading = 0;
        for (const Block& b : doc_.blocks) {
            if (std::holds_alternative<Heading>(b) || std::holds_alternative<ContentsPlaceholder>(b)) {
                const ContentsEntry& e = headings_[heading++];
                last_heading_ = e.text;
                if (std::holds_alternative<ContentsPlaceholder>(b)) {
                    contents(e);
                } else {
                    const std::string tag = "h" + std::to_string(e.level);
                    h += "<" + tag + " id=\"" + e.id + "\">" + escape(e.text) + "</" + tag + ">\n";
                }
                continue;
            }
            std::visit([this](const auto& block) { put(block); }, b);
        }
        h += "</main>\n";
        footer();
        h += "</body>\n</html>\n";
    }

private:
    std::string page_title() const {
        if (!doc_.info.title.empty()) return doc_.info.title;
        std::string t = doc_.cover.title;
        if (!doc_.cover.year_label.empty()) t += " " + doc_.cover.year_label;
        return t.empty() ? "Report" : t;
    }

    // Every heading's level (h2 for the Document's level 1; never more than one below the
    // heading before it) and id, before writing, so the contents can link to headings after it.
    void plan_headings() {
        int previous = 1;  // the cover's h1
        for (const Block& b : doc_.blocks) {
            if (const auto* c = std::get_if<ContentsPlaceholder>(&b)) {
                headings_.push_back({2, c->title.empty() ? "Contents" : c->title, ids_.make(c->title.empty() ? "contents" : c->title)});
                previous = 2;
            } else if (const auto* hd = std::get_if<Heading>(&b)) {
                const int level = std::min(std::clamp(hd->level, 1, 3) + 1, previous + 1);
                headings_.push_back({level, hd->text, ids_.make(hd->text)});
                in_contents_.push_back(hd->in_contents ? headings_.size() - 1 : SIZE_MAX);
                previous = level;
            }
        }
    }

    void cover() {
        const Cover& c = doc_.cover;
        std::string& h = out_.html;
        h += "<header class=\"cover\">\n<div class=\"cover-inner\">\n";
        if (!c.service.empty()) h += "<p class=\"service\">" + escape(c.service) + "</p>\n";
        h += "<h1>" + escape(c.title.empty() ? page_title() : c.title);
        if (!c.year_label.empty()) h += " <span class=\"year\">" + escape(c.year_label) + "</span>";
        h += "</h1>\n";
        if (!c.council.empty()) h += "<p class=\"council\">" + escape(c.council) + "</p>\n";
        if (!c.published.empty()) h += "<p class=\"published\">Published " + escape(c.published) + "</p>\n";
        if (!c.logo_image.empty()) {
            const std::string uri = logo_uri(c.logo, c.logo_image, out_.warnings);
            if (!uri.empty())
                h += "<p class=\"logo\"><img src=\"" + uri + "\" alt=\"" +
                     escape(c.council.empty() ? std::string("Logo") : c.council + " logo") + "\"></p>\n";
        }
        h += "</div>\n</header>\n";
    }

    void contents(const ContentsEntry& e) {
        std::string& h = out_.html;
        h += "<nav class=\"contents\" aria-labelledby=\"" + e.id + "\">\n<h2 id=\"" + e.id + "\">" + escape(e.text) + "</h2>\n";
        // Nested lists: a deeper entry opens a list inside the entry above it.
        std::vector<int> open;  // the level of each open <ol>
        for (std::size_t k : in_contents_) {
            if (k == SIZE_MAX) continue;
            const ContentsEntry& entry = headings_[k];
            if (open.empty() || entry.level > open.back()) {
                h += open.empty() ? "<ol>\n" : "\n<ol>\n";
                open.push_back(entry.level);
            } else {
                h += "</li>\n";
                while (open.size() > 1 && entry.level < open.back()) {
                    h += "</ol></li>\n";
                    open.pop_back();
                }
            }
            h += "<li><a href=\"#" + entry.id + "\">" + escape(entry.text) + "</a>";
        }
        for (std::size_t k = 0; k < open.size(); ++k) h += "</li>\n</ol>\n";
        h += "</nav>\n";
    }

    void put(const Paragraph& p) { out_.html += "<p>" + runs_html(p.runs) + "</p>\n"; }

    void put(const BulletList& l) {
        out_.html += "<ul>\n";
        for (const Runs& item : l.items) out_.html += "<li>" + runs_html(item) + "</li>\n";
        out_.html += "</ul>\n";
    }

    void put(const Quote& q) { out_.html += "<blockquote><p>" + runs_html(q.runs) + "</p></blockquote>\n"; }

    void put(const Table& t) {
        std::string& h = out_.html;
        const std::string id = ids_.make("table-" + (t.caption.empty() ? last_heading_ : t.caption));
        h += "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"" + id + "\">\n<table>\n";
        // A table the Document leaves without a caption is named by the heading above it, for
        // screen readers only: on screen the heading already says it.
        if (t.caption.empty())
            h += "<caption id=\"" + id + "\"><span class=\"visually-hidden\">" +
                 escape(last_heading_.empty() ? std::string("Table") : last_heading_) + "</span></caption>\n";
        else
            h += "<caption id=\"" + id + "\">" + escape(t.caption) + "</caption>\n";
        h += "<thead><tr>";
        for (std::size_t c = 0; c < t.columns.size(); ++c) {
            const std::string& head = t.columns[c].header;
            h += "<th scope=\"col\"" + align_class(t.columns[c].align) + ">" +
                 (head.empty() ? "<span class=\"visually-hidden\">" + std::string(c == 0 ? "Category" : "Value") + "</span>"
                               : escape(head)) +
                 "</th>";
        }
        h += "</tr></thead>\n<tbody>\n";
        for (const auto& row : t.rows) h += table_row(t, row, false);
        if (t.total_row) h += table_row(t, *t.total_row, true);
        h += "</tbody>\n</table>\n</div>\n";
    }

    std::string table_row(const Table& t, const std::vector<std::string>& row, bool total) const {
        std::string r = total ? "<tr class=\"total\">" : "<tr>";
        for (std::size_t c = 0; c < t.columns.size(); ++c) {
            const std::string cell = c < row.size() ? escape(row[c]) : std::string();
            const std::string cls = align_class(t.columns[c].align);
            r += c == 0 ? "<th scope=\"row\"" + cls + ">" + cell + "</th>" : "<td" + cls + ">" + cell + "</td>";
        }
        return r + "</tr>\n";
    }

    void put(const BarChart& c) { out_.html += chart_html(c, ids_.make("chart-" + (c.title.empty() ? last_heading_ : c.title)), palette_); }

    void put(const KeyFacts& k) {
        out_.html += "<ul class=\"key-facts\">\n";
        for (const KeyFact& f : k.tiles)
            out_.html += "<li><span class=\"fact-number\">" + escape(f.number) + "</span> <span class=\"fact-caption\">" +
                         escape(f.caption) + "</span></li>\n";
        out_.html += "</ul>\n";
    }

    void put(const ContentsPlaceholder&) {}
    void put(const Heading&) {}
    void put(const PageBreak&) {}
    void put(const Spacer&) {}

    void footer() {
        std::string line = doc_.cover.council;
        std::string title = doc_.cover.service;
        for (const std::string* part : {&doc_.cover.title, &doc_.cover.year_label})
            if (!part->empty()) title += (title.empty() ? "" : " ") + *part;
        if (!title.empty()) line += (line.empty() ? "" : ": ") + title;
        out_.html += "<footer class=\"page\"><p>" + escape(line) + "</p></footer>\n";
    }

    const Document& doc_;
    HtmlResult& out_;
    Palette palette_;
    Ids ids_;
    std::vector<ContentsEntry> headings_;    // every heading and the contents' own, in order
    std::vector<std::size_t> in_contents_;   // per Document heading: its index, or SIZE_MAX
    std::string last_heading_;
};

}  // namespace
}  // namespace html

HtmlResult render_html(const Document& doc) {
    HtmlResult out;
    html::Writer(doc, out).write();
    return out;
}

}  // namespace ascreport
