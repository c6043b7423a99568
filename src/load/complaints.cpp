// complaints.csv: one row per complaint, of any route and year.
#include <algorithm>
#include <unordered_map>

#include "ascreport/contract.hpp"
#include "ascreport/text.hpp"
#include "loaders.hpp"
#include "stages.hpp"

namespace ascreport::load {
namespace {

constexpr const auto& kSpec = kComplaintsReadColumns;

// What the loader takes from a row's columns of regimes and stages (StageColumns::read).
void take_stage_fields(Complaint& c, Complaint&& from) {
    c.regime = from.regime;
    c.extended = from.extended;
    c.details = std::move(from.details);
    c.details.drop_if_empty();  // a row whose only such column is regime needs no details
}

// A row of a stage after the first ([complaints] one_row_per_stage), kept until every row is
// read: its complaint's stage 1 row may come after it.
struct StageRow {
    Complaint fields;  // the row's complaint columns, for the check that they agree
    LaterStage stage;
    std::vector<std::string> cells;  // as written, for messages
};

}  // namespace

std::int64_t ComplaintRefs::find(std::string_view reference, std::size_t& hint) const {
    if (in_order) {
        const auto& c = *in_order;
        for (std::size_t i = hint; i < c.size() && i <= hint + 1; ++i)
            if (c[i].reference == reference) {
                hint = i;
                return static_cast<std::int64_t>(i);
            }
        auto it = std::lower_bound(c.begin(), c.end(), reference,
                                   [](const Complaint& e, std::string_view r) { return e.reference < r; });
        if (it != c.end() && it->reference == reference) {
            hint = static_cast<std::size_t>(it - c.begin());
            return static_cast<std::int64_t>(hint);
        }
        auto bad = std::lower_bound(bad_rows.begin(), bad_rows.end(), reference,
                                    [](const std::string& e, std::string_view r) { return e < r; });
        return bad != bad_rows.end() && *bad == reference ? -1 : -2;
    }
    for (std::size_t i = hint; i < sorted.size() && i <= hint + 1; ++i)
        if (sorted[i].first == reference) {
            hint = i;
            return sorted[i].second;
        }
    auto it = std::lower_bound(sorted.begin(), sorted.end(), reference,
                               [](const auto& e, std::string_view r) { return e.first < r; });
    if (it == sorted.end() || it->first != reference) return -2;
    hint = static_cast<std::size_t>(it - sorted.begin());
    return it->second;
}

namespace {

// Concerns read from complaints.csv columns ([concerns] in report.toml): each non-empty cell of
// a category column is a concern of the complaint (several, split at the separator).
class DerivedConcernReader {
public:
    DerivedConcernReader(const InputMapping& s, Dataset& data)
        : spec_(s.concerns_from), category_(s, "category", data.categories),
          subcategory_(s, "subcategory", data.subcategories, "N/A"), concerns_(data.concerns) {}

    // The extra columns to read: the categories, then the subcategories.
    std::vector<std::string> headers() const {
        std::vector<std::string> h = spec_.categories;
        h.insert(h.end(), spec_.subcategories.begin(), spec_.subcategories.end());
        return h;
    }
    // The [values.COLUMN] whose patterns map each of them.
    std::vector<std::string> value_columns() const {
        std::vector<std::string> c(spec_.categories.size(), "category");
        c.insert(c.end(), spec_.subcategories.size(), "subcategory");
        return c;
    }

    void add(const Row& t, std::uint32_t complaint) {
        const std::size_t categories = spec_.categories.size();
        for (std::size_t k = 0; k < categories && k < t.extra_count(); ++k) {
            const std::string_view cell = t.extra_label(k);
            if (cell.empty()) continue;
            if (spec_.separator.empty()) {
                TextId sub = kNoText;
                if (!spec_.subcategories.empty() && categories + k < t.extra_count() && !t.extra(categories + k).empty())
                    sub = subcategory_.intern(std::string(t.extra_label(categories + k)));
                add_one(std::string(t.extra_label(k)), sub, complaint, t.line(), t.part());
                continue;
            }
            const std::string text(cell);
            for (std::size_t from = 0; from <= text.size();) {
                std::size_t to = text.find(spec_.separator, from);
                if (to == std::string::npos) to = text.size();
                const std::string_view part = trim(std::string_view(text).substr(from, to - from));
                if (!part.empty()) add_one(part, kNoText, complaint, t.line(), t.part());
                from = to + spec_.separator.size();
            }
        }
    }

private:
    void add_one(std::string_view category, TextId subcategory, std::uint32_t complaint, std::uint32_t line, std::uint16_t part) {
        Concern c;
        c.complaint = complaint;
        c.category = category_.intern(category);
        c.subcategory = subcategory;
        c.line = line;
        c.part = part;
        if (c.category != kNoText) concerns_.push_back(c);
    }

