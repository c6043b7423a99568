// Suppression against the measures printed with a table (issue 17): `--measure working_days`
// printed the total's closed complaints, mean and most beside groups whose measures were hidden,
// so subtraction gave a hidden group's closed count exactly, its mean to about a day, and its
// most (a total's 120 days when every shown group's most is 57 names the one person who waited
// that long). The checker's reader (disclosure_checker.hpp) adds up closed complaints and days
// as counts add up, and attributes a total's most; it finds nothing in what the tool prints.
#include <catch2/catch.hpp>

#include <map>
#include <random>
#include <sstream>

#include "ascreport/privacy.hpp"
#include "ascreport/format.hpp"
#include "cases.hpp"
#include "disclosure_checker.hpp"
#include "test_support.hpp"

using namespace ascreport;
using disclosure::closed_sums;
using disclosure::fixed_by;
using disclosure::Line;
using disclosure::measure_findings;
using disclosure::Published;
using disclosure::SeenMeasures;
using disclosure::SeenTables;

namespace {

// A group's measures, counted here (not by the compute stage): closed, middle value (the mean of
// the two middle ones), mean half up, most; in tenths where compute keeps tenths.
WorkingDayMeasures measured(std::vector<int> days) {
    WorkingDayMeasures m;
    m.closed = static_cast<std::int64_t>(days.size());
    if (days.empty()) return m;
    std::sort(days.begin(), days.end());
    const std::size_t n = days.size();
    m.median_tenths = n % 2 ? days[n / 2] * 10 : (days[n / 2 - 1] + days[n / 2]) * 5;
    std::int64_t sum = 0;
    for (int d : days) sum += d;
    m.mean_tenths = (sum * 20 + m.closed) / (m.closed * 2);
    m.max = days.back();
    return m;
}

struct Sample {
    std::string name;
    std::int64_t count = 0;
    std::vector<int> days;  // of its closed complaints
};

// A one-field table with measures.
Breakdown table(const std::string& field, const std::vector<Sample>& groups) {
    Breakdown b;
    b.fields = {field};
    std::vector<int> all;
    for (const Sample& g : groups) {
        BreakdownRow r;
        r.groups = {{g.name, g.name}};
        r.count = g.count;
        r.measures = measured(g.days);
        b.rows.push_back(r);
        b.total += g.count;
        all.insert(all.end(), g.days.begin(), g.days.end());
    }
    b.total_measures = measured(all);
    return b;
}

void publish(Breakdown& b, int below) {
    suppress_small_counts(b, below);
    hide_small_group_measures(b, below);
}

// What a reader knows of a group by its name alone.
void known(SeenMeasures& e) {
    if (e.name == "Still open" || e.name == "Withdrawn before a response") e.closes_nothing = true;
    if (e.name == "Within 20 working days") e.most_at_most = 20;
    if (e.name == "Over 20 working days") e.least_above = 20;
}

SeenMeasures seen(const std::string& name, std::int64_t count, Suppressed count_mark,
                  const std::optional<WorkingDayMeasures>& m, bool hidden) {
    SeenMeasures e;
    e.name = name;
    if (count_mark == Suppressed::No) e.count = count;
    e.hidden = hidden;
    if (!hidden && m) {
        e.closed = m->closed;
        e.max = m->max;
    }
    known(e);
    return e;
}

// A one-field table as its reader sees it: the groups, the total, one line.
SeenTables seen_one_field(const Breakdown& b, int below) {
    SeenTables t;
    t.below = below;
    Line line;
    for (const BreakdownRow& r : b.rows) {
        line.parts.push_back(t.entries.size());
        t.entries.push_back(seen(r.groups[0].label, r.count, r.suppressed, r.measures, r.measures_hidden));
    }
    line.total = t.entries.size();
    t.entries.push_back(seen("Total", b.total, b.total_suppressed, b.total_measures, b.total_measures_hidden));
    t.lines.push_back(line);
    return t;
}

std::string describe(const Breakdown& b) {
    std::ostringstream s;
    for (const BreakdownRow& r : b.rows)
        s << r.groups.front().key << (r.groups.size() > 1 ? "/" + r.groups.back().key : "") << "=" << r.count << "/" << (r.measures ? r.measures->closed : 0)
          << (r.suppressed != Suppressed::No ? "*" : "") << (r.measures_hidden ? "m" : "") << " ";
    s << "| total " << b.total << "/" << b.total_measures->closed << (b.total_measures_hidden ? "m" : "");
    return s.str();
}

}  // namespace

