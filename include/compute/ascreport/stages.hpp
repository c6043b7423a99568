// Each stage of a complaint's procedure, and how it was handled against its time limit
// (ascreport/time_limits.hpp): the rules of docs/figures-json.md, "Regimes and stages".
//
// A stage's clock starts on its requested date (the first stage: received) or, where the limit
// counts from the acknowledgement (the Ombudsman's Code), on the acknowledgement, or with none
// recorded on the last day the acknowledgement was due. It stops at the response (a children's
// stage 3: at the review panel, or the response where no panel date is recorded). A stage with
// no response is open, judged at an as-of day the caller gives: compute reads no clock.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "ascreport/date.hpp"
#include "ascreport/time_limits.hpp"
#include "ascreport/vocab.hpp"

namespace ascreport {

struct Complaint;
struct Dataset;
class WorkingDayCalendar;

// How a stage was handled against its limit. In this order in the figures.
enum class StageTiming : std::uint8_t {
    OnTime,           // responded within the limit
    WithinExtension,  // responded after the limit, within the agreed extension
    Late,             // responded after the limit (and the extension, if any)
    OpenInTime,       // no response yet, and at the as-of day still within its time
    OpenOverdue,      // no response yet, and at the as-of day past its time
    Withdrawn,        // withdrawn before a response: no timing
};
inline constexpr std::size_t kStageTimings = 6;
// "On time", "Within extension", "Late", "Open, within time", "Open, overdue",
// "Withdrawn before a response".
std::string_view label(StageTiming t);

// Whether the acknowledgement came within the stage's acknowledge limit.
enum class Acknowledgement : std::uint8_t { OnTime, Late, NotRecorded };
inline constexpr std::size_t kAcknowledgements = 3;
// "On time", "Late", "Not recorded".
std::string_view label(Acknowledgement a);
// The same, and "Not applicable" for a stage with no acknowledge limit (nullopt).
std::string_view label(std::optional<Acknowledgement> a);

// One stage of a complaint, the first or a later one, as plain dates.
struct StageView {
    Regime regime = Regime::Adult;
    std::uint8_t number = 1;  // 1, 2 or 3
    Date requested;           // the first stage: received
    std::optional<Date> acknowledged;
    bool extended = false;    // an extension was agreed (an extended_to date also says so)
    std::optional<Date> extended_to;
    std::optional<Date> responded;
    std::optional<Date> panel;  // a children's stage 3
    Outcome outcome = Outcome::Open;
};

// A complaint's stages in order: the first, then its later stages (at most three in all).
struct StageList {
    std::array<StageView, 3> stages{};
    std::size_t size = 0;
    const StageView* begin() const { return stages.data(); }
    const StageView* end() const { return stages.data() + size; }
    const StageView& last() const { return stages[size - 1]; }
    // Stage `number`, or nullptr when the complaint never reached it.
    const StageView* find(int number) const;
};
StageList stages_of(const Complaint& c);

// How many stages a regime's procedure has: adult 1, children's 3, corporate 2.
constexpr int stage_count(Regime r) { return r == Regime::Children ? 3 : r == Regime::Corporate ? 2 : 1; }

// The limit of a regime's stage (1-based); the adult limit for any stage of an adult complaint.
const StageLimit& limit_of(const TimeLimits& limits, Regime regime, int stage);
// A reference into `limits`: never into a temporary (ASan found one in a test).
const StageLimit& limit_of(TimeLimits&& limits, Regime regime, int stage) = delete;

struct StageClock {
    Date start;                  // where the clock starts (after the acknowledgement, for the Code)
    std::optional<Date> end;     // the response (a children's stage 3: the panel); nullopt: open
    // Working days from start to end (always working days, even where the limit counts calendar
    // days: the figures' median and mean are working days); nullopt while open.
    std::optional<int> working_days;
    StageTiming timing = StageTiming::OpenInTime;
    // Against the stage's acknowledge limit; nullopt when the stage has none.
    std::optional<Acknowledgement> acknowledgement;
};

// Times `stage` against `limit`. `as_of` decides whether an open stage is within its time.
StageClock time_stage(const StageView& stage, const StageLimit& limit, const WorkingDayCalendar& calendar,
                      Date as_of);

// Whether a complaint is handled in its regime's procedure, so that its stages count: not the
// informal route, and an adult social care one on the statutory route. A refused complaint is
// one too (its regime's tables count it), but has no stage to time (details->refused).
bool in_procedure(const Complaint& c);

// The complaints taken to the Ombudsman by a day: those an lgsco.csv case names in its
// `complaint` column, the case received on or before the day.
class OmbudsmanLinks {
public:
    OmbudsmanLinks(const Dataset& data, Date as_of);
    bool taken(const Complaint& c) const;

private:
    std::vector<std::string_view> references_;  // sorted, into the Dataset
};

// Whether a stage was escalated by the as-of day: Yes when the next stage was requested on or
// before it, or when no later stage was and the complaint was taken to the Ombudsman by then;
// otherwise Open while the stage has no response (nothing to escalate from yet), else No (a
// stage withdrawn before a response too).
enum class Escalation : std::uint8_t { Yes, No, Open };
inline constexpr std::size_t kEscalations = 3;
std::string_view label(Escalation e);  // "Yes", "No", "Open"
Escalation escalation_of(const StageList& stages, const StageView& stage, const StageClock& clock,
                         bool taken_to_ombudsman, Date as_of);

}  // namespace ascreport
