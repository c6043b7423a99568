// report.toml: who the council is, figures with no record behind them, and how a council's
// export maps onto the input contract (column names, value spellings, encoding).
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ascreport/date.hpp"
#include "ascreport/diagnostics.hpp"
#include "ascreport/vocab.hpp"

namespace ascreport {

enum class Encoding : std::uint8_t { Utf8, Windows1252 };

struct Contact {
    std::string name;
    std::string role;
    std::string team;
};

// The headers report.toml [columns.FILE] names for one contract column, as written there (they
// match the file's case-insensitively), in order of preference: a record's value is the first
// of them that is not empty.
struct ColumnHeaders {
    std::vector<std::string> headers;
    std::uint32_t line = 0;  // in report.toml, for messages
};

// [concerns]: for an export with no concerns.csv, the complaints.csv columns that hold each
// complaint's concern categories (one concern per non-empty cell).
struct DerivedConcerns {
    std::vector<std::string> categories;     // headers, as written (matched case-insensitively)
    std::vector<std::string> subcategories;  // paired with `categories` by position; may be empty
    std::string separator;                   // when set, a cell may hold several categories
    std::uint32_t line = 0;                  // of [concerns] in report.toml
    bool enabled() const { return !categories.empty(); }
};

// An age-band vocabulary declared in report.toml: owns the words the Vocab points into.
class OwnedVocab {
public:
    OwnedVocab(std::vector<std::string> values, std::string_view column, std::string_view empty_label);
    OwnedVocab(const OwnedVocab&) = delete;
    OwnedVocab& operator=(const OwnedVocab&) = delete;
    const Vocab& vocab() const { return vocab_; }
    const std::vector<std::string>& values() const { return values_; }

private:
    std::vector<std::string> values_;
    std::vector<std::string_view> views_;
    Vocab vocab_;
};

// At most this many age bands may be declared (a complaint keeps its band in one byte).
inline constexpr std::size_t kMaxAgeBands = 32;

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
    // The export's own date form ([input] date_format); see parse_date for what it changes.
    std::optional<DateForm> date_format;
    // The export's own age bands, in print order ([input] age_bands); empty: the contract's
    // (Under 16, 16-24, ..., 65+).
    std::vector<std::string> age_bands;
    // The age_band vocabulary: the declared bands, or the contract's. Built once for the bands
    // as they are (a copy of Settings shares it); the reference stays valid until age_bands
    // changes.
    const Vocab& age_band_vocab() const;

    // [figures]: numbers with no records behind them
    std::map<FinancialYear, std::int64_t> long_term_support;  // people on 31 March of the year
    std::map<FinancialYear, int> timescale_percent_history;   // % within 20 working days

    // [calendar]
    std::vector<Date> extra_bank_holidays;

    // [columns.FILE]: canonical column -> the export's headers for it
    std::map<std::string, std::map<std::string, ColumnHeaders>> column_names;
    // [values.COLUMN]: spelling key (TextTable::key_of) -> canonical value; "" for a spelling
    // that counts as an empty cell ("Not Known" = "N/A")
    std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>> value_map;
    // [concerns]
    DerivedConcerns concerns_from;

    // [privacy]
    std::vector<std::string> redact;  // names printed as "(Name)" wherever the report prints free text
    std::vector<std::string> allow;   // values that look like personal details but are meant to be
                                      // published, e.g. the council's postcode (ascreport/privacy.hpp)

    std::filesystem::path source;  // the report.toml read, empty when defaults were used

    // The export's headers for a canonical column of a file ("complaints", ...): report.toml's,
    // as written there, or the column's own name.
    std::vector<std::string> headers_for(const std::string& file, const std::string& column) const;
    // Whether report.toml [columns.FILE] names the column's headers.
    bool column_mapped(const std::string& file, const std::string& column) const;

private:
    mutable std::shared_ptr<const OwnedVocab> age_band_vocab_;  // for age_bands as they were
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
