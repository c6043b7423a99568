// End-to-end: the built binary's `breakdown` and `figures` on a small fixture folder, checking
// exact output for each format and the exit status of bad options.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>
#include <string>

#include "test_support.hpp"

namespace fs = std::filesystem;

namespace {

using test::run;
using test::TempDir;

// Three statutory complaints in 2023/24 (one open), one informal, one statutory in 2022/23.
struct Fixture {
    TempDir dir;
    Fixture();
    // "--data DIR" for the fixture folder.
    std::string data() const { return "--data '" + dir.str() + "'"; }
};

Fixture::Fixture() {
    dir.write("complaints.csv",
          "reference,received,responded,route,outcome,method,service_area,provider,gender,age_band,ethnicity,"
          "disability,extended\n"
          "A1,2023-04-03,2023-04-05,Statutory,Upheld,Email,Mental Health,,Male,65+,White British,Yes,\n"
          "A2,10/05/2023,20/07/2023,Statutory,Partly upheld,Phone,\"Care, Homes\",Oak Lodge,Female,50-64,,No,Yes\n"
          "A3,2023-05-11,,Statutory,,Email,=cmd(),,,,,,\n"
          "A4,2023-06-01,2023-06-02,Informal,Not upheld,Letter,Finance,,,,,,\n"
          "A5,2022-05-01,2022-05-03,Statutory,Withdrawn,Email,Finance,,,,,,\n");
    dir.write("concerns.csv",
          "reference,category,subcategory\n"
          "A1,Communication,\n"
          "A2,Standard of service,\n"
          "A2,communication,\n"
          "A4,Protection,\n");
    dir.write("compliments.csv", "received\n2023-04-10\n2023-05-01\n");
    // A few records a year: every year whole, so that 2022/23 is compared (docs/settings.md,
    // "Years the data covers").
    dir.write("report.toml", "[input]\nrecords_start = \"2000-04-01\"\n");
    dir.write("lgsco.csv",
          "reference,received,decided,decision,remedy,remedy_amount,summary\n"
          "L1,2023-05-01,2023-06-01,Upheld,Apology,\"£1,250.00\",A summary.\n"
          "L2,2024-03-01,,,,,\n");
    dir.write("regional.csv", "year,authority,cases\n2023/24,Coventry City Council,10\n2023/24,Birmingham,38\n");
}

// What `ascreport ARGS` prints, checking that it succeeded without a word on stderr.
std::string output_of(const std::string& args) {
    const auto r = run(args);
    CHECK(r.status == 0);
    CHECK(r.err == "");
    return r.out;
}

}  // namespace

TEST_CASE("e2e: breakdown prints a table with a total row") {
    const Fixture fx;
    const auto r = run("breakdown " + fx.data() + " --year 2023/24 --by outcome");
    CHECK(r.err == "");
    CHECK(r.status == 0);
    CHECK(r.out ==
          "Outcome        2023/24     %\n"
          "Upheld               1   33%\n"
          "Partly upheld        1   33%\n"
          "Not upheld           0    0%\n"
          "Withdrawn            0    0%\n"
          "Open                 1   33%\n"
          "Total                3  100%\n");
}

TEST_CASE("e2e: breakdown csv escapes formulas, quotes commas and has no total row") {
    const Fixture fx;
    const auto r = run("breakdown " + fx.data() + " --year 2023-24 --by service_area --format csv");
    CHECK(r.status == 0);
    CHECK(r.out ==
          "service_area,count,percent\n"
          "'=cmd(),1,33\n"
          "\"Care, Homes\",1,33\n"
          "Mental Health,1,33\n");
}

TEST_CASE("e2e: breakdown json with the previous period") {
    const Fixture fx;
    const auto r = run("breakdown " + fx.data() + " --year 2023/24 --by timescale --compare --format json");
    CHECK(r.status == 0);
    CHECK(r.out == R"([
  {
    "timescale": "Within 20 working days",
    "count": 1,
    "percent": 33,
    "previous_count": 1,
    "change": 0
  },
  {
    "timescale": "Over 20 working days",
    "count": 1,
    "percent": 33,
    "previous_count": 0,
    "change": 1
  },
  {
    "timescale": "Still open",
    "count": 1,
    "percent": 33,
    "previous_count": 0,
    "change": 1
  }
]
)");
}

