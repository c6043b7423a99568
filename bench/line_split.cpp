// line_split: cuts a file into lines two ways and says how long each took, for bench/README.md
// ("Why not io::LineReader"): with fast-cpp-csv-parser's io::LineReader, without its read-ahead
// thread, or by reading 256 KiB at a time and finding the line ends with memchr, as the
// loader's reader does.
//
//   line_split linereader|memchr FILE
#define CSV_IO_NO_THREAD
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wstringop-truncation"
#endif
#include <libfccp/csv.h>
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string_view>
#include <vector>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: line_split linereader|memchr FILE\n");
        return 2;
    }
    const std::string_view how = argv[1];
    const auto start = std::chrono::steady_clock::now();
    unsigned long lines = 0, bytes = 0;
    if (how == "linereader") {
        io::LineReader reader(argv[2]);
        while (const char* line = reader.next_line()) {
            ++lines;
            bytes += std::strlen(line);
        }
    } else if (how == "memchr") {
        const int fd = ::open(argv[2], O_RDONLY);
        if (fd < 0) {
            std::perror(argv[2]);
            return 1;
        }
        std::vector<char> buffer(std::size_t{1} << 18);
        std::size_t kept = 0;  // the start of a line, moved to the front
        for (ssize_t got; (got = ::read(fd, buffer.data() + kept, buffer.size() - kept)) > 0;) {
            const char* p = buffer.data();
            const char* const end = p + kept + static_cast<std::size_t>(got);
            for (const char* nl; (nl = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p))));
                 p = nl + 1) {
                ++lines;
                bytes += static_cast<unsigned long>(nl - p);
            }
            kept = static_cast<std::size_t>(end - p);
            std::memmove(buffer.data(), p, kept);
            if (kept == buffer.size()) buffer.resize(2 * buffer.size());
        }
        ::close(fd);
    } else {
        std::fprintf(stderr, "line_split: linereader or memchr, not %s\n", argv[1]);
        return 2;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("%s: %lu lines, %lu bytes in them, %.3f s\n", argv[1], lines, bytes, seconds);
}
