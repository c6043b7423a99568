// ascreport breakdown and ascreport list as jobs: a question asked of a data folder, in three
// phases. Its words (--by, --where, --fields, --sort as typed) are parsed once, before the
// data is read, into the fields and conditions of a BreakdownQuery or ListQuery (a usage error
// worded with the options' names); compute binds each condition's value to the data's values
// and counts (QueryProblem, worded here); the answer is then hidden where small
// (--suppress-below) and arranged (--sort, --top) for the caller to print. Both read the text
// as the report prints it: normalised, and the [privacy] redact names replaced by "(Name)".
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "ascreport/breakdown.hpp"
#include "ascreport/format.hpp"
#include "ascreport/job.hpp"
#include "ascreport/load_job.hpp"
#include "ascreport/period.hpp"

namespace ascreport {

// ---- The words of a question, parsed once ---------------------------------------------------------

// --by (one or two field names) and --where (FIELD=VALUE, repeatable) as typed, into
// `query.by` and `query.where`; `query`'s other members (of, route, percent, measure) are read
// to check the words against them. Returns the usage error naming what is allowed (without
// the command's name), or "" when the question is well formed.
std::string parse_breakdown_words(const std::vector<std::string>& by, const std::vector<std::string>& where,
                                  BreakdownQuery& query);

// --fields (empty: kDefaultListFields), --sort FIELD[:desc] and --where as typed, into `query`'s
// fields, sort and where. The usage error, or "".
std::string parse_list_words(const std::vector<std::string>& fields, const std::string& sort,
                             const std::vector<std::string>& where, ListQuery& query);

// What the data says against a question, worded with the options' names: `where` is --where as
// typed, `by` the fields of --by.
std::string query_problem_message(const QueryProblem& problem, const std::vector<std::string>& where,
                                   const std::vector<Field>& by);

// ---- breakdown ----------------------------------------------------------------------------------

struct BreakdownRequest {
    DataRequest data;
    std::vector<std::string> by;     // --by as typed
    std::vector<std::string> where;  // --where as typed
    BreakdownQuery query;            // period, route, compare, of, percent, measure (by and where: from the words)
    int suppress_below = 0;          // counts 1 to N-1 hidden, and what would give them away
    RowOrder order = RowOrder::Table;
    std::optional<std::size_t> top;  // the first N rows; the total covers all
};

struct BreakdownOutcome : JobOutcome {
    Breakdown breakdown;                        // set when ok(): hidden and arranged, to print
    std::size_t redacted = 0;                   // replacements of redact names by "(Name)"
    std::vector<std::filesystem::path> inputs;  // what no output of the run may replace
};

BreakdownOutcome answer_breakdown(const BreakdownRequest& request);

// ---- list -----------------------------------------------------------------------------------------

struct ListRequest {
    DataRequest data;
    std::vector<std::string> fields;  // --fields as typed; empty: kDefaultListFields
    std::string sort;                 // --sort as typed; empty: received order
    std::vector<std::string> where;   // --where as typed
    ListQuery query;                  // period, route, as_of (the rest: from the words)
};

struct ListOutcome : JobOutcome {
    CaseList list;                              // set when ok()
    std::size_t redacted = 0;
    std::vector<std::filesystem::path> inputs;
};

ListOutcome answer_list(const ListRequest& request);

}  // namespace ascreport
