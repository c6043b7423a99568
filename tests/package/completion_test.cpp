// The bash completion the build makes (packaging/make-completion, from `ascreport
// command-table`), in a scripted bash session: the script is sourced as bash-completion would,
// and its function is called as bash calls it when TAB is pressed after the words given.
#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "help_listing.hpp"
#include "test_support.hpp"

namespace {

namespace fs = std::filesystem;

const fs::path kCompletion = fs::path(::test::generated_dir()) / "completion" / "ascreport";

std::string quoted(const std::string& word) {
    std::string out = "'";
    for (const char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// What TAB offers after `words` (the last one is the word being completed, "" for a new one),
// sorted; `setup` runs first (cd, PATH).
std::vector<std::string> complete(const std::vector<std::string>& words, const std::string& setup = "") {
    test::TempDir d;
    const fs::path session = d.write("session.sh", R"(source "$1"; shift
spec=$(complete -p ascreport) || exit 1
function=${spec#*-F }; function=${function%% *}
COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}; COMPREPLY=()
"$function" ascreport "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
printf '%s\n' "${COMPREPLY[@]}"
)");
    std::string command = setup + " bash --norc --noprofile " + quoted(session.string()) + " " + quoted(kCompletion.string());
    for (const std::string& word : words) command += " " + quoted(word);
    const auto r = test::shell(command);
    INFO(command << "\n" << r.err);
    REQUIRE(r.status == 0);
    CHECK(r.err.empty());
    std::vector<std::string> offered;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);)
        if (!line.empty()) offered.push_back(line);
    std::sort(offered.begin(), offered.end());
    return offered;
}

using Words = std::vector<std::string>;

bool contains(const Words& words, const std::string& word) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

}  // namespace

TEST_CASE("completion: the commands --help lists, and no hidden one") {
    REQUIRE(fs::is_regular_file(kCompletion));
    const Words offered = complete({"ascreport", ""});
    for (const std::string& command : test::help_commands()) {
        INFO(command);
        CHECK(contains(offered, command));
    }
    CHECK_FALSE(contains(offered, "command-table"));
    CHECK(complete({"ascreport", "br"}) == Words{"breakdown"});
    CHECK(complete({"ascreport", "--v"}) == Words{"--version"});
}

TEST_CASE("completion: each command's options are those its --help lists") {
    for (const std::string& command : test::help_commands()) {
        INFO(command);
        const Words offered = complete({"ascreport", command, "--"});
        for (const std::string& option : test::help_options(command)) {
            INFO(option);
            if (option.rfind("--", 0) == 0) CHECK(contains(offered, option));
        }
        for (const std::string& option : offered) {
            INFO(option);
            CHECK(contains(test::help_options(command), option));
        }
    }
    CHECK(complete({"ascreport", "breakdown", "--fo"}) == Words{"--format"});
    // An option taken once is not offered again; --where may repeat.
    const Words after = complete({"ascreport", "breakdown", "--format", "csv", "--where", "outcome=Upheld", "--"});
    CHECK_FALSE(contains(after, "--format"));
    CHECK(contains(after, "--where"));
}

TEST_CASE("completion: field names for --by, --where, --fields and --sort, as --of chooses") {
    CHECK(complete({"ascreport", "breakdown", "--by", "serv"}) == Words{"service_area"});
    CHECK(complete({"ascreport", "breakdown", "--by", "service_area,out"}) == Words{"service_area,outcome"});
    CHECK(complete({"ascreport", "breakdown", "--where", "outc"}) == Words{"outcome="});
    CHECK(complete({"ascreport", "breakdown", "--of", "lgsco", "--by", "dec"}) == Words{"decided_year", "decision"});
    CHECK(complete({"ascreport", "breakdown", "--of", "compliments", "--by", "s"}) == Words{"service_area", "source"});
    CHECK(complete({"ascreport", "breakdown", "--by", "s"}) == Words{"service_area", "subcategory"});
    CHECK(complete({"ascreport", "list", "--fields", "reference,rec"}) == Words{"reference,received"});
    CHECK(complete({"ascreport", "list", "--sort", "open"}) == Words{"open_working_days"});
    CHECK(complete({"ascreport", "list", "--where", "time"}) == Words{"timescale="});
    // list cannot select complaints by a concern's category (a complaint may raise several)
    CHECK(complete({"ascreport", "list", "--where", "c"}).empty());
    CHECK(complete({"ascreport", "breakdown", "--where", "c"}) == Words{"category="});
}

TEST_CASE("completion: the values an option accepts, and nothing for a free value") {
    CHECK(complete({"ascreport", "breakdown", "--format", "j"}) == Words{"json"});
    CHECK(complete({"ascreport", "figures", "--format", ""}) == Words{"json", "text", "xlsx"});
    CHECK(complete({"ascreport", "breakdown", "--of", "c"}) == Words{"complaints", "compliments", "concerns"});
    CHECK(complete({"ascreport", "breakdown", "--route", "a"}) == Words{"all"});
    CHECK(complete({"ascreport", "breakdown", "--year", ""}).empty());
    // --option=value: bash reads the = as a word of its own
    CHECK(complete({"ascreport", "breakdown", "--format", "=", "c"}) == Words{"csv"});
}

TEST_CASE("completion: folders for --data, files for --settings, and the templates shipped beside the program") {
    test::TempDir d;
    fs::create_directories(d.path() / "exports" / "2024");
    d.write("exports.csv", "");
    d.write("report.toml", "");
    const std::string here = "cd " + quoted(d.str()) + " &&";
    CHECK(complete({"ascreport", "validate", "--data", "exp"}, here) == Words{"exports"});
    CHECK(complete({"ascreport", "validate", "--settings", "rep"}, here) == Words{"report.toml"});

    // An ascreport installed under a prefix: PREFIX/bin/ascreport, PREFIX/share/ascreport/...
    const fs::path prefix = d.path() / "prefix";
    const fs::path shipped = prefix / "share/ascreport/report-templates/annual-report";
    d.write("prefix/bin/ascreport", "#!/bin/sh\n");
    fs::permissions(prefix / "bin/ascreport", fs::perms::owner_all);
    d.write("prefix/share/ascreport/report-templates/annual-report/template.toml", "");
    d.write("prefix/share/ascreport/report-templates/not-a-template/README.md", "");
    const std::string installed = here + " PATH=" + quoted((prefix / "bin").string()) + ":\"$PATH\"";
    const Words offered = complete({"ascreport", "report", "--template", ""}, installed);
    CHECK(contains(offered, fs::canonical(shipped).string()));
    CHECK(contains(offered, "exports"));
    CHECK_FALSE(contains(offered, fs::canonical(prefix / "share/ascreport/report-templates/not-a-template").string()));
    CHECK(complete({"ascreport", "check-template", fs::canonical(prefix).string() + "/share/ascreport/report-templates/a"},
                   installed) == Words{fs::canonical(shipped).string()});
}
