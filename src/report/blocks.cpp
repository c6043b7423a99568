#include "blocks.hpp"

#include <algorithm>
#include <memory>
#include <utility>
#include <cctype>
#include <set>

#include "ascreport/period.hpp"
#include "ascreport/privacy.hpp"
#include "ascreport/text_table.hpp"
#include "expand.hpp"
#include "sources.hpp"

namespace ascreport::report {
namespace {

std::string pct(std::int64_t part, std::int64_t whole) { return with_thousands(percent_half_up(part, whole)) + "%"; }

// "1 case", "2 cases", "no cases".
std::string plural(std::int64_t n, std::string_view one, std::string_view many) {
    if (n == 0) return "no " + std::string(many);
    return with_thousands(n) + " " + std::string(n == 1 ? one : many);
}

const char* kMonthShort[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string short_month(const Group& g) {
    // key "2023-04"
    if (g.key.size() == 7) {
        const int m = std::stoi(g.key.substr(5, 2));
        if (m >= 1 && m <= 12) return kMonthShort[m - 1];
    }
    return g.label;
}

// A count as a table, chart or list prints it: "*" when --suppress-below hides it.
std::string count_cell(std::int64_t n, Suppressed s) { return s == Suppressed::No ? with_thousands(n) : "*"; }
std::string pct_cell(std::int64_t n, std::int64_t whole, Suppressed s) { return s == Suppressed::No ? pct(n, whole) : "*"; }

// Whether the report quotes this compliment: marked publish = Yes, has words, and was received
// in the period.
bool quoted(const Compliment& c, const Period& period) { return c.publish && !c.text.empty() && period.contains(c.received); }

}  // namespace

Table table_block(const NamedTable& t, const Figures& f) {
    const Breakdown& b = *t.breakdown;
    const bool percent = t.spec->percent_column;
    const bool compared = b.compared() && t.spec->prints_previous();
    // No earlier data: the previous year's column stays, each cell "no data", and no % column.
    const bool no_data = compared && b.no_earlier_data;
    const bool previous_percent = percent && !no_data;
    Table table;
    table.columns.push_back({std::string(t.spec->heading), Align::Left, 3.0});
    table.columns.push_back({f.period.label, Align::Right, 1.0});
    if (percent) table.columns.push_back({"%", Align::Right, 0.8});
    if (compared) {
        table.columns.push_back({f.previous.label, Align::Right, no_data && percent ? 1.8 : 1.0});
        if (previous_percent) table.columns.push_back({"%", Align::Right, 0.8});
    }
    for (const BreakdownRow& row : b.rows) {
        std::vector<std::string> cells{row.groups.empty() ? std::string() : row.groups[0].label,
                                       count_cell(row.count, row.suppressed)};
        if (percent) cells.push_back(pct_cell(row.count, b.total, row.suppressed));
        if (no_data) {
            cells.push_back("no data");
        } else if (compared) {
            const std::int64_t prev = row.previous.value_or(0);
            cells.push_back(count_cell(prev, row.previous_suppressed));
            if (percent) cells.push_back(pct_cell(prev, *b.previous_total, row.previous_suppressed));
        }
        table.rows.push_back(std::move(cells));
    }
    std::vector<std::string> total{"Total", with_thousands(b.total)};
    if (percent) total.push_back(b.total > 0 ? "100%" : "0%");
    if (no_data) {
        total.push_back("no data");
    } else if (compared) {
        total.push_back(with_thousands(*b.previous_total));
        if (percent) total.push_back(*b.previous_total > 0 ? "100%" : "0%");
    }
    table.total_row = std::move(total);
    return table;
}

Table complaints_vs_compliments_table(const Figures& f) {
    Table table;
    table.columns = {{"Month", Align::Left, 1.6},
                     {"Complaints", Align::Right, 1.1},
                     {"Compliments", Align::Right, 1.1},
                     {"Compliments minus complaints", Align::Right, 1.4},
                     {"Difference as % of complaints", Align::Right, 1.4}};
    std::int64_t complaints = 0, compliments = 0;
    for (const MonthComparison& m : f.complaints_vs_compliments) {
        complaints += m.complaints;
        compliments += m.compliments;
        const auto p = m.difference_percent();
        table.rows.push_back({m.month.label, with_thousands(m.complaints), with_thousands(m.compliments),
                              (m.difference() > 0 ? "+" : "") + with_thousands(m.difference()),
                              p ? with_thousands(*p) + "%" : "n/a"});
    }
    const std::int64_t diff = compliments - complaints;
    table.total_row = std::vector<std::string>{
        "Total", with_thousands(complaints), with_thousands(compliments), (diff > 0 ? "+" : "") + with_thousands(diff),
        complaints > 0 ? with_thousands(percent_half_up(diff, complaints)) + "%" : "n/a"};
    return table;
}

BarChart chart_block(const NamedTable& t, const Figures& f) {
    const Breakdown& b = *t.breakdown;
    BarChart chart;
    chart.title = std::string(t.spec->heading) + ", " + f.period.label;
    chart.value_axis_label = t.spec->value_axis;
    ChartSeries now{f.period.label, {}, {}};
    ChartSeries before{f.previous.label, {}, {}};
    const bool no_data = b.compared() && b.no_earlier_data && t.spec->prints_previous();
    const bool compared = b.compared() && t.spec->prints_previous() && !no_data;
    // A count hidden by --suppress-below is a bar of no height labelled "*": the category keeps
    // its place, and the bar tells nothing of the count.
    for (const BreakdownRow& row : b.rows) {
        chart.categories.push_back(row.groups.empty() ? std::string() : row.groups[0].label);
        const bool hidden = row.suppressed != Suppressed::No;
        now.values.push_back(hidden ? 0.0 : static_cast<double>(row.count));
        now.labels.push_back(hidden     ? std::string("*")
                             : compared ? with_thousands(row.count)
                                        : with_thousands(row.count) + " (" + pct(row.count, b.total) + ")");
        if (compared) {
            const bool prev_hidden = row.previous_suppressed != Suppressed::No;
            before.values.push_back(prev_hidden ? 0.0 : static_cast<double>(row.previous.value_or(0)));
            before.labels.push_back(count_cell(row.previous.value_or(0), row.previous_suppressed));
        }
    }
    if (compared) {
        chart.title = std::string(t.spec->heading) + ", " + f.period.label + " and " + f.previous.label;
        chart.series = {std::move(now), std::move(before)};
    } else {
        if (no_data) chart.title += " (no data for " + f.previous.label + ")";
        chart.series = {std::move(now)};
    }
    return chart;
}

BarChart complaints_vs_compliments_chart(const Figures& f) {
    BarChart chart;
    chart.title = "Complaints and compliments by month, " + f.period.label;
    chart.value_axis_label = "Number received";
    chart.orientation = ChartOrientation::Vertical;
    ChartSeries complaints{"Statutory complaints", {}, {}}, compliments{"Compliments", {}, {}};
    for (const MonthComparison& m : f.complaints_vs_compliments) {
        chart.categories.push_back(short_month(m.month));
        complaints.values.push_back(static_cast<double>(m.complaints));
        complaints.labels.push_back(with_thousands(m.complaints));
        compliments.values.push_back(static_cast<double>(m.compliments));
        compliments.labels.push_back(with_thousands(m.compliments));
    }
    chart.series = {std::move(complaints), std::move(compliments)};
    return chart;
}

Paragraph list_sentence(const NamedTable& t, const std::vector<SourceRef>& sources) {
    const Breakdown& b = *t.breakdown;
    std::vector<const BreakdownRow*> rows;
    for (const auto& r : b.rows)
        if (r.count > 0 || r.suppressed != Suppressed::No) rows.push_back(&r);
    auto hidden = [](const BreakdownRow* r) { return r->suppressed != Suppressed::No; };
    // A fixed vocabulary keeps its own order (16-24 before 25-34), which tells nothing of a
    // hidden count. Free text goes largest first, N/A last; hidden counts (--suppress-below)
    // come after the shown ones, in table order, whatever their count, so that the order does
    // not tell it; a hidden 0 is listed like the others.
    if (t.spec->free_text) {
        auto is_na = [](const BreakdownRow* r) { return !r->groups.empty() && r->groups[0].key == "N/A"; };
        std::stable_sort(rows.begin(), rows.end(), [&](const BreakdownRow* a, const BreakdownRow* c) {
            if (is_na(a) != is_na(c)) return is_na(c);
            if (hidden(a) != hidden(c)) return hidden(c);
            return !hidden(a) && a->count > c->count;
        });
    }
    // Each value a run of its own, with its Source; the words between them one run.
    Runs runs;
    std::string text;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (i > 0) text += i + 1 == rows.size() ? " and " : ", ";
        const auto row = static_cast<std::size_t>(rows[i] - b.rows.data());
        if (row < sources.size() && sources[row]) {
            if (!text.empty()) runs.push_back(Run::plain(std::exchange(text, {})));
            runs.push_back(Run::plain(rows[i]->groups[0].label));
            runs.back().source = sources[row];
        } else {
            text += rows[i]->groups[0].label;
        }
        if (hidden(rows[i])) text += " (not shown)";
        // A fixed vocabulary's values may be numbers themselves ("18-24"): a colon keeps the
        // count apart ("18-24: 25 (13%)").
        else text += (t.spec->free_text ? " " : ": ") + with_thousands(rows[i]->count) + " (" + pct(rows[i]->count, b.total) + ")";
    }
    if (rows.empty()) text = "none recorded";
    runs.push_back(Run::plain(text + "."));
    return Paragraph{std::move(runs)};
}

std::vector<Block> case_blocks(const std::vector<OmbudsmanCaseItem>& cases, const Dataset& data, bool decided,
                               Date period_last, const std::filesystem::path& data_dir) {
    std::vector<Block> out;
    if (cases.empty()) {
        out.push_back(Paragraph{{Run::plain(decided ? "No cases were decided in the period." : "There are no such cases.")}});
        return out;
    }
    int n = 0;
    for (const OmbudsmanCaseItem& c : cases) {
        out.push_back(Heading{3, "Case " + std::to_string(++n), false});
        // A case not decided in the period is reported in full once, in the year of its
        // decision: here only that it was received, whatever a later export says of it.
        if (!decided) {
            out.push_back(Paragraph{{Run::strong("Received " + day_month_year(c.received) + "; not decided by " +
                                                 day_month_year(period_last))}});
            continue;
        }
        std::string status = std::string(label(c.decision)) + ", decided " + day_month_year(*c.decided);
        if (c.remedy_pence > 0) status += "; financial remedy " + format_money(c.remedy_pence);
        out.push_back(Paragraph{{Run::strong(status)}});
        const std::string& summary = c.index < data.lgsco.size() ? data.lgsco[c.index].summary : std::string();
        const auto source = c.index < data.lgsco.size()
                                ? std::make_shared<const Source>(Source{source_file(data, data_dir, "lgsco", data.lgsco[c.index].part),
                                                                           data.lgsco[c.index].line, "summary", {}})
                                : nullptr;
        if (summary.empty()) {
            out.push_back(Paragraph{{Run::plain("No summary was recorded for this case.")}});
            continue;
        }
        // Blank lines separate paragraphs; a single line break is kept as one.
        std::size_t pos = 0;
        while (pos <= summary.size()) {
            std::size_t end = summary.find("\n\n", pos);
            if (end == std::string::npos) end = summary.size();
            std::string para = summary.substr(pos, end - pos);
            while (!para.empty() && para.back() == '\n') para.pop_back();
            while (!para.empty() && para.front() == '\n') para.erase(0, 1);
            if (!para.empty()) {
                Run run = Run::plain(para);
                run.source = source;
                out.push_back(Paragraph{{std::move(run)}});
            }
            pos = end + 2;
        }
    }
    return out;
}

namespace {

// A quote's text for telling repeats apart: case, runs of spaces and punctuation at either end
// do not count ("Thank you so much!" and "thank you  so much" are one quote).
std::string quote_key(std::string_view text) {
    std::string key = TextTable::key_of(text);  // lower case, spaces collapsed, curly quotes straight
    auto is_end = [](unsigned char ch) { return std::ispunct(ch) || std::isspace(ch); };
    std::size_t first = 0, last = key.size();
    while (first < last && is_end(static_cast<unsigned char>(key[first]))) ++first;
    while (last > first && is_end(static_cast<unsigned char>(key[last - 1]))) --last;
    // An ellipsis (U+2026) at either end counts as punctuation too.
    static constexpr std::string_view kEllipsis = "\u2026";
    std::string_view k(key.data() + first, last - first);
    while (k.starts_with(kEllipsis)) k.remove_prefix(kEllipsis.size());
    while (k.ends_with(kEllipsis)) k.remove_suffix(kEllipsis.size());
    return std::string(k);
}

}  // namespace

std::vector<const Compliment*> choose_quotes(const Dataset& data, const Period& period, std::size_t most) {
    // Each published quote once: its most recent sending (the first line of the file on a tie).
    std::vector<const Compliment*> published;
    for (const Compliment& c : data.compliments)
        if (quoted(c, period)) published.push_back(&c);
    auto recent_first = [](const Compliment* a, const Compliment* b) {
        return a->received != b->received ? a->received > b->received : a->line < b->line;
    };
    std::stable_sort(published.begin(), published.end(), recent_first);
    std::set<std::string> seen;
    // Each service area's quotes, most recent first; the areas in the order of their most recent.
    std::vector<std::pair<TextId, std::vector<const Compliment*>>> areas;
    for (const Compliment* c : published) {
        if (!seen.insert(quote_key(c->text)).second) continue;
        auto it = std::find_if(areas.begin(), areas.end(), [&](const auto& a) { return a.first == c->service_area; });
        if (it == areas.end()) it = areas.insert(areas.end(), {c->service_area, {}});
        it->second.push_back(c);
    }
    // Round by round, one quote of each area, until `most` are chosen.
    std::vector<const Compliment*> chosen;
    for (std::size_t round = 0; chosen.size() < most; ++round) {
        bool any = false;
        for (const auto& [area, quotes] : areas) {
            if (round >= quotes.size() || chosen.size() >= most) continue;
            chosen.push_back(quotes[round]);
            any = true;
        }
        if (!any) break;
    }
    std::stable_sort(chosen.begin(), chosen.end(), recent_first);
    return chosen;
}

std::vector<Block> quote_blocks(const Dataset& data, const Period& period, std::size_t most,
                                const std::filesystem::path& data_dir) {
    std::vector<Block> out;
    for (const Compliment* c : choose_quotes(data, period, most)) {
        Run run = Run::emphasis(c->text);
        run.source = std::make_shared<const Source>(
            Source{source_file(data, data_dir, "compliments", c->part), c->line, "text", {}});
        out.push_back(Quote{{std::move(run)}});
    }
    if (out.empty()) out.push_back(Paragraph{{Run::plain("No compliments were marked for publication this year.")}});
    return out;
}

std::vector<Block> contact_blocks(const CouncilProfile& s) {
    std::vector<Block> out;
    for (const Contact& c : s.contacts) {
        Runs runs;
        runs.reserve(3);  // grown from one, GCC 12 gives a false -Warray-bounds on Run's move
        runs.push_back(Run::strong(c.name));
        if (!c.role.empty()) runs.push_back(Run::plain("\n" + c.role));
        if (!c.team.empty()) runs.push_back(Run::plain("\n" + c.team));
        out.push_back(Paragraph{std::move(runs)});
    }
    return out;
}

KeyFacts key_facts_block(const Figures& f, const Dataset& data, const CouncilProfile& council, DraftGaps* gaps) {
    // A table's previous total, unless it has no earlier data.
    auto previous_total = [](const Breakdown& b) { return b.no_earlier_data ? std::nullopt : b.previous_total; };
    const bool years = f.period.kind == Period::Kind::FinancialYear;
    KeyFacts facts;
    const Count& support = f.count(CountId::LongTermSupport);
    if (support.value) {
        std::string caption = "adults in long-term support on " + day_month_year(f.period.last);
        if (support.previous) caption += " (" + with_thousands(*support.previous) + " a year earlier)";
        facts.tiles.push_back({with_thousands(*support.value), caption});
    } else if (gaps && years) {
        gaps->add_setting({"figures", "long_term_support", f.period.label});
    }
    const Breakdown& statutory = f.table(TableId::Outcome);
    std::string caption = "statutory complaints about " + council.service_name + " in " + f.period.label;
    if (const auto previous = previous_total(statutory))
        caption += ", compared with " + with_thousands(*previous) + " in " + f.previous.label;
    facts.tiles.push_back({with_thousands(statutory.total), caption});
    const auto& timescale = f.timescale_percent;
    if ((timescale.empty() || !timescale[0].percent) && gaps && years)
        gaps->add_setting({"figures", "timescale_percent", f.period.label});
    if (!timescale.empty() && timescale[0].percent) {
        std::string within = "resolved within 20 working days";
        std::string earlier;
        for (std::size_t i = 1; i < timescale.size(); ++i)
            if (timescale[i].percent)
                earlier += (earlier.empty() ? "" : ", ") + with_thousands(*timescale[i].percent) + "% in " + timescale[i].period_label;
        if (!earlier.empty()) within += " (" + earlier + ")";
        facts.tiles.push_back({with_thousands(*timescale[0].percent) + "%", within});
    }
    if (data.present.compliments) {
        const Breakdown& compliments = f.table(TableId::ComplimentsMonth);
        std::string said = "compliments received in " + f.period.label;
        if (const auto previous = previous_total(compliments)) {
            const std::int64_t diff = compliments.total - *previous;
            said = "compliments, " + (diff == 0 ? std::string("the same number as in ") + f.previous.label
                                                : with_thousands(diff < 0 ? -diff : diff) + (diff < 0 ? " fewer" : " more") +
                                                      " than in " + f.previous.label);
        }
        facts.tiles.push_back({with_thousands(compliments.total), said});
    }
    if (!data.present.lgsco) return facts;
    const std::int64_t received = f.count(CountId::LgscoNew).value.value_or(0);
    const Breakdown& decided = f.table(TableId::LgscoDecided);
    facts.tiles.push_back({with_thousands(received),
                           std::string(received == 1 ? "new Ombudsman case" : "new Ombudsman cases") + "; " +
                               (decided.total == 0 ? std::string("none decided")
                                                   : plural(decided.count_of(label(Decision::Upheld)), "case", "cases") +
                                                         " upheld of " + with_thousands(decided.total) + " decided")});
    return facts;
}

}  // namespace ascreport::report
