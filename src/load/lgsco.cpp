// lgsco.csv: one row per case the Local Government and Social Care Ombudsman told the council of.
#include <algorithm>

#include "load/contract.hpp"
#include "load/loaders.hpp"

namespace ascreport::load {
namespace {
enum Col : std::size_t { kReference, kReceived, kDecided, kDecision, kRemedy, kRemedyAmount, kSummary, kColumns };
constexpr const auto& kSpec = kLgscoColumns;
static_assert(kSpec.size() == kColumns);
}  // namespace

void load_lgsco(FileInput in, Dataset& data, FileReport& report) {
    const Settings& s = data.settings;
    VocabMatcher decision(kDecisionVocab, s);
    std::vector<std::pair<std::string, std::uint32_t>> refs;
    DateReader received_dates, decided_dates;
    read_table(std::move(in), kSpec, s, "lgsco", report, [&](const Record<kColumns>& t) {
        const std::size_t errors_before = report.error_count();
        const bool has_ref = required_text(t, kReference, "reference", report);
        auto received = date_field(t, kReceived, received_dates, "received", report, true);
        auto decided = date_field(t, kDecided, decided_dates, "decided", report, false);
        auto d = vocab_field(t, kDecision, decision, "decision", report);
        std::optional<std::int64_t> pence;
        if (auto amount = t.get(kRemedyAmount); !amount.empty()) {
            pence = parse_pence(amount);
            if (!pence)
                report.error(t.line(), "remedy_amount",
                             quoted(amount) + " is not an amount of money; write pounds as 750, 750.00 or £1,250.00 "
                                              "(no minus sign or other text)");
        }
        if (received && decided && *decided < *received)
            report.error(t.line(), "decided", "the decided date " + decided->iso() + " is before the received date " +
                                                  received->iso());
        const bool has_decided_text = !t.get(kDecided).empty();
        if (d && *d != kDecisionVocab.values.size() && !has_decided_text)
            report.error(t.line(), "decision", "there is a decision but no decided date; fill in the date of the "
                                               "Ombudsman's decision, or clear the decision while the case is open");
        if (d && *d == kDecisionVocab.values.size() && has_decided_text)
            report.error(t.line(), "decision", "there is a decided date but no decision; fill in the decision");
        if (has_ref) refs.emplace_back(std::string(t.get(kReference)), t.line());
        if (report.error_count() != errors_before) return;

        OmbudsmanCase c;
        c.reference = std::string(t.get(kReference));
        c.received = *received;
        c.decided = decided;
        c.decision = static_cast<Decision>(*d);
        c.remedy = t.text(kRemedy);
        c.remedy_pence = pence;
        c.summary = t.text(kSummary);
        c.line = t.line();
        data.lgsco.push_back(std::move(c));
    });
    std::stable_sort(refs.begin(), refs.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    // refs[first] is the first row with the current reference (kept: searching back was quadratic).
    std::size_t first = 0;
    for (std::size_t i = 1; i < refs.size(); ++i) {
        if (refs[i].first != refs[i - 1].first) {
            first = i;
            continue;
        }
        report.error(refs[i].second, "reference", "the reference " + load::quoted(refs[i].first) +
                                                      " is already used on line " + std::to_string(refs[first].second) +
                                                      "; references must be unique");
    }
}

}  // namespace ascreport::load
