// The sample report (data-samples/, the shipped template, 2023/24) as a reader gets it, checked
// in the Document that both editions render and in the HTML edition read back from its markup:
// every heading in order, every figure of every table and chart in its table, row and column,
// the key facts, and the sentences that say which way a figure moved. The PDF's own checks
// (qpdf, the contents page's page numbers, one pdftotext smoke test) are in
// tests/cli/report_cli_test.cpp; the figures themselves in tests/compute/reference_figures_test.cpp.
#include <catch2/catch.hpp>

#include <regex>
#include <sstream>
#include <variant>

#include "ascreport/report_job.hpp"
#include "html_checks.hpp"
#include "test_support.hpp"

using namespace ascreport;
namespace fs = std::filesystem;

namespace {

using Grid = std::vector<std::vector<std::string>>;  // a header row, then the rows (a total last)
using Headings = std::vector<std::pair<int, std::string>>;

// Both editions' headings, with the HTML's levels: the cover's title is the one <h1>, the
// Document's level 1 is <h2>, and the contents page has its own heading.
const Headings kSampleHeadings{
    {1, "Complaints and Representations Annual Report 2023/24"},
    {2, "Adult Social Care 2023/24 at a glance"},
    {3, "Comments, compliments and complaints about Adult Social Care"},
    {2, "Contents"},
    {2, "Welcome"},
    {2, "Background"},
    {2, "Summary"},
    {3, "Description of complaint types"},
    {4, "Informal"},
    {4, "Statutory"},
    {4, "Corporate"},
    {2, "Feedback"},
    {3, "Promoting feedback"},
    {3, "Providing feedback"},
    {2, "Complaints"},
    {3, "Complaints and their outcomes, 2023/24 and 2022/23"},
    {3, "How people complained"},
    {3, "Complaints by service area"},
    {2, "Complaints regarding external providers"},
    {2, "Timescales"},
    {2, "Equality"},
    {3, "Gender"},
    {3, "Age"},
    {3, "Ethnicity"},
    {3, "Disability"},
    {2, "Ombudsman"},
    {3, "Cases decided by the Ombudsman in 2023/24"},
    {4, "Case 1"},
    {4, "Case 2"},
    {4, "Case 3"},
    {4, "Case 4"},
    {4, "Case 5"},
    {4, "Case 6"},
    {4, "Case 7"},
    {4, "Case 8"},
    {4, "Case 9"},
    {4, "Case decided in 2022/23, remedy completed in 2023/24"},
    {3, "Cases received in 2023/24 and not decided in it"},
    {4, "Case 1"},
    {4, "Case 2"},
    {4, "Case 3"},
    {3, "Cases escalated to the Ombudsman: regional comparison"},
    {2, "Compliments"},
    {3, "Complaints and compliments by month"},
    {3, "What people told us"},
    {2, "Service improvements and learning points"},
    {3, "Most common areas of feedback"},
    {4, "Communication"},
    {4, "Standard of service"},
    {3, "Learning from compliments"},
    {3, "Responding to and learning from complaints"},
    {4, "Complaint leaflets"},
    {4, "Service Recovery Team"},
    {4, "Internal complaints investigation form"},
    {4, "Complaints training"},
    {3, "Service area improvements and learning"},
    {4, "Adult Commissioning"},
    {4, "Community Social Care (65+) and All Age Disability"},
    {4, "Hospital, Therapy and Intake Teams"},
    {4, "Financial Assessment Team"},
    {4, "Mental Health"},
    {2, "Adult Social Care 2023/24 Complaints and representations key facts and figures"},
    {2, "Further information"},
};

// Every table and every chart (its figures), in reading order: a chart as the figures table
// beside it in the HTML edition, a row per category and a column per series.
const std::vector<Grid> kSampleTables{
    {
        {"Outcome", "2023/24", "%", "2022/23", "%"},
        {"Upheld", "6", "10%", "10", "15%"},
        {"Partly upheld", "23", "39%", "20", "30%"},
        {"Not upheld", "12", "20%", "15", "23%"},
        {"Withdrawn", "18", "31%", "19", "29%"},
        {"Open", "0", "0%", "2", "3%"},
        {"Total", "59", "100%", "66", "100%"},
    },
    {
        {"Method", "2023/24", "%", "2022/23", "%"},
        {"Email", "41", "69%", "42", "64%"},
        {"Contact centre/form", "18", "31%", "22", "33%"},
        {"Letter", "0", "0%", "2", "3%"},
        {"Phone", "0", "0%", "0", "0%"},
        {"In person", "0", "0%", "0", "0%"},
        {"Social media", "0", "0%", "0", "0%"},
        {"Other", "0", "0%", "0", "0%"},
        {"Total", "59", "100%", "66", "100%"},
    },
    {
        {"Service area", "2023/24", "%", "2022/23", "%"},
        {"Adult Commissioning", "3", "5%", "8", "12%"},
        {"Adult Safeguarding", "1", "2%", "3", "5%"},
        {"All Age Disability (Assessment & Case Management)", "13", "22%", "14", "21%"},
        {"ASC Enablement & Therapy Services", "4", "7%", "5", "8%"},
        {"Assessment & Case Management OP", "14", "24%", "20", "30%"},
        {"Community Discharge Team", "1", "2%", "2", "3%"},
        {"Finance", "1", "2%", "3", "5%"},
        {"Hospital Team", "3", "5%", "2", "3%"},
        {"Internal Provider Services", "2", "3%", "0", "0%"},
        {"Mental Health", "7", "12%", "3", "5%"},
        {"Promoting Independence/intake", "7", "12%", "5", "8%"},
        {"Telecare Service", "3", "5%", "1", "2%"},
        {"Total", "59", "100%", "66", "100%"},
    },
    {
        {"Timescale", "2023/24", "%", "2022/23", "%"},
        {"Within 20 working days", "27", "46%", "43", "65%"},
        {"Over 20 working days", "32", "54%", "21", "32%"},
        {"Still open", "0", "0%", "2", "3%"},
        {"Total", "59", "100%", "66", "100%"},
    },
    {
        {"Category", "2023/24"},
        {"Male", "28 (47%)"},
        {"Female", "20 (34%)"},
        {"Other", "0 (0%)"},
        {"N/A", "11 (19%)"},
    },
    {
        {"Category", "2023/24"},
        {"Under 16", "1 (2%)"},
        {"16-24", "2 (3%)"},
        {"25-34", "4 (7%)"},
        {"35-49", "5 (8%)"},
        {"50-64", "17 (29%)"},
        {"65+", "18 (31%)"},
        {"N/A", "12 (20%)"},
    },
    {
        {"Category", "2023/24"},
        {"Any other Asian background", "2 (3%)"},
        {"Any other Black/African/Caribbean background", "1 (2%)"},
        {"Any other ethnic group", "2 (3%)"},
        {"Caribbean", "2 (3%)"},
        {"Indian", "4 (7%)"},
        {"White and Asian", "1 (2%)"},
        {"White and Black Caribbean", "1 (2%)"},
        {"White British", "33 (56%)"},
        {"N/A", "13 (22%)"},
    },
    {
        {"Category", "2023/24"},
        {"Yes", "16 (27%)"},
        {"No", "28 (47%)"},
        {"Prefer not to say", "3 (5%)"},
        {"N/A", "12 (20%)"},
    },
    {
        {"Authority", "2023/24"},
        {"Birmingham City Council", "38"},
        {"City of Wolverhampton Council", "10"},
        {"Coventry City Council", "10"},
        {"Dudley Metropolitan Borough Council", "10"},
        {"Herefordshire Council", "6"},
        {"Sandwell Metropolitan Borough Council", "18"},
        {"Shropshire Council", "17"},
        {"Solihull Metropolitan Borough Council", "7"},
        {"Staffordshire County Council", "46"},
        {"Stoke-on-Trent City Council", "8"},
        {"Telford & Wrekin Council", "5"},
        {"Walsall Metropolitan Borough Council", "9"},
        {"Warwickshire County Council", "19"},
        {"Worcestershire County Council", "20"},
        {"Total", "223"},
    },
    {
        {"Month", "Complaints", "Compliments", "Compliments minus complaints", "Difference as % of complaints"},
        {"April 2023", "5", "16", "+11", "220%"},
        {"May 2023", "4", "10", "+6", "150%"},
        {"June 2023", "1", "14", "+13", "1,300%"},
        {"July 2023", "9", "2", "-7", "-78%"},
        {"August 2023", "5", "15", "+10", "200%"},
        {"September 2023", "5", "8", "+3", "60%"},
        {"October 2023", "4", "22", "+18", "450%"},
        {"November 2023", "5", "22", "+17", "340%"},
        {"December 2023", "2", "17", "+15", "750%"},
        {"January 2024", "8", "11", "+3", "38%"},
        {"February 2024", "6", "20", "+14", "233%"},
        {"March 2024", "5", "16", "+11", "220%"},
        {"Total", "59", "173", "+114", "193%"},
    },
    {
        {"Category", "Statutory complaints", "Compliments"},
        {"Apr", "5", "16"},
        {"May", "4", "10"},
        {"Jun", "1", "14"},
        {"Jul", "9", "2"},
        {"Aug", "5", "15"},
        {"Sep", "5", "8"},
        {"Oct", "4", "22"},
        {"Nov", "5", "22"},
        {"Dec", "2", "17"},
        {"Jan", "8", "11"},
        {"Feb", "6", "20"},
        {"Mar", "5", "16"},
    },
    {
        {"Category", "2023/24", "%", "2022/23", "%"},
        {"Standard of service", "87", "62%", "60", "52%"},
        {"Communication", "43", "30%", "48", "42%"},
        {"Protection", "2", "1%", "2", "2%"},
        {"Environment/property", "1", "1%", "1", "1%"},
        {"Financial issues", "8", "6%", "4", "3%"},
        {"Total", "141", "100%", "115", "100%"},
    },
};

// The key facts, number and caption.
const std::vector<std::pair<std::string, std::string>> kKeyFacts{
    {"3,650", "adults in long-term support on 31 March 2024 (3,595 a year earlier)"},
    {"59", "statutory complaints about Adult Social Care in 2023/24, compared with 66 in 2022/23"},
    {"46%", "resolved within 20 working days (65% in 2022/23, 64% in 2021/22)"},
    {"173", "compliments, 80 fewer than in 2022/23"},
    {"10", "new Ombudsman cases; 2 cases upheld of 9 decided"},
};

// The sentences that say which way a figure moved, each inside one paragraph.
const std::vector<std::string> kDirections{
    "Of the statutory complaints, 49% were upheld in full or in part, compared with 45% in 2022/23.",
    "Overall, the number of complaints received fell: 73 in 2023/24, against 80 in 2022/23. The number of statutory "
    "complaints fell over the same period.",
    "the service received 8 informal complaints in 2023/24 (14 in 2022/23, a reduction) and 6 corporate complaints.",
    "The number of statutory complaints decreased: 59 in 2023/24, against 66 in 2022/23.",
    "The share of complaints resolved within 20 working days fell: 46% in 2023/24, against 65% in 2022/23.",
    "173 compliments were received in 2023/24, compared with 253 in 2022/23.",
    "In 2023/24, the statutory complaints raised 141 concerns, compared with 115 in 2022/23.",
    "43 concerns (30% of all concerns) raised in 2023/24 were about communication, compared with 48 (42%) in "
    "2022/23: the number fell.",
    "87 concerns (62% of all concerns) raised in 2023/24 were about the standard of service, compared with 60 (52%) "
    "in 2022/23: the number rose.",
    "The number of compliments fell in 2023/24: 173, against 253 in 2022/23.",
    "The Council received 7 formal complaints about its Mental Health social care services in 2023/24, compared "
    "with 3 in 2022/23.",
    "The number of people Adult Social Care supports increased: 3,650 on 31 March 2024, against 3,595 a year earlier.",
    "The number of statutory complaints received decreased: 59 in 2023/24, against 66 in 2022/23.",
    "The number of concerns about communication decreased: 43 (30% of all concerns) in 2023/24, against 48 (42%) in "
    "2022/23.",
};

// The words of `s` joined by single spaces.
std::string one_line(const std::string& s) {
    std::istringstream in(s);
    std::string out;
    for (std::string w; in >> w;) out += (out.empty() ? "" : " ") + w;
    return out;
}

// The sample's Document and HTML edition, made once for the file.
struct Sample {
    ReportOutcome outcome;
    Sample() {
        ReportRequest r;
        r.data_dir = fs::path(::test::source_dir()) / "data-samples";
        r.year = FinancialYear{2023};
        r.template_dir = fs::path(::test::source_dir()) / "report-templates/annual-report";
        r.created_unix = 1727740800;
        r.editions = {Edition::Html};
        outcome = run_report(r);
    }
    const Document& doc() const {
        REQUIRE(outcome.status == ReportStatus::Ok);
        REQUIRE(outcome.document);
        return *outcome.document;
    }
    const std::string& html() const {
        REQUIRE(outcome.status == ReportStatus::Ok);
        return outcome.html;
    }
};

const Sample& sample() {
    static const Sample s;
    return s;
}

std::string text_of(const Runs& runs) {
    std::string out;
    for (const Run& r : runs) out += r.text;
    return one_line(out);
}

// ---- The Document --------------------------------------------------------------------------

Headings document_headings(const Document& doc) {
    Headings out{{1, doc.cover.title + " " + doc.cover.year_label}};
    for (const Block& b : doc.blocks) {
        if (const auto* h = std::get_if<Heading>(&b)) out.emplace_back(h->level + 1, h->text);
        if (const auto* c = std::get_if<ContentsPlaceholder>(&b)) out.emplace_back(2, c->title);
    }
    return out;
}

std::vector<Grid> document_tables(const Document& doc) {
    std::vector<Grid> out;
    for (const Block& b : doc.blocks) {
        if (const auto* t = std::get_if<Table>(&b)) {
            Grid g(1);
            for (const TableColumn& c : t->columns) g[0].push_back(c.header);
            for (const auto& row : t->rows) g.push_back(row);
            if (t->total_row) g.push_back(*t->total_row);
            out.push_back(std::move(g));
        } else if (const auto* c = std::get_if<BarChart>(&b)) {
            Grid g{{"Category"}};
            for (const ChartSeries& s : c->series) g[0].push_back(s.name.empty() ? c->value_axis_label : s.name);
            for (std::size_t i = 0; i < c->categories.size(); ++i) {
                g.push_back({c->categories[i]});
                for (const ChartSeries& s : c->series) g.back().push_back(i < s.labels.size() ? s.labels[i] : "(no label)");
            }
            out.push_back(std::move(g));
        }
    }
    return out;
}

std::vector<std::pair<std::string, std::string>> document_key_facts(const Document& doc) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const Block& b : doc.blocks)
        if (const auto* k = std::get_if<KeyFacts>(&b))
            for (const KeyFact& f : k->tiles) out.emplace_back(f.number, f.caption);
    return out;
}

