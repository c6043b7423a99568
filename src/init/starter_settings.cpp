// starter_settings: writes plan_starter's decisions as report.toml text an officer can read:
// what to do next at the top, then the sections in the order of docs/settings.md, each
// setting with a comment saying what it rests on, and each open question as a commented line
// marked TODO that becomes a setting once completed and uncommented.
#include "ascreport/starter_settings.hpp"

#include <algorithm>
#include <sstream>

#include <toml++/toml.h>

#include "ascreport/text.hpp"
#include "starter_rules.hpp"

namespace ascreport {
namespace {

using init::FilePlan;
using init::StarterPlan;

constexpr std::size_t kCommentColumn = 40;  // where a setting's comment starts, when it fits
constexpr std::size_t kMaxTodoLines = 20;   // unplaced spellings listed per column
constexpr std::size_t kLineWidth = 100;     // comments wrap here

// Text for a comment: valid UTF-8 with no control characters (TOML allows neither there).
// A malformed byte becomes U+FFFD, a control character a space.
std::string comment_safe(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        const char32_t c = next_code_point(s, i);
        if (c < 0x20 || c == 0x7F) out += ' ';
        else append_utf8(out, c);
    }
    return out;
}

std::string or_list(const std::vector<std::string>& items) {
    std::string s;
    for (std::size_t i = 0; i < items.size(); ++i) s += (i ? (i + 1 == items.size() ? " or " : ", ") : "") + items[i];
    return s;
}

std::string rows(std::uint64_t n) { return std::to_string(n) + (n == 1 ? " row" : " rows"); }

std::string join_quoted(const std::vector<std::string>& items, std::string_view joint = ", ") {
    std::string s;
    for (const auto& i : items) s += (s.empty() ? "" : std::string(joint)) + toml_quoted(i);
    return s;
}

class Writer {
public:
    void line(std::string_view text = "") { out_ += comment_safe(text), out_ += '\n'; }
    // A setting (already TOML) with its comment aligned after it, or above it when the line
    // would be long.
    void setting(const std::string& toml, const std::string& comment) {
        const std::size_t at = std::max(toml.size() + 1, kCommentColumn);
        if (!comment.empty() && at + 2 + comment.size() > kLineWidth && !toml.starts_with("# ")) {
            std::string sentence = comment;
            if (sentence[0] >= 'a' && sentence[0] <= 'z') sentence[0] = static_cast<char>(sentence[0] - 'a' + 'A');
            wrapped("# ", sentence);
            out_ += toml + '\n';
            return;
        }
        out_ += toml;
        if (!comment.empty()) out_ += std::string(at - toml.size(), ' ') + "# " + comment_safe(comment);
        out_ += '\n';
    }
    // A comment over as many lines as it takes, each starting with `lead`.
    void wrapped(const std::string& lead, std::string_view text) {
        std::string line = lead;
        std::string rest = comment_safe(text);
        std::size_t i = 0;
        while (i < rest.size()) {
            std::size_t end = rest.find(' ', i);
            if (end == std::string::npos) end = rest.size();
            const std::string word = rest.substr(i, end - i);
            if (line.size() > lead.size() && line.size() + 1 + word.size() > kLineWidth) {
                out_ += line + '\n';
                line = lead;
            }
            if (line.size() > lead.size()) line += ' ';
            line += word;
            i = end + 1;
        }
        out_ += line + '\n';
    }
    // A commented-out setting for the officer to complete, marked TODO.
    void todo_setting(const std::string& toml, const std::string& comment) {
        ++todos_;
        setting("# " + toml, "TODO: " + comment);
    }
    void todo(const std::string& text) {
        ++todos_;
        wrapped("# ", "TODO: " + text);
    }
    std::size_t todos() const { return todos_; }
    std::string& text() { return out_; }

private:
    std::string out_;
    std::size_t todos_ = 0;
};

std::string filled_comment(const FileInspection& file, const std::string& header) {
    const ColumnValues* c = init::find_column(file, header);
    const std::uint64_t filled = c ? c->filled : 0;
    if (filled == file.rows) return rows(filled);
    return std::to_string(filled) + " of " + rows(file.rows) + " filled";
}

std::string line_list(const std::vector<SummaryRow>& rows) {
    std::string lines, texts;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        lines += (i == 0 ? "" : i + 1 == rows.size() ? " and " : ", ") + std::to_string(rows[i].line);
        if (i < 3) texts += (i == 0 ? "" : ", ") + toml_quoted(rows[i].text);
    }
    if (rows.size() > 3) texts += ", ...";
    return (rows.size() == 1 ? "Line " : "Lines ") + lines + " (" + texts + ")";
}

