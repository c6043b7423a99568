// csv_baseline: fast-cpp-csv-parser on its own, for comparison with the loader (bench/run).
//
//   csv_baseline FILE...
//
// Reads each gen-data file it is given, one after the other, as the loader does: the columns
// the contract names (13 of complaints.csv, 3 of concerns.csv, 5 of compliments.csv, 7 of
// lgsco.csv, 3 of regional.csv; which by the file's name) with the library's plain reader (the
// same trim and quote policies as the loader, default file source, default read-ahead thread)
// into char* fields, and counts rows (and complaints per route): the least work that still
// touches every record. No line-break handling, UTF-8 check, value mapping, validation or
// records kept. The library cannot read a line break inside quotes, so run it on a folder
// written with gen-data --no-line-breaks (the same bytes, with each such line break a space).
#include <array>
#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>
#include <map>
#include <string>
#include <tuple>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wstringop-truncation"
#include <libfccp/csv.h>
#pragma GCC diagnostic pop

namespace {

// Reads every row of `path` into N char* fields, calling `each(fields)` for each.
template <unsigned N, class Each, class... Names>
unsigned long read_all(const char* path, Each each, Names... names) {
    static_assert(sizeof...(Names) == N);
    io::CSVReader<N, io::trim_chars<' ', '\t'>, io::double_quote_escape<',', '"'>> in(path);
    in.read_header(io::ignore_extra_column, names...);
    std::array<char*, N> f{};
    unsigned long rows = 0;
    while (std::apply([&](auto&... c) { return in.read_row(c...); }, f)) {
        ++rows;
        each(f);
    }
    return rows;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: csv_baseline FILE...\n");
        return 2;
    }
    try {
        for (int a = 1; a < argc; ++a) {
            const std::string name = std::filesystem::path(argv[a]).filename().string();
            auto nothing = [](const auto&) {};
            unsigned long rows = 0;
            if (name == "complaints.csv") {
                // gen-data's header names (the loader lower-cases and maps them through report.toml).
                std::map<std::string, unsigned long, std::less<>> per_route;
                rows = read_all<13>(
                    argv[a],
                    [&](const std::array<char*, 13>& f) {
                        auto it = per_route.find(std::string_view(f[3]));
                        if (it == per_route.end()) it = per_route.emplace(f[3], 0).first;
                        ++it->second;
                    },
                    "Reference", "Received", "Responded", "Route", "Outcome", "Method", "Service Area", "Provider",
                    "Gender", "Age Band", "Ethnicity", "Disability", "Extended");
                std::printf("%s: %lu rows\n", name.c_str(), rows);
                for (const auto& [r, n] : per_route) std::printf("  %-12s %lu\n", r.c_str(), n);
                continue;
            }
            if (name == "concerns.csv")
                rows = read_all<3>(argv[a], nothing, "reference", "category", "subcategory");
            else if (name == "compliments.csv")
                rows = read_all<5>(argv[a], nothing, "received", "service_area", "source", "text", "publish");
            else if (name == "lgsco.csv")
                rows = read_all<7>(argv[a], nothing, "reference", "received", "decided", "decision", "remedy",
                                   "remedy_amount", "summary");
            else if (name == "regional.csv")
                rows = read_all<3>(argv[a], nothing, "year", "authority", "cases");
            else {
                std::fprintf(stderr, "csv_baseline: %s: not a file of the contract\n", argv[a]);
                return 2;
            }
            std::printf("%s: %lu rows\n", name.c_str(), rows);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "csv_baseline: %s\n", e.what());
        return 1;
    }
    return 0;
}