TEST_CASE("e2e: breakdown markdown counts concerns by category") {
    const Fixture fx;
    const auto r = run("breakdown " + fx.data() + " --year 2023/24 --by category --format markdown");
    CHECK(r.status == 0);
    CHECK(r.out ==
          "| Category | 2023/24 | % |\n"
          "| --- | ---: | ---: |\n"
          "| Standard of service | 1 | 33% |\n"
          "| Communication | 2 | 67% |\n"
          "| Protection | 0 | 0% |\n"
          "| Environment/property | 0 | 0% |\n"
          "| Financial issues | 0 | 0% |\n"
          "| Total | 3 | 100% |\n");
}

TEST_CASE("e2e: breakdown over a date range, by route and by two fields") {
    const Fixture fx;
    const auto route = run("breakdown " + fx.data() + " --from 2023-04-01 --to 31/05/2023 --by route --format csv");
    CHECK(route.status == 0);
    CHECK(route.out == "route,count,percent\nStatutory,3,100\nInformal,0,0\nCorporate,0,0\n");
    const auto two = run("breakdown " + fx.data() +
                         " --year 2023/24 --by month,gender --where 'outcome=partly upheld' --where outcome=Upheld "
                         "--format csv");
    CHECK(two.status == 0);
    CHECK(two.out == "month,gender,count,percent\n2023-04,Male,1,50\n2023-05,Female,1,50\n");
}

TEST_CASE("e2e: bad fields, values and periods are usage errors (exit 2)") {
    const Fixture fx;
    auto r = run("breakdown " + fx.data() + " --year 2023/24 --by outcome,colour");
    CHECK(r.status == 2);
    CHECK(r.out == "");
    CHECK(r.err ==
          "ascreport breakdown: unknown field \"colour\" in --by; the fields are: route, outcome, method, "
          "service_area, provider, gender, age_band, ethnicity, disability, timescale, month, quarter, year, "
          "category, extended, subcategory, regime\n");
    r = run("breakdown " + fx.data() + " --year 2023/24 --by outcome --where gender=Man");
    CHECK(r.status == 2);
    CHECK(r.err == "ascreport breakdown: --where \"gender=Man\": gender has no value \"Man\"; the values are: "
                   "Male, Female, Other, N/A\n");
    r = run("breakdown " + fx.data() + " --year 2023/25 --by outcome");
    CHECK(r.status == 2);
    CHECK(r.err == "ascreport breakdown: --year 2023/25 is not a period; give the period as --year 2023/24 (or "
                   "2023-24), --year 2023/24-Q3 for a quarter (Q1 is April to June), or --from 2023-10-01 --to "
                   "2023-12-31 (dates as YYYY-MM-DD or DD/MM/YYYY)\n");
    CHECK(run("breakdown " + fx.data() + " --by outcome").status == 2);
    CHECK(run("breakdown " + fx.data() + " --from 2023-05-01 --by outcome").status == 2);
    CHECK(run("breakdown " + fx.data() + " --from 2023-05-01 --to 2023-04-01 --by outcome").status == 2);
    CHECK(run("breakdown " + fx.data() + " --year 2023/24 --from 2023-05-01 --to 2023-06-01 --by outcome").status == 2);
    CHECK(run("breakdown " + fx.data() + " --year 2023/24 --by outcome --format xml").status == 2);
    CHECK(run("breakdown " + fx.data() + " --year 2023/24 --by outcome --route some").status == 2);
    CHECK(run("figures " + fx.data() + " --year 2023").status == 2);
}

TEST_CASE("e2e: data errors exit 1 with the loader's messages") {
    TempDir dir;
    dir.write("complaints.csv", "reference,received,route,method,service_area\nB1,31/02/2024,Statutory,Email,Finance\n");
    const auto r = run("breakdown --data '" + dir.str() + "' --year 2023/24 --by outcome");
    CHECK(r.status == 1);
    CHECK(r.out == "");
    CHECK(r.err.find(dir.str() + "/complaints.csv:2:") != std::string::npos);
}

