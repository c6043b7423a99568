// The privacy stage on inline data: the personal-data scan (each pattern, and what it must not
// take for personal data), NHS check digits, redaction, what the report publishes with the
// exact messages, and small-number suppression with its secondary cell.
#include <catch2/catch.hpp>

#include <numeric>

#include "ascreport/calendar.hpp"
#include "ascreport/figure_registry.hpp"
#include "ascreport/load.hpp"
#include "ascreport/privacy.hpp"
#include "report_test_support.hpp"
#include "test_support.hpp"

using namespace ascreport;

namespace {

using Kinds = std::vector<std::pair<PersonalData, std::string>>;

Kinds found(std::string_view text) {
    Kinds out;
    for (const auto& m : scan_personal_data(text)) out.emplace_back(m.kind, m.text);
    return out;
}

}  // namespace

TEST_CASE("privacy: email addresses are found with their offset") {
    const auto m = scan_personal_data("Write to jane.doe+asc@mail.example.co.uk, or A.N.Other@x.org.");
    REQUIRE(m.size() == 2);
    CHECK(m[0] == PersonalDataMatch{PersonalData::Email, "jane.doe+asc@mail.example.co.uk", 9, "jane.doe+asc@mail.example.co.uk"});
    CHECK(m[1] == PersonalDataMatch{PersonalData::Email, "A.N.Other@x.org", 45, "A.N.Other@x.org"});
    CHECK(found("an @ sign, user@localhost, a@b.c and @home").empty());
}

TEST_CASE("privacy: UK phone numbers in their usual forms") {
    const auto phone = [](std::string s) { return Kinds{{PersonalData::Phone, s}}; };
    CHECK(found("Call 01632 960000 today") == phone("01632 960000"));
    CHECK(found("Call 020 7946 0000.") == phone("020 7946 0000"));
    CHECK(found("Call 0121 496 0000") == phone("0121 496 0000"));
    CHECK(found("mobile 07700 900123") == phone("07700 900123"));
    CHECK(found("mobile 07700 900 123") == phone("07700 900 123"));
    CHECK(found("mobile 07700900123") == phone("07700900123"));
    CHECK(found("ring 0121-496-0000") == phone("0121-496-0000"));
    CHECK(found("ring (0121) 496 0000") == phone("(0121) 496 0000"));
    CHECK(found("abroad +44 7700 900123") == phone("+44 7700 900123"));
    CHECK(found("abroad +44 (0)121 496 0000") == phone("+44 (0)121 496 0000"));
    CHECK(found("abroad +44 20 7946 0000") == phone("+44 20 7946 0000"));
    CHECK(found("0300 123 4567") == phone("0300 123 4567"));
}

TEST_CASE("privacy: NHS numbers need a valid check digit") {
    CHECK(is_valid_nhs_number("9434765919"));
    CHECK(is_valid_nhs_number("4010232137"));
    CHECK_FALSE(is_valid_nhs_number("9434765918"));  // wrong check digit
    CHECK_FALSE(is_valid_nhs_number("0000000060"));  // the check would be 10: never issued
    CHECK_FALSE(is_valid_nhs_number("0000000061"));
    CHECK_FALSE(is_valid_nhs_number("943476591"));
    CHECK_FALSE(is_valid_nhs_number("94347659x9"));
    const auto nhs = [](std::string s) { return Kinds{{PersonalData::NhsNumber, s}}; };
    CHECK(found("NHS number 943 476 5919.") == nhs("943 476 5919"));
    CHECK(found("NHS number 943-476-5919") == nhs("943-476-5919"));
    CHECK(found("NHS number 9434765919") == nhs("9434765919"));
    CHECK(found("NHS number 943 476 5918").empty());
    // Grouped another way, or with mixed separators, it is still the number a reader sees.
    CHECK(found("NHS number 943-476 5919") == nhs("943-476 5919"));
}

TEST_CASE("privacy: postcodes in capitals") {
    const auto postcode = [](std::string s) { return Kinds{{PersonalData::Postcode, s}}; };
    CHECK(found("at CV1 5RR.") == postcode("CV1 5RR"));
    CHECK(found("B1 1AA") == postcode("B1 1AA"));
    CHECK(found("(SW1A 1AA)") == postcode("SW1A 1AA"));
    CHECK(found("W1A 0AX") == postcode("W1A 0AX"));
    CHECK(found("M60 1QD") == postcode("M60 1QD"));
    CHECK(found("CV15RR") == postcode("CV15RR"));
    CHECK(found("the A46 and M6, COVID19, Q3 2NR, ABC1 2DE, cv1 5rr").empty());
}

