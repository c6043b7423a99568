// The contract's fixed vocabularies (input-format.md), in the contract's order.
//
// Each enum's values index its vocabulary's label list; the value one past the last label
// stands for an empty field (Open, N/A, ...), whose label is the vocabulary's `empty_label`.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ascreport {

enum class Route : std::uint8_t { Statutory, Informal, Corporate };
enum class Outcome : std::uint8_t { Upheld, PartlyUpheld, NotUpheld, Withdrawn, Open };
enum class Method : std::uint8_t { Email, ContactCentre, Letter, Phone, InPerson, SocialMedia, Other };
enum class Gender : std::uint8_t { Male, Female, Other, NotAvailable };
enum class Disability : std::uint8_t { Yes, No, PreferNotToSay, NotAvailable };
enum class ComplimentSource : std::uint8_t { Form, Card, Letter, Email, Phone, Other, NotRecorded };
enum class Decision : std::uint8_t {
    Upheld, NotUpheld, ClosedAfterInitialEnquiries, Premature, IncompleteInvalid, AdviceGiven, Open
};
// The procedure a complaint is handled under (docs/input-format.md, "Regimes and stages";
// ../research: the 2009 adult regulations, the 2006 children's regulations, the Ombudsman's
// Complaint Handling Code). An empty cell, or no regime column at all, is adult social care:
// every file written before regimes existed is an adult social care export.
enum class Regime : std::uint8_t { Adult, Children, Corporate };
// Who made the complaint. NotRecorded stands for an empty cell.
enum class Complainant : std::uint8_t { Person, Parent, Carer, Advocate, MpOrCouncillor, Other, NotRecorded };
// What the council did to put a fault right (a complaint may have several).
enum class RemedyType : std::uint8_t { Apology, Financial, ProcedureChange, Training, Reassessment, Other };

// A vocabulary: the column it belongs to, the accepted values, and how an empty field reads
// (empty_label is empty when the column is required and may not be empty).
struct Vocab {
    std::string_view column;
    std::span<const std::string_view> values;
    std::string_view empty_label;

    std::size_t size_with_empty() const { return values.size() + (empty_label.empty() ? 0 : 1); }
    std::string_view label(std::size_t index) const {
        return index < values.size() ? values[index] : empty_label;
    }
};

namespace vocab_detail {
inline constexpr std::array<std::string_view, 3> route{"Statutory", "Informal", "Corporate"};
inline constexpr std::array<std::string_view, 4> outcome{"Upheld", "Partly upheld", "Not upheld", "Withdrawn"};
inline constexpr std::array<std::string_view, 7> method{
    "Email", "Contact centre/form", "Letter", "Phone", "In person", "Social media", "Other"};
inline constexpr std::array<std::string_view, 3> gender{"Male", "Female", "Other"};
inline constexpr std::array<std::string_view, 6> age_band{"Under 16", "16-24", "25-34", "35-49", "50-64", "65+"};
inline constexpr std::array<std::string_view, 3> disability{"Yes", "No", "Prefer not to say"};
inline constexpr std::array<std::string_view, 6> source{"Form", "Card", "Letter", "Email", "Phone", "Other"};
inline constexpr std::array<std::string_view, 6> decision{
    "Upheld", "Not upheld", "Closed after initial enquiries", "Premature", "Incomplete/invalid", "Advice given"};
inline constexpr std::array<std::string_view, 2> yes_no{"Yes", "No"};
inline constexpr std::array<std::string_view, 3> regime{"Adult social care", "Children's social care", "Corporate"};
inline constexpr std::array<std::string_view, 6> complainant{
    "The person", "Parent", "Carer", "Advocate", "MP or councillor", "Other"};
inline constexpr std::array<std::string_view, 6> remedy_type{
    "Apology", "Financial redress", "Change to procedure", "Staff training", "Reassessment", "Other"};
inline constexpr std::array<std::string_view, 3> stage{"Stage 1", "Stage 2", "Stage 3"};
}  // namespace vocab_detail