TEST_CASE("measures: the checker's reader works out what the total gave away, and not what the tool prints") {
    // Pakistani: 6 complaints, 2 closed (one of 120 days), so its measures are hidden; White
    // British 20 (most 57) and N/A 10 shown. As before, the total's were shown beside them.
    Breakdown one = table("ethnicity", {{"Pakistani", 6, {5, 120}}, {"White British", 20, std::vector<int>(20, 57)},
                                        {"N/A", 10, std::vector<int>(10, 15)}});
    Breakdown old = one;
    suppress_small_counts(old, 5);
    for (BreakdownRow& r : old.rows) r.measures_hidden = r.measures->closed < 5;
    CHECK(measure_findings(seen_one_field(old, 5)) ==
          std::vector<std::string>{
              "Pakistani: closed complaints and days worked out from the sums",
              "Total: its hidden groups hold 2 closed together, so their days' mean and most describe fewer than 5",
              "Pakistani: the only hidden group of Total: its closed, mean and most by subtraction"});
    publish(one, 5);
    CHECK(measure_findings(seen_one_field(one, 5)).empty());
    CHECK(one.rows[0].measures_hidden);
    CHECK(one.rows[2].measures_hidden);  // N/A, the fewest closed of the others
    CHECK_FALSE(one.rows[1].measures_hidden);
    CHECK_FALSE(one.total_measures_hidden);
    // Hidden counts beside it (Caribbean 2, Indian 1): their measures go, and with the three
    // hidden holding 5 closed together, nothing more is needed.
    Breakdown more = table("ethnicity", {{"Caribbean", 2, {10, 12}}, {"Indian", 1, {120}}, {"Pakistani", 6, {5, 30}},
                                         {"White British", 20, std::vector<int>(20, 57)}, {"N/A", 10, std::vector<int>(10, 15)}});
    publish(more, 5);
    CHECK(measure_findings(seen_one_field(more, 5)).empty());
    CHECK_FALSE(more.rows[4].measures_hidden);
    CHECK_FALSE(more.total_measures_hidden);
}

TEST_CASE("measures: a total's most is someone's, and hidden groups of fewer than N closed together do not hide them") {
    // Indian 1 (120 days) and Caribbean 2 hidden; White British 20 shown with most 57. The
    // total's 120 is one of 3 people: a third group goes with them (its 10 closed).
    Breakdown b = table("ethnicity", {{"Caribbean", 2, {10, 12}}, {"Indian", 1, {120}},
                                      {"White British", 20, std::vector<int>(20, 57)}, {"N/A", 10, std::vector<int>(10, 15)}});
    Breakdown naive = b;
    suppress_small_counts(naive, 5);
    for (BreakdownRow& r : naive.rows) r.measures_hidden = r.suppressed != Suppressed::No;
    CHECK(measure_findings(seen_one_field(naive, 5)) ==
          std::vector<std::string>{
              "Total: its hidden groups hold 3 closed together, so their days' mean and most describe fewer than 5"});
    publish(b, 5);
    CHECK(measure_findings(seen_one_field(b, 5)).empty());
    CHECK(b.rows[3].measures_hidden);  // N/A: 10 closed, fewer than White British's 20
    CHECK_FALSE(b.total_measures_hidden);
    CHECK(*b.total_measures->max == 120);
}

