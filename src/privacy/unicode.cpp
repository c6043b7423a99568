#include "unicode.hpp"

#include <memory>
#include <unordered_map>

#include <unicode/uchar.h>
#include <unicode/uspoof.h>
#include <utf8proc.h>

namespace ascreport::unicode {

CodePoint at(std::string_view t, std::size_t i) {
    const auto c = static_cast<unsigned char>(t[i]);
    if (c < 0x80) return {c, 1};
    std::size_t next = i;
    const char32_t cp = next_code_point(t, next);  // the core's codec: U+FFFD of one byte when malformed
    return {cp, next - i};
}

CodePoint before(std::string_view t, std::size_t i) {
    std::size_t start = i - 1;
    // Back over at most three continuation bytes to the lead byte.
    while (start > 0 && i - start < 4 && (static_cast<unsigned char>(t[start]) & 0xC0) == 0x80) --start;
    const CodePoint cp = at(t, start);
    if (start + cp.size == i) return cp;
    return {0xFFFD, 1};
}

bool is_word(char32_t c) {
    if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
        case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
        case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
        case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO: return true;
        default: return false;
    }
}

bool is_letter(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
        case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
        case UTF8PROC_CATEGORY_LO: return true;
        default: return false;
    }
}

bool is_space(char32_t c) {
    if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
    if (c == 0x85) return true;  // NEL
    const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
    return cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP;
}

bool is_dash(char32_t c) { return c == '-' || (c >= 0x2010 && c <= 0x2013) || c == 0x2212; }

bool is_mark(char32_t c) {
    if (c < 0x300) return false;
    const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
    return cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC || cat == UTF8PROC_CATEGORY_ME;
}

bool is_upper(char32_t c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
    return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

bool is_blank_filler(char32_t c) {
    return c == 0x2800 || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x16FE4 || c == 0x1D159;
}

int digit_value(char32_t c) {
    if (c < 0x80) return c >= '0' && c <= '9' ? static_cast<int>(c - '0') : -1;
    if (utf8proc_category(static_cast<utf8proc_int32_t>(c)) != UTF8PROC_CATEGORY_ND) return -1;
    const int32_t v = u_charDigitValue(static_cast<UChar32>(c));
    return v >= 0 && v <= 9 ? static_cast<int>(v) : -1;
}

namespace {

// Appends what utf8proc maps `c` to with `options` (a decomposition, a case folding): nothing
// when it removes `c`, `c` itself should it fail.
void decompose_into(std::string& out, char32_t c, int options) {
    utf8proc_int32_t parts[32];
    int boundclass = 0;
    const utf8proc_ssize_t n =
        utf8proc_decompose_char(static_cast<utf8proc_int32_t>(c), parts, 32, static_cast<utf8proc_option_t>(options), &boundclass);
    if (n < 0 || n > 32) return append_utf8(out, c);
    for (utf8proc_ssize_t k = 0; k < n; ++k) append_utf8(out, static_cast<char32_t>(parts[k]));
}

// `text` with each code point mapped by `into`.
std::string mapped(std::string_view text, void (*into)(std::string&, char32_t)) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const CodePoint cp = at(text, i);
        into(out, cp.value);
        i += cp.size;
    }
    return out;
}

}  // namespace

void bare_into(std::string& out, char32_t c) {
    if (c < 0x80) return void(out += static_cast<char>(c));
    decompose_into(out, c, UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_IGNORE);
}

std::string bare(std::string_view text) { return mapped(text, bare_into); }

namespace {

struct SpoofCloser {
    void operator()(USpoofChecker* sc) const { uspoof_close(sc); }
};

// ICU's spoof checker, opened once; its checks are const and safe to share between threads.
const USpoofChecker* spoof_checker() {
    static const std::unique_ptr<USpoofChecker, SpoofCloser> checker = [] {
        UErrorCode err = U_ZERO_ERROR;
        USpoofChecker* sc = uspoof_open(&err);
        if (U_FAILURE(err)) {
            if (sc) uspoof_close(sc);
            sc = nullptr;
        }
        return std::unique_ptr<USpoofChecker, SpoofCloser>(sc);
    }();
    return checker.get();
}

std::string compute_skeleton(char32_t c) {
    std::string in;
    append_utf8(in, c);
    const USpoofChecker* sc = spoof_checker();
    if (!sc) return in;
    char buf[64];
    UErrorCode err = U_ZERO_ERROR;
    const int32_t n = uspoof_getSkeletonUTF8(sc, 0, in.data(), static_cast<int32_t>(in.size()), buf, sizeof buf, &err);
    if (U_FAILURE(err) || n <= 0 || n > static_cast<int32_t>(sizeof buf)) return in;
    return bare(std::string_view(buf, static_cast<std::size_t>(n)));
}

}  // namespace

const std::string& skeleton(char32_t c) {
    // Per thread, so that no lock is needed: a report's text uses a few hundred code points.
    thread_local std::unordered_map<char32_t, std::string> cache;
    if (cache.size() >= kMaxCached) cache.clear();  // text of every script: memory stays bounded
    auto it = cache.find(c);
    if (it == cache.end()) it = cache.emplace(c, compute_skeleton(c)).first;
    return it->second;
}

void fold_into(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        return;
    }
    if (c == 0x2019 || c == 0x2018 || c == 0x02BC) return void(out += '\'');
    if (c == 0x2010 || c == 0x2011) return void(out += '-');
    decompose_into(out, c, UTF8PROC_CASEFOLD);
}

std::string fold(std::string_view text) { return mapped(text, fold_into); }

}  // namespace ascreport::unicode
