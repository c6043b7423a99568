// run_report in-process (ascreport/publish.hpp): the whole report pipeline from a request to an
// outcome, without the binary. The status, every message in order, the Document and the PDF
// bytes; and that the narrative text scanned is the text printed (read once, redacted once).
#include <catch2/catch.hpp>

#include <algorithm>
#include <variant>

#include "ascreport/html.hpp"
#include "ascreport/pdf.hpp"
#include "ascreport/report_job.hpp"
#include "test_support.hpp"

using namespace ascreport;
namespace fs = std::filesystem;

namespace {

const fs::path kSamples = fs::path(::test::source_dir()) / "data-samples";
const fs::path kShipped = fs::path(::test::source_dir()) / "report-templates/annual-report";
constexpr std::int64_t kEpoch = 1727740800;

const std::string kFix = "; remove it, or if it is meant to be published add it to [privacy] allow in report.toml or "
                         "pass --allow-personal-data";

ReportRequest request(const fs::path& data) {
    ReportRequest r;
    r.data_dir = data;
    r.year = FinancialYear{2023};
    r.template_dir = kShipped;
    r.created_unix = kEpoch;
    return r;
}

// Each message as the command line prints it, with the temporary folder shown as D.
std::vector<std::string> lines(const ReportOutcome& outcome, const test::TempDir& d) {
    std::vector<std::string> out;
    for (const ReportMessage& m : outcome.messages) {
        std::string s = m.line("ascreport report");
        for (auto pos = s.find(d.str()); pos != std::string::npos; pos = s.find(d.str(), pos + 1)) s.replace(pos, d.str().size(), "D");
        out.push_back(s);
    }
    return out;
}

void append(std::string& out, const Runs& runs) {
    for (const Run& r : runs) out += r.text;
    out += '\n';
}

// Every word the Document prints: the cover, headings, paragraphs, lists, quotes, tables,
// charts and key facts.
std::string document_text(const Document& doc) {
    std::string out = doc.info.title + '\n' + doc.cover.service + '\n' + doc.cover.title + '\n' + doc.cover.council + '\n';
    for (const Block& b : doc.blocks) {
        if (const auto* h = std::get_if<Heading>(&b)) out += h->text + '\n';
        else if (const auto* p = std::get_if<Paragraph>(&b)) append(out, p->runs);
        else if (const auto* q = std::get_if<Quote>(&b)) append(out, q->runs);
        else if (const auto* l = std::get_if<BulletList>(&b))
            for (const Runs& item : l->items) append(out, item);
        else if (const auto* t = std::get_if<Table>(&b)) {
            out += t->caption + '\n';
            for (const auto& row : t->rows)
                for (const auto& cell : row) out += cell + '\n';
        } else if (const auto* c = std::get_if<BarChart>(&b)) {
            out += c->title + '\n';
            for (const auto& category : c->categories) out += category + '\n';
        } else if (const auto* k = std::get_if<KeyFacts>(&b)) {
            for (const KeyFact& f : k->tiles) out += f.number + ' ' + f.caption + '\n';
        }
    }
    return out;
}

// 2023/24 complaints and nothing else: a draft that lacks the year's own text, contact details
// and figures.
void write_complaints(const test::TempDir& d) {
    std::string csv = "reference,received,responded,route,outcome,method,service_area,gender\n";
    for (int i = 1; i <= 9; ++i)
        csv += "A" + std::to_string(i) + ",2023-05-0" + std::to_string(i) + ",2023-06-30,Statutory,Upheld,Email,Mental Health,Male\n";
    d.write("complaints.csv", csv + "B1,2022-05-01,2022-05-20,Statutory,Upheld,Email,Mental Health,Male\n");
}

// The complaints, a name to redact, and a narrative the shipped template prints
// ({{text learning-points}}) holding that name and an email address on line 5.
void write_folder_with_narrative(const test::TempDir& d) {
    write_complaints(d);
    d.write("report.toml", "[privacy]\nredact = [\"Jane Doe\"]\n");
    d.write("narrative/learning-points.md",
            "We learnt a lot.\n\nThanks to Jane Doe and to JANE DOE's team.\n\nWrite to pat.n@example.org to hear more.\n");
}

}  // namespace

