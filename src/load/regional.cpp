// regional.csv: Ombudsman cases per authority and year, for the regional comparison table.
#include <map>

#include "ascreport/contract.hpp"
#include "loaders.hpp"

namespace ascreport::load {
namespace {
enum Col : std::size_t { kYear, kAuthority, kCases, kColumns };
constexpr const auto& kSpec = kRegionalColumns;
static_assert(kSpec.size() == kColumns);
}  // namespace

void load_regional(const ExportFiles& in, const InputMapping& s, Dataset& data, FileReport& report) {
    FreeTextColumn authority(s, "authority", data.authorities);
    std::map<std::pair<int, TextId>, std::uint32_t> seen;  // (year, authority) -> first line
    read_table(in, kSpec, s, "regional", report, [&](const Row& t) {
        const std::size_t errors_before = report.error_count();
        std::optional<FinancialYear> year;
        if (required_text(t, kYear, "year", report)) {
            year = parse_financial_year(t.get(kYear));
            if (!year)
                report.repeated(Severity::Error, t.line(), "year", TextTable::key_of(t.get(kYear)), [&] {
                    return quoted(t.get(kYear)) + " is not a financial year; write it as 2023/24 or 2023-24";
                });
        }
        required_text(t, kAuthority, "authority", report);
        std::optional<std::int64_t> cases;
        if (required_text(t, kCases, "cases", report)) {
            cases = parse_count(t.get(kCases));
            if (!cases)
                report.repeated(Severity::Error, t.line(), "cases", TextTable::key_of(t.get(kCases)), [&] {
                    return quoted(t.get(kCases)) + " is not a whole number of 0 or more";
                });
        }
        if (report.error_count() != errors_before) return;
        RegionalEntry e;
        e.year = *year;
        e.authority = authority.intern(t.label(kAuthority));
        e.cases = *cases;
        e.line = t.line();
        e.part = t.part();
        auto [it, inserted] = seen.try_emplace({year->start_year, e.authority}, t.line());
        if (!inserted) {
            report.error(t.line(), "authority", quoted(t.get(kAuthority)) + " already has a row for " + year->label() +
                                                    " on line " + std::to_string(it->second) + "; keep one row per authority and year");
            return;
        }
        data.regional.push_back(e);
    });
}

}  // namespace ascreport::load
