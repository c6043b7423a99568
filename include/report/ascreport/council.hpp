// Who the council is and how to reach its complaints team: report.toml [council] and
// [contact] (docs/settings.md). What the report prints about the council; read by the
// settings stage (ascreport/settings.hpp).
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ascreport {

struct Contact {
    std::string name;
    std::string role;
    std::string team;
};

// report.toml [ombudsman_letter]: the figures of the Ombudsman's annual letter about the
// council, as the letter gives them (docs/settings.md). Named in templates `letter.KEY`.
enum class LetterUnit : std::uint8_t { Count, Percent, Tenths };
struct LetterKey {
    std::string_view key;    // its key in report.toml and its template name after `letter.`
    LetterUnit unit;
    std::string_view label;  // its row in {{table ombudsman_letter}}
};
inline constexpr std::array<LetterKey, 8> kLetterKeys{{
    {"decided", LetterUnit::Count, "Complaints and enquiries decided by the Ombudsman"},
    {"upheld", LetterUnit::Count, "Complaints upheld"},
    {"upheld_rate", LetterUnit::Percent, "Upheld rate"},
    {"similar_average_upheld_rate", LetterUnit::Percent, "Average upheld rate of similar authorities"},
    {"upheld_per_100k", LetterUnit::Tenths, "Upheld decisions per 100,000 residents"},
    {"similar_average_per_100k", LetterUnit::Tenths, "Average of similar authorities, per 100,000 residents"},
    {"compliance_percent", LetterUnit::Percent, "Compliance with the Ombudsman’s recommendations"},
    {"satisfactory_remedy_percent", LetterUnit::Percent,
     "Upheld cases where the Council had already offered a satisfactory remedy"},
}};

struct OmbudsmanLetter {
    std::string year;  // the letter's year, "2023/24"; empty when not given
    // By kLetterKeys: counts and whole percentages as given, per-100,000 figures in tenths;
    // nullopt when not given.
    std::array<std::optional<std::int64_t>, kLetterKeys.size()> values{};
    bool given = false;  // report.toml has an [ombudsman_letter] table
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

    // [ombudsman_letter]: the Ombudsman's annual letter, for the Code's annual report.
    OmbudsmanLetter letter;
    // [code_report] regimes: "all" when the Code's annual report covers the adult and
    // children's statutory complaints too, not only the corporate ones (the default).
    bool code_report_all = false;

    // The report.toml these came from, empty for the defaults: the logo's path is relative to
    // its folder, and messages about these settings name it.
    std::filesystem::path settings_file;
};

}  // namespace ascreport
