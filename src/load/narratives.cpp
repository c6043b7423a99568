// The year's own text: DATA/narrative/*.md, read as it is (the report puts figures into it).
#include <algorithm>

#include "ascreport/files.hpp"
#include "ascreport/load.hpp"

namespace ascreport {

std::vector<NarrativeFile> load_narratives(const std::filesystem::path& data_dir,
                                           const std::optional<std::set<std::string>>& only) {
    namespace fs = std::filesystem;
    std::vector<NarrativeFile> out;
    std::error_code ec;
    const fs::path dir = data_dir / "narrative";
    if (!fs::is_directory(dir, ec)) return out;
    // Every NAME.md that is there (a link that leads nowhere is not: the template's text is
    // printed in its place), readable or not.
    std::vector<fs::path> files;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code exists_ec;
        if (it->path().extension() == ".md" && (!only || only->contains(it->path().stem().string())) &&
            fs::exists(it->path(), exists_ec))
            files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
        NarrativeFile n{f.string(), "", f.stem().string(), ""};
        // Only a regular file inside DATA/narrative, once links are resolved (a link to
        // /proc/self/environ must not be printed), and no larger than kMaxTextFileBytes: a
        // folder, a pipe or a file too large is kept with the reason and no text.
        FileText read = read_confined_text(f, dir);
        if (read.problem) n.problem = *read.problem;
        else n.text = std::move(read.text);
        out.push_back(std::move(n));
    }
    return out;
}

const NarrativeFile* Dataset::narrative(std::string_view name) const {
    const auto it = std::find_if(narratives.begin(), narratives.end(), [&](const NarrativeFile& n) { return n.name == name; });
    return it == narratives.end() ? nullptr : &*it;
}

}  // namespace ascreport
