// The figures as one JSON document (the machine-readable twin of the report) and as text.
// The JSON's keys and their order are a published interface: docs/figures-json.md lists them,
// and a change here is a change there.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <ostream>

#include "ascreport/format.hpp"
#include "ascreport/terminal.hpp"
#include "ascreport/text.hpp"

namespace ascreport {

namespace {

using Json = nlohmann::ordered_json;

std::string_view kind_name(Period::Kind k) {
    switch (k) {
        case Period::Kind::FinancialYear: return "financial_year";
        case Period::Kind::Quarter: return "quarter";
        case Period::Kind::Range: return "range";
    }
    return "range";
}

Json period_json(const Period& p) {
    Json j = Json::object();
    j["label"] = p.label;
    j["kind"] = kind_name(p.kind);
    j["first"] = p.first.iso();
    j["last"] = p.last.iso();
    return j;
}

// {"total", ["previous_total"], "rows": [{FIELD..., "count", "percent", ["previous_count",
// "previous_percent"]}]}
// With --suppress-below, also "suppress_below" after the totals and "suppressed" (and
// "previous_suppressed") in each row, a hidden count and its percent being null.
// With no earlier data (Breakdown::no_earlier_data) every previous value is null.
Json breakdown_json(const Breakdown& b) {
    Json j = Json::object();
    j["total"] = b.total;
    const bool none = b.no_earlier_data;
    if (b.compared()) j["previous_total"] = none ? Json(nullptr) : Json(*b.previous_total);
    if (b.suppress_below > 0) j["suppress_below"] = b.suppress_below;
    Json rows = Json::array();
    for (const BreakdownRow& row : b.rows) {
        Json r = Json::object();
        for (std::size_t i = 0; i < b.fields.size() && i < row.groups.size(); ++i) r[b.fields[i]] = row.groups[i].key;
        const bool hidden = row.suppressed != Suppressed::No, previous_hidden = row.previous_suppressed != Suppressed::No;
        r["count"] = hidden ? Json(nullptr) : Json(row.count);
        r["percent"] = hidden ? Json(nullptr) : Json(percent_half_up(row.count, b.total));
        if (b.suppress_below > 0) r["suppressed"] = hidden;
        if (b.compared()) {
            r["previous_count"] = previous_hidden || none ? Json(nullptr) : Json(row.previous.value_or(0));
            r["previous_percent"] = previous_hidden || none
                                        ? Json(nullptr)
                                        : Json(percent_half_up(row.previous.value_or(0), *b.previous_total));
            if (b.suppress_below > 0) r["previous_suppressed"] = previous_hidden;
        }
        rows.push_back(std::move(r));
    }
    j["rows"] = std::move(rows);
    return j;
}

Json optional_json(const auto& value) { return value ? Json(*value) : Json(nullptr); }

Json case_json(const OmbudsmanCaseItem& c) {
    Json j = Json::object();
    j["reference"] = c.reference;
    j["received"] = c.received.iso();
    j["decided"] = c.decided ? Json(c.decided->iso()) : Json(nullptr);
    j["decision"] = label(c.decision);
    j["remedy_pence"] = c.remedy_pence;
    return j;
}

std::string_view source_name(TimescalePercent::Source s) {
    switch (s) {
        case TimescalePercent::Source::Records: return "records";
        case TimescalePercent::Source::Settings: return "settings";
        case TimescalePercent::Source::None: return "none";
    }
    return "none";
}

// A table as text; with no earlier data, the period alone and a line saying why.
void table_text(const Breakdown& b, const Period& previous, std::ostream& out) {
    if (!b.no_earlier_data) return write_table(b, out);
    Breakdown alone = b;
    alone.previous_total.reset();
    alone.previous_label.clear();
    for (BreakdownRow& row : alone.rows) row.previous.reset();
    write_table(alone, out);
    if (b.earlier_partial)
        out << "(no data for " << previous.label << ": the records cover only part of its year, so it is not compared; "
            << "ascreport validate lists the partial years)\n";
    else
        out << "(no data for " << previous.label << ": no record of this kind was received on or before "
            << previous.last.iso() << ")\n";
}

// Puts `value` at `path` ("ombudsman.received"), making the objects on the way: keys come in
// the order first put.
void put(Json& j, std::string_view path, Json value) {
    Json* at = &j;
    for (auto dot = path.find('.'); dot != std::string_view::npos; dot = path.find('.')) {
        at = &(*at)[std::string(path.substr(0, dot))];
        path.remove_prefix(dot + 1);
    }
    (*at)[std::string(path)] = std::move(value);
}

// A number; Unit::Tenths as a decimal (125 -> 12.5).
Json number_json(const std::optional<std::int64_t>& v, Unit unit = Unit::Count) {
    if (!v) return Json(nullptr);
    return unit == Unit::Tenths ? Json(static_cast<double>(*v) / 10) : Json(*v);
}

Json part_json(const Figures& f, Part part) {
    switch (part) {
        case Part::Period: return period_json(f.period);
        case Part::PreviousPeriod: return period_json(f.previous);
        case Part::MonthComparison: {
            Json months = Json::array();
            for (const MonthComparison& m : f.complaints_vs_compliments) {
                Json r = Json::object();
                r["month"] = m.month.key;
                r["complaints"] = m.complaints;
                r["compliments"] = m.compliments;
                r["difference"] = m.difference();
                r["difference_percent_of_complaints"] = optional_json(m.difference_percent());
                months.push_back(std::move(r));
            }
            return months;
        }
        case Part::DecidedCases:
        case Part::PendingCases: {
            Json cases = Json::array();
            for (const auto& c : part == Part::DecidedCases ? f.ombudsman.decided_cases : f.ombudsman.received_not_decided)
                cases.push_back(case_json(c));
            return cases;
        }
        case Part::TimescalePercents: {
            Json years = Json::array();
            for (const TimescalePercent& t : f.timescale_percent) {
                Json y = Json::object();
                y["period"] = t.period_label;
                y["percent"] = optional_json(t.percent);
                y["source"] = source_name(t.source);
                y["within"] = t.within;
                y["total"] = t.total;
                years.push_back(std::move(y));
            }
            return years;
        }
    }
    return nullptr;
}

// --format text: the entries of kDocument in order, but the JSON objects with a heading of their
// own (kTextGroups) print together: heading, numbers, table, lists of cases.
class TextWriter {
public:
    TextWriter(const Figures& f, std::ostream& out) : f_(f), out_(out) {}

