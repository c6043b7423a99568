#include "ascreport/input_mapping.hpp"

#include "ascreport/contract.hpp"

namespace ascreport {

std::vector<std::string> InputMapping::headers_for(const std::string& file, const std::string& column) const {
    if (auto f = column_names.find(file); f != column_names.end())
        if (auto c = f->second.find(column); c != f->second.end()) return c->second.headers;
    return {column};
}

bool InputMapping::column_mapped(const std::string& file, const std::string& column) const {
    auto f = column_names.find(file);
    return f != column_names.end() && f->second.count(column) > 0;
}

std::vector<std::string> InputMapping::file_names(std::string_view kind) const {
    if (auto f = files.find(kind); f != files.end() && !f->second.names.empty()) return f->second.names;
    for (const auto& in : load::kInputFiles)
        if (in.key == kind) return {std::string(in.name)};
    return {std::string(kind) + ".csv"};
}

const FileRules& InputMapping::rules_for(std::string_view kind) const {
    static const FileRules kNone;
    auto f = files.find(kind);
    return f == files.end() ? kNone : f->second;
}

std::string RowRule::describe() const {
    return "{ column = \"" + column + "\", is = \"" + is + "\" }";
}

}  // namespace ascreport
