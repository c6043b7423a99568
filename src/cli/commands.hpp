// The subcommand table. Each subcommand lives in its own file (src/cli/NAME.cpp) with its
// options and help text side by side; adding one means one new file and one line below.
#pragma once

#include <functional>
#include <iosfwd>

namespace CLI {
class App;
}

namespace ascreport::cli {

struct Streams {
    std::ostream& out;
    std::ostream& err;
};

// Adds the subcommand to `app`, and returns what runs it once the command line is parsed
// (its exit status, see ascreport/exit_codes.hpp).
using Runner = std::function<int()>;
using Setup = Runner (*)(CLI::App& app, Streams io);

Runner setup_validate(CLI::App& app, Streams io);
Runner setup_breakdown(CLI::App& app, Streams io);
Runner setup_list(CLI::App& app, Streams io);
Runner setup_figures(CLI::App& app, Streams io);
Runner setup_report(CLI::App& app, Streams io);
Runner setup_init(CLI::App& app, Streams io);
Runner setup_check_template(CLI::App& app, Streams io);
Runner setup_command_table(CLI::App& app, Streams io);  // hidden, for packaging/

inline constexpr Setup kCommands[] = {
    setup_validate,
    setup_breakdown,
    setup_list,
    setup_figures,
    setup_report,
    setup_init,
    setup_check_template,
    setup_command_table,
};

}  // namespace ascreport::cli
