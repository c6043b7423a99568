// The privacy stage: what the published report may say about people.
//
// The report is built from special-category personal data (health, disability, ethnicity) and
// is published, so four things happen to it:
//   - normalisation: every piece of free text is printed in one form (normalise_text), and
//     redaction and the scan read that very form, so what they see is what a reader sees; they
//     compare it as a reader reads it: web addresses decoded, look-alike letters (UTS 39
//     confusables) as Latin ones, digits of every script as ASCII (src/privacy/readable.hpp);
//   - redaction: the names listed in report.toml [privacy] redact become "(Name)" in every
//     piece of free text (Redactor, printable; the report stage redacts the narrative
//     files after Markdown);
//   - the personal-data scan: each piece of free text that the report prints is searched for
//     email addresses, UK phone numbers, NHS numbers and postcodes (scan_personal_data,
//     check_document);
//   - small-number disclosure control: counts from 1 to N-1 are hidden, and other counts where
//     a hidden one could be worked out from what is published with it (suppress_small_counts,
//     docs/privacy.md).
// Plain data in, data out: nothing here reads a file, prints or exits.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ascreport/dataset.hpp"
#include "ascreport/diagnostics.hpp"
#include "ascreport/document.hpp"
#include "ascreport/figures.hpp"
#include "ascreport/period.hpp"

namespace ascreport {

// report.toml [privacy] (docs/settings.md): what this stage is told by the council.
struct PrivacyPolicy {
    std::vector<std::string> redact;  // names printed as "(Name)" wherever free text is printed
    std::vector<std::string> allow;   // values that look like personal details but are meant to
                                      // be published, e.g. the council's postcode (PublishedValues)
};

// ---- The text as printed ----------------------------------------------------------------------

// The one form in which free text is printed, redacted and scanned:
//   - bytes that are not UTF-8 become U+FFFD;
//   - Unicode NFKC (compatibility forms as their plain letters and digits: "０７７００" is
//     "07700", "＠" is "@", a no-break or thin space is a space, "…" is "...");
//   - the default-ignorable characters removed: zero-width space and joiners, soft hyphen,
//     word joiner, byte-order mark, bidirectional controls;
//   - the characters that print blank without being spaces to Unicode as a space: the Braille
//     blank U+2800, the Hangul fillers U+115F, U+1160, U+3164, U+FFA0, the Khitan filler
//     U+16FE4, the musical null notehead U+1D159;
//   - a combining mark standing alone (at the start, or after white space or a control
//     character) removed; the spacing accents that NFKC would make a space and a combining
//     mark ("´", "¨", "¸", "˜") kept as written;
//   - HTML character references decoded, numeric ones ("&#64;", "&#x40;", "&#64" as browsers
//     read it) and the named ones that hide a detail or are common in prose ("&commat;",
//     "&period;", "&nbsp;", "&shy;", "&amp;", ...), until none is left ("&amp;#64;" is "@").
// Line breaks and case are kept. Idempotent: normalise_text(normalise_text(x)) ==
// normalise_text(x) (the fuzz target fuzz_text checks it).
std::string normalise_text(std::string_view text);

// ---- The personal-data scan -------------------------------------------------------------------

enum class PersonalData : std::uint8_t { Email, Phone, NhsNumber, Postcode };

// "an email address", "a UK phone number", "an NHS number", "a postcode".
std::string_view describe(PersonalData kind);

struct PersonalDataMatch {
    PersonalData kind = PersonalData::Email;
    std::string text;         // as written in the text, e.g. "943 476 5919"
    std::size_t offset = 0;   // byte offset of `text` in the text scanned
    // As the scan read it: percent-encoding and punycode decoded, digits of any script as
    // ASCII, look-alike letters as Latin, O and l in a phone or NHS number as 0 and 1
    // ("jane.doe@gmail.com" for "jane.doe%40gmail.com", "07700 900123" for "07700 9OO123").
    std::string read_as;