    void entry(const DocumentEntry& e) {
        switch (e.kind) {
            case DocumentEntry::Kind::Table: return table(kTables[e.index]);
            case DocumentEntry::Kind::Number: return number(kNumbers[e.index]);
            case DocumentEntry::Kind::Part: return part(kParts[e.index]);
        }
    }

    void group(std::string_view title, const std::vector<DocumentEntry>& entries) {
        if (entries.empty()) return;
        heading(title);
        auto is_list = [](const DocumentEntry& e) {
            return e.kind == DocumentEntry::Kind::Part &&
                   (kParts[e.index].part == Part::DecidedCases || kParts[e.index].part == Part::PendingCases);
        };
        for (const DocumentEntry& e : entries)
            if (e.kind != DocumentEntry::Kind::Table && !is_list(e)) entry(e);
        for (const DocumentEntry& e : entries)
            if (e.kind == DocumentEntry::Kind::Table) entry(e);
        for (const DocumentEntry& e : entries)
            if (is_list(e)) entry(e);
        flush_lines();
    }

    void finish() { flush_lines(); }

private:
    void heading(std::string_view text) {
        flush_lines();
        out_ << '\n' << text << '\n' << std::string(text.size(), '=') << "\n\n";
        after_heading_ = true;
    }

    // Lines of numbers: a blank line sets them apart from a table before them.
    void flush_lines() {
        if (lines_.empty()) return;
        if (!after_heading_) out_ << '\n';
        for (const std::string& line : lines_) out_ << line << '\n';
        lines_.clear();
        after_heading_ = false;
    }

    void table(const TableSpec& t) {
        if (t.text.empty()) {
            flush_lines();
            out_ << '\n';  // under its group's heading, after its numbers
        } else {
            heading(t.text);
        }
        const Breakdown& b = f_.table(t.id);
        if (b.rows.empty() && !t.text_when_empty.empty())
            out_ << t.text_when_empty << " for " << f_.period.label << ".\n";
        else
            table_text(b, f_.previous, out_);
        after_heading_ = false;
    }

    void number(const NumberSpec& n) {
        if (n.text.empty() && !n.text_continues) return;
        const NumberValue v = read_number(f_, n);
        const std::string_view none = n.counts == Counted::Setting ? "not set" : "no data";
        auto shown = [&](const std::optional<std::int64_t>& x) {
            if (!x) return std::string(none);
            if (n.unit == Unit::Money) return format_money(*x);
            return n.unit == Unit::Tenths ? format_tenths(*x) : std::to_string(*x);
        };
        std::string text = (n.text.empty() ? std::string() : std::string(n.text) + ": ") + shown(v.value);
        if (!n.json_previous.empty()) text += " (" + f_.previous.label + ": " + shown(v.previous) + ")";
        if (n.text_continues && !lines_.empty()) lines_.back() += ", " + text;
        else lines_.push_back(std::move(text));
    }

