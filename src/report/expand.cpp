#include "expand.hpp"
#include "ascreport/edit_distance.hpp"
#include "printed.hpp"
#include "ascreport/text.hpp"

#include <algorithm>
#include <array>

namespace ascreport::report {
namespace {

constexpr std::array<std::string_view, 11> kBlockKeywords{"table", "chart", "list", "cases", "quotes", "contacts",
                                                          "key-facts", "text", "if", "else", "end"};


// Print: the text is printed, a missing value is an error and the settings asked for are
// recorded. Check: the text is not printed (a branch not taken); only the form and the names
// are checked, and a missing value stands in as 1.
enum class Mode { Print, Check };

// What an inline expression prints. `ours`: a phrase of the tool's ("no cases", "a number
// not shown"), capitalised when it starts a sentence.
struct Value {
    std::string text;
    bool ours = false;
};

// "{{if NAME}} ... {{end}}", the advice given with a missing value.
std::string guard_for(std::string_view name) {
    const bool previous = name.ends_with(".previous");
    return std::string("guard it with {{if ") + (previous ? "known " : "") + std::string(name) + "}} ... {{end}}";
}

class Evaluator {
public:
    Evaluator(const std::vector<Token>& t, const FigureNames& names, Mode mode, DraftGaps* gaps, std::string& error)
        : t_(t), names_(names), mode_(mode), gaps_(gaps), error_(error) {}

    Value run() {
        const std::string& op = t_[0].text;
        if (t_[0].quoted) {
            error_ = "an expression starts with a figure name or a word such as percent, not with quoted text";
            return {};
        }
        if (op == "percent") return percent();
        if (op == "plural" || op == "word") return plural(op == "word");
        if (op == "change") return change();
        if (op == "compare") return compare();
        if (op == "difference") return difference();
        if (op == "money") return money();
        if (op == "or") return either();
        if (t_.size() != 1) {
            error_ = "\"" + op + "\" is a figure; to choose words write plural, word, change or compare before it";
            return {};
        }
        auto r = name_at(0);
        if (!r) return {};
        if (r->text) return {*r->text, false};
        auto n = value_of(0, *r->number);
        if (!n) return {};
        return print(*n);
    }

private:
    void record(const std::optional<MissingSetting>& gap) {
        if (gap && gaps_ && mode_ == Mode::Print) gaps_->add_setting(*gap);
    }

    std::optional<Resolved> name_at(std::size_t i) {
        if (i >= t_.size() || t_[i].quoted) {
            error_ = "a figure name is missing";
            return std::nullopt;
        }
        auto r = names_.resolve(t_[i].text, error_);
        if (r && r->text) record(r->gap);
        return r;
    }

    // A number that must have a value: in Print mode a missing one is an error (and a gap).
    std::optional<Number> value_of(std::size_t i, Number n) {
        if (mode_ == Mode::Check) {
            // Stand-ins, so that the form is still checked; counts hidden by --suppress-below
            // depend on the data, so they do not matter in text that is not printed.
            if (!n.has_value()) n.missing.clear(), n.value = 1;
            n.suppressed = n.previous_suppressed = Suppressed::No;
            return n;
        }
        if (n.has_value()) return n;
        record(n.gap);
        error_ = "\"" + t_[i].text + "\" has no value: " + n.missing + "; " + guard_for(t_[i].text);
        return std::nullopt;
    }

    std::optional<Number> number_at(std::size_t i) {
        auto r = name_at(i);
        if (!r) return std::nullopt;
        if (!r->number) {
            error_ = "\"" + t_[i].text + "\" is text, not a number";
            return std::nullopt;
        }
        return value_of(i, *r->number);
    }

    // The previous year's value of the figure at i, for change and difference.
    std::optional<std::int64_t> previous_at(std::size_t i, const Number& n) {
        if (n.previous) return n.previous;
        if (n.previous_missing.empty()) {
            error_ = "\"" + t_[i].text + "\" has no previous year to compare with";
            return std::nullopt;
        }
        if (mode_ == Mode::Check) return n.value;
        record(n.previous_gap);
        error_ = "\"" + t_[i].text + "\" has no previous-year value to compare with: " + n.previous_missing + "; " +
                 guard_for(t_[i].text + ".previous");
        return std::nullopt;
    }

