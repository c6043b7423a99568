#include "names.hpp"

#include <algorithm>
#include <array>

#include "ascreport/period.hpp"
#include "ascreport/edit_distance.hpp"
#include "ascreport/stages.hpp"
#include "ascreport/text_table.hpp"

namespace ascreport::report {
namespace {

constexpr std::array<std::string_view, 18> kTextNames{
    "year", "previous_year", "year_before", "next_year", "year_start", "year_end", "period", "quarter",
    "year_to_date", "previous_period", "previous_year_to_date", "council", "service", "published",
    "phone", "email", "web", "complaints_web"};

constexpr std::string_view kYearToDate = ".year_to_date";

// NAME.year_to_date and NAME.year_to_date.previous name NAME and NAME.previous of the year to
// date: where ".year_to_date" is in the name, after a row's [VALUE] (so that a value may hold
// the words); npos when it is not.
std::size_t year_to_date_at(std::string_view name) {
    const auto close = name.rfind(']');
    return name.find(kYearToDate, close == std::string_view::npos ? 0 : close + 1);
}

// The period in words for prose: a financial year by its label ("2024/25"), a quarter or a
// range by its months ("July to September 2024").
std::string period_words(const Period& p) { return p.kind == Period::Kind::FinancialYear ? p.label : month_span(p); }

// Names only a condition knows: the data files, and settings that print nothing.
constexpr std::array<std::string_view, 11> kConditionNames{
    "concerns", "compliments",     "lgsco",           "regional",        "own_age_bands", "contacts",
    "letter",   "actions",         "self_assessment", "code_report.all", kCalendarDaysName};

// report.toml [time_limits] by template name: each stage's limits as the settings give them. A
// stage has a name only for the limits it has: the adult regulations' extension is the period
// agreed with the complainant (no number of days), the children's review panel has none, and
// only the Code and the adult regulations set an acknowledgement limit.
enum class LimitField : std::uint8_t { Respond, Extended, Extension, Acknowledge };
struct LimitName {
    std::string_view name;
    std::string_view setting;  // the report.toml key(s) behind it, for messages
    Regime regime;
    int stage;
    LimitField field;
};
constexpr std::array<LimitName, 17> kLimitNames{{
    {"adult.stage_1.limit", "[time_limits.adult] respond", Regime::Adult, 1, LimitField::Respond},
    {"adult.stage_1.acknowledge_limit", "[time_limits.adult] acknowledge", Regime::Adult, 1, LimitField::Acknowledge},
    {"children.stage_1.limit", "[time_limits.children] stage1", Regime::Children, 1, LimitField::Respond},
    {"children.stage_1.extended_limit", "[time_limits.children] stage1_extended", Regime::Children, 1,
     LimitField::Extended},
    {"children.stage_1.extension", "[time_limits.children] stage1_extended less stage1", Regime::Children, 1,
     LimitField::Extension},
    {"children.stage_2.limit", "[time_limits.children] stage2", Regime::Children, 2, LimitField::Respond},
    {"children.stage_2.extended_limit", "[time_limits.children] stage2_extended", Regime::Children, 2,
     LimitField::Extended},
    {"children.stage_2.extension", "[time_limits.children] stage2_extended less stage2", Regime::Children, 2,
     LimitField::Extension},
    {"children.stage_3.limit", "[time_limits.children] panel", Regime::Children, 3, LimitField::Respond},
    {"corporate.stage_1.acknowledge_limit", "[time_limits.corporate] acknowledge", Regime::Corporate, 1,
     LimitField::Acknowledge},
    {"corporate.stage_1.limit", "[time_limits.corporate] stage1", Regime::Corporate, 1, LimitField::Respond},
    {"corporate.stage_1.extended_limit", "[time_limits.corporate] stage1_extended", Regime::Corporate, 1,
     LimitField::Extended},
    {"corporate.stage_1.extension", "[time_limits.corporate] stage1_extended less stage1", Regime::Corporate, 1,
     LimitField::Extension},
    {"corporate.stage_2.acknowledge_limit", "[time_limits.corporate] acknowledge", Regime::Corporate, 2,
     LimitField::Acknowledge},
    {"corporate.stage_2.limit", "[time_limits.corporate] stage2", Regime::Corporate, 2, LimitField::Respond},
    {"corporate.stage_2.extended_limit", "[time_limits.corporate] stage2_extended", Regime::Corporate, 2,
     LimitField::Extended},
    {"corporate.stage_2.extension", "[time_limits.corporate] stage2_extended less stage2", Regime::Corporate, 2,
     LimitField::Extension},
}};

// "children.stage_1." of "children.stage_1.WORD": a stage's name with its dot; empty when
// `name` is not of that form.
std::string_view stage_prefix(std::string_view name) {
    for (std::string_view regime : {"adult.stage_", "children.stage_", "corporate.stage_"}) {
        if (!name.starts_with(regime)) continue;
        const std::size_t dot = name.find('.', regime.size());
        if (dot == regime.size() + 1 && name[regime.size()] >= '1' && name[regime.size()] <= '9' &&
            name.find('.', dot + 1) == std::string_view::npos)
            return name.substr(0, dot + 1);
    }
    return {};
}

// "A, B and C"
std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i)
        out += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
    return out;
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

std::vector<std::string> time_limit_names() {
    std::vector<std::string> out;
    for (const LimitName& l : kLimitNames) out.emplace_back(l.name);
    return out;
}

FigureNames::FigureNames(const Dataset& data, const Figures& f, const CouncilProfile& council, const TimeLimits& limits,
                         const Figures* year_to_date)
    : data_(data), f_(f), council_(council), limits_(limits) {
    for (const TableSpec& t : kTables)
        if (!t.name.empty()) tables_.push_back({&t, &f.table(t.id)});
    if (year_to_date) year_to_date_ = std::make_unique<FigureNames>(data, *year_to_date, council, limits);
}

const NamedTable* FigureNames::table(std::string_view name) const {
    for (const auto& t : tables_)
        if (t.spec->name == name) return &t;
    return nullptr;
}

std::vector<std::string> FigureNames::table_names() const {
    std::vector<std::string> out;
    for (const auto& t : tables_) out.emplace_back(t.spec->name);
    return out;
}

// Why what counts `counted` has no previous values.
std::string FigureNames::no_earlier_data(Counted counted) const {
    if (f_.earlier_data(record_kind(counted)) == EarlierData::Partial)
        return "there is no earlier data: the " + std::string(plural_noun(record_kind(counted))) + " cover only part of " +
               f_.previous.label + ", which is not compared (ascreport validate lists the partial years)";
    return "there is no earlier data: no " + std::string(plural_noun(record_kind(counted))) +
           " were received on or before " + day_month_year(f_.previous.last);
}

Number FigureNames::row_number(const TableSpec& t, const BreakdownRow* row) const {
    const Breakdown& b = f_.table(t.id);
    Number n;
    n.value = row ? row->count : 0;
    n.total = b.total;
    if (b.no_earlier_data) n.previous_missing = no_earlier_data(t.counts);
    else if (b.compared()) n.previous = row ? row->previous.value_or(0) : 0;
    n.suppress_below = b.suppress_below;
    if (row) {
        n.suppressed = row->suppressed;
        n.previous_suppressed = row->previous_suppressed;
    }
    return n;
}

Number FigureNames::total_number(const TableSpec& t) const {
    const Breakdown& b = f_.table(t.id);
    Number n;
    n.value = b.total;
    if (b.no_earlier_data) n.previous_missing = no_earlier_data(t.counts);
    else n.previous = b.previous_total;
    return n;
}

std::string FigureNames::why_missing(const NumberSpec& spec, std::size_t slot) const {
    const bool years = f_.period.kind == Period::Kind::FinancialYear;
    const std::array<Period, 3> periods{f_.period, f_.previous, f_.previous.previous()};
    const std::string setting(spec.setting);
    if (spec.source == NumberSource::TimescalePercent && slot < f_.timescale_percent.size() &&
        f_.timescale_percent[slot].partial)
        return "the complaints cover only part of " + periods[slot].label + ", which is not compared" +
               (years ? ", and report.toml [figures] " + setting + " is not set for it" : "");
    if (spec.source == NumberSource::TimescalePercent)
        return periods[slot].label + " has no statutory complaints with a timescale" +
               (years ? ", and report.toml [figures] " + setting + " is not set for it" : "");
    if (spec.counts == Counted::Setting)
        return years ? "report.toml [figures] " + setting + " is not set for " + periods[slot].label
                     : setting + " is a figure of financial years only";
    return no_earlier_data(spec.counts);
}

std::optional<Number> FigureNames::number(const NumberSpec& spec) const {
    if (spec.source == NumberSource::TableTotal) return total_number(table_spec(spec.table));
    if (spec.source == NumberSource::TableRow)
        return row_number(table_spec(spec.table), find_row(f_.table(spec.table), spec.row));
    const bool years = f_.period.kind == Period::Kind::FinancialYear;
    // The [figures] setting that would give the value of `slot`'s period.
    auto gap = [&](std::size_t slot) -> std::optional<MissingSetting> {
        if (!years || spec.setting.empty()) return std::nullopt;
        const Period p = slot == 0 ? f_.period : slot == 1 ? f_.previous : f_.previous.previous();
        return MissingSetting{"figures", std::string(spec.setting), p.label};
    };
    const NumberValue v = read_number(f_, spec);
    Number n;
    n.is_percent = spec.unit == Unit::Percent;
    n.is_money = spec.unit == Unit::Money;
    n.is_tenths = spec.unit == Unit::Tenths;
    if (v.value) {
        n.value = *v.value;
    } else {
        n.missing = why_missing(spec, spec.slot);
        n.gap = gap(spec.slot);
    }
    if (v.previous) {
        n.previous = v.previous;
    } else if (v.previous_year) {
        n.previous_missing = why_missing(spec, spec.slot + 1);
        n.previous_gap = gap(spec.slot + 1);
    }
    if (spec.share_of) n.total = f_.table(*spec.share_of).total;
    return n;
}

namespace {

// NAME.previous from NAME: its previous value, or no value (with why), or nullopt when the
// figure has no previous year at all.
std::optional<Number> previous_of(Number n) {
    if (!n.previous && n.previous_missing.empty()) return std::nullopt;
    Number p;
    p.is_percent = n.is_percent;
    p.is_money = n.is_money;
    p.is_tenths = n.is_tenths;
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
    if (const std::size_t at = year_to_date_at(name); at != std::string_view::npos) {
        const std::string_view rest = name.substr(at + kYearToDate.size());
        const std::string base = std::string(name.substr(0, at)) + std::string(rest);
        if (!rest.empty() && rest != ".previous") {
            error = "after .year_to_date only .previous may follow, e.g. {{complaints.year_to_date.previous}}";
            return std::nullopt;
        }
        auto r = (year_to_date_ ? *year_to_date_ : *this).resolve(base, error);
        if (r && r->text) {
            error = "only a figure has a year to date; \"" + base + "\" is text";
            return std::nullopt;
        }
        return r;
    }
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
        Number n = row_number(*t->spec, find_row(*t->breakdown, name.substr(open + 1, close - open - 1)));
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
            Number n = total_number(*t->spec);
            if (previous) {
                auto p = previous_of(n);
                if (!p) {
                    error = "the table " + std::string(t->spec->name) + " has no previous year";
                    return std::nullopt;
                }
                n = std::move(*p);
            }
            return Resolved{n, std::nullopt, std::nullopt};
        }
    }
    if (!previous && std::find(kTextNames.begin(), kTextNames.end(), base) != kTextNames.end()) {
        const CouncilProfile& s = council_;
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
        else if (base == "period") text = period_words(p);
        else if (base == "quarter")
            text = p.kind == Period::Kind::Quarter
                       ? "Q" + std::to_string(quarter_of_financial_year(p.first)) + " " + FinancialYear::containing(p.first).label()
                       : std::string();
        else if (base == "year_to_date") text = month_span(ascreport::year_to_date(p));
        else if (base == "previous_period") text = period_words(f_.previous);
        else if (base == "previous_year_to_date") text = month_span(ascreport::year_to_date(f_.previous));
        else if (base == "council") {
            // Settings cannot tell a council called "the Council" from one that set no name.
            text = s.council_name;
            if (text.empty() || text == "the Council") gap = MissingSetting{"council", "name", ""};
        }
        else if (base == "service") text = s.service_name;
        else if (base == "published") text = setting(s.publication_month, "council", "published");
        else if (base == "phone") text = setting(s.phone, "contact", "phone");
        else if (base == "email") text = setting(s.email, "contact", "email");
        else if (base == "web") text = setting(s.web, "contact", "web");
        else if (base == "complaints_web") text = setting(s.complaints_web, "contact", "complaints_web");
        return Resolved{std::nullopt, text, gap};
    }
    if (base.starts_with("letter.")) {
        if (auto letter = letter_name(base.substr(7), previous, name, error)) return letter;
        if (!error.empty()) return std::nullopt;
    }
    std::string limit_error;  // `error` may hold a caller's earlier message: set only on failure
    if (auto limit = limit_name(base, previous, limit_error)) return limit;
    if (!limit_error.empty()) {
        error = std::move(limit_error);
        return std::nullopt;
    }
    const NumberSpec* spec = find_number(base);
    if (!spec) {
        error = "unknown figure \"" + std::string(name) + "\"" + suggest(name, false);
        return std::nullopt;
    }
    auto n = number(*spec);
    if (previous) {
        auto p = previous_of(*n);
        if (!p) {
            error = "the figure \"" + std::string(base) + "\" has no previous-year value";
            return std::nullopt;
        }
        if (spec->share_of) p->total = f_.table(*spec->share_of).previous_total;
        n = std::move(p);
    }
    return Resolved{n, std::nullopt, std::nullopt};
}

