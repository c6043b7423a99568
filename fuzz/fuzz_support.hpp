// One function per fuzz target: the libFuzzer entry points in fuzz/fuzz_*.cpp are one-line
// wrappers around these, and tests/fuzz/fuzz_corpus_test.cpp replays the seed corpus and every
// saved regression through the very same functions on each `make test`.
//
// Contract of each function: any bytes in, no crash, no hang, no leak, no exception out.
// Problems in the input become diagnostics, which are formatted and dropped.
#pragma once

#include <string_view>

namespace ascreport::fuzz {

// data-samples/ and fuzz/template/ in the source tree: defined in a file the build writes
// (fuzz/CMakeLists.txt), not -D definitions, so a clone elsewhere compiles the same command.
const char* sample_data_dir();
const char* template_fixture_dir();

// fuzz_csv. Byte 0 picks the loader (modulo 5: complaints, concerns, compliments, lgsco,
// regional); byte 1 picks the settings: bit 0 the encoding (0 UTF-8, 1 Windows-1252), bit 1
// a report.toml with column renames and value mappings, bit 2 (over bit 1) one for an export
// as case systems write it (own age bands and date form, a column from two headers, N/A
// mappings, concerns read from complaint columns); bit 3 also reads the bytes as `init` does
// (inspect_bytes, the same reader). The rest is the CSV file's bytes.
// Inputs shorter than 2 bytes are ignored. Concerns are checked against the references of a
// small fixed complaints file (fuzz_support.cpp, kComplaints).
void load_csv(std::string_view input);

// fuzz_settings: the bytes are report.toml.
void load_settings(std::string_view input);

// fuzz_template: the bytes are one template section (Markdown with {{...}}), expanded with
// the figures of data-samples/ for 2023/24 and walked into document blocks as a narrative
// file: normalised, redacted with a fixed list of names across its runs, and its printed
// text scanned (check_document). {{text NAME}}
// prints only fuzz/template/text/NAME.md and data-samples/narrative/NAME.md (loaded with the
// data, once). The blocks are then rendered as the HTML edition.
void build_template(std::string_view input);

// fuzz_text: the bytes are one piece of free text, as a CSV field or a narrative paragraph
// holds it, or a link's target. Normalised (normalise_text), redacted with a fixed list of
// names and scanned (scan_personal_data, PublishedValues: both read the text decoded, with
// look-alike characters mapped); the raw bytes are scanned too; its addresses linked
// (link_addresses) and every target, and the bytes as one, checked (check_link). Throws
// std::logic_error when a promise breaks: normalising twice changes the text, a name is left
// after redaction, a match's offset and text are not those of the text scanned, linking
// changes the text, or check_link publishes a target that is not https:, http: or mailto:,
// holds a tab or line break, or reads otherwise when checked again.
void scan_text(std::string_view input);

// Loads data-samples/ and computes its figures, once; build_template calls it too. The
// fuzzer calls it at start-up so that the first input is not charged for it.
void prepare_template_figures();

}  // namespace ascreport::fuzz
