// The text as printed (normalise_text), redaction on it, and the personal-data scan on a
// corpus of the ways people write details (which must be found) and of the numbers and words
// around them in a report (which must not).
#include <catch2/catch.hpp>

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
    // Not inside a longer word of any script, nor before a combining mark.
    CHECK(redact("Annë, Anna, \u00C9Ann, Ann\u0332, Ann2, Ann_x", names) == "Annë, Anna, \u00C9Ann, Ann\u0332, Ann2, (Name)_x");
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
        "the m6 4ab design, sheet b2 3cd, cv1 5rr",
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
        "COMPLAINTS@example.gov.uk or complaints&#64;example.gov.uk at cv1 5rr, CV15RR; NHS 9434765919. "
        "Not 01632 960001 or jo@example.gov.uk.");
    std::vector<std::string> flagged;
    for (const auto& m : scan_personal_data(text))
        if (!council.contains(m)) flagged.push_back(m.text);
    CHECK(flagged == std::vector<std::string>{"01632 960001", "jo@example.gov.uk"});
}
