#include "csv_table.hpp"
#include "fields.hpp"

#include <algorithm>

#include "ascreport/edit_distance.hpp"
#include "ascreport/header_row.hpp"
#include "fields.hpp"
#include "ascreport/text.hpp"
#include "ascreport/text_table.hpp"

namespace ascreport::load {

std::string empty_file_message(std::span<const ColumnSpec> columns) {
    std::string msg = "the file is empty; its first line must be a header naming the columns";
    bool first = true;
    for (const ColumnSpec& c : columns)
        if (c.listed) {
            msg += (first ? ", e.g. " : ",") + std::string(c.name);
            first = false;
        }
    return msg;
}

std::string_view Row::as_label(std::string_view v) const {
    if (!line_breaks_ || v.find('\n') == std::string_view::npos) return v;
    scratch_.assign(v);
    std::replace(scratch_.begin(), scratch_.end(), '\n', ' ');
    return scratch_;
}

CsvTable::CsvTable(const CsvInput& input, CsvReader& reader, FileReport& report, std::span<const ColumnSpec> columns,
                   const InputMapping& settings, std::string file_key, std::vector<std::string> extra_headers,
                   std::vector<std::string> extra_value_columns)
    : reader_(reader), report_(report), columns_(columns), input_(input), settings_(settings),
      file_key_(std::move(file_key)), extra_headers_(std::move(extra_headers)),
      extra_value_columns_(std::move(extra_value_columns)) {}

namespace {

std::string join_names(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i)
        out += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
    return out;
}

// The [values.COLUMN] table that maps a column's cells.
std::string_view values_table(const ColumnSpec& c) { return c.values.empty() ? c.name : c.values; }

// "a complaint", as a mid-data summary row's message says what the row is not.
std::string_view record_noun(std::string_view kind) {
    if (kind == "complaints") return "a complaint";
    if (kind == "concerns") return "a concern";
    if (kind == "compliments") return "a compliment";
    if (kind == "lgsco") return "an Ombudsman case";
    return "a record";
}

}  // namespace

std::optional<std::string_view> ValuePatterns::map(std::string_view cell, const ValuePattern*& first,
                                                   const ValuePattern*& second) {
    if (cell.empty()) return cell;
    TextTable::key_into(scratch_, cell);
    auto it = seen_.find(scratch_);
    if (it == seen_.end()) {
        Result r;
        if (!whole_ || whole_->find(scratch_) == whole_->end())  // a whole-cell spelling wins
            for (const ValuePattern& p : patterns_) {
                if (!wildcard_matches_key(p.key, scratch_)) continue;
                if (!r.first) r.first = &p;
                else if (TextTable::key_of(p.target) != TextTable::key_of(r.first->target)) {
                    r.second = &p;
                    break;
                }
            }
        if (seen_.size() > 4096) seen_.clear();
        it = seen_.emplace(scratch_, r).first;
    }
    if (!it->second.first) return cell;
    if (it->second.second) {
        first = it->second.first, second = it->second.second;
        return std::nullopt;
    }
    return std::string_view(it->second.first->target);
}

bool CsvTable::apply_patterns(Row& row) {
    // `column` is the column the cell is in (stage2_outcome), `table` the [values.*] that maps it
    // (outcome).
    auto one = [&](std::unique_ptr<ValuePatterns>& patterns, std::string_view& cell, std::string_view column,
                   std::string_view table) {
        if (!patterns) return true;
        const ValuePattern *first = nullptr, *second = nullptr;
        if (auto mapped = patterns->map(cell, first, second)) {
            cell = *mapped;
            return true;
        }
        const std::string key = "pattern " + TextTable::key_of(cell);
        report_.repeated(Severity::Error, row.line(), column, key, [&] {
            auto rule = [](const ValuePattern* p) {
                return "\"" + p->written + "\" = \"" + p->target + "\" (report.toml line " + std::to_string(p->line) + ")";
            };
            return quoted(cell) + " matches two patterns of [values." + std::string(table) + "] that map it differently: " +
                   rule(first) + " and " + rule(second) + "; change one so that they do not both match, or map this value " +
                   "as a whole cell, which wins over any pattern; the row is left out";
        });
        return false;
    };
    bool ok = true;
    for (std::size_t i = 0; i < patterns_.size(); ++i)
        ok = one(patterns_[i], row.values_[i], columns_[i].name, values_table(columns_[i])) && ok;
    for (std::size_t j = 0; j < extra_patterns_.size() && j < row.extras_.size(); ++j)
        if (extra_patterns_[j])
            ok = one(extra_patterns_[j], row.extras_[j], extra_value_columns_[j], extra_value_columns_[j]) && ok;
    return ok;
}

