#include "write_out.hpp"

#include <ostream>

#include <unistd.h>

#include "exit_codes.hpp"
#include "ascreport/output.hpp"
#include "common.hpp"

namespace ascreport::cli {

bool is_standard_output(const std::filesystem::path& out) {
    const auto stdout_identity = file_identity(STDOUT_FILENO);
    return out == "-" || (stdout_identity && file_identity(out) == stdout_identity);
}

int check_out(Streams io, std::string_view command, const std::filesystem::path& out,
              const std::vector<std::filesystem::path>& inputs, std::string_view nothing) {
    if (const auto input = same_file_among(out, inputs)) {
        io.err << command << ": --out " << out.string() << " is "
               << (input->string() == out.string() ? std::string("one of the input files")
                                                    : "the input file " + input->string())
               << ", which writing would replace; give another file name; " << nothing << '\n';
        return exit_code::usage;
    }
    return exit_code::ok;
}

int write_out(Streams io, std::string_view command, const std::filesystem::path& out,
              std::span<const std::uint8_t> bytes, const std::vector<std::filesystem::path>& inputs,
              std::string_view nothing, WriteHow how) {
    if (is_standard_output(out)) {
        io.out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
        return finish_output(io, command, exit_code::ok);
    }
    if (const int checked = check_out(io, command, out, inputs, nothing); checked != exit_code::ok) return checked;
    if (auto failure = write_file_atomically(out, bytes, how.new_file_mode)) {
        io.err << command << ": " << *failure << "; " << nothing << '\n';
        return exit_code::failure;
    }
    if (how.status_line) io.out << "wrote " << out.string() << '\n';
    return finish_output(io, command, exit_code::ok);
}

}  // namespace ascreport::cli
