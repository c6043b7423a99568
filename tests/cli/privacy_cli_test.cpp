// End-to-end: the real binary on crafted folders. The report stops on personal details in
// what it would publish (exact messages), --allow-personal-data lets it through, redacted
// names never reach the PDF, and --suppress-below hides small counts in the report's equality
// section, in breakdown's CSV and in figures' JSON.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <regex>
#include <set>

#include "test_support.hpp"

namespace {

const std::string kEpoch = "SOURCE_DATE_EPOCH=1727740800";

// 20 statutory complaints in 2023/24: gender Male 10, Female 3, N/A 7; one in 2022/23. The
// export's own free-text column (not in the contract) must never reach the report.
std::string complaints_csv() {
    std::string csv = "reference,received,responded,route,outcome,method,service_area,gender,ethnicity,details\n";
    for (int i = 1; i <= 20; ++i) {
        const char* gender = i <= 10 ? "Male" : i <= 13 ? "Female" : "";
        const char* ethnicity = i <= 18 ? "White British" : "Indian";
        csv += "A" + std::to_string(i) + ",2023-05-" + (i < 10 ? "0" : "") + std::to_string(i) +
               ",2023-06-30,Statutory,Upheld,Email,Mental Health," + gender + "," + ethnicity +
               ",Complaint details of Mr Secretperson\n";
    }
    return csv + "B1,2022-05-01,2022-05-20,Statutory,Upheld,Email,Mental Health,Male,,\n";
}

// A folder the shipped template builds from, with personal details where it publishes text.
struct Folder {
    test::TempDir dir;
    Folder() {
        dir.write("complaints.csv", complaints_csv());
        dir.write("report.toml",
                  "[contact]\nphone = \"01632 960 000\"\nemail = \"complaints@example.gov.uk\"\n"
                  "[figures]\nlong_term_support = { \"2022/23\" = 3595, \"2023/24\" = 3650 }\n"
                  "[privacy]\nredact = [\"Jane Doe\", \"Sam Smith\"]\n");
        dir.write("compliments.csv",
                  "received,service_area,text,publish\n"
                  "2023-05-01,Mental Health,\"Jane Doe was wonderful; write to me at pat@example.com\",Yes\n"
                  "2023-05-02,Mental Health,\"Ring 07700 900123 or the council on 01632 960000\",Yes\n"
                  "2023-05-03,Mental Health,\"In 2023/24 you refunded £1,250 on 01/04/2023\",Yes\n"
                  "2023-05-04,Mental Health,\"Private: 07700 900999\",No\n");
        dir.write("lgsco.csv",
                  "reference,received,decided,decision,remedy,summary\n"
                  "L1,2023-05-01,2023-07-01,Upheld,,\"Mr SAM SMITH (NHS number 943 476 5919) complained.\n\n"
                  "He lives at CV1 5RR; his old number 943 476 5918 is no NHS number.\"\n");
        dir.write("narrative/learning-points.md", "We learnt a lot.\n\nThanks to jane doe, of B1 1AA.\n");
    }
    std::string data() const { return "--data '" + dir.str() + "'"; }
    std::string pdf() const { return (dir.path() / "r.pdf").string(); }
};

std::string pdf_text(const std::string& pdf) {
    // One space for every run of white space: words may wrap anywhere.
    return std::regex_replace(test::pdf_text(pdf, false), std::regex(R"(\s+)"), " ");
}

}  // namespace

TEST_CASE("e2e privacy: personal details in published text stop the report, with FILE:LINE: column") {
    const Folder f;
    const auto r = test::run("report " + f.data() + " --year 2023/24 --out '" + f.pdf() + "'", kEpoch);
    const std::string d = f.dir.str();
    const std::string fix = "; remove it, or if it is meant to be published add it to [privacy] allow in report.toml "
                            "or pass --allow-personal-data\n";
    CHECK(r.status == 1);
    CHECK(r.out.empty());
    CHECK(r.err == "ascreport report: 3 names on the [privacy] redact list of " + d + "/report.toml were replaced by (Name)\n" +
                       d + "/compliments.csv:2: column text: looks like an email address (\"pat@example.com\")" + fix +
                       d + "/compliments.csv:3: column text: looks like a UK phone number (\"07700 900123\")" + fix +
                       d + "/lgsco.csv:2: column summary: looks like an NHS number (\"943 476 5919\")" + fix +
                       d + "/lgsco.csv:2: column summary: looks like a postcode (\"CV1 5RR\")" + fix +
                       d + "/narrative/learning-points.md:3: looks like a postcode (\"B1 1AA\")" + fix +
                       "ascreport report: 5 pieces of text that the report would publish look like personal details; "
                       "no report was written\n");
    CHECK_FALSE(std::filesystem::exists(f.pdf()));
}

