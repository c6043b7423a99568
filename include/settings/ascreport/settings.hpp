// report.toml, read into its parts: each part's type is declared by the stage that uses it
// (the input mapping by load, the extra figures by compute, the privacy policy by privacy, the
// council profile by report), and a job hands each stage its own part and nothing more.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "ascreport/council.hpp"
#include "ascreport/date.hpp"
#include "ascreport/diagnostics.hpp"
#include "ascreport/figures.hpp"
#include "ascreport/input_mapping.hpp"
#include "ascreport/privacy.hpp"
#include "ascreport/time_limits.hpp"

namespace ascreport {

struct Settings {
    InputMapping input;        // [input], [columns.*], [values.*], [concerns]: for load
    ExtraFigures figures;      // [figures]: for compute
    TimeLimits time_limits;    // [time_limits]: for compute (each stage's timing)
    PrivacyPolicy privacy;     // [privacy]: for privacy
    CouncilProfile council;    // [council], [contact]: for report
    std::vector<Date> extra_bank_holidays;  // [calendar]: for the run's WorkingDayCalendar
    std::filesystem::path source;  // the report.toml read, empty when defaults were used
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

// What the personal-data scan lets through as meant to be published: the council's [contact]
// phone, email, web and complaints_web, and [privacy] allow.
PublishedValues allowed_values(const Settings& settings);

}  // namespace ascreport
