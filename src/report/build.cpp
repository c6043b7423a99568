// build_report: template.toml gives the title and the section order; each section's Markdown
// becomes document blocks with the figures in place.
#include "ascreport/report.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "ascreport/files.hpp"

#include "markdown.hpp"
#include "names.hpp"

namespace ascreport {

ReportBuild build_report(const ReportInputs& in) {
    namespace fs = std::filesystem;
    ReportBuild out;
    Diagnostics& diags = out.diagnostics;
    const fs::path toml_path = in.template_dir / "template.toml";
    const std::string toml_display = toml_path.string();

    // Read once, inside the template folder, like every file of it.
    const FileText toml_text = read_confined_text(toml_path, in.template_dir);
    if (toml_text.problem) {
        diags.error(toml_display, 0, "", *toml_text.problem);
        return out;
    }
    toml::table root;
    try {
        root = toml::parse(toml_text.text, toml_display);
    } catch (const toml::parse_error& e) {
        diags.error(toml_display, static_cast<std::uint32_t>(e.source().begin.line), "", std::string(e.description()));
        return out;
    }
    std::string title = root["title"].value_or(std::string("Complaints and Representations Annual Report"));
    const toml::array* sections = root["sections"].as_array();
    if (!sections || sections->empty()) {
        diags.error(toml_display, 0, "", "sections must list the section files in print order, e.g. "
                                         "sections = [\"contents\", \"welcome.md\"]");
        return out;
    }

    const CouncilProfile& s = in.council;
    Document& doc = out.document;
    const std::string year = in.figures.period.label;
    // The service the report is about: template.toml `service` where the template names it (""
    // for none: the Code's report covers every service), else report.toml [council] service.
    const std::string service = root["service"].value_or(s.service_name);
    doc.info.title = (service.empty() ? "" : service + " ") + title + " " + year;
    doc.info.author = s.council_name;
    doc.info.subject = (service.empty() ? std::string("Complaints") : service + " complaints") +
                       ", compliments and Ombudsman cases, " + year;
    doc.info.creator = in.creator;
    doc.info.created_unix = in.created_unix;
    doc.theme.colour = s.colour;
    doc.cover.service = service;
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

    report::FigureNames names(in.data, in.figures, in.council);
    const Redactor redactor(in.privacy.redact);
    report::MarkdownContext ctx{in.data, in.figures, names, in.template_dir, in.data_dir, diags, &out.gaps};
    if (!redactor.empty()) ctx.redactor = &redactor;
    for (const auto& entry : *sections) {
        const auto name = entry.value<std::string>();
        if (!name) {
            diags.error(toml_display, static_cast<std::uint32_t>(entry.source().begin.line), "",
                        "each entry of sections must be a file name in double quotes");
            continue;
        }
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
            diags.error(toml_display, static_cast<std::uint32_t>(entry.source().begin.line), "",
                        "the section \"" + *name +
                            "\" is not inside the template folder; name a file of the folder, e.g. \"welcome.md\"");
            continue;
        }
        const fs::path file = in.template_dir / relative;
        FileText section = read_confined_text(file, in.template_dir);
        if (section.problem) {
            diags.error(toml_display, static_cast<std::uint32_t>(entry.source().begin.line), "",
                        "the section file " + file.string() + ": " + *section.problem);
            continue;
        }
        report::append_markdown_text(section.text, file.string(), ctx, doc.blocks);
    }
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
