#include "ascreport/dataset.hpp"

#include <algorithm>

namespace ascreport {

std::string_view label(Compliance c) {
    switch (c) {
        case Compliance::Yes: return "Yes";
        case Compliance::No: return "No";
        case Compliance::Partly: return "Partly";
        default: return "";
    }
}

const NarrativeFile* Dataset::narrative(std::string_view name) const {
    const auto it = std::find_if(narratives.begin(), narratives.end(), [&](const NarrativeFile& n) { return n.name == name; });
    return it == narratives.end() ? nullptr : &*it;
}

std::string Dataset::file_of(std::string_view kind, std::uint16_t part) const {
    if (auto f = files.find(kind); f != files.end() && part < f->second.size()) return f->second[part];
    return std::string(kind) + ".csv";
}

}  // namespace ascreport
