// The report stage with whatever the council has: conditions carried out on the text (inline
// and whole paragraphs, nested, known, any), {{or}}, missing values, no earlier data, numbers,
// small-count wording, {{list}} order, what a draft lacks, and where the template is found.
#include <catch2/catch.hpp>

#include <algorithm>

#include "ascreport/calendar.hpp"
#include "ascreport/load.hpp"
#include "ascreport/period.hpp"
#include "ascreport/report.hpp"
#include "figures_test_data.hpp"
#include "report/expand.hpp"
#include "report_test_support.hpp"
#include "test_support.hpp"

using namespace ascreport;
using ascreport::test::DatasetBuilder;
using ascreport::test::ymd;
using ascreport::test::calendar;

namespace {

const std::string kShipped = std::string(::test::source_dir()) + "/report-templates/annual-report";

// Records with the report.toml they were read with (the defaults for records made here).
struct Data : Dataset {
    Settings settings;
};

const Data& sample_data() {
    static const Data loaded = [] {
        LoadOptions o;
        o.data_dir = std::string(::test::source_dir()) + "/data-samples";
        ::test::Loaded l = ::test::load_with_settings(o);
        return Data{std::move(l.dataset), std::move(l.settings)};
    }();
    return loaded;
}

Figures figures_of(const Data& d) { return compute_figures(d, calendar(), make_year(FinancialYear{2023}), d.settings.figures,
                                                 d.settings.time_limits); }

ReportBuild build_report_for(const Data& d, const Figures& f, const std::filesystem::path& template_dir,
                             const std::filesystem::path& data_dir) {
    return build_report({d, f, d.settings.council, d.settings.time_limits, d.settings.privacy, template_dir, data_dir, 0, "test"});
}

// Complaints only in 2023/24 (no earlier data), no report.toml: the defaults.
// report.toml's defaults, with every year whole ([input] records_start in 2000): the records
// made here are a few a year (docs/settings.md, "Years the data covers").
Settings whole_years() {
    Settings s;
    s.figures = ::ascreport::test::whole_years();
    return s;
}

Data one_year() {
    DatasetBuilder b;
    b.answered(ymd(2023, 5, 2), ymd(2023, 5, 3), Outcome::Upheld);
    b.answered(ymd(2023, 6, 2), ymd(2023, 9, 3), Outcome::NotUpheld);
    return Data{b.d, whole_years()};
}

// A one-section template holding `markdown`, built with `data` and `figures`.
ReportBuild build(const ::test::TempDir& t, const Data& data, const Figures& figures, const std::string& markdown) {
    return ::test::build_section(t, data, figures, markdown, data.settings.council, data.settings.privacy);
}

ReportBuild build(const ::test::TempDir& t, const Data& data, const std::string& markdown) {
    const Figures f = figures_of(data);
    return build(t, data, f, markdown);
}

// Records made here: report.toml's defaults, every year whole.
ReportBuild build(const ::test::TempDir& t, const Dataset& data, const std::string& markdown) {
    return build(t, Data{data, whole_years()}, markdown);
}
Figures figures_of(const Dataset& d) { return figures_of(Data{d, whole_years()}); }

std::string runs_text(const Runs& runs) {
    std::string s;
    for (const auto& r : runs) s += r.text;
    return s;
}

// Every paragraph, heading and list item, one per entry.
std::vector<std::string> texts(const ReportBuild& r) {
    std::vector<std::string> out;
    for (const Block& b : r.document.blocks) {
        if (const auto* p = std::get_if<Paragraph>(&b)) out.push_back(runs_text(p->runs));
        if (const auto* h = std::get_if<Heading>(&b)) out.push_back("# " + h->text);
        if (const auto* l = std::get_if<BulletList>(&b))
            for (const auto& item : l->items) out.push_back("- " + runs_text(item));
    }
    return out;
}

std::vector<std::string> errors(const ReportBuild& r, const ::test::TempDir& t) { return ::test::shown(r.diagnostics, t, "T"); }

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("an inline condition keeps or drops part of a sentence, a heading or a list item") {
    const std::string md =
        "# Cases{{if lgsco}} with the Ombudsman{{end}}\n\n"
        "We had {{statutory}} complaints{{if lgsco}}, and the Ombudsman {{if lgsco.upheld}}upheld "
        "{{lgsco.upheld}}{{else}}upheld none{{end}}{{end}}.\n\n"
        "- one{{if regional}} and regional{{else}} alone{{end}};\n"
        "- {{if concerns}}concerns{{end}} two.\n";
    ::test::TempDir t;
    auto r = build(t, sample_data(), md);
    REQUIRE(errors(r, t).empty());
    CHECK(texts(r) == Lines{"# Cases with the Ombudsman", "We had 59 complaints, and the Ombudsman upheld 2.",
                            "- one and regional;", "- concerns two."});

    Data without = sample_data();
    without.present.lgsco = without.present.regional = without.present.concerns = false;
    auto w = build(t, without, md);
    REQUIRE(errors(w, t).empty());
    CHECK(texts(w) == Lines{"# Cases", "We had 59 complaints.", "- one alone;", "- two."});
}

TEST_CASE("conditions nest, and a branch not taken may hold a figure with no value") {
    const std::string md =
        "{{if lgsco}}\n\nA.\n\n{{if long_term_support}}\n\n{{long_term_support}} people, "
        "{{change long_term_support \"more\" \"fewer\" \"same\"}}.\n\n{{else}}\n\nNo figure.\n\n{{end}}\n\n"
        "{{else}}\n\nNo cases.\n\n{{end}}\n";
    ::test::TempDir t;
    auto with = build(t, sample_data(), md);
    REQUIRE(errors(with, t).empty());
    CHECK(texts(with) == Lines{"A.", "3,650 people, more."});

    Data unset = sample_data();
    unset.settings.figures.long_term_support.clear();
    auto without = build(t, unset, md);
    CHECK(errors(without, t).empty());
    CHECK(texts(without) == Lines{"A.", "No figure."});
    CHECK(without.gaps.settings == std::vector<MissingSetting>{{"figures", "long_term_support", "2023/24"}});
}

TEST_CASE("a typo is an error in a branch not taken too, but a missing value there is not") {
    Data unset = sample_data();
    unset.settings.figures.long_term_support.clear();
    ::test::TempDir t;
    auto r = build(t, unset,
                   "{{if own_age_bands}}{{long_term_support}} and {{statutry}}{{end}}\n\n"
                   "{{if own_age_bands}}\n\n{{table outcom}}\n\n{{plural statutory \"x\"}}\n\n"
                   "{{if lgsco.upheld}}{{percent phone}}{{end}}\n\n{{if nonsense}}x{{end}}\n\n{{end}}\n");
    CHECK(errors(r, t) == Lines{
                              "T/s.md:1: {{statutry}}: unknown figure \"statutry\"; did you mean \"statutory\"?",
                              "T/s.md:5: {{table outcom}}: no such table; tables are route, outcome, method, service_area, "
                              "timescale, gender, age_band, ethnicity, disability, month, provider, category, "
                              "compliments_month, lgsco_decided, regional, complaints_vs_compliments, self_assessment, actions, ombudsman_letter, and the regimes' tables "
                              "(docs/templates.md, \"Regimes and stages\")",
                              "T/s.md:7: {{plural statutory \"x\"}}: \"plural\" takes a figure and 2 words in double quotes",
                              "T/s.md:9: {{percent phone}}: \"phone\" is text, not a number",
                              "T/s.md:11: {{if nonsense}}: unknown figure \"nonsense\"; docs/templates.md lists the figures"});
    CHECK(r.gaps.empty());  // nothing printed asked for a setting
}

TEST_CASE("an unguarded missing value is an error that says how to guard it") {
    Data unset = sample_data();
    unset.settings.figures.long_term_support.clear();
    ::test::TempDir t;
    auto r = build(t, unset, "# A\n\nWe support {{long_term_support}} people.\n");
    CHECK(errors(r, t) == Lines{"T/s.md:3: {{long_term_support}}: \"long_term_support\" has no value: report.toml "
                                "[figures] long_term_support is not set for 2023/24; guard it with "
                                "{{if long_term_support}} ... {{end}}"});

    auto previous = build(t, one_year(),
                          "{{statutory.previous}}\n\n{{change statutory \"up\" \"down\" \"same\"}}\n\n"
                          "{{difference outcome[Upheld]}}\n");
    CHECK(errors(previous, t) ==
          Lines{"T/s.md:1: {{statutory.previous}}: \"statutory.previous\" has no value: there is no earlier data: no "
                "complaints were received on or before 31 March 2023; guard it with {{if known statutory.previous}} "
                "... {{end}}",
                "T/s.md:3: {{change statutory \"up\" \"down\" \"same\"}}: \"statutory\" has no previous-year value to "
                "compare with: there is no earlier data: no complaints were received on or before 31 March 2023; "
                "guard it with {{if known statutory.previous}} ... {{end}}",
                "T/s.md:5: {{difference outcome[Upheld]}}: \"outcome[Upheld]\" has no previous-year value to compare "
                "with: there is no earlier data: no complaints were received on or before 31 March 2023; guard it "
                "with {{if known outcome[Upheld].previous}} ... {{end}}"});
    // A figure that never has a previous year is still a plain error, wherever it is.
    auto never = build(t, sample_data(), "{{if own_age_bands}}{{gender[Male].previous}}{{end}}\n");
    CHECK(errors(never, t) == Lines{"T/s.md:1: {{gender[Male].previous}}: the table gender has no previous year"});
}

TEST_CASE("line numbers after a removed branch are the file's") {
    ::test::TempDir t;
    auto r = build(t, sample_data(),
                   "{{if own_age_bands}}\nremoved\nremoved {{statutory}}\n{{else}}\nkept\n{{end}}\n\n"
                   "Text {{table outcome}} inline.\n\n{{statutry}}\n");
    CHECK(errors(r, t) == Lines{"T/s.md:8: a {{table}}, {{chart}} or other block directive must stand alone in its "
                                "paragraph",
                                "T/s.md:10: {{statutry}}: unknown figure \"statutry\"; did you mean \"statutory\"?"});
    CHECK(texts(r) == Lines{"kept"});
}

TEST_CASE("unclosed, stray and doubled conditions are errors naming the line") {
    ::test::TempDir t;
    auto r = build(t, sample_data(),
                   "{{end}}\n\n{{else}}\n\n{{if lgsco}}a{{else}}b{{else}}c{{end}}\n\n{{if}}x{{end}}\n\n"
                   "{{end now}}\n\n{{if known}}\n\n{{if concerns}} text {{if lgsco}}\n");
    CHECK(errors(r, t) == Lines{"T/s.md:1: {{end}} without {{if}}", "T/s.md:3: {{else}} without {{if}}",
                                "T/s.md:5: a second {{else}} in one {{if}}",
                                "T/s.md:7: {{if}}: write {{if NAME}}, {{if known NAME}} or {{if any NAME NAME ...}}, "
                                "e.g. {{if lgsco}}",
                                "T/s.md:9: {{end}} takes nothing after it",
                                "T/s.md:11: {{if known}}: write {{if NAME}}, {{if known NAME}} or {{if any NAME NAME "
                                "...}}, e.g. {{if lgsco}}",
                                "T/s.md:11: {{if}} is not closed by {{end}}", "T/s.md:13: {{if}} is not closed by {{end}}",
                                "T/s.md:13: {{if}} is not closed by {{end}}"});
}

TEST_CASE("{{if known NAME}} holds for a value of 0, {{if any ...}} when any name holds") {
    ::test::TempDir t;
    const std::string md =
        "{{if lgsco_decided[Advice given]}}A{{else}}not A{{end}}; {{if known lgsco_decided[Advice given]}}known{{end}}; "
        "{{if known statutory.previous}}earlier{{else}}no earlier data{{end}}; "
        "{{if any lgsco_decided[Advice given] lgsco_decided[Upheld]}}any{{end}}; "
        "{{if any lgsco_decided[Advice given] lgsco_decided[Not upheld]}}any{{else}}none{{end}}; "
        "{{if known phone}}phone{{else}}no phone{{end}}.\n";
    auto r = build(t, sample_data(), md);
    REQUIRE(errors(r, t).empty());
    CHECK(texts(r) == Lines{"not A; known; earlier; any; none; phone."});

    Data d = one_year();
    auto none = build(t, d, "{{if known statutory.previous}}earlier{{else}}no earlier data{{end}}; "
                            "{{if statutory.previous}}x{{end}}{{if known phone}}phone{{else}}no phone{{end}}.\n");
    REQUIRE(errors(none, t).empty());
    CHECK(texts(none) == Lines{"no earlier data; no phone."});
    CHECK(none.gaps.settings == std::vector<MissingSetting>{{"council", "name", ""}, {"council", "published", ""},
                                                           {"contact", "phone", ""}});
}

TEST_CASE("{{or}} says only the contact details that are set") {
    const std::string md = "Call us {{or \"by phone on\" phone \"online at\" web \"by e-mail to\" email}}.\n\n"
                           "{{if any phone web email}}Guarded {{or \"by e-mail to\" email}}.{{end}}\n";
    auto with = [&](bool phone, bool web, bool email) {
        Data d = sample_data();
        if (!phone) d.settings.council.phone.clear();
        if (!web) d.settings.council.web.clear();
        if (!email) d.settings.council.email.clear();
        ::test::TempDir t;
        auto r = build(t, d, md);
        REQUIRE(errors(r, t).empty());
        return std::make_pair(texts(r), r.gaps.settings.size());
    };
    CHECK(with(true, true, true).first ==
          Lines{"Call us by phone on 01632 960 000, online at https://www.example.gov.uk/speakup or by e-mail to "
                "complaints@example.gov.uk.",
                "Guarded by e-mail to complaints@example.gov.uk."});
    CHECK(with(true, true, true).second == 0);
    CHECK(with(true, false, true).first ==
          Lines{"Call us by phone on 01632 960 000 or by e-mail to complaints@example.gov.uk.",
                "Guarded by e-mail to complaints@example.gov.uk."});
    CHECK(with(true, false, true).second == 1);
    CHECK(with(false, true, false).first == Lines{"Call us online at https://www.example.gov.uk/speakup.", "Guarded ."});
    CHECK(with(false, false, false).first == Lines{"Call us ."});
    CHECK(with(false, false, false).second == 3);

    ::test::TempDir t;
    auto bad = build(t, sample_data(), "{{or \"x\" statutory}}\n\n{{or \"x\"}}\n\n{{or phone \"x\"}}\n");
    CHECK(errors(bad, t) ==
          Lines{"T/s.md:1: {{or \"x\" statutory}}: \"statutory\" is a number; or takes text figures such as phone, email, web",
                "T/s.md:3: {{or \"x\"}}: write or \"WORDS\" NAME \"WORDS\" NAME ..., e.g. {{or \"by phone on\" phone "
                "\"by e-mail to\" email}}",
                "T/s.md:5: {{or phone \"x\"}}: write or \"WORDS\" NAME \"WORDS\" NAME ..., e.g. {{or \"by phone on\" "
                "phone \"by e-mail to\" email}}"});
}

TEST_CASE("no earlier data: tables read no data, charts draw the year alone, tiles compare nothing") {
    const Data d = one_year();
    ::test::TempDir t;
    auto r = build(t, d, "{{table outcome}}\n\n{{chart outcome}}\n\n{{key-facts}}\n\n{{table gender}}\n");
    REQUIRE(errors(r, t).empty());
    REQUIRE(r.document.blocks.size() == 4);
    const auto& table = std::get<Table>(r.document.blocks[0]);
    REQUIRE(table.columns.size() == 4);
    CHECK(table.columns[3].header == "2022/23");
    CHECK(table.rows[0] == Lines{"Upheld", "1", "50%", "no data"});
    CHECK(*table.total_row == Lines{"Total", "2", "100%", "no data"});
    const auto& chart = std::get<BarChart>(r.document.blocks[1]);
    CHECK(chart.title == "Outcome, 2023/24 (no data for 2022/23)");
    CHECK(chart.series.size() == 1);
    const auto& facts = std::get<KeyFacts>(r.document.blocks[2]);
    REQUIRE_FALSE(facts.tiles.empty());
    CHECK(facts.tiles[0].number == "2");
    CHECK(facts.tiles[0].caption == "statutory complaints about Adult Social Care in 2023/24");
    CHECK(std::get<Table>(r.document.blocks[3]).columns.size() == 3);  // never compared: unchanged

    // With earlier data the same table compares, zeros and all.
    DatasetBuilder b;
    b.d = d;
    b.complaint(ymd(2020, 5, 1));
    auto earlier = build(t, b.d, "{{table outcome}}\n");
    const auto& compared = std::get<Table>(earlier.document.blocks.at(0));
    CHECK(compared.rows[0] == Lines{"Upheld", "1", "50%", "0", "0%"});
}

TEST_CASE("timescale_left_out counts the complaints the timescale table leaves out") {
    DatasetBuilder b;
    b.answered(ymd(2023, 5, 2), ymd(2023, 5, 3), Outcome::Upheld);
    b.complaint(ymd(2023, 6, 2)).outcome = Outcome::Withdrawn;
    b.complaint(ymd(2023, 7, 2)).outcome = Outcome::Withdrawn;
    b.complaint(ymd(2022, 7, 2));
    ::test::TempDir t;
    // The shipped timescales.md, with the figures of this data.
    t.write("text/timescale-notes.md", "Notes.\n");
    // (A copy inside the template folder: a section cannot name a file outside it.)
    t.write("timescales.md", ::test::slurp(kShipped + "/timescales.md"));
    t.write("template.toml", "sections = [\"timescales.md\"]\n");
    const Figures f = figures_of(b.d);
    auto r = build_report_for(Data{b.d, {}}, f, t.path(), t.path() / "data");
    REQUIRE(errors(r, t).empty());
    const Lines got = texts(r);
    CHECK(std::find(got.begin(), got.end(),
                    "In 2023/24, 1 statutory complaint (100%) received a response within 20 working days and 0 (0%) "
                    "took longer; none was still open.") != got.end());
    CHECK(std::find(got.begin(), got.end(),
                    "2 statutory complaints were withdrawn before a response was sent, so they have no timescale: the "
                    "table and the shares above leave them out.") != got.end());
    CHECK(std::find(got.begin(), got.end(),
                    "The share of complaints resolved within 20 working days improved: 100% in 2023/24, against 0% in "
                    "2022/23.") != got.end());
    const auto& table = std::get<Table>(*std::find_if(r.document.blocks.begin(), r.document.blocks.end(),
                                                      [](const Block& x) { return std::holds_alternative<Table>(x); }));
    CHECK(table.rows.size() == 3);
    CHECK(*table.total_row == Lines{"Total", "1", "100%", "1", "100%"});
}

TEST_CASE("{{list}} keeps a fixed vocabulary's order and puts free text largest first") {
    ::test::TempDir t;
    auto r = build(t, sample_data(), "{{list age_band}}\n\n{{list outcome}}\n\n{{list category}}\n");
    REQUIRE(errors(r, t).empty());
    CHECK(texts(r) == Lines{"Under 16: 1 (2%), 16-24: 2 (3%), 25-34: 4 (7%), 35-49: 5 (8%), 50-64: 17 (29%), 65+: 18 "
                            "(31%) and N/A: 12 (20%).",
                            "Upheld: 6 (10%), Partly upheld: 23 (39%), Not upheld: 12 (20%) and Withdrawn: 18 (31%).",
                            "Standard of service 87 (62%), Communication 43 (30%), Financial issues 8 (6%), "
                            "Protection 2 (1%) and Environment/property 1 (1%)."});
}

TEST_CASE("a plural of 0 reads no and the many-form, capitalised at the start of a sentence") {
    ::test::TempDir t;
    auto r = build(t, sample_data(),
                   "{{plural lgsco_decided[Advice given] \"case was\" \"cases were\"}} given. Then "
                   "{{plural lgsco_decided[Advice given] \"case\" \"cases\"}} {{word outcome[Open] \"was\" \"were\"}} "
                   "again; {{plural lgsco_decided[Premature] \"case\" \"cases\"}}, "
                   "{{plural lgsco_decided[Incomplete/invalid] \"case\" \"cases\"}}.\n\n"
                   "**{{plural outcome[Open] \"complaint\" \"complaints\"}}** open.\n");
    REQUIRE(errors(r, t).empty());
    CHECK(texts(r) == Lines{"No cases were given. Then no cases were again; 3 cases, 1 case.", "No complaints open."});
}

TEST_CASE("with --suppress-below no sentence prints *") {
    Figures f = figures_of(sample_data());
    f.table(TableId::Gender).suppress_below = 5;
    f.table(TableId::Gender).rows.at(1).suppressed = Suppressed::Small;      // Female
    f.table(TableId::Gender).rows.at(3).suppressed = Suppressed::Secondary;  // N/A
    f.table(TableId::Ethnicity).suppress_below = 5;
    for (auto& row : f.table(TableId::Ethnicity).rows)
        if (row.groups[0].key == "Indian") row.suppressed = Suppressed::Small;
    ::test::TempDir t;
    auto r = build(t, sample_data(), f,
                   "{{gender[Female]}} ({{percent gender[Female]}}); {{plural gender[N/A] \"complaint\" \"complaints\"}} "
                   "({{percent gender[N/A]}}) {{word gender[N/A] \"was\" \"were\"}} here. {{gender[N/A]}} more; "
                   "{{plural gender[Female] \"complaint\" \"complaints\"}}, {{percent gender[Female] of gender.total}}.\n\n"
                   "{{list gender}}\n\n{{list ethnicity}}\n\n{{table gender}}\n");
    REQUIRE(errors(r, t).empty());
    const Lines got = texts(r);
    REQUIRE(got.size() == 3);
    // Female (Small) and N/A (Secondary) read alike: the words do not tell which is the small one.
    CHECK(got[0] == "A number not shown (share not shown); a number (not shown) of complaints (share not shown) were here. "
                    "A number not shown more; a number (not shown) of complaints, share not shown.");
    CHECK(got[1] == "Male: 28 (47%), Female (not shown) and N/A (not shown).");
    CHECK(got[2].find("Indian (not shown)") != std::string::npos);
    for (const auto& s : got) CHECK(s.find('*') == std::string::npos);
    // Tables keep *.
    const auto& table = std::get<Table>(r.document.blocks.at(3));
    CHECK(table.rows[1] == Lines{"Female", "*", "*"});
}

TEST_CASE("own_age_bands holds when report.toml declares the export's own age bands") {
    Data d = sample_data();
    ::test::TempDir t;
    const std::string md = "{{if own_age_bands}}own{{else}}shipped{{end}}\n";
    CHECK(texts(build(t, d, md)) == Lines{"shipped"});
    d.age_bands = AgeBands({"0-17", "18-64", "65+"});
    CHECK(texts(build(t, d, md)) == Lines{"own"});
}

TEST_CASE("the shipped template on the sample data lacks nothing") {
    const Figures f = figures_of(sample_data());
    auto r = build_report_for(sample_data(), f, kShipped, std::string(::test::source_dir()) + "/data-samples");
    CHECK(r.diagnostics.items.empty());
    CHECK(r.gaps.empty());
    CHECK(describe_gaps(r.gaps).empty());
}

TEST_CASE("a draft from complaints alone lists the text, contact details and figures it lacks") {
    const Data d = one_year();
    const Figures f = figures_of(d);
    ::test::TempDir t;
    auto r = build_report_for(d, f, kShipped, t.path());
    REQUIRE(r.diagnostics.items.empty());
    const std::string narrative = (t.path() / "narrative").string();
    const std::string toml = kShipped + "/template.toml";
    CHECK(r.gaps.texts == Lines{narrative + "/key-learning.md", narrative + "/timescale-notes.md",
                                narrative + "/learning-points.md", narrative + "/service-area-notes.md",
                                narrative + "/closing-notes.md"});
    CHECK(r.gaps.settings == std::vector<MissingSetting>{{"council", "name", ""},
                                                        {"council", "published", ""},
                                                        {"contact", "phone", ""},
                                                        {"contact", "email", ""},
                                                        {"contact", "web", ""},
                                                        {"contact", "complaints_web", ""},
                                                        {"contact.people", "", ""},
                                                        {"figures", "long_term_support", "2023/24"},
                                                        {"figures", "timescale_percent", "2022/23"}});
    CHECK(describe_gaps(r.gaps) ==
          Lines{"the year's own text in " + narrative +
                    "/: key-learning.md, timescale-notes.md, learning-points.md, service-area-notes.md and "
                    "closing-notes.md (the template's \"[To be written: ...]\" is printed in their place)",
                "report.toml [council]: name and published", "report.toml [contact]: phone, email, web and complaints_web",
                "report.toml [[contact.people]]: the officers who handle complaints, for {{contacts}}",
                "report.toml [figures]: long_term_support for 2023/24; timescale_percent for 2022/23",
                toml + ":40: [[required]] \"the number of complaints referred to the Ombudsman\" (regulation 18(1)(c)): "
                       "not stated: the report does not print lgsco.new (give the data file that prints it, or print it "
                       "in the template)",
                toml + ":45: [[required]] \"a summary of the subject matter of complaints\" (regulation 18(1)(d)): not "
                       "stated: the report does not print category (give the data file that prints it, or print it in "
                       "the template)",
                toml + ":50: [[required]] \"a summary of matters of general importance arising from complaints or the "
                       "way they were handled\" (regulation 18(1)(d)): not stated: {{text key-learning}} and {{text "
                       "timescale-notes}} print the template's \"[To be written: ...]\" (write it in " + narrative + "/)",
                toml + ":55: [[required]] \"a summary of the action taken or to be taken to improve services\" "
                       "(regulation 18(1)(d)): not stated: {{text learning-points}} prints the template's \"[To be "
                       "written: ...]\" (write it in " + narrative + "/)"});
    // The cover names no council rather than "the Council".
    CHECK(r.document.cover.council.empty());

    // The year's own text in the data folder fills its gap; a default without "[To be
    // written" is no gap.
    t.write("narrative/key-learning.md", "Our learning.\n");
    t.write("narrative/timescale-notes.md", "Notes.\n");
    t.write("narrative/learning-points.md", "Points.\n");
    t.write("narrative/service-area-notes.md", "Areas.\n");
    Data with_text = d;
    with_text.narratives = load_narratives(t.path());
    auto filled = build_report_for(with_text, f, kShipped, t.path());
    CHECK(filled.gaps.texts == Lines{narrative + "/closing-notes.md"});
    CHECK(describe_gaps(filled.gaps).front() ==
          "the year's own text in " + narrative +
              "/: closing-notes.md (the template's \"[To be written: ...]\" is printed in its place)");
    // Regulation 18(1)(d)'s texts are written now; its figures need lgsco.csv and concerns.csv.
    CHECK(filled.gaps.required.size() == 2);
    ::test::TempDir own;
    own.write("text/notes.md", "Nothing to write here.\n");
    auto plain = build(own, d, f, "{{text notes}}\n");
    CHECK(plain.gaps.texts.empty());
}

TEST_CASE("the template is searched for in each place in turn, and all are named when none has it") {
    ::test::TempDir t;
    t.write("b/template.toml", "sections = []\n");
    std::filesystem::create_directories(t.path() / "a");
    const auto found = find_template({t.path() / "a", t.path() / "b", t.path() / "c"});
    REQUIRE(found.found);
    CHECK(*found.found == t.path() / "b");
    const auto none = find_template({t.path() / "a", t.path() / "c"});
    CHECK_FALSE(none.found);
    CHECK(template_not_found(none) ==
          "no report template was found (a folder holding template.toml); looked in " + t.str() + "/a and " + t.str() +
              "/c; give --template DIR, the folder of the report's template (report-templates/annual-report in the "
              "source tree)");
}

TEST_CASE("median_working_days and mean_working_days print with one decimal, with .previous", "[measures]") {
    DatasetBuilder b;
    b.answered(ymd(2023, 5, 2), ymd(2023, 5, 3), Outcome::Upheld);     // Tue to Wed: 1 working day
    b.answered(ymd(2023, 6, 5), ymd(2023, 6, 9), Outcome::NotUpheld);   // Mon to Fri: 4
    b.answered(ymd(2023, 6, 6), ymd(2023, 6, 6), Outcome::NotUpheld).route = Route::Informal;  // not statutory
    b.answered(ymd(2022, 7, 6), ymd(2022, 7, 8), Outcome::Upheld);     // Wed to Fri 2022: 2
    ::test::TempDir t;
    auto r = build(t, b.d,
                   "Median {{median_working_days}} days ({{median_working_days.previous}} in {{previous_year}}), "
                   "mean {{mean_working_days}}.\n");
    REQUIRE(errors(r, t).empty());
    CHECK(texts(r) == Lines{"Median 2.5 days (2.0 in 2022/23), mean 2.5."});
}
