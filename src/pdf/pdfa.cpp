#include "pdfa.hpp"

#include <chrono>
#include <filesystem>
#include <stdexcept>
#include <vector>

#include <fmt/format.h>
#include <hpdf_doc.h>

#include "ascreport/text.hpp"

namespace ascreport::pdf {
namespace {

struct Civil {
    int y = 0, m = 0, d = 0, hour = 0, minute = 0, second = 0;
};

// The date and the time of day, UTC; std::chrono floors, so times before 1970 work too.
Civil civil(std::int64_t unix_seconds) {
    namespace chr = std::chrono;
    const chr::sys_seconds t{chr::seconds{unix_seconds}};
    const chr::sys_days day = chr::floor<chr::days>(t);
    const chr::year_month_day ymd{day};
    const chr::hh_mm_ss time{t - day};
    return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
            static_cast<int>(static_cast<unsigned>(ymd.day())), static_cast<int>(time.hours().count()),
            static_cast<int>(time.minutes().count()), static_cast<int>(time.seconds().count())};
}

std::string xml_escaped(std::string_view utf8) {
    std::string out;
    for (const char32_t cp : text_string_characters(utf8)) {
        switch (cp) {
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '&': out += "&amp;"; break;
            case '"': out += "&quot;"; break;
            default: append_utf8(out, cp);
        }
    }
    return out;
}

void add_info(HaruDoc& doc, const DocumentInfo& info) {
    const Civil c = civil(info.created_unix);
    const HPDF_Date date{c.y, c.m, c.d, c.hour, c.minute, c.second, 'Z', 0, 0};
    HPDF_SetInfoDateAttr(doc.get(), HPDF_INFO_CREATION_DATE, date);
    HPDF_SetInfoDateAttr(doc.get(), HPDF_INFO_MOD_DATE, date);
    doc.check("setting the document dates");
    const std::pair<const char*, const std::string*> fields[] = {
        {"Title", &info.title},     {"Author", &info.author},     {"Subject", &info.subject},
        {"Creator", &info.creator}, {"Keywords", &info.keywords},
    };
    for (const auto& [key, value] : fields)
        if (!value->empty()) set_text_string(doc, doc.get()->info, key, *value);
    doc.check("setting the document information");
}

void add_metadata(HaruDoc& doc, const DocumentInfo& info) {
    const char* producer = HPDF_GetInfoAttr(doc.get(), HPDF_INFO_PRODUCER);
    const std::string xmp = xmp_metadata(info, producer ? producer : "");
    HPDF_Doc d = doc.get();
    // PDF/A-1 wants the metadata stream unfiltered, so a file search finds it.
    HPDF_Dict stream = HPDF_DictStream_New(d->mmgr, d->xref);
    doc.check("adding the XMP metadata");
    HPDF_Dict_AddName(stream, "Type", "Metadata");
    HPDF_Dict_AddName(stream, "Subtype", "XML");
    stream->filter = HPDF_STREAM_FILTER_NONE;
    HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(xmp.data()), static_cast<HPDF_UINT>(xmp.size()));
    HPDF_Dict_Add(d->catalog, "Metadata", stream);
    doc.check("adding the XMP metadata");
}