bool CsvTable::open() {
    if (reader_.findings().utf16) return false;  // finish() says so
    if (!reader_.next(record_)) {
        if (!reader_.ended()) report_.error(1, "", empty_file_message(columns_));
        return false;
    }
    // The header: the first record that names every required column (title lines above it are
    // skipped), or the line report.toml names.
    const FileRules& rules = settings_.rules_for(file_key_);
    const std::vector<WantedColumn> wanted = required_headers(settings_, file_key_);
    const HeaderRow found = find_header_row(input_, settings_.encoding, wanted, rules.header_line);
    const std::string files_table = "[files." + file_key_ + "]";
    if (rules.header_line > 0 && found.line == 0) {
        report_.error(rules.header_line, "", files_table + " header_line = " + std::to_string(rules.header_line) +
                                                 " in report.toml, but no record starts on line " +
                                                 std::to_string(rules.header_line) +
                                                 " (it is blank, or inside a quoted value); name the line the header is on");
        return false;
    }
    if (rules.header_line == 0 && !found.found() && found.nearest_line > found.line) {
        std::string required;
        for (const WantedColumn& w : wanted) required += (required.empty() ? "" : ", ") + w.column;
        report_.error(found.nearest_line, "",
                      "the header was not found: no line of the first " + std::to_string(kHeaderSearchLines) +
                          " names every required column (" + required + "); the nearest is line " +
                          std::to_string(found.nearest_line) + ", which lacks " + join_names(found.lacking) +
                          "; name their headers in report.toml [columns." + file_key_ +
                          "], or the header's line with " + files_table + " header_line = " +
                          std::to_string(found.nearest_line) + " (its headers are " +
                          header_list(found.nearest_fields, found.nearest_fields) + ")");
        return false;
    }
    while (record_.line() < found.line && reader_.next(record_)) {
    }
    if (record_.line() != found.line) return false;  // the reader stopped: finish() says why
    if (found.records_above > 0)
        report_.note(1, "", std::to_string(found.line - 1) + (found.line == 2 ? " line" : " lines") +
                                " above the header (line " + std::to_string(found.line) +
                                ") skipped: a title, not records");
    // The header as the file spells it, and in lower case (ASCII letters), as it is matched.
    std::vector<std::string> spelt, header;
    for (std::size_t i = 0; i < record_.size(); ++i) {
        spelt.emplace_back(record_[i]);
        header.push_back(ascii_lower(record_[i]));
    }
    bool ok = true;
    for (std::size_t i = 0; i < header.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (header[i] == header[j] && !header[i].empty()) {
                report_.error(record_.line(), header[i], "the header names this column twice (fields " + std::to_string(j + 1) +
                                                            " and " + std::to_string(i + 1) + "); remove or rename one");
                ok = false;
            }
    // The header's field for a name from report.toml: compared as values are (case, runs of
    // spaces, a no-break space or a curly apostrophe typed in Word aside).
    std::vector<std::string> header_keys;
    for (const std::string& h : header) header_keys.push_back(TextTable::key_of(h));
    auto field_of = [&](const std::string& name) {
        return static_cast<std::size_t>(std::find(header_keys.begin(), header_keys.end(), TextTable::key_of(name)) -
                                        header_keys.begin());
    };
    std::vector<bool> used(header.size(), false);
    HeaderUse& use = report_.header_use();
    use = HeaderUse{};  // of the last file, when several are read as one
    use.read = true;
    first_.assign(columns_.size(), kAbsent);
    others_.assign(columns_.size(), {});
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        const std::string name(columns_[i].name);
        const std::vector<std::string> wanted = settings_.headers_for(file_key_, name);
        ColumnUse column{name, {}, columns_[i].required};
        std::vector<std::string> absent;
        for (const std::string& w : wanted) {
            const std::size_t field = field_of(w);
            if (field == header.size()) {
                absent.push_back(w);
                continue;
            }
            used[field] = true;
            column.headers.push_back(spelt[field]);
            if (first_[i] == kAbsent) first_[i] = static_cast<std::uint32_t>(field);
            else others_[i].push_back(static_cast<std::uint32_t>(field));
        }
        any_others_ = any_others_ || !others_[i].empty();
        if (!absent.empty() && settings_.column_mapped(file_key_, name)) {
            report_.error(record_.line(), name, missing_mapped_header(absent, wanted, header, spelt));
            ok = false;
        } else if (column.headers.empty() && columns_[i].required && file_key_.empty()) {
            // A file report.toml does not map (the council's own files): its header is the contract's.
            std::string all;
            for (const ColumnSpec& c : columns_) all += (all.empty() ? "" : ", ") + std::string(c.name);
            report_.error(record_.line(), name, "required column is missing from the header; the header names the columns " +
                                                    all + " (docs/input-format.md)");
            ok = false;
        } else if (column.headers.empty() && columns_[i].required) {
            // The file's nearest header makes the example, when there is one.
            const std::string near = nearest_header(name, header, spelt);
            const std::string example =
                near.empty() ? "e.g. [columns." + file_key_ + "] " + name + " = \"Your Header\""
                             : "perhaps [columns." + file_key_ + "] " + name + " = " +
                                   near.substr(near.find('"'), near.rfind('"') - near.find('"') + 1);
            report_.error(record_.line(), name, "required column is missing from the header; if your export calls it "
                                                "something else, name it in report.toml, " + example);
            ok = false;
        }
        if (columns_[i].listed || !column.headers.empty()) use.columns.push_back(std::move(column));
    }
    for (std::size_t j = 0; j < extra_headers_.size(); ++j) {
        const std::string& extra = extra_headers_[j];
        const std::size_t field = field_of(extra);
        if (field == header.size()) {
            report_.error(record_.line(), "", std::string(j < extra_value_columns_.size() ? "[concerns]" : "[columns.complaints] age or date_of_birth") +
                                                  " in report.toml names the column \"" + extra + "\", which " +
                                                  std::string(report_.file().substr(report_.file().rfind('/') + 1)) +
                                                  " does not have" + nearest_header(extra, header, spelt) +
                                                  "; correct the name in report.toml");
            ok = false;
            continue;
        }
        used[field] = true;
        // The columns [concerns] names (patterns mapped as categories); the others are ages.
        if (j < extra_value_columns_.size()) use.concern_columns.push_back(spelt[field]);
        extras_.push_back(static_cast<std::uint32_t>(field));
    }
    for (std::size_t field = 0; field < header.size(); ++field)
        if (!used[field] && !header[field].empty()) use.ignored.push_back(spelt[field]);
    // [values.COLUMN] patterns, for the columns (and extra columns) that have them.
    auto patterns_for = [&](std::string_view column) -> std::unique_ptr<ValuePatterns> {
        auto p = settings_.value_patterns.find(column);
        if (p == settings_.value_patterns.end() || p->second.empty()) return nullptr;
        auto w = settings_.value_map.find(column);
        any_patterns_ = true;
        return std::make_unique<ValuePatterns>(p->second, w == settings_.value_map.end() ? nullptr : &w->second);
    };
    for (const ColumnSpec& c : columns_) patterns_.push_back(patterns_for(values_table(c)));
    for (std::size_t j = 0; j < extras_.size(); ++j)
        extra_patterns_.push_back(j < extra_value_columns_.size() && !extra_value_columns_[j].empty()
                                      ? patterns_for(extra_value_columns_[j])
                                      : nullptr);
    field_count_ = header.size();
    ok = resolve_rules(rules.skip_rows, skip_, spelt, header, "skip_rows") && ok;
    ok = resolve_rules(rules.keep_rows, keep_, spelt, header, "keep_rows") && ok;
    spelt_ = std::move(spelt);
    return ok;
}

