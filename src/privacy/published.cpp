// What the report publishes of the data's free text, and the scan of it for personal details.
#include <algorithm>
#include <set>

#include "ascreport/privacy.hpp"

namespace ascreport {
namespace {

// The values of the report's free-text tables: each TextTable group that a table row prints,
// scanned once, and named by the first record holding it.
template <class Records, class IdOf>
void table_values(const TextTable& table, const std::vector<const Breakdown*>& shown, const Records& records, IdOf id_of,
                  const std::string& file, const std::string& column, std::vector<PublishedText>& out) {
    std::set<std::string, std::less<>> labels;
    for (const Breakdown* b : shown)
        for (const BreakdownRow& row : b->rows)
            if (!row.groups.empty()) labels.insert(row.groups[0].label);
    std::vector<std::uint32_t> first_line(table.size(), 0);
    for (const auto& r : records) {
        const TextId id = id_of(r);
        if (id != kNoText && id < first_line.size() && first_line[id] == 0) first_line[id] = r.line;
    }
    for (TextId id = 0; id < table.size(); ++id) {
        const std::string_view value = table.display(id);
        if (first_line[id] == 0 || !labels.contains(value)) continue;
        out.push_back({file, first_line[id], column, std::string(value)});
    }
}

std::string message(const PersonalDataMatch& m, bool allowed) {
    std::string s = "looks like " + std::string(describe(m.kind)) + " (\"" + m.text + "\"); ";
    if (allowed) return s + "published because --allow-personal-data was given";
    return s + "remove it, or if it is meant to be published add it to [privacy] allow in report.toml or pass "
               "--allow-personal-data";
}

}  // namespace

bool quote_is_published(const Compliment& c, const Period& period) {
    return c.publish && !c.text.empty() && period.contains(c.received);
}

std::vector<PublishedText> published_text(const Dataset& data, const Figures& f, const std::filesystem::path& data_dir) {
    std::vector<PublishedText> out;
    const std::string complaints = (data_dir / "complaints.csv").string();
    table_values(data.service_areas, {&f.service_area}, data.complaints, [](const Complaint& c) { return c.service_area; },
                 complaints, "service_area", out);
    table_values(data.providers, {&f.provider}, data.complaints, [](const Complaint& c) { return c.provider; }, complaints,
                 "provider", out);
    table_values(data.ethnicities, {&f.ethnicity}, data.complaints, [](const Complaint& c) { return c.ethnicity; },
                 complaints, "ethnicity", out);
    // One record per line: the three columns of complaints.csv in line order.
    std::stable_sort(out.begin(), out.end(), [](const PublishedText& a, const PublishedText& b) { return a.line < b.line; });

    table_values(data.categories, {&f.concern_category}, data.concerns, [](const Concern& c) { return c.category; },
                 (data_dir / "concerns.csv").string(), "category", out);

    const std::string compliments = (data_dir / "compliments.csv").string();
    for (const Compliment& c : data.compliments)
        if (quote_is_published(c, f.period)) out.push_back({compliments, c.line, "text", c.text});

    std::vector<const OmbudsmanCase*> cases;
    for (const auto* list : {&f.ombudsman.decided_cases, &f.ombudsman.received_not_decided})
        for (const OmbudsmanCaseItem& item : *list)
            if (item.index < data.lgsco.size() && !data.lgsco[item.index].summary.empty()) cases.push_back(&data.lgsco[item.index]);
    std::sort(cases.begin(), cases.end(), [](auto* a, auto* b) { return a->line < b->line; });
    cases.erase(std::unique(cases.begin(), cases.end()), cases.end());
    const std::string lgsco = (data_dir / "lgsco.csv").string();
    for (const OmbudsmanCase* c : cases) out.push_back({lgsco, c->line, "summary", c->summary});

    table_values(data.authorities, {&f.regional}, data.regional, [](const RegionalEntry& e) { return e.authority; },
                 (data_dir / "regional.csv").string(), "authority", out);

    for (const NarrativeFile& n : data.narratives)
        if (n.readable()) out.push_back({n.file, 1, "", n.text});
    return out;
}

Diagnostics check_published_text(const std::vector<PublishedText>& texts, const PublishedValues& published, bool allowed) {
    Diagnostics out;
    for (const PublishedText& t : texts) {
        for (const PersonalDataMatch& m : scan_personal_data(t.text)) {
            if (published.contains(m)) continue;
            // A narrative file is text, so name the line of the match; a CSV record's first line
            // is where the contract's messages point.
            std::uint32_t line = t.line;
            if (t.column.empty())
                line += static_cast<std::uint32_t>(std::count(t.text.begin(), t.text.begin() + static_cast<long>(m.offset), '\n'));
            if (allowed) out.warning(t.file, line, t.column, message(m, true));
            else out.error(t.file, line, t.column, message(m, false));
        }
    }
    return out;
}

}  // namespace ascreport