TEST_CASE("e2e: figures prints one JSON document with stable keys") {
    const Fixture fx;
    const auto r = run("figures " + fx.data() + " --year 2023/24");
    REQUIRE(r.status == 0);
    const auto j = nlohmann::ordered_json::parse(r.out);
    std::vector<std::string> keys;
    for (const auto& [key, value] : j.items()) keys.push_back(key);
    CHECK(keys == std::vector<std::string>{"format", "version", "period", "previous_period", "complaints_by_route",
                                           "statutory_complaints", "concerns_by_category", "compliments_by_month",
                                           "compliments_by_service_area", "compliments_by_source",
                                           "complaints_vs_compliments", "ombudsman", "regional", "key_facts",
                                           "regimes"});
    CHECK(j["period"]["label"] == "2023/24");
    CHECK(j["complaints_by_route"]["total"] == 4);
    CHECK(j["statutory_complaints"]["outcome"]["rows"][0] ==
          nlohmann::ordered_json::parse(R"({"outcome":"Upheld","count":1,"percent":33,"previous_count":0,"previous_percent":0})"));
    CHECK(j["statutory_complaints"]["over_20_working_days_extended"] == 1);
    // A1: 2 working days, A2: 50 (see the --measure test); A5 in 2022/23: Sunday 1 May to Tuesday
    // 3 May 2022, with the bank holiday on Monday 2 May = 1.
    CHECK(j["statutory_complaints"]["median_working_days"] == 26.0);
    CHECK(j["statutory_complaints"]["mean_working_days"] == 26.0);
    CHECK(j["statutory_complaints"]["previous_median_working_days"] == 1.0);
    CHECK(j["concerns_by_category"]["total"] == 3);
    CHECK(j["complaints_vs_compliments"][0] ==
          nlohmann::ordered_json::parse(R"({"month":"2023-04","complaints":1,"compliments":1,"difference":0,"difference_percent_of_complaints":0})"));
    CHECK(j["complaints_vs_compliments"][5]["difference_percent_of_complaints"].is_null());
    CHECK(j["ombudsman"]["financial_remedy_pence"] == 125000);
    CHECK(j["ombudsman"]["still_open"] == 1);
    CHECK(j["regional"]["rows"][0]["authority"] == "Birmingham");
    CHECK(j["key_facts"]["within_20_working_days"][0] ==
          nlohmann::ordered_json::parse(R"({"period":"2023/24","percent":33,"source":"records","within":1,"total":3})"));

    const auto text = run("figures " + fx.data() + " --year 2023/24 --format text");
    CHECK(text.status == 0);
    CHECK(text.out.find("Statutory complaints by outcome\n===============================\n\n"
                        "Outcome        2023/24     %  2022/23  Change\n"
                        "Upheld               1   33%        0      +1\n") != std::string::npos);
    CHECK(text.out.find("Median working days to a response: 26.0 (2022/23: 1.0)\n"
                        "Mean working days to a response: 26.0 (2022/23: 1.0)\n") != std::string::npos);
}

TEST_CASE("e2e: figures --as-of: the day an open stage is judged at") {
    const Fixture fx;
    // A3, adult, received Thu 11 May 2023 with no response: at Mon 15 May, Fri 12 (1), Mon 15
    // (2) of its 20 working days; at the year's last day, long overdue.
    auto open = [&](const std::string& args, const std::string& env = "") {
        const auto r = run("figures " + fx.data() + " --year 2023/24 " + args, env);
        REQUIRE(r.status == 0);
        const auto timing = nlohmann::json::parse(r.out)["regimes"]["adult"]["stage_1"]["timing"]["rows"];
        return std::pair{timing[3]["count"].get<int>(), timing[4]["count"].get<int>()};  // within time, overdue
    };
    CHECK(open("--as-of 2023-05-15") == std::pair{1, 0});
    CHECK(open("--as-of 15/05/2023") == std::pair{1, 0});
    // By default the earlier of today (SOURCE_DATE_EPOCH's day) and the period's last day: the
    // pinned 1 October 2024 gives 31 March 2024; 15 May 2023 gives itself.
    CHECK(open("") == std::pair{0, 1});
    CHECK(open("", "SOURCE_DATE_EPOCH=1684108800") == std::pair{1, 0});
    const auto bad = run("figures " + fx.data() + " --year 2023/24 --as-of 2023-13-01");
    CHECK(bad.status == 2);
    CHECK(bad.err == "ascreport figures: --as-of 2023-13-01 is not a date; write it as YYYY-MM-DD or DD/MM/YYYY\n");
    CHECK(run("report " + fx.data() + " --year 2023/24 --as-of soon").status == 2);
    const auto epoch = run("figures " + fx.data() + " --year 2023/24", "SOURCE_DATE_EPOCH=x");
    CHECK(epoch.status == 2);
    CHECK(epoch.err == "ascreport figures: SOURCE_DATE_EPOCH must be a whole number of seconds, not \"x\"\n");
}

