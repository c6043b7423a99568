// Who the council is and how to reach its complaints team: report.toml [council] and
// [contact] (docs/settings.md). What the report prints about the council; read by the
// settings stage (ascreport/settings.hpp).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace ascreport {

struct Contact {
    std::string name;
    std::string role;
    std::string team;
};

struct CouncilProfile {
    // [council]
    std::string council_name = "the Council";
    std::string service_name = "Adult Social Care";
    std::string colour = "#1D4F91";      // headings and table headers, #RRGGBB
    std::string logo;                    // PNG or JPEG path, relative to report.toml; empty = none
    std::string publication_month;       // [council] published, as printed, e.g. "September 2024"

    // [contact]: how to reach the complaints officer
    std::string phone, email, web, complaints_web;
    std::vector<Contact> contacts;       // [[contact.people]]

    // [report] quotes: the most compliment quotes printed (docs/settings.md); about a page.
    std::size_t quotes = 12;

    // The report.toml these came from, empty for the defaults: the logo's path is relative to
    // its folder, and messages about these settings name it.
    std::filesystem::path settings_file;
};

}  // namespace ascreport