std::string rule_toml(const init::RowRulePlan& r) {
    return "{ column = " + toml_quoted(r.column) + ", is = " + toml_quoted(r.is) + " }";
}

// [files.KIND]: the file's own name, its header's line, which rows are records; and what init
// found about them that needs no setting.
void write_files(Writer& w, const FilePlan& f) {
    const FileInspection& file = *f.file;
    const std::string table = "[files." + f.key + "]";
    const bool any_rule = !f.skip_rows.empty() || !f.keep_rows.empty();
    if (f.write_name || f.header_line || any_rule || !f.same_kind.empty()) {
        w.line(table);
        if (f.write_name && f.same_kind.empty()) {
            w.setting("name = " + toml_quoted(file.name),
                      file.kind_by_file_name
                          ? "taken as the " + f.key + " export by its name: its headers are not those of one (see "
                            "the TODOs under [columns." + f.key + "])"
                          : "recognised by its headers (line " + std::to_string(file.header_line) + ") as the " +
                                f.key + " export");
        } else if (f.write_name) {
            std::vector<std::string> all{file.name};
            all.insert(all.end(), f.same_kind.begin(), f.same_kind.end());
            w.todo(join_quoted(all, " and ") + " all look like " + f.key + " exports: keep the line that names the " +
                   f.key + " export, or list them all (name = [...]) if each holds part of the records; the columns "
                   "below are read from " + toml_quoted(file.name));
            for (const auto& n : all) w.line("# name = " + toml_quoted(n));
        } else if (!f.same_kind.empty()) {
            w.todo(join_quoted(f.same_kind, " and ") + (f.same_kind.size() == 1 ? " looks" : " look") + " like " +
                   f.key + " too, but " + file.name + " is the one read: move the other out of the folder, or list "
                   "them all (name = [...]) if each holds part of the records");
        }
        if (f.header_line)
            w.setting("header_line = " + std::to_string(f.header_line),
                      "the header's line, which the loader would not find by itself");
        for (const auto* rules : {&f.skip_rows, &f.keep_rows}) {
            const std::string key = rules == &f.skip_rows ? "skip_rows" : "keep_rows";
            std::vector<const init::RowRulePlan*> placed, asked;
            for (const auto& r : *rules) (r.is.empty() ? asked : placed).push_back(&r);
            if (placed.size() == 1) {
                w.setting(key + " = [" + rule_toml(*placed[0]) + "]", placed[0]->comment);
            } else if (!placed.empty()) {
                w.line(key + " = [");
                for (const auto* r : placed) w.setting("  " + rule_toml(*r) + ",", r->comment);
                w.line("]");
            }
            for (const auto* r : asked) w.todo_setting(key + " = [" + rule_toml(*r) + "]", r->comment);
        }
        w.line();
    }
    for (const auto& t : f.row_todos) w.todo(t);
    if (file.header_line > 1 && !f.header_line)
        w.wrapped("# ", "The header is on line " + std::to_string(file.header_line) + ", below " +
                            (file.header_line == 2 ? "a line" : std::to_string(file.header_line - 1) + " lines") +
                            " of title: the loader finds it by itself.");
    if (!file.summary_lines.empty())
        w.wrapped("# ", line_list(file.summary_lines) + " below the data " +
                            (file.summary_lines.size() == 1 ? "is a summary line, not a record"
                                                            : "are summary lines, not records") +
                            ": the loader skips " + (file.summary_lines.size() == 1 ? "it" : "them") +
                            " by itself.");
}

