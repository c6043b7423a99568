// The year's own text: DATA/narrative/*.md, read as it is (the report puts figures into it).
#include <algorithm>
#include <fstream>
#include <sstream>

#include "ascreport/load.hpp"

namespace ascreport {

std::vector<NarrativeFile> load_narratives(const std::filesystem::path& data_dir) {
    namespace fs = std::filesystem;
    std::vector<NarrativeFile> out;
    std::error_code ec;
    const fs::path dir = data_dir / "narrative";
    if (!fs::is_directory(dir, ec)) return out;
    std::vector<fs::path> files;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".md" && it->is_regular_file(ec)) files.push_back(it->path());
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
        std::ifstream in(f, std::ios::binary);
        std::stringstream buf;
        buf << in.rdbuf();
        if (in) out.push_back({f.string(), buf.str()});
    }
    return out;
}

}  // namespace ascreport
