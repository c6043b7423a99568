#include "markdown.hpp"
#include "ascreport/text.hpp"

#include <cmark.h>

#include <algorithm>
#include <memory>
#include <optional>

#include "ascreport/figure_registry.hpp"
#include "ascreport/files.hpp"
#include "ascreport/links.hpp"
#include "ascreport/council_files.hpp"
#include "blocks.hpp"
#include "expand.hpp"
#include "sources.hpp"

namespace ascreport::report {
namespace {

struct NodeDeleter {
    void operator()(cmark_node* n) const { cmark_node_free(n); }
};

std::string literal(cmark_node* n) {
    const char* s = cmark_node_get_literal(n);
    return s ? s : "";
}

// Inline content into runs, carrying bold/italic/link down the tree, one run a text node and a
// line break its own run; the runs that are soft breaks (a line break printed as a space) are
// listed in `soft_breaks`. Iterative (cmark_iter and a stack of styles), not recursive:
// Markdown nests as deep as the text is long ("> > > ..."), and recursing once per level
// overflowed the stack (found by fuzz_template).
void collect_runs(cmark_node* node, Runs& out, std::vector<std::size_t>* soft_breaks = nullptr) {
    struct Style {
        bool bold = false, italic = false;
        std::string link;
    };
    std::vector<Style> styles(1);
    std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)> it(cmark_iter_new(node), cmark_iter_free);
    for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
        cmark_node* c = cmark_iter_get_node(it.get());
        if (c == node) continue;
        const cmark_node_type type = cmark_node_get_type(c);
        const bool styling = type == CMARK_NODE_EMPH || type == CMARK_NODE_STRONG || type == CMARK_NODE_LINK;
        if (ev == CMARK_EVENT_EXIT) {
            if (styling) styles.pop_back();
            continue;
        }
        Style style = styles.back();
        switch (type) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
        case CMARK_NODE_HTML_INLINE:
            out.push_back({literal(c), style.bold, style.italic, style.link});
            break;
        case CMARK_NODE_SOFTBREAK:
            if (soft_breaks) soft_breaks->push_back(out.size());
            out.push_back({" ", style.bold, style.italic, style.link});
            break;
        case CMARK_NODE_LINEBREAK:
            out.push_back({"\n", style.bold, style.italic, style.link});
            break;
        case CMARK_NODE_EMPH:
            style.italic = true;
            styles.push_back(std::move(style));
            break;
        case CMARK_NODE_STRONG:
            style.bold = true;
            styles.push_back(std::move(style));
            break;
        case CMARK_NODE_LINK: {
            const char* url = cmark_node_get_url(c);
            style.link = url ? url : "";
            styles.push_back(std::move(style));
            break;
        }
        default:
            break;  // other nodes pass their style on to their children unchanged
        }
    }
}

bool same_style(const Run& a, const Run& b) { return a.bold == b.bold && a.italic == b.italic && a.link == b.link; }

// Neighbours of one style as one run: cmark splits text at punctuation.
Runs merged(Runs runs) {
    Runs merged;
    for (auto& r : runs) {
        if (r.text.empty()) continue;  // a soft break or the rest of a redacted name
        if (!merged.empty() && same_style(merged.back(), r)) merged.back().text += r.text;
        else merged.push_back(std::move(r));
    }
    return merged;
}

// The runs merged as `merged` does, each soft break's run left on its own (it marks where a line
// of the file starts), then the web and e-mail addresses in their text made links
// (link_addresses; an address holds no space, so none runs across a soft break). `soft_breaks`
// is renumbered to match.
Runs linked(Runs runs, std::vector<std::size_t>& soft_breaks) {
    Runs joined;
    std::vector<std::size_t> breaks;
    std::size_t next = 0;
    bool after_break = false;
    for (std::size_t k = 0; k < runs.size(); ++k) {
        const bool is_break = next < soft_breaks.size() && soft_breaks[next] == k;
        if (is_break) ++next;
        if (!is_break && !after_break && !joined.empty() && same_style(joined.back(), runs[k])) {
            joined.back().text += runs[k].text;
        } else {
            if (is_break) breaks.push_back(joined.size());
            joined.push_back(std::move(runs[k]));
        }
        after_break = is_break;
    }
    Runs out;
    soft_breaks.clear();
    next = 0;
    for (std::size_t k = 0; k < joined.size(); ++k) {
        if (next < breaks.size() && breaks[next] == k) {
            ++next;
            soft_breaks.push_back(out.size());
            out.push_back(std::move(joined[k]));
            continue;
        }
        for (Run& piece : link_addresses({std::move(joined[k])})) out.push_back(std::move(piece));
    }
    return out;
}

