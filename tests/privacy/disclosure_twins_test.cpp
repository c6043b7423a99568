// Suppression against everything printed with a table, as indistinguishability: two data folders
// that differ only in what is hidden -- the same shown counts and measures, the same totals and
// margins, hidden counts or closed complaints moved between hidden groups -- must give the same
// bytes in every output: the order of the rows (--sort count, --top), --percent, --compare, the
// measures and their total, the xlsx workbook with its charts' cached values, the report's PDF
// and HTML with their charts. Whatever a reader reads, it cannot tell the two apart, so it cannot
// tell the hidden numbers. (A leaky order, total or chart makes the twins differ; the checker
// needs no model of how the tool decides what to hide.)
#include <catch2/catch.hpp>

#include <functional>
#include <map>
#include <regex>

#include "cases.hpp"
#include "test_support.hpp"

using namespace ascreport;
using test::add;
using test::Case;
using test::complaints_csv;

namespace {

// Runs each command (ARGS with {data} for the folder, and {out.EXT} for a file in it) on both
// folders: the same exit status, standard output and files written.
void same_bytes(const test::TempDir& a, const test::TempDir& b, const std::vector<std::string>& commands,
                const std::string& env = "SOURCE_DATE_EPOCH=1711843200") {
    for (const std::string& command : commands) {
        auto for_folder = [&](const test::TempDir& dir) {
            const auto outputs = dir.path() / "outputs";
            std::filesystem::remove_all(outputs);
            std::filesystem::create_directory(outputs);
            std::string args = std::regex_replace(command, std::regex("\\{data\\}"), "--data '" + dir.str() + "'");
            args = std::regex_replace(args, std::regex("\\{out(\\.[a-z]+)\\}"), "'" + outputs.string() + "/out$1'");
            auto r = test::run(args, env);
            r.out = std::regex_replace(r.out, std::regex(dir.str()), "DIR");  // "wrote DIR/outputs/out.pdf"
            std::map<std::string, std::string> files;
            for (const auto& f : std::filesystem::directory_iterator(outputs))
                files[f.path().filename().string()] = test::slurp(f.path());
            return std::tuple(r.status, r.out, files);
        };
        INFO(command);
        const auto [status_a, out_a, files_a] = for_folder(a);
        const auto [status_b, out_b, files_b] = for_folder(b);
        CHECK((status_a == 0 || status_a == 4));
        CHECK(status_a == status_b);
        CHECK(out_a == out_b);
        CHECK(files_a.size() == files_b.size());
        for (const auto& [name, bytes] : files_a) {
            INFO(name);
            REQUIRE(files_b.count(name) == 1);
            CHECK(bytes.size() == files_b.at(name).size());
            CHECK(bytes == files_b.at(name));
        }
        CHECK((!out_a.empty() || !files_a.empty()));
    }
}

// The commands of a breakdown question in every format, sorted by count, cut by --top.
std::vector<std::string> every_format(const std::string& question) {
    std::vector<std::string> out;
    for (const char* format : {"table", "csv", "json", "markdown"}) {
        out.push_back(question + " --format " + format);
        out.push_back(question + " --sort count --format " + format);
    }
    for (const char* top : {"1", "2", "3", "4", "5", "6"}) out.push_back(question + " --sort count --top " + top);
    out.push_back(question + " --sort count --format xlsx --out {out.xlsx}");
    return out;
}

// A CSV file: `header`, then for each (n, value) n lines line(value, 0 to n - 1).
std::string lines(std::string header, const std::vector<std::pair<int, std::string>>& kinds,
                  const std::function<std::string(const std::string&, int)>& line) {
    for (const auto& [n, value] : kinds)
        for (int i = 0; i < n; ++i) header += line(value, i) + "\n";
    return header;
}

// The previous year, the same in both twins, for --compare.
void last_year(std::vector<Case>& cases) {
    add(cases, 15, {"White British", "Male", "25-34", 12, "Upheld", 2022});
    add(cases, 3, {"Indian", "Female", "35-49", 30, "Upheld", 2022});
    add(cases, 6, {"Pakistani", "Male", "65+", 8, "Upheld", 2022});
}

}  // namespace

