// The libharu renderer: lays the document out with the embedded fonts' metrics, then draws
// each page's primitives, adds bookmarks, links and document info, and saves to memory.
#include <iterator>
#include <map>

#include <fmt/format.h>
#include <hpdf_encrypt.h>

#include "ascreport/pdf.hpp"
#include "cp1252.hpp"
#include "haru.hpp"
#include "images.hpp"
#include "pdfa.hpp"
#include "layout.hpp"
#include "link_annotations.hpp"
#include "png.hpp"

namespace ascreport {
namespace pdf {
namespace {

// Encodes text for the fonts and remembers what could not be printed (PdfResult::missing).
class Encoder {
public:
    explicit Encoder(const Fonts& fonts) : fonts_(fonts) {}

    Encoded operator()(Face face, std::string_view utf8) {
        Encoded e = fonts_.encode(face, utf8);
        for (char32_t c : e.missing) ++missing_[c];
        return e;
    }

    std::vector<MissingCharacter> missing() const {
        std::vector<MissingCharacter> out;
        for (const auto& [cp, count] : missing_) out.push_back({cp, count});
        return out;
    }

private:
    const Fonts& fonts_;
    std::map<char32_t, std::size_t> missing_;  // ordered, so the list comes out the same every time
};

class Painter {
public:
    Painter(HaruDoc& doc, Fonts& fonts, Encoder& encode, std::vector<std::string>& warnings)
        : doc_(doc), fonts_(fonts), encode_(encode), warnings_(warnings) {}

    void draw(const Page& page, HPDF_Page target, const std::vector<HPDF_Page>& pages) {
        page_ = target;
        // A new page starts with a fresh graphics state: no font, black fill.
        in_text_ = fill_set_ = font_set_ = false;
        for (const Item& item : page.items) std::visit([&](const auto& it) { draw(it, pages); }, item);
        end_text();
        doc_.check("drawing a page");
    }

    // A digest of what was drawn, image sizes included: the file ID.
    std::string& digest_input() { return digest_; }

private:
    void fill(Colour c) {
        if (fill_set_ && c == fill_) return;
        HPDF_Page_SetRGBFill(page_, c.r / 255.0f, c.g / 255.0f, c.b / 255.0f);
        fill_ = c, fill_set_ = true;
    }

    void end_text() {
        if (in_text_) HPDF_Page_EndText(page_);
        in_text_ = false;
    }

    void note(const char* tag, std::initializer_list<double> numbers, std::string_view text = {}) {
        digest_ += tag;
        for (double v : numbers) fmt::format_to(std::back_inserter(digest_), " {:.2f}", v);
        digest_ += ' ';
        digest_.append(text);
        digest_ += '\n';
    }

    void draw(const TextItem& t, const std::vector<HPDF_Page>&) {
        if (!in_text_) {
            HPDF_Page_BeginText(page_);
            in_text_ = true;
        }
        const Encoded text = encode_(t.face, t.text);
        const HPDF_Font font = fonts_.font(t.face, text.unicode);
        if (!font_set_ || font != font_ || t.size != size_) {
            HPDF_Page_SetFontAndSize(page_, font, static_cast<HPDF_REAL>(t.size));
            font_ = font, size_ = t.size, font_set_ = true;
        }
        fill(t.colour);
        HPDF_Page_TextOut(page_, static_cast<HPDF_REAL>(t.x), static_cast<HPDF_REAL>(t.y), text.bytes.c_str());
        note("T", {t.x, t.y, t.size, static_cast<double>(t.face)}, t.text);
    }

    void draw(const RectItem& r, const std::vector<HPDF_Page>&) {
        end_text();
        fill(r.fill);
        HPDF_Page_Rectangle(page_, static_cast<HPDF_REAL>(r.x), static_cast<HPDF_REAL>(r.y),
                            static_cast<HPDF_REAL>(r.w), static_cast<HPDF_REAL>(r.h));
        HPDF_Page_Fill(page_);
        note("R", {r.x, r.y, r.w, r.h, double(r.fill.r), double(r.fill.g), double(r.fill.b)});
    }

