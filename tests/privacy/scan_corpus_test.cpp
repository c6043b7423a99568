// The text as printed (normalise_text), redaction on it, and the personal-data scan on a
// corpus of the ways people write details (which must be found) and of the numbers and words
// around them in a report (which must not).
#include <catch2/catch.hpp>

#include <tuple>

#include "ascreport/privacy.hpp"

using namespace ascreport;

namespace {

using Found = std::vector<std::pair<PersonalData, std::string>>;

// What the scan finds in `raw` once normalised, as the report prints it.
Found found(std::string_view raw) {
    Found out;
    const std::string text = normalise_text(raw);
    for (const auto& m : scan_personal_data(text)) out.emplace_back(m.kind, m.text);
    return out;
}

struct Case {
    const char* text;
    PersonalData kind;
    const char* match;  // as printed (normalised)
};

constexpr PersonalData kEmail = PersonalData::Email, kPhone = PersonalData::Phone, kNhs = PersonalData::NhsNumber,
                       kPostcode = PersonalData::Postcode;

}  // namespace

TEST_CASE("normalise: the form printed, redacted and scanned") {
    // Zero-width characters, soft hyphens, joiners, the byte-order mark and bidi controls go.
    CHECK(normalise_text("pat\u200B@ex\u00ADam\u200Cple\u200D.com\u2060\uFEFF\u202E") == "pat@example.com");
    // Compatibility forms: no-break and other spaces, full-width letters and digits, ligatures.
    CHECK(normalise_text("CV1\u00A05RR, B1\u202F1AA, \uFF10\uFF17\uFF17\uFF10\uFF10, \uFB01le, pat\uFF20x") ==
          "CV1 5RR, B1 1AA, 07700, file, pat@x");
    // Composed: "e" and a combining diaeresis are "ë".
    CHECK(normalise_text("Zoe\u0308") == "Zo\u00EB");
    // Entities: numeric, with or without ';', named, and nested to a fixed point.
    CHECK(normalise_text("pat&#64;example&#x2E;com &#64x &commat; &period; A &amp; B &amp;#64; &amp;amp;lt;") ==
          "pat@example.com @x @ . A & B @ <");
    CHECK(normalise_text("&#xFF20; &#x200B;| &nbsp;| &unknown; &#0; &#xD800; & &; &#;") ==
          "@ |  | &unknown; \uFFFD \uFFFD & &; &#;");
    // Bytes that are not UTF-8 show as U+FFFD; line breaks and case are kept.
    CHECK(normalise_text("a\xFF" "b\xC3") == "a\uFFFD" "b\uFFFD");
    CHECK(normalise_text("Line\nTWO\r\n\ttab") == "Line\nTWO\r\n\ttab");
    // A reference that decoding forms is decoded too, so that the result is idempotent.
    CHECK(normalise_text("&#x&#x42;z") == "\vz");
    for (const char* s : {"&amp;#38;#64;", "pat&#64;x", "\uFF06#64;", "e&#x301;", "&#x26;amp;", "&#x&#x42;z", "&#x&#xFF22"})
        CHECK(normalise_text(normalise_text(s)) == normalise_text(s));
}

