// Whole numbers as people read them.
#pragma once

#include <cstdint>
#include <string>

namespace ascreport {

// With thousands separators from four digits on: 950, 3,650, 1,999,950, -12,500.
std::string with_thousands(std::int64_t n);

}  // namespace ascreport
