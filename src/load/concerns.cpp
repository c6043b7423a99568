// concerns.csv: one row per concern raised inside a complaint.
#include "ascreport/contract.hpp"
#include "loaders.hpp"

namespace ascreport::load {
namespace {
enum Col : std::size_t { kReference, kCategory, kSubcategory, kColumns };
constexpr const auto& kSpec = kConcernsColumns;
static_assert(kSpec.size() == kColumns);
}  // namespace

void load_concerns(const ExportFiles& in, const InputMapping& s, const ComplaintRefs& refs, Dataset& data, FileReport& report) {
    FreeTextColumn category(s, "category", data.categories), subcategory(s, "subcategory", data.subcategories, "N/A");
    std::size_t hint = 0;
    read_table(in, kSpec, s, "concerns", report, [&](const Row& t) {
        const bool has_ref = required_text(t, kReference, "reference", report);
        const bool has_cat = required_text(t, kCategory, "category", report);
        if (!has_ref || !has_cat) return;
        const std::int64_t complaint = refs.find(t.get(kReference), hint);
        if (complaint == -2) {
            report.repeated(Severity::Error, t.line(), "reference", t.get(kReference), [&] {
                return "no complaint in complaints.csv has the reference " + quoted(t.get(kReference));
            });
            return;
        }
        if (complaint < 0) return;  // that complaint's row has errors, reported there
        Concern c;
        c.complaint = static_cast<std::uint32_t>(complaint);
        c.category = category.intern(t.label(kCategory));
        if (!t.get(kSubcategory).empty())
            c.subcategory = subcategory.intern(t.label(kSubcategory));
        c.line = t.line();
        c.part = t.part();
        if (c.category != kNoText) data.concerns.push_back(c);
    });
}

}  // namespace ascreport::load
