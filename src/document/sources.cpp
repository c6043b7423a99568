// Where the Document's printed text was read (Source), and the sourced texts put together.
#include <algorithm>

#include "ascreport/document.hpp"
#include "ascreport/links.hpp"

namespace ascreport {

std::uint32_t Source::line_of(std::string_view text, std::size_t offset) const {
    if (!column.empty()) return line;  // a CSV record: its first line
    const auto upto = text.begin() + static_cast<std::ptrdiff_t>(std::min(offset, text.size()));
    const auto breaks = static_cast<std::uint32_t>(std::count(text.begin(), upto, '\n'));
    return line + breaks +
           static_cast<std::uint32_t>(std::count_if(line_starts.begin(), line_starts.end(),
                                                    [&](std::size_t s) { return s <= offset; }));
}

namespace {

// The runs of one Source in a row: their link targets (each link once, unless its text spells
// it out), then their text.
void from_runs(const Runs& runs, std::vector<SourcedText>& out) {
    for (std::size_t k = 0; k < runs.size();) {
        if (!runs[k].source) {
            ++k;
            continue;
        }
        const SourceRef& source = runs[k].source;
        std::size_t end = k;
        std::string text;
        std::vector<SourcedText> targets;
        for (; end < runs.size() && runs[end].source && *runs[end].source == *source; ++end) {
            const Run& r = runs[end];
            if (!r.link.empty() && (end == k || runs[end - 1].link != r.link)) {
                std::string shown;
                for (std::size_t j = end; j < runs.size() && runs[j].link == r.link && runs[j].source &&
                                          *runs[j].source == *source;
                     ++j)
                    shown += runs[j].text;
                if (!links_to_itself(r.link, shown)) {
                    // The line the link starts on: a narrative Source's own line of the link.
                    auto at = std::make_shared<Source>(*source);
                    at->line = source->line_of(text, text.size());
                    at->line_starts.clear();
                    targets.push_back({std::move(at), r.link, shortened_link_text(shown)});
                }
            }
            text += r.text;
        }
        for (SourcedText& t : targets) out.push_back(std::move(t));
        out.push_back({source, std::move(text)});
        k = end;
    }
}

void from_labels(const std::vector<std::string>& labels, const std::vector<SourceRef>& sources,
                 std::vector<SourcedText>& out) {
    for (std::size_t i = 0; i < labels.size() && i < sources.size(); ++i)
        if (sources[i]) out.push_back({sources[i], labels[i]});
}

}  // namespace

std::vector<SourcedText> sourced_texts(const Document& doc) {
    std::vector<SourcedText> out;
    for (const Block& block : doc.blocks) {
        if (const auto* p = std::get_if<Paragraph>(&block)) from_runs(p->runs, out);
        else if (const auto* q = std::get_if<Quote>(&block)) from_runs(q->runs, out);
        else if (const auto* l = std::get_if<BulletList>(&block))
            for (const Runs& item : l->items) from_runs(item, out);
        else if (const auto* h = std::get_if<Heading>(&block)) {
            if (h->source) out.push_back({h->source, h->text});
        } else if (const auto* t = std::get_if<Table>(&block)) {
            std::vector<std::string> labels;
            for (const auto& row : t->rows) labels.push_back(row.empty() ? std::string() : row[0]);
            from_labels(labels, t->row_sources, out);
            for (std::size_t r = 0; r < t->rows.size() && r < t->cell_sources.size(); ++r)
                for (std::size_t c = 1; c < t->rows[r].size() && c < t->cell_sources[r].size(); ++c)
                    if (t->cell_sources[r][c]) out.push_back({t->cell_sources[r][c], t->rows[r][c]});
        } else if (const auto* c = std::get_if<BarChart>(&block)) {
            from_labels(c->categories, c->category_sources, out);
        }
    }
    return out;
}

}  // namespace ascreport