// The runs of a node as written, to read a directive from.
Runs runs_of(cmark_node* node) {
    Runs runs;
    collect_runs(node, runs);
    return merged(std::move(runs));
}

// The text of a template file: inside the template folder once links are resolved, and not too
// large (read_confined_text). nullopt, with the error reported, when it cannot be used.
std::optional<std::string> read_template_file(const std::filesystem::path& file, const std::string& display,
                                              MarkdownContext& ctx) {
    FileText read = read_confined_text(file, ctx.template_dir);
    if (read.problem) {
        ctx.diags.error(display, 0, "", *read.problem);
        return std::nullopt;
    }
    return std::move(read.text);
}

std::string plain_text(cmark_node* node) {
    std::string s;
    for (const Run& r : runs_of(node)) s += r.text;
    return s;
}

class Walker {
public:
    Walker(MarkdownContext& ctx, std::string display, std::vector<Block>& out, int depth, bool narrative)
        : ctx_(ctx), display_(std::move(display)), out_(out), depth_(depth), narrative_(narrative) {}

    void walk(cmark_node* doc) {
        for (cmark_node* n = cmark_node_first_child(doc); n; n = cmark_node_next(n)) block(n);
    }

private:
    std::uint32_t line(cmark_node* n) const { return static_cast<std::uint32_t>(cmark_node_get_start_line(n)); }
    void error(cmark_node* n, const std::string& msg) { ctx_.diags.error(display_, line(n), "", msg); }

    // The runs of a paragraph (or heading) as printed: each normalised (normalise_text), so
    // that the PDF prints what the scan reads, and the addresses in it linked. In a narrative
    // file, also redacted across runs ("*Jane* Doe") and handed, with where its lines start and
    // its links' targets, to the personal-data scan. A link that may not be published is left
    // out (check_links).
    Runs printed(cmark_node* n) {
        Runs runs;
        std::vector<std::size_t> soft_breaks;
        collect_runs(n, runs, &soft_breaks);
        for (Run& r : runs) {
            r.text = normalise_text(r.text);
            r.link = normalise_text(r.link);
        }
        runs = linked(std::move(runs), soft_breaks);
        if (narrative_ && ctx_.redactor) ctx_.redacted += ctx_.redactor->apply(runs);
        check_links(runs, soft_breaks, line(n));
        if (narrative_) attach_source(runs, soft_breaks, line(n));
        return merged(std::move(runs));
    }
    Heading printed_heading(cmark_node* n, int level) {
        Heading h{std::min(level, 3), "", level == 1};
        for (const Run& r : printed(n)) {
            h.text += r.text;
            if (r.source) h.source = r.source;
        }
        return h;
    }

    // The line of the file where run k begins: the paragraph's first, and one more for each
    // soft or hard line break before it.
    static std::uint32_t line_of_run(const Runs& runs, const std::vector<std::size_t>& soft_breaks,
                                     std::uint32_t first_line, std::size_t k) {
        std::size_t lines = 0;
        for (std::size_t j = 0; j < k; ++j)
            lines += static_cast<std::size_t>(std::count(runs[j].text.begin(), runs[j].text.end(), '\n'));
        lines += static_cast<std::size_t>(std::count_if(soft_breaks.begin(), soft_breaks.end(), [&](std::size_t b) { return b < k; }));
        return first_line + static_cast<std::uint32_t>(lines);
    }