void write_placeholders(Writer& w) {
    w.line("[council]");
    w.setting("# name = \"Anytown Council\"", "as printed on the cover (default \"the Council\")");
    w.setting("# service = \"Adult Social Care\"", "");
    w.setting("# published = \"September 2024\"", "month of publication, printed on the cover");
    w.setting("# colour = \"#1D4F91\"", "headings and table headers, #RRGGBB");
    w.setting("# logo = \"logo.png\"", "PNG or JPEG, beside this file");
    w.line();
    w.setting("[contact]", "how to reach the complaints team, printed in the report");
    w.line("# phone = \"01632 960 000\"");
    w.line("# email = \"complaints@example.gov.uk\"");
    w.line("# web = \"https://www.example.gov.uk/adult-social-care\"");
    w.line("# complaints_web = \"https://www.example.gov.uk/complaints\"");
    w.line("#");
    w.setting("# [[contact.people]]", "one for each person named under \"Further information\"");
    w.line("# name = \"Jordan Ellis\"");
    w.line("# role = \"Complaints Officer\"");
    w.line("# team = \"Customer Services\"");
    w.line();
    w.setting("[figures]", "figures with no records behind them");
    w.line("# People in long-term support on 31 March of each year:");
    w.line("# long_term_support = { \"2022/23\" = 3595, \"2023/24\" = 3650 }");
    w.line("# The % answered within 20 working days, for years before these exports:");
    w.line("# timescale_percent = { \"2021/22\" = 64 }");
    w.line();
}

void write_input(Writer& w, const StarterPlan& plan) {
    w.line("[input]");
    bool any = false;
    const std::size_t todos_before = w.todos();
    if (plan.encoding.windows1252) {
        w.setting("encoding = \"windows-1252\"", plan.encoding.reason);
        any = true;
    }
    for (const auto& t : plan.encoding.todos) w.todo(t);
    for (const auto* f : plan.unreadable)
        w.todo(f->name + (f->problem_line ? ":" + std::to_string(f->problem_line) : "") + ": " + f->problem);
    if (!plan.dates.format.empty()) {
        w.setting("date_format = " + toml_quoted(plan.dates.format), plan.dates.reason);
        any = true;
    }
    for (const auto& t : plan.dates.todos) w.todo(t);
    if (!plan.ages.bands.empty()) {
        std::string list = "age_bands = [" + join_quoted(plan.ages.bands) + "]";
        w.setting(list, "The export's own age bands, in order (the contract's are Under 16, 16-24, 25-34, 35-49, "
                        "50-64 and 65+).");
        any = true;
    }
    if (!plan.ages.todo.empty()) w.todo(plan.ages.todo);
    if (plan.ages.bands.empty() && (!plan.ages.age_header.empty() || !plan.ages.birth_header.empty())) {
        w.wrapped("# ", "Ages are banded into the contract's age bands: Under 16, 16-24, 25-34, 35-49, 50-64 and 65+. "
                        "If the council reports its own bands, list them all here in order, including any no record "
                        "has this year, each written as a range (\"18-24\", \"65+\"):");
        w.line("# age_bands = [\"18-24\", \"25-44\", \"45-64\", \"65-74\", \"75+\"]");
        any = true;
    }
    if (!any && w.todos() == todos_before)
        w.line("# Nothing to set: the files are UTF-8 (or plain ASCII), and the dates are in a form ascreport reads.");
    w.line();
}

