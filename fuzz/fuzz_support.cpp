#include "fuzz_support.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <vector>

#include "ascreport/calendar.hpp"
#include "ascreport/dataset.hpp"
#include "ascreport/figures.hpp"
#include "ascreport/html.hpp"
#include "ascreport/inspect.hpp"
#include "ascreport/links.hpp"
#include "ascreport/load.hpp"
#include "ascreport/load_job.hpp"
#include "ascreport/period.hpp"
#include "ascreport/privacy.hpp"
#include "ascreport/settings.hpp"
#include "load/loaders.hpp"
#include "report/markdown.hpp"
#include "report/names.hpp"

namespace ascreport::fuzz {
namespace {

constexpr std::array<const char*, 5> kFileNames{"complaints.csv", "concerns.csv", "compliments.csv", "lgsco.csv",
                                                "regional.csv"};

// The complaints that fuzzed concerns refer to: two good rows and one with an error, so that
// a concern can name a known, an unknown and a bad complaint.
constexpr std::string_view kComplaints =
    "reference,received,responded,route,outcome,method,service_area\n"
    "C1,2023-04-03,2023-04-20,Statutory,Upheld,Email,Finance\n"
    "C2,2023-05-01,,Informal,,Phone,Mental Health\n"
    "C3,not a date,,Statutory,,Email,Finance\n";

// A report.toml that renames a column of each file and maps spellings, so the fuzzer also
// reaches the renamed-header and mapped-value paths.
constexpr std::string_view kMappingSettings = R"([columns.complaints]
reference = "Case Ref"
service_area = "Team"
[columns.concerns]
category = "Theme"
[columns.compliments]
text = "Comment"
[columns.lgsco]
remedy_amount = "Amount"
[columns.regional]
cases = "Count"
[values.outcome]
"Partially upheld" = "Partly upheld"
[values.method]
"Contact Center/Form" = "Contact centre/form"
[values.service_area]
"Finance Team" = "Finance"
[values.decision]
"Fault found" = "Upheld"
[values.authority]
"Brum" = "Birmingham City Council"
)";

// report.toml for an export shaped the way case systems write them (issue 9): its own age
// bands and date form, a column read from the first non-empty of two headers, not-known values
// mapped to N/A, and concerns read from complaint columns, split at a separator.
constexpr std::string_view kExportSettings = R"([input]
age_bands = ["18-24", "25-44", "45-64", "65+"]
date_format = "DD.MM.YYYY"
[columns.complaints]
reference = "Case Ref"
outcome = ["Stage 2 Outcome", "Outcome"]
service_area = ["Team", "Service Area"]
[concerns]
categories = ["Issue 1", "Issue 2"]
separator = ";"
[values.gender]
"Not Known" = "N/A"
[values.ethnicity]
"Not Known" = ""
[values.age_band]
"18 to 24" = "18-24"
[values.category]
"Comms" = "Communication"
)";

// Formats every diagnostic, as the command line would print it.
void consume(const Diagnostics& diags) {
    for (const auto& d : diags.items) (void)d.format();
}

[[noreturn]] void broken(const std::string& promise, const Diagnostic& d) {
    throw std::logic_error(promise + ": " + d.format());
}

// The lines of `bytes` as an editor counts them: one more than its line breaks.
std::uint32_t lines_in(std::string_view bytes) {
    return static_cast<std::uint32_t>(std::count(bytes.begin(), bytes.end(), '\n') + 1);
}

// What every message about a file read promises: it names that file; its line, when it has
// one, is a line of the file; a problem on several rows lists its further lines in order,
// after the first, and counts at least the lines it lists.
void check_names_file(const Diagnostics& diags, const std::string& file, std::string_view bytes) {
    const std::uint32_t lines = lines_in(bytes);
    for (const Diagnostic& d : diags.items) {
        if (d.file != file) broken("a message names another file than " + file, d);
        if (d.line > lines) broken("a message names a line past the end of the file", d);
        std::uint32_t previous = d.line;
        for (const std::uint32_t l : d.more_lines) {
            if (l <= previous || l > lines) broken("a message lists lines out of order or past the end", d);
            previous = l;
        }
        if (d.rows < 1 + d.more_lines.size()) broken("a message counts fewer rows than it lists", d);
    }
}