TEST_CASE("redaction: Unicode word boundaries and case folding") {
    const std::vector<std::string> names{"Jane Doe", "Zo\u00EB Smith", "O'Brien", "Strasse", "Ann"};
    CHECK(redact("Jane Doe\u2019s son, \u2018Jane Doe\u2019, \u201cJane Doe\u201d, Jane Doe\u2014no, Jane Doe\u2026",
                 names) == "(Name)\u2019s son, \u2018(Name)\u2019, \u201c(Name)\u201d, (Name)\u2014no, (Name)...");
    CHECK(redact("ZO\u00CB SMITH, zo\u00EB smith, ZOE\u0308 SMITH, Zo\u00EB\u00A0Smith", names) ==
          "(Name), (Name), (Name), (Name)");
    CHECK(redact("O\u2019Brien and O'BRIEN, STRA\u00DFE, STRA\u1E9EE", names) == "(Name) and (Name), (Name), (Name)");
    // Not inside a longer word of any script; a combining mark on a letter does not make
    // another name (accents are not compared), and goes with the name.
    CHECK(redact("Annë, Anna, \u00C9Ann, Ann\u0332, Ann2, Ann_x", names) == "Annë, Anna, \u00C9Ann, (Name), Ann2, (Name)_x");
    CHECK(redact("Jane Doe\u00A0Smith", {"Jane Doe Smith"}) == "(Name)");
    Runs runs{Run::emphasis("Jane"), Run::plain(" Doe and "), Run::strong("Jane"), Run::plain(" "), Run::plain("Doe.")};
    CHECK(Redactor({"jane doe"}).apply(runs) == 2);
    std::vector<std::pair<std::string, bool>> texts;  // text, italic
    for (const Run& r : runs) texts.emplace_back(r.text, r.italic);
    CHECK(texts == std::vector<std::pair<std::string, bool>>{
                       {"(Name)", true}, {" and ", false}, {"(Name)", false}, {"", false}, {".", false}});
}

TEST_CASE("the scan: the spellings people write, as printed") {
    const Case cases[] = {
        // e-mail addresses
        {"write to pat\u200B@example.com", kEmail, "pat@example.com"},
        {"pat&#64;example.com", kEmail, "pat@example.com"},
        {"pat&#64example.com", kEmail, "pat@example.com"},
        {"pat&commat;example&period;com", kEmail, "pat@example.com"},
        {"pat&amp;#64;example.com", kEmail, "pat@example.com"},
        {"pat\uFF20example.com", kEmail, "pat@example.com"},
        {"pat@exam\u00ADple.co.uk", kEmail, "pat@example.co.uk"},
        {"Zo\u00EB.Smith@example.com", kEmail, "Zo\u00EB.Smith@example.com"},
        {"zo\u00EB@ex\u00E4mple.de", kEmail, "zo\u00EB@ex\u00E4mple.de"},
        {"\u7528\u6237@\u4F8B\u5B50.\u5E7F\u544A", kEmail, "\u7528\u6237@\u4F8B\u5B50.\u5E7F\u544A"},
        {"pat@example.xn--p1ai", kEmail, "pat@example.xn--p1ai"},
        {"pat @ example.com", kEmail, "pat @ example.com"},
        {"pat [at] example [dot] com", kEmail, "pat [at] example [dot] com"},
        {"pat(at)example.com", kEmail, "pat(at)example.com"},
        {"pat@example.\ncom", kEmail, "pat@example.\ncom"},
        {"mailto:o'neill@example.com", kEmail, "o'neill@example.com"},
        // phone numbers
        {"07700\u200B900123", kPhone, "07700900123"},
        {"0770\u00AD0 900123", kPhone, "07700 900123"},
        {"07700\u00A0900123", kPhone, "07700 900123"},
        {"07700  900123", kPhone, "07700  900123"},
        {"0121\n496 0000", kPhone, "0121\n496 0000"},
        {"07700.900.123", kPhone, "07700.900.123"},
        {"07700-900-123", kPhone, "07700-900-123"},
        {"07700\u2013900\u2013123", kPhone, "07700\u2013900\u2013123"},
        {"(07700) 900123", kPhone, "(07700) 900123"},
        {"(0121)-496-0000", kPhone, "(0121)-496-0000"},
        {"0044 7700 900123", kPhone, "0044 7700 900123"},
        {"00 44 7700 900 123", kPhone, "00 44 7700 900 123"},
        {"+44-7700-900123", kPhone, "+44-7700-900123"},
        {"+447700900123", kPhone, "+447700900123"},
        {"(+44) 7700 900123", kPhone, "(+44) 7700 900123"},
        {"+44 (0) 121 496 0000", kPhone, "+44 (0) 121 496 0000"},
        {"+44 (0121) 496 0000", kPhone, "+44 (0121) 496 0000"},
        {"+44 07700 900123", kPhone, "+44 07700 900123"},
        {"\uFF10\uFF17\uFF17\uFF10\uFF10 \uFF19\uFF10\uFF10\uFF11\uFF12\uFF13", kPhone, "07700 900123"},
        {"Tel.07700 900123", kPhone, "07700 900123"},
        {"tel:07700900123", kPhone, "07700900123"},
        // NHS numbers
        {"943\u200B476\u200B5919", kNhs, "9434765919"},
        {"943&#32;476&#32;5919", kNhs, "943 476 5919"},
        {"9434 765 919", kNhs, "9434 765 919"},
        {"94347 65919", kNhs, "94347 65919"},
        {"943.476.5919", kNhs, "943.476.5919"},
        {"943-476 5919", kNhs, "943-476 5919"},
        {"943  476\n5919", kNhs, "943  476\n5919"},
        {"NHS no:9434765919", kNhs, "9434765919"},
        {"#4010232137", kNhs, "4010232137"},
        // postcodes
        {"CV1\u00A05RR", kPostcode, "CV1 5RR"},
        {"CV1  5RR", kPostcode, "CV1  5RR"},
        {"CV1\n5RR", kPostcode, "CV1\n5RR"},
        {"Coventry,CV1 5RR", kPostcode, "CV1 5RR"},
        {"C&#86;1 5RR", kPostcode, "CV1 5RR"},
        {"CV1 5R\u200BR", kPostcode, "CV1 5RR"},
        {"\uFF23\uFF36\uFF11 \uFF15\uFF32\uFF32", kPostcode, "CV1 5RR"},
        {"EC1A 1BB", kPostcode, "EC1A 1BB"},
        {"12 Mill Lane, Coventry cv1 5rr", kPostcode, "cv1 5rr"},
        {"12 Mill Lane cv15rr", kPostcode, "cv15rr"},
        {"postcode: cv1 5rr", kPostcode, "cv1 5rr"},
        {"her address is Cv1 5Rr", kPostcode, "Cv1 5Rr"},
        {"Coventry, cv1 5rr", kPostcode, "cv1 5rr"},
        {"Coventry,cv1 5rr", kPostcode, "cv1 5rr"},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        CHECK(found(c.text) == Found{{c.kind, c.match}});
    }
}