TEST_CASE("twins: hidden counts moved between hidden rows change nothing printed, in any order or format") {
    // White British 20 and N/A 10 shown; Indian 4, Caribbean 1, Pakistani 2 hidden (7 together).
    // The twin holds Indian 2, Caribbean 3, Pakistani 2: another order by count, and a tie.
    std::vector<Case> one, two;
    add(one, 20, {"White British", "Male", "25-34", 12});
    add(one, 10, {"", "Female", "35-49", 15});
    two = one;
    add(one, 2, {"Indian", "Female", "65+", 9});
    add(one, 2, {"Indian", "Male", "65+", 40});
    add(one, 1, {"Caribbean", "Male", "65+", 25});
    add(one, 2, {"Pakistani", "Female", "65+", 120});
    add(two, 2, {"Indian", "Female", "65+", 9});
    add(two, 2, {"Caribbean", "Male", "65+", 40});  // the same complaints, another group
    add(two, 1, {"Caribbean", "Male", "65+", 25});
    add(two, 2, {"Pakistani", "Female", "65+", 120});
    last_year(one);
    last_year(two);
    test::TempDir a, b;
    a.write("complaints.csv", complaints_csv(one));
    b.write("complaints.csv", complaints_csv(two));
    REQUIRE(test::run("breakdown --data '" + a.str() + "' --year 2023/24 --by ethnicity --format csv").out !=
            test::run("breakdown --data '" + b.str() + "' --year 2023/24 --by ethnicity --format csv").out);

    const std::string q = "breakdown {data} --year 2023/24 --by ethnicity --suppress-below 5";
    same_bytes(a, b, every_format(q));
    same_bytes(a, b, every_format(q + " --compare"));
    same_bytes(a, b, every_format(q + " --measure working_days"));
    // The measures' total covers a 120-day wait in a hidden group: which one, it does not say.
    const auto shown = test::run("breakdown --data '" + a.str() + "' --year 2023/24 --by ethnicity --suppress-below 5 "
                                 "--measure working_days --sort count");
    CHECK(shown.out ==
          "Ethnicity      2023/24     %  Closed  Median days  Mean days  Max days\n"
          "White British       20   54%      20         12.0       12.0        12\n"
          "N/A                 10   27%      10         15.0       15.0        15\n"
          "Caribbean            *     *       *            *          *         *\n"
          "Indian               *     *       *            *          *         *\n"
          "Pakistani            *     *       *            *          *         *\n"
          "Total               37  100%      37         12.0       20.4       120\n");
}

