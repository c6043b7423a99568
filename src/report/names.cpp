#include "report/names.hpp"

#include <algorithm>
#include <array>

#include "ascreport/period.hpp"
#include "ascreport/query.hpp"
#include "ascreport/text_table.hpp"

namespace ascreport::report {
namespace {

constexpr std::array<std::string_view, 13> kTextNames{
    "year", "previous_year", "year_before", "next_year", "year_start", "year_end", "council",
    "service", "published", "phone", "email", "web", "complaints_web"};

constexpr std::array<std::string_view, 19> kNumberNames{
    "complaints", "statutory", "informal", "corporate", "upheld_or_partly", "over_20_extended",
    "timescale_percent", "concerns", "compliments", "long_term_support", "lgsco.new", "lgsco.decided",
    "lgsco.upheld", "lgsco.still_open", "lgsco.financial_remedies", "lgsco.financial_remedy_amount",
    "regional.total", "timescale_percent.before", "suppress_below"};

Number row_number(const Breakdown& b, const BreakdownRow* row) {
    Number n;
    n.value = row ? row->count : 0;
    n.total = b.total;
    if (b.compared()) n.previous = row ? row->previous.value_or(0) : 0;
    n.suppress_below = b.suppress_below;
    if (row) {
        n.suppressed = row->suppressed;
        n.previous_suppressed = row->previous_suppressed;
    }
    return n;
}

Number total_number(const Breakdown& b) {
    Number n;
    n.value = b.total;
    n.previous = b.previous_total;
    return n;
}

}  // namespace

const BreakdownRow* find_row(const Breakdown& b, std::string_view value) {
    const std::string key = TextTable::key_of(value);
    for (const auto& row : b.rows) {
        if (row.groups.empty()) continue;
        if (TextTable::key_of(row.groups[0].label) == key || TextTable::key_of(row.groups[0].key) == key) return &row;
    }
    return nullptr;
}

FigureNames::FigureNames(const Dataset& data, const Figures& f) : data_(data), f_(f) {
    tables_ = {
        {"route", "Route", &f.complaints_by_route},
        {"outcome", "Outcome", &f.outcome},
        {"method", "Method", &f.method},
        {"service_area", "Service area", &f.service_area},
        {"timescale", "Timescale", &f.timescale},
        {"gender", "Gender", &f.gender},
        {"age_band", "Age band", &f.age_band},
        {"ethnicity", "Ethnicity", &f.ethnicity},
        {"disability", "Disability", &f.disability},
        {"month", "Month", &f.month},
        {"provider", "Provider", &f.provider},
        {"category", "Category", &f.concern_category},
        {"compliments_month", "Month", &f.compliments_by_month},
        {"lgsco_decided", "Decision", &f.ombudsman.decided},
        {"regional", "Authority", &f.regional},
    };
}

const NamedTable* FigureNames::table(std::string_view name) const {
    for (const auto& t : tables_)
        if (t.name == name) return &t;
    return nullptr;
}

std::vector<std::string> FigureNames::table_names() const {
    std::vector<std::string> out;
    for (const auto& t : tables_) out.emplace_back(t.name);
    return out;
}

std::optional<Number> FigureNames::number(std::string_view base) const {
    const KeyFigures& k = f_.key_facts;
    const OmbudsmanFigures& o = f_.ombudsman;
    auto pair = [](std::int64_t v, std::optional<std::int64_t> p) {
        Number n;
        n.value = v;
        n.previous = p;
        return n;
    };
    if (base == "complaints") return total_number(f_.complaints_by_route);
    if (base == "statutory" || base == "informal" || base == "corporate")
        return row_number(f_.complaints_by_route, find_row(f_.complaints_by_route, base));
    if (base == "upheld_or_partly") {
        Number n = pair(k.upheld_or_partly, k.previous_upheld_or_partly);
        n.total = f_.outcome.total;
        return n;
    }
    if (base == "over_20_extended") return pair(f_.over_20_extended, f_.previous_over_20_extended);
    if (base == "timescale_percent" || base == "timescale_percent.before") {
        const std::size_t i = base == "timescale_percent" ? 0 : 2;
        if (k.timescale.size() <= i || !k.timescale[i].percent) return std::nullopt;
        Number n;
        n.value = *k.timescale[i].percent;
        n.is_percent = true;
        if (i == 0 && k.timescale.size() > 1 && k.timescale[1].percent) n.previous = *k.timescale[1].percent;
        return n;
    }
    if (base == "concerns") return total_number(f_.concern_category);
    if (base == "compliments") return total_number(f_.compliments_by_month);
    if (base == "long_term_support") {
        if (!k.long_term_support) return std::nullopt;
        return pair(*k.long_term_support, k.previous_long_term_support);
    }
    if (base == "lgsco.new") return pair(o.received, o.previous_received);
    if (base == "lgsco.decided") return total_number(o.decided);
    if (base == "lgsco.upheld") return row_number(o.decided, find_row(o.decided, "Upheld"));
    if (base == "lgsco.still_open") return pair(o.still_open, std::nullopt);
    if (base == "lgsco.financial_remedies") return pair(o.financial_remedies, std::nullopt);
    if (base == "lgsco.financial_remedy_amount") {
        Number n = pair(o.financial_remedy_pence, std::nullopt);
        n.is_money = true;
        return n;
    }
    if (base == "regional.total") return pair(f_.regional.total, std::nullopt);
    if (base == "suppress_below") {
        int below = 0;
        for (const Breakdown* b : {&f_.gender, &f_.age_band, &f_.ethnicity, &f_.disability})
            below = std::max(below, b->suppress_below);
        return pair(below, std::nullopt);
    }
    return std::nullopt;
}

std::optional<Resolved> FigureNames::resolve(std::string_view name, std::string& error) const {
    // TABLE[VALUE] and TABLE[VALUE].previous
    if (const auto open = name.find('['); open != std::string_view::npos) {
        const auto close = name.find(']', open);
        const std::string_view table_name = name.substr(0, open);
        const NamedTable* t = table(table_name);
        if (!t || close == std::string_view::npos) {
            error = t ? "a row name needs a closing ]" : "unknown table \"" + std::string(table_name) + "\"" + suggest(table_name);
            return std::nullopt;
        }
        const std::string_view suffix = name.substr(close + 1);
        if (!suffix.empty() && suffix != ".previous") {
            error = "after " + std::string(name.substr(0, close + 1)) + " only .previous may follow";
            return std::nullopt;
        }
        Number n = row_number(*t->breakdown, find_row(*t->breakdown, name.substr(open + 1, close - open - 1)));
        if (!suffix.empty()) {
            if (!n.previous) {
                error = "the table " + std::string(table_name) + " has no previous year";
                return std::nullopt;
            }
            n.value = *n.previous;
            n.total = t->breakdown->previous_total;
            n.previous.reset();
            n.suppressed = n.previous_suppressed;
            n.previous_suppressed = Suppressed::No;
        }
        return Resolved{n, std::nullopt};
    }

    bool previous = false;
    std::string_view base = name;
    if (base.ends_with(".previous")) {
        previous = true;
        base.remove_suffix(std::string_view(".previous").size());
    }
    if (base.ends_with(".total")) {
        if (const NamedTable* t = table(base.substr(0, base.size() - 6))) {
            Number n = total_number(*t->breakdown);
            if (previous) {
                if (!n.previous) {
                    error = "the table " + std::string(t->name) + " has no previous year";
                    return std::nullopt;
                }
                n.value = *n.previous;
                n.previous.reset();
            }
            return Resolved{n, std::nullopt};
        }
    }
    if (!previous && std::find(kTextNames.begin(), kTextNames.end(), base) != kTextNames.end()) {
        const Settings& s = data_.settings;
        const Period& p = f_.period;
        std::string text;
        if (base == "year") text = p.label;
        else if (base == "previous_year") text = f_.previous.label;
        else if (base == "year_before") text = f_.previous.previous().label;
        else if (base == "next_year") text = FinancialYear{p.first.year() + (p.first.month() >= 4 ? 1 : 0)}.label();
        else if (base == "year_start") text = day_month_year(p.first);
        else if (base == "year_end") text = day_month_year(p.last);
        else if (base == "council") text = s.council_name;
        else if (base == "service") text = s.service_name;
        else if (base == "published") text = s.published;
        else if (base == "phone") text = s.phone;
        else if (base == "email") text = s.email;
        else if (base == "web") text = s.web;
        else if (base == "complaints_web") text = s.complaints_web;
        return Resolved{std::nullopt, text};
    }
    if (std::find(kNumberNames.begin(), kNumberNames.end(), base) == kNumberNames.end()) {
        error = "unknown figure \"" + std::string(name) + "\"" + suggest(name);
        return std::nullopt;
    }
    auto n = number(base);
    if (!n) {
        error = "the figure \"" + std::string(base) + "\" has no value for " + f_.period.label +
                (base == "long_term_support" ? " (set [figures] long_term_support in report.toml)" :
                 base.starts_with("timescale_percent") ? " (no statutory complaints, and no [figures] timescale_percent in report.toml)" : "");
        return std::nullopt;
    }
    if (previous) {
        if (!n->previous) {
            error = "the figure \"" + std::string(base) + "\" has no previous-year value";
            return std::nullopt;
        }
        n->value = *n->previous;
        n->previous.reset();
        if (n->total) n->total.reset();
        if (base == "upheld_or_partly") n->total = f_.outcome.previous_total;
    }
    return Resolved{n, std::nullopt};
}

std::optional<bool> FigureNames::condition(std::string_view name, std::string& error) const {
    if (name == "concerns") return data_.present.concerns;
    if (name == "compliments") return data_.present.compliments;
    if (name == "lgsco") return data_.present.lgsco;
    if (name == "regional") return data_.present.regional && !f_.regional.rows.empty();
    if (name == "long_term_support") return f_.key_facts.long_term_support.has_value();
    auto r = resolve(name, error);
    if (!r) return std::nullopt;
    if (r->text) return !r->text->empty();
    // A hidden count may be 0 (a Secondary one): the condition must not tell.
    if (r->number->suppressed != Suppressed::No) return true;
    return r->number->value != 0;
}

std::string FigureNames::suggest(std::string_view name) const {
    std::vector<std::string> candidates(kTextNames.begin(), kTextNames.end());
    candidates.insert(candidates.end(), kNumberNames.begin(), kNumberNames.end());
    for (const auto& t : tables_) candidates.push_back(std::string(t.name) + ".total");
    std::string best;
    std::size_t best_d = SIZE_MAX;
    for (const auto& c : candidates)
        if (const auto d = edit_distance(name, c); d < best_d) best_d = d, best = c;
    if (best_d <= std::max<std::size_t>(2, name.size() / 3)) return "; did you mean \"" + best + "\"?";
    return "; docs/templates.md lists the figures";
}

}  // namespace ascreport::report
