// PDF/A-1b: the XMP packet on its own, and what a rendered report declares, read back with
// qpdf (no PDF/A validator is packaged for Debian: veraPDF is not, so the checks are the
// catalog, the metadata and the fonts, as the issue lists them).
#include <catch2/catch.hpp>

#include "ascreport/pdf.hpp"
#include "pdf/pdfa.hpp"
#include "pdf_fonts.hpp"
#include "sample_document.hpp"
#include "test_support.hpp"

using namespace ascreport;

namespace {

// The PDF written out and uncompressed by qpdf, so its dictionaries can be read as text.
struct Uncompressed {
    test::TempDir dir;
    std::string pdf, qdf;
    explicit Uncompressed(const PdfResult& r) {
        test::require_tool("qpdf", "qpdf");
        pdf = dir.write("r.pdf", std::string(r.bytes.begin(), r.bytes.end())).string();
        const test::RunResult q = test::shell("qpdf --qdf --object-streams=disable " + pdf + " -");
        REQUIRE(q.status == 0);
        qdf = q.out;
    }
    std::size_t count(const std::string& s) const {
        std::size_t n = 0;
        for (std::size_t at = 0; (at = qdf.find(s, at)) != std::string::npos; at += s.size()) ++n;
        return n;
    }
};

}  // namespace

