// Levenshtein distance, for the "did you mean" hints of every stage's messages.
#pragma once

#include <cstddef>
#include <string_view>

namespace ascreport {

std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace ascreport
