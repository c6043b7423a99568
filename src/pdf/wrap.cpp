// Greedy line breaking over styled runs. Greedy (rather than Knuth-Plass) because the text is
// set ragged right, where greedy breaks are what readers expect and the result is predictable.
#include <string>

#include "cp1252.hpp"
#include "layout.hpp"

namespace ascreport::pdf {
namespace {

constexpr double kEps = 1e-6;  // so a line that fits exactly is not broken by rounding

struct Piece {
    Face face;
    std::string text;
    const std::string* link;
};

struct Word {
    std::vector<Piece> pieces;
};

Face face_of(const Run& r, Face base) {
    if (r.bold || base == Face::Bold) return Face::Bold;
    if (r.italic || base == Face::Italic) return Face::Italic;
    return Face::Regular;
}

class LineBuilder {
public:
    LineBuilder(double width, double size, const Measure& measure)
        : width_(width), size_(size), measure_(measure) {}

    void space(Face face) {
        if (!line_.segments.empty()) pending_space_ = face, has_space_ = true;
    }

    void newline() { flush(); }

    void word(const Word& w) {
        double ww = 0;
        for (const Piece& p : w.pieces) ww += measure_(p.face, size_, p.text);
        double gap = gap_width();
        if (!line_.segments.empty() && line_.width + gap + ww > width_ + kEps) {
            flush();
            gap = 0;
        }
        if (line_.segments.empty() && ww > width_ + kEps) {
            split(w);
            return;
        }
        double x = line_.width + gap;
        for (const Piece& p : w.pieces) {
            const double pw = measure_(p.face, size_, p.text);
            add(p, x, pw);
            x += pw;
        }
        has_space_ = false;
    }

    std::vector<Line> finish() {
        if (!line_.segments.empty() || lines_.empty()) flush();
        return std::move(lines_);
    }

private:
    double gap_width() const {
        return (has_space_ && !line_.segments.empty()) ? measure_(pending_space_, size_, " ") : 0.0;
    }

    // A word wider than the whole line: cut it between characters, as many as fit per line.
    void split(const Word& w) {
        for (const Piece& p : w.pieces) {
            std::string chunk;
            double chunk_w = 0;
            for (std::size_t i = 0; i < p.text.size();) {
                const std::size_t start = i;
                next_code_point(p.text, i);
                const std::string ch = p.text.substr(start, i - start);
                const double cw = measure_(p.face, size_, ch);
                if (line_.width + chunk_w + cw > width_ + kEps && (!chunk.empty() || !line_.segments.empty())) {
                    if (!chunk.empty()) add({p.face, chunk, p.link}, line_.width, chunk_w);
                    flush();
                    chunk.clear();
                    chunk_w = 0;
                }
                chunk += ch;
                chunk_w += cw;
            }
            if (!chunk.empty()) add({p.face, chunk, p.link}, line_.width, chunk_w);
        }
        has_space_ = false;
    }

    // Appends a piece at x, merging it into the previous segment when the style and link
    // match, so a line of plain words is one text item (smaller PDF, cleaner extraction).
    void add(const Piece& p, double x, double w) {
        const std::string& link = p.link ? *p.link : empty_;
        if (!line_.segments.empty()) {
            Segment& last = line_.segments.back();
            const double end = last.x + last.width;
            const bool touching = x - end < kEps;
            const bool spaced = !touching && has_space_ && pending_space_ == last.face;
            if (last.face == p.face && last.link == link && (touching || spaced)) {
                if (spaced) last.text += ' ';
                last.text += p.text;
                last.width = x + w - last.x;
                line_.width = x + w;
                return;
            }
        }
        line_.segments.push_back({p.face, p.text, x, w, link});
        line_.width = x + w;
    }

    void flush() {
        lines_.push_back(std::move(line_));
        line_ = {};
        has_space_ = false;
    }

    double width_;
    double size_;
    const Measure& measure_;
    std::vector<Line> lines_;
    Line line_;
    Face pending_space_ = Face::Regular;
    bool has_space_ = false;
    const std::string empty_;
};

}  // namespace

std::vector<Line> wrap(const Runs& runs, double width, double size, Face base, const Measure& measure) {
    LineBuilder builder(width, size, measure);
    Word word;
    auto end_word = [&] {
        if (!word.pieces.empty()) builder.word(word);
        word.pieces.clear();
    };
    for (const Run& run : runs) {
        const Face face = face_of(run, base);
        const std::string* link = run.link.empty() ? nullptr : &run.link;
        for (std::size_t i = 0; i < run.text.size();) {
            const std::size_t start = i;
            const char32_t cp = next_code_point(run.text, i);
            if (cp == ' ' || cp == '\t' || cp == '\r') {
                end_word();
                builder.space(face);
            } else if (cp == '\n') {
                end_word();
                builder.newline();
            } else {
                if (word.pieces.empty() || word.pieces.back().face != face || word.pieces.back().link != link)
                    word.pieces.push_back({face, {}, link});
                word.pieces.back().text.append(run.text, start, i - start);
            }
        }
    }
    end_word();
    return builder.finish();
}

std::vector<Line> wrap_text(std::string_view text, double width, double size, Face face, const Measure& measure) {
    return wrap({Run{std::string(text), face == Face::Bold, face == Face::Italic, {}}}, width, size, Face::Regular,
                measure);
}

}  // namespace ascreport::pdf