TEST_CASE("twins: two fields, a row hidden to protect another and larger than a shown one stays unplaced") {
    // Gender by age band. Female 65+ is 3: its row, its column and the square they make are hidden
    // -- Female 25-34 (9), Male 25-34 (7), Male 65+ (20, larger than Other 35-49's shown 6). The
    // twin moves 2 round that square (11, 1, 5, 22): the same margins, another order by count.
    auto cases = [](int f25, int f65, int m25, int m65) {
        std::vector<Case> c;
        // The square's complaints all took 10 days: moved round it, no margin's days change.
        add(c, f25, {"White British", "Female", "25-34", 10});
        add(c, 30, {"White British", "Female", "35-49", 14});
        add(c, f65, {"White British", "Female", "65+", 10});
        add(c, m25, {"White British", "Male", "25-34", 10});
        add(c, 25, {"White British", "Male", "35-49", 16});
        add(c, m65, {"White British", "Male", "65+", 10});
        add(c, 6, {"White British", "Other", "35-49", 18});
        return c;
    };
    test::TempDir a, b;
    a.write("complaints.csv", complaints_csv(cases(9, 3, 7, 20)));
    b.write("complaints.csv", complaints_csv(cases(11, 1, 5, 22)));
    const std::string q = "breakdown {data} --year 2023/24 --by gender,age_band --suppress-below 5";
    const auto hidden = test::run("breakdown --data '" + a.str() + "' --year 2023/24 --by gender,age_band "
                                  "--suppress-below 5 --sort count --format csv");
    CHECK(hidden.out ==
          "gender,age_band,count,percent\n"
          "Female,35-49,30,30\n"
          "Male,35-49,25,25\n"
          "Other,35-49,6,6\n"
          "Male,25-34,*,*\n"
          "Male,65+,*,*\n"
          "Female,25-34,*,*\n"
          "Female,65+,*,*\n");
    same_bytes(a, b, every_format(q));
    same_bytes(a, b, every_format(q + " --percent row"));
    same_bytes(a, b, every_format(q + " --percent column"));
    same_bytes(a, b, every_format(q + " --measure working_days"));
    // The margins, published with it, are the same tables too.
    same_bytes(a, b, every_format("breakdown {data} --year 2023/24 --by gender --suppress-below 5 --measure working_days"));
    same_bytes(a, b, every_format("breakdown {data} --year 2023/24 --by age_band --suppress-below 5 --measure working_days"));
}

TEST_CASE("twins: a group's closed complaints hidden with its measures cannot be read off the total") {
    // Pakistani: 6 complaints (shown), 2 closed, so its measures are hidden. The total's 33 closed
    // less White British's 20 and N/A's 11 would give its 2, its mean from the total's mean, and
    // its 120 days from the total's most: N/A's measures are hidden too. The twin closes one more
    // Pakistani complaint and opens an N/A one (both of 30 days): the same total, the same shown.
    auto cases = [](bool twin) {
        std::vector<Case> c;
        add(c, 20, {"White British", "Male", "25-34", 12});
        add(c, twin ? 9 : 10, {"", "Female", "35-49", 15});
        add(c, twin ? 1 : 0, {"", "Female", "35-49", std::nullopt});
        add(c, twin ? 0 : 1, {"", "Female", "35-49", 30});
        add(c, twin ? 1 : 0, {"", "Female", "35-49", 15});
        add(c, 1, {"Pakistani", "Female", "65+", 120});
        add(c, 1, {"Pakistani", "Female", "65+", 5});
        add(c, twin ? 1 : 0, {"Pakistani", "Female", "65+", 30});
        add(c, twin ? 3 : 4, {"Pakistani", "Female", "65+", std::nullopt});
        return c;
    };
    test::TempDir a, b;
    a.write("complaints.csv", complaints_csv(cases(false)));
    b.write("complaints.csv", complaints_csv(cases(true)));
    const std::string q = "breakdown {data} --year 2023/24 --by ethnicity --suppress-below 5 --measure working_days";
    same_bytes(a, b, every_format(q));
    const auto shown = test::run("breakdown --data '" + a.str() + "' --year 2023/24 --by ethnicity --suppress-below 5 "
                                 "--measure working_days");
    CHECK(shown.out ==
          "Ethnicity      2023/24     %  Closed  Median days  Mean days  Max days\n"
          "Pakistani            6   16%       *            *          *         *\n"
          "White British       20   54%      20         12.0       12.0        12\n"
          "N/A                 11   30%       *            *          *         *\n"
          "Total               37  100%      33         12.0       16.5       120\n");
}