TEST_CASE("the scan: what is not personal data") {
    const char* negatives[] = {
        // dates, years and times
        "In 2023/24, 2022-23 and FY 2023/24; on 01/04/2023, 2023-04-01, 1/4/2023, 01.04.2023 and 01 04 2023.",
        "Between 2021 2022 and 2023 at 10:30; Q3 2023; 2023 04 01.",
        // money and counts
        "We paid \u00A31,250.00 (\u00A3750), \u00A31,234,567 and \u00A312 345 678; 59 complaints, 46%, 12.5%, 3,650 people.",
        "Figures 1,234,567,890, 1.234.567.890 and 12345678901; page 10 of 26; 16-24, 65+.",
        // case references and other codes
        "Complaints ASC-22-0001, ASC/2023/9434765919, ref 21 014 702, ISBN 978-0-123456-47-2, v2.0.1.",
        "The A46 and M6, COVID19, Q3 2NR, ABC1 2DE, NHS111, 0800 123 4567, 999 and 111.",
        // an NHS-shaped number with the wrong check digit; short groups
        "943 476 5918; 94 34 76 59 19.",
        // lower case with nothing around it that makes a postcode likely
        "the m6 4ab design, sheet b2 3cd, cv1 5rr, part m6-4ab",
        // not addresses
        "an @ sign, user@localhost, a@b.c, @home, the web: https://www.example.gov.uk/complaints",
        "the {at} and [at] words",
    };
    for (const char* text : negatives) {
        INFO(text);
        CHECK(found(text).empty());
    }
}

