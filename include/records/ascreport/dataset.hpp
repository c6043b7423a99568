// Typed records of one data folder: what `load` produces and `compute` reads.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ascreport/date.hpp"
#include "ascreport/text_table.hpp"
#include "ascreport/vocab.hpp"

namespace ascreport {

// Complaint::age_band of a complaint with no age band (N/A).
inline constexpr std::uint8_t kNoAgeBand = 0xFF;

// One stage after the first of a complaint's procedure: stage 2 or 3 (docs/input-format.md,
// "Regimes and stages"). The first stage is the complaint's own fields (received, acknowledged,
// extended, extended_to, responded, outcome), as in every export written before stages.
struct LaterStage {
    std::uint8_t number = 2;              // 2 or 3: corporate complaints have 2, children's 3
    Date requested;                       // the day escalation to this stage was asked for
    std::optional<Date> acknowledged;
    bool extended = false;                // a longer time agreed (the regime's extended limit)
    std::optional<Date> extended_to;      // the day agreed, where the export records one
    std::optional<Date> responded;        // empty while the stage is open
    std::optional<Date> panel;            // stage 3 of a children's complaint: the day the
                                          // review panel met (its time limit is to the panel)
    Outcome outcome = Outcome::Open;
    std::uint32_t line = 0;               // where the stage was read (a row of its own, or
    std::uint16_t part = 0;               // the complaint's row), and from which file

    bool operator==(const LaterStage&) const = default;
};

// A remedy the council gave: its type, and the amount where money was paid.
struct Remedy {
    RemedyType type = RemedyType::Other;
    std::optional<std::int64_t> pence;

    bool operator==(const Remedy&) const = default;
};

// What a complaint of several stages, or of the regimes' other columns, also holds
// (docs/input-format.md, "Regimes and stages"); all of it optional in the files.
struct ComplaintDetails {
    std::optional<Date> acknowledged;  // the first stage's acknowledgement
    std::optional<Date> extended_to;   // the first stage's agreed date, where recorded
    std::vector<LaterStage> later_stages;  // stages 2 and 3 in order, each at most once
    Complainant complainant = Complainant::NotRecorded;
    std::optional<bool> advocate;            // an advocate was involved; nullopt: not recorded
    std::optional<bool> dispute_resolution;  // mediation or other resolution was offered
    std::vector<Remedy> remedies;
    TextId fault_reason = kNoText;     // why fault was found (free text), kNoText: none given
    bool refused = false;              // not accepted into the procedure
    TextId refused_reason = kNoText;   // why (free text), kNoText: none given

    bool operator==(const ComplaintDetails&) const = default;
};

// A complaint's ComplaintDetails, held apart: most complaints have none (no export written
// before regimes and stages has any), and those take 8 bytes for them rather than 100, so a
// million complaints still load in the memory bench/README.md measures. A value: copying a
// complaint copies its details. Reading a complaint with none gives the defaults.
class ComplaintDetailsBox {
public:
    ComplaintDetailsBox() = default;
    ComplaintDetailsBox(const ComplaintDetailsBox& other)
        : details_(other.details_ ? std::make_unique<ComplaintDetails>(*other.details_) : nullptr) {}
    ComplaintDetailsBox& operator=(const ComplaintDetailsBox& other) {
        if (this != &other) details_ = other.details_ ? std::make_unique<ComplaintDetails>(*other.details_) : nullptr;
        return *this;
    }
    ComplaintDetailsBox(ComplaintDetailsBox&&) noexcept = default;
    ComplaintDetailsBox& operator=(ComplaintDetailsBox&&) noexcept = default;

