// The jobs stage: the annual report from a data folder, in one call. run_report carries out
// the whole pipeline in order:
//
//   template checked, fonts read (when the PDF is asked for) -> report.toml read into its parts
//   -> load (the CSV files and DATA/narrative/*.md into one Dataset, with the calendar) ->
//   printable (the Dataset's CSV text normalised and redacted, once, into a new Dataset) ->
//   compute -> suppress -> build (that text into the Document; the narratives are normalised
//   and redacted after their Markdown, and their printed text handed back) -> the personal-data
//   scan (of the Dataset's text and the narratives as printed) -> the template's errors ->
//   --final's check -> logo read and checked -> render (each
//   edition asked for: the PDF, the HTML edition)
//
// and says what happened as values. It never prints, exits, reads the clock or the environment,
// or writes the report: whatever it needs from outside (paths, the creation time) comes in the
// request, and the caller prints the messages and writes the bytes (ascreport/output.hpp).
// The command line (src/cli/report.cpp) is options in, a request, and the outcome printed.
//
// Every edition renders the same Document, once, from one load and one computation: the two
// cannot differ in a word or a figure. A check of the printed words reads the Document.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ascreport/date.hpp"
#include "ascreport/diagnostics.hpp"
#include "ascreport/document.hpp"
#include "ascreport/job.hpp"
#include "ascreport/report.hpp"

namespace ascreport {

// The report's editions: the PDF (printed and archived) and the HTML edition (the accessible
// one, published on the council's website; ascreport/html.hpp).
enum class Edition : std::uint8_t { Pdf, Html };

struct ReportRequest {
    // The data: the folder of exports, and report.toml.
    std::filesystem::path data_dir;                      // holds complaints.csv
    std::optional<std::filesystem::path> settings_file;  // default DATA_DIR/report.toml
    FinancialYear year;
    // 1 to 4: the report is of that quarter of `year` (--year 2024/25-Q2), with the year to
    // date's figures beside it, and the template's periods must include "quarter"; nullopt: of
    // the year, and they must include "year".
    std::optional<int> quarter = std::nullopt;
    // The day open stages are judged at and escalations counted by (--as-of; the caller's
    // default: the earlier of today and the year's last day); nullopt: the year's last day.
    std::optional<Date> as_of;

    // The template: `template_dir` (holds template.toml), or when it is empty the first of
    // `template_search` that holds one (find_template); none found is a usage problem naming
    // every place searched.
    std::filesystem::path template_dir;
    std::vector<std::filesystem::path> template_search;

    int suppress_below = 0;            // the equality tables hide counts 1 to N-1; 0 shows all
    bool allow_personal_data = false;  // the scan's findings are warnings, and the report is made
    bool final = false;                // the published run: refused while the draft lacks anything

    // The editions to render, each once (a second mention changes nothing). Empty: the run stops
    // at the Document. Only the PDF needs the fonts.
    std::vector<Edition> editions = {Edition::Pdf};
    std::filesystem::path font_dir;  // holds the three Liberation Sans files; empty: fonts-liberation2's
    std::int64_t created_unix = 0;   // the creation date (SOURCE_DATE_EPOCH, or now: the caller's clock)
    std::string creator = std::string("ascreport ") + ASCREPORT_VERSION;
};

// How the run ended (ascreport/job.hpp): Ok (the report was made), DataErrors (errors in the
// data, or personal details in what the report would publish), Usage (report.toml, the data
// folder, the template or the logo), Failure (the PDF could not be made: a font missing or
// damaged), Incomplete (`final`, and the draft still lacks something: ReportOutcome::gaps).
using ReportStatus = JobStatus;
// One line for the user, in the order they are to read them (ascreport/job.hpp).
using ReportMessage = JobMessage;

struct ReportOutcome {
    ReportStatus status = ReportStatus::Ok;
    // Every error, warning and word of the run, in order: what it found in the files, the
    // calendar warning, how many names were redacted, the scan's findings, the template's
    // errors, each edition's warnings (the PDF's: a character its fonts lack, named at the file
    // and line of the data's text holding it; the HTML's: a council colour darkened for contrast),
    // and why it stopped. What the draft lacks is `gaps`, for the caller to list (the draft's
    // summary after writing, or why `final` refused).
    std::vector<ReportMessage> messages;
    std::size_t redacted = 0;  // replacements of [privacy] redact names by "(Name)"
    DraftGaps gaps;            // set once the template built
    // The report as built, once the template built without errors (also when `final` refuses
    // it or the PDF cannot be made): what every edition renders, its printed text redacted.
    std::optional<Document> document;
    // The editions; each empty unless the status is Ok and the request asked for it.
    std::vector<std::uint8_t> pdf;
    std::string html;
    // Every file the run read or could have read (the data folder's exports and narrative files,
    // report.toml, the template folder's files, the logo, the fonts), so that the caller can
    // refuse an output that would replace one of them (same_file_among, ascreport/output.hpp).
    std::vector<std::filesystem::path> inputs;

    bool ok() const { return status == ReportStatus::Ok; }
};

// Never throws for a problem in the inputs (each is a message and a status), never prints.
ReportOutcome run_report(const ReportRequest& request);

}  // namespace ascreport