std::optional<Resolved> FigureNames::letter_name(std::string_view key, bool previous, std::string_view name,
                                                 std::string& error) const {
    const OmbudsmanLetter& l = council_.letter;
    const auto found = std::find_if(kLetterKeys.begin(), kLetterKeys.end(), [&](const LetterKey& k) { return k.key == key; });
    if (key != "year" && found == kLetterKeys.end()) return std::nullopt;
    if (previous) {
        error = "the figure \"" + std::string(name.substr(0, name.size() - 9)) +
                "\" has no previous-year value: the Ombudsman's letter is of one year";
        return std::nullopt;
    }
    const MissingSetting gap{"ombudsman_letter", std::string(key), ""};
    if (key == "year") return Resolved{std::nullopt, l.year, l.year.empty() ? std::optional(gap) : std::nullopt};
    Number n;
    n.is_percent = found->unit == LetterUnit::Percent;
    n.is_tenths = found->unit == LetterUnit::Tenths;
    if (const auto& v = l.values[static_cast<std::size_t>(found - kLetterKeys.begin())]) {
        n.value = *v;
    } else {
        n.missing = "report.toml [ombudsman_letter] " + std::string(key) + " is not set";
        n.gap = gap;
    }
    return Resolved{n, std::nullopt, std::nullopt};
}

