// One input file's diagnostics. A problem that repeats on many rows (900 rows spelling an
// outcome "Partially Upheld") is one message naming how many rows and the first few lines, so
// the fix is found in one pass; and messages are capped, so a badly broken file does not bury
// the first ones: after `cap` messages the rest are counted and summarised in one line.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ascreport/diagnostics.hpp"
#include "ascreport/load.hpp"
#include "ascreport/text.hpp"

namespace ascreport::load {

class FileReport {
public:
    FileReport(std::string display_name, std::size_t cap) : file_(std::move(display_name)), cap_(cap), files_{file_} {}

    // Messages from here on name `display_name`: the next file of several read as one kind
    // ([files.KIND] name = [...]). Messages stay in the files' order.
    void set_file(std::string display_name) {
        file_ = std::move(display_name);
        if (std::find(files_.begin(), files_.end(), file_) == files_.end()) files_.push_back(file_);
    }

    void error(std::uint32_t line, std::string column, std::string message) {
        ++errors_;
        count_row(line);
        if (kept_ < cap_) {
            ++kept_;
            diags_.error(file_, line, std::move(column), std::move(message));
        }
    }
    void warning(std::uint32_t line, std::string column, std::string message) {
        diags_.warning(file_, line, std::move(column), std::move(message));
    }
    // Valid data worth a look (`validate` lists notes); never counted as an error.
    void note(std::uint32_t line, std::string column, std::string message) {
        diags_.note(file_, line, std::move(column), std::move(message));
    }

    // A problem that may repeat on many rows: the same unknown value, dates written in the
    // same wrong form, a required value missing. Reported once, at its first row, with how many
    // rows have it and their first few lines. `key` tells problems of one column apart (the
    // value's grouping key, the date's form); `message()` is called for the first row only.
    // Errors count towards the cap; notes (valid data worth a look) do not.
    template <class Message>
    void repeated(Severity severity, std::uint32_t line, std::string_view column, std::string_view key,
                  Message&& message) {
        if (severity == Severity::Error) {
            ++errors_;
            count_row(line);
        }
        group_key_.assign(column);
        group_key_ += '\0';
        group_key_ += key;
        auto [it, inserted] = groups_.try_emplace(group_key_, kNotKept);
        if (!inserted) {
            if (it->second != kNotKept) {
                Diagnostic& d = diags_.items[it->second];
                if (d.more_lines.size() + 1 < Diagnostic::kLinesShown) d.more_lines.push_back(line);
                ++d.rows;
            }
            return;
        }
        if (severity == Severity::Error) {
            if (kept_ >= cap_) return;
            ++kept_;
        }
        it->second = diags_.items.size();
        if (severity == Severity::Error) diags_.error(file_, line, std::string(column), message());
        else if (severity == Severity::Warning) diags_.warning(file_, line, std::string(column), message());
        else diags_.note(file_, line, std::string(column), message());
    }

    // A problem that stops the reading of the file (a record over 16 MiB, too many records):
    // shown even past the cap, since it explains why later rows were never checked.
    void stop(std::uint32_t line, std::string message) {
        ++errors_;
        count_row(line);
        ++kept_;
        diags_.error(file_, line, "", std::move(message));
    }
    // A problem with the whole file (not UTF-8, NUL bytes) makes row-level messages noise, and
    // what its header seemed to hold too.
    void replace_with(std::uint32_t line, std::string message) {
        diags_.items.clear();
        groups_.clear();
        header_use_ = HeaderUse{};
        errors_ = kept_ = 0;
        error_rows_ = 0;
        error_lines_.clear();
        error(line, "", std::move(message));
    }

    // Errors so far (a repeated problem counts each row, a row with two problems twice): what a
    // row function compares to see whether its row had any.
    std::size_t error_count() const { return errors_; }
    // Rows with errors so far (a problem with no line, with the whole file, counts as one).
    std::size_t error_rows() const { return error_rows_; }
    const std::string& file() const { return file_; }

    HeaderUse& header_use() { return header_use_; }

    // Sorted by line, plus the line counting what the cap held back.
    Diagnostics finish() {
        std::size_t shown = 0;
        for (const Diagnostic& d : diags_.items)
            if (d.severity == Severity::Error) shown += d.rows;
        auto file_order = [&](const Diagnostic& d) {
            return static_cast<std::size_t>(std::find(files_.begin(), files_.end(), d.file) - files_.begin());
        };
        std::stable_sort(diags_.items.begin(), diags_.items.end(), [&](const Diagnostic& a, const Diagnostic& b) {
            const std::size_t fa = file_order(a), fb = file_order(b);
            return fa != fb ? fa < fb : a.line < b.line;
        });
        if (errors_ > shown) {
            diags_.error(file_, 0, "",
                         "... and " + with_thousands(static_cast<std::int64_t>(errors_ - shown)) +
                             " more errors not shown; fix the ones above and run again");
            diags_.items.back().rows = static_cast<std::uint32_t>(errors_ - shown);
        }
        // The messages count errors; "N errors" counts rows (docs/faults.md).
        diags_.overlapping_rows = errors_ - error_rows_;
        groups_.clear();
        return std::move(diags_);
    }

private:
    static constexpr std::size_t kNotKept = SIZE_MAX;
    // Counts the row once, whatever else is wrong with it. Lines of one file: the file set
    // with set_file starts afresh, since its line 2 is another row.
    void count_row(std::uint32_t line) {
        if (line == 0) {
            ++error_rows_;
            return;
        }
        std::vector<bool>& seen = error_lines_[file_];
        if (seen.size() <= line) seen.resize(std::max<std::size_t>(line + 1, seen.size() * 2));
        if (!seen[line]) {
            seen[line] = true;
            ++error_rows_;
        }
    }
    std::string file_;
    std::size_t cap_;
    std::size_t errors_ = 0;      // errors, a repeated problem once for each of its rows
    std::size_t error_rows_ = 0;  // rows with errors
    std::unordered_map<std::string, std::vector<bool>> error_lines_;  // by file: the lines with an error
    std::vector<std::string> files_;  // in the order read
    std::size_t kept_ = 0;    // error messages kept
    Diagnostics diags_;
    std::unordered_map<std::string, std::size_t> groups_;  // column '\0' key -> index in diags_.items
    std::string group_key_;
    HeaderUse header_use_;
};

}  // namespace ascreport::load