TEST_CASE("privacy: years, dates, money, references and the council's number are not personal data") {
    CHECK(found("In 2023/24 we paid £1,250.00 (£750) on 01/04/2023, 2023-04-01 and 1/4/2023.").empty());
    CHECK(found("Complaints ASC-22-0001 and 21 014 702; 59 complaints, 46%, 16-24, 65+, 3650 people.").empty());
    CHECK(found("Dates 01 04 2023, 01-04-2023; figures 1,234,567,890 and 12345678901; page 10 of 26.").empty());
    CHECK(found("https://www.example.gov.uk/complaints").empty());
    const PublishedValues council({"01632 960 000", "Complaints@Example.gov.uk", "CV1 5RR"});
    const auto m = scan_personal_data("Ring 01632 960000 or +44 1632 960000, write to complaints@example.gov.uk "
                                      "at CV15RR; not 01632 960001 or jo@example.gov.uk.");
    std::vector<std::string> flagged;
    for (const auto& x : m)
        if (!council.contains(x)) flagged.push_back(x.text);
    CHECK(m.size() == 6);
    CHECK(flagged == std::vector<std::string>{"01632 960001", "jo@example.gov.uk"});
}

TEST_CASE("privacy: redaction is whole-word, any case, longest name first") {
    const std::vector<std::string> names{"Ann", "jane  doe", "Zoë", "", "  "};
    std::size_t n = 0;
    CHECK(redact("Ann, Anne and ANN met Joanna; ann's mother.", names, &n) == "(Name), Anne and (Name) met Joanna; (Name)'s mother.");
    CHECK(n == 3);
    CHECK(redact("Jane Doe, JANE\nDOE and jane doel", names) == "(Name), (Name) and jane doel");
    CHECK(redact("Zoë and Zoëlle", names) == "(Name) and Zoëlle");
    CHECK(redact("Jane and Jane Smith", {"Jane", "Jane Smith"}) == "(Name) and (Name)");
    CHECK(redact("nothing to do", {}) == "nothing to do");
}

TEST_CASE("privacy: printable reaches every free text, keeping the groups") {
    Dataset loaded;
    Dataset& d = loaded;
    d.compliments.push_back({});
    d.compliments[0].text = "Thanks, Jane Doe!";
    d.lgsco.push_back({});
    d.lgsco[0].summary = "Mrs Jane Doe complained.";
    d.lgsco[0].remedy = "Apology to jane doe";
    const TextId p = d.providers.intern("Jane Doe Care");
    const PrintableData printed = printable(std::move(loaded), PrivacyPolicy{{"Jane Doe"}, {}});
    CHECK(printed.redacted == 4);
    const Dataset& out = printed.data;
    CHECK(out.compliments[0].text == "Thanks, (Name)!");
    CHECK(out.lgsco[0].summary == "Mrs (Name) complained.");
    CHECK(out.lgsco[0].remedy == "Apology to (Name)");
    CHECK(out.providers.display(p) == "(Name) Care");
    CHECK(out.providers.find("jane doe care") == p);
}

namespace {

// Rows with the given counts (and previous counts when given), labelled A, B, C...
Breakdown table(std::vector<std::int64_t> counts, std::vector<std::int64_t> previous = {}) {
    Breakdown b;
    b.fields = {"x"};
    for (std::size_t i = 0; i < counts.size(); ++i) {
        BreakdownRow r;
        const std::string name(1, static_cast<char>('A' + i));
        r.groups = {{name, name}};
        r.count = counts[i];
        if (!previous.empty()) r.previous = previous[i];
        b.rows.push_back(r);
    }
    b.total = std::accumulate(counts.begin(), counts.end(), std::int64_t{0});
    if (!previous.empty()) b.previous_total = std::accumulate(previous.begin(), previous.end(), std::int64_t{0});
    return b;
}

std::vector<Suppressed> marks(const Breakdown& b, bool previous = false) {
    std::vector<Suppressed> out;
    for (const auto& r : b.rows) out.push_back(previous ? r.previous_suppressed : r.suppressed);
    return out;
}

constexpr auto No = Suppressed::No, Small = Suppressed::Small, Second = Suppressed::Secondary;
using Marks = std::vector<Suppressed>;

}  // namespace

