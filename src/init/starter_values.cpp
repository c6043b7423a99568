// plan_values: which spellings of each column init maps, and onto what ([values.*], and
// [input] age_bands); plan_concerns: concern categories in complaints.csv columns.
#include <algorithm>
#include <map>

#include "ascreport/vocab.hpp"
#include "ascreport/text_table.hpp"
#include "ascreport/vocab.hpp"
#include "init_names.hpp"
#include "starter_rules.hpp"

namespace ascreport::init {
namespace {

// The columns whose spellings init looks at, in the contract's order, and their vocabulary
// (nullptr for free text and for age_band, which has its own rules).
struct ValueColumn {
    std::string_view column;
    const Vocab* vocab;
};
constexpr ValueColumn kValueColumns[] = {
    {"route", &kRouteVocab},       {"outcome", &kOutcomeVocab},       {"method", &kMethodVocab},
    {"gender", &kGenderVocab},     {"age_band", nullptr},             {"ethnicity", nullptr},
    {"disability", &kDisabilityVocab}, {"provider", nullptr},         {"extended", &kExtendedVocab},
    {"source", &kSourceVocab},     {"publish", &kExtendedVocab},      {"decision", &kDecisionVocab},
};

// Spellings that match alike (TextTable::key_of, as the loader compares them).
struct Group {
    std::string key;
    std::string spelling;   // the most frequent, the first seen on a tie
    std::uint64_t best = 0;
    std::uint64_t count = 0;
};

std::vector<Group> gather(const StarterPlan& plan, std::string_view column, std::uint64_t& not_kept) {
    std::vector<Group> groups;
    std::map<std::string, std::size_t> index;
    for (const auto& f : plan.files)
        for (const auto& choice : f.columns) {
            if (choice.column != column) continue;
            for (const auto& header : choice.headers) {
                const ColumnValues* c = find_column(*f.file, header);
                if (!c) continue;
                not_kept += c->rows_not_kept;
                for (const auto& v : c->values) {
                    const std::string key = TextTable::key_of(v.value);
                    auto [it, fresh] = index.try_emplace(key, groups.size());
                    if (fresh) groups.push_back({key, v.value, 0, 0});
                    Group& g = groups[it->second];
                    g.count += v.count;
                    if (v.count > g.best) {
                        g.best = v.count;
                        g.spelling = v.value;
                    }
                }
            }
        }
    std::stable_sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) { return a.count > b.count; });
    return groups;
}

std::string list_of(const std::vector<std::string>& values, std::string_view last_joint) {
    std::string s;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i) s += i + 1 == values.size() ? std::string(last_joint) : std::string(", ");
        s += values[i];
    }
    return s;
}

std::string question(std::string_view column, const std::vector<std::string>& values, bool not_available) {
    std::string name(column);
    std::replace(name.begin(), name.end(), '_', ' ');
    return "which " + name + ": " + list_of(values, not_available ? ", " : " or ") +
           (not_available ? " or N/A (not known)?" : "?");
}

std::vector<std::string> labels(const Vocab& v) { return {v.values.begin(), v.values.end()}; }

// A fixed vocabulary's value for the spelling, or nullopt: the value itself with other
// punctuation ("Partly-upheld"), or one of the names listed for it.
std::optional<std::string> vocabulary_value(std::string_view column, const Vocab& vocab, std::string_view spelling) {
    const std::string key = name_key(spelling);
    for (auto v : vocab.values)
        if (name_key(v) == key) return std::string(v);
    for (const auto& n : kValueNames)
        if (n.column == column && names_contain(n.names, key)) return std::string(n.value);
    return std::nullopt;
}

