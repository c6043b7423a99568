#include "ascreport/load_job.hpp"

namespace ascreport {

LoadedData load_data(const DataRequest& request) {
    namespace fs = std::filesystem;
    LoadedData out;
    LoadResult& result = out.loaded;
    const fs::path& dir = request.load.data_dir;
    if (const auto problem = data_folder_problem(dir)) {
        result.diagnostics.error(dir.string(), 0, "", *problem);
        result.settings_failed = true;
        return out;
    }
    const fs::path settings_path = request.settings_file ? *request.settings_file : dir / "report.toml";
    std::error_code ec;
    if (request.settings_file && !fs::exists(settings_path, ec)) {
        result.diagnostics.error(settings_path.string(), 0, "", "no such settings file");
        result.settings_failed = true;
        return out;
    }
    SettingsResult settings = load_settings(settings_path, settings_path.string());
    if (settings.diagnostics.has_errors()) {
        result.diagnostics = std::move(settings.diagnostics);
        result.settings_failed = true;
        return out;
    }
    out.settings = std::move(settings.settings);
    out.calendar = WorkingDayCalendar::england_and_wales(out.settings.extra_bank_holidays);
    result = load_data_folder(request.load, out.settings.input, *out.calendar);
    Diagnostics all = std::move(settings.diagnostics);
    all.append(result.diagnostics);
    result.diagnostics = std::move(all);
    out.inputs = input_files(result, request.load);
    out.inputs.insert(out.inputs.begin() + static_cast<std::ptrdiff_t>(result.headers.size()), settings_path);
    return out;
}

}  // namespace ascreport