TEST_CASE("the scan: the council's own contact details and the allow list are not flagged") {
    const PublishedValues council(
        {"01632 960 000", "Complaints@Example.gov.uk", "CV1 5RR", "https://www.example.gov.uk", "943 476 5919"});
    const std::string text = normalise_text(
        "Ring 01632\u00A0960000, +44 1632 960000, 0044-1632-960-000 or (01632) 960000; write to "
        "COMPLAINTS@example.gov.uk or complaints&#64;example.gov.uk or complaints%40example.gov.uk at cv1 5rr, CV15RR; "
        "NHS 9434765919; \u0660\u0661\u0666\u0663\u0662 \u0669\u0666\u0660\u0660\u0660\u0660, 01632 96OOOO. "
        "Not 01632 960001 or jo@example.gov.uk.");
    std::vector<std::string> flagged;
    for (const auto& m : scan_personal_data(text))
        if (!council.contains(m)) flagged.push_back(m.text);
    CHECK(flagged == std::vector<std::string>{"01632 960001", "jo@example.gov.uk"});
}

// ---- Issue 17: invisible and look-alike characters, and details written in web addresses ----

namespace {

struct ReadCase {
    const char* text;
    PersonalData kind;
    const char* match;    // as printed
    const char* read_as;  // as the scan read it
};

// The scan finds exactly `c.match` in `c.text` once normalised, and read it as `c.read_as`.
void check_read(const ReadCase& c) {
    INFO(c.text);
    std::vector<std::tuple<PersonalData, std::string, std::string>> read;
    for (const auto& m : scan_personal_data(normalise_text(c.text))) read.emplace_back(m.kind, m.text, m.read_as);
    CHECK(read == std::vector<std::tuple<PersonalData, std::string, std::string>>{{c.kind, c.match, c.read_as}});
}

}  // namespace

TEST_CASE("normalise: characters that print blank are spaces, combining marks on nothing go") {
    // The Braille blank, the Hangul fillers, the Khitan filler and the null notehead print as
    // a gap: a space, so that "Jane⠀Doe" is read as the two words a reader sees.
    CHECK(normalise_text("Jane\u2800Doe|a\u3164b|a\u115Fb|a\u1160b|a\uFFA0b|a\U00016FE4b|a\U0001D159b") ==
          "Jane Doe|a b|a b|a b|a b|a b|a b");
    CHECK(normalise_text("07700&#x2800;900123 &#12644;") == "07700 900123  ");
    // A combining mark at the start, after white space or after a control character stands on
    // nothing: it goes. On a letter, a digit or a sign it stays (and composes where it can).
    CHECK(normalise_text("\u0301Jane \u0301\u0302Doe\n\u0308x\t\u20DDy") == "Jane Doe\nx\ty");
    CHECK(normalise_text("Zoe\u0308 0\u0301 @\u0301") == "Zo\u00EB 0\u0301 @\u0301");
    CHECK(normalise_text("\u2800\u0301x") == " x");
    // The spacing accents NFKC would split into a space and a mark are kept as written.
    CHECK(normalise_text("O\u00B4Brien, \u00A8, \u00B8, \u02DC and &#180;") == "O\u00B4Brien, \u00A8, \u00B8, \u02DC and \u00B4");
    for (const char* s : {"a\u2800\u0301b", "\u00B4\u0301", "x \u0301&#x301;", "&#x2800;&#x301;", "\u3164\u0308", "e\u00B4\u0301"})
        CHECK(normalise_text(normalise_text(s)) == normalise_text(s));
}

