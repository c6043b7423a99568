// report.toml, read with toml++. Every problem names the line; unknown keys are warnings,
// since a misspelt key would otherwise be silently ignored.
#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <span>
#include <sstream>

#include <toml++/toml.h>

#include "ascreport/settings.hpp"
#include "ascreport/text.hpp"
#include "ascreport/text_table.hpp"
#include "ascreport/wildcard.hpp"
#include "ascreport/vocab.hpp"
#include "ascreport/contract.hpp"

namespace ascreport {

PublishedValues allowed_values(const Settings& s) {
    const CouncilProfile& c = s.council;
    std::vector<std::string> values{c.phone, c.email, c.web, c.complaints_web};
    values.insert(values.end(), s.privacy.allow.begin(), s.privacy.allow.end());
    return PublishedValues(values);
}

namespace {

const Vocab* fixed_vocab(std::string_view column, const InputMapping& s) {
    if (column == "age_band") return &s.age_bands.vocab();
    for (const Vocab* v : {&kRouteVocab, &kOutcomeVocab, &kMethodVocab, &kGenderVocab, &kDisabilityVocab, &kSourceVocab,
                           &kDecisionVocab, &kExtendedVocab, &kRegimeVocab, &kStageVocab, &kComplainantVocab,
                           &kAdvocateVocab, &kDisputeResolutionVocab, &kRemedyTypeVocab, &kRefusedVocab})
        if (v->column == column) return v;
    if (column == "publish") return &kPublishVocab;
    return nullptr;
}

// Free-text columns that may be empty, and how an empty one prints.
std::string_view free_text_empty_label(std::string_view column) {
    if (column == "provider") return "No provider";
    if (column == "ethnicity") return "N/A";
    if (column == "subcategory") return "N/A";
    return {};
}

std::string trimmed(std::string_view s) { return std::string(trim(s)); }

class Reader {
public:
    Reader(std::string file, Diagnostics& d) : file_(std::move(file)), d_(d) {}

    const std::string& file() const { return file_; }

    std::uint32_t line(const toml::node& n) const { return static_cast<std::uint32_t>(n.source().begin.line); }
    void error(const toml::node& n, const std::string& key, const std::string& msg) {
        d_.error(file_, line(n), "", key + ": " + msg);
    }
    void unknown(const toml::node& n, const std::string& key, const std::string& known) {
        d_.warning(file_, line(n), "", "unknown setting " + key + " is ignored (known here: " + known + ")");
    }

    void string(const toml::node& n, const std::string& key, std::string& out) {
        if (auto v = n.value<std::string>()) out = *v;
        else error(n, key, "must be text in double quotes");
    }

    // Text, or a list of text: header names. Each trimmed and not empty; nullopt after an error.
    std::optional<std::vector<std::string>> text_list(const toml::node& n, const std::string& key) {
        std::vector<std::string> out;
        if (auto v = n.value<std::string>()) {
            out.push_back(trimmed(*v));
        } else if (const auto* arr = n.as_array()) {
            for (const auto& item : *arr) {
                auto v = item.value<std::string>();
                if (!v) {
                    error(item, key, "each entry must be text in double quotes");
                    return std::nullopt;
                }
                out.push_back(trimmed(*v));
            }
        } else {
            error(n, key, "must be text in double quotes, or a list of them, e.g. [\"Stage 2 Outcome\", \"Outcome\"]");
            return std::nullopt;
        }
        if (out.empty()) {
            error(n, key, "the list is empty");
            return std::nullopt;
        }
        for (std::size_t i = 0; i < out.size(); ++i) {
            if (out[i].empty()) {
                error(n, key, "a name is empty");
                return std::nullopt;
            }
            for (std::size_t j = 0; j < i; ++j)
                if (equal_ignoring_case(out[i], out[j])) {
                    error(n, key, "names \"" + out[i] + "\" twice");
                    return std::nullopt;
                }
        }
        return out;
    }

