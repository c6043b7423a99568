// The report stage with --suppress-below: placeholders, tables, charts and the list sentence
// that read a hidden count; and the narrative files' names redacted in the Dataset it prints.
#include <catch2/catch.hpp>

#include "ascreport/calendar.hpp"
#include "ascreport/load.hpp"
#include "ascreport/privacy.hpp"
#include "ascreport/report.hpp"
#include "report_test_support.hpp"
#include "test_support.hpp"

using namespace ascreport;

namespace {

// The sample data with the equality tables suppressed below 5. Disability: Yes 16, No 28,
// Prefer not to say 3 (hidden), N/A 12 (hidden too, or 59 - 16 - 28 - 12 would give the 3).
struct Suppressed5 {
    ::test::Loaded loaded;
    Figures figures;
    Suppressed5() {
        LoadOptions o;
        o.data_dir = std::string(::test::source_dir()) + "/data-samples";
        loaded = ::test::load_with_settings(o);
        figures = compute_figures(loaded.dataset, WorkingDayCalendar::england_and_wales(), make_year(FinancialYear{2023}),
                                  loaded.settings.figures);
        suppress_equality_tables(figures, 5);
    }
};

const Suppressed5& sample() {
    static const Suppressed5 s;
    return s;
}

ReportBuild build(const test::TempDir& t, const std::string& markdown, const Dataset& data = sample().loaded.dataset,
                  const PrivacyPolicy& privacy = sample().loaded.settings.privacy) {
    return test::build_section(t, data, sample().figures, markdown, sample().loaded.settings.council, privacy);
}

using test::text_of;

std::vector<std::string> errors(const ReportBuild& r, const test::TempDir& t) { return test::shown(r.diagnostics, t, "T"); }

}  // namespace

TEST_CASE("suppressed: placeholders print 'not shown' for every hidden count alike, never the count or *") {
    test::TempDir t;
    auto r = build(t, "{{plural disability[Prefer not to say] \"complaint\" \"complaints\"}} "
                      "({{percent disability[Prefer not to say]}}) {{word disability[Prefer not to say] \"was\" \"were\"}} "
                      "from people who preferred not to say, {{disability[N/A]}} ({{percent disability[N/A]}}) "
                      "not known, {{disability[Yes]}} ({{percent disability[Yes]}}) yes, of {{disability.total}}; "
                      "{{percent statutory of disability[N/A]}}. Counts below {{suppress_below}} are hidden.\n\n"
                      "{{if disability[N/A]}}\n\nShown.\n\n{{end}}\n\n"
                      "{{disability[Prefer not to say]}} at the start of a sentence.\n");
    REQUIRE(errors(r, t).empty());
    REQUIRE(r.document.blocks.size() == 3);
    CHECK(text_of(r.document.blocks[0]) ==
          "A number (not shown) of complaints (share not shown) were from people who preferred not to say, a number not shown "
          "(share not shown) not known, 16 (27%) yes, of 59; share not shown. Counts below 5 are hidden.");
    CHECK(text_of(r.document.blocks[1]) == "Shown.");
    CHECK(text_of(r.document.blocks[2]) == "A number not shown at the start of a sentence.");
}

TEST_CASE("suppressed: a hidden count cannot be compared") {
    test::TempDir t;
    auto r = build(t, "A {{compare disability[N/A] disability[Yes] \"more\" \"less\" \"same\"}}.\n");
    CHECK(errors(r, t) == std::vector<std::string>{
                              "T/s.md:1: {{compare disability[N/A] disability[Yes] \"more\" \"less\" \"same\"}}: "
                              "\"disability[N/A]\" is a count hidden by --suppress-below, so it cannot be compared; "
                              "use it only with percent, plural or word, or on its own"});
}

