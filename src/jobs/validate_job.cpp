// run_validate: a data folder checked, and what validate shows of it (ascreport/validate_job.hpp).
#include "ascreport/validate_job.hpp"

#include <array>

#include "ascreport/coverage.hpp"
#include "ascreport/data_notes.hpp"
#include "ascreport/figure_registry.hpp"

#include "job_steps.hpp"

namespace ascreport {
namespace {

// "2021/22 is treated as partial: complaints only from 10 January 2022 (no complaint received
// in April-June, July-September or October-December 2021); it is not compared with 2022/23".
std::string partial_year_note(const PartialYear& p, std::optional<Date> records_start) {
    const std::string plural(plural_noun(p.kind));
    const std::string one = p.kind == RecordKind::OmbudsmanCases ? "Ombudsman case" : plural.substr(0, plural.size() - 1);
    const int y = p.year.start_year;
    const std::array<std::string, 4> quarters{"April-June " + std::to_string(y), "July-September " + std::to_string(y),
                                              "October-December " + std::to_string(y),
                                              "January-March " + std::to_string(y + 1)};
    std::string why;
    if (!p.first) why = "no " + plural + " received in it";
    else why = plural + " only from " + day_month_year(*p.first);
    std::vector<std::string> missing;
    for (std::size_t q = 0; q < 4; ++q)
        if (p.first && !p.quarters[q]) missing.push_back(quarters[q]);
    if (!missing.empty()) {
        std::string list;
        for (std::size_t i = 0; i < missing.size(); ++i)
            list += (i == 0 ? "" : i + 1 == missing.size() ? " or " : ", ") + missing[i];
        why += " (no " + one + " received in " + list + ")";
    }
    if (p.before_records_start && records_start)
        why += "; report.toml [input] records_start is " + day_month_year(*records_start);
    return p.year.label() + " is treated as partial: " + why + "; it is not compared with " +
           FinancialYear{y + 1}.label();
}

}  // namespace

ValidateOutcome run_validate(const ValidateRequest& request) {
    ValidateOutcome out;
    out.data_dir = request.data.load.data_dir;
    const LoadedData loaded = jobs::load_with_messages(request.data, out);
    const LoadResult& r = loaded.loaded;
    // The columns show on data errors too: a wrong header is often why.
    if (out.status != JobStatus::Usage) out.headers = r.headers;
    if (!out.ok()) return out;
    out.rows = count_rows(r.dataset);
    out.settings_read = !loaded.settings.source.empty();
    out.concerns_from_complaints = loaded.settings.input.concerns_from.enabled();
    for (const Diagnostic& d : r.diagnostics.items)
        if (d.severity == Severity::Note) out.notes.push_back(d);
    const std::optional<Date> records_start = loaded.settings.figures.records_start;
    for (const PartialYear& p : Coverage(r.dataset, records_start).partial_years())
        out.partial_years.push_back(partial_year_note(p, records_start));
    out.spellings = spelling_notes(r.dataset, r.dataset.file_of("complaints"));
    out.warnings = r.diagnostics.warning_count();
    return out;
}

}  // namespace ascreport
