#include "ascreport/load.hpp"

namespace ascreport {

// Placeholder until the CSV loader lands (issue 2, in progress).
LoadResult load_data_folder(const LoadOptions& options) {
    LoadResult r;
    r.diagnostics.error(options.data_dir.string(), 0, "", "the loader is not written yet");
    return r;
}

}  // namespace ascreport
