// check_template: the report built as `ascreport report` builds it, and a few warnings on top.
#include "ascreport/template_check.hpp"

#include <algorithm>
#include <cerrno>
#include <map>
#include <regex>
#include <set>

#include "ascreport/files.hpp"
#include "ascreport/report.hpp"
#include "ascreport/report_template.hpp"
#include "ascreport/text.hpp"
#include "expand.hpp"

namespace ascreport {
namespace {

namespace fs = std::filesystem;

// What the report is told is the data folder when there is none: DATA/narrative/NAME.md is then
// "(no data folder)/narrative/NAME.md", which exists nowhere, so the template's own texts print
// and a message about a missing text names both places the report looks.
constexpr std::string_view kNoDataFolder = "(no data folder)";

// A file's text, as the report would read it: inside its folder, not too large. A file that
// cannot be is checked no further here (build_report says why when the report prints it).
std::string read_text(const fs::path& file, const fs::path& folder) { return read_confined_text(file, folder).text; }

// DATA/narrative, opened inside DATA as load_narratives opens it.
ConfinedFolder narrative_folder(const fs::path& data_dir) { return ConfinedFolder(ConfinedFolder(data_dir), "narrative"); }

// The *.md files of a folder, by name; none when it is not a folder.
std::vector<fs::path> markdown_files(const ConfinedFolder& dir) {
    std::vector<fs::path> files;
    for (const std::string& name : dir.names())
        if (fs::path(name).extension() == ".md") files.push_back(dir.path() / name);
    return files;
}
std::vector<fs::path> markdown_files(const fs::path& dir) {
    std::vector<fs::path> files;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return files;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".md" && it->is_regular_file(ec)) files.push_back(it->path());
    std::sort(files.begin(), files.end());
    return files;
}

// The section files template.toml lists, in print order (build_report has reported what is wrong
// with it, if anything).
std::vector<fs::path> section_files(const fs::path& dir) {
    std::vector<fs::path> files;
    Diagnostics said;  // by build_report already
    if (const auto spec = read_report_template(dir, said))
        for (const TemplateSection& section : spec->sections)
            if (section.name != "contents") files.push_back(dir / section.name);
    return files;
}

// One {{text NAME}} of a template file.
struct TextUse {
    std::string name;
    std::string file;
    std::uint32_t line = 0;
};

// The {{text NAME}} directives of `source`, found as the report finds every {{...}}.
void text_uses(std::string_view source, const std::string& file, std::vector<TextUse>& out) {
    for (std::size_t open = source.find("{{"); open != std::string_view::npos; open = source.find("{{", open + 2)) {
        const std::size_t close = source.find("}}", open + 2);
        if (close == std::string_view::npos) return;
        std::string error;
        const auto tokens = report::tokenize(source.substr(open + 2, close - open - 2), error);
        if (error.empty() && tokens.size() == 2 && !tokens[0].quoted && !tokens[1].quoted && tokens[0].text == "text") {
            const auto line = static_cast<std::uint32_t>(1 + std::count(source.begin(), source.begin() + static_cast<long>(open), '\n'));
            out.push_back({tokens[1].text, file, line});
        }
        open = close;
    }
}

// `text` with each stand-alone `phrase` (in any case, not part of a longer word or number)
// blanked out.
void blank_phrase(std::string& text, std::string_view phrase) {
    auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'; };
    const std::string lower = ascii_lower(text), wanted = ascii_lower(phrase);
    for (std::size_t at = lower.find(wanted); at != std::string::npos; at = lower.find(wanted, at + 1)) {
        const std::size_t end = at + wanted.size();
        if ((at > 0 && word(text[at - 1])) || (end < text.size() && word(text[end]))) continue;
        std::fill(text.begin() + static_cast<long>(at), text.begin() + static_cast<long>(end), ' ');
    }
}

// Numbers and direction words typed in a template's text, line by line: what is left once the
// {{...}}, link addresses and comments are taken out, and the few numbers that are words: the
// time limits of the law and the Code (3, 5, 10, 20, 25, 30, 40 and 65 working days), the names
// of the procedures' stages (stage 1 to 3) and the Code's paragraphs, the years of legislation,
// age-band labels.
void check_prose(std::string_view source, const std::string& file, const std::vector<std::string>& age_bands,
                 Diagnostics& out) {
    static const std::regex kTaken(R"(\{\{.*?\}\}|<https?://[^>]*>|\]\(https?://[^)]*\)|<!--.*?-->)");
    static const std::regex kFixed(R"(\b(3|5|10|20|25|30|40|65)[- ]working[- ]days?\b|\bstages? [1-3]\b|)"
                                   R"(\b(Regulations|Act) [0-9]{4}\b|\bparagraph [0-9]+(\.[0-9]+)?\b)",
                                   std::regex::ECMAScript | std::regex::icase);
    static const std::regex kNumber(R"([^\s]*[0-9][^\s]*)");
    static const std::regex kDirection(R"(\b(increase[sd]?|decrease[sd]?|reduction|reduced|higher|lower|fewer|rose|)"
                                       R"(fell|improvement in|marginal|slight(ly)?|declined?|up by|down by)\b)",
                                       std::regex::ECMAScript | std::regex::icase);
    std::uint32_t number = 0;
    std::size_t start = 0;
    while (start <= source.size()) {
        std::size_t end = source.find('\n', start);
        if (end == std::string_view::npos) end = source.size();
        ++number;
        std::string line = std::regex_replace(std::string(source.substr(start, end - start)), kTaken, " ");
        line = std::regex_replace(line, kFixed, " ");
        for (const std::string& band : age_bands) blank_phrase(line, band);
        for (std::sregex_iterator it(line.begin(), line.end(), kNumber), none; it != none; ++it)
            out.warning(file, number, "",
                        "a number typed in the text: \"" + it->str() +
                            "\"; write the figure ({{NAME}}) so that it comes from the data");
        for (std::sregex_iterator it(line.begin(), line.end(), kDirection), none; it != none; ++it)
            out.warning(file, number, "",
                        "a direction word typed in the text: \"" + it->str() +
                            "\"; let {{change}} or {{compare}} choose it from the figures");
        start = end + 1;
    }
}

}  // namespace

