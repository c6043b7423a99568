// Small-number disclosure control against the sums published with a table (docs/privacy.md):
// an independent check -- the published tables' sums as linear equations, solved for the hidden
// counts (disclosure_checker.hpp) -- that no hidden count can be worked out, on hand-built
// tables where a naive method leaks, on random tables, on the report's equality tables and on
// the real binary's outputs. The order of the rows, the measures and what the charts draw:
// disclosure_order_test.cpp, disclosure_measures_test.cpp and disclosure_twins_test.cpp.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <map>
#include <numeric>
#include <random>
#include <sstream>

#include "ascreport/calendar.hpp"
#include "ascreport/load.hpp"
#include "ascreport/privacy.hpp"
#include "disclosure_checker.hpp"
#include "test_support.hpp"

using namespace ascreport;
using disclosure::by_subtraction;
using disclosure::Published;
using disclosure::recoverable;

namespace {

// Nothing hidden in `p` can be worked out: not by subtraction from one sum, nor from all together.
void check_nothing_recoverable(const Published& p) {
    CHECK(by_subtraction(p).empty());
    CHECK(recoverable(p).empty());
}

bool is_hidden(Suppressed s) { return s != Suppressed::No; }

std::vector<Suppressed> marks_of(const Breakdown& b) {
    std::vector<Suppressed> out;
    for (const BreakdownRow& r : b.rows) out.push_back(r.suppressed);
    return out;
}

// A one-field table: its rows and, unless given, its own total. Returns its rows' cells by key.
std::map<std::string, std::size_t> add_one_field(Published& p, const Breakdown& b,
                                                 std::optional<std::size_t> total = std::nullopt) {
    const std::size_t t = total ? *total : p.add(b.total, is_hidden(b.total_suppressed));
    std::map<std::string, std::size_t> cells;
    std::vector<std::size_t> parts;
    for (const BreakdownRow& r : b.rows) {
        parts.push_back(p.add(r.count, is_hidden(r.suppressed)));
        cells[r.groups[0].key] = parts.back();
    }
    p.sums.emplace_back(parts, t);
    return cells;
}

// A two-field table published with its one-field tables and their shared total: its rows add up
// to the first's counts, its columns to the second's. A pair it does not list is a 0 anyone sees.
void add_two_fields(Published& p, const Breakdown& two, const Breakdown& by_a, const Breakdown& by_b) {
    REQUIRE(by_a.total == two.total);
    REQUIRE(by_b.total == two.total);
    REQUIRE(by_a.total_suppressed == two.total_suppressed);
    REQUIRE(by_b.total_suppressed == two.total_suppressed);
    const std::size_t total = p.add(two.total, is_hidden(two.total_suppressed));
    const auto a = add_one_field(p, by_a, total), b = add_one_field(p, by_b, total);
    std::map<std::string, std::vector<std::size_t>> rows, cols;
    std::vector<std::size_t> all;
    for (const BreakdownRow& r : two.rows) {
        const std::size_t c = p.add(r.count, is_hidden(r.suppressed));
        rows[r.groups[0].key].push_back(c);
        cols[r.groups[1].key].push_back(c);
        all.push_back(c);
    }
    for (const auto& [key, parts] : rows) p.sums.emplace_back(parts, a.at(key));
    for (const auto& [key, parts] : cols) p.sums.emplace_back(parts, b.at(key));
    p.sums.emplace_back(all, total);  // the two-field table's own total row
}

// A two-field table from a grid (rows: the first field's values; 0 is not listed), and each
// field's one-field table of the same records.
struct Tables {
    Breakdown two, by_a, by_b;
};

Tables tables(const std::vector<std::string>& as, const std::vector<std::string>& bs,
              const std::vector<std::vector<std::int64_t>>& grid,
              const std::vector<std::vector<std::int64_t>>& previous = {}) {
    Tables t;
    t.two.fields = {"a", "b"};
    t.by_a.fields = {"a"};
    t.by_b.fields = {"b"};
    t.two.field_values.resize(2);
    for (const auto& v : as) t.two.field_values[0].push_back({v, v});
    for (const auto& v : bs) t.two.field_values[1].push_back({v, v});
    const bool compared = !previous.empty();
    auto before = [&](std::size_t i, std::size_t j) { return compared ? previous[i][j] : 0; };
    auto row_of = [&](std::vector<Group> groups, std::int64_t count, std::int64_t earlier) {
        BreakdownRow r;
        r.groups = std::move(groups);
        r.count = count;
        if (compared) r.previous = earlier;
        return r;
    };
    for (std::size_t i = 0; i < as.size(); ++i) {
        std::int64_t row = 0, row_before = 0;
        for (std::size_t j = 0; j < bs.size(); ++j) {
            row += grid[i][j];
            row_before += before(i, j);
            if (grid[i][j] != 0 || before(i, j) != 0)
                t.two.rows.push_back(row_of({{as[i], as[i]}, {bs[j], bs[j]}}, grid[i][j], before(i, j)));
        }
        t.by_a.rows.push_back(row_of({{as[i], as[i]}}, row, row_before));
    }
    for (std::size_t j = 0; j < bs.size(); ++j) {
        std::int64_t col = 0, col_before = 0;
        for (std::size_t i = 0; i < as.size(); ++i) {
            col += grid[i][j];
            col_before += before(i, j);
        }
        t.by_b.rows.push_back(row_of({{bs[j], bs[j]}}, col, col_before));
    }
    for (Breakdown* b : {&t.two, &t.by_a, &t.by_b}) {
        b->total = 0;
        for (const auto& r : t.by_a.rows) b->total += r.count;
        if (compared) {
            b->previous_total = 0;
            for (const auto& r : t.by_a.rows) *b->previous_total += *r.previous;
        }
    }
    return t;
}

// The previous period's column of a compared table, as a table of its own.
Breakdown previous_of(const Breakdown& b) {
    Breakdown p = b;
    for (BreakdownRow& r : p.rows) {
        r.count = r.previous.value_or(0);
        r.suppressed = r.previous_suppressed;
    }
    p.total = b.previous_total.value_or(0);
    p.total_suppressed = b.previous_total_suppressed;
    return p;
}

void suppress_all(Tables& t, int below) {
    suppress_small_counts(t.two, below);
    suppress_small_counts(t.by_a, below);
    suppress_small_counts(t.by_b, below);
}

Published published(const Tables& t) {
    Published p;
    add_two_fields(p, t.two, t.by_a, t.by_b);
    return p;
}

// The cells of a two-field table that are hidden, as "a/b".
std::vector<std::string> hidden_pairs(const Breakdown& b) {
    std::vector<std::string> out;
    for (const BreakdownRow& r : b.rows)
        if (is_hidden(r.suppressed)) out.push_back(r.groups[0].key + "/" + r.groups[1].key);
    return out;
}

// Marks a two-field table as a naive method would: one field's rule over the table's rows as
// one list (the smallest other count when exactly one is hidden) -- the method before this one.
void naive(Breakdown& b, int below) {
    std::size_t small = 0;
    for (BreakdownRow& r : b.rows) {
        r.suppressed = r.count >= 1 && r.count < below ? Suppressed::Small : Suppressed::No;
        small += is_hidden(r.suppressed) ? 1 : 0;
    }
    if (small != 1) return;
    BreakdownRow* second = nullptr;
    for (BreakdownRow& r : b.rows)
        if (!is_hidden(r.suppressed) && (!second || r.count < second->count)) second = &r;
    if (second) second->suppressed = Suppressed::Secondary;
}

// Random two-field tables: N of 3, 5 or 10; each field with 1 to `most` values; each count 0
// (`zeros` times in 10), 1 to N-1 (3 in 10) or N and more.
struct RandomTables {
    std::mt19937 random;
    int below = 5;
    std::vector<std::string> as, bs;

