// The figure names a template may use (docs/templates.md, "Names"), resolved against Figures.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ascreport/dataset.hpp"
#include "ascreport/figures.hpp"

namespace ascreport::report {

// A resolved number: the figure, the previous year's where there is one, and the total it is
// a share of (for `percent`) where it belongs to a table.
struct Number {
    std::int64_t value = 0;
    std::optional<std::int64_t> previous;
    std::optional<std::int64_t> total;
    bool is_percent = false;  // already a percentage (timescale_percent)
    bool is_money = false;    // pence
    // A table row hidden by small-number disclosure control (--suppress-below N): printed as
    // "fewer than N" (Small) or "*" (Secondary), never as the number.
    Suppressed suppressed = Suppressed::No;
    Suppressed previous_suppressed = Suppressed::No;
    int suppress_below = 0;
};

struct Resolved {
    std::optional<Number> number;
    std::optional<std::string> text;
};

// The tables a template can name, by template name ("category" is concern_category).
struct NamedTable {
    std::string_view name;
    std::string_view heading;  // the first column's heading in print
    const Breakdown* breakdown;
};

class FigureNames {
public:
    FigureNames(const Dataset& data, const Figures& figures);

    // nullopt when the name is unknown; `error` then says why (with a suggestion).
    std::optional<Resolved> resolve(std::string_view name, std::string& error) const;
    const NamedTable* table(std::string_view name) const;
    std::vector<std::string> table_names() const;
    // Whether `{{if NAME}}` holds: a data file present, or a number that is not 0.
    std::optional<bool> condition(std::string_view name, std::string& error) const;

private:
    std::optional<Number> number(std::string_view base) const;
    std::string suggest(std::string_view name) const;

    const Dataset& data_;
    const Figures& f_;
    std::vector<NamedTable> tables_;
};

// Finds a table row by its printed value, ignoring case and spacing; nullptr when absent.
const BreakdownRow* find_row(const Breakdown& b, std::string_view value);

}  // namespace ascreport::report
