// The names `ascreport init` knows: the headers case-management systems give each contract
// column, and the spellings they give each contract value. Data in one place, documented in
// docs/init.md (a test checks that every name here appears there). Matching ignores case,
// punctuation and spacing (name_key): "Date-Received", "date received" and "DATE_RECEIVED" are
// one name. A name listed for two columns of a file is ambiguous on purpose: init then asks
// rather than guesses (a column called "Type" may hold the route or the method).
#pragma once

#include <string>
#include <string_view>

namespace ascreport::init {

// Lower case, every run of characters other than letters and digits one space, trimmed.
// Bytes from 0x80 (letters of other alphabets) count as letters.
std::string name_key(std::string_view text);

// Each entry: a file's column and the headers that name it, separated by "|". The contract's
// own name ("service_area", and "service area") is always recognised too.
struct HeaderNames {
    std::string_view file;
    std::string_view column;
    std::string_view names;
};

inline constexpr HeaderNames kHeaderNames[] = {
    // complaints.csv
    {"complaints", "reference", "Ref|Case Reference|Case Ref|Case Number|Case No|Case ID|Complaint Reference|"
                                "Complaint Ref|Complaint Number|Complaint No|Complaint ID|Reference Number|Ref No"},
    {"complaints", "received", "Date Received|Received Date|Date Logged|Logged Date|Logged|Date Opened|Opened Date|"
                               "Date Registered|Registered Date|Date Complaint Received|Complaint Received Date|"
                               "Receipt Date|Date of Receipt"},
    {"complaints", "responded", "Closed|Date Responded|Response Date|Date of Response|Final Response Date|"
                                "Date of Final Response|Date Closed|Closed Date|Closure Date|Date Completed|"
                                "Completed Date|Date Resolved|Resolved Date"},
    {"complaints", "route", "Stage|Complaint Stage|Complaint Route|Complaint Type|Case Type|Procedure|Type"},
    {"complaints", "outcome", "Complaint Outcome|Final Outcome|Outcome of Complaint|Result|Finding|Decision"},
    {"complaints", "method", "Contact Method|Method of Contact|How Received|Received Via|Received By|Method Received|"
                             "Channel|Contact Channel|Source|Type"},
    {"complaints", "service_area", "Team|Service|Department|Service Team|Team Name|Area of Service"},
    {"complaints", "provider", "Provider Name|Care Provider|Service Provider|Commissioned Provider|External Provider"},
    {"complaints", "gender", "Sex|Gender Identity"},
    {"complaints", "age_band", "Age Range|Age Group|Age|Age Band|Client Age|Service User Age|Age at Complaint|Age at Referral|Age (Years)"},
    {"complaints", "ethnicity", "Ethnic Origin|Ethnic Group|Ethnic Background"},
    {"complaints", "disability", "Disabled|Disability Status|Has a Disability|Has Disability"},
    {"complaints", "extended", "Extension|Extension Agreed|Timescale Extended|Extended Timescale|"
                               "Extension Agreed with Complainant"},
    // Regimes and stages (docs/input-format.md): optional, proposed where a header names them.
    {"complaints", "regime", "Complaint Regime|Complaints Regime|Regime Type|Statutory Regime|Complaints Procedure"},
    {"complaints", "acknowledged", "Date Acknowledged|Acknowledged Date|Acknowledgement Date|"
                                   "Date of Acknowledgement|Acknowledgement Sent"},
    {"complaints", "extended_to", "Extended Until|Extension Date|Extended Date|Extended Deadline|"
                                  "Revised Response Date|Revised Due Date|Agreed Response Date"},
    {"complaints", "complainant", "Complainant Type|Who Complained|Complainant Relationship|"
                                  "Relationship to Service User|Complaint Made By|Made By"},
    {"complaints", "advocate", "Advocate Involved|Advocacy|Advocacy Used|Advocate Used"},
    {"complaints", "dispute_resolution", "Mediation|Mediation Offered|Dispute Resolution Offered|ADR Offered|"
                                         "Alternative Dispute Resolution"},
    {"complaints", "remedy", "Remedies|Remedy Type|Remedies Offered|Remedy Offered"},
    {"complaints", "remedy_amount", "Remedy Payment|Payment Amount|Amount Paid|Compensation|Compensation Amount|"
                                    "Financial Redress|Redress Amount"},
    {"complaints", "fault_reason", "Reason for Fault|Fault Found|Fault Reason|Fault Details"},
    {"complaints", "refused", "Not Accepted|Complaint Refused|Refused Complaint|Complaint Not Accepted"},
    {"complaints", "refused_reason", "Reason Refused|Reason Not Accepted|Refusal Reason|Reason for Refusal"},
    // concerns.csv
    {"concerns", "reference", "Ref|Case Reference|Case Ref|Case Number|Case No|Case ID|Complaint Reference|"
                              "Complaint Ref|Complaint Number|Complaint No|Complaint ID|Reference Number|Ref No"},
    {"concerns", "category", "Issue|Concern|Complaint Category|Issue Category|Concern Category|Theme|"
                             "Nature of Complaint"},
    {"concerns", "subcategory", "Sub Category|Sub Issue|Sub Concern|Sub Theme|Issue Detail"},
    // compliments.csv
    {"compliments", "received", "Date Received|Received Date|Date|Date of Compliment|Compliment Date|Date Logged|Logged"},
    {"compliments", "service_area", "Team|Service|Department|Service Team|Team Name|Area of Service"},
    {"compliments", "source", "Method|How Received|Received Via|Contact Method|Channel"},
    {"compliments", "text", "Compliment|Compliment Text|Compliment Details|Comments|Details|Description"},
    {"compliments", "publish", "OK to Publish|Consent to Publish|Publish Consent|Permission to Publish|Can Publish|"
                               "Publishable|Consent"},
    // lgsco.csv
    {"lgsco", "reference", "Ref|Ombudsman Reference|Ombudsman Ref|LGSCO Reference|LGSCO Ref|LGO Reference|"
                           "Case Reference|Case Number"},
    {"lgsco", "received", "Date Received|Received Date|Date Notified|Notified Date|Enquiry Date|Date of Enquiry|"
                          "Date Logged"},
    {"lgsco", "decided", "Decision Date|Date Decided|Date of Decision|Final Decision Date|Date Closed|Closed Date"},
    {"lgsco", "decision", "Ombudsman Decision|LGSCO Decision|Final Decision|Outcome"},
    {"lgsco", "remedy", "Remedies|Remedy Details|Agreed Remedy|Recommended Remedy|Remedy Agreed"},
    {"lgsco", "remedy_amount", "Amount|Financial Remedy|Remedy Payment|Payment|Payment Amount|Amount Paid|"
                               "Remedy Amount|Remedy (£)|Amount (£)"},
    {"lgsco", "summary", "Case Summary|Decision Summary|Details|Description"},
    // regional.csv
    {"regional", "year", "Financial Year|Period"},
    {"regional", "authority", "Council|Local Authority|LA|Council Name|Authority Name"},
    {"regional", "cases", "Complaints|Number of Cases|Number of Complaints|Count|Total"},
};

// A later stage's columns (stage2_requested, stage2_outcome, ...): a header "Stage 2 X" or "X
// Stage 2" is stage2_requested when X is one of these names; once an export has a stage's
// requested date, its other staged headers are that stage's columns (X naming acknowledged,
// extended, extended_to, responded or outcome; "Stage 3 Panel" too) rather than one column
// split by stage (below).
inline constexpr std::string_view kRequestedNames =
    "Requested|Date Requested|Requested Date|Request Date|Escalated|Date Escalated|Escalation Date";
inline constexpr std::string_view kPanelNames = "Panel|Panel Date|Review Panel|Review Panel Date|Panel Held";

// The row-per-stage shape ([complaints] one_row_per_stage): the header of the column that says
// which stage of its complaint a row is. Init takes it as `stage` only when references repeat on
// rows of different stages and its values read as stages; otherwise "Stage" and "Complaint
// Stage" may be the route, or a row per complaint's own "current stage", as before. A header of
// kPanelNames (no stage number needed) is then the stage 3 row's `panel`.
inline constexpr std::string_view kStageHeaders =
    "Stage|Complaint Stage|Case Stage|Current Stage|Stage No|Stage Number|Stage Name|Stage Reached|"
    "Stage of Complaint|Complaint Stage No";

// Columns an export may split by stage ("Stage 1 Outcome", "Stage 2 Outcome"): init then
// proposes the list of them, the latest stage first (the first stage first for `received`).
inline constexpr std::string_view kPerStageColumns[] = {"received", "responded", "outcome"};

// complaints.csv headers that hold concern categories when there is no concerns.csv, alone or
// numbered ("Issue 1", "Issue 2"), and their subcategories ("Sub Issue 1").
inline constexpr std::string_view kCategoryHeaders =
    "Category|Issue|Concern|Complaint Category|Issue Category|Concern Category|Theme";
inline constexpr std::string_view kSubcategoryHeaders =
    "Subcategory|Sub Category|Sub Issue|Sub Concern|Sub Theme|Issue Detail";

// Headers of a column that says which directorate or department a row belongs to, in an export
// of several (only the Adult Social Care rows are records: [files.KIND] keep_rows).
inline constexpr std::string_view kDirectorateHeaders =
    "Directorate|Directorate Name|Service Directorate|Division|Service Group|Portfolio|Business Unit";

// The contract's concern categories (docs/input-format.md): a spelling of one with other
// punctuation ("Environment / Property") is mapped onto it; any other is a TODO (a category of
// the data's own is allowed, but may be one of these spelt otherwise).
inline constexpr std::string_view kConcernCategories[] = {"Standard of service", "Communication", "Protection",
                                                          "Environment/property", "Financial issues"};

// Each entry: a column's contract value and the spellings exports use for it, separated by
// "|". A spelling that matches the value already (case and spaces aside) needs no entry.
struct ValueNames {
    std::string_view column;
    std::string_view value;
    std::string_view names;
};

inline constexpr ValueNames kValueNames[] = {
    {"route", "Statutory", "Statutory Complaint|ASC Statutory|Adult Social Care Statutory"},
    {"route", "Informal", "Informal Complaint"},
    {"route", "Corporate", "Corporate Complaint"},
    {"outcome", "Upheld", "Fully Upheld|Upheld in Full"},
    {"outcome", "Partly upheld", "Partially Upheld|Part Upheld|Upheld in Part|Partially|Partial"},
    {"outcome", "Not upheld", "Not Upheld: No Fault"},
    {"outcome", "Withdrawn", "Complaint Withdrawn|Withdrawn by Complainant"},
    {"method", "Email", "E-mail|By Email|By E-mail"},
    {"method", "Contact centre/form", "Contact Centre|Contact Center|Contact Center/Form|Customer Contact Centre|"
                                      "Online Form|Web Form|Webform|Website Form|Contact Form"},
    {"method", "Letter", "Post|By Post|By Letter"},
    {"method", "Phone", "Telephone|Tel|By Phone|By Telephone|Phone Call|Telephone Call"},
    {"method", "In person", "Face to Face|Visit|Personal Visit"},
    {"method", "Social media", "Facebook|Twitter|Instagram"},
    {"gender", "Male", "M|Man"},
    {"gender", "Female", "F|Woman"},
    {"gender", "Other", "Non-binary"},
    {"disability", "Yes", "Y|Disabled"},
    {"disability", "No", "N|Not Disabled"},
    {"disability", "Prefer not to say", "Declined|Declined to Say|Not Disclosed|Refused"},
    {"extended", "Yes", "Y|True"},
    {"extended", "No", "N|False"},
    {"regime", "Adult social care", "Adult|Adults|ASC|Adult Services|Adult Social Care Statutory"},
    {"regime", "Children's social care", "Children|Childrens|CSC|Children's Services|Children and Families"},
    {"regime", "Corporate", "Corporate Complaint|Council"},
    // The stages as the children's procedure names them ("Stage 2 - Investigation", with its
    // number, is read by the number).
    {"stage", "Stage 1", "Local Resolution"},
    {"stage", "Stage 2", "Investigation|Formal Investigation"},
    {"stage", "Stage 3", "Review Panel|Independent Review Panel"},
    {"complainant", "The person", "Self|Service User|Client|Customer"},
    {"complainant", "MP or councillor", "MP|Councillor|Elected Member|Member of Parliament"},
    {"advocate", "Yes", "Y|True"},
    {"advocate", "No", "N|False"},
    {"dispute_resolution", "Yes", "Y|True"},
    {"dispute_resolution", "No", "N|False"},
    {"refused", "Yes", "Y|True"},
    {"refused", "No", "N|False"},
    {"publish", "Yes", "Y|True"},
    {"publish", "No", "N|False"},
    {"source", "Form", "Online Form|Web Form|Compliment Form|Feedback Form"},
    {"source", "Card", "Thank You Card"},
    {"source", "Letter", "Post"},
    {"source", "Email", "E-mail"},
    {"source", "Phone", "Telephone|Phone Call|Telephone Call"},
    {"decision", "Upheld", "Upheld: Maladministration and Injustice|Upheld: Maladministration, No Injustice|"
                           "Upheld: Fault and Injustice|Upheld: Fault, No Injustice"},
    {"decision", "Not upheld", "Not Upheld: No Maladministration|Not Upheld: No Fault"},
    {"decision", "Closed after initial enquiries", "Closed after Initial Enquiries: Out of Jurisdiction|"
                                                   "Closed after Initial Enquiries: No Further Action"},
    {"decision", "Premature", "Referred Back for Local Resolution|Premature Referral"},
    {"decision", "Incomplete/invalid", "Incomplete or Invalid|Incomplete|Invalid"},
    {"decision", "Advice given", "Advice"},
};

// Spellings that mean an empty cell, and what init maps them to (the column's reading of an
// empty cell, which the loader accepts as a mapping target):
// "not known" in gender, age_band, disability and ethnicity -> "N/A", in source -> "Not recorded";
inline constexpr std::string_view kNotKnown =
    "Not Known|Unknown|Not Stated|N/K|NK|Not Recorded|Not Given|Not Specified|N/A|NA|Not Applicable";
// "nothing" in provider -> "" (no external provider), in extended -> "No";
inline constexpr std::string_view kNone = "N/A|NA|None|Not Applicable|No Provider";
// "not said" in gender and age_band, which have no such value (disability has) -> "N/A";
inline constexpr std::string_view kNotSaid = "Prefer Not to Say|Not Disclosed|Declined|Refused";
// "not yet" in outcome and decision -> "Open".
inline constexpr std::string_view kStillOpen =
    "Open|Ongoing|In Progress|Pending|Awaiting Outcome|Awaiting Decision|Under Investigation";

}  // namespace ascreport::init
