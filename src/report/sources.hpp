// Where the data's free text that a table, chart or list prints was read (Source), for the
// personal-data scan and the PDF's missing-character warnings.
#pragma once

#include <filesystem>
#include <vector>

#include "ascreport/dataset.hpp"
#include "ascreport/document.hpp"
#include "names.hpp"

namespace ascreport::report {

// One per row of the table's breakdown: for a free-text table (TableSpec::free_text), the
// first record holding the row's value (DATA/FILE.csv, its first line, the contract column);
// null for a fixed vocabulary's row, a row of no record ("N/A") and any row of other tables.
std::vector<SourceRef> row_sources(const NamedTable& t, const Dataset& data, const std::filesystem::path& data_dir);

// The file a record of `kind` ("lgsco") in `part` was read from, as messages name it: the
// Dataset's (report.toml [files.KIND] names), else DATA/KIND.csv (a Dataset built in code).
std::string source_file(const Dataset& data, const std::filesystem::path& data_dir, std::string_view kind,
                        std::uint16_t part);

}  // namespace ascreport::report
