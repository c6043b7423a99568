// build_report: template.toml gives the title and the section order; each section's Markdown
// becomes document blocks with the figures in place.
#include "ascreport/report.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "ascreport/files.hpp"

#include "ascreport/report_template.hpp"

#include "markdown.hpp"
#include "names.hpp"
#include "printed.hpp"

namespace ascreport {

// template.toml's `periods` as words ("year", "quarter"); empty when it cannot be read.
std::vector<std::string> template_periods(const std::filesystem::path& template_dir) {
    Diagnostics ignored;
    const std::optional<ReportTemplate> spec = read_report_template(template_dir, ignored);
    if (!spec) return {};
    std::vector<std::string> out;
    for (const TemplatePeriod p : spec->periods) out.emplace_back(period_word(p));
    return out;
}

ReportBuild build_report(const ReportInputs& in) {
    namespace fs = std::filesystem;
    ReportBuild out;
    Diagnostics& diags = out.diagnostics;
    const fs::path toml_path = in.template_dir / "template.toml";
    const std::string toml_display = toml_path.string();
    const std::optional<ReportTemplate> spec = read_report_template(in.template_dir, diags);
    if (!spec) return out;
    const std::string& title = spec->title;

    // template.toml may name the service its report is about ("Children's Social Care"): the
    // cover, the document's title and {{service}} say it instead of report.toml's.
    CouncilProfile s = in.council;
    if (!spec->service.empty()) s.service_name = spec->service;
    Document& doc = out.document;
    const std::string year = in.figures.period.label;
    doc.info.title = s.service_name + " " + title + " " + year;
    doc.info.author = s.council_name;
    doc.info.subject = s.service_name + " complaints, compliments and Ombudsman cases, " + year;
    doc.info.creator = in.creator;
    doc.info.created_unix = in.created_unix;
    doc.theme.colour = s.colour;
    doc.cover.service = s.service_name;
    doc.cover.title = title;
    doc.cover.year_label = year;
    doc.cover.published = s.publication_month;
    // The cover prints both. "the Council" is the default, so it cannot tell a name was set:
    // the cover then names no council.
    const bool named = !s.council_name.empty() && s.council_name != "the Council";
    doc.cover.council = named ? s.council_name : std::string();
    if (!named) out.gaps.add_setting({"council", "name", ""});
    if (s.publication_month.empty()) out.gaps.add_setting({"council", "published", ""});
    if (!s.logo.empty()) {
        const fs::path logo = s.logo;
        doc.cover.logo = (logo.is_absolute() || s.settings_file.empty() ? logo : s.settings_file.parent_path() / logo).string();
    }

    report::FigureNames names(in.data, in.figures, s, in.time_limits, in.year_to_date);
    const Redactor redactor(in.privacy.redact);
    report::MarkdownContext ctx{in.data, in.figures, names, in.template_dir, in.data_dir, diags, &out.gaps};
    if (!redactor.empty()) ctx.redactor = &redactor;
    report::Printed printed;
    ctx.printed = &printed;
    for (const TemplateSection& entry : spec->sections) {
        const std::string* name = &entry.name;
        if (*name == "contents") {
            // The contents page stands on its own pages.
            doc.blocks.push_back(PageBreak{});
            doc.blocks.push_back(ContentsPlaceholder{});
            doc.blocks.push_back(PageBreak{});
            continue;
        }
        // A section is a file of the template folder: no absolute path, no way up out of it.
        const fs::path relative = *name;
        if (relative.is_absolute() || relative.has_root_name() ||
            std::any_of(relative.begin(), relative.end(), [](const fs::path& part) { return part == ".."; })) {
            diags.error(toml_display, entry.line, "",
                        "the section \"" + *name +
                            "\" is not inside the template folder; name a file of the folder, e.g. \"welcome.md\"");
            continue;
        }
        const fs::path file = in.template_dir / relative;
        FileText section = read_confined_text(file, in.template_dir);
        if (section.problem) {
            diags.error(toml_display, entry.line, "",
                        "the section file " + file.string() + ": " + *section.problem);
            continue;
        }
        const std::size_t blocks = doc.blocks.size();
        report::append_markdown_text(section.text, file.string(), ctx, doc.blocks);
        if (doc.blocks.size() > blocks) printed.sections_printed.insert(*name);
    }
    // The [[required]] items: a name that is no figure is the template's error; what this
    // report leaves unstated is a gap; what the template cannot state at all, check-template's.
    report::check_required_names(*spec, names, toml_display, diags);
    const std::string narrative_dir = (in.data_dir / "narrative").string();
    for (std::string& line : report::unstated_required(*spec, printed, toml_display, narrative_dir))
        out.gaps.required.push_back(std::move(line));
    report::check_required_reachable(*spec, printed, names, toml_display, out.unstatable);
    out.redacted = ctx.redacted;
    // Each file's messages in line order (conditions and figures are checked before the
    // Markdown is walked), the files in the order they were first named.
    std::map<std::string, std::size_t> first_named;
    for (const Diagnostic& d : diags.items) first_named.try_emplace(d.file, first_named.size());
    std::stable_sort(diags.items.begin(), diags.items.end(), [&](const Diagnostic& a, const Diagnostic& b) {
        return std::pair(first_named.at(a.file), a.line) < std::pair(first_named.at(b.file), b.line);
    });
    return out;
}

}  // namespace ascreport
