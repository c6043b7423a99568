// End-to-end: breakdown --of stages, --regime and list's stage columns on the complaints of three
// regimes in tests/fixtures/stages, in both shapes of the export (issue 20, point 4). The counts
// are checked by hand against the fixture (its README) and against figures JSON's regimes tables.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>

#include "test_support.hpp"

namespace {

const std::string kStages = ::test::source_dir() + "/tests/fixtures/stages";
const char* const kShapes[] = {"per-complaint", "per-stage"};

// Open stages judged, and escalations counted, on Wed 30 Apr 2025.
test::RunResult ask(const std::string& shape, const std::string& args) {
    return test::run("breakdown --data '" + kStages + "/" + shape + "' --year 2024/25 --as-of 2025-04-30 " + args);
}

nlohmann::json figures(const std::string& shape) {
    const auto r = test::run("figures --data '" + kStages + "/" + shape + "' --year 2024/25 --as-of 2025-04-30 --format json");
    REQUIRE(r.status == 0);
    return nlohmann::json::parse(r.out);
}

// Every row of a figures JSON table has the count the breakdown (JSON) gives its value.
void agrees(const nlohmann::json& table, const std::string& column, const test::RunResult& breakdown,
            const std::string& field) {
    INFO(breakdown.err);
    REQUIRE(breakdown.status == 0);
    const auto b = nlohmann::json::parse(breakdown.out);  // an array of rows
    std::int64_t total = 0;
    for (const auto& mine : b) total += mine["count"].get<std::int64_t>();
    CHECK(total == table["total"].get<std::int64_t>());
    CHECK(total > 0);
    for (const auto& row : table["rows"]) {
        INFO(row[column]);
        std::int64_t count = 0;
        for (const auto& mine : b)
            if (mine[field] == row[column]) count = mine["count"].get<std::int64_t>();
        CHECK(count == row["count"].get<std::int64_t>());
    }
}

}  // namespace

TEST_CASE("breakdown --of stages agrees with figures JSON's regimes tables, in both shapes") {
    for (const std::string shape : kShapes) {
        INFO(shape);
        const auto f = figures(shape);
        const auto& r = f["regimes"];
        agrees(r["children"]["stage_2"]["timing"], "timing",
               ask(shape, "--of stages --by on_time --where regime=children --where stage=2 --format json"), "on_time");
        agrees(r["children"]["stage_1"]["timing"], "timing",
               ask(shape, "--of stages --by on_time --regime children --where stage=1 --format json"), "on_time");
        agrees(r["corporate"]["stage_1"]["acknowledgement"], "acknowledgement",
               ask(shape, "--of stages --by acknowledgement --regime Corporate --where stage=1 --format json"),
               "acknowledgement");
        agrees(r["corporate"]["stage_2"]["timing"], "timing",
               ask(shape, "--of stages --by on_time --regime corporate --where \"stage=Stage 2\" --format json"), "on_time");
        agrees(r["adult"]["stage_1"]["outcome"], "outcome",
               ask(shape, "--of stages --by outcome --regime adult --format json"), "outcome");
    }
}

TEST_CASE("breakdown --of stages: the counts by hand, the same in both shapes") {
    for (const std::string shape : kShapes) {
        INFO(shape);
        // Children's stage 2: C-001 requested Tue 7 May 2024, limit 25 working days (Mon 27 May
        // a bank holiday: day 25 is Wed 12 Jun), extended to 31 Jul, responded 19 Jul: within
        // its extension. C-003 requested Mon 2 Dec 2024, no response: overdue by 30 Apr 2025.
        auto r = ask(shape, "--of stages --by on_time --where regime=children --where stage=2 --format csv");
        CHECK(r.err == "");
        CHECK(r.out ==
              "on_time,count,percent\nOn time,0,0\nWithin extension,1,50\nLate,0,0\n\"Open, within time\",0,0\n"
              "\"Open, overdue\",1,50\n");
        // Corporate stage 1, acknowledged within 5 working days: K-001 (Mon 22 to Thu 25 Apr: 3),
        // K-002 (Thu 22 to Fri 23 Aug: 1), K-003 (Tue 1 to Mon 7 Oct: 4). K-004 was refused.
        r = ask(shape, "--of stages --by acknowledgement --where regime=corporate --where stage=1 --format csv");
        CHECK(r.out == "acknowledgement,count,percent\nOn time,3,100\nLate,0,0\nNot recorded,0,0\n");
        // Adult, within 3: A-001 (Fri 5 to Tue 9 Apr: 2), A-002 (2), A-005 (Fri 20 Dec to Fri 27
        // Dec: 23, 24, then Christmas and Boxing Day, 27: 3); A-003's not recorded.
        r = ask(shape, "--of stages --by acknowledgement --regime adult --format csv");
        CHECK(r.out == "acknowledgement,count,percent\nOn time,3,75\nLate,0,0\nNot recorded,1,25\n");
        // Corporate working days from the acknowledgement: stage 1 K-001 8, K-002 9, K-003 19;
        // stage 2 K-001 19 (22 May to 19 Jun, 27 May a holiday), K-003 43 (12 Nov to 15 Jan 2025,
        // three holidays). A corporate complaint has no stage 3: no row.
        r = ask(shape, "--of stages --by stage --regime corporate --measure working_days --format csv");
        CHECK(r.out ==
              "stage,count,percent,closed,median_working_days,mean_working_days,max_working_days\n"
              "1,3,60,3,9.0,12.0,19\n2,2,40,2,31.0,31.0,43\n");
        // Escalated by 30 Apr 2025: C-001 at each stage (its stage 3 to the Ombudsman, case of 14
        // Oct 2024), C-003's stage 1; C-002 not, C-004 withdrawn; C-003's stage 2 still open.
        r = ask(shape, "--of stages --by stage,escalated --regime children --format csv");
        CHECK(r.out == "stage,escalated,count,percent\n1,Yes,2,29\n1,No,2,29\n2,Yes,1,14\n2,Open,1,14\n3,Yes,1,14\n");
        // Suppression as for every table: counts 1 and 2 below 3 hidden.
        r = ask(shape, "--of stages --by stage --regime children --suppress-below 3 --format csv");
        CHECK(r.out == "stage,count,percent\n1,4,57\n2,*,*\n3,*,*\n");
    }
    // The two shapes answer every question the same, in every format.
    for (const std::string args : {"--of stages --by regime,stage --format json", "--of stages --by regime,on_time",
                                   "--of stages --by month --regime children --compare --format markdown",
                                   "--of stages --by service_area --measure working_days --sort count --top 3"}) {
        INFO(args);
        const auto a = ask("per-complaint", args), b = ask("per-stage", args);
        CHECK(a.status == 0);
        CHECK(a.out == b.out);
    }
}