TEST_CASE("suppression: counts 1 to N-1 hidden, and a second where the total would tell") {
    Breakdown b = table({10, 3, 0, 7, 9});
    suppress_small_counts(b, 5);
    CHECK(b.suppress_below == 5);
    // 3 is hidden; 20 - shown would give it, so the smallest other count above 0 (7) goes too.
    CHECK(marks(b) == Marks{No, Small, No, Second, No});
    CHECK(b.total == 29);  // counts and totals are kept: the writers decide what to print

    b = table({10, 3, 2, 7});  // two hidden: neither can be worked out
    suppress_small_counts(b, 5);
    CHECK(marks(b) == Marks{No, Small, Small, No});

    b = table({3, 8, 8});  // a tie: the first in table order
    suppress_small_counts(b, 5);
    CHECK(marks(b) == Marks{Small, Second, No});

    b = table({0, 3, 0});  // no other count above 0: a 0 is hidden with it; a total of 3 is hidden
    suppress_small_counts(b, 5);
    CHECK(marks(b) == Marks{Second, Small, No});
    CHECK(b.total_suppressed == Small);

    b = table({5, 0, 12});  // nothing below N
    suppress_small_counts(b, 5);
    CHECK(marks(b) == Marks{No, No, No});

    b = table({1, 4});
    suppress_small_counts(b, 1);  // below 2: off
    CHECK(b.suppress_below == 0);
    CHECK(marks(b) == Marks{No, No});
    suppress_small_counts(b, 2);  // N=2 hides 1s only; run again with another N from scratch
    CHECK(marks(b) == Marks{Small, Second});
    suppress_small_counts(b, 6);
    CHECK(marks(b) == Marks{Small, Small});
}

TEST_CASE("suppression: each period of a compared table on its own") {
    Breakdown b = table({3, 10, 12}, {10, 2, 1});
    suppress_small_counts(b, 5);
    CHECK(marks(b) == Marks{Small, Second, No});
    CHECK(marks(b, true) == Marks{No, Small, Small});
}

TEST_CASE("suppression: only the report's equality tables of the figures") {
    Figures f;
    f.table(TableId::Gender) = table({10, 3, 0, 7});
    f.table(TableId::Outcome) = table({10, 3, 0, 7});
    suppress_equality_tables(f, 5);
    CHECK(marks(f.table(TableId::Gender)) == Marks{No, Small, No, Second});
    CHECK(marks(f.table(TableId::Outcome)) == Marks{No, No, No, No});
    CHECK(f.table(TableId::Outcome).suppress_below == 0);
    // Their total is printed elsewhere (the year's statutory complaints), so it stays shown, and
    // with no other count above 0 a 0 is hidden with the small one.
    f.table(TableId::Gender) = table({0, 3, 0});
    suppress_equality_tables(f, 5);
    CHECK(marks(f.table(TableId::Gender)) == Marks{Second, Small, No});
    CHECK(f.table(TableId::Gender).total_suppressed == No);
}

namespace {

// A folder with free text in every place the report publishes it.
struct PublishedFixture {
    test::TempDir dir;
    LoadResult loaded;
    Figures figures;
    PublishedFixture() {
        dir.write("complaints.csv",
                  "reference,received,route,method,service_area,provider,ethnicity\n"
                  "A1,2023-04-03,Statutory,Email,Mental Health,,White British\n"
                  "A2,2023-05-03,Statutory,Email,Mental Health,Care Ltd 0121 496 0000,\n"
                  "A3,2022-05-03,Statutory,Email,Finance,Old Ltd 0121 496 0001,\n");
        dir.write("compliments.csv",
                  "received,service_area,text,publish\n"
                  "2023-05-01,,Published: jane@example.com,Yes\n"
                  "2023-05-02,,Not published: jo@example.com,No\n"
                  "2022-05-02,,Last year: jo@example.com,Yes\n");
        dir.write("lgsco.csv",
                  "reference,received,decided,decision,remedy,summary\n"
                  "L1,2023-05-01,2023-06-01,Upheld,Ring 07700 900123,\"Mrs X, of B1 1AA, complained.\"\n"
                  "L2,2020-05-01,2020-06-01,Upheld,,Old case 07700 900456\n");
        LoadOptions o;
        o.data_dir = dir.path();
        loaded = ::test::load_with_settings(o);
        REQUIRE_FALSE(loaded.diagnostics.has_errors());
        figures = compute_figures(loaded.dataset, WorkingDayCalendar::england_and_wales(), make_year(FinancialYear{2023}), {});
    }
};

}  // namespace

// A template printing every free-text table (as a table, a chart and a list), the quotes and
// the Ombudsman cases, and a narrative file.
std::string every_free_text() {
    std::string markdown = "{{text notes}}\n\n{{quotes}}\n\n{{cases decided}}\n\n{{cases pending}}\n\n";
    for (const TableSpec& t : kTables)
        if (t.free_text && !t.name.empty())
            for (const char* op : {"table", "chart", "list"}) markdown += "{{" + std::string(op) + " " + std::string(t.name) + "}}\n\n";
    return markdown;
}

