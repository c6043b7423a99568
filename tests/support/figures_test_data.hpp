// Small in-memory Datasets for the figures and breakdown tests.
#pragma once

#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "ascreport/calendar.hpp"
#include "ascreport/dataset.hpp"
#include "ascreport/figures.hpp"
#include "ascreport/period.hpp"
#include "ascreport/format.hpp"

namespace ascreport::test {

inline Date ymd(int y, int m, int d) { return Date::from_ymd(y, m, d); }

// The shipped England and Wales calendar, built once for the test binary.
inline const WorkingDayCalendar& calendar() {
    static const WorkingDayCalendar c = WorkingDayCalendar::england_and_wales();
    return c;
}

// Report.toml's [figures] with `[input] records_start = "2000-04-01"`: every year of these small
// Datasets is whole (ascreport/coverage.hpp), so a year with a record or two is compared, and
// one with none before it has no earlier data. tests/compute/coverage_test.cpp passes
// ExtraFigures{} to test the four-quarters rule itself.
inline ExtraFigures whole_years() {
    ExtraFigures extra;
    extra.records_start = Date::from_ymd(2000, 4, 1);
    return extra;
}

// The figures of `period` ("2023/24", "2023/24-Q3").
inline Figures figures_for(const Dataset& d, const char* period = "2023/24", const ExtraFigures& extra = whole_years()) {
    return compute_figures(d, calendar(), *parse_period(period), extra);
}

// A breakdown as `format` prints it.
inline std::string render(const Breakdown& b, Format format) {
    std::ostringstream out;
    write_breakdown(b, format, out);
    return out.str();
}

// The keys of a breakdown's rows (of its first field), in order.
inline std::vector<std::string> keys(const Breakdown& b) {
    std::vector<std::string> k;
    for (const auto& row : b.rows) k.push_back(row.groups.at(0).key);
    return k;
}

// The number `ascreport figures` prints under the JSON key `json` (the registry's NumberSpec),
// with its previous period's value.
inline NumberValue number_at(const Figures& f, std::string_view json) {
    for (const NumberSpec& n : kNumbers)
        if (n.json == json) return read_number(f, n);
    throw std::logic_error("no number has the JSON key " + std::string(json));
}

// prefix + n, built by appending (GCC 12 warns falsely on "literal" + std::string).
inline std::string numbered(std::string prefix, std::size_t n) {
    prefix += std::to_string(n);
    return prefix;
}

struct DatasetBuilder {
    Dataset d;

    Complaint& complaint(Date received, Route route = Route::Statutory, std::string area = "Mental Health") {
        Complaint c;
        c.reference = numbered("C", d.complaints.size() + 1);
        c.received = received;
        c.route = route;
        c.service_area = d.service_areas.intern(area);
        d.complaints.push_back(std::move(c));
        return d.complaints.back();
    }
    // Marks the last complaint answered on `responded` with `outcome`.
    Complaint& answered(Date received, Date responded, Outcome outcome, Route route = Route::Statutory) {
        Complaint& c = complaint(received, route);
        c.responded = responded;
        c.outcome = outcome;
        return c;
    }
    void concern(std::size_t complaint_index, std::string category) {
        Concern c;
        c.complaint = static_cast<std::uint32_t>(complaint_index);
        c.category = d.categories.intern(category);
        d.concerns.push_back(c);
    }
    void compliment(Date received) {
        Compliment c;
        c.received = received;
        d.compliments.push_back(std::move(c));
    }
    OmbudsmanCase& lgsco(std::string reference, Date received) {
        OmbudsmanCase c;
        c.reference = std::move(reference);
        c.received = received;
        d.lgsco.push_back(std::move(c));
        return d.lgsco.back();
    }
    void regional(int year, std::string authority, std::int64_t cases) {
        RegionalEntry e;
        e.year = FinancialYear{year};
        e.authority = d.authorities.intern(authority);
        e.cases = cases;
        d.regional.push_back(e);
    }
};

}  // namespace ascreport::test
