// inspect_folder: reads a data folder's exports for `ascreport init` with the loader's own CSV
// reader (load/csv_reader.hpp), so that what init sees is what the loader will see: the same
// quoting, line breaks inside quotes, Windows-1252 conversion, and the same messages for a file
// it cannot read (UTF-16, NUL bytes) or stopped reading (an unclosed quote, a record over
// 16 MiB, too many records).
#include "ascreport/inspect.hpp"
#include "ascreport/text.hpp"

#include <algorithm>
#include <array>
#include <functional>
#include <unordered_map>

#include "ascreport/contract.hpp"
#include "ascreport/csv_reader.hpp"
#include "ascreport/header_row.hpp"
#include "ascreport/text_table.hpp"
#include "starter_plan.hpp"

namespace ascreport {
namespace {

namespace fs = std::filesystem;

class ColumnCounter {
public:
    explicit ColumnCounter(std::size_t limit) : limit_(limit) {}
    void add(std::string_view v, ColumnValues& c) {
        ++c.filled;
        c.dates.add(v);
        if (v.size() > ColumnValues::kMaxValueLength) {
            ++c.rows_not_kept;
            return;
        }
        key_.assign(v);
        if (auto it = index_.find(key_); it != index_.end()) {
            ++c.values[it->second].count;
        } else if (c.values.size() < limit_) {
            index_.emplace(key_, c.values.size());
            c.values.push_back({key_, 1});
        } else {
            ++c.rows_not_kept;
            c.more_values = true;
        }
    }

private:
    std::size_t limit_;
    std::unordered_map<std::string, std::size_t> index_;
    std::string key_;
};

enum class Pass { Done, NotUtf8 };

std::span<const load::ColumnSpec> columns_of(std::string_view kind) {
    for (const auto& f : load::kInputFiles)
        if (f.key == kind) return f.columns;
    return {};
}

std::vector<std::string> fields_of(const load::CsvRecord& record) {
    std::vector<std::string> fields;
    for (std::size_t i = 0; i < record.size(); ++i) fields.emplace_back(record[i]);
    return fields;
}

// The header row: for a file of a known kind, the first record of the loader's first lines
// that holds a header for each of the kind's required columns (by the names init knows); for
// another file, the first record whose headers say a kind. Otherwise the first record.
void find_header(const load::CsvInput& input, Encoding encoding, FileInspection& out) {
    load::CsvReader reader(input, encoding);
    load::CsvRecord record;
    std::vector<std::vector<std::string>> above;
    std::uint64_t first_line = 0;
    while (reader.next(record) && record.line() <= load::kHeaderSearchLines) {
        if (first_line == 0) first_line = record.line();
        std::vector<std::string> fields = fields_of(record);
        if (!out.kind.empty() ? init::has_required_headers(out.kind, fields)
                              : (out.kind = init::kind_of_header(fields).value_or("")) != "") {
            out.header_line = record.line();
            out.above_header = std::move(above);
            return;
        }
        above.push_back(std::move(fields));
    }
    out.header_line = first_line ? first_line : 1;
}

// References on more than one row of complaints.csv, and whether their rows agree on every cell
// but the reference and the concern categories (a row per complaint and issue), or differ in
// their stage and that stage's own cells only (a row per stage of each complaint).
class RepeatCounter {
public:
    RepeatCounter(const FileInspection& file) {
        if (file.kind != "complaints") return;
        std::vector<std::string> header;
        for (const auto& c : file.columns) header.push_back(c.header);
        reference_ = init::field_of("complaints", "reference", header);
        if (reference_ < 0) return;
        for (std::size_t i = 0; i < header.size(); ++i) {
            const bool concern = init::is_concern_header(header[i]);
            skip_.push_back(concern);
            concern_.push_back(concern);
            if (stage_ < 0 && static_cast<int>(i) != reference_ && init::is_stage_header(header[i]))
                stage_ = static_cast<int>(i);
            stage_own_.push_back(init::names_stage_field(header[i]));
        }
        skip_[static_cast<std::size_t>(reference_)] = true;
    }
    void add(std::uint64_t line, const std::vector<std::string_view>& values, RepeatedReferences& out) {
        if (reference_ < 0 || static_cast<std::size_t>(reference_) >= values.size()) return;
        const std::string_view ref = values[static_cast<std::size_t>(reference_)];
        if (ref.empty()) return;
        std::string cells, own, concerns;
        for (std::size_t i = 0; i < values.size(); ++i) {
            const bool known = i < skip_.size();
            if (!known || !skip_[i]) cells.append(values[i]).push_back('\x1f');
            if (known && concern_[i]) concerns.append(values[i]).push_back('\x1f');
            else if (!known || (!skip_[i] && !stage_own_[i] && static_cast<int>(i) != stage_))
                own.append(values[i]).push_back('\x1f');
        }
        const std::hash<std::string> hash;
        const std::string stage = stage_ >= 0 && static_cast<std::size_t>(stage_) < values.size()
                                      ? TextTable::key_of(values[static_cast<std::size_t>(stage_)])
                                      : std::string();
        auto [it, fresh] = seen_.try_emplace(std::string(ref));
        First& f = it->second;
        if (fresh) {
            f.lines[0] = line;
            f.hash = hash(cells);
            f.own = hash(own);
            f.concerns = hash(concerns);
            f.stages.push_back(stage);
            f.same_stage = stage.empty();
            return;
        }
        if (++f.rows == 2) {
            ++out.references;
            out.rows += 2;
        } else {
            ++out.rows;
        }
        if (f.rows <= f.lines.size()) f.lines[f.rows - 1] = line;
        if (f.hash != hash(cells) && !f.differs) {
            f.differs = true;
            if (out.differing++ == 0) {
                out.example = std::string(ref);
                out.example_first_line = f.lines[0];
                out.example_line = line;
            }
        }
        if (f.own != hash(own) && !f.own_differs) {
            f.own_differs = true;
            if (out.own_differing++ == 0) {
                out.own_example = std::string(ref);
                out.own_example_first_line = f.lines[0];
                out.own_example_line = line;
            }
        }
        f.concerns_differ = f.concerns_differ || f.concerns != hash(concerns);
        if (stage_ < 0) return;
        const bool again = stage.empty() || std::find(f.stages.begin(), f.stages.end(), stage) != f.stages.end();
        if (again && !f.same_stage_line) f.same_stage_line = line;
        f.same_stage = f.same_stage || again;
        f.stages.push_back(stage);
    }
    // The counts that need every row of a reference: call after the last row.
    void finish(RepeatedReferences& out) const {
        if (stage_ < 0) return;
        const First* example = nullptr;
        const First* same = nullptr;
        std::string_view example_ref, same_ref;
        for (const auto& [ref, f] : seen_) {
            if (f.rows < 2) continue;
            if (f.same_stage) {
                ++out.same_stage;
                if (!same || f.lines[0] < same->lines[0]) same = &f, same_ref = ref;
                continue;
            }
            ++out.by_stage;
            if (f.concerns_differ) ++out.concerns_differing;
            if (!example || f.rows > example->rows || (f.rows == example->rows && f.lines[0] < example->lines[0]))
                example = &f, example_ref = ref;
        }
        if (example) {
            out.stage_example = std::string(example_ref);
            for (std::size_t i = 0; i < std::min<std::uint64_t>(example->rows, example->lines.size()); ++i)
                out.stage_example_lines.push_back(example->lines[i]);
        }
        if (same) {
            out.same_stage_example = std::string(same_ref);
            out.same_stage_first_line = same->lines[0];
            // A reference whose first row's stage is empty repeats nothing yet: its second row.
            out.same_stage_line = same->same_stage_line ? same->same_stage_line : same->lines[1];
        }
    }
    int reference() const { return reference_; }
    int stage() const { return stage_; }

private:
    struct First {
        std::array<std::uint64_t, 3> lines{};  // the first rows' lines
        std::size_t hash = 0, own = 0, concerns = 0;
        std::uint64_t rows = 1;
        bool differs = false, own_differs = false, concerns_differ = false;
        std::vector<std::string> stages;       // each row's stage cell (key_of)
        bool same_stage = false;               // two rows of one stage, or a row of none
        std::uint64_t same_stage_line = 0;     // the first row whose stage another row has
    };
    int reference_ = -1;
    int stage_ = -1;
    std::vector<bool> skip_, concern_, stage_own_;
    std::unordered_map<std::string, First> seen_;
};

// One pass over the file in `encoding`. With `give_up_on_bad_utf8`, stops as soon as the
// reader finds a byte that is not UTF-8.
// Only the rows whose cell in `field` is `key` (TextTable::key_of), when given.
struct RowFilter {
    std::size_t field;
    std::string key;
};

Pass read_pass(const load::CsvInput& input, Encoding encoding, bool give_up_on_bad_utf8, const InspectLimits& limits,
               FileInspection& out, const std::optional<RowFilter>& filter = std::nullopt) {
    load::CsvReader reader(input, encoding);
    load::CsvRecord record;
    std::vector<ColumnCounter> counters;
    std::vector<std::string_view> values;
    // A record whose cells are all empty once trimmed (" ",,): skipped and counted, as the
    // reader does with ",,,," (a blank line is not a record).
    std::uint64_t empty_records = 0;
    if (!reader.findings().utf16) find_header(input, encoding, out);
    bool header = reader.findings().utf16 ? false : reader.next(record);
    while (header && record.line() < out.header_line) header = reader.next(record);
    if (header) {
        for (std::size_t i = 0; i < record.size(); ++i) out.columns.push_back({std::string(record[i]), 0, {}, 0, false, {}});
        counters.assign(out.columns.size(), ColumnCounter(limits.max_values));
        RepeatCounter repeats(out);
        if (repeats.reference() >= 0) out.repeated.header = out.columns[static_cast<std::size_t>(repeats.reference())].header;
        if (repeats.stage() >= 0) out.repeated.stage_header = out.columns[static_cast<std::size_t>(repeats.stage())].header;
        std::vector<SummaryRow> summaries;  // summary-looking rows not yet known to be below the data
        std::vector<std::string> one_line;  // values whose line breaks read as spaces
        while (reader.next(record)) {
            if (give_up_on_bad_utf8 && reader.findings().first_invalid_utf8_line) break;
            // Each value trimmed, on one line: a line break inside quotes reads as a space.
            values.clear();
            one_line.resize(std::max(one_line.size(), record.size()));
            bool empty = true;
            for (std::size_t i = 0; i < record.size(); ++i) {
                std::string_view v = record[i];
                if (record.has_line_breaks() && v.find('\n') != std::string_view::npos) {
                    one_line[i].assign(v);
                    std::replace(one_line[i].begin(), one_line[i].end(), '\n', ' ');
                    v = one_line[i];
                }
                values.push_back(trim(v));
                empty = empty && values.back().empty();
            }
            if (empty) {
                if (values.size() > 1) ++empty_records;
                continue;
            }
            // A summary line (Total, a row of numbers) is not a record: the loader skips it below
            // the data, and reports it in the data. Neither is counted.
            std::uint32_t first = 0;
            if (load::looks_like_summary(record, first)) {
                summaries.push_back({record.line(), first < out.columns.size() ? out.columns[first].header : "",
                                     std::string(values[first])});
                continue;
            }
            out.summary_in_data.insert(out.summary_in_data.end(), summaries.begin(), summaries.end());
            summaries.clear();
            if (filter && (filter->field >= values.size() || TextTable::key_of(values[filter->field]) != filter->key)) {
                ++out.keep.left_out;
                continue;
            }
            repeats.add(record.line(), values, out.repeated);
            ++out.rows;
            if (values.size() != out.columns.size()) ++out.ragged_rows;
            for (std::size_t i = 0; i < std::min(values.size(), out.columns.size()); ++i) {
                if (values[i].empty()) continue;
                counters[i].add(values[i], out.columns[i]);
                if (out.ascii && std::any_of(values[i].begin(), values[i].end(),
                                             [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
                    out.ascii = false;
            }
        }
        repeats.finish(out.repeated);
        // Summary rows with no record after them are below the data (unless reading stopped).
        if (reader.ended()) out.summary_in_data.insert(out.summary_in_data.end(), summaries.begin(), summaries.end());
        else out.summary_lines = std::move(summaries);
    }
    const load::CsvFindings& found = reader.findings();
    if (give_up_on_bad_utf8 && found.first_invalid_utf8_line) {
        out.first_non_utf8_line = found.first_invalid_utf8_line;
        out.first_non_utf8_byte = found.first_invalid_byte;
        return Pass::NotUtf8;
    }
    out.empty_rows = reader.empty_rows() + empty_records;
    if (const auto& end = reader.ended())
        out.stopped = out.name + ":" + std::to_string(end->line) + ": " + end->message;
    if (auto problem = found.unusable()) {
        out.problem = problem->message;
        out.problem_line = problem->line;
    } else if (!header && !reader.ended()) {
        out.problem = load::empty_file_message(columns_of(out.kind));
        out.problem_line = 1;
    }
    if (!out.problem.empty()) {
        out.columns.clear();
        out.stopped.clear();
    }
    for (auto& h : out.columns)
        if (std::any_of(h.header.begin(), h.header.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
            out.ascii = false;
    for (auto& c : out.columns)  // most frequent first; stable, so the first seen wins a tie
        std::stable_sort(c.values.begin(), c.values.end(),
                         [](const ValueCount& a, const ValueCount& b) { return a.count > b.count; });
    return Pass::Done;
}

// The kind a contract file name gives ("complaints.csv": "complaints"), or "".
std::string kind_of_name(std::string_view name) {
    for (const auto& f : load::kInputFiles)
        if (f.name == name) return std::string(f.key);
    return "";
}

FileInspection inspect_input(std::string_view name, const load::CsvInput& input, const InspectLimits& limits) {
    FileInspection out;
    out.name = std::string(name);
    out.kind = kind_of_name(name);
    out.kind_by_name = !out.kind.empty();
    if (read_pass(input, Encoding::Utf8, true, limits, out) == Pass::Done) return out;
    // Not UTF-8: read it all again as Windows-1252, in which every byte is a character.
    FileInspection again;
    again.name = out.name;
    again.kind = kind_of_name(name);
    again.kind_by_name = out.kind_by_name;
    again.utf8 = false;
    again.ascii = false;
    again.first_non_utf8_line = out.first_non_utf8_line;
    again.first_non_utf8_byte = out.first_non_utf8_byte;
    read_pass(input, Encoding::Windows1252, false, limits, again);
    return again;
}

// The file read again counting only the rows of adult social care, when one of its columns holds
// several directorates (init::adult_rows).
FileInspection only_adults(FileInspection all, const load::CsvInput& input, const InspectLimits& limits) {
    if (!all.problem.empty() || all.kind.empty() || !all.stopped.empty()) return all;
    const auto adults = init::adult_rows(all);
    if (!adults) return all;
    FileInspection kept;
    kept.name = all.name;
    kept.kind = all.kind;
    kept.kind_by_name = all.kind_by_name;
    kept.kind_by_file_name = all.kind_by_file_name;
    kept.utf8 = all.utf8;
    kept.ascii = all.ascii;
    kept.first_non_utf8_line = all.first_non_utf8_line;
    kept.first_non_utf8_byte = all.first_non_utf8_byte;
    read_pass(input, all.utf8 ? Encoding::Utf8 : Encoding::Windows1252, false, limits, kept,
              RowFilter{adults->field, TextTable::key_of(adults->value)});
    kept.ascii = kept.ascii && all.ascii;
    kept.keep.header = all.columns[adults->field].header;
    kept.keep.value = adults->value;
    kept.keep.values = all.columns[adults->field].values;
    return kept;
}

std::string lower_extension(const fs::path& p) {
    std::string ext = p.extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

bool is_other_export(const fs::path& p) {
    const std::string ext = lower_extension(p);
    return ext == ".xlsx" || ext == ".xls" || ext == ".ods" || ext == ".txt" || ext == ".tsv";
}

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

}  // namespace

FileInspection inspect_bytes(std::string_view name, std::string_view bytes, const InspectLimits& limits) {
    const auto input = load::CsvInput::memory(bytes);
    return only_adults(inspect_input(name, input, limits), input, limits);
}

InspectResult inspect_folder(const fs::path& folder, const InspectLimits& limits) {
    InspectResult result;
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) {
        result.error = folder.string() + ": " +
                       (fs::exists(folder, ec) ? "is not a folder; --data takes the folder that holds complaints.csv"
                                               : "no such folder; --data takes the folder that holds complaints.csv");
        return result;
    }
    FolderInspection inspection;
    inspection.folder = folder;
    inspection.has_settings = fs::exists(folder / "report.toml", ec);

    // The CSV files: the contract's names first, in its order, then the others by name.
    std::vector<std::string> csvs, others;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!kind_of_name(name).empty()) continue;
        if (lower_extension(it->path()) == ".csv") csvs.push_back(name);
        else if (is_other_export(it->path())) others.push_back(name);
    }
    std::sort(csvs.begin(), csvs.end());
    std::sort(others.begin(), others.end());
    inspection.other_files = others;
    std::vector<std::string> names;
    for (const auto& file : load::kInputFiles)
        if (fs::exists(fs::symlink_status(folder / file.name, ec))) names.emplace_back(file.name);
    names.insert(names.end(), csvs.begin(), csvs.end());

    for (const auto& name : names) {
        const fs::path path = folder / name;
        std::string problem;
        auto input = load::CsvInput::open(path, problem);
        if (!input && name == "complaints.csv") {
            result.error = path.string() + ": " + problem;
            return result;
        }
        if (!input) {
            FileInspection f;
            f.name = name;
            f.kind = kind_of_name(name);
            f.kind_by_name = !f.kind.empty();
            f.problem = problem;
            inspection.files.push_back(std::move(f));
            continue;
        }
        inspection.files.push_back(only_adults(inspect_input(name, *input, limits), *input, limits));
    }
    const auto holds = [&](std::string_view kind) {
        return std::any_of(inspection.files.begin(), inspection.files.end(), [&](const FileInspection& f) {
            return f.kind == kind;
        });
    };
    if (!holds("complaints")) {
        // No file's headers say complaints: the one CSV whose name does is taken by its name,
        // and what its headers lack is a TODO. Otherwise init cannot start.
        std::vector<FileInspection*> named;
        for (auto& f : inspection.files)
            if (f.kind.empty() && f.problem.empty() && lower(f.name).find("complaint") != std::string::npos)
                named.push_back(&f);
        if (named.size() == 1) {
            named[0]->kind = "complaints";
            named[0]->kind_by_file_name = true;
        } else {
            result.error = (folder / "complaints.csv").string() +
                           ": is missing, and no CSV file here has the headers of a complaints export (a "
                           "reference, the date received, the route, the method and the service area); every data "
                           "folder needs complaints.csv (see docs/input-format.md)";
            for (const auto* f : named)
                result.error += "; if " + f->name + " is the complaints export, name it in report.toml with "
                                "[files.complaints] name = \"" + f->name + "\" and its headers in [columns.complaints]";
            return result;
        }
    }
    result.inspection = std::move(inspection);
    return result;
}

}  // namespace ascreport