TEST_CASE("suppressed: the equality table and chart show *, the list says not shown") {
    test::TempDir t;
    auto r = build(t, "{{table disability}}\n\n{{chart disability}}\n\n{{list ethnicity}}\n\n{{table outcome}}\n");
    REQUIRE(errors(r, t).empty());
    REQUIRE(r.document.blocks.size() == 4);
    const auto& table = std::get<Table>(r.document.blocks[0]);
    CHECK(table.rows == std::vector<std::vector<std::string>>{
                            {"Yes", "16", "27%"}, {"No", "28", "47%"}, {"Prefer not to say", "*", "*"}, {"N/A", "*", "*"}});
    CHECK(*table.total_row == std::vector<std::string>{"Total", "59", "100%"});
    const auto& chart = std::get<BarChart>(r.document.blocks[1]);
    CHECK(chart.categories == std::vector<std::string>{"Yes", "No", "Prefer not to say", "N/A"});
    CHECK(chart.series.at(0).values == std::vector<double>{16, 28, 0, 0});
    CHECK(chart.series.at(0).labels == std::vector<std::string>{"16 (27%)", "28 (47%)", "*", "*"});
    // Hidden rows after the shown ones, in table order (not by their counts), N/A last.
    CHECK(text_of(r.document.blocks[2]) ==
          "White British 33 (56%), Any other Asian background (not shown), Any other Black/African/Caribbean "
          "background (not shown), Any other ethnic group (not shown), Caribbean (not shown), Indian (not shown), "
          "White and Asian (not shown), White and Black Caribbean (not shown) and N/A 13 (22%).");
    // Not an equality table: every count shown.
    CHECK(std::get<Table>(r.document.blocks[3]).rows[0] == std::vector<std::string>{"Upheld", "6", "10%", "10", "15%"});
}

TEST_CASE("redaction: the data folder's narrative text, not the template's") {
    test::TempDir t;
    Dataset data = sample().loaded.dataset;
    const PrivacyPolicy privacy{{"Jane Doe"}, {}};
    t.write("data/narrative/notes.md", "Thanks to JANE DOE and to Jane Doe's team.\n");
    t.write("text/default.md", "Jane Doe wrote the template.\n");
    // The narratives are the Dataset's Markdown as written; build_report redacts them after
    // Markdown, so printable (the CSV text) leaves them.
    data.narratives = load_narratives(t.path() / "data");
    PrintableData printed = printable(std::move(data), privacy);
    CHECK(printed.redacted == 0);
    auto r = build(t, "{{text notes}}\n\n{{text default}}\n", printed.data, privacy);
    REQUIRE(errors(r, t).empty());
    CHECK(r.redacted == 2);
    CHECK(text_of(r.document.blocks.at(0)) == "Thanks to (Name) and to (Name)\xE2\x80\x99s team.");
    CHECK(text_of(r.document.blocks.at(1)) == "Jane Doe wrote the template.");
    // The text the scan reads is the narrative's, as printed, with its file and line; not the
    // template's.
    const std::vector<SourcedText> scanned_text = printed_text(r.document);
    REQUIRE(scanned_text.size() == 1);
    CHECK(scanned_text[0].text == text_of(r.document.blocks.at(0)));
    CHECK(scanned_text[0].source->file == t.str() + "/data/narrative/notes.md");
    CHECK(scanned_text[0].source->line == 1);
}

namespace {

// One narrative file, notes.md, printed by {{text notes}} with `names` to redact.
ReportBuild narrative(const test::TempDir& t, const std::string& markdown, std::vector<std::string> names = {"Jane Doe"}) {
    Dataset data = sample().loaded.dataset;
    const PrivacyPolicy privacy{std::move(names), {}};
    t.write("data/narrative/notes.md", markdown);
    data.narratives = load_narratives(t.path() / "data");
    return build(t, "{{text notes}}\n", data, privacy);
}

const std::string kFix = "; remove it, or if it is meant to be published add it to [privacy] allow in report.toml "
                         "or pass --allow-personal-data";

// The scan's messages on the narrative text the build printed.
std::vector<std::string> scanned(const ReportBuild& r, const test::TempDir& t) {
    return test::shown(check_document(r.document, PublishedValues({}), false), t, "T");
}

}  // namespace

TEST_CASE("redaction: after Markdown, across emphasis, entities and typed punctuation") {
    test::TempDir t;
    auto r = narrative(t, "*Jane* Doe, **Jane Doe**\u2019s son, \u201cJane Doe\u201d \u2014 Jane&nbsp;Doe\u2026 "
                          "J&#97;ne Doe, Jane\u00A0Doe, Ja\u200Bne Doe, Jane Do\u00ADe and Jane\nDoe; not Jane Doet.\n\n"
                          "# A heading for ZO\u00CB SMITH\n\n- Zoe\u0308 Smith in a list\n\n> zo\u00EB smith quoted\n",
                     {"Jane Doe", "Zo\u00EB Smith"});
    REQUIRE(errors(r, t).empty());
    REQUIRE(r.document.blocks.size() == 4);
    const auto& p = std::get<Paragraph>(r.document.blocks[0]);
    // "(Name)" takes the style of where the name began; the rest of the name leaves the runs.
    CHECK(p.runs.at(0).text == "(Name)");
    CHECK(p.runs.at(0).italic);
    CHECK(text_of(r.document.blocks[0]) ==
          "(Name), (Name)\u2019s son, \u201c(Name)\u201d \u2014 (Name)... (Name), (Name), (Name), (Name) and (Name); "
          "not Jane Doet.");
    CHECK(text_of(r.document.blocks[1]) == "A heading for (Name)");
    CHECK(std::get<BulletList>(r.document.blocks[2]).items.at(0).at(0).text == "(Name) in a list");
    CHECK(std::get<Quote>(r.document.blocks[3]).runs.at(0).text == "(Name) quoted");
    CHECK(r.redacted == 12);
}