bool CsvTable::resolve_rules(const std::vector<RowRule>& rules, std::vector<Rule>& out, const std::vector<std::string>& spelt,
                             const std::vector<std::string>& header, const char* setting) {
    bool ok = true;
    for (const RowRule& r : rules) {
        const std::string key = TextTable::key_of(r.column);
        std::size_t field = 0;
        while (field < header.size() && TextTable::key_of(header[field]) != key) ++field;
        if (field == header.size()) {
            report_.error(record_.line(), "",
                          "[files." + file_key_ + "] " + setting + " " + r.describe() + " in report.toml (line " +
                              std::to_string(r.line) + ") names the column \"" + r.column +
                              "\", which the header does not have" + nearest_header(r.column, header, spelt) +
                              "; write the header as the file has it (the headers are " + header_list(header, spelt) + ")");
            ok = false;
            continue;
        }
        out.push_back({&r, Wildcard(r.is), static_cast<std::uint32_t>(field)});
    }
    return ok;
}

bool CsvTable::matches(std::vector<Rule>& rules, const CsvRecord& record) {
    for (Rule& r : rules)
        if (r.field < record.size() && r.pattern.matches(record[r.field])) {
            if (r.rows++ == 0) r.first_line = record.line();
            return true;
        }
    return false;
}

