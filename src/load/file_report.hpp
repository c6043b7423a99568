// One input file's diagnostics, capped so a badly broken file does not bury the first
// errors: after `cap` errors the rest are counted and summarised in one line.
#pragma once

#include <algorithm>
#include <string>

#include "ascreport/diagnostics.hpp"

namespace ascreport::load {

class FileReport {
public:
    FileReport(std::string display_name, std::size_t cap) : file_(std::move(display_name)), cap_(cap) {}

    void error(std::uint32_t line, std::string column, std::string message) {
        ++errors_;
        if (kept_errors_ < cap_) {
            ++kept_errors_;
            diags_.error(file_, line, std::move(column), std::move(message));
        }
    }
    void warning(std::uint32_t line, std::string column, std::string message) {
        diags_.warning(file_, line, std::move(column), std::move(message));
    }
    // A problem that stops the reading of the file (a record over 16 MiB, too many records):
    // shown even past the cap, since it explains why later rows were never checked.
    void stop(std::uint32_t line, std::string message) {
        ++errors_;
        ++kept_errors_;
        diags_.error(file_, line, "", std::move(message));
    }
    // A problem with the whole file (not UTF-8, NUL bytes) makes row-level messages noise.
    void replace_with(std::uint32_t line, std::string message) {
        diags_.items.clear();
        errors_ = kept_errors_ = 0;
        error(line, "", std::move(message));
    }

    std::size_t error_count() const { return errors_; }
    const std::string& file() const { return file_; }

    // Sorted by line, plus the line counting what the cap held back.
    Diagnostics finish() {
        std::stable_sort(diags_.items.begin(), diags_.items.end(),
                         [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; });
        if (errors_ > kept_errors_)
            diags_.error(file_, 0, "",
                         "... and " + std::to_string(errors_ - kept_errors_) +
                             " more errors not shown; fix the ones above and run again");
        return std::move(diags_);
    }

private:
    std::string file_;
    std::size_t cap_;
    std::size_t errors_ = 0, kept_errors_ = 0;
    Diagnostics diags_;
};

}  // namespace ascreport::load
