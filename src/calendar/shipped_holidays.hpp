// The dates of data/bank-holidays-england-and-wales.csv, compiled in at build time (the
// generator is the block at the end of CMakeLists.txt; the template is
// shipped_holidays.cpp.in). Private to the library: callers use
// WorkingDayCalendar::england_and_wales().
#pragma once

#include <span>
#include <string_view>

namespace ascreport::detail {

// YYYY-MM-DD, in file order. The build checked the form of each; the calendar parses them.
std::span<const std::string_view> shipped_bank_holiday_dates();

}  // namespace ascreport::detail