    explicit RandomTables(unsigned seed) : random(seed) {}

    void next(std::size_t most) {
        below = std::array{3, 5, 10}[random() % 3];
        as.assign(1 + random() % most, "");
        bs.assign(1 + random() % most, "");
        for (std::size_t i = 0; i < as.size(); ++i) as[i] = "a" + std::to_string(i);
        for (std::size_t j = 0; j < bs.size(); ++j) bs[j] = "b" + std::to_string(j);
    }

    std::vector<std::vector<std::int64_t>> grid(unsigned zeros) {
        std::vector<std::vector<std::int64_t>> g(as.size(), std::vector<std::int64_t>(bs.size(), 0));
        for (auto& row : g)
            for (auto& n : row) {
                const auto kind = random() % 10;
                n = kind < zeros ? 0 : kind < zeros + 3 ? 1 + static_cast<std::int64_t>(random() % (below - 1))
                                                        : below + static_cast<std::int64_t>(random() % 30);
            }
        return g;
    }
};

}  // namespace

TEST_CASE("disclosure: the checker finds what subtraction and the sums together give away") {
    // One table: 10 + * + 7 = 20 gives the * away; with two hidden neither is fixed.
    Published p;
    const std::size_t total = p.add(20, false), a = p.add(10, false), b = p.add(3, true), c = p.add(7, false);
    p.sums.push_back({{a, b, c}, total});
    CHECK(by_subtraction(p) == std::vector<std::size_t>{b});
    CHECK(recoverable(p) == std::vector<std::size_t>{b});
    p.hidden[c] = true;
    CHECK(by_subtraction(p).empty());
    CHECK(recoverable(p).empty());
}