TEST_CASE("measures: a hidden 0 shows no measures, and a group that closes nothing protects no other") {
    // Male 3 (small) with a 0 hidden beside it: "0 closed, -" beside the * would say it is 0.
    Breakdown b = table("gender", {{"Male", 3, {4, 5, 6}}, {"Female", 0, {}}, {"Other", 0, {}}});
    publish(b, 5);
    CHECK(b.rows[1].suppressed == Suppressed::Secondary);
    CHECK(b.rows[1].measures_hidden);
    CHECK_FALSE(may_show_measures(0, Suppressed::Secondary, 5));
    CHECK(may_show_measures(0, Suppressed::No, 5));

    // By timescale: Over 20 (3, small) and Still open (6, hidden beside it) both hidden; Still open
    // closes nothing, and Over 20's days are all above 20: the total's measures are hidden.
    Breakdown t = table("timescale", {{"Within 20 working days", 40, std::vector<int>(40, 12)},
                                      {"Over 20 working days", 3, {25, 30, 57}},
                                      {"Still open", 6, {}}});
    publish(t, 5);
    CHECK(t.rows[1].measures_hidden);
    CHECK(t.total_measures_hidden);
    CHECK(measure_findings(seen_one_field(t, 5)).empty());
    Breakdown shown_total = t;
    shown_total.total_measures_hidden = false;
    CHECK_FALSE(measure_findings(seen_one_field(shown_total, 5)).empty());
}

TEST_CASE("measures: random one-field tables give no group's measures away through the total") {
    std::mt19937 random(20240717);
    int total_shown = 0, mended = 0;
    for (int round = 0; round < 3000; ++round) {
        const int below = std::array{3, 5, 10}[random() % 3];
        std::vector<Sample> groups;
        const std::size_t n = 1 + random() % 7;
        for (std::size_t i = 0; i < n; ++i) {
            Sample g{"g" + std::to_string(i), 0, {}};
            const auto kind = random() % 10;
            g.count = kind < 2 ? 0 : kind < 5 ? 1 + random() % (below - 1) : below + random() % 25;
            const std::int64_t closed = random() % 3 == 0 ? static_cast<std::int64_t>(random() % (g.count + 1)) : g.count;
            for (std::int64_t k = 0; k < closed; ++k) g.days.push_back(random() % 10 == 0 ? 60 + random() % 100 : random() % 40);
            groups.push_back(g);
        }
        Breakdown b = table("field", groups);
        publish(b, below);
        INFO("round " << round << ", N " << below << ": " << describe(b));
        CHECK(measure_findings(seen_one_field(b, below)).empty());
        total_shown += b.total_measures_hidden ? 0 : 1;
        bool hidden_shown_count = false;
        for (const BreakdownRow& r : b.rows)
            hidden_shown_count = hidden_shown_count || (r.measures_hidden && r.suppressed == Suppressed::No &&
                                                        r.count >= below && r.measures->closed >= below);
        mended += hidden_shown_count ? 1 : 0;
    }
    CHECK(total_shown > 1000);  // the total keeps its measures where it can
    CHECK(mended > 100);        // and a group is hidden with the others to let it
}