    bool words(std::size_t from, std::size_t count) {
        if (t_.size() != from + count ||
            std::any_of(t_.begin() + static_cast<long>(from), t_.end(), [](const Token& x) { return !x.quoted; })) {
            error_ = "\"" + t_[0].text + "\" takes " + (from == 2 ? "a figure" : "two figures") + " and " +
                     std::to_string(count) + " words in double quotes";
            return false;
        }
        return true;
    }

    static Value print(const Number& n) {
        // Every hidden count reads the same: "fewer than N" for some would mark the others as
        // the ones hidden to protect them (docs/privacy.md).
        if (n.suppressed != Suppressed::No) return {"a number not shown", true};
        if (n.is_money) return {format_money(n.value), false};
        if (n.is_tenths) return {format_tenths(n.value), false};
        return {with_thousands(n.value), false};  // a percentage figure prints bare: templates write the %
    }

    // A count hidden by --suppress-below cannot be compared: the words would tell it.
    bool refuse_hidden(std::size_t i, const Number& n, bool previous_too) {
        if (n.suppressed == Suppressed::No && (!previous_too || n.previous_suppressed == Suppressed::No)) return false;
        error_ = "\"" + t_[i].text + "\" is a count hidden by --suppress-below, so it cannot be compared; "
                 "use it only with percent, plural or word, or on its own";
        return true;
    }

    Value percent() {
        auto n = number_at(1);
        if (!n) return {};
        if (n->is_percent && t_.size() == 2) return {with_thousands(n->value) + "%", false};
        std::int64_t whole = 0;
        bool hidden = n->suppressed != Suppressed::No;
        if (t_.size() == 4 && !t_[2].quoted && t_[2].text == "of") {
            auto d = number_at(3);
            if (!d) return {};
            whole = d->value;
            hidden = hidden || d->suppressed != Suppressed::No;
        } else if (t_.size() == 2) {
            if (!n->total) {
                error_ = "\"" + t_[1].text + "\" is not a row of a table; write percent " + t_[1].text + " of ANOTHER";
                return {};
            }
            whole = *n->total;
        } else {
            error_ = "write percent NAME, or percent NAME of NAME";
            return {};
        }
        if (hidden) return {"share not shown", true};
        return {with_thousands(percent_half_up(n->value, whole)) + "%", false};
    }

    Value plural(bool word_only) {
        auto n = number_at(1);
        if (!n || !words(2, 2)) return {};
        // "a number (not shown) of complaints were": a hidden count takes the many-form; so does 0.
        const bool hidden = n->suppressed != Suppressed::No;
        const std::string& w = n->value == 1 && !hidden ? t_[2].text : t_[3].text;
        if (word_only) return {w, false};
        if (hidden) return {"a number (not shown) of " + w, true};
        if (!hidden && n->value == 0 && !n->is_money && !n->is_percent && !n->is_tenths) return {"no " + w, true};
        Value v = print(*n);
        v.text += " " + w;
        return v;
    }

    Value change() {
        auto n = number_at(1);
        if (!n || !words(2, 3) || refuse_hidden(1, *n, true)) return {};
        auto previous = previous_at(1, *n);
        if (!previous) return {};
        return {n->value > *previous ? t_[2].text : n->value < *previous ? t_[3].text : t_[4].text, false};
    }

    Value compare() {
        auto a = number_at(1);
        if (!a || refuse_hidden(1, *a, false)) return {};
        auto b = number_at(2);
        if (!b || !words(3, 3) || refuse_hidden(2, *b, false)) return {};
        return {a->value > b->value ? t_[3].text : a->value < b->value ? t_[4].text : t_[5].text, false};
    }

    Value difference() {
        auto n = number_at(1);
        if (!n || refuse_hidden(1, *n, true)) return {};
        if (t_.size() != 2) {
            error_ = "write difference NAME";
            return {};
        }
        auto previous = previous_at(1, *n);
        if (!previous) return {};
        Number d = *n;
        d.value = n->value > *previous ? n->value - *previous : *previous - n->value;
        return print(d);
    }

    Value money() {
        auto n = number_at(1);
        if (!n || refuse_hidden(1, *n, false)) return {};
        if (t_.size() != 2) {
            error_ = "write money NAME";
            return {};
        }
        return {format_money(n->value), false};
    }