TEST_CASE("e2e privacy: --allow-personal-data writes the report, names still redacted") {
    const Folder f;
    const auto r = test::run("report " + f.data() + " --year 2023/24 --allow-personal-data --out '" + f.pdf() + "'", kEpoch);
    REQUIRE(r.status == 0);
    CHECK(r.out == "wrote " + f.pdf() + "\n");
    CHECK(r.err.find(f.dir.str() + "/compliments.csv:2: column text: warning: looks like an email address "
                                   "(\"pat@example.com\"); published because --allow-personal-data was given\n") !=
          std::string::npos);
    const std::string text = pdf_text(f.pdf());
    CHECK(text.find("(Name) was wonderful") != std::string::npos);
    CHECK(text.find("Mr (Name) (NHS number 943 476 5919) complained.") != std::string::npos);
    CHECK(text.find("Thanks to (Name), of B1 1AA.") != std::string::npos);
    CHECK(text.find("pat@example.com") != std::string::npos);  // allowed through, as asked
    CHECK(text.find("Private") == std::string::npos);          // not marked publish = Yes
    CHECK(text.find("Secretperson") == std::string::npos);     // complaints.csv free text
    for (const char* name : {"Jane", "jane", "JANE", "Sam", "SAM", "Smith", "SMITH"}) {
        INFO(name);
        CHECK(text.find(name) == std::string::npos);
    }
}

TEST_CASE("e2e privacy: [privacy] allow lets the council's own details through") {
    const Folder f;
    f.dir.write("compliments.csv", "received,service_area,text,publish\n2023-05-01,Mental Health,\"Thanks, Jane Doe\",Yes\n");
    f.dir.write("lgsco.csv", "reference,received,decided,decision,summary\nL1,2023-05-01,,,\"Write to us at CV1 5RR.\"\n");
    f.dir.write("narrative/learning-points.md", "Ring 01632 960000 or +44 1632 960 000, or write to B1 1AA.\n");
    std::string toml = test::slurp(f.dir.path() / "report.toml");
    f.dir.write("report.toml", toml.replace(toml.find("[privacy]\n"), 10, "[privacy]\nallow = [\"CV1 5RR\", \"B1 1AA\"]\n"));
    const auto r = test::run("report " + f.data() + " --year 2023/24 --out '" + f.pdf() + "'", kEpoch);
    // Then what the draft lacks (this folder sets few settings and one narrative file).
    CHECK(r.err.starts_with("ascreport report: 1 name on the [privacy] redact list of " + f.dir.str() +
                            "/report.toml was replaced by (Name)\nascreport report: this draft still lacks:\n"));
    CHECK(r.status == 0);
}