TEST_CASE("the scan reads the narrative as printed: split by emphasis, a line break, entities") {
    test::TempDir t;
    auto r = narrative(t, "Intro.\n\nWrite to *pat*@example.com or pat&#64;example.org,\nring 07700\n900123 or "
                          "07700 **900 456**.\nNHS 943\u200B476\u200B5919 at CV1&nbsp;5RR.\n\n"
                          "[our form](mailto:jo@example.net)\n");
    REQUIRE(errors(r, t).empty());
    // What is printed holds no zero-width character or entity: the scan reads the same bytes.
    CHECK(text_of(r.document.blocks.at(1)) ==
          "Write to pat@example.com or pat@example.org, ring 07700 900123 or 07700 900 456. NHS 9434765919 at CV1 5RR.");
    CHECK(scanned(r, t) == std::vector<std::string>{
                               "T/data/narrative/notes.md:3: looks like an email address (\"pat@example.com\")" + kFix,
                               "T/data/narrative/notes.md:3: looks like an email address (\"pat@example.org\")" + kFix,
                               "T/data/narrative/notes.md:4: looks like a UK phone number (\"07700 900123\")" + kFix,
                               "T/data/narrative/notes.md:5: looks like a UK phone number (\"07700 900 456\")" + kFix,
                               "T/data/narrative/notes.md:6: looks like an NHS number (\"9434765919\")" + kFix,
                               "T/data/narrative/notes.md:6: looks like a postcode (\"CV1 5RR\")" + kFix,
                               "T/data/narrative/notes.md:8: looks like an email address (\"jo@example.net\") in the target of the link \"our form\"" + kFix});
}

TEST_CASE("the scan names the line of a match in a heading, a list, a quote and a code block") {
    test::TempDir t;
    auto r = narrative(t, "# Ring 07700 900001\n\n- one\n- two 07700\n  900002\n\n> quoted\n> CV1 5RR\n\n```\nfirst\n07700 900003\n```\n");
    REQUIRE(errors(r, t).empty());
    CHECK(scanned(r, t) == std::vector<std::string>{
                               "T/data/narrative/notes.md:1: looks like a UK phone number (\"07700 900001\")" + kFix,
                               "T/data/narrative/notes.md:4: looks like a UK phone number (\"07700 900002\")" + kFix,
                               "T/data/narrative/notes.md:8: looks like a postcode (\"CV1 5RR\")" + kFix,
                               "T/data/narrative/notes.md:12: looks like a UK phone number (\"07700 900003\")" + kFix});
}

