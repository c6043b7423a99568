// The personal-data scan of what the report prints: the Document's sourced texts.
#include <algorithm>
#include <filesystem>
#include <iterator>
#include <set>
#include <tuple>

#include "ascreport/field.hpp"
#include "ascreport/privacy.hpp"
#include "unicode.hpp"

namespace ascreport {
namespace {

// The order of the scan's messages within the CSV files: the files in the contract's order;
// in each, the free-text tables' values by record line, a record's columns in the contract's
// order (the order of the breakdown fields), then the long texts (a compliment's words, an
// Ombudsman case's summary) by line.
std::tuple<int, int, std::uint32_t, int> csv_rank(const Source& s) {
    static constexpr std::string_view kFiles[] = {"complaints.csv", "concerns.csv", "compliments.csv", "lgsco.csv",
                                                  "regional.csv"};
    const std::string name = std::filesystem::path(s.file).filename().string();
    const auto file = std::find(std::begin(kFiles), std::end(kFiles), name) - std::begin(kFiles);
    const std::optional<Field> field = parse_field(s.column);
    return {static_cast<int>(file), field ? 0 : 1, s.line, static_cast<int>(field.value_or(Field::Route))};
}

std::string message(const PersonalDataMatch& m, const SourcedText& t, bool allowed) {
    std::string s = "looks like " + std::string(describe(m.kind)) + " (\"" + m.text + "\"";
    // Said when it is not plain: "%40" decoded, "٠٧٧", a Cyrillic "С", "9OO123".
    if (unicode::bare(m.text) != m.read_as) s += ", read as \"" + m.read_as + "\"";
    s += ")";
    if (t.link_text) s += " in the target of the link \"" + *t.link_text + "\"";
    s += "; ";
    if (allowed) return s + "published because --allow-personal-data was given";
    return s + "remove it, or if it is meant to be published add it to [privacy] allow in report.toml or pass "
               "--allow-personal-data";
}

}  // namespace

bool scanned_before(const Source& a, const Source& b) {
    if (a.column.empty() || b.column.empty()) return !a.column.empty() && b.column.empty();
    return csv_rank(a) < csv_rank(b);
}

std::vector<SourcedText> printed_text(const Document& doc) {
    std::vector<SourcedText> out;
    std::set<std::tuple<std::string, std::uint32_t, std::string, std::string, std::optional<std::string>>> seen;
    for (SourcedText& t : sourced_texts(doc))
        if (seen.emplace(t.source->file, t.source->line, t.source->column, t.text, t.link_text).second)
            out.push_back(std::move(t));
    std::stable_sort(out.begin(), out.end(),
                     [](const SourcedText& a, const SourcedText& b) { return scanned_before(*a.source, *b.source); });
    return out;
}

Diagnostics check_document(const Document& doc, const PublishedValues& published, bool allowed) {
    Diagnostics out;
    for (const SourcedText& t : printed_text(doc)) {
        for (const PersonalDataMatch& m : scan_personal_data(t.text)) {
            if (published.contains(m)) continue;
            const Source& s = *t.source;
            const std::uint32_t line = s.line_of(t.text, m.offset);
            if (allowed) out.warning(s.file, line, s.column, message(m, t, true));
            else out.error(s.file, line, s.column, message(m, t, false));
        }
    }
    return out;
}

}  // namespace ascreport