namespace {

// A two-field table with measures, and each field's one-field table of the same records.
struct Tables {
    Breakdown two, by_a, by_b;
};

Tables tables(std::size_t rows, std::size_t cols, const std::vector<std::vector<Sample>>& grid) {
    Tables t;
    t.two.fields = {"a", "b"};
    t.two.field_values.resize(2);
    std::vector<Sample> as, bs;
    std::vector<std::vector<int>> row_days(rows), col_days(cols);
    std::vector<int> all;
    for (std::size_t i = 0; i < rows; ++i) t.two.field_values[0].push_back({"a" + std::to_string(i), "a" + std::to_string(i)});
    for (std::size_t j = 0; j < cols; ++j) t.two.field_values[1].push_back({"b" + std::to_string(j), "b" + std::to_string(j)});
    std::vector<std::int64_t> row_count(rows, 0), col_count(cols, 0);
    for (std::size_t i = 0; i < rows; ++i)
        for (std::size_t j = 0; j < cols; ++j) {
            const Sample& g = grid[i][j];
            row_count[i] += g.count;
            col_count[j] += g.count;
            row_days[i].insert(row_days[i].end(), g.days.begin(), g.days.end());
            col_days[j].insert(col_days[j].end(), g.days.begin(), g.days.end());
            all.insert(all.end(), g.days.begin(), g.days.end());
            if (g.count == 0) continue;
            BreakdownRow r;
            r.groups = {t.two.field_values[0][i], t.two.field_values[1][j]};
            r.count = g.count;
            r.measures = measured(g.days);
            t.two.rows.push_back(r);
            t.two.total += g.count;
        }
    for (std::size_t i = 0; i < rows; ++i) as.push_back({"a" + std::to_string(i), row_count[i], row_days[i]});
    for (std::size_t j = 0; j < cols; ++j) bs.push_back({"b" + std::to_string(j), col_count[j], col_days[j]});
    t.by_a = table("a", as);
    t.by_b = table("b", bs);
    t.two.total_measures = measured(all);
    return t;
}

// The three tables as a reader sees them together: one total (shown when any of them shows it),
// each one-field table's line, and a line for each row and each column of the two-field table.
// `truth` gets each entry's closed complaints, `primary` whether its measures are to be hidden on
// its own account (its count hidden or below N, or fewer than N closed): for the auditor.
SeenTables seen_together(const Tables& t, int below, std::vector<std::int64_t>* truth = nullptr,
                         std::vector<bool>* primary = nullptr) {
    SeenTables s;
    s.below = below;
    auto record = [&](const BreakdownRow& r) {
        const std::int64_t closed = r.measures ? r.measures->closed : 0;
        if (truth) truth->push_back(closed);
        if (primary)
            primary->push_back(r.suppressed != Suppressed::No || (r.count > 0 && (r.count < below || closed < below)));
    };
    BreakdownRow total_row;
    total_row.count = t.two.total;
    total_row.suppressed = t.two.total_suppressed;
    total_row.measures = t.two.total_measures;
    record(total_row);
    const bool total_hidden = t.two.total_measures_hidden && t.by_a.total_measures_hidden && t.by_b.total_measures_hidden;
    const std::size_t total = 0;
    s.entries.push_back(seen("Total", t.two.total, t.two.total_suppressed, t.two.total_measures, total_hidden));
    std::map<std::string, std::size_t> margin;
    for (const Breakdown* one : {&t.by_a, &t.by_b}) {
        Line line{{}, total};
        for (const BreakdownRow& r : one->rows) {
            margin[r.groups[0].key] = s.entries.size();
            line.parts.push_back(s.entries.size());
            s.entries.push_back(seen(r.groups[0].key, r.count, r.suppressed, r.measures, r.measures_hidden));
            record(r);
        }
        s.lines.push_back(line);
    }
    std::map<std::string, Line> lines;
    Line whole{{}, total};
    for (const BreakdownRow& r : t.two.rows) {
        const std::size_t e = s.entries.size();
        s.entries.push_back(seen(r.groups[0].key + "/" + r.groups[1].key, r.count, r.suppressed, r.measures, r.measures_hidden));
        record(r);
        for (const Group& g : r.groups) {
            lines[g.key].total = margin.at(g.key);
            lines[g.key].parts.push_back(e);
        }
        whole.parts.push_back(e);
    }
    for (const auto& [key, line] : lines) s.lines.push_back(line);
    s.lines.push_back(whole);
    return s;
}

}  // namespace

