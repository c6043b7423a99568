// csv_baseline: fast-cpp-csv-parser on its own, for comparison with the loader (bench/run).
//
//   csv_baseline COMPLAINTS_CSV
//
// Reads the 13 contract columns of a gen-data complaints.csv with the library's plain reader
// (the same trim and quote policies as the loader, default file source, default read-ahead
// thread) into char* fields, and counts rows per route: the least work that still touches
// every record. No line-break handling, UTF-8 check, value mapping, validation or records
// kept. The library cannot read a line break inside quotes, so run it on a folder written
// with gen-data --no-line-breaks.
#include <cstdio>
#include <cstring>
#include <exception>
#include <map>
#include <string>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wstringop-truncation"
#include <libfccp/csv.h>
#pragma GCC diagnostic pop

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: csv_baseline COMPLAINTS_CSV\n");
        return 2;
    }
    try {
        io::CSVReader<13, io::trim_chars<' ', '\t'>, io::double_quote_escape<',', '"'>> in(argv[1]);
        // gen-data's header names (the loader lower-cases and maps them through report.toml).
        in.read_header(io::ignore_extra_column, "Reference", "Received", "Responded", "Route", "Outcome", "Method",
                       "Service Area", "Provider", "Gender", "Age Band", "Ethnicity", "Disability", "Extended");
        char *reference, *received, *responded, *route, *outcome, *method, *service_area, *provider, *gender, *age,
            *ethnicity, *disability, *extended;
        std::map<std::string, unsigned long, std::less<>> per_route;
        unsigned long rows = 0;
        while (in.read_row(reference, received, responded, route, outcome, method, service_area, provider, gender, age,
                           ethnicity, disability, extended)) {
            ++rows;
            auto it = per_route.find(std::string_view(route));
            if (it == per_route.end()) it = per_route.emplace(route, 0).first;
            ++it->second;
        }
        std::printf("%lu rows\n", rows);
        for (const auto& [r, n] : per_route) std::printf("  %-12s %lu\n", r.c_str(), n);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "csv_baseline: %s\n", e.what());
        return 1;
    }
    return 0;
}
