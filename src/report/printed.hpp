// What a report printed, and what its template can print at all: the record that template.toml's
// [[required]] items are checked against (docs/templates.md, "Required items"). Filled in while
// the template is expanded (expand_inline, for the figures in the text) and walked (the Markdown
// stage, for the block directives and {{text}}), and by build_report for the sections.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "ascreport/diagnostics.hpp"
#include "ascreport/report.hpp"
#include "ascreport/report_template.hpp"
#include "names.hpp"

namespace ascreport::report {

struct Printed {
    // The figures whose count the document printed: {{NAME}}, {{plural NAME ...}},
    // {{money NAME}}, a {{table}} or {{chart}} (its name, and TABLE.* for each row and the total),
    // the tiles of {{key-facts}}. By figure_key. `reachable` also holds those in a branch not taken.
    std::set<std::string> figures;
    std::set<std::string> reachable;
    std::set<std::string> texts_included;  // every {{text NAME}}, printed or not
    std::set<std::string> texts_printed;   // printed, from wherever
    std::set<std::string> texts_written;   // printed from the data folder, or from a template text
                                           // that is not "[To be written: ...]" or "[To be added: ...]"
    std::set<std::string> texts_to_be_added;  // printed from a template's "[To be added: ...]"
    std::set<std::string> sections_printed;  // section files that printed at least one block

    void figure(std::string_view name, bool printed);
    void table(std::string_view name, bool printed);
    void key_facts(bool lgsco, bool printed);  // the figures its tiles print (blocks.cpp)
};

// A figure name as compared: lower case, without spaces, so that outcome[Partly upheld] and
// outcome[partly upheld] are one.
std::string figure_key(std::string_view name);

// Errors for the report and check-template alike: a figure of a [[required]] item that is not a
// number or table name (with "did you mean").
void check_required_names(const ReportTemplate& spec, const FigureNames& names, const std::string& toml_file,
                          Diagnostics& diags);

// check-template's errors, what the template can state at all, for any data: a section not in
// `sections`, a text no file includes, an item none of whose figures the template prints
// anywhere (in a branch taken or not) and with no section or text to state it.
// A figure check_required_names calls unknown is left out here (said once is enough).
void check_required_reachable(const ReportTemplate& spec, const Printed& printed, const FigureNames& names,
                              const std::string& toml_file, Diagnostics& diags);

// The items this report does not state, as lines for the draft's summary (DraftGaps::required).
std::vector<std::string> unstated_required(const ReportTemplate& spec, const Printed& printed,
                                           const std::string& toml_file, const std::string& narrative_dir);

}  // namespace ascreport::report