[[noreturn]] void setup_failed(const Diagnostics& diags, const char* what) {
    std::fprintf(stderr, "fuzz set-up: %s\n", what);
    for (const auto& d : diags.items) std::fprintf(stderr, "  %s\n", d.format().c_str());
    std::abort();
}

const Settings& fixed_settings(std::string_view text, const char* name) {
    SettingsResult r = ascreport::load_settings_text(text, name);
    if (!r.diagnostics.items.empty()) setup_failed(r.diagnostics, "the fixed settings do not load");
    return *new Settings(std::move(r.settings));  // lives as long as the fuzzer
}

const Settings& mapping_settings() {
    static const Settings& settings = fixed_settings(kMappingSettings, "mapping.toml");
    return settings;
}

const Settings& export_settings() {
    static const Settings& settings = fixed_settings(kExportSettings, "export.toml");
    return settings;
}

struct ComplaintFixture {
    Dataset data;
    load::ComplaintRefs refs;  // views into data: neither moves after construction
    ComplaintFixture() {
        load::FileReport report("complaints.csv", 50);
        refs = load::load_complaints(load::CsvInput::memory(kComplaints), InputMapping{}, data, report);
        if (data.complaints.size() != 2 || refs.size() != 3)
            setup_failed(report.finish(), "the fixed complaints do not load as expected");
    }
};

const load::ComplaintRefs& complaint_refs() {
    static const ComplaintFixture fixture;
    return fixture.refs;
}

// data-samples/ and its figures for 2023/24. FigureNames keeps references to both, so the
// fixture never moves: it lives in a function-local static.
struct TemplateFixture {
    std::filesystem::path data_dir = sample_data_dir();
    std::filesystem::path template_dir = template_fixture_dir();
    LoadedData run;  // its Dataset holds data-samples/narrative/*.md, which {{text}} prints
    const LoadResult& loaded = run.loaded;
    Figures figures;
    std::unique_ptr<report::FigureNames> names;

    TemplateFixture() {
        DataRequest request;
        request.load.data_dir = data_dir;
        run = load_data(request);
        if (loaded.diagnostics.has_errors() || loaded.dataset.complaints.empty())
            setup_failed(loaded.diagnostics, "data-samples/ does not load cleanly");
        figures = compute_figures(loaded.dataset, *run.calendar, make_year(FinancialYear{2023}), run.settings.figures,
                                  run.settings.time_limits);
        names = std::make_unique<report::FigureNames>(loaded.dataset, figures, run.settings.council,
                                                      run.settings.time_limits);
    }
};

const TemplateFixture& template_fixture() {
    static const TemplateFixture fixture;
    return fixture;
}

// [privacy] redact for fuzz_text and fuzz_template: names with accents, an apostrophe, a
// letter whose case folding is longer ("ß" is "ss") and inner spaces.
const Redactor& names_to_redact() {
    static const Redactor redactor({"Jane Doe", "Zo\u00EB Smith", "O'Brien", "Stra\u00DFe", "Ann", "  Li  Wei "});
    return redactor;
}

}  // namespace

void load_csv(std::string_view input) {
    if (input.size() < 2) return;
    const std::size_t which = static_cast<unsigned char>(input[0]) % kFileNames.size();
    const auto flags = static_cast<unsigned char>(input[1]);
    const std::string_view bytes = input.substr(2);

    Dataset data;
    const bool export_shaped = flags & 4;
    InputMapping mapping;
    if (export_shaped) mapping = export_settings().input;
    else if (flags & 2) mapping = mapping_settings().input;
    mapping.encoding = (flags & 1) ? Encoding::Windows1252 : Encoding::Utf8;
    data.age_bands = mapping.age_bands;
    load::FileReport report(kFileNames[which], 50);
    const load::CsvInput in = load::CsvInput::memory(bytes);
    switch (which) {
    case 0: load::load_complaints(in, mapping, data, report, export_shaped); break;
    case 1: load::load_concerns(in, mapping, complaint_refs(), data, report); break;
    case 2: load::load_compliments(in, mapping, data, report); break;
    case 3: load::load_lgsco(in, mapping, data, report); break;
    default: load::load_regional(in, mapping, data, report); break;
    }
    const Diagnostics diags = report.finish();
    consume(diags);
    // A loader's messages name the file and come in the order of its lines; only the count of
    // those the cap held back (line 0) comes last.
    check_names_file(diags, kFileNames[which], bytes);
    for (std::size_t i = 1; i < diags.items.size(); ++i) {
        const Diagnostic& d = diags.items[i];
        const bool held_back_count = i + 1 == diags.items.size() && d.line == 0;
        if (d.line < diags.items[i - 1].line && !held_back_count) broken("messages are not in line order", d);
    }
    // `init` reads the same bytes with the same reader (as UTF-8, then as Windows-1252).
    if (flags & 8) (void)inspect_bytes(kFileNames[which], bytes);
}

