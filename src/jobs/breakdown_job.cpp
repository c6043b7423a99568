// answer_breakdown and answer_list: a question's words parsed, the folder loaded, the text made
// printable, the question bound and counted (ascreport/breakdown_job.hpp).
#include <algorithm>

#include "ascreport/breakdown_job.hpp"

#include "job_steps.hpp"

namespace ascreport {

BreakdownOutcome answer_breakdown(const BreakdownRequest& request) {
    BreakdownOutcome out;
    BreakdownQuery query = request.query;
    if (std::string error = parse_breakdown_words(request.by, request.where, query); !error.empty()) {
        out.stop(JobStatus::Usage, std::move(error));
        return out;
    }
    const auto run = jobs::load_printable(request.data, out);
    if (!run) return out;
    const WorkingDayCalendar& calendar = *run->loaded.calendar;
    const auto timescale = [](Field f) { return f == Field::Timescale; };
    if (query.measure || query.of == Records::Stages || std::any_of(query.by.begin(), query.by.end(), timescale) ||
        std::any_of(query.where.begin(), query.where.end(), [](const Condition& c) { return c.field == Field::Timescale; }))
        jobs::warn_calendar(calendar, query.period, out);
    // --compare: a previous period before the records start reads no data ([input] records_start).
    query.records_start = run->loaded.settings.figures.records_start;
    query.limits = run->loaded.settings.time_limits;  // what stages are timed against
    BreakdownResult result = run_breakdown(run->printed.data, calendar, query);
    if (!result.ok()) {
        out.stop(JobStatus::Usage, query_problem_message(result.problem, request.where, query.by));
        return out;
    }
    suppress_small_counts(result.breakdown, request.suppress_below);
    hide_revealing_shares(result.breakdown);
    hide_small_group_measures(result.breakdown, request.suppress_below);
    arrange_rows(result.breakdown, request.order, request.top);
    out.breakdown = std::move(result.breakdown);
    return out;
}

ListOutcome answer_list(const ListRequest& request) {
    ListOutcome out;
    ListQuery query = request.query;
    if (std::string error = parse_list_words(request.fields, request.sort, request.where, query); !error.empty()) {
        out.stop(JobStatus::Usage, std::move(error));
        return out;
    }
    const auto run = jobs::load_printable(request.data, out);
    if (!run) return out;
    const WorkingDayCalendar& calendar = *run->loaded.calendar;
    const std::vector<ListField> columns = query.fields.empty() ? default_list_fields() : query.fields;
    if (std::any_of(columns.begin(), columns.end(), [](const ListField& f) {
            return f.column == ListField::Column::WorkingDays || f.column == ListField::Column::OpenWorkingDays ||
                   (f.column == ListField::Column::Field && f.field == Field::Timescale) ||
                   (f.column == ListField::Column::Stage && f.part >= ListField::Part::OnTime);
        }))
        jobs::warn_calendar(calendar, query.period, out);
    query.limits = run->loaded.settings.time_limits;
    ListResult result = run_list(run->printed.data, calendar, query);
    if (!result.ok()) {
        out.stop(JobStatus::Usage, query_problem_message(result.problem, request.where, {}));
        return out;
    }
    out.list = std::move(result.list);
    return out;
}

}  // namespace ascreport
