// plan_starter: the columns and the encoding; the values and age bands (and [concerns]) are
// in starter_values.cpp, the date form in starter_dates.cpp.
#include "starter_plan.hpp"
#include "ascreport/text.hpp"

#include <algorithm>
#include <set>

#include "ascreport/starter_settings.hpp"
#include "ascreport/contract.hpp"
#include "ascreport/header_row.hpp"
#include "ascreport/text_table.hpp"
#include "init_names.hpp"
#include "starter_rules.hpp"

namespace ascreport::init {

std::string name_key(std::string_view text) {
    std::string out;
    bool gap = false;
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        const bool word = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
        if (!word) {
            gap = !out.empty();
            continue;
        }
        if (gap) out += ' ';
        gap = false;
        out += ascii_lower(static_cast<char>(c));
    }
    return out;
}

std::vector<std::string> split_names(std::string_view names) {
    std::vector<std::string> out;
    while (!names.empty()) {
        const auto bar = names.find('|');
        out.emplace_back(names.substr(0, bar));
        if (bar == std::string_view::npos) break;
        names.remove_prefix(bar + 1);
    }
    return out;
}

bool names_contain(std::string_view names, std::string_view key) {
    for (const auto& n : split_names(names))
        if (name_key(n) == key) return true;
    return false;
}

const ColumnValues* find_column(const FileInspection& f, std::string_view header) {
    for (const auto& c : f.columns)
        if (c.header == header) return &c;
    return nullptr;
}