TEST_CASE("disclosure: a row with one hidden cell gives it away through the one-field table") {
    // Female/16-24 is 3. A naive pass over the table's six cells hides it and the smallest other
    // count (Male/16-24, 8): the Female row then holds one hidden cell, and `breakdown --by
    // gender` prints Female 25, so 25 - 10 - 12 = 3.
    Tables t = tables({"Female", "Male"}, {"16-24", "25-34", "35-49"}, {{3, 10, 12}, {8, 9, 11}});
    suppress_all(t, 5);
    Tables leaky = t;
    naive(leaky.two, 5);
    CHECK(hidden_pairs(leaky.two) == std::vector<std::string>{"Female/16-24", "Male/16-24"});
    CHECK(recoverable(published(leaky)).size() == 2);

    // The method: each row and column with a hidden cell holds two; the one-field tables show all.
    CHECK(hidden_pairs(t.two) == std::vector<std::string>{"Female/16-24", "Female/25-34", "Male/16-24", "Male/25-34"});
    CHECK(t.two.total_suppressed == Suppressed::No);
    check_nothing_recoverable(published(t));
}

TEST_CASE("disclosure: a cell the one-field table hides is protected in the two-field table too") {
    // By gender: Other 4 is small and Female 30 goes with it. In the two-field table Female's
    // cells are all above N; shown, they would add up to Female's hidden 30 and so give Other's 4.
    Tables t = tables({"Female", "Male", "Other"}, {"16-24", "25-34"}, {{12, 18}, {20, 25}, {0, 4}});
    suppress_all(t, 5);
    CHECK(marks_of(t.by_a) == std::vector<Suppressed>{Suppressed::Secondary, Suppressed::No, Suppressed::Small});
    const auto hidden = hidden_pairs(t.two);
    CHECK(std::count_if(hidden.begin(), hidden.end(), [](const std::string& s) { return s.starts_with("Female/"); }) >= 1);
    check_nothing_recoverable(published(t));
}

TEST_CASE("disclosure: the line rule alone is not enough, and a hidden cell fixed by the sums together is mended") {
    // Hidden a1b1, a1b2, a2b1, a2b2 and a3b3, a3b4, a4b3, a4b4 (two squares) and a2b3 joining
    // them: every row and column holds two or more, yet a2b3 = (a1 + a2 rows) - (b1 + b2 columns).
    Published p;
    const std::vector<std::vector<std::int64_t>> grid{{3, 20, 9, 9}, {20, 3, 3, 9}, {9, 9, 3, 20}, {9, 9, 20, 3}};
    const std::vector<std::vector<bool>> bridge{{true, true, false, false}, {true, true, true, false},
                                                {false, false, true, true}, {false, false, true, true}};
    std::vector<std::size_t> row_total, col_total;
    for (std::size_t i = 0; i < 4; ++i) row_total.push_back(p.add(std::accumulate(grid[i].begin(), grid[i].end(), 0), false));
    for (std::size_t j = 0; j < 4; ++j) col_total.push_back(p.add(grid[0][j] + grid[1][j] + grid[2][j] + grid[3][j], false));
    std::vector<std::vector<std::size_t>> rows(4), cols(4);
    for (std::size_t i = 0; i < 4; ++i)
        for (std::size_t j = 0; j < 4; ++j) {
            const std::size_t c = p.add(grid[i][j], bridge[i][j]);
            rows[i].push_back(c);
            cols[j].push_back(c);
        }
    for (std::size_t i = 0; i < 4; ++i) p.sums.push_back({rows[i], row_total[i]});
    for (std::size_t j = 0; j < 4; ++j) p.sums.push_back({cols[j], col_total[j]});
    CHECK(by_subtraction(p).empty());
    CHECK(recoverable(p) == std::vector<std::size_t>{rows[1][2]});

    // The same counts through the method: nothing can be worked out.
    Tables t = tables({"a1", "a2", "a3", "a4"}, {"b1", "b2", "b3", "b4"}, grid);
    suppress_all(t, 5);
    check_nothing_recoverable(published(t));
}

