// Where the characters the PDF's fonts could not print came from. The renderer names each
// character it drew from the data's text with the Source of that text (PdfResult::
// sourced_missing), so a user is told which file and line to look at.
#pragma once

#include <vector>

#include "ascreport/diagnostics.hpp"
#include "ascreport/pdf.hpp"

namespace ascreport::jobs {

struct PlacedCharacters {
    // A warning for each text that holds a missing character, in the order of the personal-
    // data scan's messages (scanned_before):
    //   DATA/compliments.csv:3: column text: warning: character U+1F60A (😊) is not in the report
    //   fonts; left out of the PDF (the HTML edition keeps it)
    // A CSV column holding one character on several records is one warning naming how many and
    // their first lines, as the loader's are; a narrative file's name each line.
    Diagnostics located;
    // The missing characters in none of the data's text (from report.toml or the template), each
    // with its count: the caller warns about each without a place (missing_character_warning).
    std::vector<MissingCharacter> elsewhere;
};

PlacedCharacters place_missing_characters(const std::vector<MissingCharacter>& missing,
                                          std::vector<SourcedMissingCharacter> sourced);

}  // namespace ascreport::jobs
