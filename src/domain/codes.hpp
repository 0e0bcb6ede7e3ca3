// src/domain/codes.hpp — every code frontdoor keeps in its records, with the words people read:
// roles, sex, relationships, how contacts come in, the family's agreement, the referrer's urgency,
// consent, audit outcomes and language warnings (one CodeList each: parsing, naming and the
// choices pages offer all come from it); and the census's own lists of ethnicity, disability,
// referral source and missing pupil number codes.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "domain/code_list.hpp"

namespace frontdoor::domain {

//! What a person does at the front door; decides what they may see and do.
enum class Role {
  kPractitioner,  //!< "practitioner": social worker or MASH officer
  kManager,       //!< "manager": team manager who makes oversight decisions
  kAuditor,       //!< "auditor": dip samples and peer audits, reads the access audit
  kPartner,       //!< "partner": a partner agency's staff, tied to one agency
  kPerformance,   //!< "performance": statutory returns and figures
  kAdmin,         //!< "admin": accounts and configuration, not case records
};

//! Every role: its code, as typed on the command line and stored ("practitioner"), and its
//! name for screens ("Practitioner").
inline constexpr CodeList<Role, 6> kRoles{{{
    {Role::kPractitioner, "practitioner", "Practitioner"},
    {Role::kManager, "manager", "Manager"},
    {Role::kAuditor, "auditor", "Auditor"},
    {Role::kPartner, "partner", "Partner agency"},
    {Role::kPerformance, "performance", "Performance officer"},
    {Role::kAdmin, "admin", "Administrator"},
}}};

//! How an audited request ended.
enum class AuditOutcome {
  kAllowed,  //!< "allowed"
  kRefused,  //!< "refused": not signed in, not permitted, or wrong credentials
};

//! How audited requests end, by code.
inline constexpr CodeList<AuditOutcome, 2> kAuditOutcomes{{{
    {AuditOutcome::kAllowed, "allowed", "Allowed"},
    {AuditOutcome::kRefused, "refused", "Refused"},
}}};

//! What the consent is for.
enum class ConsentKind {
  kSharing,   //!< "sharing": asking partner agencies what they know
  kServices,  //!< "services": an assessment, early help, the Brief Intervention Team
};

//! Where consent stands.
enum class ConsentStatus {
  kNotYetSought,   //!< "not_yet_sought"
  kGiven,          //!< "given"
  kRefused,        //!< "refused"
  kNotSoughtRisk,  //!< "not_sought_risk": seeking it would increase the risk of significant harm (a
                   //!< manager's decision, with a reason)
  kWithdrawn,      //!< "withdrawn": given, then taken back
};

//! What consent can be for.
inline constexpr CodeList<ConsentKind, 2> kConsentKinds{{{
    {ConsentKind::kSharing, "sharing", "Consent to share information"},
    {ConsentKind::kServices, "services", "Consent to services"},
}}};

//! Where consent can stand.
inline constexpr CodeList<ConsentStatus, 5> kConsentStatuses{{{
    {ConsentStatus::kNotYetSought, "not_yet_sought", "Not yet asked"},
    {ConsentStatus::kGiven, "given", "Given"},
    {ConsentStatus::kRefused, "refused", "Refused"},
    {ConsentStatus::kNotSoughtRisk, "not_sought_risk",
     "Not asked, because asking would increase the risk of significant harm"},
    {ConsentStatus::kWithdrawn, "withdrawn", "Withdrawn"},
}}};

//! How the contact reached us.
enum class ContactMethod {
  kPhone,       //!< "phone"
  kEmail,       //!< "email"
  kOnlineForm,  //!< "online_form"
  kInPerson,    //!< "in_person"
};

//! Whether the family agreed to the contact being made.
enum class FamilyAgreement {
  kAgreed,     //!< "agreed"
  kNotAgreed,  //!< "not_agreed"
  kNotAsked,   //!< "not_asked"
};

//! How urgent the person making the contact thinks it is.
enum class ReferrerUrgency {
  kImmediate,  //!< "immediate": the child may be in danger now
  kToday,      //!< "today"
  kSoon,       //!< "soon": within a few days
  kNotUrgent,  //!< "not_urgent"
};

//! How contacts reach us.
inline constexpr CodeList<ContactMethod, 4> kContactMethods{{{
    {ContactMethod::kPhone, "phone", "Phone"},
    {ContactMethod::kEmail, "email", "Email"},
    {ContactMethod::kOnlineForm, "online_form", "Online form"},
    {ContactMethod::kInPerson, "in_person", "In person"},
}}};

//! Whether the family agreed, in the words the contact page uses.
inline constexpr CodeList<FamilyAgreement, 3> kFamilyAgreements{{{
    {FamilyAgreement::kAgreed, "agreed", "Yes, the family agreed"},
    {FamilyAgreement::kNotAgreed, "not_agreed", "No, the family did not agree"},
    {FamilyAgreement::kNotAsked, "not_asked", "The family was not asked"},
}}};

//! How urgent the person making the contact thinks it is.
inline constexpr CodeList<ReferrerUrgency, 4> kReferrerUrgencies{{{
    {ReferrerUrgency::kImmediate, "immediate", "The child may be in danger now"},
    {ReferrerUrgency::kToday, "today", "Needs a response today"},
    {ReferrerUrgency::kSoon, "soon", "Needs a response within a few days"},
    {ReferrerUrgency::kNotUrgent, "not_urgent", "Not urgent"},
}}};

//! How one person is related to another ("A is B's parent").
enum class RelationshipKind {
  kParent,       //!< "parent"
  kChild,        //!< "child" (the other way round from parent)
  kStepParent,   //!< "step_parent"
  kStepChild,    //!< "step_child"
  kCarer,        //!< "carer"
  kCaredFor,     //!< "cared_for"
  kSibling,      //!< "sibling"
  kHalfSibling,  //!< "half_sibling"
  kPartner,      //!< "partner"
  kOther,        //!< "other"
};

//! Every kind of relationship, with its words ("step-parent").
inline constexpr CodeList<RelationshipKind, 10> kRelationships{{{
    {RelationshipKind::kParent, "parent", "parent"},
    {RelationshipKind::kChild, "child", "child"},
    {RelationshipKind::kStepParent, "step_parent", "step-parent"},
    {RelationshipKind::kStepChild, "step_child", "step-child"},
    {RelationshipKind::kCarer, "carer", "carer"},
    {RelationshipKind::kCaredFor, "cared_for", "cared for by"},
    {RelationshipKind::kSibling, "sibling", "brother or sister"},
    {RelationshipKind::kHalfSibling, "half_sibling", "half-brother or half-sister"},
    {RelationshipKind::kPartner, "partner", "partner"},
    {RelationshipKind::kOther, "other", "other relationship"},
}}};

//! How a relationship reads from the side of the person named: "Jan is their step-child", "Jan
//! is cared for by them" ("them" being the other person).
inline std::string RelationshipSentence(std::string_view given_name, RelationshipKind kind) {
  const std::string name(given_name);
  if (kind == RelationshipKind::kCaredFor) return name + " is cared for by them";
  if (kind == RelationshipKind::kOther) return name + " has another relationship with them";
  return name + " is their " + std::string(kRelationships.Name(kind));
}

//! Sex as the census records it.
enum class Sex {
  kUnknown,  //!< "U": not known or not recorded
  kMale,     //!< "M"
  kFemale,   //!< "F"
};

//! Sex, by its census code, in the order a form offers it.
inline constexpr CodeList<Sex, 3> kSexes{{{
    {Sex::kFemale, "F", "Female"},
    {Sex::kMale, "M", "Male"},
    {Sex::kUnknown, "U", "Not known"},
}}};

//! What kind of wording a warning is about.
enum class LanguageIssue {
  kAcronym,      //!< "acronym": letters a child or family may not know
  kJargon,       //!< "jargon": a professional word with a plainer, child-focused alternative
  kPlaceholder,  //!< "placeholder": an answer that says nothing ("N/A", "see above")
  kTooShort,     //!< "too_short": an analysis or rationale of a few words
};

//! What the language check finds, by code.
inline constexpr CodeList<LanguageIssue, 4> kLanguageIssues{{{
    {LanguageIssue::kAcronym, "acronym", "Acronym"},
    {LanguageIssue::kJargon, "jargon", "Jargon"},
    {LanguageIssue::kPlaceholder, "placeholder", "Placeholder"},
    {LanguageIssue::kTooShort, "too_short", "Very short"},
}}};

//! One code of a Children in Need census list (the Department for Education's), with the words
//! people read.
struct Code {
  std::string_view code;
  std::string_view label;
};
//! Ethnicity codes (WBRI ... NOBT).
inline constexpr std::array<Code, 20> kEthnicities{{{"WBRI", "White British"},
                                                    {"WIRI", "White Irish"},
                                                    {"WIRT", "Traveller of Irish heritage"},
                                                    {"WOTH", "Any other White background"},
                                                    {"WROM", "Gypsy or Roma"},
                                                    {"MWBC", "White and Black Caribbean"},
                                                    {"MWBA", "White and Black African"},
                                                    {"MWAS", "White and Asian"},
                                                    {"MOTH", "Any other mixed background"},
                                                    {"AIND", "Indian"},
                                                    {"APKN", "Pakistani"},
                                                    {"ABAN", "Bangladeshi"},
                                                    {"AOTH", "Any other Asian background"},
                                                    {"BCRB", "Black Caribbean"},
                                                    {"BAFR", "Black African"},
                                                    {"BOTH", "Any other Black background"},
                                                    {"CHNE", "Chinese"},
                                                    {"OOTH", "Any other ethnic group"},
                                                    {"REFU", "Refused to say"},
                                                    {"NOBT", "Information not yet obtained"}}};
//! Disability codes (NONE, MOB ... DDA).
inline constexpr std::array<Code, 13> kDisabilities{{{"NONE", "No disability"},
                                                     {"MOB", "Mobility"},
                                                     {"HAND", "Hand function"},
                                                     {"PC", "Personal care"},
                                                     {"INC", "Incontinence"},
                                                     {"COMM", "Communication"},
                                                     {"LD", "Learning"},
                                                     {"HEAR", "Hearing"},
                                                     {"VIS", "Vision"},
                                                     {"BEH", "Behaviour"},
                                                     {"CON", "Consciousness"},
                                                     {"AUT", "Autism or Asperger syndrome"},
                                                     {"DDA", "Other disability"}}};
//! UPNunknown codes (UN1 ... UN7): why a child has no unique pupil number. The Department's
//! words, shortened; UN1 is only for a child under six, UN7 only while every referral ended with
//! no further action (rules 8770Q and 8772).
inline constexpr std::array<Code, 7> kUpnUnknownReasons{
    {{"UN1", "Under six and not yet given a pupil number"},
     {"UN2", "Never at a state school in England"},
     {"UN3", "Educated outside England"},
     {"UN4", "Newly in need; pupil number not yet known"},
     {"UN5", "Records disagree, so the number cannot be matched reliably"},
     {"UN6", "Not looked after, and the council cannot get the number"},
     {"UN7", "Referred, with no further action"}}};
//! ReferralSource codes (1A ... 10): who made the contact.
inline constexpr std::array<Code, 22> kReferralSources{
    {{"1A", "The child themselves"},
     {"1B", "A family member"},
     {"1C", "A friend or neighbour"},
     {"1D", "Another individual"},
     {"2A", "A school"},
     {"2B", "Other education services"},
     {"3A", "A family doctor"},
     {"3B", "A health visitor"},
     {"3C", "A school nurse"},
     {"3D", "Other primary health services"},
     {"3E", "A hospital (accident and emergency)"},
     {"3F", "Other health services"},
     {"4", "Housing"},
     {"5A", "Social care in this council"},
     {"5B", "Social care in another council"},
     {"5C", "Other council services"},
     {"5D", "Early help"},
     {"6", "Police"},
     {"7", "Another legal agency"},
     {"8", "Other"},
     {"9", "Anonymous"},
     {"10", "Not known"}}};

//! PrimaryNeedCode (N0 ... N9): the main reason a child needs services.
inline constexpr std::array<Code, 10> kPrimaryNeeds{{{"N0", "Not stated"},
                                                     {"N1", "Abuse or neglect"},
                                                     {"N2", "The child's disability or illness"},
                                                     {"N3", "A parent's disability or illness"},
                                                     {"N4", "Family in acute stress"},
                                                     {"N5", "Family dysfunction"},
                                                     {"N6", "Socially unacceptable behaviour"},
                                                     {"N7", "Low income"},
                                                     {"N8", "Absent parenting"},
                                                     {"N9", "Not a child in need"}}};
//! ReasonForClosure (RC1 ... RC9).
inline constexpr std::array<Code, 9> kClosureReasons{
    {{"RC1", "Adopted"},
     {"RC2", "Died"},
     {"RC3", "Child arrangements order"},
     {"RC4", "Special guardianship order"},
     {"RC5", "Moved to another council"},
     {"RC6", "Moved to adult social care"},
     {"RC7", "Services ended for another reason"},
     {"RC8", "Closed after assessment, no further action"},
     {"RC9", "Closed after assessment, referred to early help"}}};
//! PPOutcome (census 2026-27 on, the Department's code set CS131): how a child's pre-proceedings
//! ended. The Department's own descriptions were not to hand when this was written; these words
//! follow what the module records (a decision to step up to care proceedings or down).
inline constexpr std::array<Code, 3> kPreProceedingsOutcomes{
    {{"A", "Stepped up: care proceedings to begin"},
     {"B", "Stepped down: no care proceedings"},
     {"C", "Ended another way"}}};
//! CategoryOfAbuse of a child protection plan.
inline constexpr std::array<Code, 5> kAbuseCategories{{{"NEG", "Neglect"},
                                                       {"PHY", "Physical abuse"},
                                                       {"SAB", "Sexual abuse"},
                                                       {"EMO", "Emotional abuse"},
                                                       {"MUL", "More than one category"}}};
//! AssessmentFactors: what an assessment found. The codes are the census's; where its words for a
//! code could not be confirmed the label names the code.
inline constexpr std::array<Code, 42> kAssessmentFactors{
    {{"1A", "Alcohol misuse: the child"},
     {"1B", "Alcohol misuse: a parent or carer"},
     {"1C", "Alcohol misuse: another person in the household"},
     {"2A", "Drug misuse: the child"},
     {"2B", "Drug misuse: a parent or carer"},
     {"2C", "Drug misuse: another person in the household"},
     {"3A", "Domestic abuse: the child"},
     {"3B", "Domestic abuse: a parent or carer"},
     {"3C", "Domestic abuse: another person in the household"},
     {"4A", "Mental health: the child"},
     {"4B", "Mental health: a parent or carer"},
     {"4C", "Mental health: another person in the household"},
     {"5A", "Learning disability: the child"},
     {"5B", "Learning disability: a parent or carer"},
     {"5C", "Learning disability: another person in the household"},
     {"6A", "Physical disability or illness: the child"},
     {"6B", "Physical disability or illness: a parent or carer"},
     {"6C", "Physical disability or illness: another person in the household"},
     {"7A", "Young carer"},
     {"8B", "Special educational needs"},
     {"8C", "Disabled"},
     {"8D", "Census factor 8D"},
     {"8E", "Missing"},
     {"8F", "Child sexual exploitation"},
     {"9A", "Census factor 9A"},
     {"10A", "Census factor 10A"},
     {"11A", "Census factor 11A"},
     {"12A", "Census factor 12A"},
     {"13A", "Census factor 13A"},
     {"14A", "Census factor 14A"},
     {"15A", "Census factor 15A"},
     {"16A", "Census factor 16A"},
     {"17A", "Census factor 17A"},
     {"18B", "Census factor 18B"},
     {"18C", "Census factor 18C"},
     {"19B", "Census factor 19B"},
     {"19C", "Census factor 19C"},
     {"20", "Another factor"},
     {"21", "No factors identified"},
     {"22A", "Census factor 22A"},
     {"23A", "Census factor 23A"},
     {"24A", "Census factor 24A"}}};

//! The label for `code` in a census list, if it is in it.
template <std::size_t N>
constexpr std::optional<std::string_view> LabelFor(const std::array<Code, N>& list,
                                                   std::string_view code) {
  for (const Code& entry : list) {
    if (entry.code == code) return entry.label;
  }
  return std::nullopt;
}

//! Assessment factors the census took before 2024-25 and has since split in two (18B and 18C,
//! 19B and 19C). History brought in may name them; a new assessment may not, and the census asks
//! about them (8945Q, 8950Q).
inline constexpr std::array<Code, 2> kRetiredAssessmentFactors{
    {{"18A", "Census factor 18A (before 2024-25)"}, {"19A", "Census factor 19A (before 2024-25)"}}};

//! The label of an assessment factor, current or retired, if `code` is one.
constexpr std::optional<std::string_view> AssessmentFactorLabel(std::string_view code) {
  if (auto label = LabelFor(kAssessmentFactors, code)) return label;
  return LabelFor(kRetiredAssessmentFactors, code);
}

//! What the census takes in place of retired factor `code` ("18B or 18C" for "18A").
inline std::string FactorsReplacing(std::string_view code) {
  const std::string number(code.substr(0, code.size() - 1));
  return number + "B or " + number + "C";
}

}  // namespace frontdoor::domain