TEST_CASE("privacy: the scan reads what the Document prints, with the exact messages in order") {
    const PublishedFixture fx;
    test::TempDir t;
    Dataset data = fx.loaded.dataset;
    // The records' files as the report's own folder names them (DATA/KIND.csv), so that the
    // order below reads by folder; that the loaded files are named is the end-to-end test's
    // (export_shapes_cli_test.cpp).
    data.files.clear();
    // A narrative paragraph from line 3 whose second line (a soft break, printed as a space)
    // holds the number: the match is named on line 4. Printed twice, scanned once.
    data.narratives = {{t.str() + "/data/narrative/notes.md", "# Notes\n\nThank you.\nCall 07700 900789.\n", "notes", ""}};
    const ReportBuild r = test::build_section(t, data, fx.figures, every_free_text() + "{{text notes}}\n");
    REQUIRE_FALSE(r.diagnostics.has_errors());
    std::vector<std::string> where;
    for (const SourcedText& p : printed_text(r.document))
        where.push_back(p.source->file.substr(t.str().size() + 1) + ":" + std::to_string(p.source->line) + ":" +
                        p.source->column);
    // Not the unpublished compliment, last year's quote, last year's provider, or the old case;
    // not the remedy text, which the report does not print. Last year's service area is
    // published too: the table compares the two years. Each value once, though printed thrice.
    CHECK(where == std::vector<std::string>{"data/complaints.csv:2:service_area", "data/complaints.csv:2:ethnicity",
                                            "data/complaints.csv:3:provider", "data/complaints.csv:4:service_area",
                                            "data/compliments.csv:2:text", "data/lgsco.csv:2:summary",
                                            "data/narrative/notes.md:1:", "data/narrative/notes.md:3:"});
    const Diagnostics diags = check_document(r.document, PublishedValues({}), false);
    const std::string fix = "; remove it, or if it is meant to be published add it to [privacy] allow in report.toml "
                            "or pass --allow-personal-data";
    CHECK(test::shown(diags, t, "T") ==
          std::vector<std::string>{
              "T/data/complaints.csv:3: column provider: looks like a UK phone number (\"0121 496 0000\")" + fix,
              "T/data/compliments.csv:2: column text: looks like an email address (\"jane@example.com\")" + fix,
              "T/data/lgsco.csv:2: column summary: looks like a postcode (\"B1 1AA\")" + fix,
              "T/data/narrative/notes.md:4: looks like a UK phone number (\"07700 900789\")" + fix});
    CHECK(diags.error_count() == 4);
    const Diagnostics allowed = check_document(r.document, PublishedValues({"0121 496 0000"}), true);
    REQUIRE(allowed.items.size() == 3);
    CHECK(allowed.error_count() == 0);
    CHECK(test::shown(allowed, t, "T")[0] == "T/data/compliments.csv:2: column text: warning: looks like an email address "
                                             "(\"jane@example.com\"); published because --allow-personal-data was given");
}

TEST_CASE("privacy: the template's own words and the numbers are not scanned") {
    Document doc;
    doc.blocks.push_back(Paragraph{{Run::plain("Call us on 0121 496 0000.")}});
    Table table;
    table.rows = {{"Mental Health", "3"}};
    doc.blocks.push_back(table);
    CHECK(check_document(doc, PublishedValues({}), false).items.empty());
}

TEST_CASE("privacy: report.toml [privacy] redact and allow") {
    test::TempDir d;
    d.write("report.toml", "[contact]\nphone = \"01632 960 000\"\n[privacy]\nredact = [\"Jane Doe\"]\nallow = [\"CV1 5RR\"]\n");
    const auto s = load_settings(d.path() / "report.toml", "report.toml");
    CHECK(s.diagnostics.items.empty());
    CHECK(s.settings.privacy.redact == std::vector<std::string>{"Jane Doe"});
    CHECK(s.settings.privacy.allow == std::vector<std::string>{"CV1 5RR"});
    const auto published = allowed_values(s.settings);
    CHECK(published.contains({PersonalData::Postcode, "CV15RR", 0, "CV15RR"}));
    CHECK(published.contains({PersonalData::Phone, "01632 960000", 0, "01632 960000"}));
    CHECK_FALSE(published.contains({PersonalData::Phone, "01632 960001", 0, "01632 960001"}));

    d.write("report.toml", "[privacy]\nredact = [\"Jane\", \" \"]\nallow = \"CV1 5RR\"\nkeep = 1\n");
    const auto bad = load_settings(d.path() / "report.toml", "report.toml");
    std::vector<std::string> messages;
    for (const auto& x : bad.diagnostics.items) messages.push_back(x.format());
    CHECK(messages == std::vector<std::string>{
                          "report.toml:2: privacy.redact: an entry is empty; remove it",
                          "report.toml:3: privacy.allow: must be a list of text in double quotes, e.g. [\"CV1 5RR\"]",
                          "report.toml:4: warning: unknown setting privacy.keep is ignored (known here: redact, allow)"});
}

