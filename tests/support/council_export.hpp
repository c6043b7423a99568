// A council's complaints export, generated: the same 200-odd records written twice, once as
// the input contract says (write_contract) and once the way a case-management system exports
// them (write_export: its own headers, a column per stage, "Partially Upheld", "E-mail", "Not
// Known", date-times and month names, concerns kept in complaint columns, Windows-1252, CRLF,
// rows of empty cells at the end, and the report.toml that maps it). The end-to-end tests of
// the loader (tests/cli/council_export_test.cpp) and of the HTML edition use it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ascreport/date.hpp"
#include "test_support.hpp"

namespace test::council_export {

using ascreport::Date;

struct Record {
    std::string reference;
    Date received;
    std::optional<Date> responded;
    int route = 0;        // Statutory, Informal, Corporate
    int outcome = -1;     // Upheld, Partly upheld, Not upheld, Withdrawn; -1 open
    int stage1 = -1;      // the stage 1 outcome when the complaint went to stage 2
    int method = 0;
    int area = 0;
    int provider = -1;
    int gender = -1;      // -1 empty, 3 "Not Known"
    int age = -1;         // -1 empty, 6 "Not Known"
    int ethnicity = -1;   // -1 empty, 3 "Not Known"
    int disability = -1;  // -1 empty, 3 "Not Known"
    bool extended = false;
    std::vector<int> categories;
};

// The records, the same every run.
std::vector<Record> make_records();
void write_contract(const TempDir& d, const std::vector<Record>& records);
void write_export(const TempDir& d, const std::vector<Record>& records);

}  // namespace test::council_export
