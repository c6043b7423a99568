// run_report: the report pipeline, from a request to an outcome (ascreport/report_job.hpp).
#include "ascreport/report_job.hpp"

#include <algorithm>

#include "ascreport/calendar.hpp"
#include "ascreport/colour.hpp"
#include "ascreport/html.hpp"
#include "ascreport/load_job.hpp"
#include "ascreport/pdf.hpp"
#include "ascreport/period.hpp"
#include "ascreport/privacy.hpp"
#include "ascreport/report_template.hpp"
#include "ascreport/template_check.hpp"

#include "job_steps.hpp"
#include "missing_characters.hpp"
#include "report_files.hpp"

namespace ascreport {
namespace {

namespace fs = std::filesystem;
using Kind = ReportMessage::Kind;

// report.toml as messages name it.
std::string settings_name(const Settings& s) { return s.source.empty() ? std::string("report.toml") : s.source.string(); }

class Pipeline {
public:
    Pipeline(const ReportRequest& request, ReportOutcome& out) : req_(request), out_(out) {}

    void run() {
        // The template and the fonts before the slow work: a missing file stops the run at once.
        fs::path template_dir = req_.template_dir;
        if (template_dir.empty()) {
            const TemplateSearch search = find_template(req_.template_search);
            if (!search.found) return stop(ReportStatus::Usage, template_not_found(search));
            template_dir = *search.found;
        }
        if (auto problem = jobs::template_problem(template_dir)) return stop(ReportStatus::Usage, *problem);
        const Period period = req_.quarter ? *make_quarter(req_.year, *req_.quarter) : make_year(req_.year);
        if (auto problem = jobs::period_problem(template_dir, period)) return stop(ReportStatus::Usage, *problem);
        Theme fonts = jobs::fonts_from(req_.font_dir);
        out_.inputs = jobs::template_files(template_dir);
        if (wants(Edition::Pdf))
            if (auto problem = jobs::read_fonts(fonts))
                return stop(ReportStatus::Failure, *problem + "; no report was written");

        DataRequest request;
        request.load.data_dir = req_.data_dir;
        request.settings_file = req_.settings_file;
        request.load.narratives = report_text_names(template_dir, req_.data_dir);  // only what it can print
        LoadedData run = load_data(request);
        const LoadResult& loaded = run.loaded;
        const Settings& settings = run.settings;
        out_.inputs.insert(out_.inputs.end(), run.inputs.begin(), run.inputs.end());
        for (const Diagnostic& d : loaded.diagnostics.items)  // notes are validate's to show
            if (d.severity != Severity::Note) diagnostic(d);
        if (loaded.settings_failed) {
            out_.status = ReportStatus::Usage;
            return;
        }
        if (const std::size_t n = loaded.diagnostics.error_count()) {
            say(Kind::Plain, describe_load_errors(n, req_.data_dir.string()));
            out_.status = ReportStatus::DataErrors;
            return;
        }

        // The CSV text as printed, normalised and redacted: the Document prints this one copy
        // of it. Before compute, so the tables' values are too. The narrative files are
        // Markdown: build_report normalises and redacts them after Markdown. The scan reads the
        // Document.
        PrintableData printed = printable(std::move(run.loaded.dataset), settings.privacy);
        const Dataset& data = printed.data;
        out_.redacted = printed.redacted;
        const WorkingDayCalendar& calendar = *run.calendar;
        if (const std::string w = calendar_warning(calendar, period); !w.empty()) say(Kind::Warning, w);
        Figures figures = compute_figures(data, calendar, period, settings.figures, settings.time_limits, req_.as_of);
        suppress_equality_tables(figures, req_.suppress_below);
        // A quarter's year to date: a second computation, over the financial year's first day to
        // the quarter's last (a year is its own, and build_report reads `figures` for it).
        std::optional<Figures> to_date;
        if (period.kind != Period::Kind::FinancialYear) {
            to_date = compute_figures(data, calendar, year_to_date(period), settings.figures, settings.time_limits, req_.as_of);
            suppress_equality_tables(*to_date, req_.suppress_below);
        }

        ReportBuild built =
            build_report({data, figures, settings.council, settings.time_limits, settings.privacy, template_dir, req_.data_dir,
                          req_.created_unix, req_.creator, to_date ? &*to_date : nullptr});
        out_.redacted += built.redacted;
        if (!scan(built.document, settings)) return;
        for (const Diagnostic& d : built.diagnostics.items) diagnostic(d);
        if (built.diagnostics.has_errors())
            return stop(ReportStatus::Usage, "the template has errors; no report was written");
        out_.gaps = std::move(built.gaps);
        Document& doc = out_.document.emplace(std::move(built.document));
        jobs::use_fonts(doc.theme, fonts);
        for (const std::string* font : {&fonts.font_regular, &fonts.font_bold, &fonts.font_italic})
            if (!font->empty()) out_.inputs.emplace_back(*font);
        if (!doc.cover.logo.empty()) out_.inputs.emplace_back(doc.cover.logo);
        if (req_.final && !out_.gaps.empty()) {
            out_.status = ReportStatus::Incomplete;  // the caller lists out_.gaps
            return;
        }
        if (auto problem = jobs::read_logo(doc.cover, settings.council))
            return stop(ReportStatus::Usage, *problem + "; no report was written");

        if (wants(Edition::Pdf)) {
            PdfResult pdf = render_pdf(doc);
            for (const std::string& w : pdf.warnings) say(Kind::Warning, w);
            // A character the fonts lack is named where the data's text holds it, else once.
            const jobs::PlacedCharacters placed = jobs::place_missing_characters(pdf.missing, pdf.sourced_missing);
            for (const Diagnostic& d : placed.located.items) diagnostic(d);
            for (const MissingCharacter& m : placed.elsewhere) say(Kind::Warning, missing_character_warning(m));
            if (!pdf.ok()) return stop(ReportStatus::Failure, pdf.error + "; no report was written");
            out_.pdf = std::move(pdf.bytes);
        }
        if (wants(Edition::Html)) {
            if (auto w = colour_contrast_warning(settings.council.colour, settings_name(settings) + ": council.colour"))
                say(Kind::Warning, *w);
            HtmlResult html = render_html(doc);
            for (const std::string& w : html.warnings) say(Kind::Warning, w);
            out_.html = std::move(html.html);
        }
    }

private:
    bool wants(Edition e) const { return std::find(req_.editions.begin(), req_.editions.end(), e) != req_.editions.end(); }

