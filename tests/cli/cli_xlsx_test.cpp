// End-to-end: --format xlsx. A workbook is opened with openpyxl (python3-openpyxl) and its
// values compared with the CSV of the same question; the bytes are the same under the same
// SOURCE_DATE_EPOCH.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

#include "test_support.hpp"

namespace fs = std::filesystem;

namespace {

using test::run;
using test::shell;
using test::TempDir;

// Reads a workbook's first sheet and a CSV file, and prints "same" when they hold the same
// header and values: a percent cell (format 0%) as its whole percent, a one-decimal cell with
// one decimal, a date as YYYY-MM-DD, an empty cell as empty; the CSV's apostrophe before a
// formula-like text is the CSV's own escaping. Then the layout: a bold, frozen header with a
// filter. Prints what differs otherwise.
constexpr const char* kCompare = R"(import csv, datetime, sys
import openpyxl
book = openpyxl.load_workbook(sys.argv[1])
ws = book.worksheets[0]
def shown(cell):
    v = cell.value
    if v is None: return ''
    if isinstance(v, datetime.datetime): return v.date().isoformat()
    if isinstance(v, bool): return str(v)
    if isinstance(v, (int, float)):
        if cell.number_format == '0%': return str(round(v * 100))
        if cell.number_format == '0.0': return '%.1f' % v
        return str(int(v)) if float(v).is_integer() else repr(v)
    return str(v)
got = [[shown(c) for c in row] for row in ws.iter_rows()]
with open(sys.argv[2], newline='') as f:
    want = [[c[1:] if c[:2] in ("'=", "'+", "'-", "'@") else c for c in row] for row in csv.reader(f)]
if got != want:
    for g, w in zip(got, want):
        if g != w: print('xlsx', g, '\ncsv ', w)
    print('rows', len(got), len(want))
elif ws.freeze_panes != 'A2' or ws.auto_filter.ref is None or not ws['A1'].font.b:
    print('layout', ws.freeze_panes, ws.auto_filter.ref, ws['A1'].font.b)
else:
    print('same')
)";

constexpr const char* kPython = "/usr/bin/python3";

std::string bytes_of(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The sample data folder, quoted for the shell.
std::string samples() { return "--data '" + (fs::path(::test::source_dir()) / "data-samples").string() + "'"; }

// Writes ARGS as csv and as xlsx and compares them with openpyxl.
std::string compare(const TempDir& t, const std::string& args) {
    // Debian's python3, which python3-openpyxl installs for (not another python3 on the PATH).
    test::require_tool(kPython, "python3");
    if (shell(std::string(kPython) + " -c 'import openpyxl'").status != 0)
        FAIL("openpyxl is missing: install the Debian package python3-openpyxl (scripts/install-deps does)");
    const auto script = t.write("compare.py", kCompare);
    const auto csv = run(args + " --format csv", "", (t.path() / "out.csv").string());
    REQUIRE(csv.status == 0);
    const auto xlsx = run(args + " --format xlsx --out '" + (t.path() / "out.xlsx").string() + "'");
    REQUIRE(xlsx.status == 0);
    CHECK(xlsx.out == "");
    const auto r = shell(std::string(kPython) + " '" + script.string() + "' '" + (t.path() / "out.xlsx").string() + "' '" +
                         (t.path() / "out.csv").string() + "'");
    INFO(r.err);
    return r.out;
}

}  // namespace

TEST_CASE("e2e: a breakdown's xlsx holds its csv's values, hidden counts, percents and measures too", "[xlsx]") {
    const TempDir t;
    CHECK(compare(t, "breakdown " + samples() +
                         " --year 2023/24 --by service_area,outcome --percent row --compare --measure working_days "
                         "--suppress-below 3") == "same\n");
    CHECK(compare(t, "breakdown " + samples() + " --year 2023/24 --of compliments --by month --compare") == "same\n");
}

TEST_CASE("e2e: a list's xlsx holds its csv's values, dates as dates", "[xlsx][list]") {
    const TempDir t;
    CHECK(compare(t, "list " + samples() +
                         " --year 2023/24 --route all --fields reference,received,responded,service_area,timescale,"
                         "working_days,open_working_days") == "same\n");
}

