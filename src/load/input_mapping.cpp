#include "ascreport/input_mapping.hpp"

#include <vector>

#include "ascreport/contract.hpp"
#include "ascreport/text_table.hpp"

namespace ascreport {

std::vector<std::string> InputMapping::headers_for(const std::string& file, const std::string& column) const {
    if (auto f = column_names.find(file); f != column_names.end())
        if (auto c = f->second.find(column); c != f->second.end()) return c->second.headers;
    return {column};
}

bool InputMapping::column_mapped(const std::string& file, const std::string& column) const {
    auto f = column_names.find(file);
    return f != column_names.end() && f->second.count(column) > 0;
}

std::vector<std::string> InputMapping::file_names(std::string_view kind) const {
    if (auto f = files.find(kind); f != files.end() && !f->second.names.empty()) return f->second.names;
    for (const auto& in : load::kInputFiles)
        if (in.key == kind) return {std::string(in.name)};
    return {std::string(kind) + ".csv"};
}

const FileRules& InputMapping::rules_for(std::string_view kind) const {
    static const FileRules kNone;
    auto f = files.find(kind);
    return f == files.end() ? kNone : f->second;
}

std::string RowRule::describe() const {
    return "{ column = \"" + column + "\", is = \"" + is + "\" }";
}

namespace {

bool all_digits(std::string_view s) {
    if (s.empty() || s.size() > 3) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

int number(std::string_view s) {
    int n = 0;
    for (char c : s) n = n * 10 + (c - '0');
    return n;
}

bool strip_suffix(std::string_view& s, std::string_view suffix) {
    if (s.size() < suffix.size() || s.substr(s.size() - suffix.size()) != suffix) return false;
    s.remove_suffix(suffix.size());
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return true;
}

bool strip_prefix(std::string_view& s, std::string_view prefix) {
    if (!s.starts_with(prefix)) return false;
    s.remove_prefix(prefix.size());
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    return true;
}

}  // namespace

std::optional<AgeRange> age_range_of(std::string_view band) {
    const std::string key = TextTable::key_of(band);
    std::string_view s = key;
    if (!strip_suffix(s, "years")) strip_suffix(s, "yrs");
    constexpr int kOldest = 120;
    if (strip_prefix(s, "under") || strip_prefix(s, "below") || strip_prefix(s, "<")) {
        if (all_digits(s) && number(s) > 0) return AgeRange{0, number(s) - 1};
        return std::nullopt;
    }
    if (strip_suffix(s, "+") || strip_suffix(s, "and over") || strip_suffix(s, "or over") ||
        strip_suffix(s, "and older") || strip_suffix(s, "or older") || strip_suffix(s, "plus")) {
        if (all_digits(s) && number(s) <= kOldest) return AgeRange{number(s), kOldest};
        return std::nullopt;
    }
    if (strip_suffix(s, "and under") || strip_suffix(s, "or under") || strip_suffix(s, "and younger") ||
        strip_suffix(s, "or younger")) {
        if (all_digits(s)) return AgeRange{0, number(s)};
        return std::nullopt;
    }
    std::size_t sep = s.find('-');
    std::size_t width = 1;
    if (sep == std::string_view::npos) {
        sep = s.find(" to ");
        width = 4;
    }
    if (sep == std::string_view::npos) return std::nullopt;
    std::string_view low = s.substr(0, sep), high = s.substr(sep + width);
    while (!low.empty() && low.back() == ' ') low.remove_suffix(1);
    while (!high.empty() && high.front() == ' ') high.remove_prefix(1);
    if (!all_digits(low) || !all_digits(high) || number(low) > number(high) || number(high) > kOldest) return std::nullopt;
    return AgeRange{number(low), number(high)};
}

}  // namespace ascreport