// The value a spelling that means an empty cell ("Not Known", "None", "Ongoing") maps to in
// this column, or nullopt.
std::optional<std::string> empty_value(std::string_view column, std::string_view spelling) {
    const std::string key = name_key(spelling);
    const bool equality = column == "gender" || column == "age_band" || column == "disability" || column == "ethnicity";
    if (equality && names_contain(kNotKnown, key)) return "N/A";
    if ((column == "gender" || column == "age_band") && names_contain(kNotSaid, key)) return "N/A";
    if (column == "source" && names_contain(kNotKnown, key)) return "Not recorded";
    if (column == "provider" && names_contain(kNone, key)) return "";
    if (column == "extended" && names_contain(kNone, key)) return "No";
    if ((column == "outcome" || column == "decision") && names_contain(kStillOpen, key)) return "Open";
    return std::nullopt;
}

void plan_fixed(const ValueColumn& vc, const std::vector<Group>& groups, ValuesPlan& out) {
    const Vocab& vocab = *vc.vocab;
    for (const auto& g : groups) {
        const bool exact = std::any_of(vocab.values.begin(), vocab.values.end(),
                                       [&](std::string_view v) { return TextTable::key_of(v) == g.key; });
        if (exact) out.accepted.push_back({g.spelling, g.count});
        else if (auto v = vocabulary_value(vc.column, vocab, g.spelling)) out.mappings.push_back({g.spelling, *v, g.count});
        else if (auto e = empty_value(vc.column, g.spelling)) out.mappings.push_back({g.spelling, *e, g.count});
        else if (vc.column != "publish") out.unplaced.push_back({g.spelling, g.count});  // anything else is "No"
    }
    const bool optional = vc.column == "gender" || vc.column == "disability";
    out.question = question(vc.column, labels(vocab), optional);
}

void plan_free(const ValueColumn& vc, const std::vector<Group>& groups, ValuesPlan& out) {
    for (const auto& g : groups)
        if (auto e = empty_value(vc.column, g.spelling)) out.mappings.push_back({g.spelling, *e, g.count});
}

struct Band {
    int low, high;
    std::vector<const Group*> groups;  // most frequent first: the first names the band
};

void plan_ages(const std::vector<Group>& groups, ValuesPlan& out, AgePlan& ages) {
    std::vector<Band> bands;
    for (const auto& g : groups) {
        if (auto e = empty_value("age_band", g.spelling)) {
            out.mappings.push_back({g.spelling, *e, g.count});
            continue;
        }
        int low = 0, high = 0;
        switch (parse_age_band(g.spelling, low, high)) {
        case AgeSpelling::Age: out.plain_ages += g.count; continue;
        case AgeSpelling::None: out.unplaced.push_back({g.spelling, g.count}); continue;
        case AgeSpelling::Band: break;
        }
        auto b = std::find_if(bands.begin(), bands.end(), [&](const Band& x) { return x.low == low && x.high == high; });
        if (b == bands.end()) bands.push_back({low, high, {&g}});
        else b->groups.push_back(&g);
    }
    std::sort(bands.begin(), bands.end(), [](const Band& a, const Band& b) {
        return a.low != b.low ? a.low < b.low : (a.high == -1 ? false : b.high == -1 || a.high < b.high);
    });
    // The contract's bands, as parse_age_band reads its labels.
    std::vector<std::pair<int, int>> contract;
    for (auto label : kAgeBandVocab.values) {
        int low = 0, high = 0;
        parse_age_band(label, low, high);
        contract.emplace_back(low, high);
    }
    const bool all_contract = std::all_of(bands.begin(), bands.end(), [&](const Band& b) {
        return std::find(contract.begin(), contract.end(), std::make_pair(b.low, b.high)) != contract.end();
    });
    std::vector<std::string> vocabulary = labels(kAgeBandVocab);
    if (all_contract) {
        for (const auto& b : bands) {
            const auto i = std::find(contract.begin(), contract.end(), std::make_pair(b.low, b.high)) - contract.begin();
            const std::string label(kAgeBandVocab.values[static_cast<std::size_t>(i)]);
            for (const Group* g : b.groups) {
                if (g->key == TextTable::key_of(label)) out.accepted.push_back({g->spelling, g->count});
                else out.mappings.push_back({g->spelling, label, g->count});
            }
        }
    } else {
        bool overlap = false;
        for (std::size_t i = 1; i < bands.size(); ++i)
            if (bands[i - 1].high == -1 || bands[i - 1].high >= bands[i].low) overlap = true;
        if (bands.size() > kMaxAgeBands) {
            ages.todo = "the export has " + std::to_string(bands.size()) + " different age bands, more than the " +
                        std::to_string(kMaxAgeBands) + " a report can show: is this the right column?";
            for (const auto& b : bands)
                for (const Group* g : b.groups) out.unplaced.push_back({g->spelling, g->count});
        } else if (overlap) {
            std::vector<std::string> names;
            for (const auto& b : bands) names.push_back("\"" + b.groups[0]->spelling + "\"");
            ages.todo = "the export's age bands overlap (" + list_of(names, ", ") +
                        "), so they cannot be the report's bands as they are: choose bands that do not overlap, list "
                        "them here as age_bands = [...] and map each spelling onto one under [values.age_band]";
            for (const auto& b : bands)
                for (const Group* g : b.groups) out.unplaced.push_back({g->spelling, g->count});
        } else {
            vocabulary.clear();
            for (const auto& b : bands) {
                ages.bands.push_back(b.groups[0]->spelling);
                vocabulary.push_back(b.groups[0]->spelling);
                out.accepted.push_back({b.groups[0]->spelling, b.groups[0]->count});
                for (std::size_t i = 1; i < b.groups.size(); ++i)
                    out.mappings.push_back({b.groups[i]->spelling, b.groups[0]->spelling, b.groups[i]->count});
            }
        }
    }
    std::stable_sort(out.unplaced.begin(), out.unplaced.end(),
                     [](const ValueCount& a, const ValueCount& b) { return a.count > b.count; });
    out.question = question("age_band", vocabulary, true);
}

}  // namespace

