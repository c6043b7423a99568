// The year's own text: DATA/narrative/*.md, read as it is (the report puts figures into it).
#include <algorithm>

#include "ascreport/files.hpp"
#include "ascreport/load.hpp"

namespace ascreport {

std::vector<NarrativeFile> load_narratives(const std::filesystem::path& data_dir,
                                           const std::optional<std::set<std::string>>& only) {
    namespace fs = std::filesystem;
    std::vector<NarrativeFile> out;
    // The folder is opened once, inside the data folder (a link to a folder elsewhere in DATA is
    // fine, one out of it is not), and every file is opened through it.
    const ConfinedFolder data(data_dir);
    const ConfinedFolder dir(data, "narrative");
    if (!dir.is_open()) {
        // No folder (or something else by its name): the template's texts print. A folder out of
        // DATA is not looked into: each text the report would read from it is an error, named
        // where the report prints it.
        if (dir.error() == EXDEV && only)
            for (const std::string& name : *only)
                out.push_back({(dir.path() / (name + ".md")).string(), "", name,
                               "is in " + dir.path().string() + ", which " + *dir.problem()});
        return out;
    }
    for (const std::string& file : dir.names()) {
        const fs::path name = file;
        if (name.extension() != ".md" || (only && !only->contains(name.stem().string()))) continue;
        NarrativeFile n{(dir.path() / name).string(), "", name.stem().string(), ""};
        // Only a regular file inside DATA/narrative, once links are resolved (a link to
        // /proc/self/environ must not be printed), and no larger than kMaxTextFileBytes: a
        // folder, a pipe or a file too large is kept with the reason and no text. A link that
        // leads nowhere is not there: the template's text is printed in its place.
        FileText read = dir.read_text(name);
        if (read.missing) continue;
        if (read.problem) n.problem = *read.problem;
        else n.text = std::move(read.text);
        out.push_back(std::move(n));
    }
    return out;
}

}  // namespace ascreport
