// ascreport: the thin main. Builds the command line from the subcommand table, runs the one
// chosen, and maps failures to exit statuses. Everything else is a library call.
#include <CLI/CLI.hpp>

#include <iostream>
#include <vector>

#include "ascreport/exit_codes.hpp"
#include "cli/commands.hpp"

int main(int argc, char** argv) {
    using namespace ascreport;
    CLI::App app{
        "ascreport: turns a council's Adult Social Care complaint, compliment and Ombudsman\n"
        "exports (CSV) into the Complaints and Representations Annual Report, and answers\n"
        "breakdown questions from the same data.",
        "ascreport"};
    app.set_version_flag("--version", std::string("ascreport ") + ASCREPORT_VERSION);
    app.require_subcommand(1);
    app.footer("Exit status: 0 success, 1 errors in the data, 2 usage or settings errors,\n"
               "3 the output could not be written.\n"
               "Run 'ascreport COMMAND --help' for a command's options and examples.");

    cli::Streams io{std::cout, std::cerr};
    std::vector<std::pair<CLI::App*, cli::Runner>> runners;
    for (cli::Setup setup : cli::kCommands) {
        const std::size_t before = app.get_subcommands({}).size();
        cli::Runner run = setup(app, io);
        runners.emplace_back(app.get_subcommands({}).at(before), std::move(run));
    }

    try {
        app.parse(argc, argv);
    } catch (const CLI::Success& e) {
        return app.exit(e);  // --help, --version
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return exit_code::usage;
    }
    for (auto& [sub, run] : runners)
        if (sub->parsed()) return run();
    return exit_code::usage;
}