void write_columns(Writer& w, const StarterPlan& plan, const FilePlan& f, bool first) {
    const FileInspection& file = *f.file;
    std::string summary = "# " + file.name + ": " + rows(file.rows);
    if (file.empty_rows) summary += " (and " + std::to_string(file.empty_rows) + " of empty cells, skipped)";
    w.line(summary);
    write_files(w, f);
    w.setting("[columns." + f.key + "]", first ? "contract column = \"Header in the export\" (any case)" : "");
    if (file.ragged_rows)
        w.todo(std::to_string(file.ragged_rows) + (file.ragged_rows == 1 ? " record has" : " records have") +
               " more or fewer fields than the header; validate names their lines");
    if (!file.stopped.empty()) w.todo(file.stopped);
    for (const auto& t : f.todos) w.todo(t);
    std::vector<std::string> own, missing;
    // What is wrong with a column's values (dates that are no date), under its setting.
    const auto notes = [&](const init::ColumnChoice& c) {
        for (const auto& note : plan.dates.column_todos)
            if (note.file == f.key && std::find(c.headers.begin(), c.headers.end(), note.header) != c.headers.end())
                w.todo(note.text);
    };
    for (const auto& c : f.columns) {
        if (c.own_name) {
            own.push_back(c.column);
            notes(c);
            continue;
        }
        if (c.column == "age_band" && f.key == "complaints" && !plan.ages.age_header.empty()) {
            w.setting("age = " + toml_quoted(plan.ages.age_header),
                      "whole years 0-120 in " + rows(plan.ages.ages) + ": banded into the age bands as read");
        } else if (c.headers.size() == 1) {
            w.setting(c.column + " = " + toml_quoted(c.headers[0]), filled_comment(file, c.headers[0]));
        } else if (!c.headers.empty()) {
            std::string counts;
            for (const auto& h : c.headers) counts += (counts.empty() ? "" : "; ") + h + ": " + filled_comment(file, h);
            w.setting(c.column + " = [" + join_quoted(c.headers) + "]",
                      std::string("One column per stage, ") +
                          (c.column == "received" ? "the first stage first" : "the latest stage first") +
                          "; a record's value is the first of them filled (" + counts + ").");
        } else if (!c.candidates.empty()) {
            std::string which;
            for (const auto& h : c.candidates) which += (which.empty() ? "" : " and ") + toml_quoted(h);
            w.todo(which + " could each be " + c.column + ": keep the line that is right (or list both, "
                   "the first filled one counts)");
            for (const auto& h : c.candidates)
                w.setting("# " + c.column + " = " + toml_quoted(h), filled_comment(file, h));
        }
        notes(c);
        if (c.column == "age_band" && f.key == "complaints" && !plan.ages.birth_header.empty()) {
            w.setting("date_of_birth = " + toml_quoted(plan.ages.birth_header),
                      "dates of birth in " + rows(plan.ages.ages) + ": banded by the age on the date received");
            continue;
        }
        bool asked = !c.headers.empty() || !c.candidates.empty();
        for (const auto& a : f.ambiguous) {
            if (std::find(a.columns.begin(), a.columns.end(), c.column) == a.columns.end() || asked) continue;
            // The header's other columns, and those of them still without a header.
            std::vector<std::string> others, open;
            for (const auto& col : a.columns) {
                if (col == c.column) continue;
                others.push_back(col);
                const auto& other = *std::find_if(f.columns.begin(), f.columns.end(),
                                                  [&](const init::ColumnChoice& x) { return x.column == col; });
                if (other.headers.empty() && other.candidates.empty()) open.push_back(col);
            }
            const std::string found = toml_quoted(a.header) + " (" + filled_comment(file, a.header) + ")";
            if (open.empty())
                w.todo_setting(c.column + " = " + toml_quoted(a.header),
                               found + " may be " + c.column + " (the name could also mean " + or_list(others) +
                                   "): keep this line if so");
            else
                w.todo_setting(c.column + " = " + toml_quoted(a.header),
                               found + " could be " + c.column + " or " + or_list(open) + ": keep the right line");
            asked = true;
        }
        if (asked) continue;
        if (c.required)
            w.todo_setting(c.column + " = \"\"", "required, and no header looked like it: name the export's column "
                                                 "(docs/input-format.md says what it holds)");
        else if (c.listed)
            missing.push_back(c.column);
    }
    std::string own_line;
    for (const auto& c : f.columns)
        if (c.own_name) own_line += (own_line.empty() ? "" : ", ") + c.column;
    if (!own_line.empty()) w.wrapped("# ", "Found under their own names (nothing to map): " + own_line);
    for (const auto& c : f.columns)
        if (!c.also.empty())
            w.wrapped("# ", join_quoted(c.also, " and ") + (c.also.size() == 1 ? " looks" : " look") + " like " +
                                c.column + " too, but the column named " + c.column + " is the one read");
    if (!missing.empty()) {
        std::string m;
        for (const auto& c : missing) m += (m.empty() ? "" : ", ") + c;
        w.wrapped("# ", "Not found (optional, may be left out): " + m);
    }
    if (!f.unused.empty()) w.wrapped("# ", "Not used: " + join_quoted(f.unused));
    w.line();
}

