// link_addresses (ascreport/links.hpp): web and e-mail addresses in plain text become links,
// and the text itself never changes.
#include <catch2/catch.hpp>

#include "ascreport/links.hpp"

using namespace ascreport;

namespace {

// Each run as TEXT or [TEXT](TARGET).
std::string shown(const Runs& runs) {
    std::string out;
    for (const Run& r : runs) out += r.link.empty() ? r.text : "[" + r.text + "](" + r.link + ")";
    return out;
}

std::string linked(const std::string& text) { return shown(link_addresses({Run::plain(text)})); }

}  // namespace

TEST_CASE("web and e-mail addresses in text become links, the sentence's punctuation left outside", "[links]") {
    CHECK(linked("online at https://www.example.gov.uk/speakup or by e-mail to complaints@example.gov.uk.") ==
          "online at [https://www.example.gov.uk/speakup](https://www.example.gov.uk/speakup) or by e-mail to "
          "[complaints@example.gov.uk](mailto:complaints@example.gov.uk).");
    CHECK(linked("See www.lgo.org.uk, or (http://example.org/a_(b)).") ==
          "See [www.lgo.org.uk](https://www.lgo.org.uk), or ([http://example.org/a_(b)](http://example.org/a_(b))).");
    CHECK(linked("Visit https://example.org/page?x=1&y=2; then \"https://example.org\"!") ==
          "Visit [https://example.org/page?x=1&y=2](https://example.org/page?x=1&y=2); then "
          "\"[https://example.org](https://example.org)\"!");
    CHECK(linked("first.last+tag@council.gov.uk\nnext") ==
          "[first.last+tag@council.gov.uk](mailto:first.last+tag@council.gov.uk)\nnext");
}

TEST_CASE("what is not an address stays text", "[links]") {
    for (const char* text : {"at 10@5pm", "a @ b", "user@localhost", "x@y.1", "https://", "swww.example.org", "@example.org",
                             "a@.example.org", "email@example.c", "nothttps://example.org", ""})
        CHECK(linked(text) == text);
}

TEST_CASE("styles are kept, existing links untouched, and the text is the same", "[links]") {
    const Runs runs = link_addresses({Run::strong("Write to a@example.org now"), Run::url("the site", "https://example.org"),
                                      Run::emphasis("https://example.org/x")});
    REQUIRE(runs.size() == 5);
    CHECK(runs[0].bold);
    CHECK(runs[1].bold);
    CHECK(runs[1].link == "mailto:a@example.org");
    CHECK(runs[2].text == " now");
    CHECK(runs[3].link == "https://example.org");
    CHECK(runs[4].italic);
    CHECK(runs[4].link == "https://example.org/x");
    std::string text;
    for (const Run& r : runs) text += r.text;
    CHECK(text == "Write to a@example.org nowthe sitehttps://example.org/x");
}