namespace {

// A number as a summary line writes it: 12, -3, 1,074, 61.5, 45%, £1,250.00. Not a date
// (2023-04-01, 01.04.2023) or a reference with a hyphen.
bool is_number(std::string_view cell) {
    if (cell.starts_with("\xC2\xA3")) cell.remove_prefix(2);  // £
    if (cell.starts_with('-')) cell.remove_prefix(1);
    if (cell.ends_with('%')) cell.remove_suffix(1);
    bool digit = false, point = false;
    for (char c : cell) {
        if (c >= '0' && c <= '9') digit = true;
        else if (c == '.' && !point) point = true;
        else if (c != ',' || point) return false;
    }
    return digit;
}

}  // namespace

bool looks_like_summary(const CsvRecord& record, std::uint32_t& first) {
    first = UINT32_MAX;
    bool numbers = true;
    for (std::size_t i = 0; i < record.size(); ++i) {
        if (record[i].empty()) continue;
        if (first == UINT32_MAX) first = static_cast<std::uint32_t>(i);
        numbers = numbers && is_number(record[i]);
    }
    if (first == UINT32_MAX) return false;
    if (numbers) return true;
    const std::string cell = ascii_lower(record[first]);
    static constexpr std::string_view kWords[] = {"total", "totals", "subtotal", "sub-total", "sub total", "grand total",
                                                  "sum", "count", "total records", "number of records"};
    for (std::string_view w : kWords)
        if (cell.starts_with(w) && (cell.size() == w.size() || cell[w.size()] == ' ' || cell[w.size()] == ':'))
            return true;
    return false;
}

void CsvTable::summaries_in_data() {
    for (const Summary& s : summaries_) {
        const std::string column = s.field < spelt_.size() ? spelt_[s.field] : std::string();
        // The rule to paste: the cell's first word, then a star ("Total: Mental Health" -> "Total*").
        std::string is = s.text.substr(0, s.text.find_first_of(" :"));
        if (!is_number(s.text)) is += '*';
        report_.repeated(Severity::Error, s.line, "", "summary\0" + column + '\0' + ascii_lower(is), [&] {
            return std::string("this row looks like a summary line (") + load::quoted(s.text) + "), not " +
                   std::string(record_noun(file_key_)) + "; skip such rows with [files." + file_key_ +
                   "] skip_rows = [{ column = \"" + column + "\", is = \"" + is + "\" }]";
        });
    }
    summaries_.clear();
}