std::optional<Resolved> FigureNames::limit_name(std::string_view base, bool previous, std::string& error) const {
    const std::string_view stage = stage_prefix(base);
    if (stage.empty()) return std::nullopt;
    const auto found = std::find_if(kLimitNames.begin(), kLimitNames.end(), [&](const LimitName& l) { return l.name == base; });
    if (found == kLimitNames.end()) {
        std::vector<std::string> limits;
        for (const LimitName& l : kLimitNames)
            if (l.name.starts_with(stage)) limits.emplace_back(l.name);
        // Not a limit of a stage that has limits: a table's or number's name goes on to the
        // registry (children.stage_1.received), anything else is a limit that stage lacks.
        const std::string word(base.substr(stage.size()));
        if (limits.empty() || (word != "calendar_days" && !word.ends_with("limit") && word != "extension"))
            return std::nullopt;
        if (base == kCalendarDaysName) {
            error = "\"" + std::string(base) + "\" is a condition, not a figure: write {{if " + std::string(base) +
                    "}}calendar{{else}}working{{end}} days";
            return std::nullopt;
        }
        error = "\"" + std::string(base) + "\" is no time limit: the time limits of " +
                std::string(stage.substr(0, stage.size() - 1)) + " are " + joined(limits);
        if (word == "calendar_days")
            error += "; only the adult local target may be counted in calendar days ({{if " + std::string(kCalendarDaysName) + "}})";
        return std::nullopt;
    }
    if (previous) {
        error = "the figure \"" + std::string(base) + "\" has no previous-year value: it is a setting, report.toml " +
                std::string(found->setting);
        return std::nullopt;
    }
    const StageLimit& limit = limit_of(limits_, found->regime, found->stage);
    Number n;
    switch (found->field) {
        case LimitField::Respond: n.value = limit.respond; break;
        case LimitField::Extended: n.value = limit.extended; break;
        case LimitField::Extension: n.value = limit.extended - limit.respond; break;
        case LimitField::Acknowledge: n.value = limit.acknowledge; break;
    }
    return Resolved{n, std::nullopt, std::nullopt};
}

