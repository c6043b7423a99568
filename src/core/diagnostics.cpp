#include "ascreport/diagnostics.hpp"

#include <algorithm>

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
    out += message;
    return out;
}

void Diagnostics::error(std::string file, std::uint32_t line, std::string column, std::string message) {
    items.push_back({Severity::Error, std::move(file), line, std::move(column), std::move(message)});
}

void Diagnostics::warning(std::string file, std::uint32_t line, std::string column, std::string message) {
    items.push_back({Severity::Warning, std::move(file), line, std::move(column), std::move(message)});
}

void Diagnostics::append(const Diagnostics& other) {
    items.insert(items.end(), other.items.begin(), other.items.end());
}

std::size_t Diagnostics::error_count() const {
    return static_cast<std::size_t>(std::count_if(items.begin(), items.end(),
        [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

std::size_t Diagnostics::warning_count() const { return items.size() - error_count(); }

}  // namespace ascreport
