// A complaints export as a case-management system writes one, for the `ascreport init` tests:
// its own headers, "Stage 1", "Partially Upheld", "E-mail", "Telephone", "Not Known", date-times
// "01/04/2023 09:15", its own age bands, Windows-1252 bytes (0x92, a curly apostrophe; 0xE9, é),
// a quoted note with a line break, CRLF line ends, and rows of empty cells at the end.
#pragma once

#include <cstdio>
#include <string>

namespace test {

// 200 complaints. What init should find (the tests assert it):
//   Stage: "Stage 1" 180, "Stage 2" 20 (no route it can place)
//   Contact Method: "E-mail" 90, "Telephone" 60, "Letter" 30, "Online Form" 15, "Fax" 5
//   Outcome: "Partially Upheld" 50, "Upheld" 50, "Not Upheld" 40, "Withdrawn" 40, 20 open
//   Gender: "Female" 80, "Male" 80, "Not Known" 40
//   Age Range: "18-24" 25, "25-44" 50, "45-64" 75, "65+" 25, "Not Known" 25
//   Ethnic Origin: "White British" 100, "Asian or Asian British" 50, "Not Stated" 50
//   Disability: "No" 67, "Not Known" 67, "Yes" 66
//   Team: "Older People’s Team" 100 (0x92 on line 3), "Hospital Discharge" 100
inline std::string case_system_export() {
    std::string out = "Case Reference,Date Received,Date Closed,Team,Stage,Contact Method,Outcome,Gender,Age Range,"
                      "Ethnic Origin,Disability,Notes\r\n";
    for (int i = 1; i <= 200; ++i) {
        char received[32], closed[32], reference[32];
        const int day = (i - 1) % 28 + 1, month = 4 + (i - 1) / 28;
        const bool is_closed = i % 10 != 0;
        std::snprintf(reference, sizeof reference, "ASC/2023/%04d", i);
        std::snprintf(received, sizeof received, "%02d/%02d/2023 09:15", day, month);
        std::snprintf(closed, sizeof closed, "%02d/%02d/2023 16:40", day, month + 1);
        const char* method = i <= 90 ? "E-mail" : i <= 150 ? "Telephone" : i <= 180 ? "Letter" : i <= 195 ? "Online Form" : "Fax";
        const char* outcomes[] = {"Withdrawn", "Partially Upheld", "Not Upheld", "Upheld"};
        const char* ages[] = {"18-24", "25-44", "25-44", "45-64", "45-64", "45-64", "65+", "Not Known"};
        const char* disabilities[] = {"Yes", "No", "Not Known"};
        out += std::string(reference) + ',' + received + ',' + (is_closed ? closed : "") + ',' +
               (i % 2 == 0 ? "Older People\x92s Team" : "Hospital Discharge") + ',' + (i <= 180 ? "Stage 1" : "Stage 2") +
               ',' + method + ',' + (is_closed ? outcomes[i % 4] : "") + ',' +
               (i % 5 == 0 ? "Not Known" : i % 2 ? "Female" : "Male") + ',' + ages[i % 8] + ',' +
               (i % 4 == 0 ? "Not Stated" : i % 4 == 1 ? "Asian or Asian British" : "White British") + ',' +
               disabilities[i % 3] + ',' + (i % 7 == 0 ? "\"Called twice, said \"\"urgent\"\"\r\nCaf\xE9 visit\"" : "") +
               "\r\n";
    }
    for (int k = 0; k < 4; ++k) out += ",,,,,,,,,,,\r\n";
    return out;
}

}  // namespace test