bool write_values(Writer& w, const init::ValuesPlan& v, bool first) {
    const bool has_todo = !v.unplaced.empty() || v.plain_ages > 0;
    if (v.mappings.empty() && !has_todo && v.rows_not_kept == 0) return false;
    w.setting("[values." + v.column + "]", first ? "\"spelling in the export\" = \"contract value\" (any case)" : "");
    for (const auto& m : v.mappings) {
        std::string why = rows(m.count);
        if (m.value.empty()) why += "; counts as an empty cell";
        else if (m.value == "N/A") why += "; counts as not available (N/A)";
        else if (m.value == "Open" || m.value == "Not recorded") why += "; counts as an empty cell (" + m.value + ")";
        w.setting(toml_quoted(m.spelling) + " = " + toml_quoted(m.value), why);
    }
    std::uint64_t rest_rows = 0;
    for (std::size_t i = 0; i < v.unplaced.size(); ++i) {
        const auto& u = v.unplaced[i];
        if (i < kMaxTodoLines) w.todo_setting(toml_quoted(u.value) + " = \"\"", rows(u.count) + "; " + v.question);
        else rest_rows += u.count;
    }
    if (v.unplaced.size() > kMaxTodoLines)
        w.todo("and " + std::to_string(v.unplaced.size() - kMaxTodoLines) + " more spellings (" + rows(rest_rows) +
               "): is this the right column?");
    if (v.plain_ages > 0)
        w.todo(rows(v.plain_ages) + (v.plain_ages == 1 ? " holds" : " hold") + " an age (such as 67), not an age band: export the age band, or "
               "declare the bands as [input] age_bands and map each age onto one here");
    if (v.rows_not_kept > 0)
        w.wrapped("# ", "(The column has more different spellings than init lists: those of " + rows(v.rows_not_kept) +
                            " are left out. Is it the right column?)");
    if (!v.accepted.empty()) {
        std::string a;
        for (const auto& x : v.accepted) a += (a.empty() ? "" : ", ") + toml_quoted(x.value) + " (" + rows(x.count) + ")";
        w.wrapped("# ", "Already accepted as written: " + a);
    }
    w.line();
    return true;
}

