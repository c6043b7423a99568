// Complaints for the disclosure tests' data folders: statutory complaints of 2023/24 (or
// another year) by gender, age band and ethnicity, each with its working days to a response;
// and the sample data's adult social care complaints.
#pragma once

#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "ascreport/calendar.hpp"
#include "test_support.hpp"

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

// The sample data folder copied into `d`, its complaints.csv with the adult social care
// complaints only: data-samples/complaints.csv also holds children's and corporate complaints
// (issue 20), which `breakdown` counts with the adult ones (it has no --regime yet). Their rows
// are the ones after the adult rows (references CSC-... and COR-...), each on one line.
inline void copy_adult_sample(const TempDir& d) {
    const std::filesystem::path samples = std::filesystem::path(::test::source_dir()) / "data-samples";
    std::filesystem::copy(samples, d.path(), std::filesystem::copy_options::recursive);
    std::ifstream all(samples / "complaints.csv", std::ios::binary);
    std::string adult, line;
    while (std::getline(all, line))
        if (line.rfind("CSC-", 0) != 0 && line.rfind("COR-", 0) != 0) adult += line + "\n";
    d.write("complaints.csv", adult);
}

}  // namespace test