TEST_CASE("the XMP packet holds the document information, escaped, and names PDF/A-1b", "[pdfa]") {
    const DocumentInfo info{"Annual Report \u2013 \u0141ukasz & <Co> \"quoted\"", "Example Council", "Complaints",
                            "ascreport 0.1.0", "", 1725190245};  // 2024-09-01 11:30:45 UTC
    const std::string x = pdf::xmp_metadata(info, "Haru Free PDF Library 2.3.0");
    CHECK(x.rfind("<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>", 0) == 0);
    CHECK(x.find("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Annual Report \u2013 \u0141ukasz &amp; &lt;Co&gt; "
                 "&quot;quoted&quot;</rdf:li></rdf:Alt></dc:title>") != std::string::npos);
    CHECK(x.find("<dc:creator><rdf:Seq><rdf:li>Example Council</rdf:li></rdf:Seq></dc:creator>") != std::string::npos);
    CHECK(x.find("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">Complaints</rdf:li></rdf:Alt>") !=
          std::string::npos);
    CHECK(x.find("<xmp:CreatorTool>ascreport 0.1.0</xmp:CreatorTool>") != std::string::npos);
    CHECK(x.find("<xmp:CreateDate>2024-09-01T11:30:45Z</xmp:CreateDate>") != std::string::npos);
    CHECK(x.find("<xmp:ModifyDate>2024-09-01T11:30:45Z</xmp:ModifyDate>") != std::string::npos);
    CHECK(x.find("<pdf:Producer>Haru Free PDF Library 2.3.0</pdf:Producer>") != std::string::npos);
    CHECK(x.find("Keywords") == std::string::npos);  // empty fields are left out, as in the information
    CHECK(x.find("<pdfaid:part>1</pdfaid:part>") != std::string::npos);
    CHECK(x.find("<pdfaid:conformance>B</pdfaid:conformance>") != std::string::npos);
    CHECK(x.substr(x.size() - 19) == "<?xpacket end=\"w\"?>");
    // Control characters, which XML cannot hold, become spaces; a bad byte U+FFFD.
    CHECK(pdf::xmp_metadata({"a\x01" "b\xFF", "", "", "", "", 0}, "").find(">a b\uFFFD<") != std::string::npos);
}

TEST_CASE("XMP dates are UTC, before 1970 too", "[pdfa]") {
    CHECK(pdf::xmp_date(0) == "1970-01-01T00:00:00Z");
    CHECK(pdf::xmp_date(1727740800) == "2024-10-01T00:00:00Z");
    CHECK(pdf::xmp_date(-1) == "1969-12-31T23:59:59Z");
}

TEST_CASE("the report is PDF/A-1b: output intent, XMP metadata, language, title in the window", "[pdfa]") {
    const PdfResult r = test::render_pdf(testing::sample_document());
    REQUIRE(r.ok());
    const std::string bytes(r.bytes.begin(), r.bytes.end());
    CHECK(bytes.rfind("%PDF-1.4\n", 0) == 0);
    const Uncompressed u(r);
    CHECK(u.count("/Lang (en-GB)") == 1);
    CHECK(u.count("/ViewerPreferences <<\n    /DisplayDocTitle true\n  >>") == 1);
    CHECK(u.count("/OutputIntents [") == 1);
    CHECK(u.count("/S /GTS_PDFA1") == 1);
    CHECK(u.count("/OutputConditionIdentifier (sRGB IEC61966-2.1)") == 1);
    CHECK(u.count("/DestOutputProfile ") == 1);
    CHECK(u.count("/Metadata ") == 1);
    CHECK(u.count("/Subtype /XML") == 1);
    CHECK(u.count("<pdfaid:part>1</pdfaid:part>") == 1);
    CHECK(u.count("<pdfaid:conformance>B</pdfaid:conformance>") == 1);
    // The metadata stream is not compressed (PDF/A-1 forbids a filter on it): the packet is in
    // the file as it is.
    CHECK(bytes.find("<pdfaid:conformance>B</pdfaid:conformance>") != std::string::npos);
    // Every annotation is printable.
    CHECK(u.count("/Subtype /Link") > 0);
    CHECK(u.count("/F 4\n") == u.count("/Subtype /Link"));
    CHECK(u.count("/ID [") == 1);
}

TEST_CASE("the XMP metadata agrees with the document information, letters outside Windows-1252 too", "[pdfa]") {
    Document doc = testing::sample_document();
    doc.info = {"Raport roczny \u2013 Dzi\u0119kuj\u0119", "Cyngor \u0174yr", "Skargi", "ascreport 0.1.0", "opieka; \u0219",
                1725190245};
    const PdfResult r = test::render_pdf(doc);
    REQUIRE(r.ok());
    const Uncompressed u(r);
    test::require_tool("pdfinfo", "poppler-utils");
    const test::RunResult info = test::shell("pdfinfo -isodates " + u.pdf);
    CHECK(info.err.empty());
    CHECK(info.out.find("Title:           Raport roczny \u2013 Dzi\u0119kuj\u0119\n") != std::string::npos);
    CHECK(info.out.find("Author:          Cyngor \u0174yr\n") != std::string::npos);
    CHECK(info.out.find("Keywords:        opieka; \u0219\n") != std::string::npos);
    CHECK(info.out.find("CreationDate:    2024-09-01T11:30:45Z\n") != std::string::npos);
    CHECK(info.out.find("ModDate:         2024-09-01T11:30:45Z\n") != std::string::npos);
    const test::RunResult meta = test::shell("pdfinfo -meta " + u.pdf);
    CHECK(meta.out == pdf::xmp_metadata(doc.info, "Haru Free PDF Library 2.3.0") + "\n");
}

TEST_CASE("a missing colour profile is an error naming the file and the package", "[pdfa]") {
    pdf::HaruDoc doc;
    CHECK_THROWS_WITH(pdf::make_pdfa(doc, DocumentInfo{}, "/nonexistent/sRGB.icc"),
                      "cannot read the colour profile /nonexistent/sRGB.icc that PDF/A needs: install the Debian "
                      "package icc-profiles-free (apt-get install icc-profiles-free)");
}

TEST_CASE("a Unicode font's descriptor lists the characters its subset holds (CIDSet)", "[pdfa]") {
    Document doc = testing::sample_document();
    doc.blocks.push_back(Paragraph{{Run::plain("Dzi\u0119kuj\u0119 \u0141ukasz"), Run::strong(" Nguy\u1ec5n")}});
    const PdfResult r = test::render_pdf(doc);
    REQUIRE(r.ok());
    const Uncompressed u(r);
    CHECK(u.count("/Subtype /CIDFontType2") == 2);  // regular and bold
    CHECK(u.count("/CIDSet ") == 2);
    test::require_tool("pdftotext", "poppler-utils");
    const test::RunResult text = test::shell("pdftotext " + u.pdf + " -");
    CHECK(text.err.empty());
    CHECK(text.out.find("Dzi\u0119kuj\u0119 \u0141ukasz Nguy\u1ec5n") != std::string::npos);
}