void write_concerns(Writer& w, const FolderInspection& in, const StarterPlan& plan) {
    const bool has_concerns = std::any_of(in.files.begin(), in.files.end(),
                                          [](const FileInspection& f) { return f.kind == "concerns"; });
    if (has_concerns) return;
    const auto& c = plan.concerns;
    if (c.categories.empty()) {
        if (!c.note.empty()) w.todo(c.note);
        w.line("# There is no concerns.csv, so the report's concern tables will be empty. If complaints.csv has a");
        w.line("# column for each concern category, name them here (docs/settings.md):");
        w.line("# [concerns]");
        w.line("# categories = [\"Issue 1\", \"Issue 2\"]");
        w.line();
        return;
    }
    const FileInspection& complaints = *plan.files.front().file;
    w.setting("[concerns]", "no concerns.csv: each complaint's concern categories are in these complaints.csv columns");
    std::string counts;
    for (const auto& h : c.categories) counts += (counts.empty() ? "" : "; ") + h + ": " + filled_comment(complaints, h);
    w.setting("categories = [" + join_quoted(c.categories) + "]", counts);
    if (plan.one_row_per_issue) w.setting("one_row_per_issue = true", plan.one_row_note);
    else if (!plan.one_row_note.empty()) w.todo(plan.one_row_note);
    const std::string subcategories = "subcategories = [" + join_quoted(c.subcategories) + "]";
    const std::string separator = "separator = " + toml_quoted(c.separator);
    if (c.separator_or_subcategories()) {
        w.todo("some category cells list several categories separated by " + toml_quoted(c.separator) + " (e.g. " +
               toml_quoted(c.separator_example) + "), and a cell split so has no subcategory to pair with each: keep "
               "one of these two lines");
        w.line("# " + subcategories);
        w.line("# " + separator);
    } else if (!c.subcategories.empty()) {
        w.setting(subcategories, "paired with the categories in order");
    } else if (!c.separator.empty()) {
        w.setting(separator, "some cells list several categories, e.g. " + toml_quoted(c.separator_example));
    }
    if (!c.note.empty()) w.wrapped("# ", c.note);
    w.line();
}

// [complaints] one_row_per_stage: complaints.csv has a row per stage of each complaint, or may
// have (a TODO saying what init found).
void write_complaints(Writer& w, const StarterPlan& plan) {
    if (plan.stage_note.empty()) return;
    w.line("[complaints]");
    for (const auto& t : plan.stage_todos) w.todo(t);
    if (plan.one_row_per_stage) {
        w.setting("one_row_per_stage = true", plan.stage_note);
    } else {
        w.todo(plan.stage_note);
        w.line("# one_row_per_stage = true");
    }
    w.line();
}

// A contract file an other file's name suggests ("Compliments 2023.csv"), or "".
std::string looks_like(const std::string& name) {
    std::string lower = name;
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    const std::pair<const char*, const char*> hints[] = {
        {"complaint", "complaints.csv"}, {"concern", "concerns.csv"},     {"compliment", "compliments.csv"},
        {"lgsco", "lgsco.csv"},         {"ombudsman", "lgsco.csv"},      {"regional", "regional.csv"}};
    for (const auto& [word, file] : hints)
        if (lower.find(word) != std::string::npos) return file;
    return "";
}

void write_other_files(Writer& w, const FolderInspection& in, const StarterPlan& plan) {
    for (const auto* f : plan.unplaced) {
        std::vector<std::string> header;
        for (const auto& c : f->columns) header.push_back(c.header);
        w.todo(toml_quoted(f->name) + " (" + rows(f->rows) + ") is not read: its headers (line " +
               std::to_string(f->header_line) + ": " + join_quoted(header) + ") are not those of any kind of export init "
               "knows. If it holds records of one kind, name it with [files.KIND] name = " + toml_quoted(f->name) +
               " and its headers in [columns.KIND] (docs/settings.md); otherwise leave it.");
    }
    if (!plan.unplaced.empty()) w.line();
    if (in.other_files.empty()) return;
    w.line("# Other files in the folder, which ascreport does not read (it reads complaints.csv, concerns.csv,");
    w.line("# compliments.csv, lgsco.csv and regional.csv):");
    for (const auto& name : in.other_files) {
        std::string note = "#   " + toml_quoted(name);
        const std::string ours = looks_like(name);
        const bool present = std::any_of(in.files.begin(), in.files.end(), [&](const auto& f) { return f.kind + ".csv" == ours; });
        std::string ext = name.substr(name.rfind('.') + 1);
        for (char& ch : ext) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        const bool sheet = ext == "xlsx" || ext == "xls" || ext == "ods";
        if (!ours.empty() && !present)
            note += sheet ? ": if this is the " + ours.substr(0, ours.size() - 4) + " export, save it as CSV named " + ours
                          : ": if this is the " + ours.substr(0, ours.size() - 4) + " export, rename it " + ours;
        else if (sheet)
            note += ": a spreadsheet; ascreport reads CSV files";
        w.line(note);
    }
    w.line();
}

