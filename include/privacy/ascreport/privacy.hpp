// The privacy stage: what the published report may say about people.
//
// The report is built from special-category personal data (health, disability, ethnicity) and
// is published, so three things happen between load and build:
//   - redaction: the names listed in report.toml [privacy] redact become "(Name)" in every
//     piece of free text (redact, redact_dataset);
//   - the personal-data scan: each piece of free text that the report prints is searched for
//     email addresses, UK phone numbers, NHS numbers and postcodes (scan_personal_data,
//     published_text, check_published_text);
//   - small-number disclosure control: counts from 1 to N-1 are hidden, and a second count
//     where the hidden one could be worked out from the total (suppress_small_counts).
// Plain data in, data out: nothing here reads a file, prints or exits.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ascreport/dataset.hpp"
#include "ascreport/diagnostics.hpp"
#include "ascreport/figures.hpp"
#include "ascreport/period.hpp"

namespace ascreport {

// ---- The personal-data scan -------------------------------------------------------------------

enum class PersonalData : std::uint8_t { Email, Phone, NhsNumber, Postcode };

// "an email address", "a UK phone number", "an NHS number", "a postcode".
std::string_view describe(PersonalData kind);

struct PersonalDataMatch {
    PersonalData kind = PersonalData::Email;
    std::string text;         // as written in the text, e.g. "943 476 5919"
    std::size_t offset = 0;   // byte offset of `text` in the text scanned

    bool operator==(const PersonalDataMatch&) const = default;
};

// Every stretch of `text` that looks like personal details, in order of offset:
//   - an email address: local@domain.tld;
//   - a UK phone number: 01, 02, 03 or 07 and 10 or 11 digits in all, in groups separated by
//     single spaces or hyphens ("01632 960000", "020 7946 0000", "07700-900-123"), or the same
//     written +44 ("+44 7700 900123", "+44 (0)121 496 0000");
//   - an NHS number: 10 digits, together or written 3-3-4 with spaces or hyphens, whose last
//     digit is the right mod-11 check digit ("943 476 5919");
//   - a UK postcode in capitals: outward code, an optional space, inward code ("CV1 5RR",
//     "B1 1AA", "SW1A 1AA").
// Years ("2023/24"), dates, amounts ("£1,250") and references are not matched: a match must
// stand alone, not be part of a longer word or number.
std::vector<PersonalDataMatch> scan_personal_data(std::string_view text);

// Whether 10 digits (nothing else) are a valid NHS number: the weighted sum of the first nine
// (weights 10 down to 2), taken from 11, mod 11, is the tenth; a result of 10 is never valid.
bool is_valid_nhs_number(std::string_view digits);

// Values meant to be published (the council's own phone number and email in [contact], the
// [privacy] allow list): a match whose value is one of them is not personal data. Phone and
// NHS numbers compare by their digits (+44 as 0), postcodes without spaces, emails in any case.
class PublishedValues {
public:
    explicit PublishedValues(const std::vector<std::string>& values);
    // The council's [contact] phone, email, web and complaints_web, and [privacy] allow.
    static PublishedValues from_settings(const Settings& settings);
    bool contains(const PersonalDataMatch& match) const;

private:
    std::set<std::pair<PersonalData, std::string>> keys_;
};

// ---- What the report publishes -----------------------------------------------------------------

// One piece of free text that the report prints, and where it came from.
struct PublishedText {
    std::string file;        // as diagnostics name it, e.g. "exports/compliments.csv"
    std::uint32_t line = 0;  // the record's first line; 1 for a narrative file
    std::string column;      // contract column; empty for a narrative file
    std::string text;
};

// Whether the report quotes this compliment: marked publish = Yes, has words, and was received
// in the period. The {{quotes}} block prints exactly these.
bool quote_is_published(const Compliment& compliment, const Period& period);

// Every piece of free text that the report built from `figures` can print, in file order:
// the compliments it quotes (compliments.csv text), the summaries of the Ombudsman cases it
// lists (lgsco.csv summary), the values of its free-text tables (service_area, provider and
// ethnicity of complaints.csv, category of concerns.csv, authority of regional.csv: the
// record where the value first appears), and the narrative files that can be read
// (Dataset::narratives). `data_dir` names the CSV files as the loader does
// (DATA_DIR/compliments.csv).
std::vector<PublishedText> published_text(const Dataset& data, const Figures& figures,
                                          const std::filesystem::path& data_dir);

// Scans each text; one diagnostic per match, not counting the published values:
//   FILE:LINE: column NAME: looks like an email address ("a@b.com"); remove it, or if it is
//   meant to be published add it to [privacy] allow in report.toml or pass --allow-personal-data
// A narrative file's diagnostics name the line of the match and no column. Errors, or with
// `allowed` (the user passed --allow-personal-data) warnings saying the text is published.
Diagnostics check_published_text(const std::vector<PublishedText>& texts, const PublishedValues& published,
                                 bool allowed);

// ---- Redaction ----------------------------------------------------------------------------------

// `text` with each of `names` replaced by "(Name)": whole words only ("Ann" leaves "Anne"
// alone), in any case (ASCII letters), a space in a name matching any run of spaces or line
// breaks in the text, the longest name first. Empty names are ignored. Adds the number of
// replacements to *replaced when given.
std::string redact(std::string_view text, const std::vector<std::string>& names,
                   std::size_t* replaced = nullptr);

// Applies settings.redact to every piece of free text of the data: compliment text, Ombudsman
// summaries and remedies, the spellings of the free-text values (service areas, providers,
// ethnicities, categories, subcategories, authorities; their grouping is unchanged) and the
// narrative files. Returns the number of replacements. Run it once, before compute: the
// report prints and the scan reads the redacted Dataset.
std::size_t redact_dataset(Dataset& data);

// ---- Small-number disclosure control -------------------------------------------------------------

// Marks the counts of `b` that are not to be shown, with N = `below` (2 or more; less does
// nothing): each count from 1 to N-1 is Small (0 is shown). When exactly one count of a column
// is Small, the smallest other count above 0 (the first in table order on a tie; a 0 when there
// is none) is Secondary, so that the hidden one cannot be worked out from the total. The
// previous period's column, when compared, is done on its own. Totals are always shown.
// Sets b.suppress_below = below.
void suppress_small_counts(Breakdown& b, int below);

// Whether a group's response times (BreakdownRow::measures) may be shown with --suppress-below
// N: not when its count is hidden or below N, nor when fewer than N of it are closed (a median
// of two complaints gives them away). Always with N below 2, and for a group of 0. The one place this is decided.
bool group_measures_shown(const BreakdownRow& row, int below);
// Marks the measures of each row (and the total's) that group_measures_shown refuses.
void hide_small_group_measures(Breakdown& b, int below);
// With --percent row or column, hides every percent of a group (a row's first or second field's
// value) that holds a hidden count: the shown percents would give the group's whole, and so
// the hidden count, away. Run it after suppress_small_counts.
void hide_revealing_shares(Breakdown& b);

// The equality tables of the report (TableSpec::equality): gender, age_band, ethnicity and
// disability.
void suppress_equality_tables(Figures& f, int below);

}  // namespace ascreport
