// gen-data: writes a synthetic data folder of N complaints for the loader benchmark (bench/run).
//
//   gen-data --rows N [--seed S] [--no-line-breaks] [--complaints-only] OUTDIR
//
// The folder is valid input (`ascreport validate` exits 0 on it) and looks like a real export:
// headers in the export's own capitals and order, two renamed columns and two value spellings
// mapped in report.toml, extra columns the loader ignores (Stage, Notes), UK dates (some with
// one-digit day or month) mixed with ISO dates, five financial years (2019/20 to 2023/24),
// empty optional fields, free-text values whose case and spacing vary, and quoted notes with
// commas, doubled quotes and line breaks. complaints.csv averages about 143 bytes a row, like
// the 1,000,000-row, 143 MB file of issue 2.
//
// --no-line-breaks writes every line break inside a quoted value as a space instead, so the
// files keep the same size and content otherwise; fast-cpp-csv-parser on its own (bench's
// csv_baseline) can read only that variant. --complaints-only skips the other CSV files.
//
// Deterministic: the same --rows, --seed and flags give byte-identical files on any machine
// (a hand-written splitmix64 generator, no <random> distributions, whose output the standard
// leaves to the implementation).
#include "ascreport/date.hpp"
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct Rng {
    std::uint64_t s;
    std::uint64_t next() {
        std::uint64_t z = (s += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // 0 <= result < n (the tiny modulo bias does not matter here).
    std::uint32_t below(std::uint32_t n) { return static_cast<std::uint32_t>(next() % n); }
    bool chance(unsigned percent) { return below(100) < percent; }
    template <class T, std::size_t K> const T& pick(const T (&a)[K]) { return a[below(K)]; }
};

// A value with a weight, for skewed mixes (most complaints are statutory, by email, ...).
struct Weighted {
    std::string_view text;
    unsigned weight;
};
template <std::size_t K> std::string_view pick_weighted(Rng& r, const Weighted (&a)[K]) {
    unsigned total = 0;
    for (const auto& w : a) total += w.weight;
    unsigned x = r.below(total);
    for (const auto& w : a) {
        if (x < w.weight) return w.text;
        x -= w.weight;
    }
    return a[K - 1].text;
}

// Buffered output to one file; exits on any write error.
class Out {
public:
    Out(const std::filesystem::path& path) : path_(path.string()) {
        f_ = std::fopen(path_.c_str(), "wb");
        if (!f_) die();
        buf_.reserve(1 << 20);
    }
    ~Out() {
        flush();
        if (std::fclose(f_) != 0) die();
    }
    void flush() {
        if (!buf_.empty() && std::fwrite(buf_.data(), 1, buf_.size(), f_) != buf_.size()) die();
        buf_.clear();
    }
    Out& operator<<(std::string_view s) {
        buf_.append(s);
        if (buf_.size() >= (1 << 20)) flush();
        return *this;
    }
    Out& operator<<(char c) {
        buf_.push_back(c);
        return *this;
    }
    // Zero-padded to `width` digits.
    Out& num(std::uint64_t n, int width = 0) {
        char tmp[24];
        int k = 0;
        do {
            tmp[k++] = static_cast<char>('0' + n % 10);
            n /= 10;
        } while (n);
        while (k < width) tmp[k++] = '0';
        while (k) buf_.push_back(tmp[--k]);
        return *this;
    }

private:
    [[noreturn]] void die() {
        std::fprintf(stderr, "gen-data: %s: %s\n", path_.c_str(), std::strerror(errno));
        std::exit(1);
    }
    std::string path_;
    std::FILE* f_;
    std::string buf_;
};

// Days since 1970-01-01 <-> civil date: the project's own Date does the arithmetic.
std::int32_t days_from_civil(int y, unsigned m, unsigned d) {
    return ascreport::Date::from_ymd(y, static_cast<int>(m), static_cast<int>(d)).days;
}
void civil_from_days(std::int32_t z, int& y, int& m, int& d) { ascreport::Date{z}.to_ymd(y, m, d); }

const std::int32_t kFirstDay = days_from_civil(2019, 4, 1);   // start of 2019/20
const std::int32_t kLastDay = days_from_civil(2024, 3, 31);   // end of 2023/24

// A date as a real export writes it: mostly UK style, sometimes without leading zeros, else ISO.
void write_date(Out& o, Rng& r, std::int32_t days) {
    int y, m, d;
    civil_from_days(days, y, m, d);
    const unsigned style = r.below(100);
    if (style < 45) {
        o.num(static_cast<unsigned>(d), 2) << '/';
        o.num(static_cast<unsigned>(m), 2) << '/';
        o.num(static_cast<unsigned>(y));
    } else if (style < 60) {
        o.num(static_cast<unsigned>(d)) << '/';
        o.num(static_cast<unsigned>(m)) << '/';
        o.num(static_cast<unsigned>(y));
    } else {
        o.num(static_cast<unsigned>(y)) << '-';
        o.num(static_cast<unsigned>(m), 2) << '-';
        o.num(static_cast<unsigned>(d), 2);
    }
}

// Free text that is interned: mostly one spelling, sometimes another case or extra spaces,
// which the loader must group with the first.
void write_free_text(Out& o, Rng& r, std::string_view v) {
    const unsigned k = r.below(100);
    if (k < 3) {
        for (char c : v) o << static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    } else if (k < 6) {
        for (char c : v) o << static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    } else if (k < 8) {
        o << v << ' ';  // a trailing space (trimmed by the loader)
    } else {
        o << v;
    }
}

// A quoted free-text value from a few phrases: commas, doubled quotes and line breaks inside.
void write_quoted_text(Out& o, Rng& r, bool line_breaks, unsigned sentences) {
    static const std::string_view kPhrases[] = {
        "Called back, left a message for the family",
        "Complainant said the visit was \"rushed\" and asked for a review",
        "Manager to respond by letter, copy to the social worker",
        "Meeting held at home; daughter present",
        "Provider asked for their account, received 3 days later",
        "Apology given, care plan reviewed",
        "Escalated to team manager",
        "Family unhappy with the charge, invoice to be checked",
    };
    o << '"';
    for (unsigned i = 0; i < sentences; ++i) {
        if (i) {
            const unsigned sep = r.below(3);
            if (sep == 0) o << (line_breaks ? "\n" : " ");
            else if (sep == 1) o << (line_breaks ? "\r\n" : "  ");
            else o << ". ";
        }
        for (char c : r.pick(kPhrases)) {
            if (c == '"') o << "\"\"";
            else o << c;
        }
    }
    o << '.' << '"';
}

const std::string_view kServiceAreas[] = {
    "Adult Safeguarding", "Promoting Independence/intake", "Assessment & Case Management OP",
    "Hospital Team", "Mental Health", "Learning Disabilities", "Occupational Therapy", "Financial Assessment",
    "Adult Commissioning", "ASC Enablement & Therapy Services", "Direct Payments", "Reablement",
    "Day Opportunities", "Sensory Support", "Carers Support", "Transitions Team"};
const std::string_view kProviders[] = {
    "Allcare Home Services", "Bluebell Lodge", "Brightside Care", "Canal View Nursing Home",
    "Caremark Central", "Cedar House", "Elm Tree Court", "Greenfields Homecare", "Hollybank Care",
    "Kingfisher Residential", "Maple Homecare Ltd", "Meadowbank", "Oakwood Care Centre",
    "Primrose Domiciliary Care", "Riverside Supported Living", "St Anne's Care Home", "Sunrise Care",
    "Willow Court", "Woodlands Support", "Yew Tree Lodge"};
const Weighted kEthnicities[] = {
    {"", 40}, {"White British", 35}, {"White Other", 4}, {"Asian or Asian British - Indian", 5},
    {"Asian or Asian British - Pakistani", 3}, {"Black or Black British - African", 3},
    {"Black or Black British - Caribbean", 2}, {"Mixed - White and Black Caribbean", 2}, {"Other ethnic group", 2},
    {"Prefer not to say", 4}};
const Weighted kRoutes[] = {{"Statutory", 55}, {"Informal", 35}, {"Corporate", 10}};
const Weighted kMethods[] = {{"Email", 38}, {"Contact Center/Form", 20}, {"Contact centre/form", 5},
                             {"Letter", 8}, {"Phone", 20}, {"In person", 4}, {"Social media", 2}, {"Other", 3}};
const Weighted kOutcomes[] = {{"Upheld", 20}, {"Partly upheld", 15}, {"Partially upheld", 10},
                              {"Not upheld", 40}, {"Withdrawn", 15}};
const Weighted kGenders[] = {{"", 30}, {"Female", 38}, {"Male", 30}, {"Other", 2}};
const Weighted kAgeBands[] = {{"", 35}, {"Under 16", 1}, {"16-24", 4}, {"25-34", 6}, {"35-49", 10},
                              {"50-64", 14}, {"65+", 30}};
const Weighted kDisabilities[] = {{"", 45}, {"Yes", 30}, {"No", 20}, {"Prefer not to say", 5}};
const Weighted kExtended[] = {{"", 80}, {"Yes", 8}, {"No", 12}};
const Weighted kCategories[] = {{"Standard of service", 45}, {"Communication", 25}, {"Protection", 5},
                                {"Environment/property", 5}, {"Financial issues", 15}, {"Attitude of staff", 5}};
const std::string_view kSubcategories[] = {
    "Delay in receiving service", "Quality of care from provider", "Delay in assessment", "Accuracy of information",
    "Lack of communication", "Charging", "Safeguarding process", "Missed visits", "Attitude of staff", ""};
const Weighted kSources[] = {{"Email", 30}, {"Card", 25}, {"Letter", 10}, {"Form", 15}, {"Phone", 15},
                             {"Other", 2}, {"", 3}};
const Weighted kDecisions[] = {{"Upheld", 30}, {"Not upheld", 15}, {"Closed after initial enquiries", 30},
                               {"Premature", 15}, {"Incomplete/invalid", 5}, {"Advice given", 5}};
const std::string_view kAuthorities[] = {
    "Birmingham City Council", "City of Wolverhampton Council", "Coventry City Council",
    "Dudley Metropolitan Borough Council", "Herefordshire Council", "Sandwell Metropolitan Borough Council",
    "Shropshire Council", "Solihull Metropolitan Borough Council", "Staffordshire County Council",
    "Stoke-on-Trent City Council", "Telford and Wrekin Council", "Walsall Council", "Warwickshire County Council",
    "Worcestershire County Council"};

[[noreturn]] void usage(const char* why) {
    std::fprintf(stderr,
                 "gen-data: %s\nusage: gen-data --rows N [--seed S] [--no-line-breaks] [--complaints-only] OUTDIR\n",
                 why);
    std::exit(2);
}

std::uint64_t parse_number(const char* s, const char* what) {
    char* end = nullptr;
    errno = 0;
    const unsigned long long v = std::strtoull(s, &end, 10);
    if (errno || !end || *end || end == s) usage(what);
    return v;
}

}  // namespace

int main(int argc, char** argv) {
    std::uint64_t rows = 0, seed = 1;
    bool have_rows = false, line_breaks = true, complaints_only = false;
    const char* dir = nullptr;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a == "--rows" && i + 1 < argc) rows = parse_number(argv[++i], "--rows takes a whole number"), have_rows = true;
        else if (a == "--seed" && i + 1 < argc) seed = parse_number(argv[++i], "--seed takes a whole number");
        else if (a == "--no-line-breaks") line_breaks = false;
        else if (a == "--complaints-only") complaints_only = true;
        else if (!a.empty() && a[0] != '-' && !dir) dir = argv[i];
        else usage("unknown or incomplete argument");
    }
    if (!have_rows || !dir) usage("--rows and OUTDIR are required");
    if (rows > 9'999'999) usage("--rows is at most 9999999 (references have 7 digits)");

    const std::filesystem::path out(dir);
    std::error_code ec;
    std::filesystem::create_directories(out, ec);
    if (ec) {
        std::fprintf(stderr, "gen-data: %s: %s\n", dir, ec.message().c_str());
        return 1;
    }
    // Leftovers of an earlier run with other flags would be read as part of this folder.
    for (const char* f : {"concerns.csv", "compliments.csv", "lgsco.csv", "regional.csv"})
        std::filesystem::remove(out / f, ec);

    // Independent streams per file, so --complaints-only leaves complaints.csv unchanged.
    Rng r{seed * 0x100000001B3ull + 1}, rc{seed * 0x100000001B3ull + 2};
    {
        std::FILE* toml = std::fopen((out / "report.toml").c_str(), "wb");
        if (!toml) usage("cannot write report.toml");
        std::fputs("# Written by bench/gen-data: settings for a synthetic benchmark folder.\n\n"
                   "[council]\nname = \"Benchmark Borough Council\"\nservice = \"Adult Social Care\"\n\n"
                   "[columns.complaints]\nservice_area = \"Service Area\"\nage_band = \"Age Band\"\n\n"
                   "[values.outcome]\n\"Partially upheld\" = \"Partly upheld\"\n\n"
                   "[values.method]\n\"Contact Center/Form\" = \"Contact centre/form\"\n",
                   toml);
        if (std::fclose(toml) != 0) usage("cannot write report.toml");
    }

    std::uint64_t concern_rows = 0;
    {
        Out c(out / "complaints.csv");
        std::unique_ptr<Out> concerns;
        if (!complaints_only) concerns = std::make_unique<Out>(out / "concerns.csv");
        // The byte-order mark Excel writes in front of "CSV UTF-8".
        c << "\xEF\xBB\xBF" "Reference,Received,Route,Stage,Method,Service Area,Provider,Responded,Outcome,"
             "Extended,Gender,Age Band,Ethnicity,Disability,Notes\n";
        if (concerns) *concerns << "reference,category,subcategory\n";
        const std::int32_t span = kLastDay - kFirstDay;
        for (std::uint64_t i = 0; i < rows; ++i) {
            // Received dates rise through the file, as an export sorted by reference would.
            const std::int32_t received =
                kFirstDay + static_cast<std::int32_t>(rows > 1 ? i * static_cast<std::uint64_t>(span) / (rows - 1) : 0);
            int y, m, d;
            civil_from_days(received, y, m, d);
            const int fy = m >= 4 ? y : y - 1;
            const std::string_view route = pick_weighted(r, kRoutes);
            // Reference: ASC-YY-NNNNNNN, YY the financial year it was received in; unique by i.
            c << "ASC-";
            c.num(static_cast<unsigned>(fy % 100), 2) << '-';
            c.num(i + 1, 7) << ',';
            write_date(c, r, received);
            c << ',' << route << ',' << (route == "Statutory" ? "Stage 1" : "") << ',' << pick_weighted(r, kMethods)
              << ',';
            write_free_text(c, r, r.pick(kServiceAreas));
            c << ',';
            if (r.chance(20)) write_free_text(c, r, r.pick(kProviders));
            c << ',';
            const bool open = r.chance(12);
            if (!open) write_date(c, r, received + 1 + static_cast<std::int32_t>(r.below(60)));
            c << ',' << (open ? std::string_view() : pick_weighted(r, kOutcomes)) << ',' << pick_weighted(r, kExtended)
              << ',' << pick_weighted(r, kGenders) << ',' << pick_weighted(r, kAgeBands) << ',';
            if (auto e = pick_weighted(r, kEthnicities); !e.empty()) write_free_text(c, r, e);
            c << ',' << pick_weighted(r, kDisabilities) << ',';
            const unsigned notes = r.below(100);
            if (notes < 14) write_quoted_text(c, r, line_breaks, 2 + r.below(3));
            else if (notes < 37) c << "See case file";
            c << '\n';

            if (concerns) {
                // 0 to 3 concerns; a complaint may raise one category twice.
                const unsigned n = rc.below(100) < 20 ? 0 : 1 + rc.below(100) / 40;
                for (unsigned k = 0; k < n; ++k) {
                    *concerns << "ASC-";
                    concerns->num(static_cast<unsigned>(fy % 100), 2) << '-';
                    concerns->num(i + 1, 7) << ',' << pick_weighted(rc, kCategories) << ','
                                            << rc.pick(kSubcategories) << '\n';
                    ++concern_rows;
                }
            }
        }
    }
    if (complaints_only) return 0;

    {
        // About one compliment for every two complaints, CRLF line ends (another export tool).
        Out o(out / "compliments.csv");
        o << "received,service_area,source,text,publish\r\n";
        const std::uint64_t n = rows / 2;
        static const std::string_view kThanks[] = {
            "Thank you for all your help and support.",
            "Thanks to the team for sorting things out so quickly, (Name) was wonderful.",
            "Thanks to the home's team for making Mum feel so settled.",
            "We are so grateful to (Name) for \"going the extra mile\".",
        };
        for (std::uint64_t i = 0; i < n; ++i) {
            const std::int32_t day =
                kFirstDay + static_cast<std::int32_t>(n > 1 ? i * static_cast<std::uint64_t>(kLastDay - kFirstDay) / (n - 1) : 0);
            write_date(o, rc, day);
            o << ',';
            if (rc.chance(95)) o << rc.pick(kServiceAreas);
            o << ',' << pick_weighted(rc, kSources) << ',';
            if (rc.chance(30)) {
                write_quoted_text(o, rc, line_breaks, 1 + rc.below(2));
            } else {
                o << '"';
                for (char ch : rc.pick(kThanks)) {
                    if (ch == '"') o << "\"\"";
                    else o << ch;
                }
                o << '"';
            }
            o << ',' << (rc.chance(30) ? "Yes" : rc.chance(50) ? "No" : "") << "\r\n";
        }
    }
    {
        // About one Ombudsman case for every 50 complaints.
        Out o(out / "lgsco.csv");
        o << "reference,received,decided,decision,remedy,remedy_amount,summary\n";
        const std::uint64_t n = rows / 50;
        for (std::uint64_t i = 0; i < n; ++i) {
            const std::int32_t received =
                kFirstDay + static_cast<std::int32_t>(n > 1 ? i * static_cast<std::uint64_t>(kLastDay - kFirstDay - 200) / (n - 1) : 0);
            int y, m, d;
            civil_from_days(received, y, m, d);
            o.num(static_cast<unsigned>(y % 100), 2) << ' ';
            o.num((i + 1) / 1000, 3) << ' ';
            o.num((i + 1) % 1000, 3) << ',';
            write_date(o, rc, received);
            o << ',';
            const bool open = rc.chance(10);
            std::string_view decision;
            if (!open) {
                write_date(o, rc, received + 20 + static_cast<std::int32_t>(rc.below(180)));
                decision = pick_weighted(rc, kDecisions);
            }
            o << ',' << decision << ',';
            if (decision == "Upheld") {
                o << "Apology and payment for distress,";
                const unsigned k = rc.below(3);
                if (k == 0) o << "150";
                else if (k == 1) o << "\"\xC2\xA3" "1,250.00\"";
                else o << "500.00";
            } else {
                o << ',';
            }
            o << ',';
            write_quoted_text(o, rc, line_breaks, 2 + rc.below(4));
            o << '\n';
        }
    }
    {
        // Regional comparison: one row per authority and year (not proportional to N).
        Out o(out / "regional.csv");
        o << "year,authority,cases\n";
        for (int fy = 2019; fy <= 2023; ++fy)
            for (auto a : kAuthorities) {
                o.num(static_cast<unsigned>(fy)) << (fy % 2 ? "/" : "-");
                o.num(static_cast<unsigned>((fy + 1) % 100), 2) << ',' << a << ',';
                o.num(rc.below(40));
                o << '\n';
            }
    }
    std::fprintf(stderr, "gen-data: %s: %llu complaints, %llu concerns, %llu compliments, %llu lgsco cases\n", dir,
                 static_cast<unsigned long long>(rows), static_cast<unsigned long long>(concern_rows),
                 static_cast<unsigned long long>(rows / 2), static_cast<unsigned long long>(rows / 50));
    return 0;
}