TEST_CASE("measures: random two-field tables add nothing to what their one-field tables give away") {
    // Published together, the one-field tables by A and by B already say something of the pairs
    // with the two-field table's counts alone: a pair alone in its row has its row's measures, and
    // its column less it is the others'. That is theirs (docs/privacy.md names it); the two-field
    // table's measures must add nothing to it: whatever the reader finds with them, it finds with
    // every pair's measures hidden. Each one-field table alone gives nothing away.
    std::mt19937 random(20240718);
    int hidden_pairs = 0, shown_pairs = 0, disagreeing_totals = 0, margins_say_something = 0;
    for (int round = 0; round < 1500; ++round) {
        const int below = std::array{3, 5}[random() % 2];
        const std::size_t rows = 1 + random() % 4, cols = 1 + random() % 4;
        std::vector<std::vector<Sample>> grid(rows, std::vector<Sample>(cols));
        for (auto& line : grid)
            for (Sample& g : line) {
                const auto kind = random() % 10;
                g.count = kind < 3 ? 0 : kind < 6 ? 1 + random() % (below - 1) : below + random() % 20;
                const std::int64_t closed = random() % 4 == 0 ? static_cast<std::int64_t>(random() % (g.count + 1)) : g.count;
                for (std::int64_t k = 0; k < closed; ++k) g.days.push_back(random() % 8 == 0 ? 60 + random() % 100 : random() % 40);
            }
        Tables t = tables(rows, cols, grid);
        for (Breakdown* b : {&t.two, &t.by_a, &t.by_b}) publish(*b, below);
        INFO("round " << round << ", N " << below << ": " << describe(t.two) << " || " << describe(t.by_a) << " || "
                      << describe(t.by_b));
        CHECK(measure_findings(seen_one_field(t.by_a, below)).empty());
        CHECK(measure_findings(seen_one_field(t.by_b, below)).empty());
        Tables without = t;
        for (BreakdownRow& r : without.two.rows) r.measures_hidden = r.count > 0 || r.suppressed != Suppressed::No;
        without.two.total_measures_hidden = true;
        std::vector<std::int64_t> truth;
        std::vector<bool> primary;
        const SeenTables seen_with = seen_together(t, below, &truth, &primary);
        const Published with = closed_sums(seen_with), theirs = closed_sums(seen_together(without, below));
        // A group whose measures are hidden on its own account, worked out with the pairs' measures:
        // the one-field tables give it away already.
        for (std::size_t e = 0; e < seen_with.entries.size(); ++e)
            if (primary[e] && with.hidden[e] && fixed_by(with, {e})) {
                INFO(seen_with.entries[e].name << " is worked out");
                CHECK(fixed_by(theirs, {e}));
            }
        // The hidden parts of a line with a shown total are known together: fewer than N closed,
        // or all in one, only where the one-field tables give that sum away already.
        for (const Line& l : seen_with.lines) {
            if (seen_with.entries[l.total].hidden) continue;
            std::vector<std::size_t> together;
            std::int64_t closed = 0, holding = 0;
            for (std::size_t c : l.parts)
                if (with.hidden[c]) {
                    together.push_back(c);
                    closed += truth[c];
                    holding += truth[c] > 0 ? 1 : 0;
                }
            if (together.empty() || (closed >= below && holding >= 2)) continue;
            INFO(seen_with.entries[l.total].name << "'s hidden parts hold " << closed << " closed, in " << holding);
            CHECK(fixed_by(theirs, together));
            if (!fixed_by(theirs, together)) ++margins_say_something;
        }
        if (!measure_findings(seen_together(without, below)).empty()) ++margins_say_something;
        for (const BreakdownRow& r : t.two.rows) (r.measures_hidden ? hidden_pairs : shown_pairs) += 1;
        const bool a = t.by_a.total_measures_hidden, b = t.by_b.total_measures_hidden, two = t.two.total_measures_hidden;
        if (a != b || a != two) ++disagreeing_totals;
    }
    CHECK(hidden_pairs > 1000);
    CHECK(shown_pairs > 1000);
    // The comparison is put to the test: in many of these small random tables the one-field tables
    // with the two-field counts do say something of the pairs themselves.
    CHECK(margins_say_something > 100);
    // The three tables print one total: they hide its measures alike but in the rare table where
    // one of them has no group left to hide (every closed complaint in one hidden group).
    CHECK(disagreeing_totals < 50);
}

