#include "report/expand.hpp"

#include <algorithm>
#include <array>

namespace ascreport::report {
namespace {

constexpr std::array<std::string_view, 11> kBlockKeywords{"table", "chart", "list", "cases", "quotes", "contacts",
                                                          "key-facts", "text", "if", "else", "end"};

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n')) s.remove_suffix(1);
    return s;
}

// Evaluates one inline expression; "" with `error` set when it can't.
std::string evaluate(const std::vector<Token>& t, const FigureNames& names, std::string& error) {
    auto name_at = [&](std::size_t i) -> std::optional<Resolved> {
        if (i >= t.size() || t[i].quoted) {
            error = "a figure name is missing";
            return std::nullopt;
        }
        return names.resolve(t[i].text, error);
    };
    auto number_at = [&](std::size_t i) -> std::optional<Number> {
        auto r = name_at(i);
        if (!r) return std::nullopt;
        if (!r->number) {
            error = "\"" + t[i].text + "\" is text, not a number";
            return std::nullopt;
        }
        return r->number;
    };
    auto words = [&](std::size_t from, std::size_t count) -> bool {
        if (t.size() != from + count || std::any_of(t.begin() + static_cast<long>(from), t.end(), [](const Token& x) { return !x.quoted; })) {
            error = "\"" + t[0].text + "\" takes " + (from == 2 ? "a figure" : "two figures") + " and " +
                    std::to_string(count) + " words in double quotes";
            return false;
        }
        return true;
    };
    auto print = [](const Number& n) {
        if (n.suppressed == Suppressed::Small) return "fewer than " + format_count(n.suppress_below);
        if (n.suppressed == Suppressed::Secondary) return std::string("*");
        if (n.is_money) return format_money(n.value);
        return format_count(n.value);  // a percentage figure prints bare: templates write the %
    };
    // A count hidden by --suppress-below cannot be compared: the words would tell it.
    auto refuse_hidden = [&](std::size_t i, const Number& n, bool previous_too) {
        if (n.suppressed == Suppressed::No && (!previous_too || n.previous_suppressed == Suppressed::No)) return false;
        error = "\"" + t[i].text + "\" is a count hidden by --suppress-below, so it cannot be compared; "
                "use it only with percent, plural or word, or on its own";
        return true;
    };

    const std::string& op = t[0].text;
    if (t[0].quoted) {
        error = "an expression starts with a figure name or a word such as percent, not with quoted text";
        return {};
    }
    if (op == "percent") {
        auto n = number_at(1);
        if (!n) return {};
        if (n->is_percent && t.size() == 2) return format_count(n->value) + "%";
        std::int64_t whole = 0;
        bool hidden = n->suppressed != Suppressed::No;
        if (t.size() == 4 && !t[2].quoted && t[2].text == "of") {
            auto d = number_at(3);
            if (!d) return {};
            whole = d->value;
            hidden = hidden || d->suppressed != Suppressed::No;
        } else if (t.size() == 2) {
            if (!n->total) {
                error = "\"" + t[1].text + "\" is not a row of a table; write percent " + t[1].text + " of ANOTHER";
                return {};
            }
            whole = *n->total;
        } else {
            error = "write percent NAME, or percent NAME of NAME";
            return {};
        }
        if (hidden) return "*";
        return format_count(percent_half_up(n->value, whole)) + "%";
    }
    if (op == "plural" || op == "word") {
        auto n = number_at(1);
        if (!n || !words(2, 2)) return {};
        // "fewer than 5 complaints were": a hidden count takes the many-form.
        const std::string& w = n->value == 1 && n->suppressed == Suppressed::No ? t[2].text : t[3].text;
        return op == "word" ? w : print(*n) + " " + w;
    }
    if (op == "change") {
        auto n = number_at(1);
        if (!n || !words(2, 3) || refuse_hidden(1, *n, true)) return {};
        if (!n->previous) {
            error = "\"" + t[1].text + "\" has no previous year to compare with";
            return {};
        }
        return n->value > *n->previous ? t[2].text : n->value < *n->previous ? t[3].text : t[4].text;
    }
    if (op == "compare") {
        auto a = number_at(1);
        if (!a || refuse_hidden(1, *a, false)) return {};
        auto b = number_at(2);
        if (!b || !words(3, 3) || refuse_hidden(2, *b, false)) return {};
        return a->value > b->value ? t[3].text : a->value < b->value ? t[4].text : t[5].text;
    }
    if (op == "difference") {
        auto n = number_at(1);
        if (!n || refuse_hidden(1, *n, true)) return {};
        if (t.size() != 2 || !n->previous) {
            error = t.size() != 2 ? "write difference NAME" : "\"" + t[1].text + "\" has no previous year to compare with";
            return {};
        }
        Number d = *n;
        d.value = n->value > *n->previous ? n->value - *n->previous : *n->previous - n->value;
        return print(d);
    }
    if (op == "money") {
        auto n = number_at(1);
        if (!n || refuse_hidden(1, *n, false)) return {};
        if (t.size() != 2) {
            error = "write money NAME";
            return {};
        }
        return format_money(n->value);
    }
    if (t.size() != 1) {
        error = "\"" + op + "\" is a figure; to choose words write plural, word, change or compare before it";
        return {};
    }
    auto r = name_at(0);
    if (!r) return {};
    return r->text ? *r->text : print(*r->number);
}

// Whether text placed after `before` starts a sentence: at the start, after a blank line or
// after a full stop, question or exclamation mark.
bool starts_sentence(std::string_view before) {
    while (!before.empty() && (before.back() == ' ' || before.back() == '\t')) before.remove_suffix(1);
    if (before.empty() || before.ends_with("\n\n")) return true;
    const char last = before.back();
    return last == '.' || last == '!' || last == '?';
}

}  // namespace

