#include "names.hpp"

#include <algorithm>
#include <array>

#include "ascreport/period.hpp"
#include "ascreport/edit_distance.hpp"
#include "ascreport/text_table.hpp"

namespace ascreport::report {
namespace {

constexpr std::array<std::string_view, 13> kTextNames{
    "year", "previous_year", "year_before", "next_year", "year_start", "year_end", "council",
    "service", "published", "phone", "email", "web", "complaints_web"};

constexpr std::array<std::string_view, 20> kNumberNames{
    "complaints", "statutory", "informal", "corporate", "upheld_or_partly", "over_20_extended",
    "timescale_percent", "timescale_left_out", "concerns", "compliments", "long_term_support", "lgsco.new",
    "lgsco.decided", "lgsco.upheld", "lgsco.still_open", "lgsco.financial_remedies",
    "lgsco.financial_remedy_amount", "regional.total", "timescale_percent.before", "suppress_below"};

// Names only a condition knows: the data files, and two settings that print nothing.
constexpr std::array<std::string_view, 6> kConditionNames{"concerns", "compliments", "lgsco", "regional",
                                                           "own_age_bands", "contacts"};

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
        {"route", "Route", &f.complaints_by_route, false},
        {"outcome", "Outcome", &f.outcome, false},
        {"method", "Method", &f.method, false},
        {"service_area", "Service area", &f.service_area, true},
        {"timescale", "Timescale", &f.timescale, false},
        {"gender", "Gender", &f.gender, false},
        {"age_band", "Age band", &f.age_band, false},
        {"ethnicity", "Ethnicity", &f.ethnicity, true},
        {"disability", "Disability", &f.disability, false},
        {"month", "Month", &f.month, false},
        {"provider", "Provider", &f.provider, true},
        {"category", "Category", &f.concern_category, true},
        {"compliments_month", "Month", &f.compliments_by_month, false},
        {"lgsco_decided", "Decision", &f.ombudsman.decided, false},
        {"regional", "Authority", &f.regional, true},
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

// Why a compared table of `b`'s kind has no previous values.
std::string FigureNames::no_earlier_data(const Breakdown& b) const {
    const std::string kind = &b == &f_.compliments_by_month ? "compliments"
                             : &b == &f_.ombudsman.decided  ? "Ombudsman cases"
                                                            : "complaints";
    return "there is no earlier data: no " + kind + " were received on or before " + day_month_year(f_.previous.last);
}

Number FigureNames::row_number(const NamedTable& t, const BreakdownRow* row) const {
    const Breakdown& b = *t.breakdown;
    Number n;
    n.value = row ? row->count : 0;
    n.total = b.total;
    if (b.no_earlier_data) n.previous_missing = no_earlier_data(b);
    else if (b.compared()) n.previous = row ? row->previous.value_or(0) : 0;
    n.suppress_below = b.suppress_below;
    if (row) {
        n.suppressed = row->suppressed;
        n.previous_suppressed = row->previous_suppressed;
    }
    return n;
}

Number FigureNames::total_number(const NamedTable& t) const {
    const Breakdown& b = *t.breakdown;
    Number n;
    n.value = b.total;
    if (b.no_earlier_data) n.previous_missing = no_earlier_data(b);
    else n.previous = b.previous_total;
    return n;
}

std::optional<Number> FigureNames::number(std::string_view base) const {
    const KeyFigures& k = f_.key_facts;
    const OmbudsmanFigures& o = f_.ombudsman;
    const std::string no_earlier_complaints = no_earlier_data(f_.outcome);
    auto pair = [](std::int64_t v, std::optional<std::int64_t> p, std::string why_no_previous = {}) {
        Number n;
        n.value = v;
        n.previous = p;
        if (!p) n.previous_missing = std::move(why_no_previous);
        return n;
    };
    const bool years = f_.period.kind == Period::Kind::FinancialYear;
    // A [figures] setting for slot 0 (this period) or 1 (the one before): the gap it leaves.
    auto figures_gap = [&](std::string key, const Period& p) -> std::optional<MissingSetting> {
        if (!years) return std::nullopt;
        return MissingSetting{"figures", std::move(key), p.label};
    };
    const std::array<Period, 3> periods{f_.period, f_.previous, f_.previous.previous()};

    if (base == "complaints") return total_number(*table("route"));
    if (base == "statutory" || base == "informal" || base == "corporate")
        return row_number(*table("route"), find_row(f_.complaints_by_route, base));
    if (base == "upheld_or_partly") {
        Number n = pair(k.upheld_or_partly, k.previous_upheld_or_partly, no_earlier_complaints);
        n.total = f_.outcome.total;
        return n;
    }
    if (base == "over_20_extended") return pair(f_.over_20_extended, f_.previous_over_20_extended, no_earlier_complaints);
    if (base == "timescale_left_out")
        return pair(f_.timescale_left_out, f_.previous_timescale_left_out, no_earlier_complaints);
    if (base == "timescale_percent" || base == "timescale_percent.before") {
        auto why = [&](std::size_t i) {
            return periods[i].label + " has no statutory complaints with a timescale" +
                   (years ? ", and report.toml [figures] timescale_percent is not set for it" : "");
        };
        auto percent = [&](std::size_t i) {
            return i < k.timescale.size() ? k.timescale[i].percent : std::optional<int>();
        };
        const std::size_t i = base == "timescale_percent" ? 0 : 2;
        Number n;
        n.is_percent = true;
        if (auto p = percent(i)) {
            n.value = *p;
        } else {
            n.missing = why(i);
            n.gap = figures_gap("timescale_percent", periods[i]);
        }
        if (i == 0) {
            if (auto p = percent(1)) {
                n.previous = *p;
            } else {
                n.previous_missing = why(1);
                n.previous_gap = figures_gap("timescale_percent", periods[1]);
            }
        }
        return n;
    }
    if (base == "concerns") return total_number(*table("category"));
    if (base == "compliments") return total_number(*table("compliments_month"));
    if (base == "long_term_support") {
        auto why = [&](std::size_t i) {
            return years ? "report.toml [figures] long_term_support is not set for " + periods[i].label
                         : std::string("long_term_support is a figure of financial years only");
        };
        Number n;
        if (k.long_term_support) {
            n.value = *k.long_term_support;
        } else {
            n.missing = why(0);
            n.gap = figures_gap("long_term_support", periods[0]);
        }
        n.previous = k.previous_long_term_support;
        if (!n.previous) {
            n.previous_missing = why(1);
            n.previous_gap = figures_gap("long_term_support", periods[1]);
        }
        return n;
    }
    if (base == "lgsco.new") return pair(o.received, o.previous_received, no_earlier_data(o.decided));
    if (base == "lgsco.decided") return total_number(*table("lgsco_decided"));
    if (base == "lgsco.upheld") return row_number(*table("lgsco_decided"), find_row(o.decided, "Upheld"));
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

namespace {

// NAME.previous from NAME: its previous value, or no value (with why), or nullopt when the
// figure has no previous year at all.
std::optional<Number> previous_of(Number n) {
    if (!n.previous && n.previous_missing.empty()) return std::nullopt;
    Number p;
    p.is_percent = n.is_percent;
    p.is_money = n.is_money;
    p.suppress_below = n.suppress_below;
    p.suppressed = n.previous_suppressed;
    if (n.previous) {
        p.value = *n.previous;
    } else {
        p.missing = std::move(n.previous_missing);
        p.gap = std::move(n.previous_gap);
    }
    return p;
}

}  // namespace

std::optional<Resolved> FigureNames::resolve(std::string_view name, std::string& error) const {
    // TABLE[VALUE] and TABLE[VALUE].previous
    if (const auto open = name.find('['); open != std::string_view::npos) {
        const auto close = name.find(']', open);
        const std::string_view table_name = name.substr(0, open);
        const NamedTable* t = table(table_name);
        if (!t || close == std::string_view::npos) {
            error = t ? "a row name needs a closing ]" : "unknown table \"" + std::string(table_name) + "\"" + suggest(table_name, false);
            return std::nullopt;
        }
        const std::string_view suffix = name.substr(close + 1);
        if (!suffix.empty() && suffix != ".previous") {
            error = "after " + std::string(name.substr(0, close + 1)) + " only .previous may follow";
            return std::nullopt;
        }
        Number n = row_number(*t, find_row(*t->breakdown, name.substr(open + 1, close - open - 1)));
        if (!suffix.empty()) {
            auto p = previous_of(n);
            if (!p) {
                error = "the table " + std::string(table_name) + " has no previous year";
                return std::nullopt;
            }
            p->total = t->breakdown->previous_total;
            n = std::move(*p);
        }
        return Resolved{n, std::nullopt, std::nullopt};
    }

    bool previous = false;
    std::string_view base = name;
    if (base.ends_with(".previous")) {
        previous = true;
        base.remove_suffix(std::string_view(".previous").size());
    }
    if (base.ends_with(".total")) {
        if (const NamedTable* t = table(base.substr(0, base.size() - 6))) {
            Number n = total_number(*t);
            if (previous) {
                auto p = previous_of(n);
                if (!p) {
                    error = "the table " + std::string(t->name) + " has no previous year";
                    return std::nullopt;
                }
                n = std::move(*p);
            }
            return Resolved{n, std::nullopt, std::nullopt};
        }
    }
    if (!previous && std::find(kTextNames.begin(), kTextNames.end(), base) != kTextNames.end()) {
        const Settings& s = data_.settings;
        const Period& p = f_.period;
        std::string text;
        std::optional<MissingSetting> gap;
        auto setting = [&](const std::string& value, std::string table, std::string key) {
            if (value.empty()) gap = MissingSetting{std::move(table), std::move(key), ""};
            return value;
        };
        if (base == "year") text = p.label;
        else if (base == "previous_year") text = f_.previous.label;
        else if (base == "year_before") text = f_.previous.previous().label;
        else if (base == "next_year") text = FinancialYear{p.first.year() + (p.first.month() >= 4 ? 1 : 0)}.label();
        else if (base == "year_start") text = day_month_year(p.first);
        else if (base == "year_end") text = day_month_year(p.last);
        else if (base == "council") {
            // Settings cannot tell a council called "the Council" from one that set no name.
            text = s.council_name;
            if (text.empty() || text == "the Council") gap = MissingSetting{"council", "name", ""};
        }
        else if (base == "service") text = s.service_name;
        else if (base == "published") text = setting(s.published, "council", "published");
        else if (base == "phone") text = setting(s.phone, "contact", "phone");
        else if (base == "email") text = setting(s.email, "contact", "email");
        else if (base == "web") text = setting(s.web, "contact", "web");
        else if (base == "complaints_web") text = setting(s.complaints_web, "contact", "complaints_web");
        return Resolved{std::nullopt, text, gap};
    }
    if (std::find(kNumberNames.begin(), kNumberNames.end(), base) == kNumberNames.end()) {
        error = "unknown figure \"" + std::string(name) + "\"" + suggest(name, false);
        return std::nullopt;
    }
    auto n = number(base);
    if (!n) {  // a name above that number() does not know: a bug, reported as unknown
        error = "unknown figure \"" + std::string(name) + "\"";
        return std::nullopt;
    }
    if (previous) {
        const bool upheld = base == "upheld_or_partly";
        auto p = previous_of(*n);
        if (!p) {
            error = "the figure \"" + std::string(base) + "\" has no previous-year value";
            return std::nullopt;
        }
        if (upheld) p->total = f_.outcome.previous_total;
        n = std::move(p);
    }
    return Resolved{n, std::nullopt, std::nullopt};
}

std::optional<Condition> FigureNames::condition(std::string_view name, std::string& error) const {
    auto file = [](bool present) { return Condition{present, present, std::nullopt}; };
    if (name == "concerns") return file(data_.present.concerns);
    if (name == "compliments") return file(data_.present.compliments);
    if (name == "lgsco") return file(data_.present.lgsco);
    if (name == "regional") return file(data_.present.regional && !f_.regional.rows.empty());
    if (name == "own_age_bands") return file(!data_.settings.age_bands.empty());
    if (name == "contacts") {
        Condition c = file(!data_.settings.contacts.empty());
        if (!c.holds) c.gap = MissingSetting{"contact.people", "", ""};
        return c;
    }
    auto r = resolve(name, error);
    if (!r) {
        if (error.starts_with("unknown figure")) error = "unknown figure \"" + std::string(name) + "\"" + suggest(name, true);
        return std::nullopt;
    }
    if (r->text) return Condition{!r->text->empty(), !r->text->empty(), r->gap};
    const Number& n = *r->number;
    if (!n.has_value()) return Condition{false, false, n.gap};
    // A hidden count may be 0 (a Secondary one): the condition must not tell.
    if (n.suppressed != Suppressed::No) return Condition{true, true, std::nullopt};
    return Condition{n.value != 0, true, std::nullopt};
}

std::string FigureNames::suggest(std::string_view name, bool conditions) const {
    std::vector<std::string> candidates(kTextNames.begin(), kTextNames.end());
    candidates.insert(candidates.end(), kNumberNames.begin(), kNumberNames.end());
    if (conditions) candidates.insert(candidates.end(), kConditionNames.begin(), kConditionNames.end());
    for (const auto& t : tables_) candidates.push_back(std::string(t.name) + ".total");
    std::string best;
    std::size_t best_d = SIZE_MAX;
    for (const auto& c : candidates)
        if (const auto d = edit_distance(name, c); d < best_d) best_d = d, best = c;
    if (best_d <= std::max<std::size_t>(2, name.size() / 3)) return "; did you mean \"" + best + "\"?";
    return "; docs/templates.md lists the figures";
}

}  // namespace ascreport::report