TEST_CASE("breakdown --regime: adult by default for complaints, and the usage errors") {
    const std::string shape = "per-complaint";
    // A-004 (refused, but a complaint) and A-005.
    CHECK(ask(shape, "--by regime --format csv").out ==
          "regime,count,percent\nAdult social care,5,38\nChildren's social care,4,31\nCorporate,4,31\n");
    CHECK(ask(shape, "--by outcome --format csv").out ==
          "outcome,count,percent\nUpheld,1,20\nPartly upheld,1,20\nNot upheld,2,40\nWithdrawn,0,0\nOpen,1,20\n");
    // Corporate complaints are on the corporate route: counted without --route all.
    CHECK(ask(shape, "--by outcome --regime corporate --format csv").out ==
          "outcome,count,percent\nUpheld,1,25\nPartly upheld,1,25\nNot upheld,2,50\nWithdrawn,0,0\nOpen,0,0\n");
    auto r = ask(shape, "--of stages --by stage --route all");
    CHECK(r.status == 2);
    CHECK(r.err ==
          "ascreport breakdown: --route chooses complaints and concerns; stages have no route (they are those of the "
          "complaints handled in their procedure: choose them with --regime)\n");
    r = ask(shape, "--of compliments --by month --regime adult");
    CHECK(r.status == 2);
    CHECK(r.err == "ascreport breakdown: --regime chooses complaints, concerns and stages; compliments have no regime\n");
    r = ask(shape, "--by outcome --regime adults");
    CHECK(r.status == 2);
    CHECK(r.err.find("--regime: \"adults\" is no regime: write adult, children, corporate or all (or Adult social "
                     "care, Children's social care, Corporate)") != std::string::npos);
    r = ask(shape, "--by on_time");
    CHECK(r.status == 2);
    CHECK(r.err.find("ascreport breakdown: --by on_time: complaints have no field on_time; the fields of complaints "
                     "are: ") == 0);
}

TEST_CASE("list: the stages of each complaint, --regime chooses") {
    for (const std::string shape : kShapes) {
        INFO(shape);
        const auto r = test::run("list --data '" + kStages + "/" + shape +
                                 "' --year 2024/25 --as-of 2025-04-30 --regime corporate --format csv --fields "
                                 "reference,regime,stages,stage1_on_time,stage1_acknowledgement,stage1_working_days,"
                                 "stage2_requested,stage2_responded,stage2_outcome,stage2_on_time,stage2_escalated,"
                                 "escalated_to_ombudsman");
        CHECK(r.err == "");
        // K-004 was refused: its stage is not timed.
        CHECK(r.out ==
              "reference,regime,stages,stage1_on_time,stage1_acknowledgement,stage1_working_days,stage2_requested,"
              "stage2_responded,stage2_outcome,stage2_on_time,stage2_escalated,escalated_to_ombudsman\n"
              "K-001,Corporate,2,On time,On time,8,2024-05-20,2024-06-19,Not upheld,On time,Yes,Yes\n"
              "K-002,Corporate,1,On time,On time,9,,,,,,No\n"
              "K-003,Corporate,2,Within extension,On time,19,2024-11-11,2025-01-15,Upheld,Within extension,No,No\n"
              "K-004,Corporate,1,,,,,,,,,No\n");
    }
}
