// compliments.csv: one row per compliment.
#include "ascreport/contract.hpp"
#include "loaders.hpp"

namespace ascreport::load {
namespace {
enum Col : std::size_t { kReceived, kServiceArea, kSource, kText, kPublish, kColumns };
constexpr const auto& kSpec = kComplimentsColumns;
static_assert(kSpec.size() == kColumns);
}  // namespace

void load_compliments(const ExportFiles& in, const InputMapping& s, Dataset& data, FileReport& report) {
    VocabMatcher source(kSourceVocab, s), yes_no(kPublishVocab, s);
    FreeTextColumn service_area(s, "service_area", data.service_areas, "Not recorded");
    DateReader received_dates(s.date_format ? &*s.date_format : nullptr);
    read_table(in, kSpec, s, "compliments", report, [&](const Row& t) {
        const std::size_t errors_before = report.error_count();
        auto received = date_field(t, kReceived, received_dates, "received", report, true);
        auto src = vocab_field(t, kSource, source, "source", report);
        if (report.error_count() != errors_before) return;
        Compliment c;
        c.received = *received;
        if (!t.get(kServiceArea).empty())
            c.service_area = service_area.intern(t.label(kServiceArea));
        c.source = static_cast<ComplimentSource>(*src);
        c.text = t.text(kText);
        // The contract: "Yes" allows quoting it; anything else keeps it out. A word that is
        // neither Yes nor No (as mapped) is noted: it may be the export's own "Yes".
        const std::string_view publish = t.get(kPublish);
        const std::size_t answer = yes_no.match(publish);
        c.publish = answer == 0;
        if (answer == VocabMatcher::kNoMatch)
            report.repeated(Severity::Note, t.line(), "publish", TextTable::key_of(publish), [&] {
                return quoted(publish) + " is neither Yes nor No, so the compliment is not quoted; if it means Yes, " +
                       "map it in report.toml: [values.publish] " + quoted(publish) + " = \"Yes\"";
            });
        c.line = t.line();
        c.part = t.part();
        data.compliments.push_back(std::move(c));
    });
}

}  // namespace ascreport::load
