#include "stages.hpp"

#include <algorithm>

#include "loaders.hpp"

namespace ascreport::load {

StageColumns::StageColumns(const InputMapping& s, Dataset& data)
    : per_stage_(s.one_row_per_stage), regime_(kRegimeVocab, s), complainant_(kComplainantVocab, s),
      advocate_(kAdvocateVocab, s), dispute_(kDisputeResolutionVocab, s), remedy_(kRemedyTypeVocab, s),
      refused_(kRefusedVocab, s), extended_(kExtendedVocab, s), outcome_(kOutcomeVocab, s), stage_(kStageVocab, s),
      dates_(s.date_format ? &*s.date_format : nullptr), fault_reason_(s, "fault_reason", data.fault_reasons),
      refused_reason_(s, "refused_reason", data.refused_reasons) {}

int StageColumns::stage_of(const Row& t, FileReport& report) {
    const std::string_view cell = t.get(kStage);
    if (cell == "1" || cell == "2" || cell == "3") return cell[0] - '0';
    const std::size_t i = stage_.match(cell);
    if (i < kStageVocab.values.size()) return static_cast<int>(i) + 1;
    report.repeated(Severity::Error, t.line(), "stage", TextTable::key_of(cell), [&] {
        return (cell.empty() ? std::string("a stage is required on each row ([complaints] one_row_per_stage)")
                             : quoted(cell) + " is not a stage") +
               "; use 1, 2 or 3 (or Stage 1, Stage 2, Stage 3)" +
               (cell.empty() ? std::string() : stage_.suggestion(cell));
    });
    return 0;
}

std::optional<Date> StageColumns::date(const Row& t, std::size_t col, std::string_view name, FileReport& report) {
    return date_field(t, col, dates_, name, report, false);
}

bool StageColumns::extension(const Row& t, std::size_t extended_col, std::string_view extended_name, std::size_t to_col,
                             std::string_view to_name, const std::optional<Date>& to, FileReport& report) {
    const std::string_view cell = t.get(extended_col);
    const std::size_t e = extended_.match(cell);
    if (e == VocabMatcher::kNoMatch) {
        // The first stage's extended column is the contract's, read (and reported) by the loader.
        if (extended_col != kExtended) report_rejected(report, t.line(), extended_name, extended_, cell);
        return false;
    }
    if (e == 0) return true;
    const bool written_no = e == 1 && !cell.empty();
    if (written_no && !t.get(to_col).empty()) {
        report.repeated(Severity::Error, t.line(), extended_name, "no with a date", [&] {
            return std::string(extended_name) + " is No, but " + std::string(to_name) + " is " +
                   (to ? to->iso() : std::string(t.get(to_col))) + "; set " + std::string(extended_name) +
                   " to Yes (or leave it empty), or clear " + std::string(to_name);
        });
        return false;
    }
    return !t.get(to_col).empty();  // an agreed date is an extension
}

namespace {

// "the acknowledged date 2024-03-01 is before the received date 2024-03-04"
void before_start(FileReport& report, std::uint32_t line, std::string_view column, Date date, std::string_view start_column,
                  Date start) {
    report.repeated(Severity::Error, line, column, "before start", [&] {
        return "the " + std::string(column) + " date " + date.iso() + " is before the " + std::string(start_column) +
               " date " + start.iso() + "; check both dates";
    });
}

std::string stage_column(int number, std::string_view field) { return "stage" + std::to_string(number) + "_" + std::string(field); }

}  // namespace

void StageColumns::read(const Row& t, std::optional<Date> start, int stage, Complaint& c, FileReport& report) {
    if (const std::string_view cell = t.get(kRegime); !cell.empty()) {
        const std::size_t i = regime_.match(cell);
        if (i < kRegimeVocab.values.size()) c.regime = static_cast<Regime>(i);
        else  // an empty regime is adult social care, which the vocabulary cannot say
            report.repeated(Severity::Error, t.line(), "regime", TextTable::key_of(cell), [&] {
                return quoted(cell) + " is not an accepted value; use one of: Adult social care, Children's social care, "
                                      "Corporate (or leave it empty for Adult social care)" + regime_.suggestion(cell);
            });
    }
    if (auto i = vocab_field(t, kComplainant, complainant_, "complainant", report)) c.details.edit().complainant = static_cast<Complainant>(*i);
    if (auto i = vocab_field(t, kAdvocate, advocate_, "advocate", report); i && *i < 2) c.details.edit().advocate = *i == 0;
    if (auto i = vocab_field(t, kDisputeResolution, dispute_, "dispute_resolution", report); i && *i < 2)
        c.details.edit().dispute_resolution = *i == 0;
    read_remedies(t, c, report);
    if (!t.get(kFaultReason).empty()) c.details.edit().fault_reason = fault_reason_.intern(t.label(kFaultReason));
    const auto refused = vocab_field(t, kRefused, refused_, "refused", report);
    if (refused) c.details.edit().refused = *refused == 0;
    if (!t.get(kRefusedReason).empty()) {
        if (refused && !c.details.edit().refused)  // (a refused cell of no accepted value is reported as such)
            report.repeated(Severity::Error, t.line(), "refused_reason", "not refused", [] {
                return std::string("a refused_reason is given, but refused is not Yes; set refused to Yes, or clear "
                                   "the reason");
            });
        c.details.edit().refused_reason = refused_reason_.intern(t.label(kRefusedReason));
    }

    // The stage's own dates: the first stage's, or in the row-per-stage shape the row's stage's.
    c.details.edit().acknowledged = date(t, kAcknowledged, "acknowledged", report);
    c.details.edit().extended_to = date(t, kExtendedTo, "extended_to", report);
    c.extended = extension(t, kExtended, "extended", kExtendedTo, "extended_to", c.details.edit().extended_to, report);
    if (start) {
        if (c.details.edit().acknowledged && *c.details.edit().acknowledged < *start)
            before_start(report, t.line(), "acknowledged", *c.details.edit().acknowledged, "received", *start);
        if (c.details.edit().extended_to && *c.details.edit().extended_to < *start)
            before_start(report, t.line(), "extended_to", *c.details.edit().extended_to, "received", *start);
    }
    if (per_stage_) {
        // The stage groups are the other shape's; a row here is one stage.
        for (std::size_t col = kStage2Requested; col <= kStage3Panel; ++col)
            if (!t.get(col).empty())
                report.repeated(Severity::Error, t.line(), kComplaintsReadColumns[col].name, "other shape", [&] {
                    return std::string(kComplaintsReadColumns[col].name) +
                           " is a column of a row per complaint, but report.toml sets [complaints] one_row_per_stage, "
                           "a row per stage; give the stage a row of its own (its dates in received, responded, ...), "
                           "or remove one_row_per_stage";
                });
        if (auto panel = date(t, kPanel, "panel", report)) {
            if (stage == 3) {
                LaterStage& s = c.details.edit().later_stages.emplace_back();
                s.number = 3;
                s.panel = panel;  // the caller moves the row's stage into its complaint
            } else if (stage == 1 || stage == 2)
                report.repeated(Severity::Error, t.line(), "panel", "not stage 3", [] {
                    return std::string("a panel date is recorded, but only stage 3 of a children's social care "
                                       "complaint has a review panel; clear the panel date");
                });
            if (start && *panel < *start) before_start(report, t.line(), "panel", *panel, "received", *start);
        }
        return;
    }
    read_later_stage(t, 2, c, report);
    read_later_stage(t, 3, c, report);
}

void StageColumns::read_later_stage(const Row& t, int number, Complaint& c, FileReport& report) {
    const std::size_t first = number == 2 ? kStage2Requested : kStage3Requested;
    const std::size_t last = number == 2 ? kStage2Outcome : kStage3Panel;
    const std::string requested_name = stage_column(number, "requested");
    if (t.get(first).empty()) {
        for (std::size_t col = first + 1; col <= last; ++col)
            if (!t.get(col).empty())
                report.repeated(Severity::Error, t.line(), kComplaintsReadColumns[col].name, "no requested", [&] {
                    return "stage " + std::to_string(number) + " has a " + std::string(kComplaintsReadColumns[col].name) +
                           " but no " + requested_name + " date; fill in the day stage " + std::to_string(number) +
                           " was requested, or clear the stage " + std::to_string(number) + " columns";
                });
        return;
    }
    const std::size_t before = report.error_count();
    LaterStage s;
    s.number = static_cast<std::uint8_t>(number);
    s.line = t.line();
    s.part = t.part();
    const auto requested = date(t, first, requested_name, report);
    s.acknowledged = date(t, first + 1, stage_column(number, "acknowledged"), report);
    s.extended_to = date(t, first + 3, stage_column(number, "extended_to"), report);
    s.extended = extension(t, first + 2, stage_column(number, "extended"), first + 3, stage_column(number, "extended_to"),
                           s.extended_to, report);
    s.responded = date(t, first + 4, stage_column(number, "responded"), report);
    const std::string outcome_name = stage_column(number, "outcome");
    const auto o = vocab_field(t, first + 5, outcome_, outcome_name, report);
    if (number == 3) s.panel = date(t, kStage3Panel, "stage3_panel", report);
    if (o) {
        s.outcome = static_cast<Outcome>(*o);
        const bool has_responded = !t.get(first + 4).empty();
        if (s.outcome != Outcome::Open && s.outcome != Outcome::Withdrawn && !has_responded)
            report.repeated(Severity::Error, t.line(), outcome_name, "no responded date", [&] {
                return "stage " + std::to_string(number) + " has an outcome but no responded date; fill in " +
                       stage_column(number, "responded") + ", or clear " + outcome_name + " while the stage is open";
            });
        if (s.outcome == Outcome::Open && has_responded)
            report.repeated(Severity::Error, t.line(), outcome_name, "no outcome", [&] {
                return "stage " + std::to_string(number) + " has a responded date but no outcome; fill in " + outcome_name +
                       " (Upheld, Partly upheld, Not upheld or Withdrawn)";
            });
    }
    if (requested) {
        s.requested = *requested;
        const std::pair<std::string_view, const std::optional<Date>*> dates[] = {
            {"acknowledged", &s.acknowledged}, {"extended_to", &s.extended_to}, {"responded", &s.responded}, {"panel", &s.panel}};
        for (const auto& [field, d] : dates)
            if (*d && **d < *requested)
                before_start(report, t.line(), stage_column(number, field), **d, requested_name, *requested);
    }
    if (report.error_count() == before) c.details.edit().later_stages.push_back(s);
}

void StageColumns::read_remedies(const Row& t, Complaint& c, FileReport& report) {
    const std::string_view cell = t.get(kRemedy);
    for (std::size_t from = 0; from < cell.size();) {
        std::size_t to = cell.find(';', from);
        if (to == std::string_view::npos) to = cell.size();
        const std::string_view part = trim(cell.substr(from, to - from));
        from = to + 1;
        if (part.empty()) continue;
        const std::size_t i = remedy_.match(part);
        if (i >= kRemedyTypeVocab.values.size()) {
            report_rejected(report, t.line(), "remedy", remedy_, part);
            continue;
        }
        const auto type = static_cast<RemedyType>(i);
        if (std::any_of(c.details.edit().remedies.begin(), c.details.edit().remedies.end(), [&](const Remedy& r) { return r.type == type; })) {
            report.repeated(Severity::Error, t.line(), "remedy", "twice", [&] {
                return "remedy names " + std::string(label(type)) + " twice; name each remedy once, separated by ;";
            });
            continue;
        }
        c.details.edit().remedies.push_back({type, std::nullopt});
    }
    const std::string_view amount = t.get(kRemedyAmount);
    if (amount.empty()) return;
    const auto pence = read_money(report, t.line(), "remedy_amount", amount);
    if (!pence) return;
    auto financial = std::find_if(c.details.edit().remedies.begin(), c.details.edit().remedies.end(),
                                  [](const Remedy& r) { return r.type == RemedyType::Financial; });
    if (financial == c.details.edit().remedies.end()) {
        report.repeated(Severity::Error, t.line(), "remedy_amount", "no financial redress", [] {
            return std::string("a remedy_amount is given, but remedy does not include Financial redress; add "
                               "Financial redress to remedy, or clear the amount");
        });
        return;
    }
    financial->pence = pence;
}

std::size_t check_stages(const Complaint& c, bool per_stage, FileReport& report) {
    std::size_t problems = 0;
    auto column = [&](int number, std::string_view field) {
        if (per_stage || number == 1) return std::string(field == "requested" ? "received" : field);
        return stage_column(number, field);
    };
    auto error = [&](std::uint32_t line, const std::string& col, std::string_view key, auto message) {
        ++problems;
        report.repeated(Severity::Error, line, col, key, message);
    };
    const LaterStage* previous = nullptr;
    for (const LaterStage& s : c.details->later_stages) {
        const int n = s.number;
        const std::string where = per_stage ? std::string("stage") : column(n, "requested");
        const std::string stage = "stage " + std::to_string(n);
        if (c.regime == Regime::Adult)
            error(s.line, where, "adult", [&] {
                return stage + " is recorded, but an adult social care complaint has one stage (after the council's "
                               "response the complainant may go to the Ombudsman); remove " + stage +
                       ", or set regime if the complaint is a children's or corporate one";
            });
        else if (c.regime == Regime::Corporate && n == 3)
            error(s.line, where, "corporate", [&] {
                return std::string("stage 3 is recorded, but a corporate complaint has two stages under the Ombudsman's "
                                   "Complaint Handling Code; remove stage 3, or set regime if the complaint is a "
                                   "children's social care one");
            });
        if (c.details->refused)
            error(s.line, where, "refused", [&] {
                return "the complaint is refused (not accepted into the procedure), but " + stage +
                       " is recorded; clear refused, or remove " + stage;
            });
        if (n == 3 && (!previous || previous->number != 2)) {
            error(s.line, where, "no stage 2", [] {
                return std::string("stage 3 is recorded without stage 2; a complaint reaches stage 3 from stage 2: "
                                   "fill in stage 2, or correct the stage");
            });
        } else {
            const int before_n = n - 1;
            const std::optional<Date>& responded = previous ? previous->responded : c.responded;
            const std::string earlier = "stage " + std::to_string(before_n);
            if (!responded)
                error(s.line, column(n, "requested"), "previous open", [&] {
                    return stage + " was requested on " + s.requested.iso() + ", but " + earlier +
                           " has no responded date; a complaint moves to the next stage after the response: fill in " +
                           earlier + "'s responded date";
                });
            else if (s.requested < *responded)
                error(s.line, column(n, "requested"), "before previous response", [&] {
                    return stage + " was requested on " + s.requested.iso() + ", before " + earlier + "'s response on " +
                           responded->iso() + "; a later stage is requested on or after the response: check both dates";
                });
        }
        if (s.panel && !(c.regime == Regime::Children && n == 3))
            error(s.line, column(n, "panel"), "not children's", [] {
                return std::string("a panel date is recorded, but only stage 3 of a children's social care complaint "
                                   "has a review panel; clear the panel date, or set regime");
            });
        previous = &s;
    }
    return problems;
}

std::vector<std::size_t> differing_columns(const Complaint& a, const Complaint& b, bool stages) {
    auto same_stages = [](const std::vector<LaterStage>& x, const std::vector<LaterStage>& y) {
        if (x.size() != y.size()) return false;
        for (std::size_t i = 0; i < x.size(); ++i)
            if (x[i].number != y[i].number || x[i].requested != y[i].requested || x[i].acknowledged != y[i].acknowledged ||
                x[i].extended != y[i].extended || x[i].extended_to != y[i].extended_to || x[i].responded != y[i].responded ||
                x[i].panel != y[i].panel || x[i].outcome != y[i].outcome)
                return false;
        return true;
    };
    auto same_remedies = [](const std::vector<Remedy>& x, const std::vector<Remedy>& y) {
        return std::equal(x.begin(), x.end(), y.begin(), y.end(),
                          [](const Remedy& p, const Remedy& q) { return p.type == q.type && p.pence == q.pence; });
    };
    const bool differ[kComplaintColumns] = {
        false, stages && a.received != b.received, stages && a.responded != b.responded, a.route != b.route,
        stages && a.outcome != b.outcome, a.method != b.method, a.service_area != b.service_area, a.provider != b.provider,
        a.gender != b.gender, a.age_band != b.age_band, a.ethnicity != b.ethnicity, a.disability != b.disability,
        stages && a.extended != b.extended, a.regime != b.regime, stages && a.details->acknowledged != b.details->acknowledged,
        stages && a.details->extended_to != b.details->extended_to, stages && !same_stages(a.details->later_stages, b.details->later_stages),
        false, false, false, false, false, false, false, false, false, false, false, false,
        a.details->complainant != b.details->complainant, a.details->advocate != b.details->advocate, a.details->dispute_resolution != b.details->dispute_resolution,
        !same_remedies(a.details->remedies, b.details->remedies), false, a.details->fault_reason != b.details->fault_reason, a.details->refused != b.details->refused,
        a.details->refused_reason != b.details->refused_reason, false, false};
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < kComplaintColumns; ++i)
        if (differ[i]) out.push_back(i);
    return out;
}

}  // namespace ascreport::load
