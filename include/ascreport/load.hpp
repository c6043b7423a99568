// The load stage: a data folder in, typed records and diagnostics out. Never prints or exits.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

#include "ascreport/dataset.hpp"
#include "ascreport/diagnostics.hpp"

namespace ascreport {

struct LoadOptions {
    std::filesystem::path data_dir;
    std::optional<std::filesystem::path> settings_file;  // default: DATA_DIR/report.toml
    std::size_t max_errors_per_file = 50;                // then one line counting the rest
};

struct LoadResult {
    Dataset dataset;
    Diagnostics diagnostics;     // in file order, then line order
    bool settings_failed = false;  // report.toml (or the folder itself) was unusable: exit 2
};

LoadResult load_data_folder(const LoadOptions& options);

}  // namespace ascreport