TEST_CASE("run_report: the sample data gives the report, and nothing to say") {
    const ReportOutcome r = run_report(request(kSamples));
    CHECK(r.status == ReportStatus::Ok);
    CHECK(r.messages.empty());
    CHECK(r.redacted == 0);
    CHECK(r.gaps.empty());
    REQUIRE(r.document);
    CHECK(r.document->info.created_unix == kEpoch);
    CHECK(r.document->info.creator == std::string("ascreport ") + ASCREPORT_VERSION);
    REQUIRE(r.pdf.size() > 1000);
    CHECK(std::string(r.pdf.begin(), r.pdf.begin() + 5) == "%PDF-");
    // The same request, the same bytes: nothing reads the clock.
    CHECK(run_report(request(kSamples)).pdf == r.pdf);
}

TEST_CASE("run_report: personal details in what it would publish stop it, with no Document and no bytes") {
    test::TempDir d;
    write_folder_with_narrative(d);
    const ReportOutcome r = run_report(request(d.path()));
    CHECK(r.status == ReportStatus::DataErrors);
    CHECK(lines(r, d) == std::vector<std::string>{
                             "ascreport report: 2 names on the [privacy] redact list of D/report.toml were replaced by (Name)",
                             "D/narrative/learning-points.md:5: looks like an email address (\"pat.n@example.org\")" + kFix,
                             "ascreport report: 1 piece of text that the report would publish looks like personal details; "
                             "no report was written"});
    CHECK(r.messages[1].kind == ReportMessage::Kind::Diagnostic);
    CHECK(r.messages[1].diagnostic.line == 5);
    CHECK(r.redacted == 2);
    CHECK_FALSE(r.document);
    CHECK(r.pdf.empty());
}

TEST_CASE("run_report: the narrative scanned is the narrative printed, read once and redacted once") {
    test::TempDir d;
    write_folder_with_narrative(d);
    ReportRequest req = request(d.path());
    req.allow_personal_data = true;
    const ReportOutcome r = run_report(req);
    REQUIRE(r.status == ReportStatus::Ok);
    // The email is one finding (the file is scanned once), on the line it is on.
    const auto found = std::count_if(r.messages.begin(), r.messages.end(), [](const ReportMessage& m) {
        return m.kind == ReportMessage::Kind::Diagnostic && m.diagnostic.message.find("pat.n@example.org") != std::string::npos;
    });
    CHECK(found == 1);
    CHECK(lines(r, d) == std::vector<std::string>{
                             "ascreport report: 2 names on the [privacy] redact list of D/report.toml were replaced by (Name)",
                             "D/narrative/learning-points.md:5: warning: looks like an email address (\"pat.n@example.org\"); "
                             "published because --allow-personal-data was given"});
    REQUIRE(r.document);
    const std::string text = document_text(*r.document);
    CHECK(text.find("Thanks to (Name) and to (Name)\xE2\x80\x99s team.") != std::string::npos);
    CHECK(text.find("Write to pat.n@example.org to hear more.") != std::string::npos);  // allowed through, as asked
    for (const char* name : {"Jane", "JANE", "Doe", "DOE"}) {
        INFO(name);
        CHECK(text.find(name) == std::string::npos);
    }
    CHECK(std::string(r.pdf.begin(), r.pdf.begin() + 5) == "%PDF-");
    // A draft: what it lacks is the caller's to list.
    CHECK_FALSE(r.gaps.empty());
}

TEST_CASE("run_report: final refuses a draft that lacks something, and makes no PDF") {
    test::TempDir d;
    write_complaints(d);
    ReportRequest req = request(d.path());
    req.final = true;
    const ReportOutcome r = run_report(req);
    CHECK(r.status == ReportStatus::Incomplete);
    CHECK(r.messages.empty());  // the gaps are the whole story
    const std::string narrative = (d.path() / "narrative").string();
    CHECK(r.gaps.texts == std::vector<std::string>{narrative + "/key-learning.md", narrative + "/timescale-notes.md",
                                                   narrative + "/learning-points.md", narrative + "/service-area-notes.md",
                                                   narrative + "/closing-notes.md"});
    // The five lines of texts and settings, and four of regulation 18's items: the Ombudsman's
    // count (no lgsco.csv), the subject matter (no concerns.csv), and two texts not written.
    CHECK(describe_gaps(r.gaps).size() == 9);
    CHECK(r.gaps.required.size() == 4);
    CHECK(r.document);  // built, and refused
    CHECK(r.pdf.empty());

    req.final = false;
    const ReportOutcome draft = run_report(req);
    CHECK(draft.status == ReportStatus::Ok);
    CHECK(draft.gaps.texts == r.gaps.texts);
    CHECK_FALSE(draft.pdf.empty());
}