TEST_CASE("e2e: every example in breakdown, figures and list --help runs on data-samples") {
    const fs::path source = ::test::source_dir();
    REQUIRE(fs::exists(source / "data-samples" / "complaints.csv"));
    for (const char* command : {"breakdown", "figures", "list"}) {
        const auto help = run(std::string(command) + " --help");
        REQUIRE(help.status == 0);
        std::istringstream lines(help.out);
        int examples = 0;
        for (std::string line; std::getline(lines, line);) {
            const std::string prefix = std::string("  ascreport ") + command + " ";
            if (line.rfind(prefix, 0) != 0) continue;
            std::string args = line.substr(std::string("  ascreport ").size());
            if (const auto redirect = args.find(" > "); redirect != std::string::npos) args.resize(redirect);
            const std::string folder = "--data data-samples";
            REQUIRE(args.find(folder) != std::string::npos);
            args.replace(args.find(folder), folder.size(), "--data '" + (source / "data-samples").string() + "'");
            INFO(line);
            const auto r = run(args);
            CHECK(r.status == 0);
            CHECK_FALSE(r.out.empty());
            ++examples;
        }
        CHECK(examples >= 3);
    }
}

TEST_CASE("e2e: a period outside the bank holiday list gets a warning, and still exit 0") {
    const Fixture fx;
    const auto r = run("breakdown " + fx.data() + " --year 2031/32 --by timescale --format csv");
    CHECK(r.status == 0);
    CHECK(r.out == "timescale,count,percent\nWithin 20 working days,0,0\nOver 20 working days,0,0\nStill open,0,0\n");
    CHECK(r.err ==
          "warning: the bank holiday list covers 2015-01-01 to 2030-12-31; outside it only weekends, Good Friday, "
          "Christmas Day and Boxing Day are skipped, so "
          "timescales for 2030/31 and 2031/32 may count a bank holiday as a working day (add the days under "
          "[calendar] extra_bank_holidays in report.toml)\n");
    CHECK(run("breakdown " + fx.data() + " --year 2031/32 --by outcome").err == "");
}

TEST_CASE("e2e: breakdown --measure working_days in every format, hidden below --suppress-below",
          "[breakdown][measures]") {
    const Fixture fx;
    // A1: Mon 3 April to Wed 5 April 2023 = 2 working days. A2: Wed 10 May to Thu 20 July 2023 =
    // 50 (29 May is a bank holiday: 2 + 5 + 4 + 7 weeks of 5 + 4 = 50 days). A3 is open.
    CHECK(output_of("breakdown " + fx.data() + " --year 2023/24 --by outcome --measure working_days --format csv") ==
          "outcome,count,percent,closed,median_working_days,mean_working_days,max_working_days\n"
          "Upheld,1,33,1,2.0,2.0,2\n"
          "Partly upheld,1,33,1,50.0,50.0,50\n"
          "Not upheld,0,0,0,,,\n"
          "Withdrawn,0,0,0,,,\n"
          "Open,1,33,0,,,\n");
    auto r = run("breakdown " + fx.data() + " --year 2023/24 --by route --measure working_days");
    CHECK(r.out ==
          "Route      2023/24     %  Closed  Median days  Mean days  Max days\n"
          "Statutory        3   75%       2         26.0       26.0        50\n"
          "Informal         1   25%       1          1.0        1.0         1\n"
          "Corporate        0    0%       0            -          -         -\n"
          "Total            4  100%       3          2.0       17.7        50\n");
    r = run("breakdown " + fx.data() + " --year 2023/24 --by route --measure working_days --format json");
    const auto json = nlohmann::json::parse(r.out);
    CHECK(json[0]["median_working_days"] == 26.0);
    CHECK(json[0]["closed"] == 2);
    CHECK(json[2]["mean_working_days"].is_null());
    // Below 3: Informal's 1 is hidden, and Statutory's 3 with it (the total would give 1 away),
    // so are their measures; the total's 4, 3 closed, are not below 3.
    r = run("breakdown " + fx.data() + " --year 2023/24 --by route --measure working_days --suppress-below 3");
    CHECK(r.out ==
          "Route      2023/24     %  Closed  Median days  Mean days  Max days\n"
          "Statutory        *     *       *            *          *         *\n"
          "Informal         *     *       *            *          *         *\n"
          "Corporate        0    0%       0            -          -         -\n"
          "Total            4  100%       3          2.0       17.7        50\n");
    r = run("breakdown " + fx.data() + " --year 2023/24 --by route --measure working_days --suppress-below 3 "
            "--format json");
    const auto hidden = nlohmann::json::parse(r.out);
    CHECK(hidden[0]["measures_suppressed"] == true);
    CHECK(hidden[0]["median_working_days"].is_null());
    CHECK(run("breakdown " + fx.data() + " --year 2023/24 --of compliments --by month --measure working_days").err ==
          "ascreport breakdown: --measure working_days measures complaints and stages: not with --of compliments\n");
}