Diagnostics check_template(const TemplateCheckInputs& in) {
    const fs::path data_dir = in.data_dir.value_or(fs::path(kNoDataFolder));
    ReportBuild built = build_report({in.data, in.figures, in.council, in.time_limits, in.privacy, in.template_dir, data_dir, 0,
                                      "ascreport check-template", in.year_to_date});
    Diagnostics out = std::move(built.diagnostics);
    // The [[required]] items the template cannot state, for any data (docs/templates.md).
    out.append(built.unstatable);

    // The files the report can print: its sections, the template's texts and the data folder's.
    const std::vector<fs::path> sections = section_files(in.template_dir);
    const std::vector<fs::path> texts = markdown_files(in.template_dir / "text");
    const std::optional<ConfinedFolder> narrative_dir =
        in.data_dir ? std::optional<ConfinedFolder>(narrative_folder(*in.data_dir)) : std::nullopt;
    const std::vector<fs::path> narratives = narrative_dir ? markdown_files(*narrative_dir) : std::vector<fs::path>();
    // A narrative folder out of the data folder is not read; the report refuses every text it
    // would take from it.
    if (narrative_dir && narrative_dir->error() == EXDEV)
        out.error(narrative_dir->path().string(), 0, "", *narrative_dir->problem());

    std::vector<std::string> age_bands;
    for (std::string_view band : in.data.age_bands.vocab().values) age_bands.emplace_back(band);
    for (std::string_view band : kAgeBandVocab.values) age_bands.emplace_back(band);
    std::vector<TextUse> uses;
    std::error_code ec;
    for (const auto* files : {&sections, &texts, &narratives}) {
        for (const fs::path& file : *files) {
            // A file that cannot be read is checked no further (build_report said why).
            const FileText read = files == &narratives ? narrative_dir->read_text(file.filename())
                                                       : read_confined_text(file, files == &sections ? in.template_dir
                                                                                                     : file.parent_path());
            if (read.problem) continue;
            const std::string& source = read.text;
            check_prose(source, file.string(), age_bands, out);
            if (files != &narratives) text_uses(source, file.string(), uses);
        }
    }

    // {{text NAME}} and the files it reads.
    std::set<std::pair<std::string, std::uint32_t>> errors;
    for (const Diagnostic& d : out.items)
        if (d.severity == Severity::Error) errors.insert({d.file, d.line});
    std::set<std::string> used;
    for (const TextUse& use : uses) {
        used.insert(use.name);
        const fs::path fallback = in.template_dir / "text" / (use.name + ".md");
        if (use.name.find('/') != std::string::npos || fs::exists(fallback, ec) || errors.contains({use.file, use.line}))
            continue;
        out.warning(use.file, use.line, "",
                    "{{text " + use.name + "}}: the template has no default " + fallback.string() +
                        ", so a data folder without narrative/" + use.name + ".md cannot print it");
    }
    for (const auto* files : {&texts, &narratives})
        for (const fs::path& file : *files)
            if (!used.contains(file.stem().string()) &&
                !(files == &narratives && in.other_templates_texts.contains(file.stem().string())))
                out.warning(file.string(), 0, "",
                            "no {{text " + file.stem().string() + "}} in the template includes this file");

    // Each file's messages in line order, the files in the order they were first named.
    std::map<std::string, std::size_t> first_named;
    for (const Diagnostic& d : out.items) first_named.try_emplace(d.file, first_named.size());
    std::stable_sort(out.items.begin(), out.items.end(), [&](const Diagnostic& a, const Diagnostic& b) {
        return std::pair(first_named.at(a.file), a.line) < std::pair(first_named.at(b.file), b.line);
    });
    return out;
}

std::set<std::string> report_text_names(const fs::path& template_dir, const fs::path& data_dir) {
    std::vector<TextUse> uses;
    for (const fs::path& dir : {template_dir, template_dir / "text"})
        for (const fs::path& file : markdown_files(dir)) text_uses(read_text(file, dir), file.string(), uses);
    std::set<std::string> names;
    const ConfinedFolder narratives = narrative_folder(data_dir);
    // Each name's narrative file may name more: read each once (a name is a plain file name).
    for (std::size_t i = 0; i < uses.size(); ++i) {
        const std::string name = uses[i].name;
        if (name.find('/') != std::string::npos || name.find("..") != std::string::npos) continue;
        if (!names.insert(name).second) continue;
        const fs::path own = name + ".md";
        text_uses(narratives.read_text(own).text, (narratives.path() / own).string(), uses);
    }
    return names;
}

}  // namespace ascreport
