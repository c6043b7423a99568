#include "ascreport/header_row.hpp"

#include <algorithm>

#include "ascreport/contract.hpp"
#include "ascreport/text_table.hpp"

namespace ascreport::load {

std::vector<WantedColumn> required_headers(const InputMapping& input, std::string_view kind) {
    std::vector<WantedColumn> out;
    for (const InputFile& f : kInputFiles)
        if (f.key == kind)
            for (const ColumnSpec& c : f.columns)
                if (c.required) out.push_back({std::string(c.name), input.headers_for(std::string(kind), std::string(c.name))});
    return out;
}

namespace {

// The wanted columns a record lacks (their contract names).
std::vector<std::string> lacking_in(const std::vector<std::string>& keys, const std::vector<WantedColumn>& wanted) {
    std::vector<std::string> lacking;
    for (const WantedColumn& w : wanted) {
        const bool there = std::any_of(w.headers.begin(), w.headers.end(), [&](const std::string& h) {
            return std::find(keys.begin(), keys.end(), TextTable::key_of(h)) != keys.end();
        });
        if (!there) lacking.push_back(w.column);
    }
    return lacking;
}

std::vector<std::string> keys_of(const CsvRecord& record) {
    std::vector<std::string> keys;
    for (std::size_t i = 0; i < record.size(); ++i) keys.push_back(TextTable::key_of(record[i]));
    return keys;
}

std::vector<std::string> fields_of(const CsvRecord& record) {
    std::vector<std::string> fields;
    for (std::size_t i = 0; i < record.size(); ++i) fields.emplace_back(record[i]);
    return fields;
}

}  // namespace

HeaderRow find_header_row(const CsvInput& input, Encoding encoding, const std::vector<WantedColumn>& wanted,
                          std::uint32_t header_line) {
    HeaderRow out;
    CsvReader reader(input, encoding);
    CsvRecord record;
    std::uint32_t records = 0, first_line = 0;
    std::size_t fewest_lacking = SIZE_MAX;
    while (reader.next(record)) {
        if (records == 0) first_line = record.line();
        if (header_line > 0) {
            if (record.line() > header_line) break;
            if (record.line() == header_line) {
                out.line = header_line;
                out.fields = fields_of(record);
                out.records_above = records;
                return out;
            }
            ++records;
            continue;
        }
        if (record.line() > kHeaderSearchLines) break;
        std::vector<std::string> lacking = lacking_in(keys_of(record), wanted);
        if (lacking.empty()) {
            out.line = record.line();
            out.fields = fields_of(record);
            out.records_above = records;
            return out;
        }
        if (lacking.size() < fewest_lacking && lacking.size() < wanted.size()) {
            fewest_lacking = lacking.size();
            out.nearest_line = record.line();
            out.nearest_fields = fields_of(record);
            out.lacking = std::move(lacking);
        }
        ++records;
    }
    if (header_line > 0) return out;  // no record starts on that line
    if (records == 0) return out;     // an empty file
    // None holds them all: the first record, as before, with what the nearest lacks.
    out.line = first_line;
    if (out.nearest_line == 0) {
        for (const WantedColumn& w : wanted) out.lacking.push_back(w.column);
    }
    return out;
}

std::optional<std::string> file_kind_of(const std::vector<std::string>& header, const InputMapping& input) {
    std::vector<std::string> keys;
    for (const std::string& h : header) keys.push_back(TextTable::key_of(h));
    std::optional<std::string> best;
    std::size_t best_required = 0, best_present = 0;
    for (const InputFile& f : kInputFiles) {
        const std::string kind(f.key);
        std::size_t required = 0, present = 0;
        bool all = true;
        for (const ColumnSpec& c : f.columns) {
            const auto names = input.headers_for(kind, std::string(c.name));
            const bool there = std::any_of(names.begin(), names.end(), [&](const std::string& n) {
                return std::find(keys.begin(), keys.end(), TextTable::key_of(n)) != keys.end();
            });
            present += there;
            if (c.required) {
                ++required;
                all = all && there;
            }
        }
        if (!all) continue;
        if (!best || required > best_required || (required == best_required && present > best_present)) {
            best = kind;
            best_required = required;
            best_present = present;
        }
    }
    return best;
}

std::optional<KindAndHeader> recognise_export(const CsvInput& input, Encoding encoding, const InputMapping& mapping) {
    CsvReader reader(input, encoding);
    CsvRecord record;
    std::uint32_t records = 0;
    while (reader.next(record) && record.line() <= kHeaderSearchLines) {
        const std::vector<std::string> fields = fields_of(record);
        if (auto kind = file_kind_of(fields, mapping)) {
            KindAndHeader out{*kind, {}};
            out.header.line = record.line();
            out.header.fields = fields;
            out.header.records_above = records;
            return out;
        }
        ++records;
    }
    return std::nullopt;
}

}  // namespace ascreport::load