    // {{or "by phone on" phone "by e-mail to" email}}: the pairs whose text is set, as
    // "by phone on 01632 960 000 or by e-mail to x@example.gov.uk".
    Value either() {
        if (t_.size() < 3 || (t_.size() - 1) % 2 != 0) return or_form();
        std::vector<std::string> parts;
        for (std::size_t i = 1; i < t_.size(); i += 2) {
            if (!t_[i].quoted || t_[i + 1].quoted) return or_form();
            auto r = name_at(i + 1);
            if (!r) return {};
            if (!r->text) {
                error_ = "\"" + t_[i + 1].text + "\" is a number; or takes text figures such as phone, email, web";
                return {};
            }
            if (!r->text->empty()) parts.push_back(t_[i].text + " " + *r->text);
        }
        std::string out;
        for (std::size_t i = 0; i < parts.size(); ++i)
            out += (i == 0 ? "" : i + 1 == parts.size() ? " or " : ", ") + parts[i];
        return {out, false};
    }

    Value or_form() {
        error_ = "write or \"WORDS\" NAME \"WORDS\" NAME ..., e.g. {{or \"by phone on\" phone \"by e-mail to\" email}}";
        return {};
    }

    const std::vector<Token>& t_;
    const FigureNames& names_;
    Mode mode_;
    DraftGaps* gaps_;
    std::string& error_;
};

// {{if NAME}}, {{if known NAME}}, {{if any NAME NAME ...}}: whether it holds, or nullopt with
// `error` set. In Print mode the settings it asked for and found missing go to `gaps`.
std::optional<bool> condition(const std::vector<Token>& t, const FigureNames& names, Mode mode, DraftGaps* gaps,
                              std::string& error) {
    const bool known = t.size() > 1 && !t[1].quoted && t[1].text == "known";
    const bool any = t.size() > 1 && !t[1].quoted && t[1].text == "any";
    const std::size_t first = known || any ? 2 : 1;
    const bool shape = known ? t.size() == 3 : any ? t.size() >= 3 : t.size() == 2;
    if (!shape || std::any_of(t.begin() + 1, t.end(), [](const Token& x) { return x.quoted; })) {
        error = "write {{if NAME}}, {{if known NAME}} or {{if any NAME NAME ...}}, e.g. {{if lgsco}}";
        return std::nullopt;
    }
    bool holds = false;
    for (std::size_t i = first; i < t.size(); ++i) {
        auto c = names.condition(t[i].text, error);
        if (!c) return std::nullopt;
        if (c->gap && gaps && mode == Mode::Print) gaps->add_setting(*c->gap);
        holds = holds || (known ? c->known : c->holds);
    }
    return holds;
}

// Whether text placed after `before` starts a sentence: at the start, after a blank line or
// after a full stop, question or exclamation mark (bold or italic markers in between).
bool starts_sentence(std::string_view before) {
    while (!before.empty() && (before.back() == ' ' || before.back() == '\t' || before.back() == '*' || before.back() == '_'))
        before.remove_suffix(1);
    if (before.empty() || before.ends_with("\n\n")) return true;
    const char last = before.back();
    return last == '.' || last == '!' || last == '?';
}

// The figure whose count an inline expression prints ({{NAME}}, {{plural NAME ...}},
// {{money NAME}}), or "" (a share, a direction word, text): what [[required]] figures are.
std::string_view printed_figure(const std::vector<Token>& t) {
    const std::string& op = t[0].text;
    if (t.size() == 1 && !t[0].quoted && op != "or") return op;
    if ((op == "plural" || op == "money") && t.size() >= 2 && !t[1].quoted) return t[1].text;
    return {};
}

// A block directive in a branch not taken: what it would print, for check-template.
void record_unprinted_block(const std::vector<Token>& t, Printed& printed) {
    const std::string& op = t[0].text;
    if ((op == "table" || op == "chart") && t.size() == 2) printed.table(t[1].text, false);
    if (op == "text" && t.size() == 2) printed.texts_included.insert(t[1].text);
    if (op == "key-facts") printed.key_facts(true, false);
}

// Appends one line break for each in `text`: what a dropped part leaves behind.
void keep_lines(std::string& out, std::string_view text) { out.append(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')), '\n'); }

}  // namespace

bool is_block_keyword(std::string_view word) {
    return std::find(kBlockKeywords.begin(), kBlockKeywords.end(), word) != kBlockKeywords.end();
}

bool is_council_table(std::string_view name) {
    return name == "self_assessment" || name == "actions" || name == "ombudsman_letter";
}

std::string check_block(const std::vector<Token>& tokens, const FigureNames& names) {
    const std::string& op = tokens[0].text;
    const bool one_name = tokens.size() == 2 && !tokens[1].quoted;
    if (op == "table" || op == "chart" || op == "list" || op == "cases" || op == "text") {
        if (!one_name)
            return "{{" + op + "}} takes one name, e.g. {{" + op + " " +
                   (op == "cases" ? "decided" : op == "text" ? "learning-points" : "outcome") + "}}";
        const std::string& name = tokens[1].text;
        if (op == "cases")
            return name == "decided" || name == "pending" ? ""
                                                          : "{{cases " + name + "}}: write {{cases decided}} or {{cases pending}}";
        if (op == "text")
            return name.find('/') == std::string::npos && name.find("..") == std::string::npos
                       ? ""
                       : "{{text " + name + "}}: a text name is a plain file name without folders";
        const std::string_view months = part_spec(Part::MonthComparison).name;  // a table and a chart, no list
        if (name == months && op != "list") return "";
        if (is_council_table(name))
            return op == "table" ? "" : "{{" + op + " " + name + "}}: the council's own table is printed by {{table " + name + "}}";
        if (names.table(name)) return "";
        // The regimes' tables (REGIME.stage_N.outcome, ...) are too many to list: a near one is
        // suggested, and the message points to docs/templates.md for the rest.
        std::string list;
        const std::vector<std::string> tables = names.table_names();
        for (const auto& s : tables)
            if (s.find('.') == std::string::npos) list += (list.empty() ? "" : ", ") + s;
        std::string regimes;
        if (name.find('.') != std::string::npos) {
            std::size_t best_d = std::string::npos;
            for (const auto& s : tables)
                if (const std::size_t d = edit_distance(name, s); d < best_d) best_d = d, regimes = s;
            regimes = best_d <= std::max<std::size_t>(2, name.size() / 3) ? "; did you mean \"" + regimes + "\"?" : "";
        }
        return "{{" + op + " " + name + "}}: no such table" + regimes + "; tables are " + list +
               (op == "list" ? "" : ", " + std::string(months)) +
               (op == "table" ? ", self_assessment, actions, ombudsman_letter" : "") + ", and the regimes' tables (docs/templates.md, \"Regimes and stages\")";
    }
    if (op == "quotes" || op == "contacts" || op == "key-facts")
        return tokens.size() == 1 ? "" : "{{" + op + "}} takes nothing after it";
    return "{{" + op + "}} is not a block directive here";
}

std::vector<Token> tokenize(std::string_view e, std::string& error) {
    std::vector<Token> out;
    std::size_t i = 0;
    while (i < e.size()) {
        if (e[i] == ' ' || e[i] == '\t' || e[i] == '\n') {
            ++i;
            continue;
        }
        // "words", also with the curly quotes an editor may type
        const bool curly = e.substr(i).starts_with("\xE2\x80\x9C");
        if (e[i] == '"' || curly) {
            const std::size_t start = i + (curly ? 3 : 1);
            std::size_t end = e.find('"', start);
            const std::size_t curly_end = e.find("\xE2\x80\x9D", start);
            std::size_t skip = 1;
            if (curly_end != std::string_view::npos && (end == std::string_view::npos || curly_end < end)) end = curly_end, skip = 3;
            if (end == std::string_view::npos) {
                error = "a quoted word is not closed";
                return {};
            }
            out.push_back({std::string(e.substr(start, end - start)), true});
            i = end + skip;
            continue;
        }
        std::size_t j = i;
        int depth = 0;
        while (j < e.size() && (depth > 0 || (e[j] != ' ' && e[j] != '\t' && e[j] != '\n'))) {
            if (e[j] == '[') ++depth;
            if (e[j] == ']' && depth > 0) --depth;
            ++j;
        }
        out.push_back({std::string(e.substr(i, j - i)), false});
        i = j;
    }
    if (out.empty()) error = "the braces are empty";
    return out;
}




std::string expand_inline(std::string_view source, const FigureNames& names, const std::string& file,
                          Diagnostics& diags, DraftGaps* gaps, Printed* printed) {
    std::string out;
    out.reserve(source.size());
    std::size_t pos = 0;
    std::uint32_t line = 1;
    std::size_t counted = 0;  // source up to here has been counted into `line`
    auto line_at = [&](std::size_t at) {
        line += static_cast<std::uint32_t>(std::count(source.begin() + static_cast<long>(counted),
                                                      source.begin() + static_cast<long>(at), '\n'));
        counted = at;
        return line;
    };

    // One open {{if}}: whether its text prints now, given the ifs around it.
    struct Frame {
        bool outer = true;   // the text around the {{if}} prints
        bool holds = false;  // its condition
        bool else_seen = false;
        std::uint32_t line = 0;
        bool active() const { return outer && (else_seen ? !holds : holds); }
    };
    std::vector<Frame> frames;
    auto active = [&] { return frames.empty() || frames.back().active(); };
    auto emit = [&](std::string_view text) {
        if (active()) out.append(text);
        else keep_lines(out, text);
    };

    while (true) {
        const std::size_t open = source.find("{{", pos);
        if (open == std::string_view::npos) {
            emit(source.substr(pos));
            break;
        }
        emit(source.substr(pos, open - pos));
        const std::size_t close = source.find("}}", open + 2);
        if (close == std::string_view::npos) {
            diags.error(file, line_at(open), "", "{{ is not closed by }}");
            emit(source.substr(open));
            break;
        }
        const std::string_view whole = source.substr(open, close + 2 - open);
        const std::string_view expr = trim(source.substr(open + 2, close - open - 2), " \t\n");
        pos = close + 2;
        auto fail = [&](const std::string& message) { diags.error(file, line_at(open), "", message); };
        std::string error;
        const auto tokens = tokenize(expr, error);
        if (!error.empty()) {
            fail("{{" + std::string(expr) + "}}: " + error);
            keep_lines(out, whole);
            continue;
        }
        const std::string& op = tokens[0].quoted ? std::string() : tokens[0].text;

        if (op == "if") {
            const Mode mode = active() ? Mode::Print : Mode::Check;
            const auto holds = condition(tokens, names, mode, gaps, error);
            if (!holds) fail("{{" + std::string(expr) + "}}: " + error);
            frames.push_back({active(), holds.value_or(false), false, line_at(open)});
            keep_lines(out, whole);
            continue;
        }
        if (op == "else" || op == "end") {
            keep_lines(out, whole);
            if (tokens.size() != 1) {
                fail("{{" + op + "}} takes nothing after it");
                continue;
            }
            if (frames.empty()) {
                fail("{{" + op + "}} without {{if}}");
                continue;
            }
            if (op == "end") {
                frames.pop_back();
            } else if (frames.back().else_seen) {
                fail("a second {{else}} in one {{if}}");
            } else {
                frames.back().else_seen = true;
            }
            continue;
        }
        if (is_block_keyword(op)) {
            if (active()) {
                out.append(whole);  // for the Markdown stage
            } else {
                if (const std::string problem = check_block(tokens, names); !problem.empty()) fail(problem);
                else if (printed) record_unprinted_block(tokens, *printed);
                keep_lines(out, whole);
            }
            continue;
        }
        if (!active()) {
            Evaluator(tokens, names, Mode::Check, gaps, error).run();
            if (!error.empty()) fail("{{" + std::string(expr) + "}}: " + error);
            else if (printed && !printed_figure(tokens).empty()) printed->figure(printed_figure(tokens), false);
            keep_lines(out, whole);
            continue;
        }
        Value value = Evaluator(tokens, names, Mode::Print, gaps, error).run();
        if (!error.empty()) {
            fail("{{" + std::string(expr) + "}}: " + error);
            continue;
        }
        if (printed && !printed_figure(tokens).empty()) printed->figure(printed_figure(tokens), true);
        std::replace(value.text.begin(), value.text.end(), '\n', ' ');  // keeps the lines where they were
        // A phrase of ours that starts a sentence: "Fewer than 5 complaints ...", "No cases ...".
        if (value.ours && !value.text.empty() && value.text[0] >= 'a' && value.text[0] <= 'z' && starts_sentence(out))
            value.text[0] = static_cast<char>(value.text[0] - 'a' + 'A');
        out += markdown_escape(value.text);
    }
    for (const Frame& f : frames) diags.error(file, f.line, "", "{{if}} is not closed by {{end}}");
    return out;
}

}  // namespace ascreport::report
