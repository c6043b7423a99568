// Writing one output a command made (the report's PDF or HTML, a workbook) where --out says: the one place that
// decides what --out may be and where the status line goes. A command with several --out
// calls it once for each.
#pragma once

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ascreport/output.hpp"
#include "commands.hpp"

namespace ascreport::cli {

// Whether `out` is standard output: "-", or the file standard output already is (/dev/stdout,
// /dev/fd/1, the file it is redirected to).
bool is_standard_output(const std::filesystem::path& out);

// Whether `out` may be written: exit_code::ok, or (with a message) exit_code::usage when it is
// one of `inputs` (the same file by device and inode, however it is named). A command with
// several outputs checks them all before it writes any.
int check_out(Streams io, std::string_view command, const std::filesystem::path& out,
              const std::vector<std::filesystem::path>& inputs, std::string_view nothing);

// How write_out writes a file: the permissions a new one gets (an existing one keeps its own;
// kPublishedFileMode or kPrivateFileMode, ascreport/output.hpp), and whether "wrote OUT"
// follows on standard output.
struct WriteHow {
    unsigned new_file_mode = kPublishedFileMode;
    bool status_line = true;
};

// Writes `bytes` to `out`, and returns the exit status:
// - "-", or a path that is the file standard output already is (/dev/stdout, /dev/fd/1, the
//   file it is redirected to): written to standard output, and no status line (it would end up
//   inside the output);
// - one of `inputs` (the same file by device and inode, however it is named): refused, exit 2;
// - otherwise write_file_atomically (a device, FIFO or pipe in place), then "wrote OUT" on
//   standard output when `how` says so.
// A write that fails is a message on standard error naming `out` and ending with `nothing`
// ("no report was written"), exit 3. `command` begins each message ("ascreport report").
int write_out(Streams io, std::string_view command, const std::filesystem::path& out,
              std::span<const std::uint8_t> bytes, const std::vector<std::filesystem::path>& inputs,
              std::string_view nothing, WriteHow how = {});

}  // namespace ascreport::cli