TEST_CASE("the scan: invisible characters, other scripts' digits, look-alike letters and separators") {
    const ReadCase cases[] = {
        // blank-looking characters between the groups
        {"07700\u2800900123", kPhone, "07700 900123", "07700 900123"},
        {"07700\u3164900\u3164123", kPhone, "07700 900 123", "07700 900 123"},
        {"943\u115F476\u11605919", kNhs, "943 476 5919", "943 476 5919"},
        {"CV1\uFFA05RR", kPostcode, "CV1 5RR", "CV1 5RR"},
        {"pat\u2800@\u2800example.com", kEmail, "pat @ example.com", "pat @ example.com"},
        // combining marks on the digits
        {"0\u03037\u03037\u03030\u03030 900123", kPhone, "0\u03037\u03037\u03030\u03030 900123", "07700 900123"},
        // digits of other scripts
        {"\u0660\u0667\u0667\u0660\u0660 \u0669\u0660\u0660\u0661\u0662\u0663", kPhone,
         "\u0660\u0667\u0667\u0660\u0660 \u0669\u0660\u0660\u0661\u0662\u0663", "07700 900123"},
        {"\u06F0\u06F7\u06F7\u06F0\u06F0\u06F9\u06F0\u06F0\u06F1\u06F2\u06F3", kPhone,
         "\u06F0\u06F7\u06F7\u06F0\u06F0\u06F9\u06F0\u06F0\u06F1\u06F2\u06F3", "07700900123"},
        {"\u0966\u096D\u096D\u0966\u0966 \u096F\u0966\u0966\u0967\u0968\u0969", kPhone,
         "\u0966\u096D\u096D\u0966\u0966 \u096F\u0966\u0966\u0967\u0968\u0969", "07700 900123"},
        {"07700 \u0669\u0660\u0660123", kPhone, "07700 \u0669\u0660\u0660123", "07700 900123"},
        {"\u09EF\u09EA\u09E9 \u09EA\u09ED\u09EC \u09EB\u09EF\u09E7\u09EF", kNhs,
         "\u09EF\u09EA\u09E9 \u09EA\u09ED\u09EC \u09EB\u09EF\u09E7\u09EF", "943 476 5919"},
        // the letter O (or o) for a zero, I or l for a one, in a group of digits
        {"07700 9OO123", kPhone, "07700 9OO123", "07700 900123"},
        {"O77OO 9OO 123", kPhone, "O77OO 9OO 123", "07700 900 123"},
        {"07700 9oo123", kPhone, "07700 9oo123", "07700 900123"},
        {"0121 496 OOOO", kPhone, "0121 496 OOOO", "0121 496 0000"},
        {"07700 90012l", kPhone, "07700 90012l", "07700 900121"},
        {"943 476 59l9", kNhs, "943 476 59l9", "943 476 5919"},
        {"+44 77OO 9OO123", kPhone, "+44 77OO 9OO123", "+44 7700 900123"},
        // Cyrillic and Greek letters that look like O and C, and like a postcode's letters
        {"07700 9\u041E\u041E123", kPhone, "07700 9\u041E\u041E123", "07700 900123"},
        {"07700 9\u039F\u03BF123", kPhone, "07700 9\u039F\u03BF123", "07700 900123"},
        {"\u0421V1 5RR", kPostcode, "\u0421V1 5RR", "CV1 5RR"},
        {"\u039F\u03A71 2JD", kPostcode, "\u039F\u03A71 2JD", "OX1 2JD"},
        {"CV1 5\u0420\u0420", kPostcode, "CV1 5\u0420\u0420", "CV1 5PP"},
        // what a reader reads as a separator
        {"07700\u00B7900\u00B7123", kPhone, "07700\u00B7900\u00B7123", "07700.900.123"},
        {"07700\u2022900\u2022123", kPhone, "07700\u2022900\u2022123", "07700.900.123"},
        {"07700 \u00B7 900 \u00B7 123", kPhone, "07700 \u00B7 900 \u00B7 123", "07700 . 900 . 123"},
        {"07700/900/123", kPhone, "07700/900/123", "07700/900/123"},
        {"0121/496/0000", kPhone, "0121/496/0000", "0121/496/0000"},
        {"07700\u2014900\u2014123", kPhone, "07700\u2014900\u2014123", "07700-900-123"},
        {"07700\u2015900\u2015123", kPhone, "07700\u2015900\u2015123", "07700-900-123"},
        {"07700 \u2013 900 \u2013 123", kPhone, "07700 \u2013 900 \u2013 123", "07700 - 900 - 123"},
        {"07700_900_123", kPhone, "07700_900_123", "07700_900_123"},
        {"07700\u3002900\u3002123", kPhone, "07700\u3002900\u3002123", "07700.900.123"},
        {"07700[.]900[.]123", kPhone, "07700[.]900[.]123", "07700.900.123"},
        {"943\u00B7476\u00B75919", kNhs, "943\u00B7476\u00B75919", "943.476.5919"},
        {"943/476/5919", kNhs, "943/476/5919", "943/476/5919"},
        // e-mail addresses with look-alike dots, at signs and letters
        {"pat@example\u3002com", kEmail, "pat@example\u3002com", "pat@example.com"},
        {"pat@example\uFF61co\uFF61uk", kEmail, "pat@example\u3002co\u3002uk", "pat@example.co.uk"},
        {"pat@example[.]com", kEmail, "pat@example[.]com", "pat@example.com"},
        {"pat@example (.) com", kEmail, "pat@example (.) com", "pat@example.com"},
        {"pat [@] example [.] co [.] uk", kEmail, "pat [@] example [.] co [.] uk", "pat@example.co.uk"},
        {"pat[@]example[.]com", kEmail, "pat[@]example[.]com", "pat@example.com"},
        {"pat(@)example.com", kEmail, "pat(@)example.com", "pat@example.com"},
        {"pat\u2024example\uFE6Bexample.com", kEmail, "pat.example@example.com", "pat.example@example.com"},
        {"j\u0430ne@gmail.com", kEmail, "j\u0430ne@gmail.com", "jane@gmail.com"},
        {"jane@gm\u0430il\u00B7com", kEmail, "jane@gm\u0430il\u00B7com", "jane@gmail.com"},
        // a postcode straight after a digit and a comma, or a full stop
        {"No.5,CV1 5RR", kPostcode, "CV1 5RR", "CV1 5RR"},
        {"Flat 2,CV1 5RR", kPostcode, "CV1 5RR", "CV1 5RR"},
        {"12.CV1 5RR", kPostcode, "CV1 5RR", "CV1 5RR"},
        {"No.5, cv1 5rr", kPostcode, "cv1 5rr", "cv1 5rr"},
        // what reads as a separator inside a postcode
        {"CV1\u00B75RR", kPostcode, "CV1\u00B75RR", "CV1.5RR"},
        {"CV1 \u2013 5RR", kPostcode, "CV1 \u2013 5RR", "CV1 - 5RR"},
        {"Mill Lane, cv1-5rr", kPostcode, "cv1-5rr", "cv1-5rr"},
    };
    for (const ReadCase& c : cases) check_read(c);
}

