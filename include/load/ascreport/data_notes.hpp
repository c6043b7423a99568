// Notes on valid data: warnings that do not stop a run, and groupings worth a look.
#pragma once

#include <string>

#include "ascreport/calendar.hpp"
#include "ascreport/dataset.hpp"
#include "ascreport/diagnostics.hpp"

namespace ascreport {

// Complaints whose dates fall outside the years `calendar` covers. `complaints_file` is how
// messages name complaints.csv.
Diagnostics data_warnings(const Dataset& data, const WorkingDayCalendar& calendar, const std::string& complaints_file);

// Free-text values that the contract's grouping counts under another spelling: not a problem,
// but worth a look (validate lists them).
Diagnostics spelling_notes(const Dataset& data, const std::string& complaints_file);

}  // namespace ascreport
