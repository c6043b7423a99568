#include "write_out.hpp"

#include <ostream>

#include <unistd.h>

#include "ascreport/exit_codes.hpp"
#include "ascreport/output.hpp"
#include "common.hpp"

namespace ascreport::cli {

int write_out(Streams io, std::string_view command, const std::filesystem::path& out,
              std::span<const std::uint8_t> bytes, const std::vector<std::filesystem::path>& inputs,
              std::string_view nothing) {
    const auto stdout_identity = file_identity(STDOUT_FILENO);
    const bool to_stdout = out == "-" || (stdout_identity && file_identity(out) == stdout_identity);
    if (to_stdout) {
        io.out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
        return finish_output(io, command, exit_code::ok);
    }
    if (const auto input = same_file_among(out, inputs)) {
        io.err << command << ": --out " << out.string() << " is "
               << (input->string() == out.string() ? std::string("one of the input files")
                                                    : "the input file " + input->string())
               << ", which writing would replace; give another file name; " << nothing << '\n';
        return exit_code::usage;
    }
    if (auto failure = write_file_atomically(out, bytes)) {
        io.err << command << ": " << *failure << "; " << nothing << '\n';
        return exit_code::failure;
    }
    io.out << "wrote " << out.string() << '\n';
    return finish_output(io, command, exit_code::ok);
}

}  // namespace ascreport::cli