    std::optional<FinancialYear> year_key(const toml::node& n, const std::string& table, const std::string& k) {
        auto y = parse_financial_year(k);
        if (!y) error(n, table + "." + k, "the key must be a financial year such as \"2023/24\"");
        return y;
    }

private:
    std::string file_;
    Diagnostics& d_;
};

void read_council(const toml::table& t, CouncilProfile& s, Reader& r) {
    for (auto&& [k, v] : t) {
        const std::string key(k.str());
        if (key == "name") r.string(v, "council.name", s.council_name);
        else if (key == "service") r.string(v, "council.service", s.service_name);
        else if (key == "logo") r.string(v, "council.logo", s.logo);
        else if (key == "published") r.string(v, "council.published", s.publication_month);
        else if (key == "colour" || key == "color") {
            r.string(v, "council.colour", s.colour);
            const bool ok = s.colour.size() == 7 && s.colour[0] == '#' &&
                            std::all_of(s.colour.begin() + 1, s.colour.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
            if (!ok) r.error(v, "council.colour", "must be a colour written #RRGGBB, e.g. \"#1D4F91\"");
        } else r.unknown(v, "council." + key, "name, service, colour, logo, published");
    }
}

void read_contact(const toml::table& t, CouncilProfile& s, Reader& r) {
    for (auto&& [k, v] : t) {
        const std::string key(k.str());
        if (key == "phone") r.string(v, "contact.phone", s.phone);
        else if (key == "email") r.string(v, "contact.email", s.email);
        else if (key == "web") r.string(v, "contact.web", s.web);
        else if (key == "complaints_web") r.string(v, "contact.complaints_web", s.complaints_web);
        else if (key == "people") {
            const auto* arr = v.as_array();
            if (!arr) { r.error(v, "contact.people", "must be a list of [[contact.people]] tables"); continue; }
            for (const auto& item : *arr) {
                const auto* person = item.as_table();
                if (!person) { r.error(item, "contact.people", "each entry must be a table with name, role, team"); continue; }
                Contact c;
                for (auto&& [pk, pv] : *person) {
                    const std::string pkey(pk.str());
                    if (pkey == "name") r.string(pv, "contact.people.name", c.name);
                    else if (pkey == "role") r.string(pv, "contact.people.role", c.role);
                    else if (pkey == "team") r.string(pv, "contact.people.team", c.team);
                    else r.unknown(pv, "contact.people." + pkey, "name, role, team");
                }
                s.contacts.push_back(std::move(c));
            }
        } else r.unknown(v, "contact." + key, "phone, email, web, complaints_web, people");
    }
}

// [report]: how the report prints what the data gives it.
void read_report(const toml::table& t, CouncilProfile& s, Reader& r) {
    for (auto&& [k, v] : t) {
        const std::string key(k.str());
        if (key == "quotes") {
            const auto n = v.value<std::int64_t>();
            if (!n || *n < 1 || *n > 1000) r.error(v, "report.quotes", "must be a whole number of quotes from 1 to 1000");
            else s.quotes = static_cast<std::size_t>(*n);
        } else r.unknown(v, "report." + key, "quotes");
    }
}

// [ombudsman_letter]: the letter's figures, each checked against its unit.
void read_ombudsman_letter(const toml::table& t, OmbudsmanLetter& letter, Reader& r) {
    letter.given = true;
    std::string known = "year";
    for (const LetterKey& k : kLetterKeys) known += ", " + std::string(k.key);
    const toml::node* upheld_at = nullptr;
    for (auto&& [k, v] : t) {
        const std::string key(k.str());
        const std::string full = "ombudsman_letter." + key;
        if (key == "year") {
            const auto text = v.value<std::string>();
            const auto year = text ? parse_financial_year(*text) : std::nullopt;
            if (!year) r.error(v, full, "must be the letter's financial year in double quotes, e.g. \"2023/24\"");
            else letter.year = year->label();
            continue;
        }
        const auto found = std::find_if(kLetterKeys.begin(), kLetterKeys.end(), [&](const LetterKey& l) { return l.key == key; });
        if (found == kLetterKeys.end()) {
            r.unknown(v, full, known);
            continue;
        }
        auto& out = letter.values[static_cast<std::size_t>(found - kLetterKeys.begin())];
        if (found->unit == LetterUnit::Tenths) {
            // A rate with at most one decimal, as the letter prints it (2.3).
            const auto d = v.value<double>();
            const double tenths = d ? *d * 10 : -1;
            if (!d || tenths < 0 || tenths > 1'000'000 || std::abs(tenths - std::round(tenths)) > 1e-6)
                r.error(v, full, "must be a number of 0 or more with at most one decimal, as the letter gives it, e.g. 2.3");
            else out = static_cast<std::int64_t>(std::llround(tenths));
            continue;
        }
        const auto n = v.value_exact<std::int64_t>();
        const bool percent = found->unit == LetterUnit::Percent;
        if (!n || *n < 0 || *n > (percent ? 100 : 1'000'000)) {
            r.error(v, full, percent ? "must be a whole percentage from 0 to 100, as the letter gives it"
                                     : "must be a whole number from 0 to 1,000,000");
            continue;
        }
        out = *n;
        if (key == "upheld") upheld_at = &v;
    }
    const auto& decided = letter.values[0];
    const auto& upheld = letter.values[1];
    if (decided && upheld && *upheld > *decided && upheld_at)
        r.error(*upheld_at, "ombudsman_letter.upheld",
                "is more than decided (" + std::to_string(*decided) + "); the letter's upheld complaints are some of those decided");
}

// [code_report]: what the Code's annual report covers.
void read_code_report(const toml::table& t, CouncilProfile& s, Reader& r) {
    for (auto&& [k, v] : t) {
        const std::string key(k.str());
        if (key != "regimes") {
            r.unknown(v, "code_report." + key, "regimes");
            continue;
        }
        const auto text = v.value<std::string>();
        if (text && (*text == "corporate" || *text == "all")) s.code_report_all = *text == "all";
        else
            r.error(v, "code_report.regimes",
                    "must be \"corporate\" (the corporate complaints alone) or \"all\" (adult and children's "
                    "social care too)");
    }
}

// The most people a [figures] count may give: more than live in England.
constexpr std::int64_t kMostPeople = 100'000'000;

void read_figures(const toml::table& t, ExtraFigures& s, Reader& r) {
    for (auto&& [k, v] : t) {
        const std::string key(k.str());
        const auto* table = v.as_table();
        if (key != "long_term_support" && key != "timescale_percent") {
            r.unknown(v, "figures." + key, "long_term_support, timescale_percent");
            continue;
        }
        if (!table) { r.error(v, "figures." + key, "must be a table of \"2023/24\" = number"); continue; }
        for (auto&& [yk, yv] : *table) {
            auto year = r.year_key(yv, "figures." + key, std::string(yk.str()));
            auto n = yv.value<std::int64_t>();
            // A documented upper bound (docs/settings.md), so no sum or percentage of it overflows.
            if (!n || *n < 0 || (key == "timescale_percent" && *n > 100) || *n > kMostPeople) {
                r.error(yv, "figures." + key + "." + std::string(yk.str()),
                        key == "timescale_percent" ? "must be a whole percentage from 0 to 100"
                                                   : "must be a whole number of people from 0 to 100,000,000");
                continue;
            }
            if (!year) continue;
            if (key == "long_term_support") s.long_term_support[*year] = *n;
            else s.timescale_percent[*year] = static_cast<int>(*n);
        }
    }
}

void read_columns(const toml::table& t, InputMapping& s, Reader& r) {
    for (auto&& [fk, fv] : t) {
        const std::string file(fk.str());
        auto f = std::find_if(load::kInputFiles.begin(), load::kInputFiles.end(),
                              [&](const auto& in) { return in.key == file; });
        if (f == load::kInputFiles.end()) {
            r.error(fv, "columns." + file, "is not an input file; use columns.complaints, columns.concerns, "
                                           "columns.compliments, columns.lgsco or columns.regional");
            continue;
        }
        const auto* table = fv.as_table();
        if (!table) { r.error(fv, "columns." + file, "must be a table of column = \"Header in your export\""); continue; }
        std::map<std::string, std::string> claimed;  // header -> the column that reads it
        // Whether a column maps each cell through its own [values.COLUMN] table, so that one
        // export column may feed it and another (outcome and route from one Status cell).
        auto maps_values = [](const std::string& column) {
            return std::find(load::kMappableColumns.begin(), load::kMappableColumns.end(), column) !=
                   load::kMappableColumns.end();
        };
        for (auto&& [ck, cv] : *table) {
            const std::string column(ck.str());
            const std::string key = "columns." + file + "." + column;
            // Not columns of the contract: a whole number of years, or a date of birth, banded
            // into age_band as the complaints are read.
            const bool age_source = file == "complaints" && (column == "age" || column == "date_of_birth");
            // complaints.csv's columns of regimes and stages are read too (not proposed by init).
            const std::span<const load::ColumnSpec> columns =
                file == "complaints" ? std::span<const load::ColumnSpec>(load::kComplaintsReadColumns) : f->columns;
            const bool known = age_source || std::any_of(columns.begin(), columns.end(),
                                                         [&](const auto& c) { return c.name == column; });
            if (!known) {
                std::string names;
                for (const auto& c : columns)
                    if (c.listed || file != "complaints") names += (names.empty() ? "" : ", ") + std::string(c.name);
                if (file == "complaints")
                    names += "; or age, date_of_birth to band ages; or a column of regimes and stages "
                             "(docs/input-format.md, \"Regimes and stages\")";
                r.error(cv, key, "is not a column of " + std::string(f->name) + " (" + names + ")");
                continue;
            }
            auto headers = r.text_list(cv, key);
            if (!headers) continue;
            ColumnHeaders mapped{{}, r.line(cv)};
            bool ok = true;
            for (const std::string& h : *headers) {
                if (auto [it, inserted] = claimed.try_emplace(ascii_lower(h), column);
                    !inserted && !(maps_values(column) && maps_values(it->second))) {
                    r.error(cv, key, "names \"" + h + "\", which columns." + file + "." + it->second +
                                         " names too; a header can be read as one column only, unless both are "
                                         "columns whose values [values.COLUMN] maps (outcome and route from one "
                                         "Status column)");
                    ok = false;
                }
                mapped.headers.push_back(h);  // as written: matched case-insensitively when read
            }
            if (!ok) continue;
            if (column == "age") s.age_column = std::move(mapped);
            else if (column == "date_of_birth") s.birth_date_column = std::move(mapped);
            else s.column_names[file][column] = std::move(mapped);
        }
    }
}

void read_values(const toml::table& t, InputMapping& s, Reader& r) {
    for (auto&& [ck, cv] : t) {
        const std::string column(ck.str());
        if (std::find(load::kMappableColumns.begin(), load::kMappableColumns.end(), column) == load::kMappableColumns.end()) {
            std::string names;
            for (auto c : load::kMappableColumns) names += (names.empty() ? "" : ", ") + std::string(c);
            r.error(cv, "values." + column, "is not a column whose values can be mapped (" + names + ")");
            continue;
        }
        const auto* table = cv.as_table();
        if (!table) { r.error(cv, "values." + column, "must be a table of \"Your spelling\" = \"Contract value\""); continue; }
        const Vocab* vocab = fixed_vocab(column, s);
        // What an empty cell of the column reads as, or "" when the column is required.
        const std::string_view empty_label = vocab ? vocab->empty_label : free_text_empty_label(column);
        for (auto&& [sk, sv] : *table) {
            const std::string key = "values." + column + ".\"" + std::string(sk.str()) + "\"";
            std::string target;
            r.string(sv, key, target);
            // A key with `*` or `?` is a pattern (Excel's wildcards); any other, a whole cell.
            auto store = [&](const std::string& value) {
                const std::string spelling(sk.str());
                if (has_wildcard(spelling))
                    s.value_patterns[column].push_back({spelling, TextTable::key_of(spelling), value, r.line(sv)});
                else s.value_map[column][TextTable::key_of(spelling)] = value;
            };
            const std::string target_key = TextTable::key_of(target);
            // "Not Known" = "N/A": counts as an empty cell, in the one N/A row.
            if (target_key.empty() || target_key == "n/a" || (!empty_label.empty() && target_key == TextTable::key_of(empty_label))) {
                if (empty_label.empty()) {
                    std::string hint;
                    if (vocab) {
                        for (auto v : vocab->values) hint += (hint.empty() ? "" : ", ") + std::string(v);
                        hint = "; map it to one of: " + hint;
                    }
                    r.error(sv, key, "maps to \"" + target + "\", but " + column +
                                         " is required, so a value cannot count as empty" + hint);
                    continue;
                }
                store("");
                continue;
            }
            if (vocab) {
                auto it = std::find_if(vocab->values.begin(), vocab->values.end(),
                                       [&](auto v) { return TextTable::key_of(v) == target_key; });
                if (it == vocab->values.end()) {
                    std::string names;
                    for (auto v : vocab->values) names += (names.empty() ? "" : ", ") + std::string(v);
                    if (!vocab->empty_label.empty())
                        names += ", or \"" + std::string(vocab->empty_label) + "\" to count it as an empty cell";
                    r.error(sv, key, "maps to \"" + target + "\", which is not one of the values of " + column + " (" +
                                         names + ")");
                    continue;
                }
                target = std::string(*it);
            }
            store(target);
        }
        // toml++ walks keys in name order: the patterns are tried, and named, in report.toml's.
        if (auto p = s.value_patterns.find(column); p != s.value_patterns.end())
            std::stable_sort(p->second.begin(), p->second.end(),
                             [](const ValuePattern& a, const ValuePattern& b) { return a.line < b.line; });
    }
}

// `key`: "input.encoding", or "encoding" at the top of the file.
void read_encoding(const toml::node& v, const std::string& key, InputMapping& s, Reader& r) {
    std::string e;
    r.string(v, key, e);
    e = ascii_lower(e);
    if (e == "utf-8" || e == "utf8") s.encoding = Encoding::Utf8;
    else if (e == "windows-1252" || e == "cp1252") s.encoding = Encoding::Windows1252;
    else r.error(v, key, "must be \"utf-8\" or \"windows-1252\"");
}

void read_input(const toml::table& t, InputMapping& s, Reader& r) {
    for (auto&& [k, v] : t) {
        const std::string key(k.str());
        if (key == "encoding") {
            read_encoding(v, "input.encoding", s, r);
        } else if (key == "date_format") {
            std::string pattern, error;
            r.string(v, "input.date_format", pattern);
            if (auto form = DateForm::parse(trimmed(pattern), error)) s.date_format = std::move(form);
            else r.error(v, "input.date_format", error);
        } else if (key == "age_bands") {
            const auto* arr = v.as_array();
            if (!arr || arr->empty()) {
                r.error(v, "input.age_bands", "must be a list of the export's age bands in order, e.g. [\"18-24\", \"25-44\", \"45-64\", \"65+\"]");
                continue;
            }
            std::vector<std::string> bands;
            for (const auto& item : *arr) {
                const auto text = item.value<std::string>();
                const std::string band = text ? trimmed(*text) : std::string();
                const std::string band_key = TextTable::key_of(band);
                if (band.empty()) r.error(item, "input.age_bands", "each entry must be an age band in double quotes, e.g. \"18-24\"");
                else if (band_key == "n/a") r.error(item, "input.age_bands", "\"N/A\" is not an age band: an empty or N/A cell is counted as N/A already");
                else if (std::any_of(bands.begin(), bands.end(), [&](const std::string& b) { return TextTable::key_of(b) == band_key; }))
                    r.error(item, "input.age_bands", "\"" + band + "\" is listed twice");
                else bands.push_back(band);
            }
            if (bands.size() > kMaxAgeBands)
                r.error(v, "input.age_bands", "lists " + std::to_string(bands.size()) + " bands; at most " +
                                                  std::to_string(kMaxAgeBands) + " may be declared");
            else s.age_bands = AgeBands(std::move(bands));
        } else if (key == "records_start") {
            continue;  // for compute: read_records_start
        } else {
            r.unknown(v, "input." + key, "encoding, date_format, age_bands, records_start");
        }
    }
}

// [input] records_start: the first day of the case system's records (ascreport/coverage.hpp).
// A TOML date (2022-01-10) or text in a date form the loader reads ("2022-01-10", "10/01/2022").
void read_records_start(const toml::table& input, ExtraFigures& s, Reader& r) {
    const toml::node* v = input.get("records_start");
    if (!v) return;
    if (const auto* d = v->as_date()) {
        const auto& t = d->get();
        if (is_valid_ymd(t.year, t.month, t.day)) {
            s.records_start = Date::from_ymd(t.year, t.month, t.day);
            return;
        }
    } else if (auto text = v->value<std::string>()) {
        if (auto d = parse_date(trimmed(*text))) {
            s.records_start = *d;
            return;
        }
    }
    r.error(*v, "input.records_start", "must be the date the records start, e.g. \"2022-01-10\"");
}

void read_concerns(const toml::table& t, InputMapping& s, Reader& r) {
    DerivedConcerns& c = s.concerns_from;
    c.file = r.file();
    c.line = r.line(t);
    for (auto&& [k, v] : t) {
        const std::string key(k.str());
        if (key == "categories" || key == "subcategories") {
            auto headers = r.text_list(v, "concerns." + key);
            if (!headers) continue;
            auto& out = key == "categories" ? c.categories : c.subcategories;
            out.insert(out.end(), headers->begin(), headers->end());
        } else if (key == "separator") {
            r.string(v, "concerns.separator", c.separator);
            if (c.separator.empty() || c.separator.size() > 4 || c.separator.find_first_of("\"\r\n") != std::string::npos)
                r.error(v, "concerns.separator", "must be one to four characters that separate categories in a cell, e.g. \";\"");
        } else if (key == "one_row_per_issue") {
            if (auto b = v.value<bool>()) c.one_row_per_issue = *b;
            else r.error(v, "concerns.one_row_per_issue", "must be true or false");
        } else {
            r.unknown(v, "concerns." + key, "categories, subcategories, separator, one_row_per_issue");
        }
    }
    if (c.categories.empty()) {
        r.error(t, "concerns", "must name categories, the complaints.csv columns that hold the concern categories, "
                               "e.g. categories = [\"Issue 1\", \"Issue 2\"]");
        return;
    }
    if (!c.subcategories.empty() && c.subcategories.size() != c.categories.size())
        r.error(t, "concerns.subcategories", "names " + std::to_string(c.subcategories.size()) + " columns for " +
                                                 std::to_string(c.categories.size()) +
                                                 " categories; give one subcategory column per category column, in the same order");
    if (!c.subcategories.empty() && !c.separator.empty())
        r.error(t, "concerns.separator", "cannot be used with subcategories: a cell split into several categories has no "
                                         "subcategory to pair with each");
}

// [complaints]: the shape of complaints.csv.
void read_complaints(const toml::table& t, InputMapping& s, Reader& r) {
    for (auto&& [k, v] : t) {
        const std::string key(k.str());
        if (key == "one_row_per_stage") {
            if (auto b = v.value<bool>()) s.one_row_per_stage = *b;
            else r.error(v, "complaints.one_row_per_stage", "must be true or false");
        } else {
            r.unknown(v, "complaints." + key, "one_row_per_stage");
        }
    }
}

// [time_limits.REGIME]: each a whole number of days, an extended limit no shorter than its
// limit (TimeLimits has the defaults and their sources).
void read_time_limits(const toml::table& t, TimeLimits& limits, Reader& r) {
    struct Key {
        std::string_view name;
        int* value;
    };
    for (auto&& [rk, rv] : t) {
        const std::string regime(rk.str());
        const auto* table = rv.as_table();
        if (regime != "adult" && regime != "children" && regime != "corporate") {
            r.unknown(rv, "time_limits." + regime, "adult, children, corporate");
            continue;
        }
        if (!table) {
            r.error(rv, "time_limits." + regime, "must be a table: [time_limits." + regime + "] on a line of its own, then its limits below it");
            continue;
        }
        std::vector<Key> keys;
        std::string known;
        if (regime == "adult") {
            keys = {{"acknowledge", &limits.adult.acknowledge}, {"respond", &limits.adult.respond}};
            known = "acknowledge, respond, days";
        } else if (regime == "children") {
            keys = {{"stage1", &limits.children[0].respond}, {"stage1_extended", &limits.children[0].extended},
                    {"stage2", &limits.children[1].respond}, {"stage2_extended", &limits.children[1].extended},
                    {"panel", &limits.children[2].respond}};
            known = "stage1, stage1_extended, stage2, stage2_extended, panel";
        } else {
            keys = {{"acknowledge", &limits.corporate[0].acknowledge}, {"stage1", &limits.corporate[0].respond},
                    {"stage1_extended", &limits.corporate[0].extended}, {"stage2", &limits.corporate[1].respond},
                    {"stage2_extended", &limits.corporate[1].extended}};
            known = "acknowledge, stage1, stage1_extended, stage2, stage2_extended";
        }
        std::map<std::string, const toml::node*, std::less<>> given;
        for (auto&& [k, v] : *table) {
            const std::string key(k.str());
            const std::string full = "time_limits." + regime + "." + key;
            if (regime == "adult" && key == "days") {
                const auto text = v.value<std::string>();
                if (text && (*text == "working" || *text == "calendar")) limits.adult.calendar_days = *text == "calendar";
                else r.error(v, full, "must be \"working\" or \"calendar\": how the local target (respond) is counted");
                continue;
            }
            auto it = std::find_if(keys.begin(), keys.end(), [&](const Key& x) { return x.name == key; });
            if (it == keys.end()) {
                r.unknown(v, full, known);
                continue;
            }
            const auto n = v.value<std::int64_t>();
            if (!n || *n < 1 || *n > 365) {
                r.error(v, full, "must be a whole number of days from 1 to 365");
                continue;
            }
            *it->value = static_cast<int>(*n);
            given[key] = &v;
        }
        // The corporate acknowledgement limit is both stages'; the children's stage 3 is timed to
        // the panel, which has no extension.
        if (regime == "corporate") limits.corporate[1].acknowledge = limits.corporate[0].acknowledge;
        if (regime == "children") limits.children[2].extended = limits.children[2].respond;
        for (std::size_t i = 0; i + 1 < keys.size(); ++i) {
            const std::string extended = std::string(keys[i].name) + "_extended";
            if (keys[i + 1].name != extended || *keys[i + 1].value >= *keys[i].value) continue;
            const auto at = given.count(extended) ? given[extended] : given[std::string(keys[i].name)];
            r.error(*at, "time_limits." + regime + "." + extended,
                    "is " + std::to_string(*keys[i + 1].value) + ", shorter than " + std::string(keys[i].name) + " (" +
                        std::to_string(*keys[i].value) + "); an extended limit is at least the limit it extends");
        }
    }
}

// [files.KIND]: the export's file name(s), its header line, and which rows are records.
void read_row_rules(const toml::node& v, const std::string& key, std::vector<RowRule>& out, Reader& r) {
    const char* example = "e.g. [{ column = \"Team\", is = \"Subtotal*\" }]";
    const auto* arr = v.as_array();
    if (!arr) {
        r.error(v, key, std::string("must be a list of { column = \"Header\", is = \"value or pattern\" }, ") + example);
        return;
    }
    for (const auto& item : *arr) {
        const auto* t = item.as_table();
        RowRule rule;
        rule.line = r.line(item);
        bool ok = t != nullptr;
        if (t)
            for (auto&& [k, kv] : *t) {
                const std::string name(k.str());
                const auto text = kv.value<std::string>();
                if ((name != "column" && name != "is") || !text) {
                    ok = false;
                    break;
                }
                (name == "column" ? rule.column : rule.is) = trimmed(*text);
            }
        if (!ok || rule.column.empty() || !t->contains("is")) {
            r.error(item, key, std::string("each entry must be { column = \"Header in your export\", is = \"value or pattern\" }, ") +
                                   example);
            continue;
        }
        out.push_back(std::move(rule));
    }
}

void read_files(const toml::table& t, InputMapping& s, Reader& r) {
    for (auto&& [fk, fv] : t) {
        const std::string kind(fk.str());
        const bool known = std::any_of(load::kInputFiles.begin(), load::kInputFiles.end(),
                                       [&](const auto& in) { return in.key == kind; });
        if (!known) {
            r.error(fv, "files." + kind, "is not an input file; use files.complaints, files.concerns, "
                                         "files.compliments, files.lgsco or files.regional");
            continue;
        }
        const auto* table = fv.as_table();
        if (!table) { r.error(fv, "files." + kind, "must be a table: [files." + kind + "] on a line of its own, then name = ... below it"); continue; }
        FileRules& rules = s.files[kind];
        rules.line = r.line(fv);
        for (auto&& [k, v] : *table) {
            const std::string key(k.str());
            const std::string full = "files." + kind + "." + key;
            if (key == "name") {
                auto names = r.text_list(v, full);
                if (!names) continue;
                for (const std::string& n : *names)
                    if (n.find_first_of("/\\") != std::string::npos || n == "." || n == "..")
                        r.error(v, full, "\"" + n + "\" is not a file name; name a file in the data folder, without a folder");
                rules.names = std::move(*names);
            } else if (key == "header_line") {
                const auto n = v.value<std::int64_t>();
                if (!n || *n < 1 || *n > 1'000'000) r.error(v, full, "must be the line number the header is on, e.g. 4");
                else rules.header_line = static_cast<std::uint32_t>(*n);
            } else if (key == "skip_rows") {
                read_row_rules(v, full, rules.skip_rows, r);
            } else if (key == "keep_rows") {
                read_row_rules(v, full, rules.keep_rows, r);
            } else {
                r.unknown(v, full, "name, header_line, skip_rows, keep_rows");
            }
        }
    }
    // Two kinds read from one file would read its rows twice.
    std::map<std::string, std::string> claimed;
    for (const auto& [kind, rules] : s.files)
        for (const std::string& n : rules.names)
            if (auto [it, inserted] = claimed.try_emplace(ascii_lower(n), kind); !inserted)
                r.error(t, "files." + kind + ".name", "names \"" + n + "\", which files." + it->second +
                                                         ".name names too; each file holds one kind of record");
}

void read_calendar(const toml::table& t, Settings& s, Reader& r) {
    for (auto&& [k, v] : t) {
        const std::string key(k.str());
        if (key != "extra_bank_holidays") { r.unknown(v, "calendar." + key, "extra_bank_holidays"); continue; }
        const auto* arr = v.as_array();
        if (!arr) { r.error(v, "calendar.extra_bank_holidays", "must be a list of dates, e.g. [\"2031-01-01\"]"); continue; }
        for (const auto& item : *arr) {
            std::optional<Date> d;
            if (auto text = item.value<std::string>()) d = parse_date(*text);
            else if (const auto* td = item.as_date()) {
                const auto& dv = td->get();
                if (is_valid_ymd(dv.year, dv.month, dv.day)) d = Date::from_ymd(dv.year, dv.month, dv.day);
            }
            if (!d) r.error(item, "calendar.extra_bank_holidays", "each entry must be a date such as \"2031-01-01\"");
            else s.extra_bank_holidays.push_back(*d);
        }
    }
}

void read_privacy(const toml::table& t, PrivacyPolicy& s, Reader& r) {
    for (auto&& [k, v] : t) {
        const std::string key(k.str());
        if (key != "redact" && key != "allow") { r.unknown(v, "privacy." + key, "redact, allow"); continue; }
        std::vector<std::string>& list = key == "redact" ? s.redact : s.allow;
        const char* example = key == "redact" ? "[\"Jane Doe\"]" : "[\"CV1 5RR\"]";
        const auto* arr = v.as_array();
        if (!arr) { r.error(v, "privacy." + key, std::string("must be a list of text in double quotes, e.g. ") + example); continue; }
        for (const auto& item : *arr) {
            const auto text = item.value<std::string>();
            if (!text) r.error(item, "privacy." + key, "each entry must be text in double quotes");
            else if (text->find_first_not_of(" \t\r\n") == std::string::npos)
                r.error(item, "privacy." + key, "an entry is empty; remove it");
            else list.push_back(*text);
        }
    }
}

// [columns.complaints] age / date_of_birth: one of them, not with age_band, and the age bands
// (the contract's or [input] age_bands) each reading as a range of ages, none overlapping.
void check_ages(const toml::table& root, InputMapping& s, Reader& r) {
    const bool age = !s.age_column.headers.empty(), birth = !s.birth_date_column.headers.empty();
    if (!age && !birth) return;
    const toml::node* columns = root.at_path("columns.complaints").node();
    const toml::node& at = columns ? *columns : static_cast<const toml::node&>(root);
    const std::string name = age ? "columns.complaints.age" : "columns.complaints.date_of_birth";
    if (age && birth) {
        r.error(at, "columns.complaints", "names both age and date_of_birth; choose one (a whole number of years, or "
                                          "a date of birth counted at the date received)");
        return;
    }
    if (s.column_mapped("complaints", "age_band")) {
        r.error(at, name, "and columns.complaints.age_band are both set; choose one: age_band for a column that "
                          "holds bands already, " + std::string(age ? "age" : "date_of_birth") + " for one to band");
        return;
    }
    const Vocab& bands = s.age_bands.vocab();
    const toml::node* declared = root.at_path("input.age_bands").node();
    const toml::node& band_at = declared ? *declared : at;
    std::vector<AgeRange> ranges;
    bool ok = true;
    for (std::string_view band : bands.values) {
        auto range = age_range_of(band);
        if (!range) {
            r.error(band_at, "input.age_bands", "\"" + std::string(band) + "\" does not read as a range of ages, which " +
                                                    name + " needs to band a number of years; write each band as "
                                                    "\"18-24\", \"18 to 24\", \"65+\", \"65 and over\" or \"Under 16\"");
            ok = false;
            ranges.push_back({-1, -2});  // overlaps nothing
            continue;
        }
        for (std::size_t i = 0; i < ranges.size(); ++i)
            if (range->low <= ranges[i].high && ranges[i].low <= range->high) {
                r.error(band_at, "input.age_bands", "\"" + std::string(band) + "\" overlaps \"" +
                                                        std::string(bands.values[i]) +
                                                        "\"; an age must fall in one band only");
                ok = false;
            }
        ranges.push_back(*range);
    }
    if (ok) s.age_ranges = std::move(ranges);
}

}  // namespace

SettingsResult load_settings(const std::filesystem::path& file, const std::string& display) {
    SettingsResult result;
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) return result;
    if (!std::filesystem::is_regular_file(file, ec)) {
        result.diagnostics.error(display, 0, "", "is not a regular file; report.toml must be a text file");
        return result;
    }
    std::ifstream in(file, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    if (!in) {
        result.diagnostics.error(display, 0, "", "could not be read");
        return result;
    }
    result = load_settings_text(buf.str(), display);
    result.settings.source = file;
    result.settings.council.settings_file = file;
    return result;
}

SettingsResult load_settings_text(std::string_view text, const std::string& display) {
    SettingsResult result;
    Settings& s = result.settings;
    toml::table root;
    try {
        root = toml::parse(text, display);
    } catch (const toml::parse_error& e) {
        result.diagnostics.error(display, static_cast<std::uint32_t>(e.source().begin.line), "",
                                 std::string(e.description()) + " (report.toml is TOML: see docs/settings.md)");
        return result;
    }
    Reader r(display, result.diagnostics);
    constexpr const char* kSections =
        "council, contact, input, figures, calendar, files, columns, values, concerns, complaints, time_limits, privacy, report, "
        "ombudsman_letter, code_report";
    // [input] first: [values.age_band] maps onto the age bands it declares.
    if (const toml::node* enc = root.get("encoding")) read_encoding(*enc, "encoding", s.input, r);  // at the top, as before [input]
    if (const toml::node* input = root.get("input")) {
        if (const auto* table = input->as_table()) {
            read_input(*table, s.input, r);
            read_records_start(*table, s.figures, r);
        } else r.error(*input, "input", "must be a table: [input] on a line of its own, then encoding = ... below it");
    }
    for (auto&& [k, v] : root) {
        const std::string key(k.str());
        if (key == "encoding" || key == "input") continue;
        const auto* table = v.as_table();
        if (!table) {
            r.unknown(v, key, kSections);
            continue;
        }
        if (key == "council") read_council(*table, s.council, r);
        else if (key == "contact") read_contact(*table, s.council, r);
        else if (key == "figures") read_figures(*table, s.figures, r);
        else if (key == "calendar") read_calendar(*table, s, r);
        else if (key == "columns") read_columns(*table, s.input, r);
        else if (key == "values") read_values(*table, s.input, r);
        else if (key == "concerns") read_concerns(*table, s.input, r);
        else if (key == "complaints") read_complaints(*table, s.input, r);
        else if (key == "time_limits") read_time_limits(*table, s.time_limits, r);
        else if (key == "files") read_files(*table, s.input, r);
        else if (key == "privacy") read_privacy(*table, s.privacy, r);
        else if (key == "report") read_report(*table, s.council, r);
        else if (key == "ombudsman_letter") read_ombudsman_letter(*table, s.council.letter, r);
        else if (key == "code_report") read_code_report(*table, s.council, r);
        else r.unknown(v, key, kSections);
    }
    check_ages(root, s.input, r);
    if (s.input.one_row_per_stage && s.input.concerns_from.one_row_per_issue)
        if (const toml::node* at = root.at_path("complaints.one_row_per_stage").node())
            r.error(*at, "complaints.one_row_per_stage",
                    "cannot be used with [concerns] one_row_per_issue: a row is either one stage of a complaint or one "
                    "issue of it; export a row per stage with the issues in columns of their own, or a row per issue "
                    "with the stages in the stage2_* and stage3_* columns");
    // toml++ walks keys in name order; messages read best in line order.
    std::stable_sort(result.diagnostics.items.begin(), result.diagnostics.items.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; });
    return result;
}

}  // namespace ascreport
