// template.toml into ReportTemplate, and the shipped templates (ascreport/report_template.hpp).
#include "ascreport/report_template.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <array>

#include "ascreport/edit_distance.hpp"
#include "ascreport/files.hpp"

namespace ascreport {
namespace {

namespace fs = std::filesystem;

constexpr std::array<std::string_view, 5> kRequiredKeys{"item", "rule", "figures", "sections", "texts"};

std::uint32_t line_of(const toml::node& node) { return static_cast<std::uint32_t>(node.source().begin.line); }

// A list of names: an array of strings. False (with the error said) when it is something else.
bool read_names(const toml::node& node, std::string_view what, std::string_view example, std::vector<std::string>& out,
                const std::string& file, Diagnostics& diags) {
    const toml::array* array = node.as_array();
    bool names = array != nullptr;
    if (array) {
        for (const auto& entry : *array) {
            const auto name = entry.value<std::string>();
            names = names && name && !name->empty();
            if (names) out.push_back(*name);
        }
    }
    if (!names) {
        diags.error(file, line_of(node), "",
                    std::string(what) + " must be a list of names in double quotes, e.g. " + std::string(example));
        return false;
    }
    return true;
}

std::optional<RequiredItem> read_required(const toml::table& t, std::uint32_t line, const std::string& file,
                                          Diagnostics& diags) {
    RequiredItem r;
    r.line = line;
    const auto item = t["item"].value<std::string>();
    if (!item || item->empty()) {
        diags.error(file, line, "",
                    "[[required]] needs item, what the published document must state, e.g. item = \"the number of "
                    "complaints received\"");
        return std::nullopt;
    }
    r.item = *item;
    const std::string where = "[[required]] \"" + r.item + "\": ";
    bool ok = true;
    for (const auto& [key, node] : t) {
        const std::string_view k = key.str();
        if (std::find(kRequiredKeys.begin(), kRequiredKeys.end(), k) == kRequiredKeys.end()) {
            diags.error(file, line_of(node), "",
                        where + "unknown key \"" + std::string(k) + "\"; the keys are item, rule, figures, sections and texts");
            ok = false;
        } else if (k == "rule") {
            if (auto rule = node.value<std::string>()) r.rule = *rule;
            else diags.error(file, line_of(node), "", where + "rule must be text in double quotes, e.g. rule = \"regulation 18(1)(a)\""), ok = false;
        } else if (k != "item") {
            auto& list = k == "figures" ? r.figures : k == "sections" ? r.sections : r.texts;
            const std::string_view example = k == "figures"    ? "figures = [\"statutory\"]"
                                             : k == "sections" ? "sections = [\"summary.md\"]"
                                                               : "texts = [\"learning-points\"]";
            ok = read_names(node, where + std::string(k), example, list, file, diags) && ok;
        }
    }
    if (ok && r.figures.empty() && r.sections.empty() && r.texts.empty()) {
        diags.error(file, line, "",
                    where + "say what states it: figures = [...] (figures the document prints), sections = [...] "
                            "(section files that print something) or texts = [...] ({{text NAME}} filled in)");
        return std::nullopt;
    }
    if (!ok) return std::nullopt;
    return r;
}

}  // namespace

std::string_view period_word(TemplatePeriod period) { return period == TemplatePeriod::Year ? "year" : "quarter"; }

bool ReportTemplate::supports(TemplatePeriod period) const {
    return std::find(periods.begin(), periods.end(), period) != periods.end();
}

std::optional<ReportTemplate> read_report_template(const fs::path& dir, Diagnostics& diags) {
    const fs::path toml_path = dir / "template.toml";
    const std::string file = toml_path.string();
    // Read once, inside the template folder, like every file of it.
    const FileText text = read_confined_text(toml_path, dir);
    if (text.problem) {
        diags.error(file, 0, "", *text.problem);
        return std::nullopt;
    }
    toml::table root;
    try {
        root = toml::parse(text.text, file);
    } catch (const toml::parse_error& e) {
        diags.error(file, static_cast<std::uint32_t>(e.source().begin.line), "", std::string(e.description()));
        return std::nullopt;
    }
    const std::size_t errors_before = diags.error_count();
    ReportTemplate t;
    t.title = root["title"].value_or(t.title);
    if (const toml::node* d = root.get("description")) {
        const auto description = d->value<std::string>();
        if (!description || description->find('\n') != std::string::npos)
            diags.error(file, line_of(*d), "",
                        "description must be one line of text in double quotes, e.g. description = \"The adult social "
                        "care complaints annual report\"");
        else t.description = *description;
    }
    if (const toml::node* service = root.get("service")) {
        const auto text = service->value<std::string>();
        if (!text || text->empty() || text->find('\n') != std::string::npos)
            diags.error(file, line_of(*service), "",
                        "service must be text naming the service the report is about, e.g. "
                        "service = \"Children's Social Care\"");
        else t.service = *text;
    }
    const toml::array* sections = root["sections"].as_array();
    if (!sections || sections->empty()) {
        diags.error(file, 0, "", "sections must list the section files in print order, e.g. "
                                 "sections = [\"contents\", \"welcome.md\"]");
        return std::nullopt;
    }
    for (const auto& entry : *sections) {
        if (const auto name = entry.value<std::string>()) t.sections.push_back({*name, line_of(entry)});
        else diags.error(file, line_of(entry), "", "each entry of sections must be a file name in double quotes");
    }
    if (const toml::node* p = root.get("periods")) {
        std::vector<std::string> words;
        if (read_names(*p, "periods", "periods = [\"year\", \"quarter\"]", words, file, diags)) {
            t.periods.clear();
            for (const std::string& w : words) {
                const auto period = w == "year" ? std::optional(TemplatePeriod::Year)
                                    : w == "quarter" ? std::optional(TemplatePeriod::Quarter)
                                                     : std::nullopt;
                if (!period)
                    diags.error(file, line_of(*p), "",
                                "periods: \"" + w + "\" is not a period; list \"year\", \"quarter\" or both, e.g. "
                                "periods = [\"year\", \"quarter\"]");
                else if (!t.supports(*period)) t.periods.push_back(*period);
            }
            if (words.empty())
                diags.error(file, line_of(*p), "", "periods is empty; list \"year\", \"quarter\" or both, e.g. periods = [\"year\"]");
        }
    }
    if (const toml::node* r = root.get("required")) {
        const toml::array* items = r->as_array();
        if (!items || !items->is_array_of_tables()) {
            diags.error(file, line_of(*r), "",
                        "required must be [[required]] tables, each with item and figures, sections or texts "
                        "(docs/templates.md, \"Required items\")");
        } else {
            for (const auto& node : *items)
                if (auto item = read_required(*node.as_table(), line_of(node), file, diags)) t.required.push_back(std::move(*item));
        }
    }
    if (diags.error_count() > errors_before) return std::nullopt;
    return t;
}

std::vector<ShippedTemplate> shipped_templates(const std::vector<fs::path>& roots) {
    std::vector<ShippedTemplate> found;
    for (const fs::path& root : roots) {
        std::error_code ec;
        for (fs::directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
            std::error_code type_ec;
            if (!it->is_directory(type_ec) || !fs::is_regular_file(it->path() / "template.toml", type_ec)) continue;
            ShippedTemplate t{it->path().filename().string(), "", it->path()};
            Diagnostics ignored;  // a template that cannot be read is listed by its name; using it says why
            if (auto model = read_report_template(it->path(), ignored)) t.description = model->description;
            found.push_back(std::move(t));
        }
        if (!found.empty()) break;
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    return found;
}

TemplateChoice choose_template(std::string_view word, const std::vector<fs::path>& roots) {
    std::error_code ec;
    if (word.find('/') != std::string_view::npos || fs::is_directory(fs::path(word), ec)) return {fs::path(word), ""};
    const std::vector<ShippedTemplate> shipped = shipped_templates(roots);
    std::string names, nearest;
    std::size_t best = std::string::npos;
    for (const ShippedTemplate& t : shipped) {
        if (t.name == word) return {t.dir, ""};
        names += (names.empty() ? "" : ", ") + t.name;
        if (const std::size_t d = edit_distance(word, t.name); d < best) best = d, nearest = t.name;
    }
    if (shipped.empty()) {
        std::string places;
        for (const fs::path& root : roots) places += (places.empty() ? "" : ", ") + root.string();
        return {{}, "\"" + std::string(word) + "\": no such folder, and no shipped templates were found (looked in " +
                        places + "); give a folder holding template.toml"};
    }
    const bool near = best <= std::max<std::size_t>(2, word.size() / 3);
    return {{}, "\"" + std::string(word) + "\": no such shipped template or folder; the shipped templates are " + names +
                    " (report --list-templates describes them), or give a folder holding template.toml" +
                    (near ? "; did you mean \"" + nearest + "\"?" : std::string())};
}

}  // namespace ascreport
