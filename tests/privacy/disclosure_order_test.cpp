// Suppression against the order of the rows (issue 17): `breakdown --sort count` printed hidden
// rows by their true counts, and the order with the total of the hidden ones left one way to
// fill them in. The checker's reader (disclosure_checker.hpp) knows how the rows are ordered
// and tries every table of hidden counts that agrees with the sums: none may be given away.
#include <catch2/catch.hpp>

#include <limits>
#include <sstream>

#include "cases.hpp"
#include "disclosure_checker.hpp"
#include "test_support.hpp"

using namespace disclosure;

namespace {

// The cells of one CSV line (RFC 4180 quotes).
std::vector<std::string> csv_cells(const std::string& line) {
    std::vector<std::string> cells(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') cells.back() += '"', ++i;
        else if (c == '"') quoted = !quoted;
        else if (c == ',' && !quoted) cells.emplace_back();
        else cells.back() += c;
    }
    return cells;
}

// A one-field breakdown's csv: (key, count or nullopt for *), in the order printed.
std::vector<std::pair<std::string, std::optional<std::int64_t>>> read_rows(const std::string& csv) {
    std::vector<std::pair<std::string, std::optional<std::int64_t>>> rows;
    std::istringstream in(csv);
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        const auto cells = csv_cells(line);
        REQUIRE(cells.size() >= 2);
        rows.emplace_back(cells[0], cells[1] == "*" ? std::nullopt : std::optional<std::int64_t>(std::stoll(cells[1])));
    }
    return rows;
}

// What a reader of `ARGS --suppress-below N --sort count` sees, with each row's place in the
// table's order (`ARGS` with no --sort), and the true counts in that order (without
// --suppress-below: what the data holds, which the checker needs only to say what was given away).
struct Question {
    std::vector<SeenRow> printed;
    std::vector<std::string> keys;           // table order
    std::vector<std::int64_t> truth;         // table order
    std::vector<bool> hidden;                // table order
    std::int64_t total = 0;
};

Question ask(const std::string& args, int below) {
    const auto plain = test::run(args + " --format csv");
    const auto sorted = test::run(args + " --format csv --sort count --suppress-below " + std::to_string(below));
    const auto table = test::run(args + " --format csv --suppress-below " + std::to_string(below));
    REQUIRE(plain.status == 0);
    REQUIRE(sorted.status == 0);
    REQUIRE(table.status == 0);
    Question q;
    std::map<std::string, std::size_t> index;
    for (const auto& [key, count] : read_rows(plain.out)) {
        index[key] = q.keys.size();
        q.keys.push_back(key);
        q.truth.push_back(*count);
        q.total += *count;
    }
    const auto in_table_order = read_rows(table.out);
    REQUIRE(in_table_order.size() == q.keys.size());
    for (std::size_t i = 0; i < q.keys.size(); ++i) {
        CHECK(in_table_order[i].first == q.keys[i]);  // --sort table is the table's order
        q.hidden.push_back(!in_table_order[i].second);
    }
    for (const auto& [key, count] : read_rows(sorted.out)) q.printed.push_back({index.at(key), count});
    REQUIRE(q.printed.size() == q.keys.size());
    return q;
}

// The rows as `rule` prints the true table, hidden counts as `*`.
std::vector<SeenRow> print(const Question& q, const OrderRule& rule) {
    std::vector<SeenRow> rows;
    for (std::size_t i : rule(q.truth, q.hidden))
        rows.push_back({i, q.hidden[i] ? std::nullopt : std::optional<std::int64_t>(q.truth[i])});
    return rows;
}

std::vector<std::size_t> order_of(const std::vector<SeenRow>& rows) {
    std::vector<std::size_t> out;
    for (const SeenRow& r : rows) out.push_back(r.table_index);
    return out;
}

}  // namespace

