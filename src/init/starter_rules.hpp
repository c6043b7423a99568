// The parts of plan_starter (src/init/starter_plan.cpp) that live in their own files, and
// the helpers they share. Internal to `ascreport init`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "starter_plan.hpp"

namespace ascreport::init {

// "A|B|C" -> {"A", "B", "C"}
std::vector<std::string> split_names(std::string_view names);
// Whether one of the "|"-separated names has the name_key `key`.
bool names_contain(std::string_view names, std::string_view key);
const ColumnValues* find_column(const FileInspection& file, std::string_view header);

// [concerns] from complaints.csv columns, when the folder has no concerns.csv.
void plan_concerns(const FolderInspection& inspection, StarterPlan& plan);
// [complaints] one_row_per_stage, and the stage and panel columns it reads (starter_stages.cpp):
// before plan_values, which maps the stage column's spellings.
void plan_stages(StarterPlan& plan);
// The stage (1, 2 or 3) a stage cell names as init reads it: as the loader does (1, "Stage 2"),
// by its number ("Stage 2 - Investigation", "Stage Two") or by the procedure's name for it
// ("Review Panel"); 0 for anything else. `as_written`: the loader reads it without a mapping.
int stage_in_spelling(std::string_view spelling, bool* as_written = nullptr);
// [values.*] and [input] age_bands, from the columns chosen in plan.files.
void plan_values(StarterPlan& plan);
// [input] date_format, from the date columns chosen in plan.files.
void plan_dates(StarterPlan& plan);
// [files.KIND] skip_rows and keep_rows, and [concerns] one_row_per_issue (starter_rows.cpp).
void plan_rows(StarterPlan& plan);
// `text` with Excel's wildcard characters escaped (~*, ~?, ~~): a pattern matching it alone.
std::string wildcard_escaped(std::string_view text);

}  // namespace ascreport::init
