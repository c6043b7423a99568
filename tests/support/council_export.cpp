// The generated council export (council_export.hpp).
#include "council_export.hpp"

#include <array>
#include <cstdint>
#include <random>

namespace test::council_export {
namespace {



// The contract's spellings, and the export's.
constexpr std::array kRoute{"Statutory", "Informal", "Corporate"};
constexpr std::array kRouteExport{"ASC Statutory", "Informal Resolution", "Corporate Stage 1"};
constexpr std::array kOutcome{"Upheld", "Partly upheld", "Not upheld", "Withdrawn"};
constexpr std::array kOutcomeExport{"UPHELD", "Partially Upheld", "Not Upheld", "Withdrawn"};
constexpr std::array kMethod{"Email", "Contact centre/form", "Letter", "Phone", "In person"};
constexpr std::array kMethodExport{"E-mail", "Online Form", "Letter", "Telephone", "Face to Face"};
// UTF-8 here; the export writes them in Windows-1252.
constexpr std::array kAreas{"Mental Health", "Caf\u00e9 & Day Services", "Carers\u2019 Support", "Hospital Team",
                            "Adult Safeguarding"};
constexpr std::array kProviders{"Acme Care Ltd", "Brookside Home Support"};
constexpr std::array kGender{"Male", "Female", "Other"};
constexpr std::array kGenderExport{"M", "F", "Other"};
constexpr std::array kAge{"Under 16", "16-24", "25-34", "35-49", "50-64", "65+"};
constexpr std::array kAgeExport{"0 - 15", "16 - 24", "25 - 34", "35 - 49", "50 - 64", "65 and over"};
constexpr std::array kEthnicity{"White British", "Indian", "Black Caribbean"};
constexpr std::array kDisability{"Yes", "No", "Prefer not to say"};
constexpr std::array kDisabilityExport{"Y", "N", "Declined"};
constexpr std::array kCategories{"Communication", "Standard of service", "Financial issues", "Protection"};
constexpr std::array kCategoriesExport{"communication", "Standard Of Service", "Finance", "PROTECTION"};

}  // namespace

std::vector<Record> make_records() {
    std::mt19937 rng(20240401);
    auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    std::vector<Record> out;
    const Date first = Date::from_ymd(2022, 4, 1);
    for (int i = 0; i < 230; ++i) {
        Record r;
        r.reference = "C" + std::to_string(10000 + i);
        r.received = Date{first.days + i * 3 + pick(3)};
        r.route = pick(10) < 7 ? 0 : pick(2) + 1;
        r.method = pick(5);
        r.area = pick(5);
        if (pick(6) == 0) r.provider = pick(2);
        r.gender = pick(5) - 1;
        r.age = pick(8) - 1;
        r.ethnicity = pick(5) - 1;
        r.disability = pick(5) - 1;
        const int state = pick(12);
        if (state < 9) {  // closed
            r.responded = Date{r.received.days + 3 + pick(45)};
            r.outcome = pick(4);
            if (pick(5) == 0) r.stage1 = (r.outcome + 1) % 3;  // went on to stage 2
            r.extended = pick(4) == 0;
        } else if (state == 9) {
            r.outcome = 3;  // withdrawn before a response: no responded date
        }
        for (int k = 0, n = pick(3); k < n; ++k) r.categories.push_back(pick(4));
        out.push_back(r);
    }
    return out;
}

std::string dmy(Date d) {
    int y, m, day;
    d.to_ymd(y, m, day);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", day, m, y);
    return buf;
}

std::string month_name_date(Date d) {
    static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    int y, m, day;
    d.to_ymd(y, m, day);
    return std::to_string(day) + "-" + kMonths[m - 1] + "-" + std::to_string(y);
}

// The few non-ASCII characters used here, from UTF-8 to Windows-1252.
std::string to_cp1252(const std::string& utf8) {
    std::string out;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (utf8.compare(i, 2, "\u00e9") == 0) {
            out += '\xE9', i += 1;
        } else if (utf8.compare(i, 3, "\u2019") == 0) {
            out += '\x92', i += 2;
        } else if (utf8.compare(i, 3, "\u201c") == 0) {
            out += '\x93', i += 2;
        } else if (utf8.compare(i, 3, "\u201d") == 0) {
            out += '\x94', i += 2;
        } else {
            FAIL("no Windows-1252 byte for the text at " << i);
        }
    }
    return out;
}

