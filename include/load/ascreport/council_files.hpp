// The council's own tables for the Complaint Handling Code's annual report (paragraph 8.1),
// read from CSV files the council writes itself (docs/input-format.md, "The Code's annual
// report"): the self-assessment against the Code and the service improvements made.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "ascreport/dataset.hpp"
#include "ascreport/diagnostics.hpp"

namespace ascreport {

// Their names in the data folder; both are optional.
inline constexpr std::string_view kSelfAssessmentFile = "code-self-assessment.csv";
inline constexpr std::string_view kActionsFile = "complaint-actions.csv";
// The starter self-assessment a template ships (the Code's sections), used when the data
// folder has no code-self-assessment.csv.
inline constexpr std::string_view kStarterSelfAssessment = "self-assessment.csv";

// Reads a self-assessment file (columns section, requirement, compliant, evidence, action):
// its rows, and into `diags` each problem naming `display`, the line and the column. At most
// `max_errors` errors are listed, then one line counts the rest.
CouncilFile<SelfAssessmentRow> read_self_assessment(const std::filesystem::path& path, const std::string& display,
                                                    Diagnostics& diags, std::size_t max_errors = 50);
// Reads an actions file (columns action, service, status).
CouncilFile<ImprovementAction> read_actions(const std::filesystem::path& path, const std::string& display,
                                            Diagnostics& diags, std::size_t max_errors = 50);

}  // namespace ascreport
