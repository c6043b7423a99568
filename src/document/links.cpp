#include "ascreport/links.hpp"

#include <algorithm>
#include <string_view>

namespace ascreport {
namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool starts_with_ci(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if ((s[i] | 0x20) != prefix[i]) return false;
    return true;
}

// The end of a web address starting at `begin`: at the first space, less the sentence's
// punctuation after it.
std::size_t url_end(std::string_view s, std::size_t begin) {
    std::size_t end = begin;
    while (end < s.size() && !is_space(s[end]) && s[end] != '<' && s[end] != '>' && s[end] != '"') ++end;
    for (;;) {
        if (end == begin) return end;
        const char c = s[end - 1];
        if (c == '.' || c == ',' || c == ':' || c == ';' || c == '!' || c == '?' || c == '\'') {
            --end;
        } else if (c == ')' || c == ']') {
            const std::string_view inside = s.substr(begin, end - begin);
            const char open = c == ')' ? '(' : '[';
            if (std::count(inside.begin(), inside.end(), open) >= std::count(inside.begin(), inside.end(), c)) return end;
            --end;
        } else {
            return end;
        }
    }
}

bool email_char(char c) { return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'; }
bool domain_char(char c) { return is_alnum(c) || c == '.' || c == '-'; }

struct Found {
    std::size_t begin = 0, end = 0;
    std::string target;
};

// The first address at or after `from`, or begin == end == npos.
Found find_address(std::string_view s, std::size_t from) {
    for (std::size_t i = from; i < s.size(); ++i) {
        const bool word_start = i == 0 || is_space(s[i - 1]) || s[i - 1] == '(' || s[i - 1] == '<' || s[i - 1] == '"';
        if (word_start && (starts_with_ci(s.substr(i), "https://") || starts_with_ci(s.substr(i), "http://"))) {
            const std::size_t scheme = s[i + 4] == ':' ? 7 : 8;
            const std::size_t end = url_end(s, i);
            if (end > i + scheme) return {i, end, std::string(s.substr(i, end - i))};
        }
        if (word_start && starts_with_ci(s.substr(i), "www.")) {
            const std::size_t end = url_end(s, i);
            const std::string_view host = s.substr(i + 4, end - i - 4);
            if (host.find('.') != std::string_view::npos && is_alnum(host.front()))
                return {i, end, "https://" + std::string(s.substr(i, end - i))};
        }
        if (s[i] == '@') {
            std::size_t b = i;
            while (b > from && email_char(s[b - 1])) --b;
            std::size_t e = i + 1;
            while (e < s.size() && domain_char(s[e])) ++e;
            while (e > i + 1 && (s[e - 1] == '.' || s[e - 1] == '-')) --e;  // the sentence's full stop
            const std::string_view local = s.substr(b, i - b), domain = s.substr(i + 1, e - i - 1);
            const std::size_t dot = domain.rfind('.');
            const bool tld = dot != std::string_view::npos && dot > 0 && domain.size() - dot > 2 &&
                             std::all_of(domain.begin() + static_cast<std::ptrdiff_t>(dot) + 1, domain.end(),
                                         [](char c) { return is_alnum(c) && !(c >= '0' && c <= '9'); });
            if (!local.empty() && local.front() != '.' && tld && is_alnum(domain.front()))
                return {b, e, "mailto:" + std::string(s.substr(b, e - b))};
        }
    }
    return {std::string_view::npos, std::string_view::npos, {}};
}

}  // namespace

LinkCheck check_link(std::string_view target) {
    // As the WHATWG URL parser reads it: leading and trailing C0 controls and spaces trimmed,
    // every tab and line break inside removed.
    while (!target.empty() && static_cast<unsigned char>(target.front()) <= 0x20) target.remove_prefix(1);
    while (!target.empty() && static_cast<unsigned char>(target.back()) <= 0x20) target.remove_suffix(1);
    std::string url;
    url.reserve(target.size());
    for (char c : target)
        if (c != '\t' && c != '\n' && c != '\r') url += c;
    const std::size_t colon = url.find(':');
    std::string scheme = colon == std::string::npos ? std::string() : url.substr(0, colon);
    for (char& c : scheme) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if ((scheme != "https" && scheme != "http" && scheme != "mailto") || colon + 1 == url.size())
        return {{}, LinkProblem::NotWebOrMail};
    url.replace(0, colon, scheme);
    if (scheme != "mailto") {
        // The authority: after the slashes (or backslashes, which browsers read as slashes), up to
        // the path, query or fragment. An "@" in it is a user name's end.
        std::size_t begin = colon + 1;
        while (begin < url.size() && (url[begin] == '/' || url[begin] == '\\')) ++begin;
        const std::size_t end = url.find_first_of("/\\?#", begin);
        const std::string_view authority = std::string_view(url).substr(begin, end == std::string::npos ? url.npos : end - begin);
        if (authority.empty()) return {{}, LinkProblem::NotWebOrMail};
        if (authority.find('@') != std::string_view::npos) return {{}, LinkProblem::Credentials};
    }
    return {std::move(url), LinkProblem::None};
}

Runs link_addresses(Runs runs) {
    Runs out;
    out.reserve(runs.size());
    for (Run& run : runs) {
        if (!run.link.empty()) {
            out.push_back(std::move(run));
            continue;
        }
        const std::string_view s = run.text;
        std::size_t at = 0;
        for (Found f = find_address(s, 0); f.begin != std::string_view::npos; f = find_address(s, at)) {
            if (f.begin > at) out.push_back({std::string(s.substr(at, f.begin - at)), run.bold, run.italic, {}});
            out.push_back({std::string(s.substr(f.begin, f.end - f.begin)), run.bold, run.italic, std::move(f.target)});
            at = f.end;
        }
        if (at == 0) {
            out.push_back(std::move(run));
        } else if (at < s.size()) {
            out.push_back({std::string(s.substr(at)), run.bold, run.italic, {}});
        }
    }
    return out;
}

}  // namespace ascreport
