// The council's own tables of the Code's annual report: the self-assessment against the Code,
// the service improvements made (both read from the council's CSV files by the load stage) and
// the Ombudsman's annual letter (report.toml [ombudsman_letter]). Printed as given; an empty
// cell the report needs is marked for the draft and recorded as a gap.
#include <memory>

#include "ascreport/text.hpp"
#include "blocks.hpp"

namespace ascreport::report {
namespace {

constexpr std::string_view kToComplete = "[To be completed]";

SourceRef source_of(const std::string& file, std::uint32_t line, std::string column) {
    return std::make_shared<const Source>(Source{file, line, std::move(column)});
}

}  // namespace

Table self_assessment_table(const CouncilFile<SelfAssessmentRow>& file, const std::string& data_file, bool starter,
                            DraftGaps* gaps) {
    Table t;
    // "Compliant" wide enough for its heading and "[To be / completed]" on two lines.
    t.columns = {{"Section", Align::Left, 1.2}, {"Requirement", Align::Left, 1.6}, {"Compliant", Align::Left, 1.05},
                 {"Evidence", Align::Left, 1.7}, {"Action", Align::Left, 1.25}};
    std::vector<std::string> incomplete;
    for (const SelfAssessmentRow& r : file.rows) {
        const std::string compliant(label(r.compliant));
        const bool lacking = r.compliant == Compliance::NotGiven || r.evidence.empty();
        if (lacking) incomplete.push_back("line " + std::to_string(r.line) + " (" + r.section + ")");
        t.rows.push_back({r.section, r.requirement, compliant.empty() ? std::string(kToComplete) : compliant,
                          r.evidence.empty() ? std::string(kToComplete) : r.evidence,
                          r.action.empty() ? std::string(r.compliant == Compliance::Yes ? "None needed" : "None given")
                                           : r.action});
        if (!starter) {
            t.row_sources.push_back(source_of(file.file, r.line, "section"));
            t.cell_sources.push_back({nullptr, source_of(file.file, r.line, "requirement"), nullptr,
                                      r.evidence.empty() ? nullptr : source_of(file.file, r.line, "evidence"),
                                      r.action.empty() ? nullptr : source_of(file.file, r.line, "action")});
        }
    }
    if (gaps && (starter || !incomplete.empty()))
        gaps->self_assessment = DraftGaps::SelfAssessment{data_file, starter ? file.file : std::string(), incomplete};
    return t;
}

Table actions_table(const CouncilFile<ImprovementAction>& file) {
    Table t;
    t.columns = {{"Action", Align::Left, 2.4}, {"Service", Align::Left, 1.2}, {"Status", Align::Left, 1.0}};
    for (const ImprovementAction& a : file.rows) {
        t.rows.push_back({a.action, a.service.empty() ? "Not given" : a.service, a.status.empty() ? "Not given" : a.status});
        t.row_sources.push_back(source_of(file.file, a.line, "action"));
        t.cell_sources.push_back({nullptr, a.service.empty() ? nullptr : source_of(file.file, a.line, "service"),
                                  a.status.empty() ? nullptr : source_of(file.file, a.line, "status")});
    }
    return t;
}

Table letter_table(const OmbudsmanLetter& letter, DraftGaps* gaps) {
    Table t;
    t.columns = {{"Measure", Align::Left, 3.0},
                 {letter.year.empty() ? std::string("The letter’s figures") : letter.year, Align::Right, 1.0}};
    if (letter.year.empty() && gaps) gaps->add_setting({"ombudsman_letter", "year", ""});
    for (std::size_t i = 0; i < kLetterKeys.size(); ++i) {
        const LetterKey& k = kLetterKeys[i];
        std::string cell;
        if (const auto& v = letter.values[i]) {
            cell = k.unit == LetterUnit::Tenths    ? format_tenths(*v)
                   : k.unit == LetterUnit::Percent ? std::to_string(*v) + "%"
                                                    : with_thousands(*v);
        } else {
            cell = "[To be added]";
            if (gaps) gaps->add_setting({"ombudsman_letter", std::string(k.key), ""});
        }
        t.rows.push_back({std::string(k.label), cell});
    }
    return t;
}

}  // namespace ascreport::report
