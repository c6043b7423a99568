// The load stage: each CSV of the data folder as report.toml maps it, then checks across files.
#include "ascreport/load.hpp"

#include <algorithm>

#include "ascreport/contract.hpp"
#include "ascreport/council_files.hpp"
#include "ascreport/header_row.hpp"
#include "loaders.hpp"
#include "ascreport/data_notes.hpp"
#include "ascreport/text.hpp"

namespace ascreport {

std::optional<std::string> data_folder_problem(const std::filesystem::path& dir) {
    std::error_code ec;
    if (std::filesystem::is_directory(dir, ec)) return std::nullopt;
    return std::filesystem::exists(dir, ec) ? "is not a folder; --data takes the folder that holds complaints.csv"
                                            : "no such folder; --data takes the folder that holds complaints.csv";
}

namespace {

// For a folder with no complaints.csv: the other CSV files that look like the complaints export
// (their headers, as report.toml maps them, or their name says so), each with the setting that
// reads it under its own name.
std::string complaints_elsewhere(const std::filesystem::path& dir, const InputMapping& input) {
    std::vector<std::string> found;
    std::error_code ec;
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (ascii_lower(it->path().extension().string()) != ".csv") continue;
        std::string problem;
        const auto in = load::CsvInput::open(it->path(), problem);
        if (!in) continue;
        const auto kind = load::recognise_export(*in, input.encoding, input);
        if ((kind && kind->kind == "complaints") ||
            (!kind && ascii_lower(name).find("complaint") != std::string::npos))
            found.push_back(name);
    }
    std::sort(found.begin(), found.end());
    std::string out;
    for (const auto& name : found)
        out += "; if " + name + " is the complaints export, name it in report.toml: [files.complaints] name = \"" + name +
               "\" (ascreport init proposes it)";
    return out;
}

}  // namespace

LoadResult load_data_folder(const LoadOptions& options, const InputMapping& input, const WorkingDayCalendar& calendar) {
    LoadResult result;
    namespace fs = std::filesystem;
    const fs::path& dir = options.data_dir;
    auto display = [&](std::string_view name) { return (dir / name).string(); };

    if (const auto problem = data_folder_problem(dir)) {
        result.diagnostics.error(dir.string(), 0, "", *problem);
        result.settings_failed = true;
        return result;
    }
    Dataset& data = result.dataset;
    data.age_bands = input.age_bands;

    auto exists = [&](std::string_view name) {
        std::error_code status_ec;
        return fs::exists(fs::symlink_status(dir / name, status_ec));
    };
    // [concerns] reads the concerns from complaints.csv: only where there is no concerns.csv.
    const bool derive_concerns = input.concerns_from.enabled();
    const std::vector<std::string> concern_files = input.file_names("concerns");
    if (derive_concerns && exists(concern_files.front())) {
        result.diagnostics.error(input.concerns_from.file, input.concerns_from.line, "",
                                 "concerns: [concerns] reads the concerns from columns of complaints.csv, but " +
                                     display(concern_files.front()) +
                                     " exists too; remove [concerns] to use concerns.csv, or move concerns.csv out "
                                     "of the folder");
        result.settings_failed = true;
        return result;
    }

    struct FileRead {
        bool present = false;
        Diagnostics diagnostics;
        HeaderUse headers;
    };
    // The files of one kind: the contract's name, or those report.toml [files.KIND] names (each
    // of which must be there).
    auto read = [&](std::string_view kind, bool required, auto&& loader) {
        FileRead out;
        const std::vector<std::string> names = input.file_names(kind);
        const bool named = !input.rules_for(kind).names.empty();
        load::FileReport report(display(names.front()), options.max_errors_per_file);
        std::vector<load::CsvInput> inputs;
        std::vector<load::ExportPart> parts;
        inputs.reserve(names.size());
        for (const std::string& name : names) {
            report.set_file(display(name));
            std::string problem;
            if (!exists(name)) {
                if (named)
                    report.error(0, "", "is missing; report.toml [files." + std::string(kind) +
                                            "] names it (see docs/settings.md, \"Files\")");
                else if (required)
                    report.error(0, "", "is missing; every data folder needs complaints.csv (see docs/input-format.md)" +
                                            complaints_elsewhere(dir, input));
                continue;
            }
            out.present = true;
            if (auto in = load::CsvInput::open(dir / name, problem)) {
                inputs.push_back(std::move(*in));
                parts.push_back({display(name), nullptr});
            } else {
                report.error(0, "", problem);
            }
        }
        for (std::size_t i = 0; i < parts.size(); ++i) parts[i].input = &inputs[i];
        if (!parts.empty()) loader(load::ExportFiles(std::move(parts)), report);
        out.diagnostics = report.finish();
        out.headers = std::move(report.header_use());
        out.headers.file = std::string(load::kInputFiles[static_cast<std::size_t>(
            std::find_if(load::kInputFiles.begin(), load::kInputFiles.end(), [&](const auto& f) { return f.key == kind; }) -
            load::kInputFiles.begin())].name);
        out.headers.files = names;
        return out;
    };

    // One file after another, each on this thread: complaints.csv first, since concerns.csv
    // refers to its references.
    load::ComplaintRefs refs;
    FileRead complaints = read("complaints", true, [&](const load::ExportFiles& in, load::FileReport& r) {
        refs = load::load_complaints(in, input, data, r, derive_concerns);
    });
    FileRead concerns = read("concerns", false, [&](const load::ExportFiles& in, load::FileReport& r) {
        load::load_concerns(in, input, refs, data, r);
    });
    FileRead compliments = read("compliments", false, [&](const load::ExportFiles& in, load::FileReport& r) {
        load::load_compliments(in, input, data, r);
    });
    FileRead lgsco = read("lgsco", false,
                          [&](const load::ExportFiles& in, load::FileReport& r) { load::load_lgsco(in, input, data, r, &refs); });
    FileRead regional = read("regional", false,
                             [&](const load::ExportFiles& in, load::FileReport& r) { load::load_regional(in, input, data, r); });

    for (FileRead* f : {&complaints, &concerns, &compliments, &lgsco, &regional}) {
        result.diagnostics.append(f->diagnostics);
        result.headers.push_back(std::move(f->headers));
    }
    for (const auto& in : load::kInputFiles) {
        const std::string kind(in.key);
        std::vector<std::string>& shown = data.files[kind];
        for (const std::string& name : input.file_names(derive_concerns && kind == "concerns" ? "complaints" : kind))
            shown.push_back(display(name));
    }
    data.present.concerns = concerns.present || derive_concerns;
    data.present.compliments = compliments.present;
    data.present.lgsco = lgsco.present;
    data.present.regional = regional.present;
    // The council's own tables of the Code's annual report, when the folder has them.
    if (exists(kSelfAssessmentFile))
        data.self_assessment = read_self_assessment(dir / kSelfAssessmentFile, display(kSelfAssessmentFile),
                                                    result.diagnostics, options.max_errors_per_file);
    if (exists(kActionsFile))
        data.actions = read_actions(dir / kActionsFile, display(kActionsFile), result.diagnostics,
                                    options.max_errors_per_file);
    data.narratives = load_narratives(dir, options.narratives);
    if (!result.diagnostics.has_errors())
        result.diagnostics.append(data_warnings(data, calendar, display(input.file_names("complaints").front())));
    return result;
}