bool is_block_keyword(std::string_view word) {
    return std::find(kBlockKeywords.begin(), kBlockKeywords.end(), word) != kBlockKeywords.end();
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

std::string format_count(std::int64_t n) {
    std::string digits = std::to_string(n < 0 ? -n : n);
    // Thousands commas from 10,000 up; below that a number reads as it is written (3650).
    if (digits.size() > 4)
        for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<std::size_t>(i), ",");
    return (n < 0 ? "-" : "") + digits;
}

std::string format_money(std::int64_t pence) {
    std::string pounds = std::to_string(pence / 100);
    for (int i = static_cast<int>(pounds.size()) - 3; i > 0; i -= 3) pounds.insert(static_cast<std::size_t>(i), ",");
    std::string out = "\xC2\xA3" + pounds;
    if (const std::int64_t p = pence % 100; p != 0) out += (p < 10 ? ".0" : ".") + std::to_string(p);
    return out;
}

std::string markdown_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if ((c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~'))
            out += '\\';
        out += c;
    }
    return out;
}

std::string expand_inline(std::string_view source, const FigureNames& names, const std::string& file,
                          Diagnostics& diags) {
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
    while (true) {
        const std::size_t open = source.find("{{", pos);
        if (open == std::string_view::npos) {
            out.append(source.substr(pos));
            break;
        }
        out.append(source.substr(pos, open - pos));
        const std::size_t close = source.find("}}", open + 2);
        if (close == std::string_view::npos) {
            diags.error(file, line_at(open), "", "{{ is not closed by }}");
            out.append(source.substr(open));
            break;
        }
        const std::string_view expr = trim(source.substr(open + 2, close - open - 2));
        pos = close + 2;
        std::string error;
        const auto tokens = tokenize(expr, error);
        if (!tokens.empty() && !tokens[0].quoted && is_block_keyword(tokens[0].text)) {
            out.append(source.substr(open, pos - open));  // for the Markdown stage
            continue;
        }
        std::string value = error.empty() ? evaluate(tokens, names, error) : std::string();
        if (!error.empty()) {
            diags.error(file, line_at(open), "", "{{" + std::string(expr) + "}}: " + error);
            continue;
        }
        std::replace(value.begin(), value.end(), '\n', ' ');  // keeps the lines where they were
        // A hidden count that starts a sentence: "Fewer than 5 complaints concerned ...".
        if (value.starts_with("fewer than ") && starts_sentence(out)) value[0] = 'F';
        out += markdown_escape(value);
    }
    return out;
}

}  // namespace ascreport::report
