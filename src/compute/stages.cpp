// Each stage's timing against its limit (ascreport/stages.hpp).
#include "ascreport/stages.hpp"

#include <algorithm>

#include "ascreport/calendar.hpp"
#include "ascreport/dataset.hpp"

namespace ascreport {

std::string_view label(StageTiming t) {
    switch (t) {
        case StageTiming::OnTime: return "On time";
        case StageTiming::WithinExtension: return "Within extension";
        case StageTiming::Late: return "Late";
        case StageTiming::OpenInTime: return "Open, within time";
        case StageTiming::OpenOverdue: return "Open, overdue";
        case StageTiming::Withdrawn: return "Withdrawn before a response";
    }
    return "";
}

std::string_view label(Acknowledgement a) {
    switch (a) {
        case Acknowledgement::OnTime: return "On time";
        case Acknowledgement::Late: return "Late";
        case Acknowledgement::NotRecorded: return "Not recorded";
    }
    return "";
}

std::string_view label(std::optional<Acknowledgement> a) { return a ? label(*a) : "Not applicable"; }

const StageView* StageList::find(int number) const {
    for (const StageView& s : *this)
        if (s.number == number) return &s;
    return nullptr;
}

StageList stages_of(const Complaint& c) {
    StageList list;
    list.stages[0] = {c.regime, 1,           c.received, c.details->acknowledged, c.extended || c.details->extended_to.has_value(),
                      c.details->extended_to, c.responded, std::nullopt, c.outcome};
    list.size = 1;
    for (const LaterStage& s : c.details->later_stages) {
        if (list.size == list.stages.size()) break;  // the loader allows stages 2 and 3, once each
        list.stages[list.size++] = {c.regime,     s.number,    s.requested, s.acknowledged, s.extended || s.extended_to.has_value(),
                                    s.extended_to, s.responded, s.panel,     s.outcome};
    }
    return list;
}

const StageLimit& limit_of(const TimeLimits& limits, Regime regime, int stage) {
    const auto i = static_cast<std::size_t>(stage < 1 ? 0 : stage - 1);
    switch (regime) {
        case Regime::Children: return limits.children[std::min(i, limits.children.size() - 1)];
        case Regime::Corporate: return limits.corporate[std::min(i, limits.corporate.size() - 1)];
        case Regime::Adult: break;
    }
    return limits.adult;
}

StageClock time_stage(const StageView& stage, const StageLimit& limit, const WorkingDayCalendar& calendar,
                      Date as_of) {
    StageClock clock;
    clock.start = stage.requested;
    if (limit.from_acknowledgement)
        clock.start = stage.acknowledged ? *stage.acknowledged : calendar.add_working_days(stage.requested, limit.acknowledge);
    // A children's review panel is what stage 3's limit times.
    clock.end = stage.regime == Regime::Children && stage.number == 3 && stage.panel ? stage.panel : stage.responded;
    if (limit.acknowledge > 0) {
        clock.acknowledgement = !stage.acknowledged ? Acknowledgement::NotRecorded
                                : calendar.working_days_between(stage.requested, *stage.acknowledged) <= limit.acknowledge
                                    ? Acknowledgement::OnTime
                                    : Acknowledgement::Late;
    }
    auto days = [&](Date to) {
        if (!limit.calendar_days) return calendar.working_days_between(clock.start, to);
        return to > clock.start ? static_cast<int>(to.days - clock.start.days) : 0;
    };
    // The agreed date decides where it is recorded (the adult regulations' "period agreed" has
    // no length of its own); otherwise the extended limit does. Extended with neither: only the
    // limit itself can be judged.
    const bool by_date = stage.extended_to.has_value();
    const bool by_length = stage.extended && !by_date && limit.extended > 0;
    if (clock.end) {
        clock.working_days = calendar.working_days_between(clock.start, *clock.end);
        const int taken = days(*clock.end);
        if (taken <= limit.respond) clock.timing = StageTiming::OnTime;
        else if ((by_date && *clock.end <= *stage.extended_to) || (by_length && taken <= limit.extended))
            clock.timing = StageTiming::WithinExtension;
        else clock.timing = StageTiming::Late;
        return clock;
    }
    if (stage.outcome == Outcome::Withdrawn) {
        clock.timing = StageTiming::Withdrawn;
        return clock;
    }
    const int elapsed = days(as_of);
    const bool overdue = by_date ? as_of > *stage.extended_to : elapsed > (by_length ? limit.extended : limit.respond);
    clock.timing = overdue ? StageTiming::OpenOverdue : StageTiming::OpenInTime;
    return clock;
}

bool in_procedure(const Complaint& c) {
    return c.route != Route::Informal && (c.regime != Regime::Adult || c.route == Route::Statutory);
}

OmbudsmanLinks::OmbudsmanLinks(const Dataset& data, Date as_of) {
    for (const OmbudsmanCase& o : data.lgsco)
        if (!o.complaint.empty() && o.received <= as_of) references_.push_back(o.complaint);
    std::sort(references_.begin(), references_.end());
}

bool OmbudsmanLinks::taken(const Complaint& c) const {
    return std::binary_search(references_.begin(), references_.end(), std::string_view(c.reference));
}

std::string_view label(Escalation e) {
    switch (e) {
        case Escalation::Yes: return "Yes";
        case Escalation::No: return "No";
        case Escalation::Open: return "Open";
    }
    return "";
}

Escalation escalation_of(const StageList& stages, const StageView& stage, const StageClock& clock,
                         bool taken_to_ombudsman, Date as_of) {
    const StageView* next = stages.find(stage.number + 1);
    if (next && next->requested <= as_of) return Escalation::Yes;
    if (taken_to_ombudsman) return Escalation::Yes;
    if (clock.timing == StageTiming::OpenInTime || clock.timing == StageTiming::OpenOverdue) return Escalation::Open;
    return Escalation::No;
}

}  // namespace ascreport