TEST_CASE("the scan: details written in web addresses, percent-encoded or punycode") {
    const ReadCase cases[] = {
        {"https://example.org/?user=jane.doe%40gmail.com", kEmail, "jane.doe%40gmail.com", "jane.doe@gmail.com"},
        {"jane.doe%40gmail.com", kEmail, "jane.doe%40gmail.com", "jane.doe@gmail.com"},
        {"jane.doe%2540gmail.com", kEmail, "jane.doe%2540gmail.com", "jane.doe@gmail.com"},
        {"jane.doe%252540gmail%252Ecom", kEmail, "jane.doe%252540gmail%252Ecom", "jane.doe@gmail.com"},
        {"jane%2Edoe%40gmail%2ecom", kEmail, "jane%2Edoe%40gmail%2ecom", "jane.doe@gmail.com"},
        {"%6A%61%6E%65%40%67%6D%61%69%6C%2E%63%6F%6D", kEmail, "%6A%61%6E%65%40%67%6D%61%69%6C%2E%63%6F%6D", "jane@gmail.com"},
        {"jane%EF%BC%A0gmail.com", kEmail, "jane%EF%BC%A0gmail.com", "jane@gmail.com"},
        {"mailto:jane%40example.com?subject=hi", kEmail, "jane%40example.com", "jane@example.com"},
        {"tel:%30%37%37%30%30%39%30%30%31%32%33", kPhone, "%30%37%37%30%30%39%30%30%31%32%33", "07700900123"},
        {"tel:%2B44%207700%20900123", kPhone, "%2B44%207700%20900123", "+44 7700 900123"},
        {"mailto:a?body=ring%2007700%20900%20123", kPhone, "07700%20900%20123", "07700 900 123"},
        {"https://example.org/?tel=07700+900123", kPhone, "07700+900123", "07700 900123"},
        {"https://example.org/?nhs=943%2D476%2D5919", kNhs, "943%2D476%2D5919", "943-476-5919"},
        {"https://example.org/?pc=CV1%205RR", kPostcode, "CV1%205RR", "CV1 5RR"},
        {"https://example.org/?pc=CV1+5RR", kPostcode, "CV1+5RR", "CV1 5RR"},
        {"https://example.org/%E2%81%A0?t=07700%E2%80%8B900123", kPhone, "07700%E2%80%8B900123", "07700900123"},
        {"https://example.org/patients/9434765919", kNhs, "9434765919", "9434765919"},
        {"https://example.org/call-07700900123/now", kPhone, "07700900123", "07700900123"},
        {"www.example.org/u/%30%37%37%30%30%39%30%30%31%32%33", kPhone, "%30%37%37%30%30%39%30%30%31%32%33", "07700900123"},
        {"pat@xn--exmple-cua.com", kEmail, "pat@xn--exmple-cua.com", "pat@example.com"},
        // "рф": the Cyrillic "р" looks like a Latin "p"
        {"pat@EXAMPLE.XN--P1AI", kEmail, "pat@EXAMPLE.XN--P1AI", "pat@EXAMPLE.p\u0444"},
    };
    for (const ReadCase& c : cases) check_read(c);
}

