// The registry of figures (ascreport/figure_registry.hpp): its entries are consistent, and each
// one is reached, as declared, by every consumer: template names, figures JSON, suppression,
// the personal-data scan, the breakdown fields and the documentation.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <set>
#include <sstream>

#include "ascreport/calendar.hpp"
#include "ascreport/field.hpp"
#include "ascreport/figure_registry.hpp"
#include "ascreport/load.hpp"
#include "ascreport/privacy.hpp"
#include "ascreport/format.hpp"
#include "ascreport/text_table.hpp"
#include "figures_test_data.hpp"
#include "report/names.hpp"
#include "report_test_support.hpp"
#include "test_support.hpp"

using namespace ascreport;
using ascreport::test::number_at;

namespace {

struct Sample {
    ::test::Loaded loaded;
    Figures f;
    Sample()
        : loaded(::test::load_with_settings({std::string(::test::source_dir()) + "/data-samples", 50, std::nullopt})),
          f(compute_figures(loaded.dataset, *loaded.calendar, make_year(FinancialYear{2023}), loaded.settings.figures)) {}
};

const Sample& sample() {
    static const Sample s;
    return s;
}

// tests/fixtures/stages (a row per complaint): every regime, with stages, fault reasons and
// refusals, which the adult-only sample does not have.
struct Stages {
    ::test::Loaded loaded;
    Figures f;
    Stages()
        : loaded(::test::load_with_settings(
              {std::string(::test::source_dir()) + "/tests/fixtures/stages/per-complaint", 50, std::nullopt})),
          f(compute_figures(loaded.dataset, *loaded.calendar, make_year(FinancialYear{2024}), loaded.settings.figures,
                            loaded.settings.time_limits, Date::from_ymd(2025, 4, 30))) {}
};

const Stages& stages() {
    static const Stages s;
    return s;
}

// The value at "a.b.c" of a JSON document.
const nlohmann::json& at_path(const nlohmann::json& j, std::string_view path) {
    const nlohmann::json* at = &j;
    for (std::size_t dot; (dot = path.find('.')) != std::string_view::npos; path.remove_prefix(dot + 1))
        at = &at->at(std::string(path.substr(0, dot)));
    return at->at(std::string(path));
}

std::string_view json_of(const DocumentEntry& e) {
    switch (e.kind) {
        case DocumentEntry::Kind::Table: return kTables[e.index].json;
        case DocumentEntry::Kind::Number: return kNumbers[e.index].json;
        case DocumentEntry::Kind::Part: return kParts[e.index].json;
    }
    return "";
}

}  // namespace

TEST_CASE("registry: every table has a unique template name and JSON key, and every number too") {
    std::set<std::string_view> names, json;
    for (const TableSpec& t : kTables) {
        INFO(t.json);
        CHECK_FALSE(t.json.empty());
        CHECK_FALSE(t.heading.empty());
        CHECK(json.insert(t.json).second);
        if (!t.name.empty()) CHECK(names.insert(t.name).second);
        // A table groups by a breakdown field or names its own column, never both.
        CHECK(t.field.has_value() == t.column.empty());
        // Equality tables print the year alone: none is compared.
        if (t.equality) CHECK_FALSE(t.compared);
        // A compliment has a service area and a received date, nothing else to group by.
        if (t.counts == Counted::Compliments && t.field)
            CHECK((*t.field == Field::ServiceArea || *t.field == Field::Month || *t.field == Field::Quarter ||
                   *t.field == Field::Year));
    }
    for (const NumberSpec& n : kNumbers) {
        INFO(n.name << " " << n.json);
        CHECK_FALSE((n.name.empty() && n.json.empty()));  // reached by something
        if (!n.name.empty()) CHECK(names.insert(n.name).second);
        if (!n.json.empty()) CHECK(json.insert(n.json).second);
        if (!n.json_previous.empty()) CHECK(json.insert(n.json_previous).second);
        if (n.source == NumberSource::Count) CHECK((n.counts != Counted::Setting || !n.setting.empty()));
    }
    for (const PartSpec& p : kParts) {
        CHECK(json.insert(p.json).second);
        if (!p.name.empty()) CHECK(names.insert(p.name).second);
    }
    // A number named TABLE.total is that table's total.
    for (const TableSpec& t : kTables)
        if (const NumberSpec* n = t.name.empty() ? nullptr : find_number(std::string(t.name) + ".total"))
            CHECK((n->source == NumberSource::TableTotal && n->table == t.id));
}

TEST_CASE("registry: every table's spreadsheet sheet has a name of its own that Excel accepts") {
    std::set<std::string> sheets;
    for (const TableSpec& t : kTables) {
        const std::string_view sheet = !t.sheet.empty() ? t.sheet : !t.name.empty() ? t.name : t.json;
        INFO(sheet);
        CHECK(sheet.size() <= 31);
        CHECK(sheet.find_first_of(":\\/?*[].") == std::string_view::npos);  // none Excel refuses, no '.'

        CHECK(sheets.insert(TextTable::key_of(sheet)).second);  // Excel compares them ignoring case
    }
}