    bool operator==(const PersonalDataMatch&) const = default;
};

// Every stretch of `text` (normalised: normalise_text) that looks like personal details, in
// order of offset, read as a reader reads it: percent-encoding decoded ("%40" is "@", "%2540"
// too), "+" in a web address's query a space, "xn--" labels in Unicode, "[.]" "(.)" as "." and
// "[@]" as "@", digits of every script as ASCII ("٠٧٧٠٠"), letters that look like Latin ones
// as those (UTS 39 skeletons: Cyrillic "С" is "C", "О" is "O"), "·", "•", "。" as "." and
// "—", "―" as "-", accents dropped, and in phone and NHS numbers O/o and I/l as 0 and 1 in a
// word made of digits and them ("9OO123"; not "10 offices" or "2 o'clock"). Digits are grouped
// by a separator: one to three spaces or line breaks, or a hyphen, dash, dot, slash or
// underscore with at most a space either side.
//   - an email address: local@domain.tld, in any script ("zoë@exämple.com", an "xn--" top
//     level), with up to two spaces around the "@", "[at]" or "(at)" for "@", "[dot]" or
//     "(dot)" for ".", and a line break after a dot before a lower-case top level;
//   - a UK phone number: 01, 02, 03 or 07 and 10 or 11 digits in all, in groups of three or
//     more ("01632 960000", "020 7946 0000", "07700.900.123", "(0121) 496 0000"), or the
//     same written +44, +44-, 0044, 00 44 or (+44), with or without "(0)" or the 0
//     ("+44 7700 900123", "+44 (0)121 496 0000", "0044 20 7946 0000");
//   - an NHS number: 10 digits, together or in two or three groups of three or more, whose
//     last digit is the right mod-11 check digit ("943 476 5919", "94347 65919");
//   - a UK postcode: outward code, up to three spaces or none, inward code ("CV1 5RR",
//     "B1 1AA", "SW1A  1AA", "CV15RR", "No.5,CV1 5RR"; a hyphen, dot, slash or underscore between
//     the two: "CV1·5RR"), in capitals anywhere; in lower or mixed case only
//     where an address is likely: after a comma that follows a word or a house number, or when one of the five
//     words before it is "postcode", "address" or a street word ("Mill Lane cv1 5rr").
// Years ("2023/24"), dates, amounts ("£1,250") and references are not matched: a match must
// stand alone, not be part of a longer word or number.
std::vector<PersonalDataMatch> scan_personal_data(std::string_view text);

// Whether 10 digits (nothing else) are a valid NHS number: the weighted sum of the first nine
// (weights 10 down to 2), taken from 11, mod 11, is the tenth; a result of 10 is never valid.
bool is_valid_nhs_number(std::string_view digits);

// Values meant to be published (the council's own phone number and email in [contact], the
// [privacy] allow list): a match whose value is one of them is not personal data. Phone and
// NHS numbers compare by their digits (+44 as 0), postcodes without spaces in any case, emails
// in any case (Unicode case folding), each as the scan read it (PersonalDataMatch::read_as:
// "complaints%40example.gov.uk" is the council's address). The values are normalised first
// (normalise_text).
class PublishedValues {
public:
    explicit PublishedValues(const std::vector<std::string>& values);
    bool contains(const PersonalDataMatch& match) const;

private:
    std::set<std::pair<PersonalData, std::string>> keys_;
};

// ---- What the report publishes -----------------------------------------------------------------

// Whether the scan's messages about `a` come before those about `b`: the CSV files' text first,
// the files in the contract's order (complaints, concerns, compliments, lgsco, regional); in
// each, the free-text tables' values by line (a record's columns in the contract's order),
// then the long texts (compliments' words, Ombudsman summaries) by line; then the narrative
// files' text, in the order printed.
bool scanned_before(const Source& a, const Source& b);

// The data's text that the Document prints (sourced_texts), each (file, line, column, text)
// once however often it is printed (a value in a table and a chart), in the scan's order.
std::vector<SourcedText> printed_text(const Document& doc);

// Scans what the Document prints of the data's text (printed_text: the template's own words
// and the numbers have no Source and are not scanned); one diagnostic per match, not counting
// the published values:
//   FILE:LINE: column NAME: looks like an email address ("a@b.com"); remove it, or if it is
//   meant to be published add it to [privacy] allow in report.toml or pass --allow-personal-data
// A narrative file's diagnostics name the line of the match and no column. When the scan read
// the match otherwise than it is written (PersonalDataMatch::read_as, accents aside), the
// message says so: ("jane.doe%40gmail.com", read as "jane.doe@gmail.com"); for a link's target
// it names the link: ... ("...") in the target of the link "her story"; remove it, ...
// Errors, or with `allowed` (the user passed --allow-personal-data) warnings saying the text
// is published.
Diagnostics check_document(const Document& doc, const PublishedValues& published, bool allowed);

// ---- Redaction ----------------------------------------------------------------------------------

// The names of [privacy] redact, found in normalised text and replaced by "(Name)": whole
// words only ("Ann" leaves "Anne" and "Zoëlle" alone; a word is letters, marks and digits of
// any script, so a curly apostrophe, quote, dash, ellipsis or space ends one: "Jane Doe’s"),
// in any case (Unicode case folding: "ZOË SMITH" is "Zoë Smith"; ’ ´ and ' are one), without
// accents ("Zoe Smith" is "Zoë Smith"), a letter that looks like a Latin one read as that one
// (UTS 39 skeletons: "Jаne" with a Cyrillic "а", "JANE DОE" with a Cyrillic "О"), web
// addresses decoded ("Jane%20Doe", "Jane+Doe" in a query, an "xn--" host), a space in a name
// (or a hyphen: "Mary-Jane") matching any run of white space or line breaks or one of
// - _ . + ("jane.doe", "Jane_Doe"), or nothing where a capital follows a small letter
// ("JaneDoe") and anywhere inside a web or e-mail address ("janedoe"),
// the longest name first. The replacement covers the printed bytes the name was read from.
// Names are normalised as the text is; empty ones are ignored.
class Redactor {
public:
    explicit Redactor(const std::vector<std::string>& names);
    bool empty() const { return names_.empty(); }
    // The names in `text`, as [begin, end) byte ranges in order, not overlapping.
    std::vector<std::pair<std::size_t, std::size_t>> find(std::string_view text) const;
    // `text` with each name replaced; adds the number of replacements to *replaced when given.
    std::string apply(std::string_view text, std::size_t* replaced = nullptr) const;
    // The runs of one paragraph, read as one text, so that a name may run across styles
    // ("*Jane* Doe"): "(Name)" takes the place where the name begins, in that run's style, and
    // the rest of the name leaves the runs after. The runs keep their number (some may end
    // empty). Returns the number of replacements.
    std::size_t apply(Runs& runs) const;

private:
    std::vector<std::string> names_;  // folded, spaces collapsed, longest first
};

// normalise_text(text), then redacted with `names` (Redactor).
std::string redact(std::string_view text, const std::vector<std::string>& names,
                   std::size_t* replaced = nullptr);

// The Dataset as every command prints it: `loaded` with every piece of free text of the CSV
// files normalised (normalise_text) and policy.redact applied: compliment text, Ombudsman
// summaries and remedies, the spellings of the free-text values (service areas, providers,
// ethnicities, categories, subcategories, authorities; their grouping is unchanged). `loaded`
// is taken by value: pass it with std::move and its records move across, only their text is
// rebuilt. Run it once, before compute: the report prints and the scan reads these texts as
// they are then. The narrative files are Markdown, so the report stage does the same to them
// after Markdown (build_report).
struct PrintableData {
    Dataset data;
    std::size_t redacted = 0;  // names of policy.redact replaced
};
PrintableData printable(Dataset loaded, const PrivacyPolicy& policy);

// ---- Small-number disclosure control -------------------------------------------------------------
//
// The method is docs/privacy.md's ("Small counts"); in short, with N = `below` (2 or more; less
// does nothing):
//   - primary: each count from 1 to N-1 is Small (0 is shown); a total of 1 to N-1 too;
//   - secondary: no hidden count can be worked out from what is published with it. For one
//     field: when exactly one count is hidden, the smallest other count above 0 (the first in
//     table order on a tie; a 0 when there is none) is Secondary, whether the total is shown or
//     not, so that the report and `breakdown` hide the same counts. For two fields the table is published with its margins
//     -- the same question's one-field tables, hidden exactly as `breakdown --by FIELD` hides
//     them, and the total: no row or column has exactly one hidden entry, and no hidden entry is
//     fixed by the rows and columns together; cells are added, smallest first, until both hold.
// A compared table's previous period is done on its own, the same way.

// Marks the counts of `b` (one or two fields) and its total that are not to be shown: the
// Breakdown is published as it stands, so a total of 1 to N-1 is hidden. Sets
// b.suppress_below = below.
void suppress_small_counts(Breakdown& b, int below);

// The response times of --measure working_days (BreakdownRow::measures, Breakdown::
// total_measures), marked after suppress_small_counts (docs/privacy.md, "Measures"):
//   - primary: a group's measures are hidden when may_show_measures refuses them or fewer than N
//     of it are closed (a median of two complaints gives them away); the total's on the same
//     terms, as a group of every record;
//   - secondary: the closed complaints of the groups add up to the total's, and so do their days
//     (mean times closed): the hidden measures are protected as hidden counts are -- no line with
//     exactly one hidden entry, no hidden entry fixed by the lines together, a two-field table's
//     lines being the one-field tables' groups, marked as those tables mark them on their own --
//     and the hidden groups of a line whose total is shown hold N closed or more together
//     (their closed, mean and most, worked out together, then describe N people or more). A
//     group's measures are hidden to mend it, the fewest closed first; the total's only when no
//     group can be (one hidden group holds every closed complaint).
// Sets BreakdownRow::measures_hidden and Breakdown::total_measures_hidden.
void hide_small_group_measures(Breakdown& b, int below);
// With --percent row or column, hides every percent of a group (a row's first or second field's
// value) that holds a hidden count: the shown percents would give the group's whole, and so
// the hidden count, away. Run it after suppress_small_counts.
void hide_revealing_shares(Breakdown& b);

// The equality tables of the report (TableSpec::equality): gender, age_band, ethnicity and
// disability. Their totals are the year's statutory complaints, which the report prints
// elsewhere, so they are always shown; their counts are hidden as suppress_small_counts hides
// them. Then, whatever `below` (0 or 1: nothing hidden), the rows of a table that
// TableSpec::omits_zero_rows marks that print a shown 0 are left out (leave_out_zero_rows).
void suppress_equality_tables(Figures& f, int below);

// Whether measures of a group -- a median, a mean, a share of its records with some property --
// may be printed beside its count, in a table suppressed below N = `below` (0 or 1: no
// suppression). Only when the count itself is shown and is N or more: a measure of fewer than N
// records describes those few people, and a measure beside a hidden count (even a Secondary
// one, even a hidden 0: "nothing closed" says it is 0) can give the count away (a mean beside the
// overall mean solves for it). Callers pass the row's count and mark (BreakdownRow::count and
// suppressed, or a total and total_suppressed). True without suppression (`below` under 2), and
// for a shown group of 0, which has no measures.
bool may_show_measures(std::int64_t count, Suppressed suppressed, int below);

}  // namespace ascreport