TEST_CASE("the scan: what is still not personal data, with the new readings") {
    const char* negatives[] = {
        // O and l next to digits in ordinary words
        "10 offices, 2 o'clock, 20 or 30 of them, at 10 o'clock on 2 October, O'Brien paid 10 pounds.",
        "10l of water, 2l bottles, 0.5l, 10lb, 1st, 2nd, 3rd, 4th, 10am, 5pm, OO7, Room l01, I 10.",
        "Offices 1O and 2O, model O1 and Oo.",
        // dates, years, money and references with the new separators
        "2023/24, 2022/23/24, FY2023/24, 01/04/2023, 2023/04/01, 1/4/2023, 01\u00B704\u00B72023, 2023\u20142024.",
        "\u00A31,250/\u00A31,300, \u00A312.50/hour, 100%, 50%20, a 100% rise, %40, %2540 and %zz.",
        "ASC/2023/0001, REF-2023-000123, ASC\u00B72023\u00B70001, case 21/014/702, 12/345/67890.",
        "Open 09:00\u201317:00; 192.168.0.1, 10.0.0.254; v1.0.1; ISBN 978/0/123456/47/2.",
        // other scripts' text and digits that are not details
        "\u041F\u0440\u0438\u0432\u0435\u0442, \u043C\u044B \u0432 \u041C\u043E\u0441\u043A\u0432\u0435 \u0441 2023 \u0433\u043E\u0434\u0430, "
        "\u0432 10 \u0447\u0430\u0441\u043E\u0432; \u0443\u043B. \u0422\u0432\u0435\u0440\u0441\u043A\u0430\u044F, \u0434. 7, 125009.",
        "\u039F\u03B4\u03CC\u03C2 \u03A3\u03CC\u03BB\u03C9\u03BD\u03BF\u03C2 10, \u0391\u03B8\u03AE\u03BD\u03B1 106 80; "
        "\u0396\u03C9\u03AE \u03BA\u03B1\u03BB\u03AE.",
        "\u0632\u0648\u0631\u0642 \u0661\u0662 \u0641\u064A \u0662\u0660\u0662\u0663; \u0967\u0966 \u0915\u093E\u0930\u094D\u092F\u093E\u0932\u092F.",
        // the Braille and Hangul letters that are not blank
        "\u2813\u2811\u2807\u2807\u2815 \uD55C\uAD6D\uC5B4",
        // web addresses without details, punycode hosts, defanged words
        "https://www.example.gov.uk/complaints?page=2&size=50, https://xn--exmple-cua.com/, http://example.org/a+b",
        "https://example.org/news/2023/04/01/story-12, https://example.org/2023/9434765919, ASC/9434765919, ref-9434765919",
        "[.] and (@) alone, pat [.] com, the (.) mark",
    };
    for (const char* text : negatives) {
        INFO(text);
        CHECK(found(text).empty());
    }
}

