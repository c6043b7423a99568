#include "ascreport/diagnostics.hpp"

#include <algorithm>

#include "ascreport/text.hpp"

namespace ascreport {

std::string Diagnostic::format() const {
    std::string out;
    if (!file.empty()) {
        out += file;
        if (line > 0) out += ':' + std::to_string(line);
        out += ": ";
    }
    if (!column.empty()) out += "column " + column + ": ";
    if (severity == Severity::Warning) out += "warning: ";
    if (severity == Severity::Note) out += "note: ";
    out += message;
    if (rows > 1 && !more_lines.empty()) {
        out += " (on " + with_thousands(rows) + " rows: lines " + std::to_string(line);
        for (std::size_t i = 0; i < more_lines.size(); ++i) {
            const bool last = i + 1 == more_lines.size() && rows == more_lines.size() + 1;
            out += (last ? " and " : ", ") + std::to_string(more_lines[i]);
        }
        if (rows > more_lines.size() + 1) out += " and " + with_thousands(rows - more_lines.size() - 1) + " more";
        out += ')';
    }
    return out;
}

namespace {
Diagnostic make(Severity severity, std::string file, std::uint32_t line, std::string column, std::string message) {
    Diagnostic d;
    d.severity = severity;
    d.file = std::move(file);
    d.line = line;
    d.column = std::move(column);
    d.message = std::move(message);
    return d;
}
}  // namespace

void Diagnostics::error(std::string file, std::uint32_t line, std::string column, std::string message) {
    items.push_back(make(Severity::Error, std::move(file), line, std::move(column), std::move(message)));
}

void Diagnostics::warning(std::string file, std::uint32_t line, std::string column, std::string message) {
    items.push_back(make(Severity::Warning, std::move(file), line, std::move(column), std::move(message)));
}

void Diagnostics::note(std::string file, std::uint32_t line, std::string column, std::string message) {
    items.push_back(make(Severity::Note, std::move(file), line, std::move(column), std::move(message)));
}

void Diagnostics::append(const Diagnostics& other) {
    items.insert(items.end(), other.items.begin(), other.items.end());
    overlapping_rows += other.overlapping_rows;
}

std::size_t Diagnostics::error_count() const {
    std::size_t n = 0;
    for (const Diagnostic& d : items)
        if (d.severity == Severity::Error) n += d.rows;
    return n > overlapping_rows ? n - overlapping_rows : 0;
}

std::size_t Diagnostics::warning_count() const {
    return static_cast<std::size_t>(std::count_if(items.begin(), items.end(),
        [](const Diagnostic& d) { return d.severity == Severity::Warning; }));
}

std::size_t Diagnostics::note_count() const {
    return static_cast<std::size_t>(std::count_if(items.begin(), items.end(),
        [](const Diagnostic& d) { return d.severity == Severity::Note; }));
}

}  // namespace ascreport
