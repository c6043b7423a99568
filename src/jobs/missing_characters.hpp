// Where the characters the PDF's fonts could not print came from. The renderer sees only the
// finished Document and names a character (ascreport/pdf.hpp, PdfResult::missing); the report
// pipeline knows where each piece of the data's free text was read (PublishedText, the same
// texts the personal-data scan reads), so a user is told which file and line to look at.
#pragma once

#include <vector>

#include "ascreport/diagnostics.hpp"
#include "ascreport/pdf.hpp"
#include "ascreport/privacy.hpp"

namespace ascreport::publish {

struct PlacedCharacters {
    // A warning for each text that holds a missing character, in the order of the texts:
    //   DATA/compliments.csv:3: column text: warning: character U+1F60A (😊) is not in the report
    //   fonts; left out of the PDF (the HTML edition keeps it)
    // A CSV column holding one character on several records is one warning naming how many and
    // their first lines, as the loader's are; a narrative file's name each line.
    Diagnostics located;
    // The missing characters in none of the texts (from report.toml or the template), each with
    // its count: the caller warns about each without a place (missing_character_warning).
    std::vector<MissingCharacter> elsewhere;
};

PlacedCharacters place_missing_characters(const std::vector<MissingCharacter>& missing,
                                          const std::vector<PublishedText>& texts);

}  // namespace ascreport::publish