TEST_CASE("e2e: xlsx is byte-identical under the same SOURCE_DATE_EPOCH", "[xlsx]") {
    const TempDir t;
    const std::string args = "breakdown " + samples() + " --year 2023/24 --by outcome --format xlsx --out ";
    auto out = [&](const char* name) { return "'" + (t.path() / name).string() + "'"; };
    REQUIRE(run(args + out("a.xlsx"), "SOURCE_DATE_EPOCH=1700000000").status == 0);
    REQUIRE(run(args + out("b.xlsx"), "SOURCE_DATE_EPOCH=1700000000").status == 0);
    REQUIRE(run(args + out("c.xlsx"), "SOURCE_DATE_EPOCH=1600000000").status == 0);
    CHECK(bytes_of(t.path() / "a.xlsx").size() > 1000);
    CHECK(bytes_of(t.path() / "a.xlsx") == bytes_of(t.path() / "b.xlsx"));
    CHECK(bytes_of(t.path() / "a.xlsx") != bytes_of(t.path() / "c.xlsx"));  // the creation time is in it
    // No clock in it: every time the workbook holds is SOURCE_DATE_EPOCH's moment (14 November
    // 2023, 22:13:20 UTC) or the zip format's fixed 1 January 1980, in every part.
    test::require_tool(kPython, "python3");
    const auto times = shell(std::string(kPython) + " -c \"import re, sys, zipfile\n"
                             "z = zipfile.ZipFile(sys.argv[1])\n"
                             "print(sorted({'%04d-%02d-%02d %02d:%02d:%02d' % i.date_time for i in z.infolist()}))\n"
                             "print(sorted({t.decode() for n in z.namelist() for t in re.findall(rb'[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z?', z.read(n))}))\n"
                             "\" " + out("a.xlsx"));
    INFO(times.err);
    CHECK(times.out == "['1980-01-01 00:00:00']\n['2023-11-14T22:13:20Z']\n");
}

TEST_CASE("e2e: xlsx needs --out, and a file it cannot write is exit 3 with nothing left behind", "[xlsx]") {
    const TempDir t;
    auto r = run("breakdown " + samples() + " --year 2023/24 --by outcome --format xlsx");
    CHECK(r.status == 2);
    CHECK(r.err == "ascreport breakdown: --format xlsx writes a file: give it with --out FILE.xlsx\n");
    r = run("list " + samples() + " --year 2023/24 --out x.xlsx");
    CHECK(r.status == 2);
    CHECK(r.err == "ascreport list: --out is for --format xlsx; the other formats print to standard output\n");
    r = run("breakdown " + samples() + " --year 2023/24 --by outcome --format xlsx --out '" +
            (t.path() / "no-such-folder" / "x.xlsx").string() + "'");
    CHECK(r.status == 3);
    CHECK(r.err.find("; nothing was written\n") != std::string::npos);
    CHECK_FALSE(fs::exists(t.path() / "no-such-folder"));
    r = run("breakdown " + samples() + " --year 2023/24 --by outcome --format xlsx --out '" +
            (t.path() / "y.xlsx").string() + "'", "SOURCE_DATE_EPOCH=soon");
    CHECK(r.status == 2);
    CHECK_FALSE(fs::exists(t.path() / "y.xlsx"));
}