TEST_CASE("registry: the figures document lists every JSON key once") {
    std::multiset<std::string_view> listed;
    for (const DocumentEntry& e : kDocument) listed.insert(json_of(e));
    for (const TableSpec& t : kTables) CHECK(listed.count(t.json) == 1);
    for (const NumberSpec& n : kNumbers)
        if (!n.json.empty()) CHECK(listed.count(n.json) == 1);
    for (const PartSpec& p : kParts) CHECK(listed.count(p.json) == 1);
    CHECK(listed.size() == kDocument.size());
}

TEST_CASE("registry: the breakdown fields are the registry's") {
    REQUIRE(all_fields().size() == kFieldSpecs.size());
    for (const FieldSpec& s : kFieldSpecs) {
        CHECK(field_name(s.field) == s.name);
        CHECK(parse_field(s.name) == s.field);
        CHECK(empty_label(s.field) == s.empty_label);
    }
}

TEST_CASE("registry: compute_figures fills every table, grouped by its column") {
    const Figures& f = sample().f;
    for (const TableSpec& t : kTables) {
        INFO(t.json);
        REQUIRE(f.table(t.id).fields.size() == 1);
        CHECK(f.table(t.id).fields[0] == column_of(t));
        CHECK(f.table(t.id).compared() == t.compared);
    }
}

TEST_CASE("registry: every table and number is reached in figures JSON at its key") {
    const Figures& f = sample().f;
    std::ostringstream out;
    write_figures_json(f, out);
    const auto j = nlohmann::json::parse(out.str());
    for (const TableSpec& t : kTables) {
        INFO(t.json);
        const auto& b = at_path(j, t.json);
        CHECK(b.at("total") == f.table(t.id).total);
        CHECK(b.at("rows").size() == f.table(t.id).rows.size());
        CHECK(b.contains("previous_total") == t.compared);
    }
    for (const NumberSpec& n : kNumbers) {
        if (n.json.empty()) continue;
        INFO(n.json);
        const NumberValue v = read_number(f, n);
        // Tenths print as a decimal: 215 as 21.5.
        auto expected = [&](const std::optional<std::int64_t>& x) {
            if (!x) return nlohmann::json(nullptr);
            return n.unit == Unit::Tenths ? nlohmann::json(static_cast<double>(*x) / 10) : nlohmann::json(*x);
        };
        CHECK(at_path(j, n.json) == expected(v.value));
        if (!n.json_previous.empty()) CHECK(at_path(j, n.json_previous) == expected(v.previous));
    }
    // The JSON holds nothing the registry does not list, besides its format and version.
    std::set<std::string> top{"format", "version"};
    for (const DocumentEntry& e : kDocument) {
        const std::string_view json = json_of(e);
        top.insert(std::string(json.substr(0, json.find('.'))));
    }
    for (const auto& [key, value] : j.items()) CHECK(top.contains(key));
}

// Every table by its name, on data that has rows for it: the sample, else the stages fixture
// (the regimes' tables). A free-text table with rows in neither is a gap in the fixtures.
TEST_CASE("registry: every template name resolves, to the figure it declares") {
    std::string error;
    for (const TableSpec& t : kTables) {
        if (t.name.empty()) continue;
        INFO(t.name);
        const bool in_sample = !sample().f.table(t.id).rows.empty();
        const ::test::Loaded& loaded = in_sample ? sample().loaded : stages().loaded;
        const Figures& f = in_sample ? sample().f : stages().f;
        const report::FigureNames names(loaded.dataset, f, loaded.settings.council, loaded.settings.time_limits);
        const report::NamedTable* named = names.table(t.name);
        REQUIRE(named);
        CHECK(named->spec == &t);
        CHECK(named->breakdown == &f.table(t.id));
        const auto total = names.resolve(std::string(t.name) + ".total", error);
        REQUIRE(total);
        CHECK(total->number->value == f.table(t.id).total);
        // A row the data does not hold counts 0.
        const auto absent = names.resolve(std::string(t.name) + "[No such value anywhere]", error);
        REQUIRE(absent);
        CHECK(absent->number->value == 0);
        CHECK(names.resolve(std::string(t.name) + ".total.previous", error).has_value() == t.compared);
        // Its first row, by the value it prints.
        if (f.table(t.id).rows.empty() && t.name == "children.refused") continue;  // no children's refusal in either
        REQUIRE_FALSE(f.table(t.id).rows.empty());
        const BreakdownRow& first = f.table(t.id).rows.front();
        const auto row = names.resolve(std::string(t.name) + "[" + first.groups[0].label + "]", error);
        REQUIRE(row);
        CHECK(row->number->value == first.count);
    }
    for (const NumberSpec& n : kNumbers) {
        if (n.name.empty()) continue;
        INFO(n.name);
        for (const auto* data : {&sample().loaded, &stages().loaded}) {
            const Figures& f = data == &sample().loaded ? sample().f : stages().f;
            const report::FigureNames names(data->dataset, f, data->settings.council, data->settings.time_limits);
            const auto r = names.resolve(n.name, error);
            REQUIRE(r);
            REQUIRE(r->number);
            const NumberValue v = read_number(f, n);
            CHECK(r->number->has_value() == v.value.has_value());
            if (v.value) CHECK(r->number->value == *v.value);
            CHECK(names.resolve(std::string(n.name) + ".previous", error).has_value() == v.previous_year);
            CHECK(r->number->is_money == (n.unit == Unit::Money));
            CHECK(r->number->is_percent == (n.unit == Unit::Percent));
        }
    }
}