TEST_CASE("order: the checker's reader fills in hidden counts from an order by count, and not from one without") {
    // The table: White British 33, N/A 13 shown; seven hidden counts of 1 to 4 adding up
    // to 13, in the table's (alphabetical) order 2, 1, 2, 2, 4, 1, 1.
    const std::vector<std::int64_t> truth{2, 1, 2, 2, 4, 1, 1, 33, 13};
    std::vector<bool> hidden(9, true);
    hidden[7] = hidden[8] = false;
    auto seen = [&](const OrderRule& rule) {
        std::vector<SeenRow> rows;
        for (std::size_t i : rule(truth, hidden)) rows.push_back({i, hidden[i] ? std::nullopt : std::optional(truth[i])});
        return rows;
    };
    // Sorted by every count: 4, 2, 2, 2, 1, 1, 1 is the one way.
    const auto leaky = hidden_values(seen(every_row_by_count), 59, every_row_by_count, 1, 4);
    CHECK(pinned(leaky).size() == 7);
    CHECK(leaky.at(4) == std::set<std::int64_t>{4});
    CHECK(leaky.at(1) == std::set<std::int64_t>{1});
    // The documented order: hidden rows after the shown ones, in the table's order. Each could be
    // 1 to 4 as far as the reader can tell.
    const auto safe = hidden_values(seen(shown_by_count_then_hidden), 59, shown_by_count_then_hidden, 1, 4);
    CHECK(pinned(safe).empty());
    for (const auto& [row, values] : safe) CHECK(values == std::set<std::int64_t>{1, 2, 3, 4});
}

TEST_CASE("order e2e: breakdown --sort count prints hidden rows in the table's order, after the shown ones") {
    // The two questions on the sample data (its adult social care complaints: the
    // issue's table), and the same with --top and --compare.
    test::TempDir adult;
    test::copy_adult_sample(adult);
    const std::string samples = "breakdown --data '" + adult.str() + "' --year 2023/24 ";
    for (const std::string& args : {samples + "--by ethnicity", samples + "--of compliments --by service_area"}) {
        INFO(args);
        const Question q = ask(args, 5);
        REQUIRE(std::count(q.hidden.begin(), q.hidden.end(), true) >= 3);
        // What it prints is the documented order of the true table ...
        CHECK(order_of(q.printed) == shown_by_count_then_hidden(q.truth, q.hidden));
        // ... so a reader who knows that order learns nothing from it: each hidden count takes two
        // values or more among those from 1 to 4 that add up to what the total leaves.
        const auto values = hidden_values(q.printed, q.total, shown_by_count_then_hidden, 1, 4);
        CHECK(pinned(values).empty());
        for (const auto& [row, set] : values) CHECK(set.count(q.truth[row]) == 1);
        // Printed as the tool printed it before, the order gave every hidden count away.
        const auto before = hidden_values(print(q, every_row_by_count), q.total, every_row_by_count, 1, 4);
        CHECK(pinned(before).size() == static_cast<std::size_t>(std::count(q.hidden.begin(), q.hidden.end(), true)));

        // --top N keeps the first N of that order: hidden rows only once the shown ones are all in,
        // and then in the table's order.
        const auto full = test::run(args + " --format csv --sort count --suppress-below 5");
        for (int top : {1, 2, 3, 10, 11, 12, 13}) {
            const auto cut = test::run(args + " --format csv --sort count --suppress-below 5 --top " + std::to_string(top));
            REQUIRE(cut.status == 0);
            std::istringstream in(full.out);
            std::string expected, line;
            for (int i = 0; i <= top && std::getline(in, line); ++i) expected += line + "\n";
            CHECK(cut.out == expected);
        }
    }
    // With --compare the order is this period's: a row hidden now goes after the shown ones (the
    // 0s too), whatever the year before holds, in the table's order; its change is hidden with it.
    const auto compared = test::run(samples + "--by ethnicity --compare --sort count --suppress-below 5 --format csv");
    const auto table = test::run(samples + "--by ethnicity --compare --suppress-below 5 --format csv");
    REQUIRE(compared.status == 0);
    REQUIRE(table.status == 0);
    std::vector<std::string> hidden_in_table, hidden_printed;
    for (const auto& [key, count] : read_rows(table.out))
        if (!count) hidden_in_table.push_back(key);
    bool after_hidden = false;
    std::int64_t last = std::numeric_limits<std::int64_t>::max();
    for (const auto& [key, count] : read_rows(compared.out)) {
        INFO(key);
        if (!count) {
            after_hidden = true;
            hidden_printed.push_back(key);
            continue;
        }
        CHECK_FALSE(after_hidden);
        CHECK(*count <= last);
        last = *count;
    }
    CHECK(hidden_printed == hidden_in_table);
    CHECK(hidden_printed.size() == 7);
    CHECK(compared.out.find("Indian,*,*,5,*\n") != std::string::npos);
}
