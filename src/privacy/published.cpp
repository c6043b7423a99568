// What the report publishes of the data's free text, and the scan of it for personal details.
#include <algorithm>
#include <set>

#include "ascreport/field.hpp"
#include "ascreport/figure_registry.hpp"
#include "ascreport/privacy.hpp"
#include "unicode.hpp"

namespace ascreport {
namespace {

// The values of one free-text table: each TextTable group that a row of `shown` prints, scanned
// once, and named by the first record holding it.
template <class Records, class IdOf>
void table_values(const TextTable& table, const Breakdown& shown, const Records& records, IdOf id_of,
                  const std::string& file, const std::string& column, std::vector<PublishedText>& out) {
    std::set<std::string, std::less<>> labels;
    for (const BreakdownRow& row : shown.rows)
        if (!row.groups.empty()) labels.insert(row.groups[0].label);
    std::vector<std::uint32_t> first_line(table.size(), 0);
    for (const auto& r : records) {
        const TextId id = id_of(r);
        if (id != kNoText && id < first_line.size() && first_line[id] == 0) first_line[id] = r.line;
    }
    for (TextId id = 0; id < table.size(); ++id) {
        const std::string_view value = table.display(id);
        if (first_line[id] == 0 || !labels.contains(value)) continue;
        out.push_back({file, first_line[id], column, std::string(value), {}});
    }
}

// Where the values of a free-text table come from: its records and their column.
void values_of(const Dataset& data, const TableSpec& t, const Breakdown& shown, const std::string& file,
               std::vector<PublishedText>& out) {
    const std::string column(column_of(t));
    auto of = [&](const TextTable& table, const auto& records, auto id_of) {
        table_values(table, shown, records, id_of, file, column, out);
    };
    if (t.counts == Counted::RegionalCases) return of(data.authorities, data.regional, [](const RegionalEntry& e) { return e.authority; });
    if (t.counts == Counted::Concerns && t.field == Field::Category)
        return of(data.categories, data.concerns, [](const Concern& c) { return c.category; });
    if (t.counts == Counted::Compliments && t.field == Field::ServiceArea)
        return of(data.service_areas, data.compliments, [](const Compliment& c) { return c.service_area; });
    if (record_file(t.counts) != "complaints.csv" || !t.field) return;
    switch (*t.field) {
        case Field::ServiceArea: return of(data.service_areas, data.complaints, [](const Complaint& c) { return c.service_area; });
        case Field::Provider: return of(data.providers, data.complaints, [](const Complaint& c) { return c.provider; });
        case Field::Ethnicity: return of(data.ethnicities, data.complaints, [](const Complaint& c) { return c.ethnicity; });
        default: return;
    }
}

// The values of the free-text tables (TableSpec::free_text) a template can print whose records
// are in `file`: in line order, and a record's columns in the contract's order (which is the
// order of the breakdown fields).
void tables_from(const Dataset& data, const Figures& f, const std::filesystem::path& data_dir, std::string_view file,
                 std::vector<PublishedText>& out) {
    const auto first = static_cast<std::ptrdiff_t>(out.size());
    for (const TableSpec& t : kTables)
        if (t.free_text && !t.name.empty() && record_file(t.counts) == file)
            values_of(data, t, f.table(t.id), (data_dir / file).string(), out);
    auto rank = [](const PublishedText& p) { return parse_field(p.column).value_or(Field::Route); };
    std::stable_sort(out.begin() + first, out.end(), [&](const PublishedText& a, const PublishedText& b) {
        return std::pair(a.line, rank(a)) < std::pair(b.line, rank(b));
    });
}

std::string message(const PersonalDataMatch& m, const PublishedText& t, bool allowed) {
    std::string s = "looks like " + std::string(describe(m.kind)) + " (\"" + m.text + "\"";
    // Said when it is not plain: "%40" decoded, "٠٧٧", a Cyrillic "С", "9OO123".
    if (unicode::bare(m.text) != m.read_as) s += ", read as \"" + m.read_as + "\"";
    s += ")";
    if (t.link) s += " in the target of the link \"" + *t.link + "\"";
    s += "; ";
    if (allowed) return s + "published because --allow-personal-data was given";
    return s + "remove it, or if it is meant to be published add it to [privacy] allow in report.toml or pass "
               "--allow-personal-data";
}

}  // namespace

std::uint32_t PublishedText::line_of(std::size_t offset) const {
    if (!column.empty()) return line;  // a CSV record: its first line
    const auto upto = text.begin() + static_cast<std::ptrdiff_t>(std::min(offset, text.size()));
    std::uint32_t n = line + static_cast<std::uint32_t>(std::count(text.begin(), upto, '\n'));
    return n + static_cast<std::uint32_t>(std::count_if(line_starts.begin(), line_starts.end(),
                                                       [&](std::size_t s) { return s <= offset; }));
}

bool quote_is_published(const Compliment& c, const Period& period) {
    return c.publish && !c.text.empty() && period.contains(c.received);
}

std::vector<PublishedText> published_text(const Dataset& data, const Figures& f, const std::filesystem::path& data_dir) {
    std::vector<PublishedText> out;
    tables_from(data, f, data_dir, "complaints.csv", out);
    tables_from(data, f, data_dir, "concerns.csv", out);
    tables_from(data, f, data_dir, "compliments.csv", out);

    const std::string compliments = (data_dir / "compliments.csv").string();
    for (const Compliment& c : data.compliments)
        if (quote_is_published(c, f.period)) out.push_back({compliments, c.line, "text", c.text, {}});

    tables_from(data, f, data_dir, "lgsco.csv", out);
    std::vector<const OmbudsmanCase*> cases;
    for (const auto* list : {&f.ombudsman.decided_cases, &f.ombudsman.received_not_decided})
        for (const OmbudsmanCaseItem& item : *list)
            if (item.index < data.lgsco.size() && !data.lgsco[item.index].summary.empty()) cases.push_back(&data.lgsco[item.index]);
    std::sort(cases.begin(), cases.end(), [](auto* a, auto* b) { return a->line < b->line; });
    cases.erase(std::unique(cases.begin(), cases.end()), cases.end());
    const std::string lgsco = (data_dir / "lgsco.csv").string();
    for (const OmbudsmanCase* c : cases) out.push_back({lgsco, c->line, "summary", c->summary, {}});

    tables_from(data, f, data_dir, "regional.csv", out);
    return out;
}

Diagnostics check_published_text(const std::vector<PublishedText>& texts, const PublishedValues& published, bool allowed) {
    Diagnostics out;
    for (const PublishedText& t : texts) {
        for (const PersonalDataMatch& m : scan_personal_data(t.text)) {
            if (published.contains(m)) continue;
            const std::uint32_t line = t.line_of(m.offset);
            if (allowed) out.warning(t.file, line, t.column, message(m, t, true));
            else out.error(t.file, line, t.column, message(m, t, false));
        }
    }
    return out;
}

}  // namespace ascreport