TEST_CASE("disclosure: a selection of fewer than N records hides its total and every count above 0") {
    // `--where` picking 3 records: the total printed beside hidden cells would give them away.
    Tables t = tables({"Female", "Male", "Other"}, {"16-24", "25-34"}, {{2, 0}, {0, 1}, {0, 0}});
    suppress_all(t, 5);
    CHECK(t.two.total == 3);
    CHECK(t.two.total_suppressed == Suppressed::Small);
    CHECK(t.by_a.total_suppressed == Suppressed::Small);
    CHECK(t.by_b.total_suppressed == Suppressed::Small);
    CHECK(marks_of(t.by_a) == std::vector<Suppressed>{Suppressed::Small, Suppressed::Small, Suppressed::No});
    CHECK(hidden_pairs(t.two) == std::vector<std::string>{"Female/16-24", "Male/25-34"});
    check_nothing_recoverable(published(t));

    // One field, as `breakdown --by gender --where ...` prints it: a lone count below N has a 0
    // hidden beside it, as the report's table with its total shown has (below).
    Breakdown one = t.by_a;
    one.rows[1].count = 0;
    one.total = 2;
    suppress_small_counts(one, 5);
    CHECK(marks_of(one) == std::vector<Suppressed>{Suppressed::Small, Suppressed::Secondary, Suppressed::No});
    CHECK(one.total_suppressed == Suppressed::Small);
    Published q;
    add_one_field(q, one);
    check_nothing_recoverable(q);

    // The report's equality tables print their total elsewhere (the year's statutory
    // complaints): it stays shown, and the same counts are hidden.
    Figures f;
    f.table(TableId::Gender) = one;
    suppress_equality_tables(f, 5);
    CHECK(f.table(TableId::Gender).total_suppressed == Suppressed::No);
    CHECK(marks_of(f.table(TableId::Gender)) == marks_of(one));
    Published r;
    add_one_field(r, f.table(TableId::Gender));
    check_nothing_recoverable(r);
}

TEST_CASE("disclosure: a one-field table hides the same counts with its total shown (report) or not (breakdown)") {
    // The report and `breakdown --by gender` of the same year publish the same table; if they hid
    // different counts, the two together would show what each hides.
    RandomTables r(20230401);
    for (int round = 0; round < 500; ++round) {
        r.next(6);
        if (r.as.size() < 2) continue;  // a table of one row is its total: nothing can protect it
        Tables t = tables(r.as, {"all"}, r.grid(4));
        Figures f;
        f.table(TableId::Gender) = t.by_a;
        suppress_small_counts(t.by_a, r.below);
        suppress_equality_tables(f, r.below);
        INFO("round " << round);
        CHECK(marks_of(f.table(TableId::Gender)) == marks_of(t.by_a));
        Published shown, hidden;
        add_one_field(shown, f.table(TableId::Gender));
        add_one_field(hidden, t.by_a);
        check_nothing_recoverable(shown);
        check_nothing_recoverable(hidden);
    }
}

TEST_CASE("disclosure: random two-field tables published with their one-field tables give nothing away") {
    RandomTables r(20240401);
    std::size_t tables_with_hidden = 0, mended = 0;
    for (int round = 0; round < 600; ++round) {
        r.next(5);
        Tables t = tables(r.as, r.bs, r.grid(3));
        suppress_all(t, r.below);
        Tables leaky = t;
        naive(leaky.two, r.below);
        if (!recoverable(published(leaky)).empty()) ++mended;
        std::string marks;
        for (const Breakdown* b : {&t.two, &t.by_a, &t.by_b}) {
            for (const auto& row : b->rows) marks += std::to_string(row.count) + "/" + std::to_string(static_cast<int>(row.suppressed)) + " ";
            marks += "| ";
        }
        INFO("round " << round << ", N " << r.below << ": " << marks);
        check_nothing_recoverable(published(t));
        for (const BreakdownRow& row : t.two.rows)
            if (row.count < r.below) CHECK(is_hidden(row.suppressed));  // every small cell
        if (!hidden_pairs(t.two).empty()) ++tables_with_hidden;
    }
    CHECK(tables_with_hidden > 300);  // the tables do exercise the method
    CHECK(mended > 100);              // and most would leak under the naive method
}

