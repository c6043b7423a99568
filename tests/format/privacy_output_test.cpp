// The breakdown formats with --suppress-below: * in csv, table and markdown; null and
// "suppressed" in json.
#include <catch2/catch.hpp>

#include <numeric>
#include <sstream>

#include "ascreport/privacy.hpp"
#include "ascreport/format.hpp"
#include "figures_test_data.hpp"

using namespace ascreport;

namespace {

// Rows A, B, C... with these counts this period and the previous one.
Breakdown compared_table(std::vector<std::int64_t> counts, std::vector<std::int64_t> previous) {
    Breakdown b;
    b.fields = {"gender"};
    b.period_label = "2023/24";
    b.previous_label = "2022/23";
    for (std::size_t i = 0; i < counts.size(); ++i) {
        BreakdownRow r;
        const std::string name(1, static_cast<char>('A' + i));
        r.groups = {{name, name}};
        r.count = counts[i];
        r.previous = previous[i];
        b.rows.push_back(r);
    }
    b.total = std::accumulate(counts.begin(), counts.end(), std::int64_t{0});
    b.previous_total = std::accumulate(previous.begin(), previous.end(), std::int64_t{0});
    return b;
}

using ascreport::test::render;

}  // namespace

TEST_CASE("suppression: the breakdown formats print * (csv, table, markdown) or null (json)") {
    // This year 3 is hidden, and 7 with it; last year 2, and 6 with it.
    Breakdown b = compared_table({10, 3, 0, 7}, {2, 8, 6, 7});
    suppress_small_counts(b, 5);
    CHECK(render(b, Format::Csv) ==
          "gender,count,percent,previous_count,change\n"
          "A,10,50,*,*\n"
          "B,*,*,8,*\n"
          "C,0,0,*,*\n"
          "D,*,*,7,*\n");
    CHECK(render(b, Format::Table) ==
          "Gender  2023/24     %  2022/23  Change\n"
          "A            10   50%        *       *\n"
          "B             *     *        8       *\n"
          "C             0    0%        *       *\n"
          "D             *     *        7       *\n"
          "Total        20  100%       23      -3\n");
    CHECK(render(b, Format::Markdown).find("| B | * | * | 8 | * |\n") != std::string::npos);
    const std::string json = render(b, Format::Json);
    CHECK(json.find(R"({
    "gender": "B",
    "count": null,
    "percent": null,
    "suppressed": true,
    "previous_count": 8,
    "previous_suppressed": false,
    "change": null
  })") != std::string::npos);
    CHECK(json.find(R"("gender": "A",
    "count": 10,
    "percent": 50,
    "suppressed": false,
    "previous_count": null,
    "previous_suppressed": true,
    "change": null)") != std::string::npos);
}
