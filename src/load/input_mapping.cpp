#include "ascreport/input_mapping.hpp"

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

}  // namespace ascreport
