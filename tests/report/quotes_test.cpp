// The compliment quotes the report prints (issue 19, point 9): each once after normalising, at
// most [report] quotes, spread across service areas, most recent first.
#include <catch2/catch.hpp>

#include "ascreport/period.hpp"
#include "figures_test_data.hpp"
#include "report/blocks.hpp"

using namespace ascreport;
using ascreport::test::ymd;

namespace {

struct Quotes {
    Dataset d;
    std::uint32_t line = 1;
    void add(Date received, std::string area, std::string text, bool publish = true) {
        Compliment c;
        c.received = received;
        c.service_area = d.service_areas.intern(area);
        c.text = std::move(text);
        c.publish = publish;
        c.line = ++line;
        d.compliments.push_back(std::move(c));
    }
    std::vector<std::string> chosen(std::size_t most) const {
        std::vector<std::string> out;
        for (const Compliment* c : report::choose_quotes(d, *parse_period("2023/24"), most)) out.push_back(c->text);
        return out;
    }
};

}  // namespace

TEST_CASE("quotes: each once after ignoring case, spaces and punctuation at the ends, the latest kept") {
    Quotes q;
    q.add(ymd(2023, 5, 1), "Older People", "Thank you so much for everything.");
    q.add(ymd(2023, 6, 1), "Older People", "  thank you SO  much for everything!! ");
    q.add(ymd(2023, 7, 1), "Mental Health", "\"Thank you so much for everything\"");
    q.add(ymd(2023, 8, 1), "Mental Health", "Thank you, so much for everything.");  // a comma inside: another quote
    q.add(ymd(2023, 9, 1), "Mental Health", "Not for publishing.", false);
    q.add(ymd(2022, 9, 1), "Mental Health", "Last year's.");
    CHECK(q.chosen(12) == std::vector<std::string>{"Thank you, so much for everything.",
                                                   "\"Thank you so much for everything\""});
}

TEST_CASE("quotes: at most N, round by round across service areas, printed most recent first") {
    Quotes q;
    // Older People: four quotes; Mental Health: two; Safeguarding: one, the oldest of all.
    q.add(ymd(2023, 4, 10), "Safeguarding", "S1");
    q.add(ymd(2023, 5, 1), "Older People", "O1");
    q.add(ymd(2023, 6, 1), "Older People", "O2");
    q.add(ymd(2023, 7, 1), "Older People", "O3");
    q.add(ymd(2023, 8, 1), "Older People", "O4");
    q.add(ymd(2023, 5, 15), "Mental Health", "M1");
    q.add(ymd(2023, 6, 15), "Mental Health", "M2");
    // Round 1: O4, M2, S1 (areas by their most recent quote); round 2: O3, M1; round 3: O2.
    CHECK(q.chosen(3) == std::vector<std::string>{"O4", "M2", "S1"});
    CHECK(q.chosen(5) == std::vector<std::string>{"O4", "O3", "M2", "M1", "S1"});
    CHECK(q.chosen(6) == std::vector<std::string>{"O4", "O3", "M2", "O2", "M1", "S1"});
    CHECK(q.chosen(100).size() == 7);
    CHECK(q.chosen(1) == std::vector<std::string>{"O4"});
}
