// compliments.csv publish: "Yes" (as [values.publish] maps it) allows quoting; any other word
// keeps the compliment out, with a note saying how to map it when it means Yes.
#include <catch2/catch.hpp>

#include "test_support.hpp"

namespace {

const char* kComplaints = "reference,received,route,method,service_area\nC1,2023-05-01,Statutory,Email,Mental Health\n";
const char* kCompliments =
    "received,service_area,source,text,publish\n"
    "2023-05-02,Mental Health,Email,Thank you,Y\n"
    "2023-05-03,Mental Health,Email,Kind staff,Yes\n"
    "2023-05-04,Mental Health,Email,Quick help,Y\n"
    "2023-05-05,Mental Health,Email,Not for print,N\n"
    "2023-05-06,Mental Health,Email,No answer,\n";

}  // namespace

TEST_CASE("publish: a word neither Yes nor No is noted, and [values.publish] maps it") {
    test::TempDir d;
    d.write("complaints.csv", kComplaints);
    d.write("compliments.csv", kCompliments);
    auto r = test::load_folder(d);
    REQUIRE_FALSE(r.diagnostics.has_errors());
    std::vector<bool> publish;
    for (const auto& c : r.dataset.compliments) publish.push_back(c.publish);
    CHECK(publish == std::vector<bool>{false, true, false, false, false});
    CHECK(test::messages(r, d) ==
          std::vector<std::string>{"D/compliments.csv:2: column publish: note: \"Y\" is neither Yes nor No, so the "
                                   "compliment is not quoted; if it means Yes, map it in report.toml: [values.publish] "
                                   "\"Y\" = \"Yes\" (on 2 rows: lines 2 and 4)",
                                   "D/compliments.csv:5: column publish: note: \"N\" is neither Yes nor No, so the "
                                   "compliment is not quoted; if it means Yes, map it in report.toml: [values.publish] "
                                   "\"N\" = \"Yes\""});

    d.write("report.toml", "[values.publish]\n\"Y\" = \"Yes\"\n\"N\" = \"No\"\n");
    r = test::load_folder(d);
    REQUIRE_FALSE(r.diagnostics.has_errors());
    publish.clear();
    for (const auto& c : r.dataset.compliments) publish.push_back(c.publish);
    // [values.publish] is the publish column's own: [values.extended] does not map it.
    CHECK(publish == std::vector<bool>{true, true, true, false, false});
    CHECK(test::messages(r, d).empty());
}