TEST_CASE("e2e: breakdown --percent row, --sort count, --top and --of", "[breakdown][percent][kinds]") {
    const Fixture fx;
    auto r = run("breakdown " + fx.data() + " --year 2023/24 --by route,outcome --percent row");
    CHECK(r.err == "");
    CHECK(r.out ==
          "Route      Outcome        2023/24  % of Route\n"
          "Statutory  Upheld               1         33%\n"
          "Statutory  Partly upheld        1         33%\n"
          "Statutory  Open                 1         33%\n"
          "Informal   Not upheld           1        100%\n"
          "Total                           4\n");
    r = run("breakdown " + fx.data() + " --year 2023/24 --by route,outcome --percent row --suppress-below 2 --format csv");
    CHECK(r.out ==
          "route,outcome,count,percent\n"
          "Statutory,Upheld,*,*\n"
          "Statutory,Partly upheld,*,*\n"
          "Statutory,Open,*,*\n"
          "Informal,Not upheld,*,*\n");
    r = run("breakdown " + fx.data() + " --year 2023/24 --by service_area --route all --sort count --top 2 --format csv");
    CHECK(r.out == "service_area,count,percent\n'=cmd(),1,25\n\"Care, Homes\",1,25\n");
    r = run("breakdown " + fx.data() + " --year 2023/24 --of lgsco --by decision --format csv");
    CHECK(r.out ==
          "decision,count,percent\nUpheld,1,50\nNot upheld,0,0\nClosed after initial enquiries,0,0\nPremature,0,0\n"
          "Incomplete/invalid,0,0\nAdvice given,0,0\nOpen,1,50\n");
    // No compliment before 2023/24: the previous counts are no data, empty in CSV.
    r = run("breakdown " + fx.data() + " --year 2023/24 --of compliments --by quarter --compare --format csv");
    CHECK(r.out ==
          "quarter,count,percent,previous_count,change\n2023/24-Q1,2,100,,\n2023/24-Q2,0,0,,\n"
          "2023/24-Q3,0,0,,\n2023/24-Q4,0,0,,\n");
    CHECK(run("breakdown " + fx.data() + " --year 2023/24 --of lgsco --by decision --route all").status == 2);
    CHECK(run("breakdown " + fx.data() + " --year 2023/24 --by outcome --percent row").status == 2);
    CHECK(run("breakdown " + fx.data() + " --year 2023/24 --by outcome --top 0").status == 2);
}

TEST_CASE("e2e: list prints the complaints behind a count, and says it must not be published", "[list]") {
    const Fixture fx;
    const auto help = run("list --help");
    CHECK(help.out.find("THE OUTPUT IDENTIFIES CASES") != std::string::npos);
    CHECK(help.out.find("must not be published") != std::string::npos);
    // A2: 50 working days (see the --measure test); A3 is open; A4 is informal.
    CHECK(output_of("list " + fx.data() + " --year 2023/24 --format csv") ==
          "reference,received,responded,route,outcome,service_area,timescale,working_days\n"
          "A1,2023-04-03,2023-04-05,Statutory,Upheld,Mental Health,Within 20 working days,2\n"
          "A2,2023-05-10,2023-07-20,Statutory,Partly upheld,\"Care, Homes\",Over 20 working days,50\n"
          "A3,2023-05-11,,Statutory,Open,'=cmd(),Still open,\n");
    // A3 from Thursday 11 May 2023 to Wednesday 31 May: 12, 15-19, 22-26, 30, 31 (29 May is a
    // bank holiday) = 13.
    auto r = run("list " + fx.data() + " --year 2023/24 --route all --where outcome=Open --fields reference,open_working_days "
            "--as-of 2023-05-31 --format json");
    CHECK(nlohmann::json::parse(r.out) == nlohmann::json::parse(R"([{"reference":"A3","open_working_days":13}])"));
    r = run("list " + fx.data() + " --year 2023/24 --fields reference,working_days --sort working_days:desc");
    CHECK(r.out == "Reference  Working days\nA2                   50\nA1                    2\nA3\n");
    r = run("list " + fx.data() + " --year 2023/24 --fields reference,notes");
    CHECK(r.status == 2);
    CHECK(r.err.rfind("ascreport list: unknown field \"notes\" in --fields; the fields are: reference,", 0) == 0);
    CHECK(run("list " + fx.data() + " --year 2023/24 --as-of tomorrow").status == 2);
}