TEST_CASE("redaction: invisible characters, look-alike letters and names in web addresses") {
    const std::vector<std::string> names{"Jane Doe", "Ian Smith", "Zo\u00EB Smith", "Bill Jones", "Al"};
    const std::pair<const char*, const char*> cases[] = {
        // blank characters between the parts of a name
        {"Jane\u2800Doe", "(Name)"},
        {"Jane\u3164Doe, Jane\u115FDoe, Jane\uFFA0Doe", "(Name), (Name), (Name)"},
        {"Jane \u0301Doe", "(Name)"},
        // look-alike letters of other scripts: Cyrillic а, О, Greek ο, Ι
        {"J\u0430ne Doe", "(Name)"},
        {"JANE D\u041EE", "(Name)"},
        {"Jane D\u03BFe", "(Name)"},
        {"\u0399AN SMITH and \u0399an Smith", "(Name) and (Name)"},
        {"J\u0430\u0578e Doe", "(Name)"},  // Armenian "ո" looks like an "n" too
        // a lower-case l for the capital I, a capital I for the l, a zero for the o
        {"lan Smith, IAN SMlTH, BiII Jones, Jane D0e", "(Name), (Name), (Name), (Name)"},
        // accents and marks do not make another name
        {"Zoe Smith, ZO\u00CB SMITH, Z\u00F6e Sm\u00EFth", "(Name), (Name), (Name)"},
        // percent-encoded, in a query, in a slug, an e-mail address or a punycode host
        {"https://example.org/stories/Jane%20Doe", "https://example.org/stories/(Name)"},
        {"https://example.org/stories/Jane%2520Doe/", "https://example.org/stories/(Name)/"},
        {"https://example.org/?q=Jane+Doe&x=1", "https://example.org/?q=(Name)&x=1"},
        {"https://example.org/jane-doe-story", "https://example.org/(Name)-story"},
        {"https://example.org/janedoe", "https://example.org/(Name)"},
        {"janedoe@gmail.com and jane.doe@gmail.com and jane_doe@gmail.com", "(Name)@gmail.com and (Name)@gmail.com and (Name)@gmail.com"},
        {"https://xn--jne-doe-2fg.example.org/", "https://(Name).example.org/"},
        {"%4A%61%6E%65%20%44%6F%65", "(Name)"},
        {"Jane_Doe, Jane.Doe, Jane-Doe, JaneDoe, Jane\u200BDoe, JANEDOE", "(Name), (Name), (Name), (Name), (Name), JANEDOE"},
    };
    for (const auto& [text, expected] : cases) {
        INFO(text);
        CHECK(redact(text, names) == expected);
    }
    // Not another word or name that only shares a shape or a digit with one.
    for (const char* text : {"the A1 road, all of them, ALL, Ali, the LAN, 10 offices, Janet Doe, Jane Doet, Jane. Doe, JaneDoet, Janedoe",
                             "Jane \u2014 Doe, Jane/Doe, https://example.org/jane/doe, Billy Jones, Bill Jonest",
                             "\u0416\u0430\u043D\u043D\u0430 \u0414\u043E\u0443, \u0399\u03B1\u03BD\u03CC\u03C2, "
                             "\u041F\u0440\u0438\u0432\u0435\u0442 \u0410\u043B\u0435\u043A\u0441\u0435\u0439"}) {
        INFO(text);
        CHECK(redact(text, names) == normalise_text(text));
    }
}
