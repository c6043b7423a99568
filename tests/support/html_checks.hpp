// Checks of the HTML edition's structure, read from the file as a browser would get it: the
// accessibility that the renderer promises by construction (ascreport/html.hpp), and that it
// asks for nothing outside itself. Shared by the renderer's tests and the end-to-end tests.
#pragma once

#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace test {

// &amp; &lt; &gt; &quot; &#39; back to their characters.
inline std::string html_unescape(std::string s) {
    static const std::pair<const char*, const char*> kEntities[] = {
        {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}};
    for (const auto& [from, to] : kEntities)
        for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + 1)) s.replace(at, std::string(from).size(), to);
    return s;
}

// The text a reader gets: the <body> without its tags (each tag a space), entities decoded.
inline std::string html_text(const std::string& html) {
    const auto body = html.find("<body");
    std::string text = std::regex_replace(html.substr(body == std::string::npos ? 0 : body), std::regex("<[^>]*>"), " ");
    return html_unescape(text);
}

// Every value of `attribute` in the file.
inline std::vector<std::string> html_attributes(const std::string& html, const std::string& attribute) {
    std::vector<std::string> out;
    const std::regex re("\\s" + attribute + "=\"([^\"]*)\"");
    for (std::sregex_iterator it(html.begin(), html.end(), re), end; it != end; ++it) out.push_back(html_unescape((*it)[1]));
    return out;
}

// What is wrong with the file's structure, one line a problem; empty when nothing is.
// `own_links` are the addresses the document itself links to (its Runs' links): the only
// addresses it may hold.
inline std::vector<std::string> html_structure_problems(const std::string& html, const std::set<std::string>& own_links) {
    std::vector<std::string> problems;
    auto count = [&html](const std::string& pattern) {
        const std::regex re(pattern);
        return std::distance(std::sregex_iterator(html.begin(), html.end(), re), std::sregex_iterator());
    };
    if (html.find("<html lang=\"en-GB\">") == std::string::npos) problems.push_back("no <html lang=\"en-GB\">");
    if (count("<title>[^<]+</title>") != 1) problems.push_back("no <title>");
    if (const auto h1 = count("<h1[ >]"); h1 != 1) problems.push_back(std::to_string(h1) + " <h1> elements");
    int previous = 0;
    const std::regex heading("<h([1-6])[ >]([^<]*)");
    for (std::sregex_iterator it(html.begin(), html.end(), heading), end; it != end; ++it) {
        const int level = std::stoi((*it)[1]);
        if (level > previous + 1)
            problems.push_back("<h" + std::to_string(level) + "> \"" + (*it)[2].str() + "\" follows <h" + std::to_string(previous) + ">");
        previous = level;
    }
    if (count("<table[ >]") != count("<table>\\s*<caption[ >]"))
        problems.push_back("a <table> without a <caption> first");
    if (count("<th[ >]") != count("<th scope=\"(col|row)\"")) problems.push_back("a <th> without scope");
    if (count("<tr>\\s*<td") + count("<tr class=\"total\">\\s*<td") != 0) problems.push_back("a row without a <th scope=\"row\">");
    if (count("<svg[ >]") != count("<svg role=\"img\"[^>]* aria-labelledby=\"[^\"]+\" aria-describedby=\"[^\"]+\""))
        problems.push_back("an <svg> without role=\"img\", a name and a description");
    const std::vector<std::string> ids = html_attributes(html, "id");
    const std::set<std::string> id_set(ids.begin(), ids.end());
    if (id_set.size() != ids.size()) problems.push_back("an id used twice");
    for (const std::string& ref : html_attributes(html, "aria-labelledby"))
        if (!id_set.count(ref)) problems.push_back("aria-labelledby=\"" + ref + "\" names no element");
    const std::regex svg_title("<title id=\"([^\"]+)\">[^<]+</title>");
    for (std::sregex_iterator it(html.begin(), html.end(), svg_title), end; it != end; ++it)
        if (html.find("aria-labelledby=\"" + (*it)[1].str() + "\"") == std::string::npos)
            problems.push_back("chart title " + (*it)[1].str() + " names nothing");
    for (const char* tag : {"<script", "<iframe", "<object", "<embed", "<link", "<base", "@import", "url("})
        if (html.find(tag) != std::string::npos) problems.push_back(std::string("holds ") + tag);
    for (const std::string& src : html_attributes(html, "src"))
        if (src.rfind("data:", 0) != 0) problems.push_back("src=\"" + src + "\" is not a data: URI");
    for (const std::string& href : html_attributes(html, "href")) {
        if (href.rfind("#", 0) == 0) {
            if (!id_set.count(href.substr(1))) problems.push_back("href=\"" + href + "\" names no element");
        } else if (!own_links.count(href)) {
            problems.push_back("href=\"" + href + "\" is not one of the document's own links");
        }
    }
    return problems;
}

}  // namespace test
