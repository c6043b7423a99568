// The output formats of a Breakdown, checked byte for byte on a small table.
#include <catch2/catch.hpp>

#include <sstream>

#include "ascreport/format.hpp"
#include "figures_test_data.hpp"

using namespace ascreport;

namespace {

Breakdown outcome_table(bool compared) {
    Breakdown b;
    b.fields = {"outcome"};
    b.period_label = "2023/24";
    const std::pair<const char*, std::int64_t> rows[] = {{"Upheld", 1}, {"Partly upheld", 2}, {"Open", 5}};
    const std::int64_t previous[] = {3, 0, 5};
    int i = 0;
    for (auto [name, n] : rows) {
        BreakdownRow r;
        r.groups = {{name, name}};
        r.count = n;
        if (compared) r.previous = previous[i];
        b.rows.push_back(r);
        b.total += n;
        ++i;
    }
    if (compared) {
        b.previous_total = 8;
        b.previous_label = "2022/23";
    }
    return b;
}

using ascreport::test::render;

}  // namespace

TEST_CASE("percentages round half up, and away from zero when negative") {
    CHECK(percent_half_up(1, 8) == 13);   // 12.5%
    CHECK(percent_half_up(3, 8) == 38);   // 37.5%
    CHECK(percent_half_up(1, 3) == 33);
    CHECK(percent_half_up(2, 3) == 67);
    CHECK(percent_half_up(0, 7) == 0);
    CHECK(percent_half_up(7, 7) == 100);
    CHECK(percent_half_up(-1, 8) == -13);
    CHECK(percent_half_up(-7, 9) == -78);
    CHECK(percent_half_up(13, 1) == 1300);
    CHECK(percent_half_up(5, 0) == 0);
}

TEST_CASE("csv cells are quoted and escaped against formula injection") {
    CHECK(csv_cell("Upheld") == "Upheld");
    CHECK(csv_cell("=SUM(A1)") == "'=SUM(A1)");
    CHECK(csv_cell("+44") == "'+44");
    CHECK(csv_cell("-1") == "'-1");
    CHECK(csv_cell("@home") == "'@home");
    CHECK(csv_cell("a,b") == "\"a,b\"");
    CHECK(csv_cell("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_cell("=a,b") == "\"'=a,b\"");
    CHECK(csv_cell("16-24") == "16-24");
}

TEST_CASE("breakdown table format") {
    CHECK(render(outcome_table(false), Format::Table) ==
          "Outcome        2023/24     %\n"
          "Upheld               1   13%\n"
          "Partly upheld        2   25%\n"
          "Open                 5   63%\n"
          "Total                8  100%\n");
    CHECK(render(outcome_table(true), Format::Table) ==
          "Outcome        2023/24     %  2022/23  Change\n"
          "Upheld               1   13%        3      -2\n"
          "Partly upheld        2   25%        0      +2\n"
          "Open                 5   63%        5       0\n"
          "Total                8  100%        8       0\n");
}

TEST_CASE("breakdown markdown format") {
    CHECK(render(outcome_table(false), Format::Markdown) ==
          "| Outcome | 2023/24 | % |\n"
          "| --- | ---: | ---: |\n"
          "| Upheld | 1 | 13% |\n"
          "| Partly upheld | 2 | 25% |\n"
          "| Open | 5 | 63% |\n"
          "| Total | 8 | 100% |\n");
}

TEST_CASE("breakdown csv format") {
    CHECK(render(outcome_table(false), Format::Csv) ==
          "outcome,count,percent\n"
          "Upheld,1,13\n"
          "Partly upheld,2,25\n"
          "Open,5,63\n");
    CHECK(render(outcome_table(true), Format::Csv) ==
          "outcome,count,percent,previous_count,change\n"
          "Upheld,1,13,3,-2\n"
          "Partly upheld,2,25,0,2\n"
          "Open,5,63,5,0\n");
}

TEST_CASE("breakdown json format") {
    CHECK(render(outcome_table(true), Format::Json) == R"([
  {
    "outcome": "Upheld",
    "count": 1,
    "percent": 13,
    "previous_count": 3,
    "change": -2
  },
  {
    "outcome": "Partly upheld",
    "count": 2,
    "percent": 25,
    "previous_count": 0,
    "change": 2
  },
  {
    "outcome": "Open",
    "count": 5,
    "percent": 63,
    "previous_count": 5,
    "change": 0
  }
]
)");
}

TEST_CASE("two-field tables leave the second label of the total row blank") {
    Breakdown b;
    b.fields = {"month", "outcome"};
    b.period_label = "2023/24";
    b.rows.push_back({{{"2023-04", "April 2023"}, {"Upheld", "Upheld"}}, 2, std::nullopt});
    b.rows.push_back({{{"2023-04", "April 2023"}, {"|x", "|x"}}, 1, std::nullopt});
    b.total = 3;
    CHECK(render(b, Format::Table) ==
          "Month       Outcome  2023/24     %\n"
          "April 2023  Upheld         2   67%\n"
          "April 2023  |x             1   33%\n"
          "Total                      3  100%\n");
    CHECK(render(b, Format::Csv) ==
          "month,outcome,count,percent\n"
          "2023-04,Upheld,2,67\n"
          "2023-04,|x,1,33\n");
    CHECK(render(b, Format::Markdown) ==
          "| Month | Outcome | 2023/24 | % |\n"
          "| --- | --- | ---: | ---: |\n"
          "| April 2023 | Upheld | 2 | 67% |\n"
          "| April 2023 | \\|x | 1 | 33% |\n"
          "| Total |  | 3 | 100% |\n");
}

TEST_CASE("the table lines up by the columns a terminal gives each character") {
    // A wide Chinese name takes two columns a character, a combining accent none.
    Breakdown b;
    b.fields = {"provider"};
    b.period_label = "2023/24";
    b.rows.push_back({{{"\xE4\xB8\xAD\xE6\x96\x87", "\xE4\xB8\xAD\xE6\x96\x87"}}, 2, std::nullopt});
    b.rows.push_back({{{"Cafe\xCC\x81", "Cafe\xCC\x81"}}, 1, std::nullopt});
    b.total = 3;
    CHECK(render(b, Format::Table) ==
          "Provider  2023/24     %\n"
          "\xE4\xB8\xAD\xE6\x96\x87" "            2   67%\n"
          "Cafe\xCC\x81" "            1   33%\n"
          "Total           3  100%\n");
}