    const ComplaintDetails& operator*() const { return details_ ? *details_ : none(); }
    const ComplaintDetails* operator->() const { return &**this; }
    // Whether the complaint has details of its own (not only the defaults).
    bool has_value() const { return details_ != nullptr; }
    // Lets the details go when they hold only the defaults.
    void drop_if_empty() {
        if (details_ && *details_ == ComplaintDetails{}) details_.reset();
    }
    // The details to fill in, made on first use.
    ComplaintDetails& edit() {
        if (!details_) details_ = std::make_unique<ComplaintDetails>();
        return *details_;
    }

private:
    static const ComplaintDetails& none() {
        static const ComplaintDetails empty;
        return empty;
    }
    std::unique_ptr<ComplaintDetails> details_;
};

struct Complaint {
    std::string reference;
    Date received;
    std::optional<Date> responded;  // empty while open
    Route route = Route::Statutory;
    Outcome outcome = Outcome::Open;
    Method method = Method::Other;
    TextId service_area = kNoText;
    TextId provider = kNoText;      // kNoText: not about an external provider
    Gender gender = Gender::NotAvailable;
    // Index into the Dataset's age bands (Dataset::age_bands: the contract's, or those
    // report.toml declares), or kNoAgeBand.
    std::uint8_t age_band = kNoAgeBand;
    TextId ethnicity = kNoText;     // kNoText: N/A
    Disability disability = Disability::NotAvailable;
    bool extended = false;
    std::uint32_t line = 0;         // where the record starts in its file
    std::uint16_t part = 0;         // which of the kind's files (Dataset::file_of)
    // Regimes and stages (all optional in the files: an export without them is an adult
    // social care export of single-stage complaints, as before).
    Regime regime = Regime::Adult;
    ComplaintDetailsBox details;  // the rest: details->later_stages, ...
};

struct Concern {
    std::uint32_t complaint = 0;    // index into Dataset::complaints
    TextId category = kNoText;
    TextId subcategory = kNoText;
    std::uint32_t line = 0;         // where the record starts in its file
    std::uint16_t part = 0;         // which of the kind's files (Dataset::file_of)
};

struct Compliment {
    Date received;
    TextId service_area = kNoText;
    ComplimentSource source = ComplimentSource::NotRecorded;
    std::string text;               // may hold line breaks
    bool publish = false;
    std::uint32_t line = 0;         // where the record starts in its file
    std::uint16_t part = 0;         // which of the kind's files (Dataset::file_of)
};

struct OmbudsmanCase {
    std::string reference;
    Date received;
    std::optional<Date> decided;
    Decision decision = Decision::Open;
    std::string remedy;
    std::optional<std::int64_t> remedy_pence;
    std::string summary;            // may run to several paragraphs
    std::uint32_t line = 0;         // where the record starts in its file
    std::uint16_t part = 0;         // which of the kind's files (Dataset::file_of)
    std::string complaint;          // the council's reference of the complaint the case is
                                    // about (lgsco.csv `complaint`), empty when not recorded
};

struct RegionalEntry {
    FinancialYear year;
    TextId authority = kNoText;
    std::int64_t cases = 0;
    std::uint32_t line = 0;         // where the record starts in its file
    std::uint16_t part = 0;         // which of the kind's files (Dataset::file_of)
};

// One file of the year's own text, DATA/narrative/NAME.md (load_narratives). A file that
// cannot be read is kept with the reason, which the report gives when its template prints it.
struct NarrativeFile {
    std::string file;     // as messages name it, e.g. "exports/narrative/learning-points.md"
    std::string text;     // the file as it is (Markdown): the report normalises and redacts it after Markdown
    std::string name;     // what {{text NAME}} calls it: "learning-points"
    std::string problem;  // why it cannot be read, to follow "FILE: ", e.g. "is a folder, not
                          // a file"; empty when `text` holds the file

    bool readable() const { return problem.empty(); }
};

// The council's own tables for the Complaint Handling Code's annual report (docs/input-format.md,
// "The Code's annual report"): code-self-assessment.csv and complaint-actions.csv.
enum class Compliance : std::uint8_t { NotGiven, Yes, No, Partly };
// "Yes", "No", "Partly"; "" for NotGiven.
std::string_view label(Compliance c);

// One row of the self-assessment against the Code. Empty text is not given.
struct SelfAssessmentRow {
    std::string section, requirement;
    Compliance compliant = Compliance::NotGiven;
    std::string evidence, action;
    std::uint32_t line = 0;  // where the record starts in its file
};

// One service improvement made as a result of learning from complaints.
struct ImprovementAction {
    std::string action, service, status;
    std::uint32_t line = 0;
};

// A file of the council's own rows, as read: `file` names it in messages ("" when absent).
template <class Row>
struct CouncilFile {
    std::string file;
    std::vector<Row> rows;
    bool present() const { return !file.empty(); }
};

// Which inputs the folder held; a section whose file is absent says so in the report.
struct InputsPresent {
    bool concerns = false, compliments = false, lgsco = false, regional = false;
};

struct Dataset {
    std::vector<Complaint> complaints;
    std::vector<Concern> concerns;
    std::vector<Compliment> compliments;
    std::vector<OmbudsmanCase> lgsco;
    std::vector<RegionalEntry> regional;

    TextTable service_areas;  // complaints and compliments share it
    TextTable providers;
    TextTable ethnicities;
    TextTable categories;
    TextTable subcategories;
    TextTable authorities;
    TextTable fault_reasons;   // Complaint::fault_reason
    TextTable refused_reasons; // Complaint::refused_reason

    // DATA/narrative/*.md by file name, read once here; build_report applies Markdown, then
    // normalises and redacts; the Document's runs name the file and line (Source) for the scan.
    std::vector<NarrativeFile> narratives;

    // The Code's annual report: code-self-assessment.csv and complaint-actions.csv, when the
    // data folder has them.
    CouncilFile<SelfAssessmentRow> self_assessment;
    CouncilFile<ImprovementAction> actions;

    InputsPresent present;
    // The files each kind of record was read from ("complaints": "DATA/ASC Complaints.csv",
    // ...), as messages name them, in the order read (a record's `part` indexes them). Concerns
    // read from complaint columns ([concerns]) have the complaints' files.
    std::map<std::string, std::vector<std::string>, std::less<>> files;
    // The age bands the complaints were read with (Complaint::age_band indexes them).
    AgeBands age_bands;

    // The narrative file {{text NAME}} names, or nullptr when the folder has none by that name.
    const NarrativeFile* narrative(std::string_view name) const;
    // The file a record of `kind` ("complaints", ...) with `part` is in, as messages name it;
    // the contract's name ("complaints.csv") when the Dataset does not know (one built in code).
    std::string file_of(std::string_view kind, std::uint16_t part = 0) const;
};

}  // namespace ascreport
