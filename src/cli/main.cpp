// ascreport: the thin main. Builds the command line from the subcommand table, runs the one
// chosen, and maps failures to exit statuses. Everything else is a library call.
#include <CLI/CLI.hpp>

#include <iostream>
#include <optional>
#include <vector>

#include <unistd.h>

#include "ascreport/edit_distance.hpp"
#include "exit_codes.hpp"
#include "ascreport/terminal.hpp"
#include "commands.hpp"

int main(int argc, char** argv) {
    using namespace ascreport;
    CLI::App app{
        "ascreport: turns a council's complaint, compliment and Ombudsman case exports (CSV)\n"
        "into the complaints reports it publishes (the adult social care Complaints and\n"
        "Representations Annual Report, the children's social care annual report, the\n"
        "Complaint Handling Code's annual report, a quarterly committee report), and answers\n"
        "breakdown questions from the same data.",
        "ascreport"};
    app.set_version_flag("--version", std::string("ascreport ") + ASCREPORT_VERSION);
    app.require_subcommand(1);
    app.footer("Exit status: 0 success, 1 errors in the data, 2 usage or settings errors,\n"
               "3 the output could not be written, 4 report --final: the report is not ready to publish.\n"
               "Run 'ascreport COMMAND --help' for a command's options and examples.");

    // Every message goes through terminal_safe (ascreport/terminal.hpp): it may quote a CSV value,
    // a narrative or a settings key. So does standard output when it is a terminal, whatever the
    // format; piped or redirected, csv and json stay exact data (each command escapes its
    // human-readable formats itself).
    TerminalSafeStream err(std::cerr);
    std::optional<TerminalSafeStream> tty_out;
    if (::isatty(STDOUT_FILENO)) tty_out.emplace(std::cout);
    cli::Streams io{tty_out ? static_cast<std::ostream&>(*tty_out) : std::cout, err};
    std::vector<std::pair<CLI::App*, cli::Runner>> runners;
    for (cli::Setup setup : cli::kCommands) {
        const std::size_t before = app.get_subcommands({}).size();
        cli::Runner run = setup(app, io);
        runners.emplace_back(app.get_subcommands({}).at(before), std::move(run));
    }

    // A first word that is no command: say so by name (CLI11 would say only that the argument
    // "was not expected"), with the nearest command.
    if (argc > 1 && argv[1][0] != '-') {
        const std::string word = argv[1];
        std::string names, nearest;
        std::size_t best = SIZE_MAX;
        bool known = false;
        for (const auto* sub : app.get_subcommands({})) {
            known = known || sub->get_name() == word;
            if (sub->get_group().empty()) continue;  // hidden (command-table): not offered
            names += (names.empty() ? "" : ", ") + sub->get_name();
            if (const std::size_t d = edit_distance(word, sub->get_name()); d < best) best = d, nearest = sub->get_name();
        }
        if (!known) {
            err << "ascreport: \"" << word << "\" is not a command; the commands are " << names
                      << (best <= 2 ? "; did you mean " + nearest + "?" : std::string())
                      << " (ascreport --help describes them)\n";
            return exit_code::usage;
        }
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::Success& e) {
        return app.exit(e, io.out, err);  // --help, --version
    } catch (const CLI::ParseError& e) {
        app.exit(e, io.out, err);
        return exit_code::usage;
    }
    for (auto& [sub, run] : runners)
        if (sub->parsed()) return run();
    return exit_code::usage;
}