    void draw(const LineItem& l, const std::vector<HPDF_Page>&) {
        end_text();
        HPDF_Page_SetLineWidth(page_, static_cast<HPDF_REAL>(l.width));
        HPDF_Page_SetRGBStroke(page_, l.colour.r / 255.0f, l.colour.g / 255.0f, l.colour.b / 255.0f);
        HPDF_Page_MoveTo(page_, static_cast<HPDF_REAL>(l.x1), static_cast<HPDF_REAL>(l.y1));
        HPDF_Page_LineTo(page_, static_cast<HPDF_REAL>(l.x2), static_cast<HPDF_REAL>(l.y2));
        HPDF_Page_Stroke(page_);
        note("L", {l.x1, l.y1, l.x2, l.y2, l.width});
    }

    void draw(const ImageItem& im, const std::vector<HPDF_Page>&) {
        end_text();
        const HPDF_Image image = load(im);
        if (!image) return;
        const double iw = HPDF_Image_GetWidth(image), ih = HPDF_Image_GetHeight(image);
        if (iw <= 0 || ih <= 0) return;
        const double scale = std::min(im.w / iw, im.h / ih);
        const double w = iw * scale, h = ih * scale;
        HPDF_Page_DrawImage(page_, image, static_cast<HPDF_REAL>(im.x), static_cast<HPDF_REAL>(im.y),
                            static_cast<HPDF_REAL>(w), static_cast<HPDF_REAL>(h));
        note("I", {im.x, im.y, im.w, im.h, iw, ih}, im.path);
    }

    void draw(const LinkItem& l, const std::vector<HPDF_Page>& pages) {
        const HPDF_Rect rect{static_cast<HPDF_REAL>(l.x), static_cast<HPDF_REAL>(l.y), static_cast<HPDF_REAL>(l.x + l.w),
                             static_cast<HPDF_REAL>(l.y + l.h)};
        if (!l.url.empty()) {
            add_uri_link(page_, rect, l.url);
        } else if (l.page >= 0 && static_cast<std::size_t>(l.page) < pages.size()) {
            HPDF_Destination dest = HPDF_Page_CreateDestination(pages[static_cast<std::size_t>(l.page)]);
            HPDF_Destination_SetFitH(dest, static_cast<HPDF_REAL>(l.dest_y + 12));
            add_page_link(page_, rect, dest);
        }
        note("A", {l.x, l.y, l.w, l.h, double(l.page), l.dest_y}, l.url);
    }

    HPDF_Image load(const ImageItem& im) {
        const std::string& path = im.path;
        const auto found = images_.find(path);
        if (found != images_.end()) return found->second;
        HPDF_Image image = nullptr;
        const std::span<const std::uint8_t> bytes = im.bytes ? std::span(*im.bytes) : std::span<const std::uint8_t>();
        const ImageCheck checked = check_image(bytes);
        if (checked.problem) {
            warnings_.push_back("image " + path + ": " + *checked.problem + "; it is left out");
        } else if (checked.kind == ImageKind::Png) {
            RgbImage rgb;
            std::string why;
            if (decode_png(bytes, rgb, why))
                image = HPDF_LoadRawImageFromMem(doc_.get(), rgb.pixels.data(), rgb.width, rgb.height,
                                                 HPDF_CS_DEVICE_RGB, 8);
            else
                warnings_.push_back("image " + path + ": " + why + "; it is left out");
        } else {
            image = HPDF_LoadJpegImageFromMem(doc_.get(), bytes.data(), static_cast<HPDF_UINT>(bytes.size()));
        }
        if (doc_.failed()) {
            try {
                doc_.check("image " + path);
            } catch (const HaruError& e) {
                warnings_.push_back(std::string(e.what()) + "; it is left out");
            }
            image = nullptr;
        }
        images_.emplace(path, image);
        return image;
    }