void add_output_intent(HaruDoc& doc, const std::string& icc_path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(icc_path, ec))
        throw std::runtime_error("cannot read the colour profile " + icc_path +
                                 " that PDF/A needs: install the Debian package icc-profiles-free "
                                 "(apt-get install icc-profiles-free)");
    HPDF_Doc d = doc.get();
    HPDF_OutputIntent icc = HPDF_LoadIccProfileFromFile(d, icc_path.c_str(), 3);
    doc.check("reading the colour profile " + icc_path);
    if (!icc) throw std::runtime_error("cannot read the colour profile " + icc_path);
    icc->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    HPDF_Dict intent = HPDF_Dict_New(d->mmgr);
    HPDF_Xref_Add(d->xref, intent);
    HPDF_Dict_AddName(intent, "Type", "OutputIntent");
    HPDF_Dict_AddName(intent, "S", "GTS_PDFA1");
    HPDF_Dict_Add(intent, "OutputConditionIdentifier", HPDF_String_New(d->mmgr, "sRGB IEC61966-2.1", nullptr));
    HPDF_Dict_Add(intent, "RegistryName", HPDF_String_New(d->mmgr, "http://www.color.org", nullptr));
    HPDF_Dict_Add(intent, "Info", HPDF_String_New(d->mmgr, "sRGB IEC61966-2.1", nullptr));
    HPDF_Dict_Add(intent, "DestOutputProfile", icc);
    HPDF_Array intents = HPDF_Array_New(d->mmgr);
    HPDF_Array_Add(intents, intent);
    HPDF_Dict_Add(d->catalog, "OutputIntents", intents);
    doc.check("adding the output intent");
}

}  // namespace

std::string xmp_date(std::int64_t unix_seconds) {
    const Civil c = civil(unix_seconds);
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", c.y, c.m, c.d, c.hour, c.minute, c.second);
}

std::string xmp_metadata(const DocumentInfo& info, const std::string& producer) {
    const auto element = [](const char* name, const std::string& value, const char* open = "", const char* close = "") {
        if (value.empty()) return std::string();
        return std::string("   <") + name + ">" + open + xml_escaped(value) + close + "</" + name + ">\n";
    };
    const char* alt_open = "<rdf:Alt><rdf:li xml:lang=\"x-default\">";
    const char* alt_close = "</rdf:li></rdf:Alt>";
    const std::string date = xmp_date(info.created_unix);
    std::string x;
    x += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n";
    x += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n";
    x += " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
    x += "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n";
    x += "   <dc:format>application/pdf</dc:format>\n";
    x += element("dc:title", info.title, alt_open, alt_close);
    x += element("dc:creator", info.author, "<rdf:Seq><rdf:li>", "</rdf:li></rdf:Seq>");
    x += element("dc:description", info.subject, alt_open, alt_close);
    x += "  </rdf:Description>\n";
    x += "  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n";
    x += element("xmp:CreatorTool", info.creator);
    x += element("xmp:CreateDate", date);
    x += element("xmp:ModifyDate", date);
    x += "  </rdf:Description>\n";
    x += "  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n";
    x += element("pdf:Producer", producer);
    x += element("pdf:Keywords", info.keywords);
    x += "  </rdf:Description>\n";
    x += "  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n";
    x += "   <pdfaid:part>1</pdfaid:part>\n";
    x += "   <pdfaid:conformance>B</pdfaid:conformance>\n";
    x += "  </rdf:Description>\n";
    x += " </rdf:RDF>\n";
    x += "</x:xmpmeta>\n";
    x += "<?xpacket end=\"w\"?>";
    return x;
}

void make_pdfa(HaruDoc& doc, const DocumentInfo& info, const std::string& icc_path) {
    HPDF_Doc d = doc.get();
    d->pdf_version = HPDF_VER_14;  // PDF/A-1 is based on PDF 1.4
    add_info(doc, info);
    add_metadata(doc, info);
    add_output_intent(doc, icc_path);
    HPDF_Dict_Add(d->catalog, "Lang", HPDF_String_New(d->mmgr, kLanguage, nullptr));
    HPDF_Dict prefs = HPDF_Dict_New(d->mmgr);
    HPDF_Dict_AddBoolean(prefs, "DisplayDocTitle", HPDF_TRUE);
    HPDF_Dict_Add(d->catalog, "ViewerPreferences", prefs);
    doc.check("adding the PDF/A entries");
}

void make_printable(HPDF_Annotation annotation) {
    if (annotation) HPDF_Dict_AddNumber(annotation, "F", 4);
}

}  // namespace ascreport::pdf
