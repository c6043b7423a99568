// The forms of printed text that redaction and the personal-data scan compare, each with the
// byte of the printed text that every one of its bytes came from.
//
// The printed text (normalise_text) is what a reader sees; these forms are what a reader
// *reads* in it: a web address's percent-encoding and punycode decoded, a Cyrillic "а" as the
// "a" it looks like, "٣" as 3. They are for comparison only and never printed: a match found in
// a form is replaced (redaction) or quoted (the scan) as the printed bytes it came from.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ascreport::readable {

struct Form {
    std::string text;
    // Byte k of `text` came from the piece of the source starting at byte origin[k] (a code
    // point, a "%40", a whole "xn--" label); origin[text.size()] is the source's size.
    std::vector<std::size_t> origin;

    // Whether byte k starts what one piece of the source became, or is the end: a match may
    // begin and end only there ("rn", the skeleton of "m", is one piece).
    bool boundary(std::size_t k) const { return k == 0 || k >= text.size() || origin[k] != origin[k - 1]; }
    // The source bytes [begin, end) that text [b, e) came from, widened to whole pieces.
    std::pair<std::size_t, std::size_t> source(std::size_t b, std::size_t e) const;
};

// The text as a reader of a web address reads it, otherwise unchanged:
//   - percent-encoding decoded, to a fixed point ("%2540" is "%40" is "@"); bytes that do not
//     decode to UTF-8 are left as written, a control character decoded is a space;
//   - "+" in the query of a web address ("https://...?q=Jane+Doe") a space;
//   - "[.]", "(.)", "{.}" a "." and "[@]", "(@)", "{@}" an "@", with a space inside or not,
//     and a space either side taken in ("pat [@] example [.] com" is "pat@example.com");
//   - each internationalised domain label ("xn--80ak6aa92e") in Unicode (IDNA, through ICU).
Form decoded(std::string_view printed);

// For matching names (Redactor): decoded, then each code point as name_key_into gives it.
Form for_names(std::string_view printed);
// For the personal-data scan: decoded, then each code point as scan_form_into gives it.
Form for_scan(std::string_view printed);

// A code point as names are compared: case folded, compatibility forms and accents dropped
// ("É" is "e"), a letter of another script that looks like a Latin letter as that letter (its
// UTS 39 skeleton: Cyrillic "а" is "a", Greek "Ν" is "n"), a digit of any script as its ASCII
// digit, the apostrophes ’ ‘ ʼ ´ ` as ', hyphens as -, white space and blank fillers as a space.
// ASCII letters and digits are only case folded: "A1" is not "Al".
void name_key_into(std::string& out, char32_t c);
// A code point as the scan reads it (case kept): accents dropped, a letter that looks like a
// Latin one as that letter, digits of any script as ASCII, the dots and dashes a reader reads as
// separators ("·", "•", "。", "—", "―") as "." and "-", white space and blank fillers as a
// space (a line or paragraph separator as a line break). ASCII is unchanged.
void scan_form_into(std::string& out, char32_t c);

// Which bytes of `text` are in a web address: a stretch without white space that holds "://" or
// starts "www." or "mailto:"; with `emails`, also one that holds an "@".
std::vector<char> addresses(std::string_view text, bool emails);

// `scan_text` (a for_scan text) with the letters O and o read as 0, and I and l as 1, in each
// word made only of digits and those letters with a digit in it ("9OO123", "O7700"), and O and
// o in a word of two or more of them alone that follows such a word or digits after a space,
// dash, dot, slash or underscore ("0121 496 OOOO"): as a phone or NHS number is written with
// them. Other words ("10 offices", "2 o'clock", "Oil", "OL1") are unchanged. The same length:
// offsets hold.
std::string numbers_of(std::string_view scan_text);

}  // namespace ascreport::readable
