// The blocks a template's directives place (docs/templates.md, "Tables, charts and lists"):
// each turns figures into document-model blocks, with the numbers formatted for print.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "ascreport/dataset.hpp"
#include "ascreport/document.hpp"
#include "ascreport/figures.hpp"
#include "ascreport/report.hpp"
#include "names.hpp"

namespace ascreport::report {

// A compared table with no earlier data keeps its previous-year column, reading "no data".
Table table_block(const NamedTable& t, const Figures& f);
Table complaints_vs_compliments_table(const Figures& f);
BarChart chart_block(const NamedTable& t, const Figures& f);
BarChart complaints_vs_compliments_chart(const Figures& f);
// "White British 33 (56%), Indian 4 (7%) and N/A 13 (22%)": the rows with a count, in the
// table's own order for a fixed vocabulary (outcome, age_band, ...), largest first for free
// text (ethnicity, category, ...) with N/A last. A row hidden by --suppress-below reads
// "Indian (not shown)". Each value with a Source (`sources`, one per row of the breakdown) is a
// run of its own carrying it.
Paragraph list_sentence(const NamedTable& t, const std::vector<SourceRef>& sources = {});
// Each case: a "Case N" subheading, a line saying what was decided, and its summary (its
// Source: its file (source_file: `data_dir`), its line, column summary). Cases not `decided` in the period (received
// in it, decided after `period_last` or not yet) are left for the report of the year they are
// decided in: a "Case N" subheading and "Received 11 December 2023; not decided by 31 March
// 2024", never their decision, remedy or summary.
std::vector<Block> case_blocks(const std::vector<OmbudsmanCaseItem>& cases, const Dataset& data, bool decided,
                               Date period_last, const std::filesystem::path& data_dir);
// The compliments whose quotes the report prints ([report] quotes, docs/templates.md): those
// published in the period (marked publish, with words), each quote once (the same after ignoring case,
// runs of spaces and punctuation at either end; its most recent sending), at most `most`,
// spread across service areas (round by round one quote of each area, each area's most recent
// first, the areas in the order of their most recent quote), then most recent first.
std::vector<const Compliment*> choose_quotes(const Dataset& data, const Period& period, std::size_t most);
// Those quotes, each a Quote with its Source (its file, its line, column text).
std::vector<Block> quote_blocks(const Dataset& data, const Period& period, std::size_t most,
                                const std::filesystem::path& data_dir);
std::vector<Block> contact_blocks(const CouncilProfile& council);
// The tiles the figures allow: a tile whose figure is missing is left out (and, when `gaps` is
// given, recorded there), and a comparison with a year of no data is left out of its tile.
KeyFacts key_facts_block(const Figures& f, const Dataset& data, const CouncilProfile& council,
                         DraftGaps* gaps = nullptr);

// {{table self_assessment}}: the self-assessment against the Code, each empty compliant or
// evidence printed "[To be completed]". With `gaps`, a row lacking either (or the template's
// `starter` printed because the data folder has no `data_file`) is recorded there.
Table self_assessment_table(const CouncilFile<SelfAssessmentRow>& file, const std::string& data_file, bool starter,
                            DraftGaps* gaps);
// {{table actions}}: the service improvements of complaint-actions.csv.
Table actions_table(const CouncilFile<ImprovementAction>& file);
// {{table ombudsman_letter}}: report.toml [ombudsman_letter], each figure not given printed
// "[To be added]" and recorded in `gaps`.
Table letter_table(const OmbudsmanLetter& letter, DraftGaps* gaps);

}  // namespace ascreport::report
