// The figures as one JSON document (the machine-readable twin of the report) and as text.
// The JSON's keys and their order are a published interface: docs/figures-json.md lists them,
// and a change here is a change there.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <ostream>

#include "ascreport/query.hpp"
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

void heading(std::ostream& out, std::string_view text) { out << '\n' << text << '\n' << std::string(text.size(), '=') << "\n\n"; }

// A table as text; with no earlier data, the period alone and a line saying why.
void table_text(const Breakdown& b, const Period& previous, std::ostream& out) {
    if (!b.no_earlier_data) return write_table(b, out);
    Breakdown alone = b;
    alone.previous_total.reset();
    alone.previous_label.clear();
    for (BreakdownRow& row : alone.rows) row.previous.reset();
    write_table(alone, out);
    out << "(no data for " << previous.label << ": no record of this kind was received on or before "
        << previous.last.iso() << ")\n";
}

std::string or_no_data(const std::optional<std::int64_t>& v) { return v ? std::to_string(*v) : std::string("no data"); }

}  // namespace

void write_figures_json(const Figures& f, std::ostream& out) {
    Json j = Json::object();
    j["format"] = "ascreport-figures";
    j["version"] = 2;
    j["period"] = period_json(f.period);
    j["previous_period"] = period_json(f.previous);
    j["complaints_by_route"] = breakdown_json(f.complaints_by_route);

    Json s = Json::object();
    s["outcome"] = breakdown_json(f.outcome);
    s["method"] = breakdown_json(f.method);
    s["service_area"] = breakdown_json(f.service_area);
    s["timescale"] = breakdown_json(f.timescale);
    s["timescale_left_out"] = f.timescale_left_out;
    s["previous_timescale_left_out"] = optional_json(f.previous_timescale_left_out);
    s["over_20_working_days_extended"] = f.over_20_extended;
    s["previous_over_20_working_days_extended"] = optional_json(f.previous_over_20_extended);
    s["gender"] = breakdown_json(f.gender);
    s["age_band"] = breakdown_json(f.age_band);
    s["ethnicity"] = breakdown_json(f.ethnicity);
    s["disability"] = breakdown_json(f.disability);
    s["month"] = breakdown_json(f.month);
    s["provider"] = breakdown_json(f.provider);
    j["statutory_complaints"] = std::move(s);

    j["concerns_by_category"] = breakdown_json(f.concern_category);
    j["compliments_by_month"] = breakdown_json(f.compliments_by_month);
    j["compliments_by_service_area"] = breakdown_json(f.compliments_by_service_area);
    j["compliments_by_source"] = breakdown_json(f.compliments_by_source);

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
    j["complaints_vs_compliments"] = std::move(months);

    const OmbudsmanFigures& o = f.ombudsman;
    Json lg = Json::object();
    lg["received"] = o.received;
    lg["previous_received"] = optional_json(o.previous_received);
    lg["decided"] = breakdown_json(o.decided);
    lg["still_open"] = o.still_open;
    lg["financial_remedies"] = o.financial_remedies;
    lg["financial_remedy_pence"] = o.financial_remedy_pence;
    Json decided = Json::array(), pending = Json::array();
    for (const auto& c : o.decided_cases) decided.push_back(case_json(c));
    for (const auto& c : o.received_not_decided) pending.push_back(case_json(c));
    lg["decided_cases"] = std::move(decided);
    lg["received_not_decided"] = std::move(pending);
    j["ombudsman"] = std::move(lg);

    j["regional"] = breakdown_json(f.regional);

    const KeyFigures& k = f.key_facts;
    Json kf = Json::object();
    kf["long_term_support"] = optional_json(k.long_term_support);
    kf["previous_long_term_support"] = optional_json(k.previous_long_term_support);
    kf["statutory_complaints"] = k.statutory_complaints;
    kf["previous_statutory_complaints"] = optional_json(k.previous_statutory_complaints);
    kf["upheld_or_partly_upheld"] = k.upheld_or_partly;
    kf["previous_upheld_or_partly_upheld"] = optional_json(k.previous_upheld_or_partly);
    Json years = Json::array();
    for (const TimescalePercent& t : k.timescale) {
        Json y = Json::object();
        y["period"] = t.period_label;
        y["percent"] = optional_json(t.percent);
        y["source"] = source_name(t.source);
        y["within"] = t.within;
        y["total"] = t.total;
        years.push_back(std::move(y));
    }
    kf["within_20_working_days"] = std::move(years);
    kf["compliments"] = k.compliments;
    kf["previous_compliments"] = optional_json(k.previous_compliments);
    kf["ombudsman_received"] = k.ombudsman_received;
    kf["ombudsman_upheld"] = k.ombudsman_upheld;
    j["key_facts"] = std::move(kf);

    out << j.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

void write_figures_text(const Figures& f, std::ostream& out) {
    out << "Figures for " << f.period.label << " (" << f.period.first.iso() << " to " << f.period.last.iso()
        << "), compared with " << f.previous.label << '\n';

    heading(out, "Complaints by route");
    table_text(f.complaints_by_route, f.previous, out);

    const std::pair<const char*, const Breakdown*> statutory[] = {
        {"Statutory complaints by outcome", &f.outcome},
        {"Statutory complaints by method", &f.method},
        {"Statutory complaints by service area", &f.service_area},
        {"Statutory complaints by timescale", &f.timescale},
    };
    for (const auto& [title, b] : statutory) {
        heading(out, title);
        table_text(*b, f.previous, out);
    }
    out << "\nWithdrawn before a response (left out of the timescale table): " << f.timescale_left_out << " ("
        << f.previous.label << ": " << or_no_data(f.previous_timescale_left_out) << ")\n";
    out << "Over 20 working days with an agreed extension: " << f.over_20_extended << " (" << f.previous.label
        << ": " << or_no_data(f.previous_over_20_extended) << ")\n";
    const std::pair<const char*, const Breakdown*> current[] = {
        {"Statutory complaints by gender", &f.gender},
        {"Statutory complaints by age band", &f.age_band},
        {"Statutory complaints by ethnicity", &f.ethnicity},
        {"Statutory complaints by disability", &f.disability},
        {"Statutory complaints by month received", &f.month},
        {"Statutory complaints by external provider", &f.provider},
        {"Concerns raised in statutory complaints, by category", &f.concern_category},
        {"Compliments by month received", &f.compliments_by_month},
        {"Compliments by service area", &f.compliments_by_service_area},
        {"Compliments by source", &f.compliments_by_source},
    };
    for (const auto& [title, b] : current) {
        heading(out, title);
        table_text(*b, f.previous, out);
    }

    heading(out, "Compliments compared with statutory complaints");
    std::size_t width = 5;
    for (const auto& m : f.complaints_vs_compliments) width = std::max(width, m.month.label.size());
    out << fmt::format("{:<{}}  {:>10}  {:>11}  {:>10}  {:>15}\n", "Month", width, "Complaints", "Compliments",
                       "Difference", "% of complaints");
    for (const auto& m : f.complaints_vs_compliments) {
        const auto p = m.difference_percent();
        out << fmt::format("{:<{}}  {:>10}  {:>11}  {:>10}  {:>15}\n", m.month.label, width, m.complaints,
                           m.compliments, m.difference(), p ? std::to_string(*p) + "%" : "n/a");
    }
    out << "(% of complaints: compliments minus complaints, as a percentage of complaints)\n";

    const OmbudsmanFigures& o = f.ombudsman;
    heading(out, "Ombudsman (LGSCO)");
    out << "Cases received: " << o.received << " (" << f.previous.label << ": " << or_no_data(o.previous_received) << ")\n"
        << "Still open: " << o.still_open << '\n'
        << "Financial remedies: " << o.financial_remedies << ", " << format_money(o.financial_remedy_pence) << "\n\n";
    table_text(o.decided, f.previous, out);
    auto list = [&](const char* title, const std::vector<OmbudsmanCaseItem>& cases) {
        out << '\n' << title << ": " << cases.size() << '\n';
        for (const auto& c : cases)
            out << "  " << c.reference << "  received " << c.received.iso() << "  "
                << (c.decided ? "decided " + c.decided->iso() + "  " + std::string(label(c.decision)) : "still open")
                << (c.remedy_pence > 0 ? "  " + format_money(c.remedy_pence) : "") << '\n';
    };
    list("Decided in the period", o.decided_cases);
    list("Received in the period, not decided in it", o.received_not_decided);

    heading(out, "Regional comparison");
    if (f.regional.rows.empty())
        out << "No regional figures for " << f.period.label << ".\n";
    else
        write_table(f.regional, out);

    const KeyFigures& k = f.key_facts;
    heading(out, "Key facts");
    auto maybe = [](const std::optional<std::int64_t>& v) { return v ? std::to_string(*v) : std::string("not set"); };
    out << "People in long-term support: " << maybe(k.long_term_support) << " (" << f.previous.label << ": "
        << maybe(k.previous_long_term_support) << ")\n"
        << "Statutory complaints: " << k.statutory_complaints << " (" << f.previous.label << ": "
        << or_no_data(k.previous_statutory_complaints) << ")\n"
        << "Upheld or partly upheld: " << k.upheld_or_partly << " (" << f.previous.label << ": "
        << or_no_data(k.previous_upheld_or_partly) << ")\n"
        << "Resolved within 20 working days:";
    for (const auto& t : k.timescale) {
        out << ' ' << t.period_label << ' ' << (t.percent ? std::to_string(*t.percent) + "%" : "n/a");
        if (t.source == TimescalePercent::Source::Settings) out << " (report.toml)";
        out << (&t == &k.timescale.back() ? "" : ",");
    }
    out << "\nCompliments: " << k.compliments << " (" << f.previous.label << ": " << or_no_data(k.previous_compliments) << ")\n"
        << "Ombudsman cases received: " << k.ombudsman_received << ", upheld: " << k.ombudsman_upheld << '\n';
}

}  // namespace ascreport
