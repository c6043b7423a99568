// plan_values: which spellings of each column init maps, and onto what ([values.*], and
// [input] age_bands); plan_concerns: concern categories in complaints.csv columns.
#include <algorithm>
#include <map>

#include "ascreport/input_mapping.hpp"
#include "ascreport/text_table.hpp"
#include "ascreport/wildcard.hpp"
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
    {"source", &kSourceVocab},     {"publish", &kPublishVocab},      {"decision", &kDecisionVocab},
    {"category", nullptr},        {"regime", &kRegimeVocab},         {"complainant", &kComplainantVocab},
    {"advocate", &kAdvocateVocab}, {"dispute_resolution", &kDisputeResolutionVocab}, {"refused", &kRefusedVocab},
    {"stage", &kStageVocab},
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
    for (const auto& f : plan.files) {
        std::vector<std::string> headers;
        for (const auto& choice : f.columns)
            if (choice.column == column) headers.insert(headers.end(), choice.headers.begin(), choice.headers.end());
        // The categories [concerns] reads from complaints.csv (not when a cell may list several).
        if (column == "category" && f.key == "complaints" && plan.concerns.separator.empty())
            headers = plan.concerns.categories;
        for (const auto& header : headers) {
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

// A packed cell ("Closed - Upheld - Stage 2", "Partially upheld (ASC stage 1) (closed)"):
// the parts between its marks, one of them an outcome. The pattern keeps that part and the
// marks on either side, and stands `*` for the rest ("* - Upheld - *", "Partially upheld
// (*"), so that "Upheld" and "Partially Upheld" never both match one cell.
struct PackedOutcome {
    std::string pattern;
    std::string value;  // the contract's, or "Open" for still open
};

// `several`, when given, is set for a cell that names more than one value (nullopt then). For
// route, a part "Stage 2" is a route init cannot name (value ""; the pattern "* - Stage ?").
std::optional<PackedOutcome> packed_value(std::string_view column, const Vocab& vocab, std::string_view spelling,
                                          bool* several = nullptr) {
    auto is_mark = [](char c) { return std::string_view("-()[],:;/|").find(c) != std::string_view::npos; };
    // Alternating parts and the marks between them (with their spaces), as written.
    std::vector<std::string> parts, marks;
    std::size_t i = 0;
    while (i < spelling.size()) {
        std::size_t j = i;
        while (j < spelling.size() && !(is_mark(spelling[j]) && (j == 0 || spelling[j - 1] == ' ' || spelling[j] != '-')))
            ++j;
        // A mark runs on over marks and spaces; the part before it is trimmed of spaces.
        std::size_t part_end = j;
        while (part_end > i && spelling[part_end - 1] == ' ') --part_end;
        std::size_t k = j;
        while (k < spelling.size() && (is_mark(spelling[k]) || spelling[k] == ' ')) ++k;
        parts.emplace_back(spelling.substr(i, part_end - i));
        marks.emplace_back(spelling.substr(part_end, k - part_end));
        i = k;
    }
    if (parts.size() < 2) return std::nullopt;
    std::size_t found = SIZE_MAX;
    std::string value;
    bool stage = false;
    for (std::size_t p = 0; p < parts.size(); ++p) {
        const std::string key = name_key(parts[p]);
        std::optional<std::string> v = vocabulary_value(column, vocab, parts[p]);
        if (!v && std::any_of(vocab.values.begin(), vocab.values.end(),
                              [&](std::string_view x) { return name_key(x) == key; }))
            v = parts[p];
        if (!v && column == "outcome" && names_contain(kStillOpen, key)) v = "Open";
        if (!v && column == "route" && key.size() == 7 && key.starts_with("stage ") && std::isdigit(static_cast<unsigned char>(key[6]))) {
            v = "";
            stage = true;
        }
        if (!v) continue;
        if (found != SIZE_MAX) {  // two outcomes in one cell: not guessed
            if (several) *several = true;
            return std::nullopt;
        }
        found = p;
        for (auto x : vocab.values)
            if (name_key(x) == name_key(*v)) value = std::string(x);
        if (value.empty()) value = *v;
    }
    if (found == SIZE_MAX) return std::nullopt;
    const auto escaped = wildcard_escaped;
    std::string pattern;
    if (found > 0) pattern = "*" + escaped(marks[found - 1]);
    pattern += stage ? escaped(parts[found].substr(0, parts[found].size() - 1)) + "?" : escaped(parts[found]);
    if (found + 1 < parts.size()) pattern += escaped(marks[found]) + "*";
    else if (!marks[found].empty()) pattern += escaped(marks[found]);
    return PackedOutcome{pattern, value};
}

// Pattern rules for the packed cells, placed only where no cell of the column would match two
// of them with different outcomes, or one that its own outcome disagrees with; the rest TODO.
void plan_packed(const ValueColumn& vc, const std::vector<Group>& groups, const std::vector<const Group*>& packed,
                 ValuesPlan& out) {
    auto packed_outcome = [&](std::string_view spelling) { return packed_value(vc.column, *vc.vocab, spelling); };
    struct Rule {
        PackedOutcome p;
        std::string key;
        std::uint64_t count = 0;
        bool safe = true;
        std::vector<const Group*> cells;
    };
    std::vector<Rule> rules;
    for (const Group* g : packed) {
        auto p = packed_outcome(g->spelling);
        auto r = std::find_if(rules.begin(), rules.end(), [&](const Rule& x) { return x.p.pattern == p->pattern; });
        if (r == rules.end()) r = rules.insert(rules.end(), Rule{*p, TextTable::key_of(p->pattern), 0, true, {}});
        r->count += g->count;
        r->cells.push_back(g);
    }
    for (const auto& g : groups) {
        const auto own = packed_outcome(g.spelling);
        std::vector<Rule*> matched;
        for (auto& r : rules)
            if (wildcard_matches_key(r.key, g.key)) matched.push_back(&r);
        for (Rule* r : matched)
            // A cell the pattern catches that is no packed cell of the same outcome, or that
            // two patterns catch.
            if (!own || own->value != r->p.value || matched.size() > 1) r->safe = false;
    }
    for (const auto& r : rules) {
        if (r.safe && r.p.value.empty()) {  // a stage: which route is the officer's to say
            out.unplaced.push_back({r.p.pattern, r.count});
            continue;
        }
        if (r.safe) {
            out.mappings.push_back({r.p.pattern, r.p.value, r.count});
            continue;
        }
        for (const Group* g : r.cells) out.unplaced.push_back({g->spelling, g->count});
    }
    std::stable_sort(out.unplaced.begin(), out.unplaced.end(),
                     [](const ValueCount& a, const ValueCount& b) { return a.count > b.count; });
}

void plan_fixed(const ValueColumn& vc, const std::vector<Group>& groups, ValuesPlan& out) {
    const Vocab& vocab = *vc.vocab;
    std::vector<const Group*> packed;  // outcome: cells holding an outcome among other text
    for (const auto& g : groups) {
        const bool exact = std::any_of(vocab.values.begin(), vocab.values.end(),
                                       [&](std::string_view v) { return TextTable::key_of(v) == g.key; });
        bool as_written = false;
        const int stage = vc.column == "stage" ? stage_in_spelling(g.spelling, &as_written) : 0;
        if (exact || as_written) out.accepted.push_back({g.spelling, g.count});
        else if (stage) out.mappings.push_back({g.spelling, std::string(vocab.values[static_cast<std::size_t>(stage - 1)]), g.count});
        else if (auto v = vocabulary_value(vc.column, vocab, g.spelling)) out.mappings.push_back({g.spelling, *v, g.count});
        else if (auto e = empty_value(vc.column, g.spelling)) out.mappings.push_back({g.spelling, *e, g.count});
        else if ((vc.column == "outcome" || vc.column == "route") && packed_value(vc.column, vocab, g.spelling))
            packed.push_back(&g);
        else if (vc.column != "publish") out.unplaced.push_back({g.spelling, g.count});  // anything else is "No"
    }
    if (!packed.empty()) plan_packed(vc, groups, packed, out);
    const bool optional = vc.column == "gender" || vc.column == "disability";
    out.question = question(vc.column, labels(vocab), optional);
}

// Concern categories: a contract category as written is accepted, one with other punctuation
// ("Environment / Property") mapped; any other spelling is a TODO, since it may be a contract
// category by another name ("Financial", "Safeguarding") or a category of the council's own.
void plan_categories(const std::vector<Group>& groups, ValuesPlan& out) {
    for (const auto& g : groups) {
        const auto same = [&](auto key_of) {
            return std::find_if(std::begin(kConcernCategories), std::end(kConcernCategories),
                                [&](std::string_view c) { return key_of(c) == key_of(g.spelling); });
        };
        if (auto c = same(TextTable::key_of); c != std::end(kConcernCategories)) out.accepted.push_back({g.spelling, g.count});
        else if (auto n = same(name_key); n != std::end(kConcernCategories)) out.mappings.push_back({g.spelling, std::string(*n), g.count});
        else out.unplaced.push_back({g.spelling, g.count});
    }
    std::vector<std::string> values(std::begin(kConcernCategories), std::end(kConcernCategories));
    out.question = "which category: " + list_of(values, " or ") + "? (or delete this line to report it as it is)";
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
            // A band no record has is not in the export: ask for it rather than drop it.
            std::vector<std::string> gaps;
            for (std::size_t i = 1; i < bands.size(); ++i)
                if (bands[i].low > bands[i - 1].high + 1)
                    gaps.push_back(std::to_string(bands[i - 1].high + 1) + "-" + std::to_string(bands[i].low - 1));
            if (!bands.empty() && bands.back().high != -1) gaps.push_back(std::to_string(bands.back().high + 1) + "+");
            if (!gaps.empty())
                ages.todo = "no record here is aged " + list_of(gaps, " or ") +
                            ": if the council has a band for those ages (no record has it in this export), add it to "
                            "age_bands in its place, so the report's age table shows it";
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

namespace {

// An outcome column under a name init does not know ("Status"): an unused complaints.csv
// header most of whose filled rows hold an outcome, alone or packed with other text.
void find_outcome_column(StarterPlan& plan) {
    if (plan.files.empty() || plan.files[0].key != "complaints") return;
    FilePlan& f = plan.files[0];
    auto outcome = std::find_if(f.columns.begin(), f.columns.end(), [](const ColumnChoice& c) { return c.column == "outcome"; });
    if (outcome == f.columns.end() || !outcome->headers.empty() || !outcome->candidates.empty()) return;
    std::vector<std::string> found;
    for (const auto& header : f.unused) {
        const ColumnValues* c = find_column(*f.file, header);
        if (!c || c->filled == 0) continue;
        std::uint64_t outcomes = 0;
        for (const auto& v : c->values) {
            bool several = false;
            if (packed_value("outcome", kOutcomeVocab, v.value, &several) || several ||
                vocabulary_value("outcome", kOutcomeVocab, v.value) ||
                empty_value("outcome", v.value))
                outcomes += v.count;
        }
        if (outcomes * 10 >= c->filled * 9) found.push_back(header);
    }
    if (found.size() != 1) {
        outcome->candidates = found;
        return;
    }
    outcome->headers = found;
    f.unused.erase(std::find(f.unused.begin(), f.unused.end(), found[0]));
    // The same cells may name the route ("Closed - Upheld - Corporate", "... - Stage 1"): the
    // column then feeds route too, when no header is named as the route.
    auto route = std::find_if(f.columns.begin(), f.columns.end(), [](const ColumnChoice& c) { return c.column == "route"; });
    if (route == f.columns.end() || !route->headers.empty() || !route->candidates.empty()) return;
    const ColumnValues* c = find_column(*f.file, found[0]);
    std::uint64_t routes = 0;
    for (const auto& v : c->values)
        if (packed_value("route", kRouteVocab, v.value)) routes += v.count;
    if (routes * 10 >= c->filled * 9) route->headers = found;
}

}  // namespace

// Ages as numbers: the age_band column chosen holds whole years 0-120 (its header says age,
// as the names init knows for age_band do; a "Working Days" column is never looked at), or an
// unused header names dates of birth. Then [columns.complaints] age / date_of_birth.
void find_ages(StarterPlan& plan) {
    if (plan.files.empty() || plan.files[0].key != "complaints") return;
    FilePlan& f = plan.files[0];
    auto band = std::find_if(f.columns.begin(), f.columns.end(), [](const ColumnChoice& c) { return c.column == "age_band"; });
    if (band == f.columns.end()) return;
    if (band->headers.size() == 1) {
        const ColumnValues* c = find_column(*f.file, band->headers[0]);
        if (!c || c->filled == 0 || c->more_values) return;
        std::uint64_t ages = 0;
        for (const auto& v : c->values) {
            int low = 0, high = 0;
            if (parse_age_band(v.value, low, high) == AgeSpelling::Age && std::stoi(v.value) <= 120 &&
                v.value.find_first_not_of("0123456789") == std::string::npos)
                ages += v.count;
            else if (!empty_value("age_band", v.value))
                return;  // a band, or something else: the age_band rules say what
        }
        if (ages == 0) return;
        plan.ages.age_header = band->headers[0];
        plan.ages.ages = ages;
        return;
    }
    if (!band->headers.empty() || !band->candidates.empty()) return;
    for (const auto& header : f.unused) {
        const std::string key = name_key(header);
        if (key != "dob" && key != "d o b" && key != "date of birth" && key != "birth date" && key != "birthdate")
            continue;
        const ColumnValues* c = find_column(*f.file, header);
        if (!c || c->filled == 0 || c->dates.not_dates * 10 > c->filled) continue;
        plan.ages.birth_header = header;
        plan.ages.ages = c->filled;
        f.unused.erase(std::find(f.unused.begin(), f.unused.end(), header));
        return;
    }
}

void plan_values(StarterPlan& plan) {
    find_outcome_column(plan);
    find_ages(plan);
    for (const auto& vc : kValueColumns) {
        ValuesPlan out;
        out.column = std::string(vc.column);
        const auto groups = gather(plan, vc.column, out.rows_not_kept);
        if (groups.empty()) continue;
        if (vc.column == "age_band" && !plan.ages.age_header.empty()) continue;  // banded as read
        if (vc.column == "age_band") plan_ages(groups, out, plan.ages);
        else if (vc.column == "category") plan_categories(groups, out);
        else if (vc.vocab) plan_fixed(vc, groups, out);
        else plan_free(vc, groups, out);
        plan.values.push_back(std::move(out));
    }
}

namespace {

enum class ConcernHeader { None, Category, Subcategory };

// "Issue 2", "Primary Issue", "Sub Category 1": a category or subcategory header, and its number
// (0 when it has none).
ConcernHeader concern_header(std::string_view header, int& number) {
    std::string key = name_key(header);
    number = 0;
    std::size_t digits = key.size();
    while (digits > 0 && std::isdigit(static_cast<unsigned char>(key[digits - 1]))) --digits;
    if (digits < key.size() && key.size() - digits <= 2) {
        number = std::stoi(key.substr(digits));
        key.erase(digits);
        while (!key.empty() && key.back() == ' ') key.pop_back();
    } else {
        // "Primary Issue", "Secondary Issue": numbered by the word.
        static constexpr std::pair<std::string_view, int> kOrdinals[] = {
            {"primary ", 1}, {"main ", 1}, {"first ", 1}, {"secondary ", 2}, {"second ", 2},
            {"tertiary ", 3}, {"third ", 3}};
        for (const auto& [word, n] : kOrdinals)
            if (key.starts_with(word)) {
                number = n;
                key.erase(0, word.size());
                break;
            }
    }
    if (names_contain(kCategoryHeaders, key)) return ConcernHeader::Category;
    if (names_contain(kSubcategoryHeaders, key)) return ConcernHeader::Subcategory;
    return ConcernHeader::None;
}

}  // namespace

bool is_concern_header(std::string_view header) {
    int number = 0;
    return concern_header(header, number) != ConcernHeader::None;
}

void plan_concerns(const FolderInspection& inspection, StarterPlan& plan) {
    const bool has_concerns = std::any_of(inspection.files.begin(), inspection.files.end(),
                                          [](const FileInspection& f) { return f.kind == "concerns"; });
    if (has_concerns || plan.files.empty() || plan.files[0].key != "complaints") return;
    FilePlan& complaints = plan.files[0];
    std::map<int, std::string> categories, subcategories;
    bool repeated = false;
    for (const auto& header : complaints.unused) {
        int number = 0;
        const ConcernHeader kind = concern_header(header, number);
        std::map<int, std::string>* into = kind == ConcernHeader::Category      ? &categories
                                          : kind == ConcernHeader::Subcategory ? &subcategories
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