TEST_CASE("e2e privacy: --suppress-below in the report's equality section") {
    const Folder f;
    f.dir.write("compliments.csv", "received\n");
    f.dir.write("lgsco.csv", "reference,received\n");
    f.dir.write("narrative/learning-points.md", "We learnt a lot.\n");
    const auto plain = test::run("report " + f.data() + " --year 2023/24 --out '" + f.pdf() + "'", kEpoch);
    REQUIRE(plain.status == 0);
    const std::string shown = pdf_text(f.pdf());
    CHECK(shown.find("3 complaints (15%) from female") != std::string::npos);
    CHECK(shown.find("To protect the privacy") == std::string::npos);

    const auto r = test::run("report " + f.data() + " --year 2023/24 --suppress-below 5 --out '" + f.pdf() + "'", kEpoch);
    REQUIRE(r.status == 0);
    CHECK(r.err.starts_with("ascreport report: this draft still lacks:\n"));  // and nothing else wrong
    const std::string text = pdf_text(f.pdf());
    CHECK(text.find("To protect the privacy of the people these figures describe, any count below 5 other than zero is "
                    "not shown") != std::string::npos);
    // Female 3 is hidden, and N/A 7 with it: 20 - 10 would otherwise give the 3.
    CHECK(text.find("Of the 20 statutory complaints received in 2023/24 (excluding Ombudsman cases), 10 complaints "
                    "(50%) were from male complainants or service users, a number (not shown) of complaints (share not shown) "
                    "from female complainants or service users, and for a number not shown (share not shown) the "
                    "information was not available (N/A).") !=
          std::string::npos);
    CHECK(text.find("White British 18 (90%) and Indian (not shown).") == std::string::npos);  // one hidden: a second goes
    CHECK(text.find("Indian (not shown) and White British (not shown).") != std::string::npos);
    // Nor do the chart's labels give them away (its bars for them are labelled *).
    CHECK(shown.find("3 (15%)") != std::string::npos);
    CHECK(text.find("3 (15%)") == std::string::npos);
    CHECK(text.find("7 (35%)") == std::string::npos);
}

TEST_CASE("e2e privacy: breakdown and figures with --suppress-below") {
    const Folder f;
    const auto csv = test::run("breakdown " + f.data() + " --year 2023/24 --by gender --format csv --suppress-below 5");
    CHECK(csv.status == 0);
    CHECK(csv.out ==
          "gender,count,percent\n"
          "Male,10,50\n"
          "Female,*,*\n"
          "Other,0,0\n"
          "N/A,*,*\n");
    const auto table = test::run("breakdown " + f.data() + " --year 2023/24 --by gender --suppress-below 5");
    CHECK(table.out ==
          "Gender  2023/24     %\n"
          "Male         10   50%\n"
          "Female        *     *\n"
          "Other         0    0%\n"
          "N/A           *     *\n"
          "Total        20  100%\n");
    const auto unsuppressed = test::run("breakdown " + f.data() + " --year 2023/24 --by gender --format csv");
    CHECK(unsuppressed.out == "gender,count,percent\nMale,10,50\nFemale,3,15\nOther,0,0\nN/A,7,35\n");

    const auto figures = test::run("figures " + f.data() + " --year 2023/24 --suppress-below 5");
    REQUIRE(figures.status == 0);
    const auto j = nlohmann::json::parse(figures.out);
    const auto& gender = j["statutory_complaints"]["gender"];
    CHECK(gender["suppress_below"] == 5);
    CHECK(gender["total"] == 20);
    CHECK(gender["rows"][1] == nlohmann::json::parse(R"({"gender": "Female", "count": null, "percent": null, "suppressed": true})"));
    CHECK(gender["rows"][0]["suppressed"] == false);
    CHECK(j["statutory_complaints"]["outcome"].contains("suppress_below") == false);
    const auto plain = nlohmann::json::parse(test::run("figures " + f.data() + " --year 2023/24").out);
    CHECK(plain["statutory_complaints"]["gender"]["rows"][1] ==
          nlohmann::json::parse(R"({"gender": "Female", "count": 3, "percent": 15})"));

    const auto bad = test::run("breakdown " + f.data() + " --year 2023/24 --by gender --suppress-below 1");
    CHECK(bad.status == 2);
    CHECK(bad.err.find("--suppress-below") != std::string::npos);
}

