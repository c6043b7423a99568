// What the report stage's tests share: a one-section template built against given figures, and
// the text of a built block.
#pragma once

#include <string>
#include <variant>

#include "ascreport/report.hpp"
#include "test_support.hpp"

namespace test {

// Builds a template of one section, s.md holding `markdown`, with `data` and `figures` (its
// {{text}} fallbacks in TEMPDIR/text/, no data folder of its own), for `council` with `privacy`
// and `limits` (report.toml's defaults unless given; `limits` as `figures` were computed with).
inline ascreport::ReportBuild build_section(const TempDir& t, const ascreport::Dataset& data,
                                            const ascreport::Figures& figures, const std::string& markdown,
                                            const ascreport::CouncilProfile& council = {},
                                            const ascreport::PrivacyPolicy& privacy = {},
                                            const ascreport::TimeLimits& limits = {}) {
    t.write("template.toml", "title = \"Annual Report\"\nsections = [\"s.md\"]\n");
    t.write("s.md", markdown);
    return ascreport::build_report({data, figures, council, limits, privacy, t.path(), t.path() / "data", 0, "test"});
}

// A paragraph's text (its runs joined) or a heading's; "" for any other block.
inline std::string text_of(const ascreport::Block& b) {
    std::string s;
    if (const auto* p = std::get_if<ascreport::Paragraph>(&b))
        for (const auto& r : p->runs) s += r.text;
    if (const auto* h = std::get_if<ascreport::Heading>(&b)) s = h->text;
    return s;
}

}  // namespace test