// Each paragraph, list item and quote, its words on one line.
std::vector<std::string> document_paragraphs(const Document& doc) {
    std::vector<std::string> out;
    for (const Block& b : doc.blocks) {
        if (const auto* p = std::get_if<Paragraph>(&b)) out.push_back(text_of(p->runs));
        if (const auto* q = std::get_if<Quote>(&b)) out.push_back(text_of(q->runs));
        if (const auto* l = std::get_if<BulletList>(&b))
            for (const Runs& item : l->items) out.push_back(text_of(item));
    }
    return out;
}

// ---- The HTML edition, read back from its markup ----------------------------------------------

// The text inside an element: its tags dropped (inline ones join their words), entities read.
std::string inner_text(const std::string& markup) {
    return one_line(test::html_unescape(std::regex_replace(markup, std::regex("<[^>]*>"), "")));
}

// Every match of `pattern` in `s`, as its group `group`.
std::vector<std::string> all(const std::string& s, const std::string& pattern, int group = 1) {
    std::vector<std::string> out;
    const std::regex re(pattern);
    for (std::sregex_iterator it(s.begin(), s.end(), re), end; it != end; ++it) out.push_back((*it)[group].str());
    return out;
}

const char* const kAny = "([\\s\\S]*?)";

std::string html_body(const std::string& html) {
    const auto at = html.find("<body");
    REQUIRE(at != std::string::npos);
    return html.substr(at);
}

