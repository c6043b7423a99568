// How long each stage of each regime may take: report.toml [time_limits] (docs/settings.md),
// whose defaults are the law's and the Code's (../shared/research/complaint-regimes.md):
//   adult social care (the 2009 regulations): acknowledge within 3 working days; respond
//     within the period agreed with the complainant, for which councils set a local target
//     (default 20 working days, in working or calendar days);
//   children's social care (the 2006 regulations, "Getting the Best from Complaints"):
//     stage 1 within 10 working days, 20 extended; stage 2 within 25, 65 extended; stage 3:
//     the review panel within 30 working days of the request (regulation 19(4));
//   corporate (the Ombudsman's Complaint Handling Code): acknowledge within 5 working days;
//     stage 1 within 10 working days of the acknowledgement, 20 extended; stage 2 within 20 of
//     the acknowledgement, 40 extended.
// The settings stage reads them; compute decides each stage's timing with them.
#pragma once

#include <array>

namespace ascreport {

struct StageLimit {
    int acknowledge = 0;  // working days from the request to the acknowledgement; 0: no limit
    int respond = 0;      // days to the response (stage 3 of a children's complaint: to the panel)
    int extended = 0;     // days to the response when an extension was agreed; 0: the agreed
                          // date (extended_to), the adult regulations' "period agreed"
    bool from_acknowledgement = false;  // counted from the acknowledgement (the Code), not
                                        // from the request
    bool calendar_days = false;         // respond and extended in calendar days (an adult
                                        // local target may be), not working days
};

struct TimeLimits {
    StageLimit adult{3, 20, 0, false, false};
    std::array<StageLimit, 3> children{{{0, 10, 20, false, false},
                                        {0, 25, 65, false, false},
                                        {0, 30, 30, false, false}}};
    std::array<StageLimit, 2> corporate{{{5, 10, 20, true, false},
                                         {5, 20, 40, true, false}}};
};

}  // namespace ascreport