AgeSpelling parse_age_band(std::string_view spelling, int& low, int& high) {
    // Words: numbers, "+", "-", and lower-case words; dashes of any kind are "-".
    std::string s(spelling);
    for (std::string_view dash : {"\xE2\x80\x93", "\xE2\x80\x94"})
        for (auto at = s.find(dash); at != std::string::npos; at = s.find(dash)) s.replace(at, dash.size(), "-");
    std::vector<std::string> words;
    for (std::size_t i = 0; i < s.size();) {
        const char c = s[i];
        if (c >= '0' && c <= '9') {
            std::size_t j = i;
            while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
            words.push_back(s.substr(i, j - i));
            i = j;
        } else if (std::isalpha(static_cast<unsigned char>(c))) {
            std::size_t j = i;
            std::string w;
            while (j < s.size() && std::isalpha(static_cast<unsigned char>(s[j])))
                w += static_cast<char>(std::tolower(static_cast<unsigned char>(s[j++])));
            if (w != "aged" && w != "age" && w != "ages" && w != "years" && w != "year" && w != "yrs" && w != "yr" &&
                w != "old" && w != "olds")
                words.push_back(w);
            i = j;
        } else if (c == '+' || c == '-') {
            words.emplace_back(1, c);
            ++i;
        } else if (c == ' ' || c == '\t') {
            ++i;
        } else {
            return AgeSpelling::None;
        }
    }
    auto num = [](const std::string& w, int& n) {
        if (w.empty() || w.size() > 3 || !std::isdigit(static_cast<unsigned char>(w[0]))) return false;
        n = std::stoi(w);
        return true;
    };
    int a = 0, b = 0;
    const std::size_t n = words.size();
    if (n == 1 && num(words[0], a)) return AgeSpelling::Age;
    if (n == 3 && num(words[0], a) && (words[1] == "-" || words[1] == "to") && num(words[2], b) && a <= b) {
        low = a, high = b;
        return AgeSpelling::Band;
    }
    const bool over = (n == 2 && num(words[0], a) && (words[1] == "+" || words[1] == "plus")) ||
                      (n == 3 && num(words[0], a) && (words[1] == "and" || words[1] == "or") &&
                       (words[2] == "over" || words[2] == "above" || words[2] == "older"));
    if (over) {
        low = a, high = -1;
        return AgeSpelling::Band;
    }
    const bool under = (n == 2 && (words[0] == "under" || words[0] == "below") && num(words[1], a)) ||
                       (n == 3 && words[0] == "less" && words[1] == "than" && num(words[2], a));
    if (under && a > 0) {
        low = 0, high = a - 1;
        return AgeSpelling::Band;
    }
    return AgeSpelling::None;
}