std::string csv_quote(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

void write_contract(const TempDir& d, const std::vector<Record>& records) {
    std::string c = "reference,received,responded,route,outcome,method,service_area,provider,gender,age_band,"
                    "ethnicity,disability,extended\n";
    std::string concerns = "reference,category\n";
    for (const Record& r : records) {
        c += r.reference + "," + r.received.iso() + "," + (r.responded ? r.responded->iso() : "") + "," +
             kRoute[r.route] + "," + (r.outcome >= 0 ? kOutcome[r.outcome] : "") + "," + kMethod[r.method] + "," +
             kAreas[r.area] + "," + (r.provider >= 0 ? kProviders[r.provider] : "") + "," +
             (r.gender >= 0 && r.gender < 3 ? kGender[r.gender] : "") + "," + (r.age >= 0 && r.age < 6 ? kAge[r.age] : "") +
             "," + (r.ethnicity >= 0 && r.ethnicity < 3 ? kEthnicity[r.ethnicity] : "") + "," +
             (r.disability >= 0 && r.disability < 3 ? kDisability[r.disability] : "") + "," +
             (r.extended ? "Yes" : "") + "\n";
        for (int k : r.categories) concerns += r.reference + "," + kCategories[k] + "\n";
    }
    d.write("complaints.csv", c);
    d.write("concerns.csv", concerns);
    d.write("compliments.csv", "received,service_area,source\n2023-04-03,Mental Health,Card\n"
                               "2023-06-30,Hospital Team,Email\n2022-12-01,Mental Health,Phone\n");
}

void write_export(const TempDir& d, const std::vector<Record>& records) {
    std::string c = "Case Reference,Date Received,Date Closed,Complaint Type,Stage 1 Outcome,Stage 2 Outcome,"
                    "Contact Method,Team,Provider Name,Gender,Age Range,Ethnic Origin,Disability,Extension Agreed,"
                    "Issue 1,Issue 2,Notes\r\n";
    int n = 0;
    for (const Record& r : records) {
        ++n;
        // The time of day, as systems write it, in three styles.
        const std::string received = n % 3 == 0   ? dmy(r.received) + " 09:15"
                                     : n % 3 == 1 ? r.received.iso() + "T10:30:00Z"
                                                  : month_name_date(r.received);
        const std::string responded = !r.responded  ? ""
                                      : n % 2 == 0 ? dmy(*r.responded) + " 16:45:10"
                                                   : r.responded->iso() + " 00:00:00";
        std::string stage1, stage2;
        if (r.outcome >= 0) {
            if (r.stage1 >= 0) stage1 = kOutcomeExport[r.stage1], stage2 = kOutcomeExport[r.outcome];
            else stage1 = kOutcomeExport[r.outcome];
        }
        const char* not_known = "Not Known";
        std::string issues[2];
        if (r.categories.size() == 1) issues[n % 2] = kCategoriesExport[r.categories[0]];
        for (std::size_t k = 0; r.categories.size() == 2 && k < 2; ++k) issues[k] = kCategoriesExport[r.categories[k]];
        c += r.reference + "," + received + "," + responded + "," + kRouteExport[r.route] + "," + stage1 + "," + stage2 +
             "," + kMethodExport[r.method] + "," + csv_quote(kAreas[r.area]) + "," +
             (r.provider >= 0 ? kProviders[r.provider] : n % 2 ? "N/A" : "") + "," +
             (r.gender < 0 ? "" : r.gender == 3 ? not_known : kGenderExport[r.gender]) + "," +
             (r.age < 0 ? "" : r.age == 6 ? not_known : kAgeExport[r.age]) + "," +
             (r.ethnicity < 0 ? "" : r.ethnicity == 3 ? not_known : kEthnicity[r.ethnicity]) + "," +
             (r.disability < 0 ? "" : r.disability == 3 ? not_known : kDisabilityExport[r.disability]) + "," +
             (r.extended ? "Y" : "N") + "," + issues[0] + "," + issues[1] + "," +
             csv_quote("Officer\u2019s note: \u201cspoke to family\u201d, see file\r\nfollow-up, sent") + "\r\n";
    }
    c += ",,,,,,,,,,,,,,,,\r\n,,,,,,,,,,,,,,,,\r\n";  // what Excel leaves
    d.write("complaints.csv", to_cp1252(c));
    d.write("compliments.csv", to_cp1252("Date Received,Team,How Received\r\n03-Apr-2023,Mental Health,Card\r\n"
                                         "30/06/2023 11:00,Hospital Team,E-mail\r\n1 December 2022,Mental Health,"
                                         "Telephone\r\n,,\r\n"));
    d.write("report.toml",
            "[input]\nencoding = \"windows-1252\"\n\n"
            "[columns.complaints]\nreference = \"Case Reference\"\nreceived = \"Date Received\"\n"
            "responded = \"Date Closed\"\nroute = \"Complaint Type\"\n"
            "outcome = [\"Stage 2 Outcome\", \"Stage 1 Outcome\"]\nmethod = \"Contact Method\"\nservice_area = \"Team\"\n"
            "provider = \"Provider Name\"\nage_band = \"Age Range\"\nethnicity = \"Ethnic Origin\"\n"
            "extended = \"Extension Agreed\"\n\n"
            "[columns.compliments]\nreceived = \"Date Received\"\nservice_area = \"Team\"\nsource = \"How Received\"\n\n"
            "[concerns]\ncategories = [\"Issue 1\", \"Issue 2\"]\n\n"
            "[values.route]\n\"ASC Statutory\" = \"Statutory\"\n\"Informal Resolution\" = \"Informal\"\n"
            "\"Corporate Stage 1\" = \"Corporate\"\n"
            "[values.outcome]\n\"Partially Upheld\" = \"Partly upheld\"\n"
            "[values.method]\n\"E-mail\" = \"Email\"\n\"Online Form\" = \"Contact centre/form\"\n"
            "\"Telephone\" = \"Phone\"\n\"Face to Face\" = \"In person\"\n"
            "[values.provider]\n\"N/A\" = \"\"\n"
            "[values.gender]\n\"M\" = \"Male\"\n\"F\" = \"Female\"\n\"Not Known\" = \"N/A\"\n"
            "[values.age_band]\n\"0 - 15\" = \"Under 16\"\n\"16 - 24\" = \"16-24\"\n\"25 - 34\" = \"25-34\"\n"
            "\"35 - 49\" = \"35-49\"\n\"50 - 64\" = \"50-64\"\n\"65 and over\" = \"65+\"\n\"Not Known\" = \"N/A\"\n"
            "[values.ethnicity]\n\"Not Known\" = \"N/A\"\n"
            "[values.disability]\n\"Y\" = \"Yes\"\n\"N\" = \"No\"\n\"Declined\" = \"Prefer not to say\"\n"
            "\"Not Known\" = \"N/A\"\n"
            "[values.extended]\n\"Y\" = \"Yes\"\n\"N\" = \"No\"\n"
            "[values.category]\n\"Finance\" = \"Financial issues\"\n\"communication\" = \"Communication\"\n"
            "\"standard of service\" = \"Standard of service\"\n\"protection\" = \"Protection\"\n"
            "[values.source]\n\"E-mail\" = \"Email\"\n\"Telephone\" = \"Phone\"\n");
}

}  // namespace test::council_export
