// report.toml, read with toml++. Every problem names the line; unknown keys are warnings,
// since a misspelt key would otherwise be silently ignored.
#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include <toml++/toml.h>

#include "ascreport/settings.hpp"
#include "ascreport/text_table.hpp"
#include "ascreport/vocab.hpp"
#include "load/contract.hpp"

namespace ascreport {

std::string Settings::header_for(const std::string& file, const std::string& column) const {
    if (auto f = column_names.find(file); f != column_names.end())
        if (auto c = f->second.find(column); c != f->second.end()) return c->second;
    return column;
}

namespace {

const Vocab* fixed_vocab(std::string_view column) {
    for (const Vocab* v : {&kRouteVocab, &kOutcomeVocab, &kMethodVocab, &kGenderVocab, &kAgeBandVocab,
                           &kDisabilityVocab, &kSourceVocab, &kDecisionVocab, &kExtendedVocab})
        if (v->column == column) return v;
    if (column == "publish") return &kExtendedVocab;
    return nullptr;
}

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

class Reader {
public:
    Reader(std::string file, Diagnostics& d) : file_(std::move(file)), d_(d) {}

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

    std::optional<FinancialYear> year_key(const toml::node& n, const std::string& table, const std::string& k) {
        auto y = parse_financial_year(k);
        if (!y) error(n, table + "." + k, "the key must be a financial year such as \"2023/24\"");
        return y;
    }

private:
    std::string file_;
    Diagnostics& d_;
};

void read_council(const toml::table& t, Settings& s, Reader& r) {
    for (auto&& [k, v] : t) {
        const std::string key(k.str());
        if (key == "name") r.string(v, "council.name", s.council_name);
        else if (key == "service") r.string(v, "council.service", s.service_name);
        else if (key == "logo") r.string(v, "council.logo", s.logo);
        else if (key == "published") r.string(v, "council.published", s.published);
        else if (key == "colour" || key == "color") {
            r.string(v, "council.colour", s.colour);
            const bool ok = s.colour.size() == 7 && s.colour[0] == '#' &&
                            std::all_of(s.colour.begin() + 1, s.colour.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
            if (!ok) r.error(v, "council.colour", "must be a colour written #RRGGBB, e.g. \"#1D4F91\"");
        } else r.unknown(v, "council." + key, "name, service, colour, logo, published");
    }
}

void read_contact(const toml::table& t, Settings& s, Reader& r) {
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

void read_figures(const toml::table& t, Settings& s, Reader& r) {
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
            if (!n || *n < 0 || (key == "timescale_percent" && *n > 100)) {
                r.error(yv, "figures." + key + "." + std::string(yk.str()),
                        key == "timescale_percent" ? "must be a whole percentage from 0 to 100"
                                                   : "must be a whole number of people, 0 or more");
                continue;
            }
            if (!year) continue;
            if (key == "long_term_support") s.long_term_support[*year] = *n;
            else s.timescale_percent_history[*year] = static_cast<int>(*n);
        }
    }
}

void read_columns(const toml::table& t, Settings& s, Reader& r) {
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
        for (auto&& [ck, cv] : *table) {
            const std::string column(ck.str());
            const bool known = std::any_of(f->columns.begin(), f->columns.end(),
                                           [&](const auto& c) { return c.name == column; });
            if (!known) {
                std::string names;
                for (const auto& c : f->columns) names += (names.empty() ? "" : ", ") + std::string(c.name);
                r.error(cv, "columns." + file + "." + column, "is not a column of " + std::string(f->name) + " (" + names + ")");
                continue;
            }
            std::string header;
            r.string(cv, "columns." + file + "." + column, header);
            // Trimmed and lower-cased: headers match case-insensitively.
            header.erase(0, header.find_first_not_of(" \t"));
            header.erase(header.find_last_not_of(" \t") + 1);
            s.column_names[file][column] = lower(header);
        }
    }
}

void read_values(const toml::table& t, Settings& s, Reader& r) {
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
        const Vocab* vocab = fixed_vocab(column);
        for (auto&& [sk, sv] : *table) {
            std::string target;
            r.string(sv, "values." + column + ".\"" + std::string(sk.str()) + "\"", target);
            if (vocab) {
                auto it = std::find_if(vocab->values.begin(), vocab->values.end(),
                                       [&](auto v) { return TextTable::key_of(v) == TextTable::key_of(target); });
                if (it == vocab->values.end()) {
                    std::string names;
                    for (auto v : vocab->values) names += (names.empty() ? "" : ", ") + std::string(v);
                    r.error(sv, "values." + column + ".\"" + std::string(sk.str()) + "\"",
                            "maps to \"" + target + "\", which is not a " + column + " value (" + names + ")");
                    continue;
                }
                target = std::string(*it);
            }
            s.value_map[column][TextTable::key_of(sk.str())] = target;
        }
    }
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

void read_privacy(const toml::table& t, Settings& s, Reader& r) {
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
    for (auto&& [k, v] : root) {
        const std::string key(k.str());
        const auto* table = v.as_table();
        if (key == "encoding" || key == "input") {
            // encoding = "..." at the top or under [input]
            const toml::node* enc = key == "encoding" ? &v : (table ? table->get("encoding") : nullptr);
            if (table)
                for (auto&& [ik, iv] : *table)
                    if (ik.str() != "encoding") r.unknown(iv, "input." + std::string(ik.str()), "encoding");
            if (!enc) continue;
            std::string e;
            r.string(*enc, "encoding", e);
            e = lower(e);
            if (e == "utf-8" || e == "utf8") s.encoding = Encoding::Utf8;
            else if (e == "windows-1252" || e == "cp1252") s.encoding = Encoding::Windows1252;
            else r.error(*enc, "encoding", "must be \"utf-8\" or \"windows-1252\"");
            continue;
        }
        if (!table) {
            r.unknown(v, key, "council, contact, input, figures, calendar, columns, values, privacy");
            continue;
        }
        if (key == "council") read_council(*table, s, r);
        else if (key == "contact") read_contact(*table, s, r);
        else if (key == "figures") read_figures(*table, s, r);
        else if (key == "calendar") read_calendar(*table, s, r);
        else if (key == "columns") read_columns(*table, s, r);
        else if (key == "values") read_values(*table, s, r);
        else if (key == "privacy") read_privacy(*table, s, r);
        else r.unknown(v, key, "council, contact, input, figures, calendar, columns, values, privacy");
    }
    // toml++ walks keys in name order; messages read best in line order.
    std::stable_sort(result.diagnostics.items.begin(), result.diagnostics.items.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; });
    return result;
}

}  // namespace ascreport
