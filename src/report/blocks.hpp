// The blocks a template's directives place (docs/templates.md, "Tables, charts and lists"):
// each turns figures into document-model blocks, with the numbers formatted for print.
#pragma once

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
// "Indian (not shown)".
Paragraph list_sentence(const NamedTable& t);
// Each case: a "Case N" subheading, a line saying what was decided, and its summary.
std::vector<Block> case_blocks(const std::vector<OmbudsmanCaseItem>& cases, const Dataset& data, bool decided);
std::vector<Block> quote_blocks(const Dataset& data, const Period& period);
std::vector<Block> contact_blocks(const CouncilProfile& council);
// The tiles the figures allow: a tile whose figure is missing is left out (and, when `gaps` is
// given, recorded there), and a comparison with a year of no data is left out of its tile.
KeyFacts key_facts_block(const Figures& f, const Dataset& data, const CouncilProfile& council,
                         DraftGaps* gaps = nullptr);

}  // namespace ascreport::report