// Whether every figure of the Ombudsman's letter is given; the first missing one is the gap.
Condition FigureNames::letter_given() const {
    const OmbudsmanLetter& l = council_.letter;
    if (l.year.empty()) return Condition{false, false, MissingSetting{"ombudsman_letter", "year", ""}};
    for (std::size_t i = 0; i < kLetterKeys.size(); ++i)
        if (!l.values[i]) return Condition{false, false, MissingSetting{"ombudsman_letter", std::string(kLetterKeys[i].key), ""}};
    return Condition{true, true, std::nullopt};
}

std::optional<Condition> FigureNames::condition(std::string_view name, std::string& error) const {
    auto file = [](bool present) { return Condition{present, present, std::nullopt}; };
    if (name == "letter") return letter_given();
    if (name == "actions") return file(data_.actions.present() && !data_.actions.rows.empty());
    if (name == "self_assessment") return file(data_.self_assessment.present());
    if (name == "code_report.all") return file(council_.code_report_all);
    if (name == kCalendarDaysName) return file(limits_.adult.calendar_days);
    if (name == "concerns") return file(data_.present.concerns);
    if (name == "compliments") return file(data_.present.compliments);
    if (name == "lgsco") return file(data_.present.lgsco);
    if (name == "regional") return file(data_.present.regional && !f_.table(TableId::Regional).rows.empty());
    if (name == "own_age_bands") return file(data_.age_bands.declared());
    if (name == "contacts") {
        Condition c = file(!council_.contacts.empty());
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
    for (const NumberSpec& n : kNumbers)
        if (!n.name.empty()) candidates.emplace_back(n.name);
    candidates.emplace_back("letter.year");
    for (const LetterKey& k : kLetterKeys) candidates.push_back("letter." + std::string(k.key));
    for (const LimitName& l : kLimitNames) candidates.emplace_back(l.name);
    if (conditions) candidates.insert(candidates.end(), kConditionNames.begin(), kConditionNames.end());
    for (const auto& t : tables_) candidates.push_back(std::string(t.spec->name) + ".total");
    std::string best;
    std::size_t best_d = SIZE_MAX;
    for (const auto& c : candidates)
        if (const auto d = edit_distance(name, c); d < best_d) best_d = d, best = c;
    if (best_d <= std::max<std::size_t>(2, name.size() / 3)) return "; did you mean \"" + best + "\"?";
    return "; docs/templates.md lists the figures";
}

}  // namespace ascreport::report