std::vector<std::filesystem::path> input_files(const LoadResult& loaded, const LoadOptions& options) {
    std::vector<std::filesystem::path> inputs;
    for (const HeaderUse& h : loaded.headers)
        for (const std::string& f : h.files) inputs.push_back(options.data_dir / f);
    for (const NarrativeFile& n : loaded.dataset.narratives) inputs.emplace_back(n.file);
    if (loaded.dataset.self_assessment.present()) inputs.emplace_back(loaded.dataset.self_assessment.file);
    if (loaded.dataset.actions.present()) inputs.emplace_back(loaded.dataset.actions.file);
    return inputs;
}

std::string describe_load_errors(std::size_t n, const std::string& data_dir) {
    return with_thousands(static_cast<std::int64_t>(n)) + (n == 1 ? " error" : " errors") + " in " + data_dir + "; fix " +
           (n == 1 ? "it" : "them") + " and run again (docs/input-format.md describes each file)";
}

namespace {

// Counts dates per financial year. A file spans a handful of years, so each year seen is kept
// with its first and last day and a date costs a few comparisons, not a date conversion and
// a map lookup (this runs for every row of every file).
class YearCounter {
public:
    void add(Date d) {
        for (Year& y : years_)
            if (d >= y.first && d <= y.last) {
                ++y.count;
                return;
            }
        const FinancialYear fy = FinancialYear::containing(d);
        years_.push_back({fy, fy.first_day(), fy.last_day(), 1});
    }
    void add_to(std::map<FinancialYear, std::size_t>& out) const {
        for (const Year& y : years_) out[y.year] += y.count;
    }

private:
    struct Year {
        FinancialYear year;
        Date first, last;
        std::size_t count;
    };
    std::vector<Year> years_;
};

}  // namespace

std::vector<FileRowCount> count_rows(const Dataset& data) {
    std::vector<FileRowCount> out;
    auto add = [&](std::string file, bool present, std::size_t rows, const auto& records, auto date_of) {
        out.push_back({std::move(file), present, rows, {}});
        YearCounter years;
        for (const auto& r : records) years.add(date_of(r));
        years.add_to(out.back().per_year);
    };
    add("complaints.csv", true, data.complaints.size(), data.complaints, [](const Complaint& c) { return c.received; });
    add("concerns.csv", data.present.concerns, data.concerns.size(), data.concerns,
        [&](const Concern& c) { return data.complaints[c.complaint].received; });
    add("compliments.csv", data.present.compliments, data.compliments.size(), data.compliments,
        [](const Compliment& c) { return c.received; });
    add("lgsco.csv", data.present.lgsco, data.lgsco.size(), data.lgsco, [](const OmbudsmanCase& c) { return c.received; });
    out.push_back({"regional.csv", data.present.regional, data.regional.size(), {}});
    for (const auto& r : data.regional) ++out.back().per_year[r.year];
    return out;
}

}  // namespace ascreport
