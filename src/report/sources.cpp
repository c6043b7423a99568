#include "sources.hpp"

#include <map>
#include <string_view>

#include "ascreport/field.hpp"
#include "ascreport/figure_registry.hpp"

namespace ascreport::report {
namespace {

// Where a value was first read: its record's file (Dataset::files) and line.
struct FirstRecord {
    std::uint16_t part = 0;
    std::uint32_t line = 0;
};

// The first record of each value of `table` that `records` hold.
template <class Records, class IdOf>
std::map<std::string_view, FirstRecord> first_lines(const TextTable& table, const Records& records, IdOf id_of) {
    std::vector<FirstRecord> first(table.size());
    for (const auto& r : records) {
        const TextId id = id_of(r);
        if (id != kNoText && id < first.size() && first[id].line == 0) first[id] = {r.part, r.line};
    }
    std::map<std::string_view, FirstRecord> out;
    for (TextId id = 0; id < table.size(); ++id)
        if (first[id].line != 0) out.emplace(table.display(id), first[id]);
    return out;
}

std::map<std::string_view, FirstRecord> lines_of(const Dataset& data, const TableSpec& t) {
    if (t.counts == Counted::RegionalCases) return first_lines(data.authorities, data.regional, [](const RegionalEntry& e) { return e.authority; });
    if (t.counts == Counted::Concerns && t.field == Field::Category)
        return first_lines(data.categories, data.concerns, [](const Concern& c) { return c.category; });
    if (t.counts == Counted::Compliments && t.field == Field::ServiceArea)
        return first_lines(data.service_areas, data.compliments, [](const Compliment& c) { return c.service_area; });
    // The regimes' free-text tables (Counted::RegimeComplaints): a complaint's details.
    if (t.column == "fault_reason")
        return first_lines(data.fault_reasons, data.complaints, [](const Complaint& c) { return c.details->fault_reason; });
    // The Code's report: a stage's complaints by their service area.
    if (t.column == "service_area" || t.column == "outside_limits")
        return first_lines(data.service_areas, data.complaints, [](const Complaint& c) { return c.service_area; });
    if (t.column == "refused_reason")
        return first_lines(data.refused_reasons, data.complaints, [](const Complaint& c) { return c.details->refused_reason; });
    if (record_file(t.counts) != "complaints.csv" || !t.field) return {};
    switch (*t.field) {
        case Field::ServiceArea: return first_lines(data.service_areas, data.complaints, [](const Complaint& c) { return c.service_area; });
        case Field::Provider: return first_lines(data.providers, data.complaints, [](const Complaint& c) { return c.provider; });
        case Field::Ethnicity: return first_lines(data.ethnicities, data.complaints, [](const Complaint& c) { return c.ethnicity; });
        default: return {};
    }
}

}  // namespace

std::vector<SourceRef> row_sources(const NamedTable& t, const Dataset& data, const std::filesystem::path& data_dir) {
    const Breakdown& b = *t.breakdown;
    std::vector<SourceRef> out(b.rows.size());
    if (!t.spec->free_text) return out;
    const std::map<std::string_view, FirstRecord> lines = lines_of(data, *t.spec);
    std::string_view kind = record_file(t.spec->counts);
    kind.remove_suffix(kind.size() - kind.find('.'));  // "complaints.csv" -> "complaints"
    // The column the values were read from: a table of stages outside the limits groups them by
    // service area.
    const std::string column(t.spec->column == "outside_limits" ? "service_area" : column_of(*t.spec));
    for (std::size_t i = 0; i < b.rows.size(); ++i) {
        if (b.rows[i].groups.empty()) continue;
        const auto found = lines.find(b.rows[i].groups[0].label);
        if (found != lines.end())
            out[i] = std::make_shared<const Source>(
                Source{source_file(data, data_dir, kind, found->second.part), found->second.line, column, {}});
    }
    return out;
}

std::string source_file(const Dataset& data, const std::filesystem::path& data_dir, std::string_view kind,
                        std::uint16_t part) {
    if (data.files.contains(kind)) return data.file_of(kind, part);
    return (data_dir / (std::string(kind) + ".csv")).string();
}

}  // namespace ascreport::report