TEST_CASE("disclosure: random compared two-field tables give nothing away in either period") {
    RandomTables r(20250401);
    for (int round = 0; round < 300; ++round) {
        r.next(4);
        const auto now = r.grid(4), before = r.grid(4);
        Tables t = tables(r.as, r.bs, now, before);
        suppress_all(t, r.below);
        INFO("round " << round << ", N " << r.below);
        Published p, q;
        add_two_fields(p, t.two, t.by_a, t.by_b);
        add_two_fields(q, previous_of(t.two), previous_of(t.by_a), previous_of(t.by_b));
        check_nothing_recoverable(p);
        check_nothing_recoverable(q);
    }
}

TEST_CASE("disclosure: the report's equality tables, published together with their shared total") {
    LoadOptions o;
    o.data_dir = std::string(::test::source_dir()) + "/data-samples";
    const ::test::Loaded loaded = ::test::load_with_settings(o);
    for (const int below : {3, 5, 10, 20}) {
        Figures f = compute_figures(loaded.dataset, WorkingDayCalendar::england_and_wales(), make_year(FinancialYear{2023}),
                                    loaded.settings.figures);
        suppress_equality_tables(f, below);
        // Each report's four, published with its total (printed as a key fact): the adult
        // report's (statutory complaints), and the children's report's (the children's complaints).
        for (const TableId gender : {TableId::Gender, TableId::ChildrenGender}) {
            const TableSpec& of = table_spec(gender);
            Published p;
            const std::size_t total = p.add(f.table(gender).total, false);
            std::size_t hidden = 0;
            for (const TableSpec& t : kTables)
                if (t.equality && t.counts == of.counts && t.regime == of.regime) {
                    REQUIRE(f.table(t.id).total == f.table(gender).total);
                    add_one_field(p, f.table(t.id), total);
                    for (const auto& r : f.table(t.id).rows) hidden += is_hidden(r.suppressed) ? 1 : 0;
                }
            INFO("N " << below << ", " << of.json);
            CHECK(hidden > 0);
            CHECK(recoverable(p).empty());
        }
    }
}

TEST_CASE("measures: shown only beside a shown count of N or more") {
    CHECK(may_show_measures(12, Suppressed::No, 5));
    CHECK(may_show_measures(5, Suppressed::No, 5));
    CHECK_FALSE(may_show_measures(4, Suppressed::Small, 5));
    CHECK_FALSE(may_show_measures(4, Suppressed::No, 5));     // a group below N, marked or not
    CHECK_FALSE(may_show_measures(40, Suppressed::Secondary, 5));  // its count hidden to protect another
    CHECK(may_show_measures(1, Suppressed::No, 0));           // no suppression
    CHECK(may_show_measures(0, Suppressed::No, 5));           // a group of no one has none to show
    CHECK_FALSE(may_show_measures(0, Suppressed::Secondary, 5));  // but a hidden 0 is not known to be 0
    // The total of a selection below N is hidden, and so are its measures.
    Tables t = tables({"x"}, {"y"}, {{3}});
    suppress_all(t, 5);
    CHECK_FALSE(may_show_measures(t.by_a.total, t.by_a.total_suppressed, 5));
}

// ---- The real binary --------------------------------------------------------------------------