TEST_CASE("e2e privacy: links are read like text, and only web and e-mail links kept, in the PDF and the HTML alike") {
    const Folder f;
    f.dir.write("compliments.csv", "received,service_area,text,publish\n2023-05-01,Mental Health,\"Thank you\",Yes\n");
    f.dir.write("lgsco.csv", "reference,received\n");
    const std::string d = f.dir.str();
    const std::string fix = "; remove it, or if it is meant to be published add it to [privacy] allow in report.toml "
                            "or pass --allow-personal-data\n";
    // A detail in a link's target, in other digits or behind a blank character stops it.
    f.dir.write("narrative/learning-points.md", "Use [the form](https://example.org/?user=pat.smith%40example.com) or ring "
                                                "\u0660\u0667\u0667\u0660\u0660 \u0669\u0660\u0660\u0661\u0662\u0663 or "
                                                "07700\u2800900456.\n");
    const auto stopped = test::run("report " + f.data() + " --year 2023/24 --out '" + f.pdf() + "'", kEpoch);
    CHECK(stopped.status == 1);
    CHECK(stopped.err ==
          d + "/narrative/learning-points.md:1: looks like an email address (\"pat.smith%40example.com\", read as "
              "\"pat.smith@example.com\") in the target of the link \"the form\"" + fix +
          d + "/narrative/learning-points.md:1: looks like a UK phone number (\"\u0660\u0667\u0667\u0660\u0660 "
              "\u0669\u0660\u0660\u0661\u0662\u0663\", read as \"07700 900123\")" + fix +
          d + "/narrative/learning-points.md:1: looks like a UK phone number (\"07700 900456\")" + fix +
          "ascreport report: 3 pieces of text that the report would publish look like personal details; no report was written\n");

    // A name in a target, a script or a file link: the text is printed, the link left out.
    f.dir.write("narrative/learning-points.md",
                "See [her story](<https://example.org/stories/Jane Doe>), [click](<JAVA\tSCRIPT:alert(1)>), "
                "[net](file://server/share/x.docx) and [our site](https://example.gov.uk/complaints).\n\n"
                "J\u0430ne\u2800Doe wrote to https://example.org/?n=Jane+Doe.\n");
    const std::string html = (f.dir.path() / "r.html").string();
    const auto r = test::run("report " + f.data() + " --year 2023/24 --out '" + f.pdf() + "' --out '" + html + "'", kEpoch);
    REQUIRE(r.status == 0);
    const std::string warn = d + "/narrative/learning-points.md:";
    for (const std::string& w :
         {warn + "1: warning: the link \"her story\" goes to an address that holds a name on the [privacy] redact list; its "
                 "text is printed without the link\n",
          warn + "1: warning: the link \"click\" does not go to a web page or an e-mail address (only https:, http: and "
                 "mailto: links are published); its text is printed without the link\n",
          warn + "1: warning: the link \"net\" does not go to a web page or an e-mail address (only https:, http: and "
                 "mailto: links are published); its text is printed without the link\n",
          warn + "3: warning: the link \"https://example.org/?n=(Name)\" goes to an address that holds a name on the "
                 "[privacy] redact list; its text is printed without the link\n"}) {
        INFO(w);
        CHECK(r.err.find(w) != std::string::npos);
    }
    const std::string text = pdf_text(f.pdf());
    CHECK(text.find("See her story, click, net and our site.") != std::string::npos);
    CHECK(text.find("(Name) wrote to https://example.org/?n=(Name).") != std::string::npos);
    // The links each edition holds: the same, and none of those left out.
    const test::RunResult qdf = test::shell("qpdf --qdf --object-streams=disable '" + f.pdf() + "' - | grep -a '/URI ('");
    std::set<std::string> pdf_links, html_links;
    const std::regex uri("/URI \\(([^)]*)\\)"), href("<a href=\"(https?:[^\"]*|mailto:[^\"]*)\"");
    for (auto it = std::sregex_iterator(qdf.out.begin(), qdf.out.end(), uri); it != std::sregex_iterator(); ++it)
        pdf_links.insert((*it)[1].str());
    const std::string page = test::slurp(html);
    for (auto it = std::sregex_iterator(page.begin(), page.end(), href); it != std::sregex_iterator(); ++it)
        html_links.insert((*it)[1].str());
    CHECK(pdf_links == html_links);
    CHECK(pdf_links.count("https://example.gov.uk/complaints") == 1);
    for (const std::string& l : pdf_links) {
        INFO(l);
        CHECK(l.find("example.org") == std::string::npos);
        CHECK(l.find("server") == std::string::npos);
    }
    for (const char* gone : {"SCRIPT", "javascript", "file:", "Jane", "stories"}) {
        INFO(gone);
        CHECK(page.find(gone) == std::string::npos);
    }
}
