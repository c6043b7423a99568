// The sample's text and figures follow the 2023/24 reference report, so a rendering of it can be
// compared with that report page by page.
#include "sample_document.hpp"

namespace ascreport::testing {
namespace {

Paragraph para(std::string text) { return Paragraph{{Run::plain(std::move(text))}}; }
Heading h1(std::string text) { return Heading{1, std::move(text), true}; }
Heading h2(std::string text) { return Heading{2, std::move(text), true}; }
Heading h3(std::string text) { return Heading{3, std::move(text), false}; }

BulletList bullets(std::initializer_list<const char*> items) {
    BulletList list;
    for (const char* i : items) list.items.push_back({Run::plain(i)});
    return list;
}

TableColumn text_col(std::string h, double w = 3) { return {std::move(h), Align::Left, w}; }
TableColumn num_col(std::string h, double w = 1) { return {std::move(h), Align::Right, w}; }

void front_matter(std::vector<Block>& b) {
    b.push_back(h1("Key facts and figures 2023/24"));
    b.push_back(KeyFacts{{
        {"3,650", "adults in long-term support on 31 March 2024"},
        {"59", "statutory complaints about Adult Social Care, compared to 66 in 2022/23"},
        {"46%", "of complaints resolved within 20 working days (65% in 2022/23, 64% in 2021/22)"},
        {"173", "compliments received, 80 fewer than last year"},
        {"10", "cases received by the Local Government and Social Care Ombudsman; 2 were upheld"},
        {"33%", "of complaints fully or partly upheld, compared to 45% in 2022/23"},
    }});
    b.push_back(Paragraph{{Run::plain("Listening to service users\u2019 complaints helps services improve. Key "
                                      "learning points from 2023/24 include regular meetings to learn from "
                                      "complaints, a central database of practice learning and quality assurance "
                                      "visits.")}});
    b.push_back(PageBreak{});
    b.push_back(ContentsPlaceholder{});
    b.push_back(PageBreak{});
}

void introduction(std::vector<Block>& b) {
    b.push_back(h1("Welcome"));
    b.push_back(para("Welcome to the 2023/24 complaints and representations annual report. As part of the Council\u2019s "
                     "commitment to openness, quality assurance, service development and listening and learning from "
                     "service users, this report provides summary information from comments, compliments and "
                     "complaints received under the statutory procedures in relation to Adult Social Care provided or "
                     "commissioned by the Council for the year 1 April 2023 to 31 March 2024."));
    b.push_back(h1("Background"));
    b.push_back(para("Local Authorities are required to have a system for receiving representations by or on behalf of "
                     "people in need of adult social care support (Local Authority Social Services and National Health "
                     "Services Complaints (England) Regulations 2009). Services cover assessment and case management, "
                     "direct service provision or the arrangement of a range of services, including support at home, "
                     "day opportunities, supported housing, intermediate, residential and nursing care or provision of "
                     "equipment."));
    b.push_back(para("Representations are defined as comments, compliments and complaints. The purpose of the comments, "
                     "compliments and complaints system is to ensure that:"));
    b.push_back(bullets({"The views and experiences of people who use services are heard.",
                         "Positive feedback is used to develop services and acknowledge good practice.",
                         "Things that have gone wrong are put right.",
                         "The organisation learns from both positive and negative feedback, and sustains its focus on "
                         "service users, customers and citizens."}));
    b.push_back(h1("Summary"));
    b.push_back(Paragraph{{Run::plain("In 2023/24 the service received a total of 73 complaints and of these "),
                           Run::strong("59 were statutory complaints"),
                           Run::plain(", compared to 66 in 2022/23. 33% of these complaints were fully or partially "
                                      "upheld, compared to 45% in 2022/23. The main themes of complaints were:")}});
    b.push_back(bullets({"Method and quality of communication", "Standard of service", "Standard of work"}));
    b.push_back(h2("Description of complaint types"));
    b.push_back(h3("Informal"));
    b.push_back(para("Where possible, complaints should be resolved informally, and for a number of complaints this is "
                     "what we try to do in the first instance. If this is not possible, complainants can formally "
                     "complain to the Council."));
    b.push_back(h3("Statutory"));
    b.push_back(para("Complaints about Adult Services, including care homes and other providers commissioned by the "
                     "Council, follow the statutory process for representations made by or on behalf of an adult "
                     "using social care services."));
    b.push_back(h3("Corporate"));
    b.push_back(para("A corporate complaint is one from a member of the public who is not a service user, for example "
                     "someone who saw a social worker act in a way they did not think appropriate."));
    b.push_back(h1("Feedback"));
    b.push_back(h2("Promoting feedback"));
    b.push_back(para("Adult Social Care always welcomes feedback, whether positive or negative, and there are a number "
                     "of ways in which people can make their views known:"));
    b.push_back(bullets({"During the assessment process we engage with individuals and their carers about what is "
                         "important to them and include this in their support plans.",
                         "At the end of an assessment or review we invite individuals and their families to use our "
                         "\u2018real time survey\u2019 so that we have immediate feedback on their experience.",
                         "We use surveys for individuals and for carers to obtain wider feedback."}));
    b.push_back(h2("Providing feedback"));
    b.push_back(Paragraph{{Run::plain("Further information about how to make a complaint, access advocacy or support, "
                                      "and the complaints process is available on the Council\u2019s website at "),
                           Run::url("www.example.gov.uk/complaints", "https://www.example.gov.uk/complaints/"),
                           Run::plain(". In 2023/24, most complainants chose to complain by email or through the "
                                      "Council\u2019s contact centre.")}});
}

void complaints(std::vector<Block>& b) {
    b.push_back(h1("Complaints"));
    b.push_back(para("The number of statutory complaints has decreased to 59 in 2023/24 from 66 in 2022/23. The number "
                     "of complaints and their outcomes are detailed below."));
    b.push_back(Table{"Complaints 2023/24 vs 2022/23",
                      {text_col("Outcome", 2.4), num_col("2023/24"), num_col("%", 0.7), num_col("2022/23"),
                       num_col("%", 0.7)},
                      {{"Upheld", "6", "10%", "10", "15%"},
                       {"Partly upheld", "23", "39%", "20", "30%"},
                       {"Not upheld", "12", "20%", "15", "23%"},
                       {"Complaint withdrawn", "18", "31%", "19", "29%"},
                       {"Open", "0", "0%", "2", "3%"}},
                      true,
                      std::vector<std::string>{"Total", "59", "100%", "66", "100%"}});
    b.push_back(BarChart{"Complaint outcomes, 2023/24 and 2022/23",
                         {"Upheld", "Partly upheld", "Not upheld", "Withdrawn", "Open"},
                         {{"2023/24", {6, 23, 12, 18, 0}, {"6", "23", "12", "18", "0"}},
                          {"2022/23", {10, 20, 15, 19, 2}, {"10", "20", "15", "19", "2"}}},
                         "Number of complaints",
                         ChartOrientation::Auto});
    b.push_back(Table{"How people complained",
                      {text_col("Method"), num_col("2023/24"), num_col("2022/23")},
                      {{"Email", "41", "42"}, {"Contact centre or form", "18", "22"}, {"Letter", "0", "2"}, {"Phone", "0", "0"}},
                      true,
                      std::vector<std::string>{"Total", "59", "66"}});
    b.push_back(h2("Complaints by service area"));
    b.push_back(para("The table below shows the complaints received and investigated by each service area team."));
    b.push_back(Table{"Complaints by service area",
                      {text_col("Service area"), num_col("2023/24"), num_col("2022/23")},
                      {{"All Age Disability (Assessment & Case Management)", "13", "14"},
                       {"Adult Commissioning", "3", "8"},
                       {"Assessment & Case Management (older people)", "14", "20"},
                       {"Adult Safeguarding", "1", "3"},
                       {"Enablement & Therapy Services", "4", "5"},
                       {"Mental Health", "7", "3"},
                       {"Community Discharge Team", "1", "2"},
                       {"Finance", "1", "3"},
                       {"Hospital Team", "3", "2"},
                       {"Telecare Service", "3", "1"},
                       {"Internal Provider Services", "2", "0"},
                       {"Promoting Independence / intake", "7", "5"}},
                      true,
                      std::vector<std::string>{"Total", "59", "66"}});
    b.push_back(h2("Complaints regarding external providers"));
    b.push_back(para("Providers of residential and domiciliary care services must have a complaints procedure that "
                     "complies with the Care Homes Regulations 2001, the Care Standards Act 2000 and the National "
                     "Minimum Standards set by the Care Quality Commission. Where possible, we encourage complainants "
                     "to use the provider\u2019s own complaints procedure first, as this deals with the complaint at "
                     "source."));
    b.push_back(h1("Timescales"));
    b.push_back(para("There are no externally prescribed timescales for resolving complaints; the regulations require "
                     "only that timescales are reasonable and that the process ends within six months. As a benchmark, "
                     "Adult Social Care applies an internal guideline that complaints should be completed within 20 "
                     "working days."));
    b.push_back(Table{"Complaints resolved within 20 working days",
                      {text_col("Timescale", 2.5), num_col("2023/24"), num_col("2022/23")},
                      {{"Within 20 working days", "27 (46%)", "43 (65%)"},
                       {"Over 20 working days", "32 (54%)", "23 (35%)"},
                       {"Still open", "0 (0%)", "0 (0%)"}},
                      true,
                      std::vector<std::string>{"Total", "59", "66"}});
    b.push_back(para("Where the 20 working day timescale has been exceeded, this can be due to the need to involve "
                     "other professionals, including health care professionals in other organisations, whose "
                     "responses are at times outside the 20 working day time frame."));
}

void equality(std::vector<Block>& b) {
    b.push_back(h1("Equality"));
    b.push_back(para("The Council captures equality data to support the complaints process. Information is only ever "
                     "recorded about the service user. Where there is no case record, the information is shown as "
                     "\u2018not available\u2019 (N/A)."));
    b.push_back(BarChart{"Complaints by sex of the service user, 2023/24",
                         {"Male", "Female", "N/A"},
                         {{"2023/24", {28, 20, 11}, {"28 (47%)", "20 (34%)", "11 (19%)"}}},
                         "Number of complaints",
                         ChartOrientation::Auto});
    b.push_back(BarChart{"Complaints by age of the service user, 2023/24",
                         {"Under 16", "16\u201324", "25\u201334", "35\u201349", "50\u201364", "65+", "N/A"},
                         {{"2023/24", {1, 2, 4, 5, 17, 18, 12}, {"1", "2", "4", "5", "17", "18", "12"}}},
                         "Number of complaints",
                         ChartOrientation::Auto});
    b.push_back(BarChart{"Complaints by ethnic group of the service user, 2023/24",
                         {"White British", "Indian", "Any other Asian background", "Caribbean",
                          "Any other ethnic group", "White and Black Caribbean", "White and Asian",
                          "Any other Black, African or Caribbean background", "N/A"},
                         {{"2023/24", {33, 4, 2, 2, 2, 1, 1, 1, 13},
                           {"33 (56%)", "4 (7%)", "2 (3%)", "2 (3%)", "2 (3%)", "1 (2%)", "1 (2%)", "1 (2%)", "13 (22%)"}}},
                         "Number of complaints",
                         ChartOrientation::Auto});
    b.push_back(BarChart{"Complaints by disability of the service user, 2023/24",
                         {"Disability", "No disability", "N/A"},
                         {{"2023/24", {16, 28, 12}, {"16 (27%)", "28 (47%)", "12 (20%)"}}},
                         "Number of complaints",
                         ChartOrientation::Horizontal});
}

void ombudsman(std::vector<Block>& b) {
    b.push_back(h1("Ombudsman"));
    b.push_back(para("In 2023/24 Adult Social Care received 10 new cases, while 9 cases were decided, with these "
                     "outcomes:"));
    b.push_back(bullets({"2 cases upheld", "1 case incomplete or invalid", "3 cases closed after initial enquiry",
                         "3 cases decided as premature and referred for local resolution", "1 case still open"}));
    b.push_back(h2("Summary of decided cases"));
    b.push_back(Paragraph{{Run::strong("Case 2. "),
                           Run::plain("Ms B complained that the Council failed to arrange her care and wrongly invoiced "
                                      "her for over \u00a31,000. The LGSCO found fault because the Council took too long "
                                      "to assess Ms B\u2019s needs, and recommended a \u00a3750 remedy for loss of "
                                      "service and for distress \u2013 which the Council paid.")}});
    b.push_back(Paragraph{{Run::strong("Case 5. "),
                           Run::plain("Mr X complained the Council had unfairly prevented him from seeing his mother. "
                                      "The LGSCO did not investigate, as it was unlikely to find fault with the "
                                      "Council\u2019s decision \u2014 a decision taken in Ms Y\u2019s best interests.")}});
    const char* cases[][2] = {
        {"Case 1", "Mr B said the Council ignored the family\u2019s concerns about Mrs C\u2019s care and wanted a public "
                   "apology and compensation. The LGSCO did not investigate: the Council had already investigated, "
                   "accepted the failings, apologised and improved its communication."},
        {"Case 3", "Mr X complained that a care provider commissioned by the Council gave Ms Y medication to make her "
                   "compliant. The LGSCO did not investigate, as the medication was prescribed by a GP, and found no "
                   "fault with the Council."},
        {"Case 4", "Ms C complained that the Council failed to provide suitable accommodation, care and support to "
                   "Mr B. The LGSCO found no good reason to investigate the complaint."},
        {"Case 6", "Ms X complained about neglect over 18 months. The LGSCO will not pursue the complaint because the "
                   "Council had not yet had a reasonable opportunity to investigate and reply."},
    };
    for (const auto& c : cases) {
        b.push_back(h3(c[0]));
        b.push_back(para(c[1]));
    }
    b.push_back(h2("Cases received in 2023/24 but decided in 2024/25"));
    b.push_back(para("Ms X, a representative, complained that the Council failed to carry out a social care "
                     "assessment for Ms Y on two occasions. The Ombudsman upheld the complaint; the Council agreed to "
                     "apologise and pay \u00a3250 for the avoidable distress caused. A second case, about "
                     "safeguarding concerns, found no fault, and a third is still being investigated."));
    b.push_back(h2("Cases escalated to the Ombudsman \u2013 regional comparison"));
    b.push_back(para("The table below shows the number of complaints escalated to the Ombudsman in the region in "
                     "2023/24. The Council has a relatively low number of escalated complaints for its size."));
    b.push_back(Table{"Adult Social Care cases escalated to the Ombudsman, 2023/24",
                      {text_col("Authority"), num_col("Cases")},
                      {{"Birmingham City Council", "38"},
                       {"City of Wolverhampton Council", "10"},
                       {"Example City Council", "10"},
                       {"Dudley Metropolitan Borough Council", "10"},
                       {"Herefordshire Council", "6"},
                       {"Sandwell Metropolitan Borough Council", "18"},
                       {"Shropshire Council", "17"},
                       {"Solihull Metropolitan Borough Council", "7"},
                       {"Staffordshire County Council", "46"},
                       {"Stoke-on-Trent City Council", "8"},
                       {"Telford & Wrekin Council", "5"},
                       {"Walsall Metropolitan Borough Council", "9"},
                       {"Warwickshire County Council", "19"},
                       {"Worcestershire County Council", "20"}},
                      true,
                      std::vector<std::string>{"Total", "223"}});
}

void compliments(std::vector<Block>& b) {
    b.push_back(h1("Compliments"));
    b.push_back(Paragraph{{Run::strong("173"), Run::plain(" compliments were received in 2023/24 compared to "),
                           Run::strong("253"),
                           Run::plain(" in 2022/23. Compliments came from service users and their families, thanking "
                                      "staff and teams for the support and care provided.")}});
    const std::vector<std::string> months = {"Apr", "May", "Jun", "Jul", "Aug", "Sep",
                                             "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"};
    const std::vector<double> complaints = {5, 4, 1, 9, 5, 6, 4, 5, 2, 8, 6, 5};
    const std::vector<double> compliments = {16, 10, 14, 2, 15, 8, 22, 22, 17, 11, 20, 16};
    auto labels = [](const std::vector<double>& v) {
        std::vector<std::string> out;
        for (double x : v) out.push_back(std::to_string(static_cast<int>(x)));
        return out;
    };
    b.push_back(BarChart{"Complaints and compliments by month, 2023/24",
                         months,
                         {{"Complaints", complaints, labels(complaints)}, {"Compliments", compliments, labels(compliments)}},
                         "Number received",
                         ChartOrientation::Vertical});
    b.push_back(h2("What people told us"));
    b.push_back(Quote{{Run::plain("\u201cI would just like to thank you for the part you\u2019ve played in my getting the "
                                  "wet room. Today is the last day of it being fitted. This will seriously change my "
                                  "life.\nHuge thanks and gratitude.\u201d")}});
    b.push_back(Quote{{Run::plain("\u201cThank you for all the help and support you have given. It all depends on the "
                                  "people who come into a person\u2019s life and make a difference \u2014 you have always "
                                  "respected our family values.\u201d")}});
    b.push_back(Quote{{Run::plain("\u201cExcellent feedback, many thanks for your ongoing hard work, support and "
                                  "commitment.\nKind regards\u201d")}});
    b.push_back(Quote{{Run::plain("\u201cShe said that she had been so worried and nervous about coming in, and that you "
                                  "gave her lots of reassurance and support. You were so patient and kind, and she "
                                  "wasn\u2019t worried at all when she used the stair lift with you. You worked at their "
                                  "pace and didn\u2019t make them feel rushed.\u201d")}});
    b.push_back(Quote{{Run::plain("\u201cThe work carried out was first class. The chap who did the work could not be "
                                  "faulted in his attention to detail, and the site was left clean and tidy. He should "
                                  "be getting a \u2018pat on the back\u2019 for his professionalism.\u201d")}});
    b.push_back(Quote{{Run::plain("\u201cThe staff who attended last night to help my wife were caring and very helpful. "
                                  "We are glad that we have the system in place, and it is worth the money.\u201d")}});
}

void learning(std::vector<Block>& b) {
    b.push_back(h1("Service improvements and learning points"));
    b.push_back(para("Adult Social Care is committed to learning from feedback. Where complaints show that things have "
                     "gone wrong, managers identify the remedial and development action needed to improve services. "
                     "Examples of changes made this year are:"));
    b.push_back(bullets({"A central database captures practice learning and areas for improvement, reviewed at "
                         "quarterly quality and experience meetings.",
                         "Management oversight of complaints is now embedded, with regular meetings with the Principal "
                         "Social Worker.",
                         "Before a quality assurance visit, Contracts Officers review the previous six months\u2019 "
                         "concerns and complaints to focus the visit on any trend."}));
    b.push_back(h2("Most common areas of feedback"));
    b.push_back(Table{"Concerns raised, by main category",
                      {text_col("Category", 2.5), num_col("2023/24"), num_col("%", 0.7), num_col("2022/23"),
                       num_col("%", 0.7)},
                      {{"Standard of service", "87", "62%", "60", "52%"},
                       {"Communication", "43", "30%", "48", "42%"},
                       {"Protection", "2", "1%", "2", "2%"},
                       {"Environment or property", "1", "1%", "1", "1%"},
                       {"Financial issues", "8", "6%", "4", "3%"}},
                      true,
                      std::nullopt});
    b.push_back(h2("Communication"));
    b.push_back(para("30% of complaints received in 2023/24 were about communication, a reduction on the previous "
                     "year. When people are referred for support they need information on subjects they may not have "
                     "met before, and to be kept informed of progress and decisions in processes that are complex and "
                     "often confusing. The service takes this feedback seriously, and in each case the individuals "
                     "involved have been made aware of the feedback on their practice."));
    b.push_back(h2("Standard of service"));
    b.push_back(para("62% of complaints received in 2023/24, compared to 52% in 2022/23, were about the standard of "
                     "service, which includes service delivery, assessment of eligibility and timeliness. Not all "
                     "adults will be eligible for services following assessment, which can lead to disagreement on how "
                     "needs can be met."));
    b.push_back(h2("Specific service area improvements"));
    const char* areas[][2] = {
        {"Adult Commissioning",
         "Three complaints were investigated by the adult commissioning team during the year. One was resolved "
         "informally and two had elements that were upheld. One concerned personal assistant payment rates and the "
         "length of calls delivered by a commissioned home support provider; practitioners have been reminded of the "
         "difference between personal assistant rates and commissioned home support, and call length is monitored."},
        {"Community Social Care (65+) and All Age Disability",
         "A small number of complaints were upheld, mostly about communication, charging for services and clarity "
         "of processes. Where several professionals are involved, roles can be unclear to families; the service "
         "continues to work with partners so that communication is as clear as possible."},
        {"Hospital, Therapy and Intake Teams",
         "The few formal complaints mainly related to communication, expectations and charging. Where improvements "
         "were identified, managers made sure that actions were taken at once, and staff were reminded of the Adult "
         "Social Care standards."},
        {"Financial Assessment Team",
         "One complaint showed a delay of five months between the referral and the first contact from the financial "
         "assessment officer. The team will now start a financial assessment as soon as resources allow."},
        {"Mental Health",
         "Formal complaints about mental health services remain low, with 4 received in the period: 1 was not upheld "
         "and 3 were partially upheld. Investigating officers give direct feedback to the service so that the impact "
         "of interventions is considered more fully."},
    };
    for (const auto& a : areas) {
        b.push_back(h3(a[0]));
        b.push_back(para(a[1]));
    }
    b.push_back(h2("Looking ahead to 2024/25"));
    b.push_back(bullets({"Complaint leaflets in easy-read format and in several languages.",
                         "Training for all managers and investigating officers on the complaints and Ombudsman "
                         "process.",
                         "Quarterly sharing of internal investigation forms with Heads of Service.",
                         "An expanded Service Recovery Team for more timely responses."}));
    b.push_back(h1("Further information"));
    b.push_back(Paragraph{{Run::plain("Further information about complaints and representations, and a copy of the "
                                      "Council\u2019s complaints policy, is available at "),
                           Run::url("www.example.gov.uk/complaints", "https://www.example.gov.uk/complaints/"),
                           Run::plain(".")}});
    b.push_back(Paragraph{{Run::strong("Service Recovery Team"), Run::plain("\nCustomer Services \u2013 Improvement & "
                                                                            "Development\nExample City Council")}});
}

}  // namespace

Document sample_document() {
    Document doc;
    doc.info = {"Adult Social Care Complaints and Representations Annual Report 2023/24", "Example City Council",
                "Complaints, compliments and representations about Adult Social Care, 1 April 2023 to 31 March 2024",
                "ascreport " ASCREPORT_VERSION, "adult social care; complaints; annual report", 1725148800};
    doc.theme.colour = "#1D4F91";
    doc.cover = {"Adult Social Care", "Complaints and Representations Annual Report", "2023/24", "Example City Council",
                 "", "September 2024"};
    front_matter(doc.blocks);
    introduction(doc.blocks);
    complaints(doc.blocks);
    equality(doc.blocks);
    ombudsman(doc.blocks);
    compliments(doc.blocks);
    learning(doc.blocks);
    return doc;
}

}  // namespace ascreport::testing
