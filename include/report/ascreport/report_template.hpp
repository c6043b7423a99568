// A report template's template.toml as a model (docs/templates.md, "The folder"): its title,
// one-line description, sections in print order, the periods it can report on, and the items
// the published document must state ([[required]]). And the shipped templates: the folders of
// report-templates/ that `report --template NAME` and `report --list-templates` name.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ascreport/diagnostics.hpp"

namespace ascreport {

// The forms of `report --year` a template supports (template.toml `periods`).
enum class TemplatePeriod : std::uint8_t { Year, Quarter };
std::string_view period_word(TemplatePeriod period);  // "year", "quarter"

// One [[required]] table: a thing the published document must state (regulation 18 for the
// adult report), by what states it: the document states the item when it prints at least one
// of `figures` (its count, not a condition on it), or one of `sections` prints something, or
// one of `texts` is filled in (not the template's "[To be written: ...]" default).
struct RequiredItem {
    std::string item;  // "the number of complaints received"
    std::string rule;  // "regulation 18(1)(a)"; may be empty
    std::vector<std::string> figures;
    std::vector<std::string> sections;
    std::vector<std::string> texts;
    std::uint32_t line = 0;  // of its [[required]] in template.toml
};

struct TemplateSection {
    std::string name;  // a Markdown file of the folder, or "contents"
    std::uint32_t line = 0;
};

struct ReportTemplate {
    std::string title = "Complaints and Representations Annual Report";
    std::string description;  // one line; empty when not given
    // The service the report is about, for its cover, title and {{service}}, instead of
    // report.toml's [council] service ("Children's Social Care"); empty when not given.
    std::string service;
    std::vector<TemplateSection> sections;
    std::vector<TemplatePeriod> periods = {TemplatePeriod::Year};
    std::vector<RequiredItem> required;

    bool supports(TemplatePeriod period) const;
};

// template.toml read from `dir` (a regular file inside it, as every template file is read).
// nullopt with the errors in `diags`, each naming template.toml and its line, when it cannot be
// read or does not hold a usable template: sections missing or empty, a key of the wrong type,
// a period other than "year" or "quarter", a [[required]] without item or without anything to
// check. A bad entry of sections is reported by build_report (which reads each file).
std::optional<ReportTemplate> read_report_template(const std::filesystem::path& dir, Diagnostics& diags);

// A folder of the shipped templates (report-templates/NAME), with its description.
struct ShippedTemplate {
    std::string name;
    std::string description;  // empty when template.toml gives none or cannot be read
    std::filesystem::path dir;
};

// The shipped templates: the sub-folders holding template.toml of the first of `roots` (each a
// report-templates folder, in the order searched) that has any, by name.
std::vector<ShippedTemplate> shipped_templates(const std::vector<std::filesystem::path>& roots);

// What `--template WORD` names: a folder when WORD holds a "/" or is an existing folder, else a
// shipped template's name. `dir` is empty and `error` says why when WORD is neither a folder
// nor a shipped template (naming the shipped templates, with "did you mean" for a near one).
struct TemplateChoice {
    std::filesystem::path dir;
    std::string error;
};
TemplateChoice choose_template(std::string_view word, const std::vector<std::filesystem::path>& roots);

}  // namespace ascreport
