// End-to-end: the years the data covers, the quotes and the Ombudsman words (issue 19, points 7
// and 9), on the contract copies of the council-shaped fixtures (tests/fixtures/exports).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <regex>
#include <set>

#include "test_support.hpp"

namespace {

const std::string kExports = std::string(::test::source_dir()) + "/tests/fixtures/exports";
const std::string kPartial = kExports + "/partial-start/contract";
const std::string kCaseworks = kExports + "/caseworks/contract";
const std::string kEpoch = "SOURCE_DATE_EPOCH=1727740800";

nlohmann::json figures(const std::string& data, const std::string& year) {
    const auto r = test::run("figures --data '" + data + "' --year " + year + " --format json");
    REQUIRE(r.status == 0);
    return nlohmann::json::parse(r.out);
}

std::size_t count_of(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

}  // namespace

TEST_CASE("years: validate names each partial year and why") {
    const auto r = test::run("validate --data '" + kPartial + "'");
    REQUIRE(r.status == 0);
    CHECK(r.out.find("Partial years (a year is whole when its file holds records in each of its four quarters, or "
                     "from [input] records_start; docs/settings.md):\n"
                     "  2021/22 is treated as partial: complaints only from 10 January 2022 (no complaint received in "
                     "April-June 2021, July-September 2021 or October-December 2021); report.toml [input] records_start "
                     "is 10 January 2022; it is not compared with 2022/23\n"
                     "  2021/22 is treated as partial: compliments only from 17 January 2022 (no compliment received in "
                     "April-June 2021, July-September 2021 or October-December 2021); report.toml [input] records_start "
                     "is 10 January 2022; it is not compared with 2022/23\n\n") != std::string::npos);
    // The Ombudsman's cases go by their own file, which covers 2021/22.
    CHECK(r.out.find("Ombudsman case") == std::string::npos);
    // A folder whose years are whole has no such section.
    CHECK(test::run("validate --data '" + kCaseworks + "'").out.find("Partial years") == std::string::npos);
}

TEST_CASE("years: a partial year is not compared with, and its [figures] timescale_percent is used") {
    const auto j = figures(kPartial, "2022/23");
    CHECK(j["statutory_complaints"]["outcome"]["total"] == 76);
    CHECK(j["statutory_complaints"]["outcome"]["previous_total"].is_null());
    CHECK(j["complaints_by_route"]["previous_total"].is_null());
    CHECK(j["key_facts"]["previous_statutory_complaints"].is_null());
    CHECK(j["key_facts"]["previous_compliments"].is_null());
    CHECK(j["compliments_by_month"]["previous_total"].is_null());
    // Ombudsman cases cover 2021/22: compared.
    CHECK(j["ombudsman"]["previous_received"].is_number());
    const auto& within = j["key_facts"]["within_20_working_days"];
    CHECK(within[1]["period"] == "2021/22");
    CHECK(within[1]["percent"] == 61);
    CHECK(within[1]["source"] == "settings");
    CHECK(within[0]["source"] == "records");
    // The partial year's own report prints the setting, not the share of its 18 records.
    const auto own = figures(kPartial, "2021/22");
    CHECK(own["key_facts"]["within_20_working_days"][0]["percent"] == 61);
    CHECK(own["key_facts"]["within_20_working_days"][0]["source"] == "settings");
    // 2023/24 against 2022/23, a whole year: compared.
    CHECK(figures(kPartial, "2023/24")["statutory_complaints"]["outcome"]["previous_total"] == 76);

    const auto b = test::run("breakdown --data '" + kPartial + "' --year 2022/23 --by route --route all --compare");
    REQUIRE(b.status == 0);
    CHECK(b.out.find("no data") != std::string::npos);
    CHECK(b.out.ends_with("(no data for 2021/22: the records cover only part of its year, so it is not compared; "
                          "ascreport validate lists the partial years)\n"));
}

TEST_CASE("years: the report for the year after a partial one says there is no earlier data") {
    test::TempDir d;
    const auto html = d.path() / "r.html";
    const auto r = test::run("report --data '" + kPartial + "' --year 2022/23 --out " + html.string(), kEpoch);
    REQUIRE(r.status == 0);
    const std::string text = test::slurp(html);
    CHECK(text.find("The data does not cover the whole of 2021/22, so there is no comparison with it.") != std::string::npos);
    CHECK(text.find("the compliments data does not cover the whole of 2021/22") != std::string::npos);
    CHECK(text.find("against 20 in 2021/22") == std::string::npos);
    CHECK(text.find("against 18 in 2021/22") == std::string::npos);
    CHECK(text.find("61% in 2021/22") != std::string::npos);  // the key-facts tile: the setting
}

TEST_CASE("report: each compliment quote once, at most [report] quotes, and pending Ombudsman cases without decisions") {
    test::TempDir d;
    const auto html = d.path() / "r.html";
    auto r = test::run("report --data '" + kCaseworks + "' --year 2023/24 --out " + html.string(), kEpoch);
    REQUIRE(r.status == 0);
    std::string text = test::slurp(html);
    // 66 quotes marked for publication in 2023/24, one of them sent 8 times: 12 printed.
    CHECK(count_of(text, "<blockquote") == 12);
    std::set<std::string> quotes;
    const std::regex quote("<blockquote>([\\s\\S]*?)</blockquote>");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), quote); it != std::sregex_iterator(); ++it)
        quotes.insert(std::regex_replace((*it)[1].str(), std::regex("[^a-z]"), ""));
    CHECK(quotes.size() == 12);
    // The case received in 2023/24 and decided on 3 April 2024 is left for next year's report.
    CHECK(text.find("Received 13 February 2024; not decided by 31 March 2024") != std::string::npos);
    CHECK(text.find("decided 3 April 2024") == std::string::npos);
    CHECK(text.find("Each will be reported in full, with its decision, in the report for the year in which it is "
                    "decided (2024/25 or later).") != std::string::npos);
    // Figures JSON keeps the case's data.
    const auto j = figures(kCaseworks, "2023/24");
    bool found = false;
    for (const auto& c : j["ombudsman"]["received_not_decided"])
        if (c["decided"] == "2024-04-03") found = c["decision"] == "Upheld";
    CHECK(found);

    // [report] quotes sets the number.
    test::TempDir copy;
    std::filesystem::copy(kCaseworks, copy.path() / "data", std::filesystem::copy_options::recursive);
    std::ofstream(copy.path() / "data" / "report.toml", std::ios::app) << "\n[report]\nquotes = 3\n";
    r = test::run("report --data '" + (copy.path() / "data").string() + "' --year 2023/24 --out " + html.string(), kEpoch);
    REQUIRE(r.status == 0);
    CHECK(count_of(test::slurp(html), "<blockquote") == 3);
}

TEST_CASE("settings: records_start and [report] quotes are checked") {
    test::TempDir d;
    d.write("complaints.csv", "reference,received,route,method,service_area\nC1,2023-05-01,Statutory,Email,Mental Health\n");
    d.write("report.toml", "[report]\nquotes = 0\n[input]\nrecords_start = \"soon\"\n");
    const auto r = test::run("validate --data " + d.str());
    CHECK(r.status == 2);
    CHECK(r.err.find(d.str() + "/report.toml:2: report.quotes: must be a whole number of quotes from 1 to 1000\n") !=
          std::string::npos);
    CHECK(r.err.find(d.str() + "/report.toml:4: input.records_start: must be the date the records start, e.g. "
                     "\"2022-01-10\"\n") != std::string::npos);
    d.write("report.toml", "[input]\nrecords_start = 2023-04-01\n[report]\nquotes = 20\n");
    CHECK(test::run("validate --data " + d.str()).status == 0);
}