TEST_CASE("run_report: a template with errors is a usage problem, its messages naming file and line") {
    test::TempDir d;
    d.write("t/template.toml", "sections = [\"s.md\"]\n");
    d.write("t/s.md", "Fine.\n\n{{statutry}}\n\n{{if lgsco}}\n");
    ReportRequest req = request(kSamples);
    req.template_dir = d.path() / "t";
    const ReportOutcome r = run_report(req);
    CHECK(r.status == ReportStatus::Usage);
    CHECK(lines(r, d) == std::vector<std::string>{
                             "D/t/s.md:3: {{statutry}}: unknown figure \"statutry\"; did you mean \"statutory\"?",
                             "D/t/s.md:5: {{if}} is not closed by {{end}}",
                             "ascreport report: the template has errors; no report was written"});
    CHECK_FALSE(r.document);
    CHECK(r.pdf.empty());

    SECTION("no template.toml") {
        req.template_dir = d.path() / "none";
        CHECK(lines(run_report(req), d) ==
              std::vector<std::string>{"ascreport report: D/none/template.toml: no such file; --template takes a folder "
                                       "holding template.toml"});
    }
    SECTION("none in the places searched") {
        req.template_dir.clear();
        req.template_search = {d.path() / "a", d.path() / "b"};
        const ReportOutcome none = run_report(req);
        CHECK(none.status == ReportStatus::Usage);
        CHECK(lines(none, d) == std::vector<std::string>{
                                    "ascreport report: no report template was found (a folder holding template.toml); "
                                    "looked in D/a and D/b; give --template DIR, the folder of the report's template "
                                    "(report-templates/annual-report in the source tree)"});
        req.template_search = {d.path() / "a", kShipped};
        CHECK(run_report(req).status == ReportStatus::Ok);
    }
}

TEST_CASE("run_report: a narrative file that is a folder is a template problem when the template prints it") {
    test::TempDir d;
    fs::copy(kSamples, d.path() / "data", fs::copy_options::recursive);
    const fs::path folder = d.path() / "data/narrative/key-learning.md";
    fs::remove(folder);
    fs::create_directory(folder);
    ReportRequest req = request(d.path() / "data");
    req.editions.clear();
    const ReportOutcome r = run_report(req);
    CHECK(r.status == ReportStatus::Usage);
    CHECK(lines(r, d) == std::vector<std::string>{"D/data/narrative/key-learning.md: is a folder, not a file",
                                                  "ascreport report: the template has errors; no report was written"});
}

TEST_CASE("run_report: a missing font stops it before the data is read") {
    test::TempDir d;
    ReportRequest req = request(d.path() / "no-such-data");
    req.font_dir = d.path() / "fonts";
    const ReportOutcome r = run_report(req);
    CHECK(r.status == ReportStatus::Failure);
    CHECK(lines(r, d) ==
          std::vector<std::string>{
              "ascreport report: font file D/fonts/LiberationSans-Regular.ttf: no such file; the report is set in "
              "Liberation Sans: install the Debian package fonts-liberation2 (apt-get install fonts-liberation2), or "
              "give --font-dir DIR, a folder holding LiberationSans-Regular.ttf, LiberationSans-Bold.ttf and "
              "LiberationSans-Italic.ttf; no report was written"});

    // Without the PDF edition no font is needed: the run stops at the Document.
    req.data_dir = kSamples;
    req.editions.clear();
    const ReportOutcome document_only = run_report(req);
    CHECK(document_only.status == ReportStatus::Ok);
    CHECK(document_only.messages.empty());
    CHECK(document_only.document);
    CHECK(document_only.pdf.empty());

    // Nor for the HTML edition alone.
    req.editions = {Edition::Html};
    const ReportOutcome html_only = run_report(req);
    CHECK(html_only.status == ReportStatus::Ok);
    CHECK(html_only.pdf.empty());
    REQUIRE(html_only.document);
    CHECK(html_only.html == render_html(*html_only.document).html);
}

TEST_CASE("run_report: both editions from one run, rendered from its one Document") {
    ReportRequest req = request(kSamples);
    req.editions = {Edition::Pdf, Edition::Html};
    const ReportOutcome r = run_report(req);
    REQUIRE(r.status == ReportStatus::Ok);
    CHECK(r.messages.empty());
    REQUIRE(r.document);
    CHECK(r.pdf == render_pdf(*r.document).bytes);
    CHECK(r.html == render_html(*r.document).html);
    CHECK(r.html.find("<h1>Complaints and Representations Annual Report") != std::string::npos);
    CHECK(run_report(req).html == r.html);
}