std::string file_list(const FolderInspection& in) {
    std::string s;
    for (const auto& f : in.files) {
        s += (s.empty() ? "" : ", ") + f.name;
        if (f.problem.empty()) s += " (" + rows(f.rows) + ")";
        else s += " (could not be read)";
    }
    return s;
}

}  // namespace

std::string toml_quoted(std::string_view text) {
    // Malformed UTF-8 as U+FFFD first: toml++ would write each such byte as \u00XX, which reads
    // back as another character.
    std::string valid;
    valid.reserve(text.size());
    bool unseen = false;  // a malformed byte, or a C1 control (an unassigned Windows-1252 byte)
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t at = i;
        const char32_t c = next_code_point(text, i);
        unseen = unseen || (c == 0xFFFD && i - at == 1) || (c >= 0x80 && c < 0xA0);
        append_utf8(valid, c);
    }
    // toml++ writes a basic string, escaping what TOML requires (quotes, backslashes, control
    // characters). Other letters are written as they are, unless the text holds one of the
    // characters above: then every character past ASCII is a \u escape, so it can be seen.
    std::ostringstream out;
    out << toml::toml_formatter(toml::value<std::string>(std::move(valid)),
                                unseen ? toml::format_flags::none : toml::format_flags::allow_unicode_strings);
    return out.str();
}

std::string starter_settings(const FolderInspection& inspection) {
    const StarterPlan plan = init::plan_starter(inspection);
    Writer body;
    write_placeholders(body);
    write_input(body, plan);
    for (const auto& f : plan.files) write_columns(body, plan, f, &f == &plan.files.front());
    bool first = true;
    for (const auto& v : plan.values)
        if (write_values(body, v, first)) first = false;
    write_concerns(body, inspection, plan);
    write_complaints(body, plan);
    write_other_files(body, inspection, plan);

    const std::string dir = inspection.folder.string();
    Writer head;
    head.line("# report.toml for " + dir + ", as `ascreport init` proposes it from the exports there:");
    head.line("# " + file_list(inspection) + ".");
    head.line("#");
    head.line("# What to do next:");
    head.line("#   1. Save this as " + (inspection.folder / "report.toml").string() + ".");
    const std::size_t todos = body.todos();
    if (todos == 0)
        head.line("#   2. Fill in [council] and [contact] below. Init placed every header and spelling it found.");
    else {
        head.line("#   2. Fill in [council] and [contact] below, and settle the " +
                  (todos == 1 ? std::string("line") : std::to_string(todos) + " lines") + " marked TODO:");
        head.line("#      complete a commented setting such as  # \"Spelling\" = \"\"  and delete the \"# \"");
        head.line("#      before it, or correct the export as the line says.");
    }
    head.line("#   3. Check the folder:  ascreport validate --data " + dir);
    head.line("#      and correct what it reports, here or in the export, until it says \"valid\".");
    head.line("#   4. Make the report:  ascreport report --data " + dir + " --year 2023/24");
    head.line("# docs/settings.md describes every setting; docs/init.md how init chose these.");
    head.line();
    return head.text() + body.text();
}

}  // namespace ascreport
