// The manual pages the build makes (packaging/make-manpages, from `ascreport command-table`):
// one for the program and one for each command, each rendering in man without a warning and
// listing every option the command's --help lists, with its examples and exit status.
#include <algorithm>
#include <filesystem>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "help_listing.hpp"
#include "test_support.hpp"

namespace {

namespace fs = std::filesystem;

const fs::path kManDir = fs::path(::test::generated_dir()) / "man";

// The page as man shows it in an 80-column terminal; fails on any warning groff gives.
std::string rendered(const fs::path& page) {
    test::require_tool("man", "man-db");
    REQUIRE(fs::is_regular_file(page));
    const auto r = test::shell("MANWIDTH=80 LC_ALL=C.UTF-8 man --warnings -E UTF-8 -l '" + page.string() + "'");
    INFO(page.string() << ": " << r.err);
    REQUIRE(r.status == 0);
    CHECK(r.err.empty());
    return r.out;
}

// Whether `word` stands on its own in `text` (not as part of --data-dir for --data).
bool has_word(const std::string& text, const std::string& word) {
    const std::regex escaped(R"([.^$|()\[\]{}*+?\\])");
    const std::regex whole("(^|[\\s,\\[])" + std::regex_replace(word, escaped, R"(\$&)") + "($|[\\s,\\]=])");
    return std::regex_search(text, whole);
}

// The commands of a rendered page's EXAMPLES, each line continued with " \\" joined to the next.
std::vector<std::string> examples_of(const std::string& page) {
    const std::size_t start = page.find("\nEXAMPLES\n"), end = page.find("\nEXIT STATUS\n");
    REQUIRE(start != std::string::npos);
    REQUIRE(end > start);
    std::vector<std::string> commands;
    std::istringstream lines(page.substr(start + 10, end - start - 10));
    bool continued = false;
    for (std::string line; std::getline(lines, line);) {
        line.erase(0, line.find_first_not_of(' '));
        if (line.empty()) continue;
        if (continued) commands.back() += " " + line; else commands.push_back(line);
        continued = commands.back().size() >= 2 && commands.back().compare(commands.back().size() - 2, 2, " \\") == 0;
        if (continued) commands.back().resize(commands.back().size() - 2);
    }
    return commands;
}

}  // namespace

TEST_CASE("manual pages: ascreport(1) names every command, its own options and each command's page") {
    const std::string page = rendered(kManDir / "ascreport.1.gz");
    CHECK(page.find("ascreport - turns a council's complaint, compliment and Ombudsman case exports") != std::string::npos);
    for (const std::string& command : test::help_commands()) {
        INFO(command);
        CHECK(has_word(page, command));
        CHECK(page.find("ascreport-" + command + "(1)") != std::string::npos);
    }
    for (const std::string& option : test::help_options("")) {
        INFO(option);
        CHECK(has_word(page, option));
    }
    CHECK(page.find("EXIT STATUS") != std::string::npos);
    CHECK(page.find("/usr/share/ascreport/data-samples/") != std::string::npos);
    // A hidden command is for the build, not for users.
    CHECK(page.find("command-table") == std::string::npos);
}

TEST_CASE("manual pages: each command's page lists every option its --help lists, its examples and exit status") {
    const auto commands = test::help_commands();
    for (const std::string& command : commands) {
        INFO("ascreport-" << command << ".1.gz");
        const std::string page = rendered(kManDir / ("ascreport-" + command + ".1.gz"));
        CHECK(page.find("ascreport-" + command + " - ") != std::string::npos);  // NAME, for whatis
        for (const std::string& option : test::help_options(command)) {
            INFO(option);
            CHECK(has_word(page, option));
        }
        CHECK(page.find("EXAMPLES") != std::string::npos);
        // Each example of the help, as the shell reads it (a long one continued with "\").
        const auto examples = test::help_section(test::run(command + " --help").out, "Examples:");
        const auto shown = examples_of(page);
        CHECK_FALSE(examples.empty());
        for (const std::string& example : examples) {
            INFO(example);
            CHECK(std::find(shown.begin(), shown.end(), example.substr(2)) != shown.end());
        }
        CHECK(page.find("EXIT STATUS") != std::string::npos);
        CHECK(page.find("SEE ALSO") != std::string::npos);
    }
    // No page for a command the program no longer has.
    std::size_t pages = 0;
    for (const auto& entry : fs::directory_iterator(kManDir)) pages += entry.path().extension() == ".gz";
    CHECK(pages == commands.size() + 1);
}

TEST_CASE("manual pages: an example too long for the terminal is continued with a backslash, pasting as one command") {
    const std::string page = rendered(kManDir / "ascreport-list.1.gz");
    // In the help: ascreport list --data data-samples --year 2023/24 --route all --where outcome=Open
    //   --fields reference,received,service_area,open_working_days --sort open_working_days:desc
    CHECK(page.find("ascreport list --data data-samples --year 2023/24 --route all \\\n"
                    "               --where outcome=Open \\\n"
                    "               --fields reference,received,service_area,open_working_days \\\n"
                    "               --sort open_working_days:desc\n") != std::string::npos);
    std::size_t start = 0;
    for (std::size_t end; (end = page.find('\n', start)) != std::string::npos; start = end + 1) {
        const std::string line = page.substr(start, end - start);
        const auto characters = std::count_if(line.begin(), line.end(), [](char c) { return (c & 0xC0) != 0x80; });
        INFO(line);
        CHECK(characters <= 80);
    }
}