TEST_CASE("run_report: errors in the data and in the settings") {
    test::TempDir d;
    write_complaints(d);
    d.write("complaints.csv", test::slurp(d.path() / "complaints.csv") + "C1,not a date,,Statutory,,Email,Finance,\n");
    ReportRequest req = request(d.path());
    req.editions.clear();
    const ReportOutcome r = run_report(req);
    CHECK(r.status == ReportStatus::DataErrors);
    REQUIRE(r.messages.size() == 2);
    CHECK(r.messages[0].kind == ReportMessage::Kind::Diagnostic);
    CHECK(r.messages[0].diagnostic.line == 12);
    CHECK(r.messages[1].kind == ReportMessage::Kind::Plain);
    CHECK(r.messages[1].line("ascreport report") ==
          "1 error in " + d.str() + "; fix it and run again (docs/input-format.md describes each file)");

    d.write("report.toml", "[council]\ncolour = \"blue\"\n");
    const ReportOutcome settings = run_report(req);
    CHECK(settings.status == ReportStatus::Usage);
    REQUIRE(settings.messages.size() == 1);
    CHECK(settings.messages[0].diagnostic.file == d.str() + "/report.toml");
}

TEST_CASE("run_report: the loader's warnings, then the calendar's, in the order printed") {
    test::TempDir d;
    d.write("complaints.csv", "reference,received,responded,route,outcome,method,service_area\n"
                              "A1,2031-05-01,2031-05-20,Statutory,Upheld,Email,Finance\n");
    ReportRequest req = request(d.path());
    req.year = FinancialYear{2031};
    req.editions.clear();
    const ReportOutcome r = run_report(req);
    CHECK(r.status == ReportStatus::Ok);
    CHECK(lines(r, d) == std::vector<std::string>{
                             "D/complaints.csv:2: warning: 1 complaint falls outside 2015-01-01 to 2030-12-31, the years "
                             "the bank holiday list covers; their working days skip only weekends, Good Friday, Christmas "
                             "Day and Boxing Day (add holidays under [calendar] in report.toml)",
                             "warning: the bank holiday list covers 2015-01-01 to 2030-12-31; outside it only weekends, "
                             "Good Friday, Christmas Day and Boxing Day are skipped, so timescales for 2030/31 and 2031/32 may count a bank holiday as a working "
                             "day (add the days under [calendar] extra_bank_holidays in report.toml)"});
    CHECK(r.messages[1].kind == ReportMessage::Kind::Warning);
}

TEST_CASE("run_report: CSV text is printed in the form the scan reads, names redacted in any case and script") {
    test::TempDir d;
    write_complaints(d);
    d.write("report.toml", "[privacy]\nredact = [\"Zo\xC3\xAB Smith\"]\n");
    // A zero-width space and a soft hyphen inside the address, an entity, a no-break space in the
    // phone number, and the name in accented capitals before a curly apostrophe.
    d.write("compliments.csv", "received,service_area,text,publish\n"
                               "2023-05-01,,\"Thanks to ZO\xC3\x8B SMITH\xE2\x80\x99s team; write to pat\xE2\x80\x8B@exam\xC2\xADple.com, "
                               "jo&#64;example.org or ring 07700\xC2\xA0" "900123.\",Yes\n");
    ReportRequest req = request(d.path());
    const ReportOutcome refused = run_report(req);
    CHECK(refused.status == ReportStatus::DataErrors);
    CHECK(lines(refused, d) == std::vector<std::string>{
                                   "ascreport report: 1 name on the [privacy] redact list of D/report.toml was replaced by (Name)",
                                   "D/compliments.csv:2: column text: looks like an email address (\"pat@example.com\")" + kFix,
                                   "D/compliments.csv:2: column text: looks like an email address (\"jo@example.org\")" + kFix,
                                   "D/compliments.csv:2: column text: looks like a UK phone number (\"07700 900123\")" + kFix,
                                   "ascreport report: 3 pieces of text that the report would publish look like personal "
                                   "details; no report was written"});

    req.allow_personal_data = true;
    const ReportOutcome r = run_report(req);
    REQUIRE(r.status == ReportStatus::Ok);
    REQUIRE(r.document);
    const std::string printed =
        "Thanks to (Name)\xE2\x80\x99s team; write to pat@example.com, jo@example.org or ring 07700 900123.";
    CHECK(document_text(*r.document).find(printed) != std::string::npos);
    // The PDF prints those very characters: nothing was left for it to drop.
    d.write("r.pdf", std::string(r.pdf.begin(), r.pdf.end()));
    const std::string pdf = test::pdf_text(d.path() / "r.pdf", false);
    CHECK(pdf.find("pat@example.com") != std::string::npos);
    CHECK(pdf.find("ZO\xC3\x8B") == std::string::npos);
    CHECK(pdf.find("SMITH") == std::string::npos);
}
