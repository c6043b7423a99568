// normalise_text: the one form of free text that is printed, redacted and scanned.
#include <algorithm>
#include <cstdlib>
#include <memory>

#include <utf8proc.h>

#include "ascreport/privacy.hpp"
#include "unicode.hpp"

namespace ascreport {
namespace {

// NFKC, less the default-ignorable code points, of a piece of text.
std::string nfkc_piece(std::string_view valid) {
    if (std::all_of(valid.begin(), valid.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
        return std::string(valid);
    utf8proc_uint8_t* out = nullptr;
    const utf8proc_ssize_t n =
        utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(valid.data()), static_cast<utf8proc_ssize_t>(valid.size()),
                     &out, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_IGNORE));
    const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(out, &std::free);
    if (n < 0) return std::string(valid);  // only on running out of memory: valid input maps
    return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
}

// A spacing accent that NFKC turns into a space and a combining mark ("´" is U+0020 U+0301,
// "¨" U+0020 U+0308): kept as written, so that a combining mark standing alone can go.
bool spacing_accent(char32_t c) {
    if (c < 0xA8 || unicode::is_mark(c)) return false;
    utf8proc_int32_t parts[8];
    int boundclass = 0;
    const utf8proc_ssize_t n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(c), parts, 8,
                                                       static_cast<utf8proc_option_t>(UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE), &boundclass);
    if (n < 2 || n > 8 || parts[0] != ' ') return false;
    return std::all_of(parts + 1, parts + n, [](utf8proc_int32_t p) { return unicode::is_mark(static_cast<char32_t>(p)); });
}

// NFKC, less the default-ignorable code points (zero-width space and joiners, soft hyphen,
// word joiner, byte-order mark, bidirectional controls), with the blank fillers (the Braille
// blank, the Hangul fillers: unicode::is_blank_filler) as spaces and the spacing accents kept.
// Input must be valid UTF-8.
std::string nfkc(std::string_view valid) {
    if (std::all_of(valid.begin(), valid.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
        return std::string(valid);
    std::string out, piece;
    for (std::size_t i = 0; i < valid.size();) {
        const unicode::CodePoint cp = unicode::at(valid, i);
        if (unicode::is_blank_filler(cp.value)) {
            piece += ' ';
        } else if (spacing_accent(cp.value)) {
            // A spacing accent is a starter: NFKC of the text around it is that of its parts.
            out += nfkc_piece(piece);
            piece.clear();
            out.append(valid.substr(i, cp.size));
        } else {
            piece.append(valid.substr(i, cp.size));
        }
        i += cp.size;
    }
    return out + nfkc_piece(piece);
}

// Without the combining marks that stand alone: at the start, or after white space or a
// control character, where they print as an accent on nothing (or on the space).
std::string without_lone_marks(std::string s) {
    if (std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) return s;
    std::string out;
    out.reserve(s.size());
    bool base = false;
    for (std::size_t i = 0; i < s.size();) {
        const unicode::CodePoint cp = unicode::at(s, i);
        const char32_t c = cp.value;
        if (unicode::is_mark(c)) {
            if (base) out.append(s, i, cp.size);
        } else {
            out.append(s, i, cp.size);
            base = !(unicode::is_space(c) || c < 0x20 || (c >= 0x7F && c < 0xA0));
        }
        i += cp.size;
    }
    return out;
}

// Each byte that does not start a valid UTF-8 sequence as U+FFFD, as the renderers show it.
std::string valid_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const unicode::CodePoint cp = unicode::at(text, i);
        if (cp.value == 0xFFFD && cp.size == 1 && static_cast<unsigned char>(text[i]) >= 0x80) out += "\xEF\xBF\xBD";
        else out.append(text.substr(i, cp.size));
        i += cp.size;
    }
    return out;
}

// The named character references that matter for what a reader sees in personal details
// (@ . + - # ( ) spaces and the invisible ones) and the common ones of prose. Any other name
// is left as written; numeric references cover every character.
struct NamedEntity {
    std::string_view name;
    char32_t value;
};
constexpr NamedEntity kEntities[] = {
    {"amp", '&'},      {"lt", '<'},        {"gt", '>'},        {"quot", '"'},      {"apos", '\''},
    {"commat", '@'},   {"period", '.'},    {"plus", '+'},      {"hyphen", 0x2010}, {"dash", 0x2010},
    {"minus", 0x2212}, {"num", '#'},       {"lpar", '('},      {"rpar", ')'},      {"colon", ':'},
    {"comma", ','},    {"sol", '/'},       {"lowbar", '_'},    {"nbsp", 0xA0},     {"NonBreakingSpace", 0xA0},
    {"shy", 0xAD},     {"ZeroWidthSpace", 0x200B}, {"zwj", 0x200D}, {"zwnj", 0x200C}, {"NoBreak", 0x2060},
    {"lrm", 0x200E},   {"rlm", 0x200F},    {"ensp", 0x2002},   {"emsp", 0x2003},   {"thinsp", 0x2009},
    {"ndash", 0x2013}, {"mdash", 0x2014},  {"hellip", 0x2026}, {"lsquo", 0x2018},  {"rsquo", 0x2019},
    {"ldquo", 0x201C}, {"rdquo", 0x201D},  {"pound", 0xA3},    {"euro", 0x20AC},   {"copy", 0xA9},
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// The character a reference names: "&#64;", "&#x40;", "&commat;" (with the ';'), or "&#64"
// (a numeric one without it, as browsers read it). 0 when `ref` is none.
char32_t entity_value(std::string_view ref) {
    if (ref.size() < 3 || ref[0] != '&') return 0;
    if (ref[1] == '#') {
        std::string_view digits = ref.substr(2);
        if (digits.ends_with(';')) digits.remove_suffix(1);
        const bool hex = !digits.empty() && (digits[0] == 'x' || digits[0] == 'X');
        if (hex) digits.remove_prefix(1);
        if (digits.empty() || digits.size() > 8) return 0;
        unsigned long v = 0;
        for (char c : digits) {
            if (!(hex ? is_hex(c) : is_digit(c))) return 0;
            v = v * (hex ? 16 : 10) + static_cast<unsigned long>(is_digit(c) ? c - '0' : (c | 0x20) - 'a' + 10);
        }
        if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0xFFFD;
        return static_cast<char32_t>(v);
    }
    if (!ref.ends_with(';')) return 0;
    const std::string_view name = ref.substr(1, ref.size() - 2);
    for (const NamedEntity& e : kEntities)
        if (e.name == name) return e.value;
    return 0;
}

// Decodes character references to a fixed point in one pass: a decoded '&' or ';' can complete
// a reference with what follows ("&amp;#64;" is "@"), so the text printed holds none left to
// decode. Each decoded character goes through NFKC itself ("&#xFF20;" is "@").
class EntityDecoder {
    static constexpr std::size_t kLongest = 20;

public:
    explicit EntityDecoder(std::size_t size) { out_.reserve(size); }

    void push(char c) {
        // "&#64x": a numeric reference without ';' ends at the first character that is not one
        // of its digits. Decoding it can complete another before it ("&#x&#x42" is "&#xB").
        while (c != ';' && ends_numeric(c))
            if (!complete(out_.size())) break;
        out_ += c;
        if (c == ';') complete(out_.size());
    }
    bool changed() const { return changed_; }
    std::string take() {
        while (complete(out_.size())) {  // "...&#64" at the very end
        }
        return std::move(out_);
    }

private:
    // Whether `c` ends a numeric reference written so far without its ';' ("&#64", "&#x4").
    bool ends_numeric(char c) const {
        std::size_t amp = out_.size();
        for (std::size_t k = out_.size(); k > 0 && out_.size() - k < kLongest; --k)
            if (out_[k - 1] == '&') {
                amp = k - 1;
                break;
            }
        if (amp + 1 >= out_.size() || out_[amp + 1] != '#') return false;
        std::string_view digits(out_.data() + amp + 2, out_.size() - amp - 2);
        const bool hex = !digits.empty() && (digits[0] == 'x' || digits[0] == 'X');
        if (hex) digits.remove_prefix(1);
        if (digits.empty() || !std::all_of(digits.begin(), digits.end(), hex ? is_hex : is_digit)) return false;
        return !(hex ? is_hex(c) : is_digit(c));
    }

    // Decodes the reference ending at `end` (exclusive), if there is one; whether it did.
    bool complete(std::size_t end) {
        // The longest reference known is "&NonBreakingSpace;": look no further back.
        std::size_t amp = end;
        for (std::size_t k = end; k > 0 && end - k < kLongest; --k)
            if (out_[k - 1] == '&') {
                amp = k - 1;
                break;
            }
        if (amp == end) return false;
        const std::string_view ref(out_.data() + amp, end - amp);
        if (!ref.ends_with(';') && (ref.size() < 3 || ref[1] != '#')) return false;
        const char32_t v = entity_value(ref);
        if (v == 0) return false;
        const std::string tail = out_.substr(end);
        out_.resize(amp);
        changed_ = true;
        std::string bytes;
        unicode::append_utf8(bytes, v);
        for (char c : nfkc(bytes)) push(c);
        for (char c : tail) push(c);
        return true;
    }

    std::string out_;
    bool changed_ = false;
};

}  // namespace

std::string normalise_text(std::string_view text) {
    std::string s = nfkc(valid_utf8(text));
    if (s.find('&') != std::string::npos) {
        EntityDecoder decoder(s.size());
        for (char c : s) decoder.push(c);
        const bool changed = decoder.changed();
        s = decoder.take();
        // A decoded combining mark composes with the letter before it.
        if (changed) s = nfkc(s);
    }
    return without_lone_marks(std::move(s));
}

}  // namespace ascreport