    // Each link of the runs (neighbours with one target) that a published report may not hold
    // is left out, its text printed plain, with a warning at its line: a target that is not
    // https:, http: or mailto: or holds a password (check_link, as the PDF and the HTML both
    // ask), or, in a narrative file, a target that holds a name to redact (read as redaction
    // reads text: "Jane%20Doe", "jane-doe", "janedoe"). A redacted target would be a broken
    // link, so the link goes. The others get the form check_link publishes.
    void check_links(Runs& runs, const std::vector<std::size_t>& soft_breaks, std::uint32_t first_line) {
        for (std::size_t k = 0; k < runs.size();) {
            std::size_t end = k + 1;
            while (end < runs.size() && runs[end].link == runs[k].link) ++end;
            if (runs[k].link.empty()) {
                k = end;
                continue;
            }
            const LinkCheck check = check_link(runs[k].link);
            std::string why;
            if (check.problem == LinkProblem::NotWebOrMail)
                why = "does not go to a web page or an e-mail address (only https:, http: and mailto: links are published)";
            else if (check.problem == LinkProblem::Credentials)
                why = "goes to an address with a user name or password in it";
            else if (narrative_ && ctx_.redactor && !ctx_.redactor->find(runs[k].link).empty())
                why = "goes to an address that holds a name on the [privacy] redact list";
            if (why.empty()) {
                for (std::size_t j = k; j < end; ++j) runs[j].link = check.url;
            } else {
                std::string text;
                for (std::size_t j = k; j < end; ++j) text += runs[j].text;
                const std::uint32_t at = line_of_run(runs, soft_breaks, first_line, k);
                const std::string message =
                    "the link \"" + shortened_link_text(text) + "\" " + why + "; its text is printed without the link";
                if (ctx_.link_warnings.emplace(display_, at, message).second) ctx_.diags.warning(display_, at, "", message);
                for (std::size_t j = k; j < end; ++j) runs[j].link.clear();
            }
            k = end;
        }
    }

    // The narrative file's paragraph starting at `first_line` as the source of its runs, with
    // where its later lines start in their text (after each soft break).
    void attach_source(Runs& runs, const std::vector<std::size_t>& soft_breaks, std::uint32_t first_line) const {
        auto source = std::make_shared<Source>(Source{display_, first_line, "", {}});
        std::size_t at = 0, soft = 0;
        for (std::size_t k = 0; k < runs.size(); ++k) {
            at += runs[k].text.size();
            if (soft < soft_breaks.size() && soft_breaks[soft] == k) {
                source->line_starts.push_back(at);
                ++soft;
            }
        }
        for (Run& r : runs) r.source = source;
    }

    void block(cmark_node* n) {
        const cmark_node_type type = cmark_node_get_type(n);
        if (type == CMARK_NODE_PARAGRAPH) {
            const std::string text = plain_text(n);
            const std::string_view t = trim(text, " \n");
            if (t.starts_with("{{") && t.ends_with("}}") && t.find("{{", 2) == std::string_view::npos) {
                directive(n, t.substr(2, t.size() - 4));
                return;
            }
            if (text.find("{{") != std::string::npos) {
                error(n, "a {{table}}, {{chart}} or other block directive must stand alone in its paragraph");
                return;
            }
            out_.push_back(Paragraph{printed(n)});
            return;
        }
        switch (type) {
        case CMARK_NODE_HEADING: {
            const int level = cmark_node_get_heading_level(n);
            out_.push_back(printed_heading(n, level));
            break;
        }
        case CMARK_NODE_LIST: {
            BulletList list;
            for (cmark_node* item = cmark_node_first_child(n); item; item = cmark_node_next(item)) {
                Runs runs;
                for (cmark_node* p = cmark_node_first_child(item); p; p = cmark_node_next(p)) {
                    if (!runs.empty()) runs.push_back(Run::plain("\n"));
                    Runs r = printed(p);
                    runs.insert(runs.end(), r.begin(), r.end());
                }
                list.items.push_back(std::move(runs));
            }
            out_.push_back(std::move(list));
            break;
        }
        case CMARK_NODE_BLOCK_QUOTE: {
            Runs runs;
            for (cmark_node* p = cmark_node_first_child(n); p; p = cmark_node_next(p)) {
                if (!runs.empty()) runs.push_back(Run::plain("\n"));
                Runs r = printed(p);
                runs.insert(runs.end(), r.begin(), r.end());
            }
            out_.push_back(Quote{std::move(runs)});
            break;
        }
        case CMARK_NODE_HTML_BLOCK:
            if (literal(n).find("<!-- page -->") != std::string::npos) out_.push_back(PageBreak{});
            break;  // other HTML is not printed
        case CMARK_NODE_THEMATIC_BREAK:
            out_.push_back(PageBreak{});
            break;
        case CMARK_NODE_CODE_BLOCK: {
            const std::string code = literal(n);
            Runs runs{Run::plain(normalise_text(code))};
            // A fenced block (more lines than its text) starts on the line after its fence.
            const auto lines = static_cast<std::size_t>(cmark_node_get_end_line(n) - cmark_node_get_start_line(n) + 1);
            const bool fenced = lines > static_cast<std::size_t>(std::count(code.begin(), code.end(), '\n'));
            if (narrative_) attach_source(runs, {}, line(n) + (fenced ? 1 : 0));
            out_.push_back(Paragraph{std::move(runs)});
            break;
        }
        default:
            error(n, "this kind of Markdown is not supported in a report template");
        }
    }


