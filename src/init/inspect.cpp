// inspect_folder: reads a data folder's exports for `ascreport init` with the loader's own CSV
// reader (load/csv_reader.hpp), so that what init sees is what the loader will see: the same
// quoting, line breaks inside quotes, Windows-1252 conversion, and the same messages for a file
// it cannot read (UTF-16, NUL bytes) or stopped reading (an unclosed quote, a record over
// 16 MiB, too many records).
#include "ascreport/inspect.hpp"
#include "ascreport/text.hpp"

#include <algorithm>
#include <unordered_map>

#include "ascreport/contract.hpp"
#include "ascreport/csv_reader.hpp"

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

std::span<const load::ColumnSpec> columns_of(std::string_view name) {
    for (const auto& f : load::kInputFiles)
        if (f.name == name) return f.columns;
    return {};
}

// One pass over the file in `encoding`. With `give_up_on_bad_utf8`, stops as soon as the
// reader finds a byte that is not UTF-8.
Pass read_pass(const load::CsvInput& input, Encoding encoding, bool give_up_on_bad_utf8, const InspectLimits& limits,
               FileInspection& out) {
    load::CsvReader reader(input, encoding);
    load::CsvRecord record;
    std::vector<ColumnCounter> counters;
    std::vector<std::string_view> values;
    // A record whose cells are all empty once trimmed (" ",,): skipped and counted, as the
    // reader does with ",,,," (a blank line is not a record).
    std::uint64_t empty_records = 0;
    bool header = reader.findings().utf16 ? false : reader.next(record);
    if (header) {
        for (std::size_t i = 0; i < record.size(); ++i) out.columns.push_back({std::string(record[i]), 0, {}, 0, false, {}});
        counters.assign(out.columns.size(), ColumnCounter(limits.max_values));
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
        out.problem = load::empty_file_message(columns_of(out.name));
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

FileInspection inspect_input(std::string_view name, const load::CsvInput& input, const InspectLimits& limits) {
    FileInspection out;
    out.name = std::string(name);
    if (read_pass(input, Encoding::Utf8, true, limits, out) == Pass::Done) return out;
    // Not UTF-8: read it all again as Windows-1252, in which every byte is a character.
    FileInspection again;
    again.name = out.name;
    again.utf8 = false;
    again.ascii = false;
    again.first_non_utf8_line = out.first_non_utf8_line;
    again.first_non_utf8_byte = out.first_non_utf8_byte;
    read_pass(input, Encoding::Windows1252, false, limits, again);
    return again;
}

bool is_other_export(const fs::path& p) {
    std::string ext = p.extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext == ".csv" || ext == ".xlsx" || ext == ".xls" || ext == ".ods" || ext == ".txt" || ext == ".tsv";
}

}  // namespace

FileInspection inspect_bytes(std::string_view name, std::string_view bytes, const InspectLimits& limits) {
    return inspect_input(name, load::CsvInput::memory(bytes), limits);
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

    std::vector<std::string> others;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        const bool ours = std::any_of(load::kInputFiles.begin(), load::kInputFiles.end(),
                                      [&](const auto& f) { return f.name == name; });
        if (!ours && is_other_export(it->path())) others.push_back(name);
    }
    std::sort(others.begin(), others.end());
    inspection.other_files = others;

    for (const auto& file : load::kInputFiles) {
        const fs::path path = folder / file.name;
        const bool complaints = file.name == "complaints.csv";
        if (!fs::exists(fs::symlink_status(path, ec))) {
            if (!complaints) continue;
            result.error = path.string() + ": is missing; every data folder needs complaints.csv (see "
                                           "docs/input-format.md)";
            for (const auto& other : others) {
                std::string lower = other;
                for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                if (lower.find("complaint") != std::string::npos)
                    result.error += "; if " + other + " is the complaints export, rename it complaints.csv";
            }
            return result;
        }
        std::string problem;
        auto input = load::CsvInput::open(path, problem);
        if (!input && complaints) {
            result.error = path.string() + ": " + problem;
            return result;
        }
        if (!input) {
            FileInspection f;
            f.name = std::string(file.name);
            f.problem = problem;
            inspection.files.push_back(std::move(f));
            continue;
        }
        inspection.files.push_back(inspect_input(file.name, *input, limits));
    }
    result.inspection = std::move(inspection);
    return result;
}

}  // namespace ascreport
