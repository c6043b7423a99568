// plan_rows: which rows of each export are records ([files.KIND] skip_rows and keep_rows), and
// whether complaints.csv has a row per complaint and issue ([concerns] one_row_per_issue).
#include <algorithm>
#include <map>

#include "ascreport/text_table.hpp"
#include "init_names.hpp"
#include "starter_rules.hpp"

namespace ascreport::init {
namespace {

std::string rows_text(std::uint64_t n) { return std::to_string(n) + (n == 1 ? " row" : " rows"); }

std::string lines_text(const std::vector<std::uint64_t>& lines) {
    std::string s;
    for (std::size_t i = 0; i < lines.size() && i < 5; ++i) s += (i ? ", " : "") + std::to_string(lines[i]);
    if (lines.size() > 5) s += ", ...";
    return (lines.size() == 1 ? "line " : "lines ") + s;
}

// Summary-looking rows with records after them: the loader refuses them, naming the skip_rows
// rule that skips them. Rows whose cell starts with a word ("Subtotal: Older People") get that
// rule; others (a row of numbers) are a TODO.
void plan_summaries(FilePlan& f) {
    std::map<std::pair<std::string, std::string>, std::vector<std::uint64_t>> rules;
    std::vector<std::uint64_t> numbers;
    for (const auto& s : f.file->summary_in_data) {
        const bool word = !s.text.empty() && std::isalpha(static_cast<unsigned char>(s.text[0]));
        if (!word || s.header.empty()) {
            numbers.push_back(s.line);
            continue;
        }
        rules[{s.header, wildcard_escaped(s.text.substr(0, s.text.find_first_of(" :"))) + "*"}].push_back(s.line);
    }
    for (const auto& [rule, lines] : rules)
        f.skip_rows.push_back({rule.first, rule.second,
                               rows_text(lines.size()) + " in the data " +
                                   (lines.size() == 1 ? "looks like a summary line (" : "look like summary lines (") +
                                   lines_text(lines) + "), not " + (lines.size() == 1 ? "a record" : "records")});
    if (!numbers.empty())
        f.row_todos.push_back(rows_text(numbers.size()) + " in the data hold only numbers, like a summary line (" +
                              lines_text(numbers) + "): if they are not records, skip them with a skip_rows rule "
                              "(docs/settings.md, \"Rows\"); if they are, validate reports what is wrong with them");
}

// A column of several directorates or departments, of which the report wants adult social care:
// keep_rows when exactly one of its values says so, a TODO listing them when none or several do.
void plan_keep(FilePlan& f) {
    // Chosen as the file was read (only its rows are counted): the setting.
    const auto& keep = f.file->keep;
    if (!keep.header.empty()) {
        std::string counts;
        for (const auto& v : keep.values) counts += (counts.empty() ? "" : ", ") + ("\"" + v.value + "\" ") + rows_text(v.count);
        f.keep_rows.push_back({keep.header, wildcard_escaped(keep.value),
                               "only the rows of " + keep.value + " are records (" + keep.header + ": " + counts +
                                   "); the other " + rows_text(keep.left_out) + (keep.left_out == 1 ? " is" : " are") +
                                   " skipped, and not counted here"});
        if (auto at = std::find(f.unused.begin(), f.unused.end(), keep.header); at != f.unused.end()) f.unused.erase(at);
        return;
    }
    for (const auto& header : f.unused) {
        const ColumnValues* c = find_column(*f.file, header);
        if (!c || c->values.size() < 2 || c->more_values || c->values.size() > 20) continue;
        const bool named = names_contain(kDirectorateHeaders, name_key(header));
        std::vector<const ValueCount*> adults;
        for (const auto& v : c->values)
            if (says_adults(v.value)) adults.push_back(&v);
        if (!named && adults.empty()) continue;
        std::string counts;
        for (const auto& v : c->values) counts += (counts.empty() ? "" : ", ") + ("\"" + v.value + "\" ") + rows_text(v.count);
        const std::uint64_t empty = f.file->rows - c->filled;
        if (empty) counts += ", empty " + rows_text(empty);
        if (adults.size() == 1) {
            f.keep_rows.push_back({header, wildcard_escaped(adults[0]->value),
                                   "only the rows of " + adults[0]->value + " are records (" + header + ": " + counts +
                                       "); the others are skipped"});
        } else {
            f.keep_rows.push_back({header, "", header + " holds " + counts +
                                                   ": if only some of these are Adult Social Care, write the value "
                                                   "(or a pattern such as \"Adult*\") and keep this line; the other "
                                                   "rows are skipped"});
        }
        f.unused.erase(std::find(f.unused.begin(), f.unused.end(), header));
        return;
    }
}

void plan_one_row_per_issue(StarterPlan& plan) {
    if (plan.files.empty() || plan.files[0].key != "complaints") return;
    const RepeatedReferences& r = plan.files[0].file->repeated;
    // A row per stage, or rows that may be one (plan_stages said which): not a row per issue.
    if (r.references == 0 || plan.concerns.categories.empty() || !plan.stage_note.empty()) return;
    if (r.differing == 0) {
        plan.one_row_per_issue = true;
        plan.one_row_note = std::to_string(r.references) + (r.references == 1 ? " reference is" : " references are") +
                            " on more than one row (" + rows_text(r.rows) + "), each with the same complaint fields: a "
                            "row per complaint and issue";
        return;
    }
    plan.one_row_note = std::to_string(r.references) + (r.references == 1 ? " reference is" : " references are") +
                        " on more than one row (" + rows_text(r.rows) + "), but the rows of " +
                        std::to_string(r.differing) + " of them differ in more than the issue (" + r.header + " " +
                        r.example + ", lines " + std::to_string(r.example_first_line) + " and " +
                        std::to_string(r.example_line) + "): if the export has a row per complaint and issue, set "
                        "one_row_per_issue = true and correct those rows, which validate names";
}

}  // namespace

bool says_adults(std::string_view value) {
    const std::string key = " " + name_key(value) + " ";
    return key.find(" adult ") != std::string::npos || key.find(" adults ") != std::string::npos ||
           key.find(" asc ") != std::string::npos;
}

std::string wildcard_escaped(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '*' || c == '?' || c == '~') out += '~';
        out += c;
    }
    return out;
}

void plan_rows(StarterPlan& plan) {
    for (auto& f : plan.files) {
        plan_summaries(f);
        plan_keep(f);
    }
    plan_one_row_per_issue(plan);
}

}  // namespace ascreport::init