namespace {

// A breakdown's markdown table as its reader sees it: each row's labels (joined by "/"), count
// and whether its measures print "*"; the total row last.
std::vector<SeenMeasures> read_markdown(const std::string& md, std::size_t fields) {
    std::vector<SeenMeasures> rows;
    std::istringstream in(md);
    std::string line;
    std::vector<std::string> header;
    auto cells_of = [](const std::string& l) {
        std::vector<std::string> cells;
        std::string cell;
        for (std::size_t i = 1; i < l.size(); ++i) {
            if (l[i] == '|') {
                cells.push_back(cell.substr(1, cell.size() - 2));
                cell.clear();
            } else {
                cell += l[i];
            }
        }
        return cells;
    };
    std::getline(in, line);
    header = cells_of(line);
    std::getline(in, line);
    const std::size_t closed = std::find(header.begin(), header.end(), "Closed") - header.begin();
    const std::size_t most = std::find(header.begin(), header.end(), "Max days") - header.begin();
    REQUIRE(most < header.size());
    while (std::getline(in, line)) {
        const auto cells = cells_of(line);
        SeenMeasures e;
        for (std::size_t f = 0; f < fields; ++f)
            if (!cells[f].empty()) e.name += (e.name.empty() ? "" : "/") + cells[f];
        if (cells[fields] != "*") e.count = std::stoll(cells[fields]);
        e.hidden = cells[closed] == "*";
        if (!e.hidden) e.closed = std::stoll(cells[closed]);
        if (!e.hidden && cells[most] != "-") e.max = std::stoll(cells[most]);
        known(e);
        rows.push_back(e);
    }
    return rows;
}

// 45 statutory complaints of 2023/24 by gender and ethnicity, with their response times: a
// person of a small group waited 120 working days, every shown group's most is 57 or less.
std::string complaints_csv() {
    std::vector<test::Case> c;
    test::add(c, 14, {"White British", "Male", "25-34", 20});
    test::add(c, 12, {"White British", "Female", "25-34", 57});
    test::add(c, 8, {"", "Female", "25-34", 15});
    test::add(c, 2, {"", "Male", "25-34", std::nullopt});
    test::add(c, 1, {"Indian", "Female", "25-34", 120});
    test::add(c, 2, {"Caribbean", "Male", "25-34", 30});
    test::add(c, 6, {"Pakistani", "Other", "25-34", std::nullopt});
    return test::complaints_csv(c);
}

}  // namespace

