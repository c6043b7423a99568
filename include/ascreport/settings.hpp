// report.toml: who the council is, figures with no record behind them, and how a council's
// export maps onto the input contract (column names, value spellings, encoding).
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ascreport/date.hpp"
#include "ascreport/diagnostics.hpp"

namespace ascreport {

enum class Encoding : std::uint8_t { Utf8, Windows1252 };

struct Contact {
    std::string name;
    std::string role;
    std::string team;
};

struct Settings {
    // [council]
    std::string council_name = "the Council";
    std::string service_name = "Adult Social Care";
    std::string colour = "#1D4F91";      // headings and table headers, #RRGGBB
    std::string logo;                    // PNG or JPEG path, relative to report.toml; empty = none
    std::string published;               // month of publication as printed, e.g. "September 2024"

    // [contact]: how to reach the complaints officer
    std::string phone, email, web, complaints_web;
    std::vector<Contact> contacts;       // [[contact.people]]

    // [input]
    Encoding encoding = Encoding::Utf8;
    // The export's own age bands, in print order ([input] age_bands); empty: the contract's
    // (Under 16, 16-24, ..., 65+).
    std::vector<std::string> age_bands;

    // [figures]: numbers with no records behind them
    std::map<FinancialYear, std::int64_t> long_term_support;  // people on 31 March of the year
    std::map<FinancialYear, int> timescale_percent_history;   // % within 20 working days

    // [calendar]
    std::vector<Date> extra_bank_holidays;

    // [columns.FILE]: canonical column -> header name used in the export (lower case)
    std::map<std::string, std::map<std::string, std::string>> column_names;
    // [values.COLUMN]: spelling key (TextTable::key_of) -> canonical value
    std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>> value_map;

    // [privacy]
    std::vector<std::string> redact;  // names printed as "(Name)" wherever the report prints free text
    std::vector<std::string> allow;   // values that look like personal details but are meant to be
                                      // published, e.g. the council's postcode (ascreport/privacy.hpp)

    std::filesystem::path source;  // the report.toml read, empty when defaults were used

    // The export's header name for a canonical column of a file ("complaints", ...).
    std::string header_for(const std::string& file, const std::string& column) const;
};

struct SettingsResult {
    Settings settings;
    Diagnostics diagnostics;  // errors here are settings errors (exit status 2)
};

// Reads report.toml. A missing file gives the defaults and no diagnostics. Unknown keys are
// warnings naming the key (likely a typo); wrong types and bad values are errors with the line.
SettingsResult load_settings(const std::filesystem::path& file, const std::string& display_name);
// The same from report.toml's text (Settings::source stays empty); `display_name` names it in
// messages. load_settings reads the file and calls this; the fuzzer calls it directly.
SettingsResult load_settings_text(std::string_view text, const std::string& display_name);

}  // namespace ascreport