namespace {

std::string lower_trimmed(std::string_view s) { return ascii_lower(trim(s)); }

// Whether `key` (a name_key) names `column` of `file`: the contract's name, or a listed name.
bool names_column(std::string_view file, std::string_view column, std::string_view key) {
    if (key == name_key(column)) return true;
    for (const auto& h : kHeaderNames)
        if (h.file == file && h.column == column && names_contain(h.names, key)) return true;
    return false;
}

int stage_number(std::string_view word) {
    if (word == "one") return 1;
    if (word == "two") return 2;
    if (word == "three") return 3;
    if (word.size() == 1 && word[0] >= '1' && word[0] <= '9') return word[0] - '0';
    return 0;
}

// "stage 2 outcome" or "outcome stage 2": the stage and the rest; stage 0 otherwise.
int split_stage(const std::string& key, std::string& rest) {
    std::vector<std::string> words;
    for (std::size_t i = 0; i < key.size();) {
        const auto sp = key.find(' ', i);
        words.push_back(key.substr(i, sp == std::string::npos ? std::string::npos : sp - i));
        if (sp == std::string::npos) break;
        i = sp + 1;
    }
    auto join = [&](std::size_t from, std::size_t to) {
        std::string s;
        for (std::size_t i = from; i < to; ++i) s += (s.empty() ? "" : " ") + words[i];
        return s;
    };
    const std::size_t n = words.size();
    if (n >= 3 && words[0] == "stage" && stage_number(words[1])) {
        rest = join(2, n);
        return stage_number(words[1]);
    }
    if (n >= 3 && words[n - 2] == "stage" && stage_number(words[n - 1])) {
        rest = join(0, n - 2);
        return stage_number(words[n - 1]);
    }
    return 0;
}

struct HeaderMatch {
    std::string header;
    std::vector<std::string> columns;  // the columns its name matches
    int stage = 0;
    bool own_name = false;             // the contract's name exactly, as the loader matches it
};

bool has_column(const load::InputFile& file, std::string_view name) {
    return std::any_of(file.columns.begin(), file.columns.end(), [&](const load::ColumnSpec& c) { return c.name == name; });
}

HeaderMatch match_header(const load::InputFile& file, const std::string& header) {
    HeaderMatch m{header, {}, 0, false};
    const std::string lower = lower_trimmed(header);
    for (const auto& c : file.columns)
        if (lower == c.name) {
            m.columns = {std::string(c.name)};
            m.own_name = true;
            return m;
        }
    const std::string key = name_key(header);
    for (const auto& c : file.columns)
        if (names_column(file.key, c.name, key)) m.columns.emplace_back(c.name);
    if (!m.columns.empty()) return m;
    std::string rest;
    if (const int stage = split_stage(key, rest)) {
        // A later stage's requested date, or a children's review panel (kRequestedNames).
        const std::string staged = "stage" + std::to_string(stage) + "_";
        if (stage >= 2 && names_contain(kRequestedNames, rest) && has_column(file, staged + "requested")) {
            m.columns = {staged + "requested"};
            return m;
        }
        if (stage == 3 && names_contain(kPanelNames, rest) && has_column(file, staged + "panel")) {
            m.columns = {staged + "panel"};
            return m;
        }
        for (const auto& c : file.columns)
            if (names_column(file.key, c.name, rest)) m.columns.emplace_back(c.name);
        if (!m.columns.empty()) m.stage = stage;
    }
    return m;
}

bool per_stage(std::string_view column) {
    return std::find(std::begin(kPerStageColumns), std::end(kPerStageColumns), column) != std::end(kPerStageColumns);
}

// The headers in the order a record's value is taken, when `cands` are clearly one column
// split by stage (distinct stages, at most one without a stage); empty otherwise.
std::vector<std::string> stage_list(const std::string& column, std::vector<const HeaderMatch*> cands) {
    if (!per_stage(column) || cands.size() < 2) return {};
    std::set<int> stages;
    int plain = 0;
    for (const auto* c : cands) {
        if (c->stage == 0) ++plain;
        else if (!stages.insert(c->stage).second) return {};
    }
    if (plain > 1 || stages.empty()) return {};
    // The first stage's date received is the complaint's; the last stage's response and
    // outcome are the final ones. A header with no stage comes after the staged ones (it holds
    // what the stages leave empty), except for `received`, where it is the complaint's own date.
    const bool earliest = column == "received";
    std::stable_sort(cands.begin(), cands.end(), [&](const HeaderMatch* a, const HeaderMatch* b) {
        const int sa = a->stage == 0 ? (earliest ? 0 : -1) : a->stage;
        const int sb = b->stage == 0 ? (earliest ? 0 : -1) : b->stage;
        return earliest ? sa < sb : sa > sb;
    });
    std::vector<std::string> out;
    for (const auto* c : cands) out.push_back(c->header);
    return out;
}

FilePlan plan_file(const load::InputFile& spec, const FileInspection& file) {
    FilePlan plan;
    plan.file = &file;
    plan.key = std::string(spec.key);
    std::vector<HeaderMatch> matches;
    for (const auto& c : file.columns) matches.push_back(match_header(spec, c.header));
    // The loader refuses a header that names one column twice.
    for (std::size_t i = 0; i < file.columns.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (!file.columns[i].header.empty() &&
                lower_trimmed(file.columns[i].header) == lower_trimmed(file.columns[j].header))
                plan.todos.push_back("the header names " + toml_quoted(file.columns[i].header) + " twice (fields " +
                                     std::to_string(j + 1) + " and " + std::to_string(i + 1) +
                                     "); rename one in the export, or remove it");
    // A later stage with a requested date: its staged headers are its own columns
    // ("Stage 2 Outcome": stage2_outcome), not one column split by stage.
    std::set<int> requested;
    for (const auto& m : matches)
        for (int k = 2; k <= 3; ++k)
            if (m.columns.size() == 1 && m.columns[0] == "stage" + std::to_string(k) + "_requested") requested.insert(k);
    for (auto& m : matches) {
        if (m.stage < 2 || !requested.count(m.stage) || m.columns.size() != 1) continue;
        const std::string own = "stage" + std::to_string(m.stage) + "_" + m.columns[0];
        if (m.columns[0] != "received" && has_column(spec, own)) {
            m.columns = {own};
            m.stage = 0;
        }
    }
    std::set<std::string> taken;
    for (const auto& m : matches)
        if (m.columns.size() > 1) {
            plan.ambiguous.push_back({m.header, m.columns});
            taken.insert(m.header);
        }
    for (const auto& spec_column : spec.columns) {
        ColumnChoice choice;
        choice.column = std::string(spec_column.name);
        choice.required = spec_column.required;
        // complaints.csv's two dozen optional columns of regimes and stages are proposed only
        // where a header names them, not listed as missing; lgsco.csv's complaint is, as it was.
        choice.listed = spec_column.listed || spec.key != "complaints";
        std::vector<const HeaderMatch*> cands;
        const HeaderMatch* own = nullptr;
        for (const auto& m : matches) {
            if (m.columns.size() != 1 || m.columns[0] != choice.column) continue;
            if (m.own_name) own = &m;
            else cands.push_back(&m);
        }
        if (own) {
            choice.headers = {own->header};
            choice.own_name = true;
            for (const auto* c : cands) choice.also.push_back(c->header);
        } else if (cands.size() == 1) {
            choice.headers = {cands[0]->header};
        } else if (auto list = stage_list(choice.column, cands); !list.empty()) {
            choice.headers = std::move(list);
        } else {
            for (const auto* c : cands) choice.candidates.push_back(c->header);
        }
        for (const auto& h : choice.headers) taken.insert(h);
        for (const auto& h : choice.candidates) taken.insert(h);
        for (const auto& h : choice.also) taken.insert(h);
        plan.columns.push_back(std::move(choice));
    }
    for (const auto& c : file.columns)
        if (!taken.count(c.header) && !c.header.empty()) plan.unused.push_back(c.header);
    return plan;
}

// [files.KIND] header_line, when the loader would not find init's header by itself: it takes
// the first record of its first lines that holds a header for every required column as
// report.toml maps them, so a title line that names them too, or a header past those lines,
// needs the line named.
void plan_header_line(FilePlan& fp) {
    const FileInspection& file = *fp.file;
    InputMapping m;
    for (const auto& c : fp.columns)
        if (!c.headers.empty() && !c.own_name) m.column_names[fp.key][c.column].headers = c.headers;
    // The required columns init found: one it did not is a TODO, and the loader then names it.
    std::vector<load::WantedColumn> wanted;
    for (auto& w : load::required_headers(m, fp.key))
        for (const auto& c : fp.columns)
            if (c.column == w.column && !c.headers.empty()) wanted.push_back(std::move(w));
    const auto holds = [&](const std::vector<std::string>& record) {
        return std::all_of(wanted.begin(), wanted.end(), [&](const load::WantedColumn& w) {
            return std::any_of(w.headers.begin(), w.headers.end(), [&](const std::string& h) {
                return std::any_of(record.begin(), record.end(),
                                   [&](const std::string& x) { return TextTable::key_of(x) == TextTable::key_of(h); });
            });
        });
    };
    const bool above = std::any_of(file.above_header.begin(), file.above_header.end(), holds);
    if (file.header_line > load::kHeaderSearchLines || above) fp.header_line = file.header_line;
}

void plan_encoding(const FolderInspection& in, EncodingPlan& out) {
    std::vector<const FileInspection*> cp1252, utf8_non_ascii;
    for (const auto& f : in.files) {
        if (!f.problem.empty()) continue;
        if (!f.utf8) cp1252.push_back(&f);
        else if (!f.ascii) utf8_non_ascii.push_back(&f);
    }
    if (cp1252.empty()) return;
    out.windows1252 = true;
    const FileInspection& first = *cp1252.front();
    static const char* hex = "0123456789ABCDEF";
    out.reason = first.name;
    if (first.first_non_utf8_byte)
        out.reason += std::string(" (line ") + std::to_string(first.first_non_utf8_line) + " has the byte 0x" +
                      hex[first.first_non_utf8_byte >> 4] + hex[first.first_non_utf8_byte & 15] + ")";
    for (std::size_t i = 1; i < cp1252.size(); ++i)
        out.reason += (i + 1 == cp1252.size() ? " and " : ", ") + cp1252[i]->name;
    out.reason += cp1252.size() == 1 ? " is not UTF-8" : " are not UTF-8";
    for (const auto* f : utf8_non_ascii)
        out.todos.push_back(f->name + " is saved as UTF-8 and has accented or other non-ASCII characters, which "
                                      "Windows-1252 would garble: save it from the same system as " + first.name +
                            " (or save every file as \"CSV UTF-8\" and remove this line)");
}

}  // namespace

bool is_stage_header(std::string_view header) { return names_contain(kStageHeaders, name_key(header)); }

bool names_stage_field(std::string_view header) {
    static constexpr std::string_view kStageFields[] = {"received", "acknowledged", "extended", "extended_to",
                                                        "responded", "outcome", "panel", "stage3_panel"};
    static const load::InputFile every{"complaints", "complaints.csv",
                                       std::span<const load::ColumnSpec>(load::kComplaintsReadColumns)};
    if (names_contain(kPanelNames, name_key(header))) return true;
    for (const auto& column : match_header(every, std::string(header)).columns)
        if (std::find(std::begin(kStageFields), std::end(kStageFields), column) != std::end(kStageFields)) return true;
    return false;
}

// The columns init proposes for a kind: for complaints.csv also the optional ones of regimes and
// stages of a row per complaint (load::kComplaintsReadColumns, not the row-per-stage shape's
// stage and panel), where the export's headers name them.
static const load::InputFile& proposed_columns(const load::InputFile& spec) {
    static const load::InputFile complaints{
        "complaints", "complaints.csv",
        std::span<const load::ColumnSpec>(load::kComplaintsReadColumns).first(load::kComplaintRowColumns)};
    return spec.key == "complaints" ? complaints : spec;
}

// Each header as the columns of every kind its name says. A complaints export may pack the route
// into another column (a Status of "Closed - Upheld - Stage 2", which plan_values reads), so
// for recognising one any header that names no complaints column may stand for the route.
static InputMapping guessed_mapping(const std::vector<std::string>& header) {
    InputMapping m;
    std::vector<std::string> no_complaints_column;
    for (const auto& spec : load::kInputFiles)
        for (const auto& h : header) {
            const HeaderMatch match = match_header(spec, h);
            for (const auto& column : match.columns) m.column_names[std::string(spec.key)][column].headers.push_back(h);
            if (spec.key == "complaints" && match.columns.empty() && !trim(h).empty()) no_complaints_column.push_back(h);
        }
    auto& route = m.column_names["complaints"]["route"].headers;
    if (route.empty()) route = no_complaints_column;
    return m;
}

std::optional<std::string> kind_of_header(const std::vector<std::string>& header) {
    return load::file_kind_of(header, guessed_mapping(header));
}

bool has_required_headers(std::string_view kind, const std::vector<std::string>& header) {
    const InputMapping m = guessed_mapping(header);
    for (const auto& w : load::required_headers(m, kind)) {
        const bool there = std::any_of(w.headers.begin(), w.headers.end(), [&](const std::string& h) {
            return std::any_of(header.begin(), header.end(),
                               [&](const std::string& x) { return lower_trimmed(x) == lower_trimmed(h); });
        });
        if (!there) return false;
    }
    return true;
}

int field_of(std::string_view kind, std::string_view column, const std::vector<std::string>& header) {
    for (const auto& spec : load::kInputFiles) {
        if (spec.key != kind) continue;
        int found = -1;
        for (std::size_t i = 0; i < header.size(); ++i) {
            const HeaderMatch m = match_header(spec, header[i]);
            if (m.columns.size() != 1 || m.columns[0] != column) continue;
            if (m.own_name) return static_cast<int>(i);
            if (found >= 0) return -1;  // two candidates: not sure
            found = static_cast<int>(i);
        }
        return found;
    }
    return -1;
}

std::optional<AdultRows> adult_rows(const FileInspection& file) {
    for (const auto& base : load::kInputFiles) {
        if (base.key != file.kind) continue;
        const load::InputFile& spec = proposed_columns(base);  // a regime column is no directorate
        for (std::size_t i = 0; i < file.columns.size(); ++i) {
            const ColumnValues& c = file.columns[i];
            if (c.values.size() < 2 || c.values.size() > 20 || c.more_values) continue;
            if (!match_header(spec, c.header).columns.empty() || is_concern_header(c.header)) continue;
            std::vector<const ValueCount*> adults;
            for (const auto& v : c.values)
                if (says_adults(v.value)) adults.push_back(&v);
            if (adults.size() == 1) return AdultRows{i, adults[0]->value};
        }
    }
    return std::nullopt;
}

StarterPlan plan_starter(const FolderInspection& inspection) {
    StarterPlan plan;
    for (const auto& spec : load::kInputFiles) {
        std::vector<const FileInspection*> of_kind;
        for (const auto& f : inspection.files) {
            if (f.kind != spec.key) continue;
            if (f.problem.empty()) of_kind.push_back(&f);
            else plan.unreadable.push_back(&f);
        }
        if (of_kind.empty()) continue;
        // The file under the contract's name is the one the loader reads; otherwise the only one,
        // or (several) the first, with the others listed for the officer to choose.
        FilePlan fp = plan_file(proposed_columns(spec), *of_kind.front());
        fp.write_name = !of_kind.front()->kind_by_name;
        for (std::size_t i = 1; i < of_kind.size(); ++i) fp.same_kind.push_back(of_kind[i]->name);
        plan_header_line(fp);
        plan.files.push_back(std::move(fp));
    }
    for (const auto& f : inspection.files)
        if (f.kind.empty()) (f.problem.empty() ? plan.unplaced : plan.unreadable).push_back(&f);
    plan_encoding(inspection, plan.encoding);
    plan_concerns(inspection, plan);
    plan_stages(plan);
    plan_values(plan);
    plan_dates(plan);
    plan_rows(plan);
    return plan;
}

}  // namespace ascreport::init