    void part(const PartSpec& p) {
        switch (p.part) {
            case Part::Period:
                out_ << p.text << ' ' << f_.period.label << " (" << f_.period.first.iso() << " to " << f_.period.last.iso()
                     << "), compared with " << f_.previous.label << '\n';
                return;
            case Part::PreviousPeriod: return;  // in the first line
            case Part::MonthComparison: return month_comparison(p.text);
            case Part::DecidedCases: return cases(p.text, f_.ombudsman.decided_cases);
            case Part::PendingCases: return cases(p.text, f_.ombudsman.received_not_decided);
            case Part::TimescalePercents: {
                std::string line(p.text);
                line += ':';
                for (const auto& t : f_.timescale_percent) {
                    line += ' ' + t.period_label + ' ' + (t.percent ? std::to_string(*t.percent) + "%" : "n/a");
                    if (t.source == TimescalePercent::Source::Settings) line += " (report.toml)";
                    if (&t != &f_.timescale_percent.back()) line += ',';
                }
                lines_.push_back(std::move(line));
                return;
            }
        }
    }

    void month_comparison(std::string_view title) {
        heading(title);
        std::size_t width = 5;
        for (const auto& m : f_.complaints_vs_compliments) width = std::max(width, m.month.label.size());
        out_ << fmt::format("{:<{}}  {:>10}  {:>11}  {:>10}  {:>15}\n", "Month", width, "Complaints", "Compliments",
                            "Difference", "% of complaints");
        for (const auto& m : f_.complaints_vs_compliments) {
            const auto p = m.difference_percent();
            out_ << fmt::format("{:<{}}  {:>10}  {:>11}  {:>10}  {:>15}\n", m.month.label, width, m.complaints,
                                m.compliments, m.difference(), p ? std::to_string(*p) + "%" : "n/a");
        }
        out_ << "(% of complaints: compliments minus complaints, as a percentage of complaints)\n";
        after_heading_ = false;
    }

    void cases(std::string_view title, const std::vector<OmbudsmanCaseItem>& list) {
        flush_lines();
        out_ << '\n' << title << ": " << list.size() << '\n';
        for (const auto& c : list)
            out_ << "  " << c.reference << "  received " << c.received.iso() << "  "
                 << (c.decided ? "decided " + c.decided->iso() + "  " + std::string(label(c.decision)) : "still open")
                 << (c.remedy_pence > 0 ? "  " + format_money(c.remedy_pence) : "") << '\n';
        after_heading_ = false;
    }

    const Figures& f_;
    std::ostream& out_;
    std::vector<std::string> lines_;  // numbers waiting to print, one line each
    bool after_heading_ = false;
};

// The heading under which --format text prints an entry with its group, or "".
std::string_view text_group(const DocumentEntry& e) {
    const std::string_view json = e.kind == DocumentEntry::Kind::Table    ? kTables[e.index].json
                                  : e.kind == DocumentEntry::Kind::Number ? kNumbers[e.index].json
                                                                          : kParts[e.index].json;
    const std::string_view object = json.substr(0, json.find('.'));
    for (const GroupSpec& g : kTextGroups)
        if (json.find('.') != std::string_view::npos && g.json == object) return g.text;
    return "";
}

}  // namespace

void write_figures_json(const Figures& f, std::ostream& out) {
    Json j = Json::object();
    j["format"] = "ascreport-figures";
    j["version"] = 4;
    for (const DocumentEntry& e : kDocument) {
        switch (e.kind) {
            case DocumentEntry::Kind::Table: {
                const TableSpec& t = kTables[e.index];
                put(j, t.json, breakdown_json(f.table(t.id)));
                break;
            }
            case DocumentEntry::Kind::Number: {
                const NumberSpec& n = kNumbers[e.index];
                const NumberValue v = read_number(f, n);
                put(j, n.json, number_json(v.value, n.unit));
                if (!n.json_previous.empty()) put(j, n.json_previous, number_json(v.previous, n.unit));
                break;
            }
            case DocumentEntry::Kind::Part: {
                const PartSpec& p = kParts[e.index];
                put(j, p.json, part_json(f, p.part));
                break;
            }
        }
    }
    out << json_escape_c1(j.dump(2, ' ', false, Json::error_handler_t::replace)) << '\n';
}

void write_figures_text(const Figures& f, std::ostream& out) {
    TextWriter writer(f, out);
    std::string_view group;
    std::vector<DocumentEntry> held;  // the entries of `group`
    for (const DocumentEntry& e : kDocument) {
        const std::string_view g = text_group(e);
        if (g != group) {
            writer.group(group, held);
            held.clear();
            group = g;
        }
        if (g.empty()) writer.entry(e);
        else held.push_back(e);
    }
    writer.group(group, held);
    writer.finish();
}

}  // namespace ascreport
