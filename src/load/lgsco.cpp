// lgsco.csv: one row per case the Local Government and Social Care Ombudsman told the council of.
#include <algorithm>

#include "ascreport/contract.hpp"
#include "loaders.hpp"

namespace ascreport::load {
namespace {
enum Col : std::size_t { kReference, kReceived, kDecided, kDecision, kRemedy, kRemedyAmount, kSummary, kComplaint, kColumns };
constexpr const auto& kSpec = kLgscoColumns;
static_assert(kSpec.size() == kColumns);
}  // namespace

void load_lgsco(const ExportFiles& in, const InputMapping& s, Dataset& data, FileReport& report, const ComplaintRefs* complaints) {
    std::size_t hint = 0;
    VocabMatcher decision(kDecisionVocab, s);
    std::vector<std::pair<std::string, std::uint32_t>> refs;
    const DateForm* date_form = s.date_format ? &*s.date_format : nullptr;
    DateReader received_dates(date_form), decided_dates(date_form);
    read_table(in, kSpec, s, "lgsco", report, [&](const Row& t) {
        const std::size_t errors_before = report.error_count();
        const bool has_ref = required_text(t, kReference, "reference", report);
        auto received = date_field(t, kReceived, received_dates, "received", report, true);
        auto decided = date_field(t, kDecided, decided_dates, "decided", report, false);
        auto d = vocab_field(t, kDecision, decision, "decision", report);
        std::optional<std::int64_t> pence;
        if (auto amount = t.get(kRemedyAmount); !amount.empty()) pence = read_money(report, t.line(), "remedy_amount", amount);
        if (received && decided && *decided < *received)
            report.repeated(Severity::Error, t.line(), "decided", "before received", [&] {
                return "the decided date " + decided->iso() + " is before the received date " + received->iso();
            });
        const bool has_decided_text = !t.get(kDecided).empty();
        if (d && *d != kDecisionVocab.values.size() && !has_decided_text)
            report.repeated(Severity::Error, t.line(), "decision", "no decided date", [] {
                return std::string("there is a decision but no decided date; fill in the date of the Ombudsman's "
                                   "decision, or clear the decision while the case is open");
            });
        if (d && *d == kDecisionVocab.values.size() && has_decided_text)
            report.repeated(Severity::Error, t.line(), "decision", "no decision", [] {
                return std::string("there is a decided date but no decision; fill in the decision");
            });
        if (has_ref) refs.emplace_back(std::string(t.get(kReference)), t.line());
        // The complaint the case is about may be older than the export: a warning, not an error.
        if (const std::string_view complaint = t.get(kComplaint); !complaint.empty() && complaints &&
                                                                   complaints->find(complaint, hint) == -2)
            report.repeated(Severity::Warning, t.line(), "complaint", complaint, [&] {
                return "no complaint in complaints.csv has the reference " + quoted(complaint) +
                       "; the case is not counted as an escalation of a complaint of this export (right if the "
                       "complaint is older than the export; otherwise correct the reference)";
            });
        if (report.error_count() != errors_before) return;

        OmbudsmanCase c;
        c.reference = std::string(t.get(kReference));
        c.received = *received;
        c.decided = decided;
        c.decision = static_cast<Decision>(*d);
        c.remedy = t.text(kRemedy);
        c.remedy_pence = pence;
        c.summary = t.text(kSummary);
        c.complaint = std::string(t.get(kComplaint));
        c.line = t.line();
        c.part = t.part();
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
        report.repeated(Severity::Error, refs[i].second, "reference", refs[i].first, [&] {
            return "the reference " + load::quoted(refs[i].first) + " is already used on line " +
                   std::to_string(refs[first].second) + "; references must be unique";
        });
    }
}

}  // namespace ascreport::load
