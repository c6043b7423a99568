// plan_stages: whether complaints.csv has a row per stage of each complaint ([complaints]
// one_row_per_stage, docs/input-format.md "Regimes and stages"), and then which header is the
// stage and which the stage 3 row's panel; stage_in_spelling: what init reads a stage cell as.
#include <algorithm>

#include "ascreport/starter_settings.hpp"
#include "ascreport/text.hpp"
#include "ascreport/text_table.hpp"
#include "init_names.hpp"
#include "starter_rules.hpp"

namespace ascreport::init {
namespace {

std::string count_of(std::uint64_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

std::string lines_of(const std::vector<std::uint64_t>& lines) {
    std::string s;
    for (std::size_t i = 0; i < lines.size(); ++i)
        s += (i == 0 ? "" : i + 1 == lines.size() ? " and " : ", ") + std::to_string(lines[i]);
    return (lines.size() == 1 ? "line " : "lines ") + s;
}

int number_word(std::string_view word) {
    if (word == "1" || word == "one" || word == "i") return 1;
    if (word == "2" || word == "two" || word == "ii") return 2;
    if (word == "3" || word == "three" || word == "iii") return 3;
    return 0;
}

// The header taken as `column` (a row-per-stage column init does not otherwise propose): out of
// every other column's choice, question and the unused list, and into a choice of its own.
void take_header(FilePlan& f, const std::string& header, const std::string& column) {
    for (auto& c : f.columns) {
        const std::size_t asked = c.candidates.size();
        for (auto* list : {&c.headers, &c.candidates, &c.also}) std::erase(*list, header);
        if (c.headers.empty()) c.own_name = false;
        // "Complaint Stage" and "Complaint Type" could each be the route: now only the other can.
        if (c.candidates.size() == 1 && asked == 2) c.headers = std::move(c.candidates), c.candidates.clear();
    }
    std::erase_if(f.ambiguous, [&](const AmbiguousHeader& a) { return a.header == header; });
    std::erase(f.unused, header);
    ColumnChoice choice;
    choice.column = column;
    choice.headers = {header};
    choice.own_name = ascii_lower(trim(header)) == column;
    choice.listed = false;
    f.columns.push_back(std::move(choice));
}

// The stage 3 row's panel date: a header init reads as stage 3's panel ("Stage 3 Panel"), or one
// of kPanelNames or "panel" itself among the unused; several are a question.
void take_panel(FilePlan& f) {
    std::vector<std::string> found;
    for (const auto& c : f.columns)
        if (c.column == "stage3_panel") found.insert(found.end(), c.headers.begin(), c.headers.end());
    for (const auto& h : f.unused)
        if (names_contain(kPanelNames, name_key(h))) found.push_back(h);
    if (found.size() == 1) {
        take_header(f, found[0], "panel");
        return;
    }
    if (found.empty()) return;
    for (const auto& h : found) take_header(f, h, "panel");
    ColumnChoice asked;
    asked.column = "panel";
    asked.listed = false;
    for (auto it = f.columns.begin(); it != f.columns.end();)
        if (it->column == "panel") asked.candidates.push_back(it->headers[0]), it = f.columns.erase(it);
        else ++it;
    f.columns.push_back(std::move(asked));
}

// A row per stage has no stage 2 or stage 3 columns (a value in one is an error): a header init
// read as one is left out, and said.
void drop_later_stage_columns(FilePlan& f, StarterPlan& plan) {
    for (auto& c : f.columns) {
        if (!c.column.starts_with("stage2_") && !c.column.starts_with("stage3_")) continue;
        for (const auto& h : c.headers)
            plan.stage_todos.push_back(toml_quoted(h) + " looks like " + c.column + ", a column of a row per "
                                       "complaint, which a row per stage does not read: it is left out (each stage's "
                                       "dates and outcome are on its own row)");
        f.unused.insert(f.unused.end(), c.headers.begin(), c.headers.end());
        c.headers.clear();
    }
}

}  // namespace

int stage_in_spelling(std::string_view spelling, bool* as_written) {
    const std::string_view cell = trim(spelling);
    const std::string key = name_key(cell);
    int stage = 0;
    if (cell == "1" || cell == "2" || cell == "3") stage = cell[0] - '0';
    for (int n = 1; n <= 3 && !stage; ++n)
        if (TextTable::key_of(cell) == TextTable::key_of("Stage " + std::to_string(n))) stage = n;
    if (as_written) *as_written = stage != 0;
    if (stage) return stage;
    // "Stage 2 - Investigation", "Stage Two", "stage2": the number after the word.
    if (key.starts_with("stage")) {
        std::string rest = key.substr(5);
        if (rest.starts_with(" ")) rest.erase(0, 1);
        const std::string word = rest.substr(0, rest.find(' '));
        if (const int n = number_word(word)) return n;
    }
    for (const auto& v : kValueNames)
        if (v.column == "stage" && names_contain(v.names, key)) return v.value.back() - '0';
    return 0;
}

void plan_stages(StarterPlan& plan) {
    if (plan.files.empty() || plan.files[0].key != "complaints") return;
    FilePlan& f = plan.files[0];
    const FileInspection& file = *f.file;
    const RepeatedReferences& r = file.repeated;
    if (r.stage_header.empty() || r.by_stage == 0) return;
    // Its values must read as stages (9 rows of 10 at least; the rest are [values.stage] TODOs).
    const ColumnValues* column = find_column(file, r.stage_header);
    if (!column || column->filled == 0) return;
    std::uint64_t stages = column->rows_not_kept;
    for (const auto& v : column->values)
        if (stage_in_spelling(v.value)) stages += v.count;
    if (stages * 10 < column->filled * 9 || column->more_values) return;

    const std::string repeated = count_of(r.references, "reference is", "references are") + " on more than one row (" +
                                 count_of(r.rows, "row", "rows") + ")";
    const std::string example = r.header + " " + r.stage_example + ": " + lines_of(r.stage_example_lines);
    const std::string stage_map = "stage = " + toml_quoted(r.stage_header);
    if (r.by_stage == r.references && r.own_differing == 0) {
        plan.one_row_per_stage = true;
        plan.stage_note = repeated + ", each row a different stage of its complaint in " + toml_quoted(r.stage_header) +
                          " with the complaint's own fields the same (" + example + "): a row per stage";
        take_header(f, r.stage_header, "stage");
        take_panel(f);
        drop_later_stage_columns(f, plan);
        if (column->filled < file.rows)
            plan.stage_todos.push_back(count_of(file.rows - column->filled, "row has", "rows have") + " no stage in " +
                                       toml_quoted(r.stage_header) + ": each row needs one (1, 2 or 3); fill it in "
                                       "the export, which validate names the lines of");
        if (r.concerns_differing > 0 && !plan.concerns.categories.empty())
            plan.stage_todos.push_back(
                "the stage rows of " + count_of(r.concerns_differing, "complaint differ", "complaints differ") +
                " in the concern category columns, and a complaint's concerns are read from its stage 1 row only: if "
                "a later stage's row holds concerns of its own, add them to the stage 1 row in the export");
        return;
    }
    // Some rows differ in their stage, but not every reference's rows are a stage each, or their
    // complaint's own fields differ: which shape it is, is the officer's to say.
    std::string why = repeated + ": the rows of " + std::to_string(r.by_stage) + " of them are each a different " +
                      "stage in " + toml_quoted(r.stage_header) + " (" + example + ")";
    if (r.same_stage > 0)
        why += ", but " + count_of(r.same_stage, "has", "have") + " two rows of one stage or a row with none (" +
               r.header + " " + r.same_stage_example + ", lines " + std::to_string(r.same_stage_first_line) + " and " +
               std::to_string(r.same_stage_line) + ")";
    if (r.own_differing > 0)
        why += std::string(r.same_stage > 0 ? ", and" : ", but") + " the rows of " + std::to_string(r.own_differing) +
               " differ in the complaint's own fields (" + r.header + " " + r.own_example + ", lines " +
               std::to_string(r.own_example_first_line) + " and " + std::to_string(r.own_example_line) + ")";
    why += ". If the export has a row per stage of each complaint, set one_row_per_stage = true, add " + stage_map +
           " under [columns.complaints], and correct those rows, which validate names";
    if (!plan.concerns.categories.empty())
        why += "; if it has a row per complaint and issue, set [concerns] one_row_per_issue = true instead (the two "
               "cannot be combined)";
    plan.stage_note = why;
}

}  // namespace ascreport::init