TEST_CASE("e2e: figures xlsx: key figures, a sheet per table, charts beside those a template can chart", "[xlsx]") {
    const TempDir t;
    test::require_tool(kPython, "python3");
    const std::string book = (t.path() / "figures.xlsx").string();
    REQUIRE(run("figures " + samples() + " --year 2023/24 --suppress-below 5 --format xlsx --out '" + book + "'",
                "SOURCE_DATE_EPOCH=1700000000")
                .status == 0);
    const auto script = t.write("look.py", R"(import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
print(','.join(book.sheetnames))
print('charts', ','.join(ws.title for ws in book.worksheets if ws._charts))
key = {r[0]: r[1:] for r in book['key_figures'].iter_rows(min_row=2, values_only=True)}
print('median %.1f %.1f' % key['statutory_complaints.median_working_days'])
money = [r for r in book['key_figures'].iter_rows(min_row=2) if r[0].value == 'ombudsman.financial_remedy'][0][1]
print('money', money.value, money.number_format)
print('age_band', [r for r in book['age_band'].iter_rows(min_row=2, values_only=True)])
print('months', book['complaints_vs_compliments']['A2'].value, book['complaints_vs_compliments'].max_row)
)");
    const auto r = shell(std::string(kPython) + " '" + script.string() + "' '" + book + "'");
    INFO(r.err);
    std::istringstream lines(r.out);
    std::string line;
    std::getline(lines, line);
    CHECK(line ==
          "key_figures,route,outcome,method,service_area,timescale,gender,age_band,ethnicity,disability,month,"
          "provider,category,compliments_month,compliments_by_service_area,compliments_by_source,lgsco_decided,"
          "regional,"
          "adult_stage1_outcome,adult_stage1_timing,adult_stage1_acknowledged,adult_ombudsman,"
          "adult_complainant,adult_advocate,adult_dispute_resolution,adult_remedies,adult_refused,"
          "adult_fault_reasons,children_stage1_outcome,children_stage1_timing,children_stage1_escalated,"
          "children_stage2_outcome,children_stage2_timing,children_stage2_escalated,"
          "children_stage3_outcome,children_stage3_timing,children_ombudsman,children_complainant,"
          "children_advocate,children_dispute_resolution,children_remedies,children_refused,"
          "children_fault_reasons,corporate_stage1_outcome,corporate_stage1_timing,"
          "corporate_stage1_acknowledged,corporate_stage1_escalated,corporate_stage2_outcome,"
          "corporate_stage2_timing,corporate_stage2_acknowledged,corporate_ombudsman,"
          "corporate_complainant,corporate_advocate,corporate_dispute_resolution,corporate_remedies,"
          "corporate_refused,corporate_fault_reasons,corporate_stage1_service_area,corporate_stage2_service_area,"
          "corporate_stage1_outside_limits,corporate_stage2_outside_limits,children_service_area,children_gender,"
          "children_age_band,children_ethnicity,children_disability,corporate_service_area,complaints_vs_compliments");
    std::getline(lines, line);
    CHECK(line ==
          "charts route,outcome,method,service_area,timescale,gender,age_band,ethnicity,disability,month,provider,"
          "category,compliments_month,lgsco_decided,regional,"
          // The regimes' tables, which templates can chart too; not the free-text ones with no
          // rows here (the adult refused and fault reasons: the sample's adult records have none).
          "adult_stage1_outcome,adult_stage1_timing,adult_stage1_acknowledged,adult_ombudsman,"
          "adult_complainant,adult_advocate,adult_dispute_resolution,adult_remedies,"
          "children_stage1_outcome,children_stage1_timing,children_stage1_escalated,"
          "children_stage2_outcome,children_stage2_timing,children_stage2_escalated,"
          "children_stage3_outcome,children_stage3_timing,children_ombudsman,children_complainant,"
          "children_advocate,children_dispute_resolution,children_remedies,children_refused,"
          "children_fault_reasons,corporate_stage1_outcome,"
          "corporate_stage1_timing,corporate_stage1_acknowledged,corporate_stage1_escalated,"
          "corporate_stage2_outcome,corporate_stage2_timing,corporate_stage2_acknowledged,"
          "corporate_ombudsman,corporate_complainant,corporate_advocate,corporate_dispute_resolution,"
          "corporate_remedies,corporate_refused,corporate_fault_reasons,corporate_stage1_service_area,"
          "corporate_stage2_service_area,corporate_stage1_outside_limits,corporate_stage2_outside_limits,"
          "children_service_area,children_gender,children_age_band,children_ethnicity,children_disability,"
          "corporate_service_area,complaints_vs_compliments");
    std::getline(lines, line);
    CHECK(line == "median 21.0 16.0");  // as `figures --format text` prints them
    std::getline(lines, line);
    CHECK(line == "money 750 \u00a3#,##0.00");  // 75000 pence, in pounds
    std::getline(lines, line);
    // Below 5, the small counts of an equality table stay hidden in the workbook.
    CHECK(line.find("'*'") != std::string::npos);
    std::getline(lines, line);
    CHECK(line == "months 2023-04 13");
}