TEST_CASE("measures e2e: the checker reads breakdown's markdown and finds nothing to work out") {
    test::TempDir dir;
    dir.write("complaints.csv", complaints_csv());
    const std::string q = "breakdown --data '" + dir.str() + "' --year 2023/24 --measure working_days --format markdown ";
    const auto plain = test::run(q + "--by ethnicity");
    REQUIRE(plain.status == 0);
    CHECK(plain.out.find("| Indian | 1 | 2% | 1 | 120.0 | 120.0 | 120 |") != std::string::npos);  // the days counted
    for (const int below : {3, 5, 7}) {
        const std::string n = "--suppress-below " + std::to_string(below) + " ";
        const auto by_ethnicity = test::run(q + n + "--by ethnicity"), by_gender = test::run(q + n + "--by gender"),
                   two = test::run(q + n + "--by gender,ethnicity");
        REQUIRE(by_ethnicity.status == 0);
        REQUIRE(two.status == 0);
        INFO(by_ethnicity.out << by_gender.out << two.out);
        // Each one-field table alone.
        for (const std::string* md : {&by_ethnicity.out, &by_gender.out}) {
            SeenTables t;
            t.below = below;
            t.entries = read_markdown(*md, 1);
            Line line;
            for (std::size_t i = 0; i + 1 < t.entries.size(); ++i) line.parts.push_back(i);
            line.total = t.entries.size() - 1;
            t.lines.push_back(line);
            CHECK(measure_findings(t).empty());
        }
        // The three together: the two-field table's rows and columns add up to the one-field rows.
        SeenTables t;
        t.below = below;
        std::map<std::string, std::size_t> margin;  // "gender:Male", "ethnicity:N/A"
        for (const auto& [field, md] : {std::pair("gender:", &by_gender.out), std::pair("ethnicity:", &by_ethnicity.out)}) {
            Line line;
            for (SeenMeasures& e : read_markdown(*md, 1)) {
                if (e.name == "Total") {
                    line.total = t.entries.size();
                } else {
                    margin[field + e.name] = t.entries.size();
                    line.parts.push_back(t.entries.size());
                }
                t.entries.push_back(e);
            }
            t.lines.push_back(line);
        }
        std::map<std::string, Line> lines;
        for (SeenMeasures& e : read_markdown(two.out, 2)) {
            if (e.name == "Total") continue;  // the same total as the one-field tables print
            const std::string gender = "gender:" + e.name.substr(0, e.name.find('/')),
                              ethnicity = "ethnicity:" + e.name.substr(e.name.find('/') + 1);
            for (const std::string& key : {gender, ethnicity}) {
                lines[key].total = margin.at(key);
                lines[key].parts.push_back(t.entries.size());
            }
            t.entries.push_back(e);
        }
        for (const auto& [key, line] : lines) t.lines.push_back(line);
        CHECK(measure_findings(t).empty());
    }
    // The case: the total's 120 days, with every shown group's most 57 or less. The
    // hidden groups hold 3 closed together (Indian's 1 of 120 days, Caribbean's 2; Pakistani's 6
    // are open): N/A's measures, the fewest closed of the rest, go with them.
    const auto five = test::run("breakdown --data '" + dir.str() +
                                "' --year 2023/24 --measure working_days --suppress-below 5 --by ethnicity");
    CHECK(five.out ==
          "Ethnicity      2023/24     %  Closed  Median days  Mean days  Max days\n"
          "Caribbean            *     *       *            *          *         *\n"
          "Indian               *     *       *            *          *         *\n"
          "Pakistani            6   13%       *            *          *         *\n"
          "White British       26   58%      26         20.0       37.1        57\n"
          "N/A                 10   22%       *            *          *         *\n"
          "Total               45  100%      37         20.0       34.2       120\n");
}

TEST_CASE("measures e2e: by timescale, a total's measures go when a group's do") {
    test::TempDir adult;  // the timescale is adult social care's 20 working days
    test::copy_adult_sample(adult);
    const std::string q = "breakdown --data '" + adult.str() + "' --year 2023/24 --by timescale --measure working_days ";
    const auto r = test::run(q + "--suppress-below 30");
    CHECK(r.out ==
          "Timescale               2023/24     %  Closed  Median days  Mean days  Max days\n"
          "Within 20 working days        *     *       *            *          *         *\n"
          "Over 20 working days          *     *       *            *          *         *\n"
          "Still open                    0    0%       0            -          -         -\n"
          "Total                        59  100%       *            *          *         *\n");
    const auto md = test::run(q + "--suppress-below 30 --format markdown");
    SeenTables t;
    t.below = 30;
    t.entries = read_markdown(md.out, 1);
    t.lines.push_back({{0, 1, 2}, 3});
    CHECK(measure_findings(t).empty());
    // With every group shown, so is the total.
    CHECK(test::run(q + "--suppress-below 5").out.find("Total                        59  100%      59         21.0       25.8        57") !=
          std::string::npos);
}
