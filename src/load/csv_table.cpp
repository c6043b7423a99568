#include "csv_table.hpp"

#include <cstring>

#include "ascreport/edit_distance.hpp"
#include "ascreport/text_table.hpp"
#include "fields.hpp"

namespace ascreport::load {

bool split_fields(char* line, std::vector<std::string_view>& fields) {
    fields.clear();
    try {
        while (line) {
            char *begin, *end;
            io::detail::chop_next_column<io::double_quote_escape<',', '"'>>(line, begin, end);
            io::trim_chars<' ', '\t'>::trim(begin, end);
            io::double_quote_escape<',', '"'>::unescape(begin, end);
            fields.emplace_back(begin, static_cast<std::size_t>(end - begin));
        }
    } catch (const io::error::base&) {
        return false;
    }
    return true;
}

std::vector<std::string> split_header(std::string header) {
    if (header.starts_with("\xEF\xBB\xBF")) header.erase(0, 3);  // byte-order mark
    while (!header.empty() && (header.back() == '\r' || header.back() == ' ' || header.back() == '\t')) header.pop_back();
    if (header.find_first_not_of(" \t") == std::string::npos) return {};
    // An unclosed quote in the header: keep what was split; the record reader reports it.
    std::vector<std::string_view> fields;
    split_fields(header.data(), fields);
    return {fields.begin(), fields.end()};
}

std::string nearest_header(const std::string& name, const std::vector<std::string>& header,
                           const std::vector<std::string>& spelt, const std::vector<std::string>& taken) {
    const std::string key = TextTable::key_of(name);
    std::size_t best = header.size(), best_distance = SIZE_MAX;
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string h = TextTable::key_of(header[i]);
        if (h.empty() || std::any_of(taken.begin(), taken.end(), [&](const std::string& t) { return TextTable::key_of(t) == h; }))
            continue;
        // A header that holds the name, or is held by it ("Provider" and "Provider Name"), is as
        // good as a close spelling.
        const bool holds = std::min(h.size(), key.size()) >= 4 &&
                           (h.find(key) != std::string::npos || key.find(h) != std::string::npos);
        const std::size_t d = holds ? 1 : edit_distance(key, h);
        if (d < best_distance) best = i, best_distance = d;
    }
    if (best == header.size() || best_distance > std::max<std::size_t>(2, key.size() / 3)) return "";
    return "; did you mean \"" + (best < spelt.size() ? spelt[best] : header[best]) + "\"?";
}

std::string header_list(const std::vector<std::string>& header, const std::vector<std::string>& spelt) {
    constexpr std::size_t kShown = 30;
    std::string out;
    std::size_t listed = 0;
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (header[i].empty()) continue;
        if (listed++ == kShown) {
            out += " and " + std::to_string(header.size() - i) + " more";
            break;
        }
        out += (out.empty() ? "\"" : ", \"") + (i < spelt.size() ? spelt[i] : header[i]) + "\"";
    }
    return out.empty() ? "none" : out;
}

bool report_source_findings(const SourceState::Findings& f, FileReport& report, bool unclosed_quote_reported) {
    if (f.read_errno != 0) {
        report.replace_with(0, std::string("the file could not be read: ") + std::strerror(f.read_errno));
        return true;
    }
    if (f.looks_like_utf16) {
        report.replace_with(1, "the file is saved as UTF-16, not UTF-8; save it as \"CSV UTF-8\" (in Excel: "
                               "File > Save As > CSV UTF-8) and run again");
        return true;
    }
    if (f.first_nul_line) {
        report.replace_with(static_cast<std::uint32_t>(f.first_nul_line),
                            // When reading stopped early (a 2 GiB file of NULs is one over-long record)
                            // the count is of what was read ahead, which varies: leave it out.
                            "the file contains NUL bytes (" +
                                (f.reached_end ? std::to_string(f.nul_count) + ", the first" : std::string("the first")) +
                                " on this line), so it is not a text CSV file; export it again as CSV (UTF-8)");
        return true;
    }
    if (f.first_invalid_utf8_line) {
        std::string what = "is not valid UTF-8";
        if (f.first_invalid_byte) {
            static const char* hex = "0123456789ABCDEF";
            what = std::string("has the byte 0x") + hex[f.first_invalid_byte >> 4] + hex[f.first_invalid_byte & 15] +
                   ", which is not valid UTF-8";
        } else {
            what = "ends in the middle of a UTF-8 character";
        }
        report.error(static_cast<std::uint32_t>(f.first_invalid_utf8_line), "",
                     "this line " + what +
                         " (the first such line in the file); save the file as UTF-8 (in Excel: \"CSV UTF-8\"), "
                         "or if your system exports Windows-1252, set encoding = \"windows-1252\" under [input] "
                         "in report.toml");
    }
    if (f.first_placeholder_line)
        report.error(static_cast<std::uint32_t>(f.first_placeholder_line), "",
                     "this line holds a control character (0x1D or 0x1E) that has no place in a CSV file; "
                     "remove it");
    if (f.ended_inside_quotes && !unclosed_quote_reported)
        report.error(static_cast<std::uint32_t>(f.open_quote_line), "",
                     "a quote opened on this line is never closed; close the quote or remove it");
    return false;
}

}  // namespace ascreport::load
