// The report stage: template + figures -> document model. The template's words are Markdown
// files (docs/templates.md); this stage puts the figures into them, chooses the words that
// state a direction, and builds the tables and charts the template places. It formats
// numbers for print but computes none: every count comes from Figures.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "ascreport/council.hpp"
#include "ascreport/dataset.hpp"
#include "ascreport/diagnostics.hpp"
#include "ascreport/document.hpp"
#include "ascreport/figures.hpp"
#include "ascreport/privacy.hpp"
#include "ascreport/time_limits.hpp"

namespace ascreport {

struct ReportInputs {
    const Dataset& data;
    const Figures& figures;
    const CouncilProfile& council;
    // report.toml [time_limits]: what `figures` timed each stage against (pass the same), and
    // what the limit names print (REGIME.stage_N.limit, ...: docs/templates.md).
    const TimeLimits& time_limits;
    const PrivacyPolicy& privacy;  // its redact list, for the narrative files
    std::filesystem::path template_dir;  // holds template.toml
    // Names DATA/narrative/NAME.md in messages and gaps. The year's own text itself is
    // Dataset::narratives, Markdown as written: build_report normalises and redacts it
    // (privacy.redact) after Markdown. The CSV text is printed as the Dataset holds it: pass the
    // printable one (ascreport/privacy.hpp). The data's text in the Document carries its Source
    // (DATA/FILE.csv or DATA/narrative/NAME.md, line, column), which the scan reads.
    std::filesystem::path data_dir;
    std::int64_t created_unix = 0;       // the PDF's creation date
    std::string creator;                 // "ascreport 0.1.0"
    // The figures of the financial year to date (year_to_date(figures.period), computed like
    // `figures`), which NAME.year_to_date reads (docs/templates.md); nullptr: `figures`
    // themselves (a financial year is its own year to date).
    const Figures* year_to_date = nullptr;
};

// The period forms a template is written for: template.toml's `periods` ("year", "quarter"),
// ["year"] when it has none. Empty when template.toml cannot be read or `periods` is not a list
// of those words (build_report then says why).
std::vector<std::string> template_periods(const std::filesystem::path& template_dir);

// A report.toml setting the report asked for (printed it, or tested it in a condition or an
// {{or}}) that is not set or is empty.
struct MissingSetting {
    std::string table;  // "council", "contact", "contact.people", "figures" or "ombudsman_letter"
    std::string key;    // "name", "published", "phone", "email", "web", "complaints_web",
                        // "long_term_support", "timescale_percent", the letter's keys
                        // (kLetterKeys, "year"); empty for contact.people
    std::string year;   // [figures] only: the financial year asked for, e.g. "2023/24"

    auto operator<=>(const MissingSetting&) const = default;
};

// What a draft still lacks (docs/templates.md, "What the draft lacks"). Data-derived
// absences (no records before the year) are not gaps: nothing can be written to fill them.
struct DraftGaps {
    // The year's own text still to be written: for each {{text NAME}} that printed the
    // template's text/NAME.md holding "[To be written", the data-folder file that replaces it
    // (DATA/narrative/NAME.md, as messages name files), in the order first printed.
    std::vector<std::string> texts;
    // The same for the defaults holding "[To be added" (the governing body's response).
    std::vector<std::string> texts_to_add;
    // Settings asked for and not set, each once, in the order of describe_gaps.
    std::vector<MissingSetting> settings;
    // The self-assessment against the Code ({{table self_assessment}}) while a row's compliant
    // or evidence is empty: the data folder's file (DATA/code-self-assessment.csv); `starter`
    // the template's starter file when the folder has none and it was printed instead; `rows`
    // each row lacking either, as "line 3 (SECTION)".
    struct SelfAssessment {
        std::string file;
        std::string starter;
        std::vector<std::string> rows;
    };
    std::optional<SelfAssessment> self_assessment;
    // template.toml's [[required]] items the document does not state, each a whole line naming
    // template.toml and the item's line, the item and its rule, and what did not print
    // (docs/templates.md, "Required items").
    std::vector<std::string> required;

    bool empty() const {
        return texts.empty() && texts_to_add.empty() && settings.empty() && !self_assessment && required.empty();
    }
    // `to_add`: the default holds "[To be added" rather than "[To be written".
    void add_text(const std::string& file, bool to_add = false);
    void add_setting(const MissingSetting& setting);
};

// The gaps as short lines for a person, grouped: the text to write, then report.toml's
// [council], [contact] and [figures], then the required items not stated. Empty when nothing
// is missing.
std::vector<std::string> describe_gaps(const DraftGaps& gaps);

struct ReportBuild {
    Document document;
    Diagnostics diagnostics;  // errors name the template file and line; any error: no report
    DraftGaps gaps;           // what the draft still lacks (report --final refuses while any)
    // The [[required]] items the template cannot state for any data (a section not in sections,
    // a text nothing includes, figures it never prints): check-template's errors. The report
    // goes by gaps.required instead.
    Diagnostics unstatable;
    std::size_t redacted = 0;  // names of privacy.redact replaced in the narrative files
};

ReportBuild build_report(const ReportInputs& inputs);

// Where `ascreport report` looks for its template when --template is not given.
struct TemplateSearch {
    std::optional<std::filesystem::path> found;  // the first candidate holding template.toml
    std::vector<std::filesystem::path> searched;  // every candidate, in the order tried
};
TemplateSearch find_template(const std::vector<std::filesystem::path>& candidates);
// "no report template was found; looked in A, B and C; give --template DIR, ..."
std::string template_not_found(const TemplateSearch& search);

}  // namespace ascreport
