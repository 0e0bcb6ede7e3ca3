// src/service/demo_data.cpp — the demonstration families: the Smiths (a re-referral), the Alis and
// the Nowaks.
#include "service/demo_data.hpp"

#include "domain/contact.hpp"
#include "domain/decision.hpp"
#include "domain/household.hpp"
#include "domain/re_referral.hpp"
#include "domain/uk_time.hpp"
#include "service/access_audit_service.hpp"
#include "service/contact_history.hpp"

namespace frontdoor::service {

namespace {

domain::Date D(const char* text) {
  return *domain::ParseDate(text);
}

struct DemoPerson {
  const char* given;
  const char* family;
  const char* born;
  domain::Sex sex;
  const char* ethnicity;
  const char* nhs;
};

//! Adds the families through one write's records.
class DemoFamilies {
 public:
  DemoFamilies(store::Records& records, domain::Timestamp now, const domain::LanguageGuide& guide)
      : records_(records), now_(now), today_(domain::UkDate(now)), guide_(guide) {}

  std::vector<std::string> Add() {
    AddSmiths();
    AddAlis();
    AddNowaks();
    return std::move(added_);
  }

 private:
  std::int64_t AddPerson(const DemoPerson& person) {
    domain::Person record;
    record.given_name = person.given;
    record.family_name = person.family;
    record.date_of_birth = D(person.born);
    record.sex = person.sex;
    record.ethnicity = person.ethnicity;
    record.nhs_number = person.nhs;
    record.created_at = now_;
    return records_.people.Add(record);
  }

  void AddHousehold(domain::Household household, const std::vector<std::int64_t>& people,
                    const char* from) {
    household.id = records_.households.Add(household);
    for (std::int64_t person : people)
      records_.households.AddMember({household.id, person, D(from), std::nullopt});
  }

  void Relate(std::int64_t a, std::int64_t b, domain::RelationshipKind kind) {
    records_.households.AddRelationship({a, b, kind});
    records_.households.AddRelationship({b, a, domain::Inverse(kind)});
  }

  void AddSmiths() {
    // The Smiths: Jayden was referred by the police eight months ago, so a new contact is a
    // re-referral.
    const auto claire =
        AddPerson({"Claire", "Smith", "1988-02-11", domain::Sex::kFemale, "WBRI", ""});
    const auto jayden =
        AddPerson({"Jayden", "Smith", "2015-05-14", domain::Sex::kMale, "WBRI", "9434765919"});
    const auto amelia =
        AddPerson({"Amelia", "Smith", "2018-09-02", domain::Sex::kFemale, "WBRI", ""});
    AddHousehold({0, "14 Oakbank Road", "Bitterne", "Southampton", "SO18 5AB"},
                 {claire, jayden, amelia}, "2019-06-01");
    Relate(claire, jayden, domain::RelationshipKind::kParent);
    Relate(claire, amelia, domain::RelationshipKind::kParent);
    Relate(jayden, amelia, domain::RelationshipKind::kSibling);
    AddJaydensReferral(claire, jayden);
    added_.push_back(
        "The Smiths: Claire, Jayden (referred eight months ago) and Amelia, 14 Oakbank Road SO18 "
        "5AB");
  }

