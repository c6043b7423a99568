// What a draft still lacks, and how `ascreport report` says so.
#include <algorithm>
#include <array>
#include <filesystem>

#include "ascreport/report.hpp"

namespace ascreport {
namespace {

// The order settings are listed in: as report.toml is laid out (docs/settings.md).
int rank(const MissingSetting& s) {
    constexpr std::array<std::string_view, 5> tables{"council", "contact", "contact.people", "figures",
                                                     "ombudsman_letter"};
    constexpr std::array<std::string_view, 18> keys{
        "",           "name",    "published",   "phone",
        "email",      "web",     "complaints_web", "long_term_support",
        "timescale_percent", "year", "decided", "upheld",
        "upheld_rate", "similar_average_upheld_rate", "upheld_per_100k", "similar_average_per_100k",
        "compliance_percent", "satisfactory_remedy_percent"};
    const auto t = std::find(tables.begin(), tables.end(), s.table) - tables.begin();
    const auto k = std::find(keys.begin(), keys.end(), s.key) - keys.begin();
    return static_cast<int>(t * 100 + k);
}

bool before(const MissingSetting& a, const MissingSetting& b) {
    const int ra = rank(a), rb = rank(b);
    return ra != rb ? ra < rb : a.year < b.year;
}

// "a", "a and b", "a, b and c".
std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) out += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
    return out;
}

// The keys of one report.toml table: "phone and email"; [figures] keys with their years,
// "long_term_support for 2022/23 and 2023/24; timescale_percent for 2022/23".
std::string keys_of(const std::vector<MissingSetting>& settings, std::string_view table) {
    std::vector<std::string> keys;
    std::vector<std::string> years;
    std::string key;
    auto flush = [&] {
        if (!key.empty()) keys.push_back(key + (years.empty() ? "" : " for " + join(years)));
        years.clear();
    };
    for (const MissingSetting& s : settings) {
        if (s.table != table) continue;
        if (s.key != key) {
            flush();
            key = s.key;
        }
        if (!s.year.empty()) years.push_back(s.year);
    }
    flush();
    if (table != "figures") return join(keys);  // [ombudsman_letter]'s keys have no year
    std::string out;
    for (const auto& k : keys) out += (out.empty() ? "" : "; ") + k;
    return out;
}

}  // namespace

void DraftGaps::add_text(const std::string& file, bool to_add) {
    std::vector<std::string>& list = to_add ? texts_to_add : texts;
    if (std::find(list.begin(), list.end(), file) == list.end()) list.push_back(file);
}

void DraftGaps::add_setting(const MissingSetting& setting) {
    if (std::find(settings.begin(), settings.end(), setting) != settings.end()) return;
    settings.insert(std::upper_bound(settings.begin(), settings.end(), setting, before), setting);
}

std::vector<std::string> describe_gaps(const DraftGaps& gaps) {
    namespace fs = std::filesystem;
    std::vector<std::string> lines;
    auto texts = [&](const std::vector<std::string>& files, std::string_view marker) {
        if (files.empty()) return;
        // One folder (DATA/narrative) in practice: name it once.
        const fs::path folder = fs::path(files.front()).parent_path();
        const bool one_folder = std::all_of(files.begin(), files.end(),
                                            [&](const std::string& t) { return fs::path(t).parent_path() == folder; });
        std::vector<std::string> names;
        for (const std::string& t : files) names.push_back(one_folder ? fs::path(t).filename().string() : t);
        lines.push_back("the year's own text" + (one_folder ? " in " + folder.string() + "/" : std::string()) + ": " +
                        join(names) + " (the template's \"[" + std::string(marker) + ": ...]\" is printed in " +
                        (names.size() == 1 ? "its" : "their") + " place)");
    };
    texts(gaps.texts, "To be written");
    texts(gaps.texts_to_add, "To be added");
    if (const auto& s = gaps.self_assessment) {
        if (!s->starter.empty())
            lines.push_back("the self-assessment against the Code: " + s->file +
                            " does not exist, so the template's starter " + s->starter +
                            " is printed with \"[To be completed]\"; copy it to " + s->file +
                            " and fill in compliant and evidence on each row");
        else
            lines.push_back("the self-assessment against the Code in " + s->file + ": compliant or evidence is empty on " +
                            join(s->rows));
    }
    for (std::string_view table : {"council", "contact", "contact.people", "figures", "ombudsman_letter"}) {
        if (std::none_of(gaps.settings.begin(), gaps.settings.end(), [&](const auto& s) { return s.table == table; }))
            continue;
        if (table == "contact.people")
            lines.push_back("report.toml [[contact.people]]: the officers who handle complaints, for {{contacts}}");
        else
            lines.push_back("report.toml [" + std::string(table) + "]: " + keys_of(gaps.settings, table));
    }
    lines.insert(lines.end(), gaps.required.begin(), gaps.required.end());
    return lines;
}

TemplateSearch find_template(const std::vector<std::filesystem::path>& candidates) {
    TemplateSearch search;
    std::error_code ec;
    for (const auto& c : candidates) {
        if (std::find(search.searched.begin(), search.searched.end(), c) != search.searched.end()) continue;
        search.searched.push_back(c);
        if (std::filesystem::is_regular_file(c / "template.toml", ec)) {
            search.found = c;
            break;
        }
    }
    return search;
}

std::string template_not_found(const TemplateSearch& search) {
    std::vector<std::string> places;
    for (const auto& p : search.searched) places.push_back(p.string());
    return "no report template was found (a folder holding template.toml); looked in " + join(places) +
           "; give --template DIR, the folder of the report's template (report-templates/annual-report in "
           "the source tree)";
}

}  // namespace ascreport
