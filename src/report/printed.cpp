// The [[required]] items of template.toml checked against what a report printed (printed.hpp).
#include "printed.hpp"

#include <algorithm>

namespace ascreport::report {
namespace {

// "a", "a or b", "a, b or c".
std::string any_of(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) out += (i == 0 ? "" : i + 1 == items.size() ? " or " : ", ") + items[i];
    return out;
}

// "a", "a and b", "a, b and c".
std::string all_of(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) out += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
    return out;
}

// Whether `figures` holds `name`: the figure itself, or for a row or total of a table
// (TABLE[ROW], TABLE.total) the table printed whole.
bool holds(const std::set<std::string>& figures, const std::string& name) {
    const std::string key = figure_key(name);
    if (figures.contains(key)) return true;
    std::string table;
    if (const auto open = key.find('['); open != std::string::npos) table = key.substr(0, open);
    else if (key.ends_with(".total")) table = key.substr(0, key.size() - 6);
    return !table.empty() && figures.contains(table + ".*");
}

std::string required_prefix(const RequiredItem& r) {
    return "[[required]] \"" + r.item + "\"" + (r.rule.empty() ? std::string() : " (" + r.rule + ")") + ": ";
}

}  // namespace

std::string figure_key(std::string_view name) {
    std::string key;
    for (const char c : name)
        if (c != ' ' && c != '\t') key += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return key;
}

void Printed::figure(std::string_view name, bool printed) {
    reachable.insert(figure_key(name));
    if (printed) figures.insert(figure_key(name));
}

void Printed::table(std::string_view name, bool printed) {
    figure(name, printed);
    figure(std::string(name) + ".*", printed);
}

void Printed::key_facts(bool lgsco, bool printed) {
    figure("statutory", printed);  // the statutory complaints' tile
    figure("lgsco.new", printed && lgsco);  // the Ombudsman's tile, when lgsco.csv is given
}

namespace {

// "" when `figure` names a number or a table, else why not.
std::string figure_problem(const FigureNames& names, const std::string& figure) {
    if (names.table(figure)) return "";
    std::string error;
    const auto resolved = names.resolve(figure, error);
    if (resolved && resolved->number) return "";
    return resolved ? "\"" + figure + "\" is text, not a figure with a count" : error;
}

}  // namespace

void check_required_names(const ReportTemplate& spec, const FigureNames& names, const std::string& toml_file,
                          Diagnostics& diags) {
    for (const RequiredItem& r : spec.required)
        for (const std::string& figure : r.figures)
            if (const std::string problem = figure_problem(names, figure); !problem.empty())
                diags.error(toml_file, r.line, "", required_prefix(r) + "figures: " + problem);
}

void check_required_reachable(const ReportTemplate& spec, const Printed& printed, const FigureNames& names,
                              const std::string& toml_file, Diagnostics& diags) {
    for (const RequiredItem& r : spec.required) {
        if (std::any_of(r.figures.begin(), r.figures.end(),
                        [&](const std::string& f) { return !figure_problem(names, f).empty(); }))
            continue;
        bool can = false;
        for (const std::string& section : r.sections) {
            const bool listed = std::any_of(spec.sections.begin(), spec.sections.end(),
                                            [&](const TemplateSection& s) { return s.name == section; });
            if (!listed)
                diags.error(toml_file, r.line, "",
                            required_prefix(r) + "the section \"" + section +
                                "\" is not in sections; add it to sections, or correct the name");
            can = can || listed;
        }
        for (const std::string& text : r.texts) {
            const bool included = printed.texts_included.contains(text);
            if (!included)
                diags.error(toml_file, r.line, "",
                            required_prefix(r) + "no file of the template includes {{text " + text +
                                "}}; include it in a section, or correct the name");
            can = can || included;
        }
        const bool figure = std::any_of(r.figures.begin(), r.figures.end(),
                                        [&](const std::string& f) { return holds(printed.reachable, f); });
        if (!r.figures.empty() && !figure && !can)
            diags.error(toml_file, r.line, "",
                        required_prefix(r) + "the template never prints " + any_of(r.figures) +
                            "; print " + (r.figures.size() == 1 ? "it" : "one of them") +
                            " in a section: {{NAME}}, {{plural NAME ...}}, {{money NAME}}, or {{table}} or {{chart}} "
                            "of its table");
    }
}

std::vector<std::string> unstated_required(const ReportTemplate& spec, const Printed& printed,
                                           const std::string& toml_file, const std::string& narrative_dir) {
    std::vector<std::string> lines;
    for (const RequiredItem& r : spec.required) {
        if (std::any_of(r.figures.begin(), r.figures.end(), [&](const auto& f) { return holds(printed.figures, f); }) ||
            std::any_of(r.sections.begin(), r.sections.end(), [&](const auto& s) { return printed.sections_printed.contains(s); }) ||
            std::any_of(r.texts.begin(), r.texts.end(), [&](const auto& t) { return printed.texts_written.contains(t); }))
            continue;
        std::vector<std::string> why;
        if (!r.figures.empty())
            why.push_back((r.figures.size() == 1 ? "the report does not print " + r.figures[0]
                                                 : "the report prints none of " + any_of(r.figures)) +
                          " (give the data file that prints it, or print it in the template)");
        for (const std::string& s : r.sections) why.push_back("the section " + s + " printed nothing");
        std::vector<std::string> to_write, to_add, not_printed;
        for (const std::string& t : r.texts)
            (printed.texts_to_be_added.contains(t) ? to_add
             : printed.texts_printed.contains(t)   ? to_write
                                                   : not_printed)
                .push_back("{{text " + t + "}}");
        const auto placeholder = [&](const std::vector<std::string>& texts, std::string_view which) {
            if (!texts.empty())
                why.push_back(all_of(texts) + (texts.size() == 1 ? " prints" : " print") + " the template's \"[" +
                              std::string(which) + ": ...]\" (write it in " + narrative_dir + "/)");
        };
        placeholder(to_write, "To be written");
        placeholder(to_add, "To be added");
        if (!not_printed.empty()) why.push_back(all_of(not_printed) + (not_printed.size() == 1 ? " was" : " were") + " not printed");
        std::string line = toml_file + ":" + std::to_string(r.line) + ": " + required_prefix(r) + "not stated: ";
        for (std::size_t i = 0; i < why.size(); ++i) line += (i == 0 ? "" : "; ") + why[i];
        lines.push_back(std::move(line));
    }
    return lines;
}

}  // namespace ascreport::report