  void AddJaydensReferral(std::int64_t claire, std::int64_t jayden) {
    const auto eight_months_ago = domain::MonthsBefore(today_, 8);
    domain::Contact earlier;
    earlier.received_at = *domain::UkLocalTime(eight_months_ago, "22:40");
    earlier.method = domain::ContactMethod::kPhone;
    earlier.referrer = {"PC Hollis", "Police constable", "Hampshire Constabulary", "101",
                        "attended the home"};
    earlier.source = "6";
    earlier.children = {jayden};
    earlier.adults = {claire};
    earlier.concern =
        "Police were called to the home after neighbours heard shouting. Jayden was awake and "
        "upset. His mum said "
        "her former partner had come to the house and would not leave. He left before officers "
        "arrived.";
    earlier.family_knows =
        "Claire knows the police are telling children's services and agreed to it.";
    earlier.family_agreement = domain::FamilyAgreement::kAgreed;
    earlier.urgency = domain::ReferrerUrgency::kToday;
    earlier.recorded_by = DemoUsername(domain::Role::kPractitioner);
    earlier.recorded_at = earlier.received_at;
    // A manager decided the next morning that an assessment was needed: a referral from the day
    // the contact came in.
    earlier.referral_date = domain::ReferralDate(earlier);
    earlier.language_warnings =
        domain::CheckContactLanguage(earlier, guide_, NameWordsOnContact(records_, earlier));
    earlier.id = records_.contacts.Add(earlier);
    records_.contacts.SetReference(earlier.id, domain::ContactReference(earlier.id));
    // The manager's decision the next morning, with its whole proforma.
    domain::Decision decision;
    decision.contact_id = earlier.id;
    decision.proforma.risk_indicators = {"3.F1"};
    decision.proforma.risks =
        "Claire's former partner came to the house uninvited; Jayden saw the argument.";
    decision.proforma.strengths =
        "Claire called the police and wants help. Jayden goes to school every day.";
    decision.proforma.analysis =
        "One incident, but the partner has been violent before: the family needs an assessment "
        "to understand the risk and what support would help.";
    domain::ChildDecision own;
    own.person_id = jayden;
    own.child_voice =
        "Jayden told the officer he was scared and wanted the man to go. He likes football.";
    own.level = 3;
    own.level_indicators = {"3.F1"};
    own.outcome = "single_assessment";
    own.rationale =
        "An assessment with Claire's agreement, to plan how Jayden and Amelia stay safe.";
    own.referred = true;
    decision.proforma.children = {own};
    decision.proforma.next_steps = "A social worker visits Claire and the children this week.";
    decision.services_consent = domain::ConsentStatus::kGiven;
    decision.decided_by = DemoUsername(domain::Role::kManager);
    decision.decided_at = earlier.received_at + std::chrono::hours(11);
    records_.decisions.Add(decision);
  }

  void AddAlis() {
    // The Alis: no history.
    const auto aisha = AddPerson({"Aisha", "Ali", "1990-07-21", domain::Sex::kFemale, "APKN", ""});
    const auto mohammed =
        AddPerson({"Mohammed", "Ali", "2012-11-03", domain::Sex::kMale, "APKN", "4010232137"});
    AddHousehold({0, "Flat 3, Harbour Court", "", "Southampton", "SO14 3JR"}, {aisha, mohammed},
                 "2016-02-15");
    Relate(aisha, mohammed, domain::RelationshipKind::kParent);
    added_.push_back("The Alis: Aisha and Mohammed, Flat 3 Harbour Court SO14 3JR");
  }

  void AddNowaks() {
    // The Nowaks: a name that sounds like another family's.
    const auto kasia =
        AddPerson({"Katarzyna", "Nowak", "1985-03-30", domain::Sex::kFemale, "WOTH", ""});
    const auto jan = AddPerson({"Jan", "Nowak", "2016-01-09", domain::Sex::kMale, "WOTH", ""});
    AddHousehold({0, "22 Shirley High Street", "", "Southampton", "SO15 3NE"}, {kasia, jan},
                 "2020-09-01");
    Relate(kasia, jan, domain::RelationshipKind::kParent);
    added_.push_back("The Nowaks: Katarzyna and Jan, 22 Shirley High Street SO15 3NE");
  }

  store::Records& records_;
  domain::Timestamp now_;
  domain::Date today_;
  const domain::LanguageGuide& guide_;
  std::vector<std::string> added_;
};

}  // namespace

std::vector<std::string> AddDemoData(store::Store& store, const domain::Clock& clock,
                                     const domain::LanguageGuide& guide) {
  const auto now = clock.Now();
  return store.WriteResult([&](store::Records& records) {
    if (records.people.Find(1)) return std::vector<std::string>{};
    auto added = DemoFamilies(records, now, guide).Add();
    AppendAudit(records, CommandLineActor(), now,
                {domain::Action::kLoadDemoData, "", domain::AuditOutcome::kAllowed,
                 "three demonstration families"});
    return added;
  });
}

}  // namespace frontdoor::service
