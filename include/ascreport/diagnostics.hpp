// Problems found in the input, as values. Nothing below the CLI prints them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ascreport {

enum class Severity : std::uint8_t { Error, Warning };

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string file;       // as the user named it, e.g. "data-samples/complaints.csv"
    std::uint32_t line = 0;  // physical line where the record starts (header = 1); 0 = whole file
    std::string column;     // contract column name; empty when not about one column
    std::string message;

    // "FILE:LINE: column NAME: message", leaving out the parts that are not set, and
    // "warning: " before the message of a warning.
    std::string format() const;
};

struct Diagnostics {
    std::vector<Diagnostic> items;

    void error(std::string file, std::uint32_t line, std::string column, std::string message);
    void warning(std::string file, std::uint32_t line, std::string column, std::string message);
    void append(const Diagnostics& other);

    std::size_t error_count() const;
    std::size_t warning_count() const;
    bool has_errors() const { return error_count() > 0; }
};

}  // namespace ascreport