void load_settings(std::string_view input) {
    const SettingsResult r = ascreport::load_settings_text(input, "report.toml");
    consume(r.diagnostics);
    check_names_file(r.diagnostics, "report.toml", input);
}

void prepare_template_figures() { (void)template_fixture(); }

void build_template(std::string_view input) {
    const TemplateFixture& f = template_fixture();
    Diagnostics diags;
    report::MarkdownContext ctx{f.loaded.dataset, f.figures, *f.names, f.template_dir, f.data_dir, diags};
    ctx.redactor = &names_to_redact();
    std::vector<Block> blocks;
    report::append_markdown_text(input, "fuzz.md", ctx, blocks, 0, true);
    consume(diags);
    // The template builds, or each error names the line it is on: of fuzz.md, or of a text it
    // includes ({{text NAME}}: fuzz/template/text/NAME.md, whose own {{text}} may go too deep).
    const std::uint32_t lines = lines_in(input);
    const std::string texts = (f.template_dir / "text").string() + "/";
    for (const Diagnostic& d : diags.items) {
        const bool in_template = d.file == "fuzz.md";
        if (!in_template && !d.file.starts_with(texts)) broken("a message names a file the template did not include", d);
        if (d.severity == Severity::Error && (d.line < 1 || (in_template && d.line > lines)))
            broken("an error without a line of its file", d);
    }
    // The blocks as the HTML edition prints them: any template text gives well-formed markup.
    Document doc;
    doc.blocks = std::move(blocks);
    const HtmlResult html = render_html(doc);
    if (html.html.find("<script") != std::string::npos) __builtin_trap();
    consume(check_document(doc, PublishedValues({"01632 960 000", "CV1 5RR"}), false));
}

namespace {

// A link's target as both renderers publish it (check_link): only https:, http: or mailto:,
// with no tab or line break left in it, and the same when checked again.
void check_target(std::string_view target) {
    const LinkCheck c = check_link(target);
    if (c.url.empty() != (c.problem != LinkProblem::None)) throw std::logic_error("check_link: a url and a problem");
    if (c.url.empty()) return;
    const std::string_view url = c.url;
    if (!url.starts_with("https:") && !url.starts_with("http:") && !url.starts_with("mailto:"))
        throw std::logic_error("check_link published another scheme");
    if (url.find_first_of("\t\n\r") != std::string_view::npos) throw std::logic_error("check_link left a tab or line break");
    if (check_link(url).url != url) throw std::logic_error("check_link is not idempotent");
}

}  // namespace

void scan_text(std::string_view input) {
    const std::string once = normalise_text(input);
    if (normalise_text(once) != once) throw std::logic_error("normalise_text is not idempotent");
    const Redactor& names = names_to_redact();
    const std::string printed = names.apply(once);
    // "(Name)" neither starts nor ends a name: what redaction leaves names no one.
    if (!names.find(printed).empty()) throw std::logic_error("a name is left after redaction");
    const PublishedValues council({"01632 960 000", "complaints@example.gov.uk", "CV1 5RR", std::string(input)});
    for (const std::string_view text : {std::string_view(printed), input}) {
        for (const PersonalDataMatch& m : scan_personal_data(text)) {
            if (m.offset > text.size() || text.substr(m.offset, m.text.size()) != m.text)
                throw std::logic_error("a match is not the text at its offset");
            (void)council.contains(m);
        }
    }
    // The addresses in the text as links, the text unchanged; each target, and the input taken
    // as one, checked as the renderers publish them and read for names as redaction reads them.
    std::string joined;
    for (const Run& r : link_addresses({Run::plain(printed)})) {
        joined += r.text;
        if (!r.link.empty()) check_target(r.link);
    }
    if (joined != printed) throw std::logic_error("link_addresses changed the text");
    check_target(input);
    check_target(once);
    (void)names.find(input);
}

}  // namespace ascreport::fuzz
