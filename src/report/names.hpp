// The figure names a template may use (docs/templates.md, "Names"), resolved against Figures:
// the tables and numbers of the registry (ascreport/figure_registry.hpp), and the text names
// (the period, settings), the time limits of report.toml [time_limits] and the condition-only
// names (the data files) listed here.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ascreport/dataset.hpp"
#include "ascreport/figures.hpp"
#include "ascreport/report.hpp"
#include "ascreport/time_limits.hpp"

namespace ascreport::report {

// A resolved number: the figure, the previous year's where there is one, and the total it is
// a share of (for `percent`) where it belongs to a table.
struct Number {
    std::int64_t value = 0;
    // The figure has no value (`value` means nothing): why, for messages, e.g. "report.toml
    // [figures] long_term_support has no value for 2023/24". Empty: `value` holds.
    std::string missing;
    std::optional<MissingSetting> gap;  // the setting that would give the missing value
    std::optional<std::int64_t> previous;
    // The figure has a previous year but no value for it (no earlier data, or a setting not
    // given): why. Both this and `previous` empty: the figure has no previous year at all.
    std::string previous_missing;
    std::optional<MissingSetting> previous_gap;
    std::optional<std::int64_t> total;
    bool is_percent = false;  // already a percentage (timescale_percent)
    bool is_money = false;    // pence
    bool is_tenths = false;   // whole tenths, printed with one decimal (median_working_days)
    // A table row hidden by small-number disclosure control (--suppress-below N): printed as
    // "a number not shown" (Small or Secondary alike), never as the number.
    Suppressed suppressed = Suppressed::No;
    Suppressed previous_suppressed = Suppressed::No;
    int suppress_below = 0;

    bool has_value() const { return missing.empty(); }
};

// A name that exists: a number (which may have no value) or text (which may be empty).
struct Resolved {
    std::optional<Number> number;
    std::optional<std::string> text;
    std::optional<MissingSetting> gap;  // text: the setting behind an empty (or default) value

    bool has_value() const { return number ? number->has_value() : !text->empty(); }
};

// Whether a condition holds, and whether its name has a value at all (`known`).
struct Condition {
    bool holds = false;
    bool known = false;
    std::optional<MissingSetting> gap;  // a setting asked for and missing
};

// A table a template can name: the registry's entry (ascreport/figure_registry.hpp) and its
// figures.
struct NamedTable {
    const TableSpec* spec;
    const Breakdown* breakdown;
};

class FigureNames {
public:
    // `year_to_date`: the figures NAME.year_to_date reads; nullptr: `figures` (a financial year).
    // `limits`: report.toml [time_limits], which the limit names print (the ones `figures`
    // were timed against).
    FigureNames(const Dataset& data, const Figures& figures, const CouncilProfile& council, const TimeLimits& limits,
                const Figures* year_to_date = nullptr);

    // nullopt when the name does not exist (a typo, .previous of a figure that has no previous
    // year); `error` then says why (with a suggestion). A name that exists but has no value
    // here resolves, with Number::missing set: whether that is an error is the caller's call.
    std::optional<Resolved> resolve(std::string_view name, std::string& error) const;
    const NamedTable* table(std::string_view name) const;
    std::vector<std::string> table_names() const;
    // {{if NAME}}: a data file present, a number that is not 0, text that is not empty, and
    // the names only conditions know (own_age_bands, contacts). nullopt when NAME does not
    // exist (`error` says why).
    std::optional<Condition> condition(std::string_view name, std::string& error) const;
    const CouncilProfile& council() const { return council_; }

    // {{if letter}}: every figure of report.toml [ombudsman_letter] given.
    Condition letter_given() const;

private:
    // letter.KEY (report.toml [ombudsman_letter]); nullopt when KEY is none of its keys, or
    // with `error` set for letter.KEY.previous.
    std::optional<Resolved> letter_name(std::string_view key, bool previous, std::string_view name,
                                        std::string& error) const;
    // REGIME.stage_N.limit and the other time limits (time_limit_names()); nullopt when `base`
    // is none of them, with `error` set when it is REGIME.stage_N.WORD and not a limit of that
    // stage, or for a limit's .previous.
    std::optional<Resolved> limit_name(std::string_view base, bool previous, std::string& error) const;
    std::optional<Number> number(const NumberSpec& spec) const;
    Number row_number(const TableSpec& t, const BreakdownRow* row) const;
    Number total_number(const TableSpec& t) const;
    // Why a number has no value for the period of `slot` (0 this one, 1 the one before, ...).
    std::string why_missing(const NumberSpec& spec, std::size_t slot) const;
    std::string no_earlier_data(Counted counted) const;
    std::string suggest(std::string_view name, bool conditions) const;

    const Dataset& data_;
    const Figures& f_;
    const CouncilProfile& council_;
    const TimeLimits& limits_;
    std::vector<NamedTable> tables_;
    std::unique_ptr<FigureNames> year_to_date_;  // over the year to date's figures; null: this
};

// The names of report.toml [time_limits] (docs/templates.md, "Time limits"), each a whole number
// of days: REGIME.stage_N.limit (to the response), .extended_limit (with an extension),
// .extension (the days an extension adds), .acknowledge_limit, for the stages that have one.
std::vector<std::string> time_limit_names();
// The condition whose stage's limits may be counted in calendar days (the adult local target).
inline constexpr std::string_view kCalendarDaysName = "adult.stage_1.calendar_days";

// Finds a table row by its printed value, ignoring case and spacing; nullptr when absent.
const BreakdownRow* find_row(const Breakdown& b, std::string_view value);

}  // namespace ascreport::report
