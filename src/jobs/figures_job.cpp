// run_figures: every figure of a period, from the printable text (ascreport/figures_job.hpp).
#include "ascreport/figures_job.hpp"


#include "job_steps.hpp"

namespace ascreport {

FiguresOutcome run_figures(const FiguresRequest& request) {
    FiguresOutcome out;
    const auto run = jobs::load_printable(request.data, out);
    if (!run) return out;
    const WorkingDayCalendar& calendar = *run->loaded.calendar;
    jobs::warn_calendar(calendar, request.period, out);
    out.figures = compute_figures(run->printed.data, calendar, request.period, run->loaded.settings.figures,
                                  run->loaded.settings.time_limits, request.as_of);
    suppress_equality_tables(out.figures, request.suppress_below);
    return out;
}

}  // namespace ascreport
