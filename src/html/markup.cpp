#include "markup.hpp"

#include "ascreport/links.hpp"
#include "ascreport/text.hpp"

namespace ascreport::html {

std::string escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        const char32_t cp = next_code_point(text, i);
        switch (cp) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default:
                if ((cp < 0x20 && cp != '\t' && cp != '\n') || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) break;
                if (cp == 0xFFFD) {
                    append_utf8(out, cp);  // a malformed byte, or U+FFFD itself
                } else {
                    out.append(text.substr(start, i - start));
                }
        }
    }
    return out;
}

std::string safe_href(std::string_view url) { return check_link(url).url; }

std::string Ids::make(std::string_view text) {
    std::string base;
    for (char c : ascii_lower(text)) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (keep) {
            base += c;
        } else if (!base.empty() && base.back() != '-') {
            base += '-';
        }
        if (base.size() >= 48) break;
    }
    while (!base.empty() && base.back() == '-') base.pop_back();
    if (base.empty() || (base[0] >= '0' && base[0] <= '9')) base = "section-" + base;
    if (base.back() == '-') base.pop_back();
    const int n = ++used_[base];
    return n == 1 ? base : base + "-" + std::to_string(n);
}

Palette palette_for(const Theme& theme) {
    Palette p;
    p.brand = readable_shade(parse_rgb(theme.colour).value_or(Rgb{0x1D, 0x4F, 0x91}));
    p.brand_deep = blend(p.brand, Rgb{0, 0, 0}, 0.28);
    p.tint = blend(p.brand, kWhite, 0.9);
    return p;
}

std::string stylesheet(const Palette& p) {
    const std::string brand = hex_of(p.brand), deep = hex_of(p.brand_deep), ink = hex_of(p.ink),
                      muted = hex_of(p.muted), rule = hex_of(p.rule), tint = hex_of(p.tint);
    std::string css;
    css += ":root{--brand:" + brand + ";--brand-deep:" + deep + ";--ink:" + ink + ";--muted:" + muted +
           ";--rule:" + rule + ";--tint:" + tint + "}\n";
    css += R"css(*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;color:var(--ink);background:#fff;font-family:"Liberation Sans",Arial,Helvetica,sans-serif;font-size:1.0625rem;line-height:1.5;overflow-wrap:break-word}
.page{max-width:46rem;margin:0 auto;padding:0 1rem 3rem}
.skip{position:absolute;left:-999em;top:0;background:#fff;color:var(--brand);padding:.5rem}
.skip:focus{left:1rem}
.cover{background:var(--brand);color:#fff;padding:2.5rem 1rem 2rem;margin-bottom:1.5rem}
.cover-inner{max-width:44rem;margin:0 auto}
.cover .service{font-size:1.25rem;margin:0 0 .5rem}
.cover h1{font-size:2.25rem;line-height:1.2;margin:0 0 .75rem}
.cover .year{display:block;font-weight:normal;font-size:1.75rem;margin-top:.5rem}
.cover .council{font-size:1.25rem;font-weight:bold;margin:1rem 0 0}
.cover .published{margin:.25rem 0 0}
.cover .logo{background:#fff;display:inline-block;padding:.5rem;margin-top:1rem}
.cover .logo img{display:block;max-width:12rem;max-height:5rem;width:auto;height:auto}
h2,h3,h4{color:var(--brand);line-height:1.25;margin:2rem 0 .75rem}
h2{font-size:1.6rem;border-bottom:2px solid var(--brand);padding-bottom:.25rem}
h3{font-size:1.3rem}
h4{font-size:1.1rem}
p,ul,ol,blockquote{margin:0 0 1rem}
a{color:var(--brand);text-decoration:underline;text-underline-offset:.15em}
a:hover{text-decoration-thickness:.15em}
a:focus{outline:3px solid #fd0;outline-offset:0;background:#fd0;color:#0b0c0c}
.cover a{color:#fff}
blockquote{border-left:4px solid var(--brand);padding:.25rem 0 .25rem 1rem;margin-left:0;font-style:italic}
nav.contents ol{padding-left:1.5rem}
nav.contents li{margin:.25rem 0}
.key-facts{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:.75rem}
.key-facts li{background:var(--brand);color:#fff;padding:1rem 1.25rem;margin:0}
.key-facts li:nth-child(even){background:var(--brand-deep)}
.fact-number{display:block;font-size:2.25rem;font-weight:bold;line-height:1.15}
.table-wrap{overflow-x:auto;margin:0 0 1.25rem}
.table-wrap:focus{outline:3px solid #fd0}
table{border-collapse:collapse;width:100%;font-size:1rem}
caption{text-align:left;font-weight:bold;padding:0 0 .5rem;color:var(--ink)}
th,td{padding:.4rem .5rem;border-bottom:1px solid var(--rule);vertical-align:top;text-align:left}
thead th{background:var(--tint);border-bottom:2px solid var(--brand)}
tbody th{font-weight:normal}
.num{text-align:right;font-variant-numeric:tabular-nums}
tr.total th,tr.total td{font-weight:bold;border-top:2px solid var(--ink)}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}
figure.chart{margin:1.5rem 0}
figure.chart figcaption{font-weight:bold;margin-bottom:.5rem}
figure.chart svg{display:block;width:100%;max-width:30rem;height:auto}
.legend{list-style:none;padding:0;margin:.5rem 0;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}
.legend li{display:flex;align-items:center;gap:.4rem}
.swatch{display:inline-block;width:1rem;height:1rem;border:1px solid var(--ink)}
details{margin:.5rem 0 1rem}
summary{cursor:pointer;color:var(--brand);text-decoration:underline}
summary:focus{outline:3px solid #fd0}
footer{border-top:1px solid var(--rule);margin-top:3rem;padding-top:1rem;color:var(--muted);font-size:.95rem}
@media (max-width:30rem){body{font-size:1rem}.cover h1{font-size:1.75rem}.cover .year{font-size:1.4rem}h2{font-size:1.4rem}.fact-number{font-size:1.9rem}th,td{padding:.3rem .35rem}}
@media print{
@page{margin:18mm 16mm}
body{font-size:10.5pt;color:#000}
.page{max-width:none;padding:0}
.skip,summary{display:none}
.cover{-webkit-print-color-adjust:exact;print-color-adjust:exact;break-after:page;padding:3rem 1.5rem}
.key-facts li,thead th,.swatch,svg{-webkit-print-color-adjust:exact;print-color-adjust:exact}
h2,h3,h4{break-after:avoid}
h2{break-before:page}
nav.contents+h2,.key-facts+h2{break-before:auto}
table,figure,blockquote,.key-facts li{break-inside:avoid}
.table-wrap{overflow:visible}
a{color:#000}
a[href^="http"]:not(.bare)::after{content:" (" attr(href) ")";font-size:90%}
}
)css";
    return css;
}

}  // namespace ascreport::html