void CsvTable::end_notes() {
    if (!summaries_.empty()) {
        std::string lines, texts;
        for (std::size_t i = 0; i < summaries_.size(); ++i) {
            const bool last = i + 1 == summaries_.size();
            lines += (i == 0 ? "" : last ? " and " : ", ") + std::to_string(summaries_[i].line);
            if (i < 3) texts += std::string(i == 0 ? "" : ", ") + load::quoted(summaries_[i].text);
            else if (i == 3) texts += ", ...";
        }
        const std::size_t n = summaries_.size();
        report_.note(summaries_.front().line, "",
                     std::to_string(n) + (n == 1 ? " summary line" : " summary lines") + " below the data skipped, not " +
                         (n == 1 ? "a record" : "records") + " (line" + (n == 1 ? " " : "s ") + lines + ": " + texts + ")");
        summaries_.clear();
    }
    for (const auto* rules : {&skip_, &keep_})
        for (const Rule& r : *rules) {
            if (rules == &keep_) continue;
            report_.note(r.first_line, "",
                         r.rows == 0 ? "skip_rows " + r.rule->describe() + " in report.toml matched no row"
                                     : with_thousands(static_cast<std::int64_t>(r.rows)) + (r.rows == 1 ? " row" : " rows") +
                                           " skipped by skip_rows " + r.rule->describe());
        }
    if (!keep_.empty()) {
        std::string rules;
        for (const Rule& r : keep_) rules += (rules.empty() ? "" : " or ") + r.rule->describe();
        report_.note(first_not_kept_, "",
                     with_thousands(static_cast<std::int64_t>(not_kept_)) + (not_kept_ == 1 ? " row" : " rows") +
                         " skipped by keep_rows: only the rows that match " + rules + " are read");
    }
}

bool CsvTable::next(Row& row) {
    if (ended_) return false;
    while (reader_.next(record_)) {
        if (!skip_.empty() && matches(skip_, record_)) continue;
        std::uint32_t first = 0;
        if (looks_like_summary(record_, first)) {
            // Skipped when no record follows it; an error when one does.
            summaries_.push_back({record_.line(), first, std::string(record_[first])});
            continue;
        }
        if (!summaries_.empty()) summaries_in_data();
        if (!keep_.empty() && !matches(keep_, record_)) {
            if (not_kept_++ == 0) first_not_kept_ = record_.line();
            continue;
        }
        if (record_.size() != field_count_) {
            const bool more = record_.size() > field_count_;
            // One message for all the records short of fields, one for those with too many.
            const std::string message =
                std::string("this record has ") + (more ? "more" : "fewer") + " fields than the header's " +
                std::to_string(field_count_) +
                (more ? "; a value that contains a comma must be in double quotes"
                      : "; check for a missing comma, or a line break in a value that is not in double quotes");
            report_.repeated(Severity::Error, record_.line(), "", message, [&] { return message; });
            continue;
        }
        row.line_ = record_.line();
        row.line_breaks_ = record_.has_line_breaks();
        row.values_.resize(first_.size());
        for (std::size_t i = 0; i < first_.size(); ++i)
            row.values_[i] = first_[i] == kAbsent ? std::string_view() : record_[first_[i]];
        if (any_others_)
            for (std::size_t i = 0; i < first_.size(); ++i)
                for (std::uint32_t field : others_[i]) {
                    if (!row.values_[i].empty()) break;
                    row.values_[i] = record_[field];
                }
        row.extras_.resize(extras_.size());
        for (std::size_t j = 0; j < extras_.size(); ++j) row.extras_[j] = record_[extras_[j]];
        if (any_patterns_ && !apply_patterns(row)) continue;
        return true;
    }
    ended_ = true;
    // A reading that stopped early (an unclosed quote) has no "below the data".
    if (reader_.ended()) summaries_in_data();
    end_notes();
    return false;
}

void CsvTable::finish() {
    // After a header that stopped the records, the rest is still read: a byte that is not UTF-8
    // or a quote never closed is worth knowing on the same run.
    if (!reader_.findings().utf16)
        while (reader_.next(record_)) {
        }
    if (const auto& end = reader_.ended()) {
        if (reader_.stopped()) report_.stop(end->line, end->message);
        else report_.error(end->line, "", end->message);
    }
    const CsvFindings& found = reader_.findings();
    if (auto problem = found.unusable()) report_.replace_with(problem->line, problem->message);
    else if (auto problem = found.not_utf8()) report_.error(problem->line, "", problem->message);
}

std::string CsvTable::missing_mapped_header(const std::vector<std::string>& absent, const std::vector<std::string>& mapping,
                                            const std::vector<std::string>& header, const std::vector<std::string>& spelt) const {
    std::string names;
    for (const auto& a : absent) names += (names.empty() ? "\"" : ", \"") + a + "\"";
    return "[columns." + file_key_ + "] in report.toml names " + names + ", which the header does not have" +
           nearest_header(absent.front(), header, spelt, mapping) + "; correct the name in report.toml (the headers are " +
           header_list(header, spelt) + ")";
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

}  // namespace ascreport::load