TEST_CASE("registry: --suppress-below reaches the equality tables and nothing else") {
    Figures f = sample().f;
    suppress_equality_tables(f, 5);
    for (const TableSpec& t : kTables) {
        INFO(t.json);
        CHECK(f.table(t.id).suppress_below == (t.equality ? 5 : 0));
    }
    const NumberSpec& below = *find_number("suppress_below");
    CHECK(read_number(f, below).value == 5);
}

TEST_CASE("registry: the tables that omit zero rows lose their shown zeros as published, and no other table a row") {
    for (const Figures* computed : {&sample().f, &stages().f}) {
        Figures f = *computed;
        suppress_equality_tables(f, 0);
        for (const TableSpec& t : kTables) {
            INFO(t.json);
            std::vector<std::string> expected;
            for (const BreakdownRow& r : computed->table(t.id).rows)
                if (!t.omits_zero_rows || r.count != 0 || r.groups.at(0).key == field_spec(*t.field).empty_label)
                    expected.push_back(r.groups.at(0).key);
            CHECK(ascreport::test::keys(f.table(t.id)) == expected);
        }
    }
}

// On the sample and the stages fixture: a free-text table's rows carry where each value was read.
TEST_CASE("registry: the personal-data scan reads every free-text table a template can print") {
    std::set<std::string_view> sourced_tables;
    for (const auto* data : {&sample().loaded, &stages().loaded}) {
        const Figures& f = data == &sample().loaded ? sample().f : stages().f;
        ::test::TempDir t;
        std::string markdown;
        for (const TableSpec& spec : kTables)
            if (!spec.name.empty()) markdown += "{{table " + std::string(spec.name) + "}}\n\n";
        const ReportBuild r = ::test::build_section(t, data->dataset, f, markdown);
        REQUIRE_FALSE(r.diagnostics.has_errors());
        std::size_t block = 0;
        for (const TableSpec& spec : kTables) {
            if (spec.name.empty()) continue;
            INFO(spec.json);
            const auto& table = std::get<Table>(r.document.blocks.at(block++));
            // Free-text values carry the file and column they were read from, which the scan
            // reads; fixed vocabularies do not.
            std::string_view kind = record_file(spec.counts);  // the file the Dataset read them from
            kind.remove_suffix(kind.size() - kind.find('.'));
            const std::string file = data->dataset.file_of(kind);
            const bool sourced = std::any_of(table.row_sources.begin(), table.row_sources.end(), [&](const SourceRef& p) {
                // The Code's findings of non-compliance are grouped by service_area, read from it.
                const std::string_view read_from = spec.column == "outside_limits" ? "service_area" : column_of(spec);
                return p && p->column == read_from && p->file == file;
            });
            // Each table on the data that has rows for it: the sample, else the stages fixture.
            const bool here = !f.table(spec.id).rows.empty() &&
                              (data == &sample().loaded || sample().f.table(spec.id).rows.empty());
            if (f.table(spec.id).rows.empty()) CHECK_FALSE(sourced);
            else if (here) CHECK(sourced == spec.free_text);
            if (sourced) sourced_tables.insert(spec.name);
        }
    }
    // Each kind of free-text value was seen with its source in one of the two.
    for (const std::string_view name : {"service_area", "ethnicity", "provider", "category", "regional", "adult.refused",
                                        "adult.fault_reasons", "children.fault_reasons", "corporate.refused",
                                        "corporate.fault_reasons", "corporate.stage_1.service_area",
                                        "corporate.stage_1.outside_limits"})
        CHECK(sourced_tables.contains(name));
}

TEST_CASE("registry: docs/templates.md names every template name") {
    const std::string docs = ::test::slurp(std::string(::test::source_dir()) + "/docs/templates.md");
    for (const TableSpec& t : kTables)
        if (!t.name.empty()) CHECK(docs.find("`" + std::string(t.name) + "`") != std::string::npos);
    for (const NumberSpec& n : kNumbers)
        if (!n.name.empty() && n.name != "timescale_percent.before")  // documented as .before of timescale_percent
            CHECK(docs.find("`" + std::string(n.name)) != std::string::npos);
}

TEST_CASE("registry: docs/figures-json.md names every key of the figures document") {
    const std::string docs = ::test::slurp(std::string(::test::source_dir()) + "/docs/figures-json.md");
    auto documented = [&](std::string_view key) { return docs.find("`" + std::string(key) + "`") != std::string::npos; };
    for (const TableSpec& t : kTables) CHECK(documented(t.json));
    for (const PartSpec& p : kParts) CHECK(documented(p.json));
    for (const NumberSpec& n : kNumbers) {
        if (!n.json.empty()) CHECK(documented(n.json));
        if (!n.json_previous.empty()) CHECK(documented(n.json_previous));
    }
}