namespace {

// 40 statutory complaints in 2023/24 by gender and age band, with small groups in both.
std::string complaints_csv() {
    struct Group {
        const char* gender;
        const char* age;
        int n;
    };
    const Group groups[] = {{"Female", "25-34", 9}, {"Female", "35-49", 8}, {"Female", "65+", 3},
                            {"Male", "25-34", 7},   {"Male", "35-49", 6},   {"Male", "65+", 1},
                            {"Other", "35-49", 2},  {"", "25-34", 4}};
    std::string csv = "reference,received,responded,route,outcome,method,service_area,gender,age_band\n";
    int n = 0;
    for (const Group& g : groups)
        for (int i = 0; i < g.n; ++i, ++n)
            csv += "C" + std::to_string(n) + ",2023-06-" + (n % 28 < 9 ? "0" : "") + std::to_string(n % 28 + 1) +
                   ",2023-07-30,Statutory,Upheld,Email,Mental Health," + g.gender + "," + g.age + "\n";
    return csv;
}

// A breakdown's CSV as a Breakdown: keys and counts, "*" hidden (its count unknown: 0).
Breakdown read_csv(const std::string& csv, std::size_t fields) {
    Breakdown b;
    std::istringstream in(csv);
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
        std::vector<std::string> cells;
        std::stringstream s(line);
        for (std::string cell; std::getline(s, cell, ',');) cells.push_back(cell);
        REQUIRE(cells.size() == fields + 2);
        BreakdownRow r;
        for (std::size_t i = 0; i < fields; ++i) r.groups.push_back({cells[i], cells[i]});
        r.suppressed = cells[fields] == "*" ? Suppressed::Small : Suppressed::No;
        r.count = cells[fields] == "*" ? 0 : std::stoll(cells[fields]);
        b.rows.push_back(r);
    }
    return b;
}

}  // namespace

TEST_CASE("disclosure e2e: breakdown's two-field table with the one-field tables and --where") {
    test::TempDir dir;
    dir.write("complaints.csv", complaints_csv());
    dir.write("report.toml", "[input]\nrecords_start = \"2000-04-01\"\n");  // every year whole: few records
    const std::string data = "breakdown --data '" + dir.str() + "' --year 2023/24 --suppress-below 5 ";
    const auto two = test::run(data + "--by gender,age_band --format csv");
    const auto by_gender = test::run(data + "--by gender --format csv");
    const auto by_age = test::run(data + "--by age_band --format csv");
    REQUIRE(two.status == 0);
    REQUIRE(by_gender.status == 0);
    REQUIRE(by_age.status == 0);
    // The reader sees counts and *s only; the checker gets the true counts of the hidden ones
    // from no one (they stay 0 here), so what it finds fixed is what the reader can fix.
    Breakdown t = read_csv(two.out, 2), a = read_csv(by_gender.out, 1), b = read_csv(by_age.out, 1);
    t.total = a.total = b.total = 40;
    const Published p = [&] {
        Published q;
        add_two_fields(q, t, a, b);
        return q;
    }();
    check_nothing_recoverable(p);
    CHECK(two.out.find("Male,65+,*,*") != std::string::npos);      // 1
    CHECK(two.out.find("Female,65+,*,*") != std::string::npos);    // 3
    CHECK(by_gender.out.find("Other,*,*") != std::string::npos);   // 2

    // --where picking 4 records (aged 65+: Female 3, Male 1): no count above 0, and no total.
    const auto where = test::run(data + "--by gender --where age_band=65+");
    CHECK(where.status == 0);
    CHECK(where.out ==
          "Gender  2023/24   %\n"
          "Male          *   *\n"
          "Female        *   *\n"
          "Other         0  0%\n"
          "N/A           0  0%\n"
          "Total         *   *\n");
    const auto md = test::run(data + "--by gender --where age_band=65+ --format markdown");
    CHECK(md.out.find("| Total | * | * |") != std::string::npos);
    CHECK(md.out.find("| 4 |") == std::string::npos);
    const auto csv = test::run(data + "--by gender --where age_band=65+ --format csv");
    CHECK(csv.out == "gender,count,percent\nMale,*,*\nFemale,*,*\nOther,0,0\nN/A,0,0\n");
    const auto json = nlohmann::json::parse(test::run(data + "--by gender --where age_band=65+ --format json").out);
    REQUIRE(json.size() == 4);
    CHECK(json[0] == nlohmann::json::parse(R"({"gender": "Male", "count": null, "percent": null, "suppressed": true})"));
    CHECK(json[1]["count"].is_null());
    // And with --compare the previous period, which holds no record, reads "no data", not a
    // count to hide (docs/breakdown.md).
    const auto compared = test::run(data + "--by gender --where age_band=65+ --compare");
    CHECK(compared.out.find("Total         *   *  no data\n"
                            "(no data for 2022/23: no record of this kind was received by its end)\n") != std::string::npos);
}