    void directive(cmark_node* n, std::string_view expr) {
        std::string err;
        const auto tokens = tokenize(expr, err);
        if (!err.empty()) return error(n, "{{" + std::string(expr) + "}}: " + err);
        const std::string& op = tokens[0].text;
        if (const std::string problem = check_block(tokens, ctx_.names); !problem.empty()) return error(n, problem);
        const Figures& f = ctx_.figures;
        const std::string name = tokens.size() > 1 ? tokens[1].text : std::string();
        if (op == "table" && is_council_table(name)) return council_table(n, name);
        if (op == "table" || op == "chart" || op == "list") {
            if (name == part_spec(Part::MonthComparison).name && op != "list") {  // the registry's name
                if (op == "table") out_.push_back(complaints_vs_compliments_table(f));
                else out_.push_back(complaints_vs_compliments_chart(f));
                return;
            }
            if (ctx_.printed && op != "list") ctx_.printed->table(name, true);
            const NamedTable& t = *ctx_.names.table(name);
            std::vector<SourceRef> sources = row_sources(t, ctx_.data, ctx_.data_dir);
            if (op == "table") {
                Table table = table_block(t, f);
                table.row_sources = std::move(sources);
                out_.push_back(std::move(table));
            } else if (op == "chart") {
                BarChart chart = chart_block(t, f);
                chart.category_sources = std::move(sources);
                out_.push_back(std::move(chart));
            } else {
                out_.push_back(list_sentence(t, sources));
            }
            return;
        }
        if (op == "cases") {
            if (name == "decided")
                append(case_blocks(f.ombudsman.decided_cases, ctx_.data, true, f.period.last, ctx_.data_dir));
            else append(case_blocks(f.ombudsman.received_not_decided, ctx_.data, false, f.period.last, ctx_.data_dir));
            return;
        }
        if (op == "quotes") return append(quote_blocks(ctx_.data, f.period, ctx_.names.council().quotes, ctx_.data_dir));
        if (op == "contacts") {
            if (ctx_.names.council().contacts.empty() && ctx_.gaps) ctx_.gaps->add_setting({"contact.people", "", ""});
            return append(contact_blocks(ctx_.names.council()));
        }
        if (op == "key-facts") {
            out_.push_back(key_facts_block(f, ctx_.data, ctx_.names.council(), ctx_.gaps));
            if (ctx_.printed) ctx_.printed->key_facts(ctx_.data.present.lgsco, true);
            return;
        }
        if (op == "text") return text(n, name);
    }

    // {{table self_assessment}}, {{table actions}}, {{table ombudsman_letter}}: the council's own
    // tables. The self-assessment is the data folder's code-self-assessment.csv, else the
    // template's starter self-assessment.csv (read here, its problems the template's).
    void council_table(cmark_node* n, const std::string& name) {
        const Dataset& data = ctx_.data;
        if (name == "ombudsman_letter") {
            out_.push_back(letter_table(ctx_.names.council().letter, ctx_.gaps));
            return;
        }
        if (name == "actions") {
            if (data.actions.rows.empty()) {
                out_.push_back(Paragraph{{Run::plain(
                    data.actions.present() ? "No service improvements are recorded in " + data.actions.file + "."
                                           : "No service improvements are recorded: the data folder has no " +
                                                 std::string(kActionsFile) + " file.")}});
                return;
            }
            out_.push_back(actions_table(data.actions));
            return;
        }
        namespace fs = std::filesystem;
        const std::string data_file = (ctx_.data_dir / kSelfAssessmentFile).string();
        if (data.self_assessment.present()) {
            out_.push_back(self_assessment_table(data.self_assessment, data.self_assessment.file, false, ctx_.gaps));
            return;
        }
        const fs::path starter = ctx_.template_dir / kStarterSelfAssessment;
        std::error_code ec;
        if (!fs::is_regular_file(starter, ec))
            return error(n, "{{table self_assessment}}: neither " + data_file + " nor " + starter.string() + " exists");
        const CouncilFile<SelfAssessmentRow> rows = read_self_assessment(starter, starter.string(), ctx_.diags);
        out_.push_back(self_assessment_table(rows, data_file, true, ctx_.gaps));
    }

