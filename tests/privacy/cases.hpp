// Complaints for the disclosure tests' data folders: statutory complaints of 2023/24 (or
// another year) by gender, age band and ethnicity, each with its working days to a response.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ascreport/calendar.hpp"

namespace test {

// One statutory complaint received in 2023/24 (or the year before).
struct Case {
    std::string ethnicity, gender, age_band;
    std::optional<int> days;  // working days to the response; nullopt: open
    std::string outcome = "Upheld";
    int year = 2023;
};

// complaints.csv for `cases`, received one a day from 1 May; responded after the case's working
// days (England and Wales).
inline std::string complaints_csv(const std::vector<Case>& cases) {
    const ascreport::WorkingDayCalendar calendar = ascreport::WorkingDayCalendar::england_and_wales();
    std::string csv = "reference,received,responded,route,outcome,method,service_area,gender,age_band,ethnicity\n";
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const Case& c = cases[i];
        const ascreport::Date received{ascreport::Date::from_ymd(c.year, 5, 1).days + static_cast<std::int32_t>(i % 200)};
        std::string responded, outcome = c.outcome;
        if (c.days) {
            ascreport::Date d = received;
            while (calendar.working_days_between(received, d) < *c.days) ++d.days;
            responded = d.iso();
        } else {
            outcome.clear();
        }
        csv += "C" + std::to_string(i) + "," + received.iso() + "," + responded + ",Statutory," + outcome +
               ",Email,Mental Health," + c.gender + "," + c.age_band + "," + c.ethnicity + "\n";
    }
    return csv;
}

// `n` cases of one kind.
inline void add(std::vector<Case>& cases, int n, Case c) {
    for (int i = 0; i < n; ++i) cases.push_back(c);
}

}  // namespace test
