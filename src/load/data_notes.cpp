// Warnings about valid data that a user may still want to look at: they do not stop a run.
#include "ascreport/data_notes.hpp"

#include <fmt/format.h>

#include "ascreport/calendar.hpp"

namespace ascreport {
namespace {

// "service_area: "Mental health" (1 row) is counted with "Mental Health" (7 rows)"
void spelling_variants(const TextTable& table, const std::string& file, const std::string& column, Diagnostics& out) {
    for (TextId id = 0; id < table.size(); ++id) {
        const auto spellings = table.spellings(id);
        if (spellings.size() < 2) continue;
        const std::string_view shown = table.display(id);
        std::string others;
        std::uint32_t shown_count = 0;
        for (const auto& [text, count] : spellings) {
            if (text == shown) {
                shown_count = count;
                continue;
            }
            others += fmt::format("{}\"{}\" ({} row{})", others.empty() ? "" : ", ", text, count, count == 1 ? "" : "s");
        }
        out.warning(file, 0, column,
                    fmt::format("{} {} counted with \"{}\" ({} row{}), which is how it prints",
                                others, spellings.size() == 2 ? "is" : "are", shown, shown_count, shown_count == 1 ? "" : "s"));
    }
}

}  // namespace

Diagnostics spelling_notes(const Dataset& data, const std::string& complaints_file) {
    Diagnostics out;
    spelling_variants(data.service_areas, complaints_file, "service_area", out);
    spelling_variants(data.providers, complaints_file, "provider", out);
    spelling_variants(data.ethnicities, complaints_file, "ethnicity", out);
    return out;
}

Diagnostics data_warnings(const Dataset& data, const WorkingDayCalendar& calendar, const std::string& complaints_file) {
    Diagnostics out;

    // Timescales count bank holidays only where the shipped list (2015-2030) has them.
    std::size_t outside = 0;
    std::uint32_t first_line = 0;
    for (const Complaint& c : data.complaints) {
        const bool covered = calendar.covers(c.received) && (!c.responded || calendar.covers(*c.responded));
        if (!covered && outside++ == 0) first_line = c.line;
    }
    if (outside > 0)
        out.warning(complaints_file, first_line, "",
                    fmt::format("{} complaint{} fall{} outside {} to {}, the years the bank holiday list covers; "
                                "their working days skip only weekends, Good Friday, Christmas Day and Boxing Day (add holidays under [calendar] in report.toml)",
                                outside, outside == 1 ? "" : "s", outside == 1 ? "s" : "", calendar.first_covered().iso(),
                                calendar.last_covered().iso()));
    return out;
}

}  // namespace ascreport
