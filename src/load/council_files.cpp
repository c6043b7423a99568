// code-self-assessment.csv and complaint-actions.csv: the council's own tables of the Code's
// annual report, read by the same CSV reader and header matching as the exports.
#include "ascreport/council_files.hpp"

#include <array>

#include "ascreport/text.hpp"
#include "loaders.hpp"

namespace ascreport {
namespace {

constexpr std::array<load::ColumnSpec, 5> kSelfAssessmentColumns{
    {{"section", true}, {"requirement", true}, {"compliant", true}, {"evidence", true}, {"action", true}}};
constexpr std::array<load::ColumnSpec, 3> kActionsColumns{{{"action", true}, {"service", true}, {"status", true}}};

// Reads one file with `row` for each record; `rows_found` says whether any record was read.
// No [columns.KEY] of report.toml renames their columns: the header is the contract's.
template <class Rows, class RowFunction>
void read_file(const std::filesystem::path& path, const std::string& display, std::span<const load::ColumnSpec> columns,
               std::size_t max_errors, Diagnostics& diags, Rows& rows, RowFunction&& row,
               std::string_view when_empty) {
    load::FileReport report(display, max_errors);
    std::string problem;
    if (auto in = load::CsvInput::open(path, problem)) {
        const InputMapping mapping;
        const std::size_t before = rows.size();
        bool any = false;
        load::read_table(load::ExportFiles(*in), columns, mapping, std::string(), report, [&](const load::Row& r) {
            any = true;
            row(r, report);
        });
        if (!any && report.error_count() == 0 && rows.size() == before && !when_empty.empty())
            report.error(0, "", std::string(when_empty));
    } else {
        report.error(0, "", problem);
    }
    diags.append(report.finish());
}

}  // namespace

CouncilFile<SelfAssessmentRow> read_self_assessment(const std::filesystem::path& path, const std::string& display,
                                                    Diagnostics& diags, std::size_t max_errors) {
    CouncilFile<SelfAssessmentRow> out;
    out.file = display;
    enum Col : std::size_t { kSection, kRequirement, kCompliant, kEvidence, kAction };
    read_file(
        path, display, kSelfAssessmentColumns, max_errors, diags, out.rows,
        [&](const load::Row& t, load::FileReport& report) {
            const std::size_t errors_before = report.error_count();
            load::required_text(t, kSection, "section", report);
            load::required_text(t, kRequirement, "requirement", report);
            Compliance compliant = Compliance::NotGiven;
            const std::string value = ascii_lower(t.get(kCompliant));
            if (value == "yes") compliant = Compliance::Yes;
            else if (value == "no") compliant = Compliance::No;
            else if (value == "partly") compliant = Compliance::Partly;
            else if (!value.empty())
                report.repeated(Severity::Error, t.line(), "compliant", TextTable::key_of(t.get(kCompliant)), [&] {
                    return load::quoted(t.get(kCompliant)) +
                           " is not Yes, No or Partly; write one of them, or leave it empty until the requirement is "
                           "assessed";
                });
            if (report.error_count() != errors_before) return;
            out.rows.push_back({std::string(t.label(kSection)), std::string(t.label(kRequirement)), compliant,
                                t.text(kEvidence), t.text(kAction), t.line()});
        },
        "has no rows; list each requirement of the Code, one a row (report-templates/code-annual-report/"
        "self-assessment.csv is a starter listing the Code's sections)");
    return out;
}

CouncilFile<ImprovementAction> read_actions(const std::filesystem::path& path, const std::string& display,
                                            Diagnostics& diags, std::size_t max_errors) {
    CouncilFile<ImprovementAction> out;
    out.file = display;
    enum Col : std::size_t { kAction, kService, kStatus };
    read_file(
        path, display, kActionsColumns, max_errors, diags, out.rows,
        [&](const load::Row& t, load::FileReport& report) {
            if (!load::required_text(t, kAction, "action", report)) return;
            out.rows.push_back({t.text(kAction), std::string(t.label(kService)), std::string(t.label(kStatus)), t.line()});
        },
        "");
    return out;
}

}  // namespace ascreport