    // {{text NAME}}: the data folder's DATA/narrative/NAME.md as the Dataset holds it (read by
    // the load stage; redacted here, after Markdown), else the template's text/NAME.md. The
    // template's default asks for the text to be written ("[To be written: ...]"): printing it
    // leaves a gap.
    void text(cmark_node* n, const std::string& name) {
        if (ctx_.over_limit) return;
        if (depth_ >= MarkdownContext::kMaxIncludeDepth) {
            ctx_.over_limit = true;  // one message: the rest of a fan-out would repeat it
            return error(n, "{{text " + name + "}}: texts include each other too deeply (more than " +
                                std::to_string(MarkdownContext::kMaxIncludeDepth) + " levels)");
        }
        if (++ctx_.includes > MarkdownContext::kMaxTextIncludes) {
            ctx_.over_limit = true;
            return error(n, "{{text " + name + "}}: the report includes texts more than " +
                                std::to_string(MarkdownContext::kMaxTextIncludes) +
                                " times; include each text once, where it is printed");
        }
        namespace fs = std::filesystem;
        std::error_code ec;
        if (ctx_.printed) ctx_.printed->texts_included.insert(name);
        if (const NarrativeFile* own = ctx_.data.narrative(name)) {
            if (ctx_.printed && own->readable()) {  // the council's own text: written
                ctx_.printed->texts_printed.insert(name);
                ctx_.printed->texts_written.insert(name);
            }
            if (!own->readable()) return ctx_.diags.error(own->file, 0, "", own->problem);
            return append_markdown_text(own->text, own->file, ctx_, out_, depth_ + 1, true);
        }
        const fs::path own = ctx_.data_dir / "narrative" / (name + ".md");
        const fs::path fallback = ctx_.template_dir / "text" / (name + ".md");
        if (!fs::exists(fallback, ec))
            return error(n, "{{text " + name + "}}: neither " + own.string() + " nor " + fallback.string() + " exists");
        const std::optional<std::string> source = read_template_file(fallback, fallback.string(), ctx_);
        if (!source) return;
        append_markdown_text(*source, fallback.string(), ctx_, out_, depth_ + 1, false);
        const bool to_be_written = source->find("[To be written") != std::string::npos;
        const bool to_be_added = !to_be_written && source->find("[To be added") != std::string::npos;
        if (ctx_.gaps && to_be_written) ctx_.gaps->add_text(own.string());
        if (ctx_.gaps && to_be_added) ctx_.gaps->add_text(own.string(), true);
        if (ctx_.printed) ctx_.printed->texts_printed.insert(name);
        if (ctx_.printed && !to_be_written && !to_be_added) ctx_.printed->texts_written.insert(name);
        if (ctx_.printed && to_be_added) ctx_.printed->texts_to_be_added.insert(name);
    }

    void append(std::vector<Block> blocks) {
        for (auto& b : blocks) out_.push_back(std::move(b));
    }

    MarkdownContext& ctx_;
    std::string display_;
    std::vector<Block>& out_;
    int depth_;
    bool narrative_;  // the data folder's own text: redacted and scanned
};

}  // namespace

void append_markdown_text(std::string_view source, const std::string& display, MarkdownContext& ctx,
                          std::vector<Block>& out, int depth, bool narrative) {
    if (ctx.over_limit) return;
    ctx.text_bytes += source.size();
    if (ctx.text_bytes > MarkdownContext::kMaxReportTextBytes) {
        ctx.over_limit = true;
        ctx.diags.error(display, 0, "",
                        "the report's text comes to more than " +
                            std::to_string(MarkdownContext::kMaxReportTextBytes / (1024 * 1024)) +
                            " MiB with this file; include each text once, and keep the texts short");
        return;
    }
    const std::string expanded = expand_inline(source, ctx.names, display, ctx.diags, ctx.gaps, ctx.printed);
    std::unique_ptr<cmark_node, NodeDeleter> doc(
        cmark_parse_document(expanded.data(), expanded.size(), CMARK_OPT_SOURCEPOS | CMARK_OPT_SMART));
    Walker(ctx, display, out, depth, narrative).walk(doc.get());
}

}  // namespace ascreport::report