TEST_CASE("a link's target is read like text: decoded, redacted, scanned, and only web and e-mail links kept") {
    test::TempDir t;
    auto r = narrative(t,
                       "[her story](<https://example.org/stories/Jane Doe>) and [the *form*](https://example.org/?user=pat.smith%40gmail.com)\n\n"
                       "[click](javascript:alert(1)) [net](file://server/share/x.docx) [ring](tel:%30%37%37%30%30%39%30%30%31%32%33)\n"
                       "[pw](https://u:p@example.org/) [ok](HTTPS://example.org/a) [shout](<JAVA\tSCRIPT:alert(1)>)\n\n"
                       "<https://example.org/?tel=%30%37%37%30%30%20%39%30%30%31%32%33>\n\n"
                       "[ref][1] and https://example.org/?n=Jane+Doe\n\n"
                       "[mail](mailto:?body=%30%37%37%30%30%39%30%30%34%35%36) <jo%40example.net@example.org>\n\n"
                       "[1]: https://example.org/%4Aane%2520%44oe\n");
    const std::string fix = " its text is printed without the link";
    CHECK(errors(r, t) == std::vector<std::string>{
                              "T/data/narrative/notes.md:1: warning: the link \"her story\" goes to an address that holds a name "
                              "on the [privacy] redact list;" + fix,
                              "T/data/narrative/notes.md:3: warning: the link \"click\" does not go to a web page or an e-mail "
                              "address (only https:, http: and mailto: links are published);" + fix,
                              "T/data/narrative/notes.md:3: warning: the link \"net\" does not go to a web page or an e-mail "
                              "address (only https:, http: and mailto: links are published);" + fix,
                              "T/data/narrative/notes.md:3: warning: the link \"ring\" does not go to a web page or an e-mail "
                              "address (only https:, http: and mailto: links are published);" + fix,
                              "T/data/narrative/notes.md:4: warning: the link \"pw\" goes to an address with a user name or "
                              "password in it;" + fix,
                              "T/data/narrative/notes.md:4: warning: the link \"shout\" does not go to a web page or an e-mail "
                              "address (only https:, http: and mailto: links are published);" + fix,
                              "T/data/narrative/notes.md:8: warning: the link \"ref\" goes to an address that holds a name on the "
                              "[privacy] redact list;" + fix,
                              "T/data/narrative/notes.md:8: warning: the link \"https://example.org/?n=(Name)\" goes to an address "
                              "that holds a name on the [privacy] redact list;" + fix});
    REQUIRE(r.document.blocks.size() == 5);
    // What is left of the links: the ones a published report may hold, in their published form.
    std::vector<std::pair<std::string, std::string>> links;
    for (const Block& b : r.document.blocks)
        for (const Run& run : std::get<Paragraph>(b).runs)
            if (!run.link.empty()) links.emplace_back(run.text, run.link);
    CHECK(links == std::vector<std::pair<std::string, std::string>>{
                       {"the ", "https://example.org/?user=pat.smith%40gmail.com"},
                       {"form", "https://example.org/?user=pat.smith%40gmail.com"},
                       {"ok", "https://example.org/a"},
                       {"https://example.org/?tel=%30%37%37%30%30%20%39%30%30%31%32%33",
                        "https://example.org/?tel=%30%37%37%30%30%20%39%30%30%31%32%33"},
                       {"mail", "mailto:?body=%30%37%37%30%30%39%30%30%34%35%36"},
                       {"jo%40example.net@example.org", "mailto:jo%40example.net@example.org"}});
    CHECK(text_of(r.document.blocks[3]) == "ref and https://example.org/?n=(Name)");
    // The details in what is kept, as read: in a target (named by its link), in a bare address.
    CHECK(scanned(r, t) ==
          std::vector<std::string>{
              "T/data/narrative/notes.md:1: looks like an email address (\"pat.smith%40gmail.com\", read as "
              "\"pat.smith@gmail.com\") in the target of the link \"the form\"" + kFix,
              "T/data/narrative/notes.md:6: looks like a UK phone number (\"%30%37%37%30%30%20%39%30%30%31%32%33\", read as "
              "\"07700 900123\")" + kFix,
              "T/data/narrative/notes.md:10: looks like a UK phone number (\"%30%37%37%30%30%39%30%30%34%35%36\", read as "
              "\"07700900456\") in the target of the link \"mail\"" + kFix,
              "T/data/narrative/notes.md:10: looks like an email address (\"jo%40example.net\", read as \"jo@example.net\")" + kFix});
}

TEST_CASE("the template's own links are kept to web and e-mail addresses too, and each is said once") {
    test::TempDir t;
    auto r = build(t, "[intranet](file://council/complaints) and [site](https://example.gov.uk)\n\n{{text again}}\n\n{{text again}}\n");
    t.write("text/again.md", "[run](javascript:go())\n\n[a link whose text goes on and on,\nover two lines and past sixty characters](data:x)\n");
    r = build(t, "[intranet](file://council/complaints) and [site](https://example.gov.uk)\n\n{{text again}}\n\n{{text again}}\n");
    const std::string why = " does not go to a web page or an e-mail address (only https:, http: and mailto: links are "
                            "published); its text is printed without the link";
    CHECK(errors(r, t) == std::vector<std::string>{"T/s.md:1: warning: the link \"intranet\"" + why,
                                                   "T/text/again.md:1: warning: the link \"run\"" + why,
                                                   "T/text/again.md:3: warning: the link \"a link whose text goes on and on, "
                                                   "over two lines and past si...\"" + why});
    const auto& p = std::get<Paragraph>(r.document.blocks.at(0));
    REQUIRE(p.runs.size() == 2);
    CHECK(p.runs[0].text == "intranet and ");
    CHECK(p.runs[0].link.empty());
    CHECK(p.runs[1].link == "https://example.gov.uk");
}