Headings html_headings(const std::string& html) {
    Headings out;
    const std::string body = html_body(html);
    const std::regex re(std::string("<h([1-6])[^>]*>") + kAny + "</h\\1>");
    for (std::sregex_iterator it(body.begin(), body.end(), re), end; it != end; ++it)
        out.emplace_back(std::stoi((*it)[1].str()), inner_text((*it)[2].str()));
    return out;
}

std::vector<Grid> html_tables(const std::string& html) {
    std::vector<Grid> out;
    for (const std::string& table : all(html_body(html), std::string("<table[^>]*>") + kAny + "</table>")) {
        Grid g;
        for (const std::string& row : all(table, std::string("<tr[^>]*>") + kAny + "</tr>")) {
            g.emplace_back();
            for (const std::string& cell : all(row, std::string("<t[hd][^>]*>") + kAny + "</t[hd]>"))
                g.back().push_back(inner_text(cell));
        }
        out.push_back(std::move(g));
    }
    return out;
}

std::vector<std::pair<std::string, std::string>> html_key_facts(const std::string& html) {
    std::vector<std::pair<std::string, std::string>> out;
    const std::string body = html_body(html);
    const std::regex re(std::string("<span class=\"fact-number\">") + kAny + "</span> <span class=\"fact-caption\">" +
                        kAny + "</span>");
    for (std::sregex_iterator it(body.begin(), body.end(), re), end; it != end; ++it)
        out.emplace_back(inner_text((*it)[1].str()), inner_text((*it)[2].str()));
    return out;
}

