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

TEST_CASE("only https:, http: and mailto: targets are published, read as a browser reads them", "[links]") {
    const std::pair<const char*, const char*> published[] = {
        {"https://example.org/a", "https://example.org/a"},
        {"HTTPS://EXAMPLE.ORG/A", "https://EXAMPLE.ORG/A"},
        {"Http://example.org", "http://example.org"},
        {" \x01https://example.org/ \n", "https://example.org/"},
        {"ht\ttps://exa\nmple.org/\r", "https://example.org/"},
        {"https:example.org", "https:example.org"},
        {"https://example.org/?u=a@example.org#x@y", "https://example.org/?u=a@example.org#x@y"},
        {"mailto:complaints@example.gov.uk", "mailto:complaints@example.gov.uk"},
        {"MAILTO:a@example.org?subject=Hello", "mailto:a@example.org?subject=Hello"},
    };
    for (const auto& [target, url] : published) {
        INFO(target);
        const LinkCheck c = check_link(target);
        CHECK(c.problem == LinkProblem::None);
        CHECK(c.url == url);
    }
    for (const char* target :
         {"javascript:alert(1)", "JavaScript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)", " \x01javascript:alert(1)",
          "jav&#x09;ascript:alert(1)", "j\u0430vascript:alert(1)", "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD4=",
          "DATA:text/html,x", "file:///etc/passwd", "file://server/share/Jane.docx", "\\\\server\\share\\complaints.xlsx",
          "//example.org/x", "tel:07700900123", "tel:%30%37%37", "sms:07700900123", "ftp://example.org/", "#top",
          "report.pdf", "/complaints", "", "   ", "https:", "https://", "https:///", "mailto:", "https//example.org"}) {
        INFO(target);
        const LinkCheck c = check_link(target);
        CHECK(c.problem == LinkProblem::NotWebOrMail);
        CHECK(c.url.empty());
    }
    for (const char* target : {"https://user:password@example.org/", "https://jane.doe@gmail.com@example.org/", "http://a@b",
                               "https:\\\\user@example.org", "https://@example.org"}) {
        INFO(target);
        const LinkCheck c = check_link(target);
        CHECK(c.problem == LinkProblem::Credentials);
        CHECK(c.url.empty());
    }
}
