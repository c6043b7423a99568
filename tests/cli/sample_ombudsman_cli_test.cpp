// The sample's Ombudsman cases (data-samples/lgsco.csv): the adult cases of the reference
// report, and the cases about children's and corporate complaints that
// scripts/make-sample-data.py adds after them. The adult report's figures count only the first
// (they are the reference's, unchanged); `ombudsman.every_service` counts them all; each
// regime's `ombudsman` table counts its complaints named by a case received by the as-of day;
// and the children's and Code reports say so. The numbers are data-samples/README.md's.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>

#include "test_support.hpp"

namespace {

const std::string kSample = ::test::source_dir() + "/data-samples";

nlohmann::json figures(const std::string& year, const std::string& as_of) {
    const auto r = test::run("figures --data '" + kSample + "' --year " + year + " --as-of " + as_of + " --format json");
    INFO(r.err);
    REQUIRE(r.status == 0);
    return nlohmann::json::parse(r.out);
}

std::int64_t taken(const nlohmann::json& f, const std::string& regime) {
    for (const auto& row : f["regimes"][regime]["ombudsman"]["rows"])
        if (row["ombudsman"] == "Taken to the Ombudsman") return row["count"].get<std::int64_t>();
    FAIL("no row Taken to the Ombudsman in regimes." << regime << ".ombudsman");
    return -1;
}

}  // namespace

TEST_CASE("sample data: the children's and corporate Ombudsman cases count for every service and their regimes, not the adult report") {
    const auto f = figures("2023/24", "2024-03-31");
    // The adult report's: the reference's 10 new and 9 decided cases, £750 paid, 1 open.
    CHECK(f["ombudsman"]["received"] == 10);
    CHECK(f["ombudsman"]["previous_received"] == 8);
    CHECK(f["ombudsman"]["decided"]["total"] == 9);
    CHECK(f["ombudsman"]["still_open"] == 1);
    CHECK(f["ombudsman"]["financial_remedy_pence"] == 75000);
    // Every case: adult 10 + children's 3 + corporate 8 received; 9 + 3 + 7 decided; upheld
    // 2 + 1 + 3, of them paid £750 + £500 + (£400, £1,200, £175.50).
    const auto& every = f["ombudsman"]["every_service"];
    CHECK(every["received"] == 21);
    CHECK(every["previous_received"] == 15);
    CHECK(every["decided"] == 19);
    CHECK(every["previous_decided"] == 14);
    CHECK(every["upheld"] == 6);
    CHECK(every["previous_upheld"] == 5);
    CHECK(every["financial_remedies"] == 5);
    CHECK(every["financial_remedy_pence"] == 302550);
    // Of the complaints whose last stage was answered in the year, those a case received by the
    // as-of day names.
    CHECK(taken(f, "adult") == 4);
    CHECK(taken(f, "children") == 3);
    CHECK(f["regimes"]["children"]["ombudsman"]["total"] == 171);
    CHECK(taken(f, "corporate") == 7);
    CHECK(f["regimes"]["corporate"]["ombudsman"]["total"] == 1226);

    // Three cases about 2023/24's complaints reached the Ombudsman after 31 March 2024, before
    // the export was taken: a later as-of day counts them.
    const auto later = figures("2023/24", "2024-06-28");
    CHECK(taken(later, "adult") == 4);
    CHECK(taken(later, "children") == 4);
    CHECK(taken(later, "corporate") == 9);
    CHECK(later["ombudsman"]["every_service"] == every);  // counted by received and decided dates

    // 2022/23: the year before it is partial for Ombudsman cases (2021/22's start in November).
    const auto before = figures("2022/23", "2023-03-31");
    CHECK(before["ombudsman"]["received"] == 8);
    CHECK(before["ombudsman"]["every_service"]["received"] == 15);
    CHECK(before["ombudsman"]["every_service"]["previous_received"].is_null());
    CHECK(before["ombudsman"]["every_service"]["upheld"] == 5);
    CHECK(taken(before, "children") == 1);
    CHECK(taken(before, "corporate") == 6);
}

TEST_CASE("sample data: the children's and Code reports say how many complaints were taken to the Ombudsman") {
    test::TempDir d;
    const auto html = [&](const std::string& tmpl) {
        const auto out = d.path() / (tmpl + ".html");
        const auto r = test::run("report --data '" + kSample + "' --year 2023/24 --template " + tmpl + " --out '" +
                                 out.string() + "'");
        INFO(r.out << r.err);
        REQUIRE(r.status == 0);
        return test::slurp(out);
    };
    const std::string children = html("children-annual-report");
    CHECK(children.find("171 complaints finished the procedure in 2023/24 (their last stage was completed); 3 (2%) "
                        "were taken to the Ombudsman by the time these figures were taken") != std::string::npos);
    const std::string code = html("code-annual-report");
    CHECK(code.find("1,226 complaints finished the procedure in 2023/24 (their last stage was answered); 7 (1%) were "
                    "taken to the Ombudsman, as far as the Council\u2019s record of Ombudsman cases (lgsco.csv) shows.") !=
          std::string::npos);
    CHECK(code.find("none is known to have been taken to the Ombudsman") == std::string::npos);
    CHECK(code.find("for every service, shows 21 new cases received in 2023/24 and 19 cases decided, of which 6 "
                    "were upheld.") != std::string::npos);
}