    HaruDoc& doc_;
    Fonts& fonts_;
    Encoder& encode_;
    std::vector<std::string>& warnings_;
    std::map<std::string, HPDF_Image> images_;
    std::string digest_;
    HPDF_Page page_ = nullptr;
    bool in_text_ = false, font_set_ = false, fill_set_ = false;
    HPDF_Font font_ = nullptr;
    double size_ = 0;
    Colour fill_;
};

void add_outline(HaruDoc& doc, const Layout& layout, const std::vector<HPDF_Page>& pages) {
    std::vector<std::pair<int, HPDF_Outline>> open;  // (level, outline) of the enclosing headings
    for (const PlacedHeading& h : layout.headings) {
        while (!open.empty() && open.back().first >= h.level) open.pop_back();
        const HPDF_Outline parent = open.empty() ? nullptr : open.back().second;
        const HPDF_Outline item = HPDF_CreateOutline(doc.get(), parent, "", nullptr);
        doc.check("adding bookmarks");
        set_text_string(doc, item, "Title", h.text);  // UTF-16, so every letter shows
        HPDF_Destination dest = HPDF_Page_CreateDestination(pages[static_cast<std::size_t>(h.page)]);
        HPDF_Destination_SetFitH(dest, static_cast<HPDF_REAL>(h.top + 12));
        HPDF_Outline_SetDestination(item, dest);
        HPDF_Outline_SetOpened(item, h.level == 1 ? HPDF_TRUE : HPDF_FALSE);
        open.emplace_back(h.level, item);
    }
    doc.check("adding bookmarks");
}

// libharu writes no /ID unless it encrypts or makes PDF/A, where it hashes the current time.
// We add one from a digest of the content, so the ID is stable for the same report and differs
// between different ones. The trailer is reached through hpdf_doc.h, which Debian installs.
void add_file_id(HaruDoc& doc, const std::string& digest_input) {
    HPDF_MD5_CTX ctx;
    HPDF_BYTE digest[HPDF_MD5_KEY_LEN];
    HPDF_MD5Init(&ctx);
    HPDF_MD5Update(&ctx, reinterpret_cast<const HPDF_BYTE*>(digest_input.data()),
                   static_cast<HPDF_UINT32>(digest_input.size()));
    HPDF_MD5Final(digest, &ctx);
    HPDF_Doc d = doc.get();
    HPDF_Array id = HPDF_Array_New(d->mmgr);
    HPDF_Array_Add(id, HPDF_Binary_New(d->mmgr, digest, HPDF_MD5_KEY_LEN));
    HPDF_Array_Add(id, HPDF_Binary_New(d->mmgr, digest, HPDF_MD5_KEY_LEN));
    HPDF_Dict_Add(d->trailer, "ID", id);
    doc.check("setting the file ID");
}

}  // namespace
}  // namespace pdf

std::string missing_character_message(char32_t cp) {
    // Built with append: GCC 12 gives a false -Wrestrict on chains of string operator+.
    std::string what;
    if (cp == 0xFFFD) return what.append("invalid UTF-8 in the report text; printed as \"?\"");
    what.append("character ").append(fmt::format("U+{:04X}", static_cast<unsigned>(cp)));
    if (cp >= 0x20) {
        what.append(" (");
        pdf::append_utf8(what, cp);
        what.append(")");
    }
    return what.append(" is not in the report fonts; ")
        .append(pdf::is_emoji(cp) ? "left out of the PDF (the HTML edition keeps it)" : "printed as \"?\"");
}

std::string missing_character_warning(const MissingCharacter& missing) {
    std::string what = missing_character_message(missing.code_point);
    if (missing.count > 1) what.append(" ").append(std::to_string(missing.count)).append(" times");
    return what;
}

PdfResult render_pdf(const Document& document) {
    using namespace pdf;
    PdfResult result;
    try {
        HaruDoc doc;
        HPDF_SetCompressionMode(doc.get(), HPDF_COMP_ALL);
        HPDF_SetPageMode(doc.get(), HPDF_PAGE_MODE_USE_OUTLINE);
        doc.check("setting up the PDF");
        Fonts fonts(doc, document.theme);
        const Measure measure = [&fonts](Face f, double size, std::string_view s) { return fonts.width(f, size, s); };
        const Layout layout = lay_out(document, measure);
        result.warnings = layout.warnings;

        std::vector<HPDF_Page> pages;
        for (std::size_t i = 0; i < layout.pages.size(); ++i) {
            pages.push_back(HPDF_AddPage(doc.get()));
            HPDF_Page_SetSize(pages.back(), HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
        }
        doc.check("adding pages");
        Encoder encode(fonts);
        Painter painter(doc, fonts, encode, result.warnings);
        for (std::size_t i = 0; i < layout.pages.size(); ++i) painter.draw(layout.pages[i], pages[i], pages);
        add_outline(doc, layout, pages);
        make_pdfa(doc, document.info);
        std::string& digest = painter.digest_input();
        for (const std::string* s : {&document.info.title, &document.info.author, &document.info.subject,
                                     &document.info.creator, &document.info.keywords})
            digest += *s + '\n';
        digest += std::to_string(document.info.created_unix);
        add_file_id(doc, digest);
        result.bytes = doc.save();
        result.missing = encode.missing();
    } catch (const std::exception& e) {
        result.bytes.clear();
        result.error = e.what();
    }
    return result;
}

}  // namespace ascreport
