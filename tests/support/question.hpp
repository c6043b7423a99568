// A breakdown or list question asked as the jobs ask it, for tests of counting and of the usage
// messages: the words parsed (ascreport/breakdown_job.hpp), compute run on the bound query, and
// a problem the data raises worded as the command words it.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "ascreport/breakdown.hpp"
#include "ascreport/breakdown_job.hpp"
#include "ascreport/calendar.hpp"

namespace ascreport::test {

struct Answer {
    Breakdown breakdown;
    std::string error;  // the usage message; empty when answered
    bool ok() const { return error.empty(); }
};

// `query` holds the question but its by and where, which come from the words.
inline Answer ask_question(const Dataset& data, const WorkingDayCalendar& calendar, BreakdownQuery query,
                           const std::vector<std::string>& by, const std::vector<std::string>& where = {}) {
    Answer a;
    a.error = parse_breakdown_words(by, where, query);
    if (!a.error.empty()) return a;
    BreakdownResult r = run_breakdown(data, calendar, query);
    a.error = query_problem_message(r.problem, where, query.by);
    a.breakdown = std::move(r.breakdown);
    return a;
}

struct ListAnswer {
    CaseList list;
    std::string error;
    bool ok() const { return error.empty(); }
};

// `query` holds period, route and as_of.
inline ListAnswer ask_list(const Dataset& data, const WorkingDayCalendar& calendar, ListQuery query,
                           const std::vector<std::string>& fields, const std::string& sort,
                           const std::vector<std::string>& where) {
    ListAnswer a;
    a.error = parse_list_words(fields, sort, where, query);
    if (!a.error.empty()) return a;
    ListResult r = run_list(data, calendar, query);
    a.error = query_problem_message(r.problem, where, {});
    a.list = std::move(r.list);
    return a;
}

}  // namespace ascreport::test
