// The sample's children's and corporate complaints (issue 20): scripts/make-sample-data.py
// --check recomputes every figure of `regimes` from data-samples/ in Python, independently of
// the C++ (the time limits restated from docs/settings.md, its own working-day count), asserts
// them against the targets the generator aimed at, and with --tool compares each of them with
// what the built ascreport's `figures --format json` prints for both years, and the Ombudsman
// figures of every service and of the adult report beside them.
#include <catch2/catch.hpp>

#include <filesystem>

#include "test_support.hpp"

namespace fs = std::filesystem;
using test::shell;
using test::TempDir;

namespace {

constexpr const char* kPython = "/usr/bin/python3";  // Debian's (3.11: tomllib), as .ci/run uses

std::string check_command(const std::string& tool) {
    const fs::path source = ::test::source_dir();
    return std::string(kPython) + " '" + (source / "scripts/make-sample-data.py").string() + "' --check --tool '" + tool +
           "'";
}

// The check run against the real tool whose figures JSON has `changes` (Python statements on
// the JSON `d`, each ending in "; ") made on its way out.
test::RunResult check_with_changed_tool(const std::string& changes) {
    TempDir t;
    const auto tool = t.write("ascreport", std::string("#!/bin/sh\n'") + ::test::binary() + "' \"$@\" | " + kPython +
                                               " -c 'import json, sys; d = json.load(sys.stdin); " + changes +
                                               "json.dump(d, sys.stdout)'\n");
    fs::permissions(tool, fs::perms::owner_all);
    return shell(check_command(tool.string()));
}

}  // namespace

TEST_CASE("sample data: the tool's regimes figures equal the independent Python computation") {
    test::require_tool(kPython, "python3");
    const auto r = shell(check_command(::test::binary()));
    INFO(r.out << r.err);
    CHECK(r.status == 0);
    CHECK(r.out.find("ok   tool agrees (ascreport) 2022/23: []") != std::string::npos);
    CHECK(r.out.find("ok   tool agrees (ascreport) 2023/24: []") != std::string::npos);
    CHECK(r.out.find("ok   children escalation 1->2 2023/24: 12% (21 of 175)") != std::string::npos);
    CHECK(r.out.find("ok   corporate escalation 1->2 2023/24: 10% (126 of 1233)") != std::string::npos);
    CHECK(r.out.ends_with("all checks passed\n"));
}

TEST_CASE("sample data: --check --tool fails when a regimes figure differs") {
    test::require_tool(kPython, "python3");
    // The real tool, with one figure changed on its way out: children's stage 2 received.
    const auto r = check_with_changed_tool("d[\"regimes\"][\"children\"][\"stage_2\"][\"received\"] += 1; ");
    INFO(r.out << r.err);
    CHECK(r.status == 1);
    CHECK(r.out.find("FAIL tool agrees (ascreport) 2023/24: ['children.stage_2.received: tool 24, check 23']") !=
          std::string::npos);
    CHECK(r.out.find("FAIL tool agrees (ascreport) 2022/23: ['children.stage_2.received: tool 19, check 18']") !=
          std::string::npos);
}

TEST_CASE("sample data: --check --tool fails when an Ombudsman figure differs") {
    test::require_tool(kPython, "python3");
    // Every service's cases received, and the adult report's still open (cases of adult
    // complaints only), one more each on the tool's way out.
    const auto r = check_with_changed_tool("d[\"ombudsman\"][\"every_service\"][\"received\"] += 1; "
                                           "d[\"ombudsman\"][\"still_open\"] += 1; ");
    INFO(r.out << r.err);
    CHECK(r.status == 1);
    CHECK(r.out.find("FAIL tool agrees (ascreport) 2023/24: ['ombudsman.every_service.received: tool 22, check 21', "
                     "'ombudsman.still_open: tool 2, check 1']") != std::string::npos);
    CHECK(r.out.find("FAIL tool agrees (ascreport) 2022/23: ['ombudsman.every_service.received: tool 16, check 15', "
                     "'ombudsman.still_open: tool 1, check 0']") != std::string::npos);
}