void plan_values(StarterPlan& plan) {
    for (const auto& vc : kValueColumns) {
        ValuesPlan out;
        out.column = std::string(vc.column);
        const auto groups = gather(plan, vc.column, out.rows_not_kept);
        if (groups.empty()) continue;
        if (vc.column == "age_band") plan_ages(groups, out, plan.ages);
        else if (vc.vocab) plan_fixed(vc, groups, out);
        else plan_free(vc, groups, out);
        plan.values.push_back(std::move(out));
    }
}

void plan_concerns(const FolderInspection& inspection, StarterPlan& plan) {
    const bool has_concerns = std::any_of(inspection.files.begin(), inspection.files.end(),
                                          [](const FileInspection& f) { return f.name == "concerns.csv"; });
    if (has_concerns || plan.files.empty() || plan.files[0].key != "complaints") return;
    FilePlan& complaints = plan.files[0];
    std::map<int, std::string> categories, subcategories;
    bool repeated = false;
    for (const auto& header : complaints.unused) {
        std::string key = name_key(header);
        int number = 0;
        std::size_t digits = key.size();
        while (digits > 0 && std::isdigit(static_cast<unsigned char>(key[digits - 1]))) --digits;
        if (digits < key.size() && key.size() - digits <= 2) {
            number = std::stoi(key.substr(digits));
            key.erase(digits);
            while (!key.empty() && key.back() == ' ') key.pop_back();
        }
        std::map<int, std::string>* into = names_contain(kCategoryHeaders, key)      ? &categories
                                          : names_contain(kSubcategoryHeaders, key) ? &subcategories
                                                                                     : nullptr;
        if (into && !into->emplace(number, header).second) repeated = true;
    }
    const bool filled = std::any_of(categories.begin(), categories.end(), [&](const auto& c) {
        const ColumnValues* v = find_column(*complaints.file, c.second);
        return v && v->filled > 0;
    });
    if (categories.empty() || !filled) return;
    ConcernsPlan& out = plan.concerns;
    if (repeated) {
        std::vector<std::string> names;
        for (const auto& [n, h] : categories) names.push_back("\"" + h + "\"");
        out.note = "complaints.csv has concern category columns (" + list_of(names, " and ") +
                   ", and more with the same number), so init cannot tell which to list";
        return;
    }
    for (const auto& [n, h] : categories) out.categories.push_back(h);
    bool paired = subcategories.size() == categories.size();
    for (const auto& [n, h] : categories) paired = paired && subcategories.count(n);
    if (paired) {
        for (const auto& [n, h] : categories) out.subcategories.push_back(subcategories.at(n));
    } else if (!subcategories.empty()) {
        out.note = "the subcategory columns do not pair one to one with the category columns, so they are left out";
    }
    for (const auto& h : out.categories) {
        const ColumnValues* v = find_column(*complaints.file, h);
        for (const auto& value : v ? v->values : std::vector<ValueCount>{})
            if (value.value.find(';') != std::string::npos && out.separator.empty()) {
                out.separator = ";";
                out.separator_example = value.value;
            }
    }
    auto& unused = complaints.unused;
    unused.erase(std::remove_if(unused.begin(), unused.end(),
                                [&](const std::string& h) {
                                    return std::count(out.categories.begin(), out.categories.end(), h) ||
                                           std::count(out.subcategories.begin(), out.subcategories.end(), h);
                                }),
                 unused.end());
}

}  // namespace ascreport::init