std::vector<std::string> html_paragraphs(const std::string& html) {
    std::vector<std::string> out;
    for (const std::string& p : all(html_body(html), std::string("<(p|li|blockquote)(?: [^>]*)?>") + kAny + "</\\1>", 2))
        out.push_back(inner_text(p));
    return out;
}

// Each table is the expected one, cell for cell.
void check_tables(const std::vector<Grid>& tables) {
    REQUIRE(tables.size() == kSampleTables.size());
    for (std::size_t i = 0; i < tables.size(); ++i) {
        INFO("table " << i + 1 << ": " << kSampleTables[i].at(0).at(0));
        CHECK(tables[i] == kSampleTables[i]);
    }
}

// Whether one of `paragraphs` holds `sentence`.
bool said(const std::vector<std::string>& paragraphs, const std::string& sentence) {
    for (const std::string& p : paragraphs)
        if (p.find(sentence) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("sample report: the Document's headings, in order", "[sample]") {
    CHECK(document_headings(sample().doc()) == kSampleHeadings);
}

TEST_CASE("sample report: the HTML edition's headings, in order", "[sample][html]") {
    CHECK(html_headings(sample().html()) == kSampleHeadings);
}

TEST_CASE("sample report: every figure of the Document's tables and charts, in its table, row and column",
          "[sample]") {
    check_tables(document_tables(sample().doc()));
}

TEST_CASE("sample report: every figure of the HTML edition's tables and charts, in its table, row and column",
          "[sample][html]") {
    check_tables(html_tables(sample().html()));
}

TEST_CASE("sample report: the key facts, in the Document and in the HTML edition", "[sample][html]") {
    CHECK(document_key_facts(sample().doc()) == kKeyFacts);
    CHECK(html_key_facts(sample().html()) == kKeyFacts);
}

TEST_CASE("sample report: the sentences that say which way a figure moved, in both", "[sample][html]") {
    const auto in_document = document_paragraphs(sample().doc());
    const auto in_html = html_paragraphs(sample().html());
    for (const std::string& sentence : kDirections) {
        INFO(sentence);
        CHECK(said(in_document, sentence));
        CHECK(said(in_html, sentence));
    }
}

TEST_CASE("sample report: the cover, in the Document and in the HTML edition", "[sample][html]") {
    const Document& doc = sample().doc();
    CHECK(doc.cover.service == "Adult Social Care");
    CHECK(doc.cover.title == "Complaints and Representations Annual Report");
    CHECK(doc.cover.year_label == "2023/24");
    CHECK(doc.cover.council == "Coventry City Council");
    CHECK(doc.cover.published == "September 2024");
    const std::string text = one_line(test::html_text(sample().html()));
    CHECK(text.find("Coventry City Council Published September 2024") != std::string::npos);
}
