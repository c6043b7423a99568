#include "ascreport/dataset.hpp"

#include <algorithm>

namespace ascreport {

const NarrativeFile* Dataset::narrative(std::string_view name) const {
    const auto it = std::find_if(narratives.begin(), narratives.end(), [&](const NarrativeFile& n) { return n.name == name; });
    return it == narratives.end() ? nullptr : &*it;
}

}  // namespace ascreport
