// inspect_folder: reads a data folder's exports for `ascreport init`, with the loader's own CSV
// machinery (QuoteAwareSource under fast-cpp-csv-parser's LineReader), so that what init sees
// is what the loader will see: the same quoting, line breaks inside quotes, Windows-1252
// conversion, and findings (UTF-16, NUL bytes, bytes that are not UTF-8).
#include "ascreport/inspect.hpp"
#include "ascreport/text.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unordered_map>

#include "contract.hpp"
#include "csv_source.hpp"
#include "csv_table.hpp"

namespace ascreport {
namespace {

namespace fs = std::filesystem;

constexpr std::uint64_t kMaxRecords = load::kMaxRecordsPerFile;

// Opens a regular file as the loader does (a FIFO cannot hang it). -1 with `problem` set
// otherwise, worded as docs/faults.md words it.
int open_regular(const fs::path& path, std::string& problem) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        const int e = errno;
        problem = e == ELOOP ? "the path is a loop of symbolic links; point it at a real file"
                             : std::string("could not be opened: ") + std::strerror(e);
        return -1;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        problem = S_ISDIR(st.st_mode) ? "is a folder, not a file; the data folder must hold the CSV files directly"
                                      : "is not a regular file (a pipe or device?); save the export as a file";
        return -1;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    return fd;
}

// Where the bytes come from: a file (opened afresh for each pass) or memory.
struct Input {
    fs::path path;
    std::string_view bytes;
    bool in_memory = false;

    std::unique_ptr<load::QuoteAwareSource> open(Encoding e, std::shared_ptr<load::SourceState> state,
                                                 std::string& problem) const {
        if (in_memory) return std::make_unique<load::QuoteAwareSource>(bytes, e, std::move(state));
        const int fd = open_regular(path, problem);
        if (fd < 0) return nullptr;
        return std::make_unique<load::QuoteAwareSource>(fd, e, std::move(state));
    }
};

// Splits one logical line into fields, trimmed and unquoted in place, each on one line (a line
// break inside quotes reads as a space). False for a quote that is never closed.
bool split_record(char* line, std::vector<std::string_view>& fields) {
    if (!load::split_fields(line, fields)) return false;
    for (std::string_view& v : fields) {
        char* begin = line + (v.data() - line);  // the field's own bytes in the line, rewritten in place
        v = trim(std::string_view(begin, load::restore_line_breaks(begin, v.size(), ' ')));
    }
    return true;
}

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

Pass not_utf8(const load::SourceState& state, FileInspection& out) {
    const auto f = state.findings();
    out.first_non_utf8_line = f.first_invalid_utf8_line;
    out.first_non_utf8_byte = f.first_invalid_byte;
    return Pass::NotUtf8;
}

// One pass over the file in `encoding`. With `give_up_on_bad_utf8`, stops as soon as the
// source finds a byte that is not UTF-8.
Pass read_pass(const Input& input, Encoding encoding, bool give_up_on_bad_utf8, const InspectLimits& limits,
               FileInspection& out) {
    auto state = std::make_shared<load::SourceState>();
    std::string problem;
    auto source = input.open(encoding, state, problem);
    if (!source) {
        out.problem = problem;
        return Pass::Done;
    }
    const auto bad_utf8 = [&] { return give_up_on_bad_utf8 && state->findings().first_invalid_utf8_line != 0; };
    try {
        io::LineReader reader(out.name, std::move(source));
        auto f = state->findings();
        if (f.looks_like_utf16) {
            out.problem = "the file is saved as UTF-16, not UTF-8; save it as \"CSV UTF-8\" (in Excel: File > Save "
                          "As > CSV UTF-8) and run again";
            return Pass::Done;
        }
        char* line = reader.next_line();
        while (line && std::string_view(line).find_first_not_of(" \t\r") == std::string_view::npos)
            line = reader.next_line();
        if (!line) {
            out.problem = "the file is empty; its first line must be a header naming the columns";
            return Pass::Done;
        }
        // The header as the export spells it (the source lower-cases the parser's copy).
        std::vector<std::string> header = load::split_header(state->findings().original_header);
        out.columns.clear();
        for (auto& h : header) out.columns.push_back({std::move(h), 0, {}, 0, false, {}});
        std::vector<ColumnCounter> counters(out.columns.size(), ColumnCounter(limits.max_values));

        std::vector<std::string_view> fields;
        std::uint64_t records = 0;
        for (std::uint64_t n = 1; (line = reader.next_line()) != nullptr; ++n) {
            if ((n & 255) == 0 && bad_utf8()) return not_utf8(*state, out);
            if (!split_record(line, fields)) {
                out.stopped = "a quote opened in a record is never closed, so the rest of the file reads as one "
                              "value; validate names its line";
                break;
            }
            const bool empty = std::all_of(fields.begin(), fields.end(), [](std::string_view v) { return v.empty(); });
            if (empty) {
                // A blank line is not a record; a line of empty cells (",,,,") is one, skipped.
                if (fields.size() > 1) ++out.empty_rows;
                continue;
            }
            if (++records > kMaxRecords) {
                out.stopped = "the file has more than 2,000,000 records; only the first 2,000,000 were read";
                break;
            }
            ++out.rows;
            if (fields.size() != out.columns.size()) ++out.ragged_rows;
            for (std::size_t i = 0; i < std::min(fields.size(), out.columns.size()); ++i) {
                if (fields[i].empty()) continue;
                counters[i].add(fields[i], out.columns[i]);
                if (out.ascii && std::any_of(fields[i].begin(), fields[i].end(),
                                             [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
                    out.ascii = false;
            }
        }
    } catch (const io::error::line_length_limit_exceeded&) {
        out.stopped = "a record is longer than 16 MiB (an unclosed quote?); reading stopped there";
    } catch (const io::error::base& e) {
        out.stopped = std::string("the file could not be read further: ") + e.what();
    }
    if (bad_utf8()) return not_utf8(*state, out);
    const auto f = state->findings();
    if (f.read_errno != 0) out.problem = std::string("the file could not be read: ") + std::strerror(f.read_errno);
    else if (f.first_nul_line != 0)
        out.problem = "the file contains NUL bytes (the first on line " + std::to_string(f.first_nul_line) +
                      "), so it is not a text CSV file; export it again as CSV (UTF-8)";
    if (!out.problem.empty()) out.columns.clear();
    for (auto& h : out.columns)
        if (std::any_of(h.header.begin(), h.header.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
            out.ascii = false;
    for (auto& c : out.columns)  // most frequent first; stable, so the first seen wins a tie
        std::stable_sort(c.values.begin(), c.values.end(),
                         [](const ValueCount& a, const ValueCount& b) { return a.count > b.count; });
    return Pass::Done;
}

FileInspection inspect_input(std::string_view name, const Input& input, const InspectLimits& limits) {
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
    Input input;
    input.bytes = bytes;
    input.in_memory = true;
    return inspect_input(name, input, limits);
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
        if (const int fd = open_regular(path, problem); fd >= 0) {
            ::close(fd);
        } else if (complaints) {
            result.error = path.string() + ": " + problem;
            return result;
        } else {
            FileInspection f;
            f.name = std::string(file.name);
            f.problem = problem;
            inspection.files.push_back(std::move(f));
            continue;
        }
        Input input;
        input.path = path;
        inspection.files.push_back(inspect_input(file.name, input, limits));
    }
    result.inspection = std::move(inspection);
    return result;
}

}  // namespace ascreport