    const DerivedConcerns& spec_;
    FreeTextColumn category_, subcategory_;
    std::vector<Concern>& concerns_;
};

// [columns.complaints] age or date_of_birth: the age band of a whole number of years, or of a
// date of birth at the date the complaint was received. Reads the extra columns from `first`.
class AgeBander {
public:
    AgeBander(const InputMapping& s, const Vocab& bands, std::size_t first)
        : s_(s), bands_(bands), first_(first), birth_(!s.birth_date_column.headers.empty()),
          dates_(s.date_format ? &*s.date_format : nullptr) {}

    bool enabled() const { return !s_.age_ranges.empty(); }
    const std::vector<std::string>& headers() const {
        return birth_ ? s_.birth_date_column.headers : s_.age_column.headers;
    }

    // The band's index, kNoAgeBand for an empty cell, or nullopt (reported).
    std::optional<std::uint8_t> band(const Row& t, std::optional<Date> received, FileReport& report) {
        std::string_view cell;
        for (std::size_t j = first_; j < t.extra_count() && cell.empty(); ++j) cell = t.extra(j);
        if (cell.empty()) return kNoAgeBand;
        const std::string_view column = birth_ ? "date_of_birth" : "age";
        int years = 0;
        if (birth_) {
            Date born;
            if (!dates_.read(cell, born)) {
                report_bad_date(report, t.line(), column, cell, dates_.declared());
                return std::nullopt;
            }
            if (!received) return kNoAgeBand;  // the received date's own error says why
            if (born > *received) {
                report.repeated(Severity::Error, t.line(), column, "after received", [&] {
                    return "the date of birth " + born.iso() + " is after the received date " + received->iso();
                });
                return std::nullopt;
            }
            years = received->year() - born.year();
            if (received->month() < born.month() || (received->month() == born.month() && received->day() < born.day()))
                --years;
        } else {
            const auto n = parse_count(cell);
            if (!n || *n > 120) {
                report.repeated(Severity::Error, t.line(), column, TextTable::key_of(cell), [&] {
                    return quoted(cell) + " is not an age: [columns.complaints] age reads a whole number of years from "
                                          "0 to 120 (leave the cell empty when the age is not known)";
                });
                return std::nullopt;
            }
            years = static_cast<int>(*n);
        }
        if (years > 120) {
            report.repeated(Severity::Error, t.line(), column, "over 120", [&] {
                return "the date of birth " + std::string(cell) + " gives an age of " + std::to_string(years) +
                       " at the date received, over 120; check the date";
            });
            return std::nullopt;
        }
        for (std::size_t i = 0; i < s_.age_ranges.size(); ++i)
            if (s_.age_ranges[i].low <= years && years <= s_.age_ranges[i].high) return static_cast<std::uint8_t>(i);
        report.repeated(Severity::Error, t.line(), column, "no band " + std::to_string(years), [&] {
            std::string names;
            for (auto b : bands_.values) names += (names.empty() ? "" : ", ") + std::string(b);
            return "an age of " + std::to_string(years) + " falls in none of the age bands (" + names +
                   "); add a band for it to [input] age_bands in report.toml";
        });
        return std::nullopt;
    }

private:
    const InputMapping& s_;
    const Vocab& bands_;
    std::size_t first_;
    bool birth_;
    DateReader dates_;
};

// "received is 02/04/2023 here but 01/04/2023 on line 2, the first row of reference C1 (method
// differ too)": two rows of one complaint that disagree, `here` and `there` the cells of the
// first column that differs.
std::string disagreement(const std::vector<std::size_t>& differ, std::string_view here, std::string_view there,
                         std::uint32_t line, const std::string& which) {
    auto shown = [](std::string_view v) { return v.empty() ? std::string("empty") : std::string(v); };
    std::string more;
    for (std::size_t i = 1; i < differ.size(); ++i) more += (more.empty() ? "" : ", ") + std::string(kSpec[differ[i]].name);
    return std::string(kSpec[differ.front()].name) + " is " + shown(here) + " here but " + shown(there) + " on line " +
           std::to_string(line) + ", " + which + (more.empty() ? "" : " (" + more + " differ too)");
}

// [complaints] one_row_per_stage: each later stage's row joins its complaint (made by its stage
// 1 row), once the complaint's own columns agree; then the rules across the stages are checked.
void attach_stage_rows(std::vector<StageRow>& rows, const std::unordered_map<std::string, std::vector<std::string>>& stage1_cells,
                       const std::deque<std::string>& bad_rows, Dataset& data, FileReport& report) {
    if (rows.empty()) return;
    std::unordered_map<std::string_view, std::size_t> index;
    for (std::size_t i = 0; i < data.complaints.size(); ++i) index.try_emplace(data.complaints[i].reference, i);
    std::unordered_map<std::string_view, bool> bad;
    for (const std::string& b : bad_rows) bad.emplace(b, true);
    std::vector<std::size_t> staged;  // complaints given a later stage
    for (StageRow& row : rows) {
        const std::string& ref = row.fields.reference;
        const std::string stage = "stage " + std::to_string(row.stage.number);
        auto it = index.find(ref);
        if (it == index.end()) {
            if (bad.count(ref)) continue;  // its stage 1 row has errors, reported there
            report.repeated(Severity::Error, row.stage.line, "stage", "no stage 1 " + ref, [&] {
                return "reference " + load::quoted(ref) + " has this " + stage + " row but no stage 1 row; add the complaint's "
                       "stage 1 row (its received date is the day the complaint was made)";
            });
            continue;
        }
        Complaint& c = data.complaints[it->second];
        const std::vector<std::size_t> differ = differing_columns(row.fields, c, false);
        if (!differ.empty()) {
            const std::size_t f = differ.front();
            report.error(row.stage.line, "",
                         disagreement(differ, row.cells[f], stage1_cells.at(ref)[f], c.line,
                                      "the stage 1 row of reference " + ref) +
                             "; the rows of one complaint's stages must agree on the complaint's own columns");
            continue;
        }
        std::vector<LaterStage>& later = c.details.edit().later_stages;
        auto same = std::find_if(later.begin(), later.end(),
                                 [&](const LaterStage& s) { return s.number == row.stage.number; });
        if (same != later.end()) {
            report.error(row.stage.line, "stage", stage + " of reference " + ref + " is also on line " +
                                                      std::to_string(same->line) +
                                                      "; each stage of a complaint has one row: remove or correct one");
            continue;
        }
        auto at = std::find_if(later.begin(), later.end(),
                               [&](const LaterStage& s) { return s.number > row.stage.number; });
        later.insert(at, row.stage);
        staged.push_back(it->second);
    }
    std::sort(staged.begin(), staged.end());
    staged.erase(std::unique(staged.begin(), staged.end()), staged.end());
    for (std::size_t i : staged) check_stages(data.complaints[i], true, report);
}

}  // namespace

ComplaintRefs load_complaints(const ExportFiles& in, const InputMapping& s, Dataset& data, FileReport& report, bool derive_concerns) {
    const Vocab& age_bands = data.age_bands.vocab();
    VocabMatcher route(kRouteVocab, s), outcome(kOutcomeVocab, s), method(kMethodVocab, s), gender(kGenderVocab, s),
        age(age_bands, s), disability(kDisabilityVocab, s), extended(kExtendedVocab, s);
    // How an empty provider and ethnicity print (as compute's empty_label says).
    FreeTextColumn service_area(s, "service_area", data.service_areas),
        provider(s, "provider", data.providers, "No provider"), ethnicity(s, "ethnicity", data.ethnicities, "N/A");
    std::optional<DerivedConcernReader> concerns;
    if (derive_concerns) concerns.emplace(s, data);
    // The extra columns: the concerns' (categories, subcategories), then the age's.
    std::vector<std::string> extra_headers, extra_value_columns;
    if (concerns) extra_headers = concerns->headers(), extra_value_columns = concerns->value_columns();
    AgeBander ages(s, age_bands, extra_headers.size());
    if (ages.enabled())
        extra_headers.insert(extra_headers.end(), ages.headers().begin(), ages.headers().end());
    ComplaintRefs out;
    std::vector<std::uint32_t> bad_lines;  // lines of out.bad_rows
    // Whether every reference so far is greater than the one before it (see ComplaintRefs).
    bool in_order = true, last_was_bad = false;
    auto follows_last = [&](std::string_view ref) {
        if (last_was_bad) return out.bad_rows.back() < ref;
        return data.complaints.empty() || data.complaints.back().reference < ref;
    };
    // Sized from the file, so the records are not copied as the vector grows: a complaint takes
    // 64 bytes of CSV at the least (real rows take about 140).
    data.complaints.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(kMaxRecordsPerFile, in.size() / 64)));

    const DateForm* date_form = s.date_format ? &*s.date_format : nullptr;
    DateReader received_dates(date_form), responded_dates(date_form);
    // The shape: a row per complaint (the stage 2 and 3 groups of columns), or a row per stage.
    const bool per_stage = s.one_row_per_stage;
    const std::size_t columns = per_stage ? kComplaintColumns : kComplaintRowColumns;
    StageColumns stages(s, data);
    Complaint extra;  // the row's columns of regimes and stages
    bool has_extra = false;  // whether the row has any (most exports have none: nothing to read)
    std::vector<StageRow> stage_rows;
    std::unordered_map<std::string, std::vector<std::string>> stage1_cells;  // by reference, as written

    auto fill = [&](Complaint& c, const Row& t, Date received, std::optional<Date> responded, std::size_t r, std::size_t o,
                    std::size_t m, std::size_t g, std::size_t a, std::size_t d, std::size_t e) {
        c.line = t.line();
        c.part = t.part();
        c.reference.assign(t.get(kReference));
        c.received = received;
        c.responded = responded;
        c.route = static_cast<Route>(r);
        c.outcome = static_cast<Outcome>(o);
        c.method = static_cast<Method>(m);
        c.service_area = service_area.intern(t.label(kServiceArea));
        if (!t.get(kProvider).empty())
            c.provider = provider.intern(t.label(kProvider));
        c.gender = static_cast<Gender>(g);
        c.age_band = a < age_bands.values.size() ? static_cast<std::uint8_t>(a) : kNoAgeBand;
        if (!t.get(kEthnicity).empty())
            c.ethnicity = ethnicity.intern(t.label(kEthnicity));
        c.disability = static_cast<Disability>(d);
        c.extended = e == 0;
        if (has_extra) take_stage_fields(c, std::move(extra));
    };

    // [concerns] one_row_per_issue: a row per complaint and issue. The first row of a reference
    // makes the complaint; each later one adds its concerns, once its complaint fields read the
    // same (as mapped: "Male" and "M" mapped to Male agree).
    const bool merge = concerns && s.concerns_from.one_row_per_issue && !per_stage;  // settings forbid both
    struct FirstRow {
        std::int64_t index;       // in data.complaints; -1: the row had errors
        std::uint32_t line;
        std::vector<std::string> cells;  // as written, for messages
    };
    std::unordered_map<std::string, FirstRow> first_rows;
    auto merge_row = [&](const Row& t, bool ok, const std::optional<Date>& received, const std::optional<Date>& responded,
                         const std::optional<std::size_t>& r, const std::optional<std::size_t>& o,
                         const std::optional<std::size_t>& m, const std::optional<std::size_t>& g,
                         const std::optional<std::size_t>& a, const std::optional<std::size_t>& d,
                         const std::optional<std::size_t>& e) {
        const std::string_view ref = t.get(kReference);
        if (ref.empty()) return;  // reported
        auto it = first_rows.find(std::string(ref));
        if (it == first_rows.end()) {
            FirstRow first{ok ? static_cast<std::int64_t>(data.complaints.size()) : -1, t.line(), {}};
            for (std::size_t i = 0; i < columns; ++i) first.cells.emplace_back(t.get(i));
            first_rows.emplace(std::string(ref), std::move(first));
            if (in_order) in_order = follows_last(ref);
            if (!ok) {
                out.bad_rows.emplace_back(ref);
                bad_lines.push_back(t.line());
                last_was_bad = true;
                return;
            }
            last_was_bad = false;
            Complaint& c = data.complaints.emplace_back();
            fill(c, t, *received, responded, *r, *o, *m, *g, *a, *d, *e);
            concerns->add(t, static_cast<std::uint32_t>(data.complaints.size() - 1));
            return;
        }
        const FirstRow& first = it->second;
        if (!ok || first.index < 0) return;  // its own errors, or its complaint's, are reported
        Complaint c;
        fill(c, t, *received, responded, *r, *o, *m, *g, *a, *d, *e);
        const Complaint& was = data.complaints[static_cast<std::size_t>(first.index)];
        const std::vector<std::size_t> differ = differing_columns(c, was, true);
        if (differ.empty()) {
            concerns->add(t, static_cast<std::uint32_t>(first.index));
            return;
        }
        report.error(t.line(), "",
                     disagreement(differ, t.get(differ.front()), first.cells[differ.front()], first.line,
                                  "the first row of reference " + std::string(ref)) +
                         "; rows of one complaint must agree");
    };

    read_table(in, std::span<const ColumnSpec>(kSpec).first(columns), s, "complaints", report, [&](const Row& t) {
        const std::size_t errors_before = report.error_count();
        const bool has_ref = required_text(t, kReference, "reference", report);
        auto received = date_field(t, kReceived, received_dates, "received", report, true);
        auto responded = date_field(t, kResponded, responded_dates, "responded", report, false);
        auto r = vocab_field(t, kRoute, route, "route", report);
        auto o = vocab_field(t, kOutcome, outcome, "outcome", report);
        auto m = vocab_field(t, kMethod, method, "method", report);
        required_text(t, kServiceArea, "service_area", report);
        auto g = vocab_field(t, kGender, gender, "gender", report);
        std::optional<std::size_t> a;
        if (!ages.enabled()) a = vocab_field(t, kAgeBand, age, "age_band", report);
        else if (auto band = ages.band(t, received, report)) a = *band;
        auto d = vocab_field(t, kDisability, disability, "disability", report);
        auto e = vocab_field(t, kExtended, extended, "extended", report);

        if (received && responded && *responded < *received)
            report.repeated(Severity::Error, t.line(), "responded", "before received", [&] {
                return "the responded date " + responded->iso() + " is before the received date " + received->iso();
            });
        const bool has_responded_text = !t.get(kResponded).empty();
        const std::size_t withdrawn = static_cast<std::size_t>(Outcome::Withdrawn);
        if (o && *o != kOutcomeVocab.values.size() && !has_responded_text) {
            // A complaint withdrawn before any response has no responded date: accepted, and
            // left out of the timescale table (a note says so).
            if (*o == withdrawn)
                report.repeated(Severity::Note, t.line(), "responded", "withdrawn", [] {
                    return std::string("withdrawn with no responded date: counted in the outcome table, left out of "
                                       "the timescale table");
                });
            else
                report.repeated(Severity::Error, t.line(), "outcome", "no responded date", [] {
                    return std::string("there is an outcome but no responded date; fill in the date of the final "
                                       "response, or clear the outcome while the complaint is open");
                });
        }
        if (o && *o == kOutcomeVocab.values.size() && has_responded_text)
            report.repeated(Severity::Error, t.line(), "outcome", "no outcome", [] {
                return std::string("there is a responded date but no outcome; fill in the outcome "
                                   "(Upheld, Partly upheld, Not upheld or Withdrawn)");
            });

        int stage = 0;
        if (per_stage) stage = stages.stage_of(t, report);
        has_extra = per_stage;
        for (std::size_t i = kRegime; i < columns && !has_extra; ++i) has_extra = !t.get(i).empty();
        if (has_extra) {
            extra = Complaint{};
            stages.read(t, received, stage, extra, report);
        }
        if (!per_stage && has_extra && !extra.details->later_stages.empty() && report.error_count() == errors_before) {
            extra.responded = responded;
            check_stages(extra, false, report);
        }

        const bool ok = report.error_count() == errors_before;
        if (stage > 1) {  // a later stage's row: kept for its complaint (below)
            if (!ok) return;
            StageRow& row = stage_rows.emplace_back();
            LaterStage& ls = row.stage;
            ls.number = static_cast<std::uint8_t>(stage);
            ls.requested = *received;
            ls.acknowledged = extra.details->acknowledged;
            ls.extended = extra.extended;
            ls.extended_to = extra.details->extended_to;
            ls.responded = responded;
            if (!extra.details->later_stages.empty()) ls.panel = extra.details->later_stages.front().panel;
            extra.details.edit().later_stages.clear();
            ls.outcome = static_cast<Outcome>(*o);
            ls.line = t.line();
            ls.part = t.part();
            fill(row.fields, t, *received, responded, *r, *o, *m, *g, *a, *d, *e);
            for (std::size_t i = 0; i < columns; ++i) row.cells.emplace_back(t.get(i));
            return;
        }
        if (per_stage && ok) {
            std::vector<std::string>& cells = stage1_cells[std::string(t.get(kReference))];
            if (cells.empty())
                for (std::size_t i = 0; i < columns; ++i) cells.emplace_back(t.get(i));
        }
        if (merge) {
            merge_row(t, ok, received, responded, r, o, m, g, a, d, e);
            return;
        }
        if (has_ref && in_order) in_order = follows_last(t.get(kReference));
        if (!ok) {
            if (has_ref) {
                out.bad_rows.emplace_back(t.get(kReference));
                bad_lines.push_back(t.line());
                last_was_bad = true;
            }
            return;
        }
        last_was_bad = false;

        Complaint& c = data.complaints.emplace_back();  // in place: the vector is sized for the file
        fill(c, t, *received, responded, *r, *o, *m, *g, *a, *d, *e);
        if (concerns) concerns->add(t, static_cast<std::uint32_t>(data.complaints.size() - 1));
    }, extra_headers, extra_value_columns);
    if (per_stage) attach_stage_rows(stage_rows, stage1_cells, out.bad_rows, data, report);

    if (in_order) {  // no two rows share a reference, and the complaints are the sorted list
        out.in_order = &data.complaints;
        return out;
    }
    // Views into data.complaints are stable from here: the vector no longer grows.
    std::vector<std::tuple<std::string_view, std::uint32_t, std::int64_t>> refs;
    refs.reserve(data.complaints.size() + out.bad_rows.size());
    for (std::size_t i = 0; i < data.complaints.size(); ++i)
        refs.emplace_back(data.complaints[i].reference, data.complaints[i].line, static_cast<std::int64_t>(i));
    for (std::size_t i = 0; i < out.bad_rows.size(); ++i) refs.emplace_back(out.bad_rows[i], bad_lines[i], -1);
    const auto by_reference_then_line = [](const auto& a, const auto& b) {
        return std::get<0>(a) != std::get<0>(b) ? std::get<0>(a) < std::get<0>(b) : std::get<1>(a) < std::get<1>(b);
    };
    // Exports usually come sorted by reference already; checking costs one pass, sorting a
    // million references about ten.
    if (!std::is_sorted(refs.begin(), refs.end(), by_reference_then_line))
        std::sort(refs.begin(), refs.end(), by_reference_then_line);
    out.sorted.reserve(refs.size());
    // refs[first] is the first row with the current reference. Kept rather than searched back for at
    // each repeat, which was quadratic when thousands of rows share one reference.
    std::size_t first = 0;
    for (std::size_t i = 0; i < refs.size(); ++i) {
        const auto& [ref, line, index] = refs[i];
        if (!out.sorted.empty() && out.sorted.back().first == ref) {
            if (merge) continue;  // the rows of one complaint: merged, or their errors reported
            // The binding by an init-capture: clang 14 (the fuzz build) cannot capture one.
            report.repeated(Severity::Error, line, "reference", ref, [&, &ref = ref] {
                return "the reference " + quoted(ref) + " is already used on line " +
                       std::to_string(std::get<1>(refs[first])) + "; references must be unique";
            });
            continue;
        }
        first = i;
        out.sorted.emplace_back(ref, index);
    }
    return out;
}

}  // namespace ascreport::load
