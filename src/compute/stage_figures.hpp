// Internal to compute: the registry's tables and numbers of regimes and stages (Counted::Stages,
// RespondedStages, RegimeComplaints), counted by compute_figures.
#pragma once

#include <span>

#include "ascreport/calendar.hpp"
#include "ascreport/dataset.hpp"
#include "ascreport/figures.hpp"
#include "ascreport/time_limits.hpp"

namespace ascreport::detail {

// `slots`: the period and the one compared with. Every table it fills is compared.
void count_stages(const Dataset& data, const WorkingDayCalendar& calendar, std::span<const Period> slots,
                  const TimeLimits& limits, Date as_of, Figures& f);

}  // namespace ascreport::detail