TEST_CASE("twins: compliments, Ombudsman cases and concerns sorted by count") {
    test::TempDir a, b;
    for (const bool twin : {false, true}) {
        const test::TempDir& dir = twin ? b : a;
        std::vector<Case> complaints;
        add(complaints, 12, {"White British", "Male", "25-34", 12});
        dir.write("complaints.csv", complaints_csv(complaints));
        // Compliments by source: Email 30, Card 12 shown; Letter 3 and Phone 1 hidden (twin 2 and 2).
        dir.write("compliments.csv", lines("received,service_area,source\n",
                                           {{30, "Email"}, {12, "Card"}, {twin ? 2 : 3, "Letter"}, {twin ? 2 : 1, "Phone"}},
                                           [](const std::string& source, int) { return "2023-06-01,Mental Health," + source; }));
        // Ombudsman cases by decision: Upheld 10, Not upheld 8; Premature 4 and Advice given 1
        // hidden (twin 2 and 3).
        int reference = 0;
        dir.write("lgsco.csv", lines("reference,received,decided,decision\n",
                                     {{10, "Upheld"}, {8, "Not upheld"}, {twin ? 2 : 4, "Premature"}, {twin ? 3 : 1, "Advice given"}},
                                     [&](const std::string& decision, int) {
                                         return "L" + std::to_string(reference++) + ",2023-06-01,2023-09-01," + decision;
                                     }));
        // Concerns of the 12 complaints by category: Standard of service 9, Communication 6;
        // Protection 3 and Financial issues 1 hidden (twin 1 and 3).
        const std::string concerns = lines("reference,category,subcategory\n",
                                           {{9, "Standard of service"}, {6, "Communication"}, {twin ? 1 : 3, "Protection"},
                                            {twin ? 3 : 1, "Financial issues"}},
                                           [](const std::string& category, int i) { return "C" + std::to_string(i) + "," + category + ","; });
        dir.write("concerns.csv", concerns);
    }
    for (const std::string question : {"--of compliments --by source", "--of lgsco --by decision",
                                       "--of concerns --by category", "--by category"}) {
        auto csv = [&](const test::TempDir& dir) {
            return test::run("breakdown --data '" + dir.str() + "' --year 2023/24 --format csv " + question).out;
        };
        REQUIRE(csv(a) != csv(b));  // the twins do differ
        same_bytes(a, b, every_format("breakdown {data} --year 2023/24 --suppress-below 5 " + question));
    }
}

TEST_CASE("twins: the report's charts and the figures workbook's charts draw no hidden count", "[report][xlsx]") {
    // The sample data, and a twin with one 2023/24 complaint moved from Indian (4, hidden) to
    // Caribbean (2, hidden): the same PDF, HTML, figures JSON and workbook with --suppress-below 5.
    // Adult social care complaints only, so that breakdown's counts are the report's tables.
    test::TempDir a, b;
    for (const test::TempDir* dir : {&a, &b}) test::copy_adult_sample(*dir);
    std::string csv = test::slurp(b.path() / "complaints.csv");
    const std::regex indian_2023(R"((\n[^,\n]*,\d\d/(0[4-9]|1[0-2])/2023,[^\n]*),Indian,)", std::regex::icase);
    std::smatch m;
    REQUIRE(std::regex_search(csv, m, indian_2023));
    csv = m.prefix().str() + m[1].str() + ",Caribbean," + m.suffix().str();
    b.write("complaints.csv", csv);
    const auto counts = [](const test::TempDir& dir) {
        return test::run("breakdown --data '" + dir.str() + "' --year 2023/24 --by ethnicity --format csv").out;
    };
    REQUIRE(counts(a).find("\nIndian,4,") != std::string::npos);
    REQUIRE(counts(b).find("\nIndian,3,") != std::string::npos);
    REQUIRE(counts(b).find("\nCaribbean,3,") != std::string::npos);
    same_bytes(a, b,
               {"figures {data} --year 2023/24 --suppress-below 5", "figures {data} --year 2023/24 --suppress-below 5 --format text",
                "figures {data} --year 2023/24 --suppress-below 5 --format xlsx --out {out.xlsx}",
                "report {data} --year 2023/24 --suppress-below 5 --out {out.pdf} --out {out.html}"});
}
