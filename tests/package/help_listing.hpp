// What `ascreport --help` and `ascreport COMMAND --help` list, read from the help text itself:
// the manual pages and the completion are made from the program's command table, and the
// tests hold them against the help a user sees, not against that table.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace test {

// The lines of one section of a help text ("Subcommands:", "Options:"), up to a blank line.
inline std::vector<std::string> help_section(const std::string& help, const std::string& title) {
    std::vector<std::string> lines;
    std::istringstream in(help);
    bool inside = false;
    for (std::string line; std::getline(in, line);) {
        if (line == title) {
            inside = true;
        } else if (inside && line.empty()) {
            break;
        } else if (inside) {
            lines.push_back(line);
        }
    }
    return lines;
}

// The commands `ascreport --help` lists.
inline std::vector<std::string> help_commands() {
    const RunResult r = run("--help");
    REQUIRE(r.status == 0);
    std::vector<std::string> commands;
    for (const std::string& line : help_section(r.out, "Subcommands:"))
        commands.push_back(line.substr(2, line.find(' ', 2) - 2));
    REQUIRE(commands.size() >= 7);
    return commands;
}

// Every option name `ascreport COMMAND --help` lists ("-h", "--help", "--data", ...), and the
// names of its positional arguments ("DIR"); `command` empty for the program's own.
inline std::vector<std::string> help_options(const std::string& command) {
    const RunResult r = run(command + " --help");
    REQUIRE(r.status == 0);
    std::vector<std::string> names;
    for (const std::string& line : help_section(r.out, "Options:")) {
        if (line.rfind("  -", 0) != 0) continue;  // a description carried onto its own line
        std::istringstream spec(line.substr(2, line.find(' ', 2) - 2));
        for (std::string name; std::getline(spec, name, ',');) names.push_back(name);
    }
    for (const std::string& line : help_section(r.out, "Positionals:"))
        if (line.rfind("  ", 0) == 0 && line.size() > 2 && line[2] != ' ') names.push_back(line.substr(2, line.find(' ', 2) - 2));
    REQUIRE(names.size() >= 2);
    return names;
}

}  // namespace test