    // The personal-data scan of the data's text that the Document prints (check_document).
    // False when it stops the run.
    bool scan(const Document& doc, const Settings& settings) {
        if (const std::size_t r = out_.redacted) say(Kind::Said, jobs::redacted_message(r, settings));
        const Diagnostics found = check_document(doc, allowed_values(settings), req_.allow_personal_data);
        for (const Diagnostic& d : found.items) diagnostic(d);
        const std::size_t n = found.error_count();
        if (n == 0) return true;
        stop(ReportStatus::DataErrors, std::to_string(n) + (n == 1 ? " piece" : " pieces") +
                                           " of text that the report would publish look" + (n == 1 ? "s" : "") +
                                           " like personal details; no report was written");
        return false;
    }

    void say(Kind kind, std::string text) { out_.messages.push_back({kind, std::move(text), {}}); }
    void diagnostic(const Diagnostic& d) { out_.messages.push_back({Kind::Diagnostic, {}, d}); }
    void stop(ReportStatus status, std::string why) {
        say(Kind::Said, std::move(why));
        out_.status = status;
    }

    const ReportRequest& req_;
    ReportOutcome& out_;
};

}  // namespace

ReportOutcome run_report(const ReportRequest& request) {
    ReportOutcome out;
    Pipeline(request, out).run();
    return out;
}

}  // namespace ascreport
