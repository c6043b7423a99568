// ascreport command-table (hidden): the command line as the program itself builds it, printed
// as JSON for the generators of the manual pages and the bash completion (packaging/). Both
// read it at build time, so a new command or option gets its page and its completion without
// an edit there, and neither can drift from `--help`.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <ostream>

#include "ascreport/breakdown.hpp"
#include "ascreport/field.hpp"
#include "common.hpp"
#include "exit_codes.hpp"

namespace ascreport::cli {
namespace {

using nlohmann::json;

// What CLI11 shows after an option's names (CLI::Option::get_type_name) is the value's name,
// then ":" and the description of each check; an IsMember check's is its values in braces,
// "{table,csv,json}".
json option_entry(CLI::Option& option) {
    json entry;
    json names = json::array();
    for (const std::string& s : option.get_snames()) names.push_back("-" + s);
    for (const std::string& l : option.get_lnames()) names.push_back("--" + l);
    entry["names"] = names;
    entry["positional"] = option.nonpositional() ? std::string() : option.get_name(true);
    const bool flag = option.get_items_expected_max() == 0;
    std::string value = flag ? std::string() : option.get_type_name();
    json choices = json::array(), checks = json::array();
    std::vector<std::string> descriptions;
    for (int i = 0;; ++i) {  // CLI11 2.1 has no count of an option's checks
        const CLI::Validator* check = nullptr;
        try {
            check = option.get_validator(i);
        } catch (const CLI::OptionNotFound&) {
            break;
        }
        if (const std::string d = check->get_description(); !d.empty()) descriptions.push_back(d);
    }
    for (auto d = descriptions.rbegin(); !flag && d != descriptions.rend(); ++d) {
        value.resize(value.size() - d->size() - 1);  // the name is what is left of get_type_name()
        if (d->size() > 1 && d->front() == '{' && d->back() == '}')
            for (const std::string& choice : CLI::detail::split(d->substr(1, d->size() - 2), ',')) choices.push_back(choice);
        else
            checks.push_back(*d);
    }
    entry["value"] = value;
    entry["choices"] = choices;
    entry["checks"] = checks;  // any other check's description ("POSITIVE", "N >= 2")
    entry["required"] = option.get_required();
    entry["repeatable"] = !flag && option.get_expected_max() > 1;
    entry["description"] = option.get_description();
    return entry;
}

json options_of(CLI::App& app) {
    json options = json::array();
    for (CLI::Option* option : app.get_options())
        if (!option->get_group().empty()) options.push_back(option_entry(*option));
    return options;
}

json command_table(CLI::App& app) {
    json table;
    table["program"] = app.get_name();
    table["version"] = ASCREPORT_VERSION;
    table["description"] = app.get_description();
    table["footer"] = app.get_footer();
    table["options"] = options_of(app);
    json commands = json::array();
    for (CLI::App* sub : app.get_subcommands({})) {
        if (sub->get_group().empty()) continue;  // hidden, as this one
        commands.push_back({{"name", sub->get_name()},
                            {"description", sub->get_description()},
                            {"footer", sub->get_footer()},
                            {"options", options_of(*sub)}});
    }
    table["commands"] = commands;
    // The names FIELD stands for: breakdown's --by and every --where (with the kinds of record
    // that have each), and list's columns (--fields, --sort).
    json fields = json::array();
    for (const Field f : all_fields()) {
        json of = json::array();
        for (const Records r : {Records::Complaints, Records::Concerns, Records::Compliments, Records::Lgsco, Records::Stages})
            if (has_field(r, f)) of.push_back(records_name(r));
        fields.push_back({{"name", field_name(f)}, {"of", of}});
    }
    table["fields"] = fields;
    json list_columns = json::array();
    for (const std::string_view name : list_fields()) list_columns.push_back(name);
    table["list_fields"] = list_columns;
    return table;
}

}  // namespace

Runner setup_command_table(CLI::App& app, Streams io) {
    auto* cmd = app.add_subcommand("command-table", "Print the command line's commands and options as JSON");
    cmd->group("");  // hidden: for the build, not for users
    return [cmd, io]() {
        io.out << command_table(*cmd->get_parent()).dump(2) << '\n';
        return finish_output(io, "ascreport command-table", exit_code::ok);
    };
}

}  // namespace ascreport::cli