inline constexpr Vocab kRouteVocab{"route", vocab_detail::route, ""};
inline constexpr Vocab kOutcomeVocab{"outcome", vocab_detail::outcome, "Open"};
inline constexpr Vocab kMethodVocab{"method", vocab_detail::method, ""};
inline constexpr Vocab kGenderVocab{"gender", vocab_detail::gender, "N/A"};
// The contract's age bands; report.toml [input] age_bands may declare the export's own (AgeBands).
inline constexpr Vocab kAgeBandVocab{"age_band", vocab_detail::age_band, "N/A"};
inline constexpr Vocab kDisabilityVocab{"disability", vocab_detail::disability, "N/A"};
inline constexpr Vocab kSourceVocab{"source", vocab_detail::source, "Not recorded"};
inline constexpr Vocab kDecisionVocab{"decision", vocab_detail::decision, "Open"};
inline constexpr Vocab kExtendedVocab{"extended", vocab_detail::yes_no, "No"};
// compliments.csv publish: the same words, mapped by its own [values.publish].
inline constexpr Vocab kPublishVocab{"publish", vocab_detail::yes_no, "No"};
// An empty regime is adult social care (Regime): its empty label is that value's own label,
// and the loader reads an empty cell as Regime::Adult.
inline constexpr Vocab kRegimeVocab{"regime", vocab_detail::regime, ""};
inline constexpr Vocab kComplainantVocab{"complainant", vocab_detail::complainant, "Not recorded"};
inline constexpr Vocab kRemedyTypeVocab{"remedy", vocab_detail::remedy_type, ""};
// advocate and dispute_resolution: Yes, No or empty (not recorded).
inline constexpr Vocab kAdvocateVocab{"advocate", vocab_detail::yes_no, "Not recorded"};
inline constexpr Vocab kDisputeResolutionVocab{"dispute_resolution", vocab_detail::yes_no, "Not recorded"};
// refused: Yes, No, or empty (No: accepted into the procedure).
inline constexpr Vocab kRefusedVocab{"refused", vocab_detail::yes_no, "No"};
// The row-per-stage shape's stage column (the loader also reads 1, 2, 3 as written).
inline constexpr Vocab kStageVocab{"stage", vocab_detail::stage, ""};

// At most this many age bands may be declared (a complaint keeps its band in one byte).
inline constexpr std::size_t kMaxAgeBands = 32;

// The age bands complaints are read with, in print order: the contract's (kAgeBandVocab), or
// the export's own that report.toml [input] age_bands declares. It owns the words its Vocab
// points into, so a copy has its own and a move keeps them where they are.
class AgeBands {
public:
    AgeBands() = default;  // the contract's
    // The export's own bands (trimmed, none empty or repeated, at most kMaxAgeBands: the
    // settings stage checks them); none: the contract's.
    explicit AgeBands(std::vector<std::string> declared);
    AgeBands(const AgeBands& other);
    AgeBands& operator=(const AgeBands& other);
    AgeBands(AgeBands&& other) noexcept;
    AgeBands& operator=(AgeBands&& other) noexcept;

    const Vocab& vocab() const { return vocab_; }
    // Whether report.toml declared the export's own bands.
    bool declared() const { return !declared_.empty(); }
    const std::vector<std::string>& declared_bands() const { return declared_; }

private:
    std::vector<std::string> declared_;
    std::vector<std::string_view> views_;  // into declared_
    Vocab vocab_ = kAgeBandVocab;
};

template <class E> constexpr const Vocab& vocab_of();
template <> constexpr const Vocab& vocab_of<Route>() { return kRouteVocab; }
template <> constexpr const Vocab& vocab_of<Outcome>() { return kOutcomeVocab; }
template <> constexpr const Vocab& vocab_of<Method>() { return kMethodVocab; }
template <> constexpr const Vocab& vocab_of<Gender>() { return kGenderVocab; }
template <> constexpr const Vocab& vocab_of<Disability>() { return kDisabilityVocab; }
template <> constexpr const Vocab& vocab_of<ComplimentSource>() { return kSourceVocab; }
template <> constexpr const Vocab& vocab_of<Decision>() { return kDecisionVocab; }
template <> constexpr const Vocab& vocab_of<Regime>() { return kRegimeVocab; }
template <> constexpr const Vocab& vocab_of<Complainant>() { return kComplainantVocab; }
template <> constexpr const Vocab& vocab_of<RemedyType>() { return kRemedyTypeVocab; }

template <class E> std::string_view label(E value) {
    return vocab_of<E>().label(static_cast<std::size_t>(value));
}

}  // namespace ascreport
