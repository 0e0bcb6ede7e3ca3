// tests/service/decision_fixture.hpp — the fixture for the decision and what follows it, on both
// databases: the shipped configuration, each service over one store, accounts, children and
// contacts made as people make them, and helpers to read a submission's answer.
#pragma once

#include <gtest/gtest.h>

#include <set>

#include "../domain/config_file.hpp"
#include "domain/uk_time.hpp"
#include "service/account_service.hpp"
#include "service/case_step_service.hpp"
#include "service/check_service.hpp"
#include "service/contact_service.hpp"
#include "service/decision_service.hpp"
#include "service/person_service.hpp"
#include "service/report_service.hpp"
#include "service/return_service.hpp"
#include "test_support.hpp"

namespace frontdoor::service {

using frontdoor::testing::FixedClock;
using frontdoor::testing::KindName;
using frontdoor::testing::ShippedConfig;
using frontdoor::testing::TestDatabase;

//! The fields a refused submission names; none when it was saved.
template <typename Saved, typename Form>
std::set<std::string> Fields(const Submission<Saved, Form>& submission) {
  std::set<std::string> fields;
  if (const auto* refused = std::get_if<Refused<Form>>(&submission))
    for (const auto& error : refused->errors) fields.insert(error.field);
  return fields;
}

template <typename Saved, typename Form>
bool IsRefused(const Submission<Saved, Form>& submission) {
  return std::holds_alternative<Refused<Form>>(submission);
}

//! A complete proforma deciding the same for each of `children`.
inline domain::OversightDraft Proforma(const std::vector<std::int64_t>& children, int level,
                                       const std::string& indicator, const std::string& outcome) {
  domain::OversightDraft draft;
  draft.risk_indicators = {indicator};
  draft.risks = "Jayden has a bruise on his arm he says his mum's partner caused.";
  draft.strengths = "Mia and Jayden are close; school knows them well.";
  draft.analysis = "A non-accidental injury and the partner's return make harm likely.";
  draft.next_steps = "Visit both children at school tomorrow.";
  for (std::int64_t id : children) {
    domain::ChildDecision child;
    child.person_id = id;
    child.child_voice = "Jayden said he is scared at bedtime when the man is there.";
    child.level = level;
    child.level_indicators = {indicator};
    child.outcome = outcome;
    child.rationale = "Both children need an assessment of their safety at home.";
    draft.children.push_back(std::move(child));
  }
  return draft;
}

//! A police contact about `children` received on `date` at `time`.
inline domain::ContactDraft ContactDraftFor(std::vector<std::int64_t> children,
                                            const std::string& date,
                                            const std::string& time = "08:30",
                                            const std::string& urgency = "today") {
  domain::ContactDraft draft;
  draft.received_date = date;
  draft.received_time = time;
  draft.method = "phone";
  draft.referrer.name = "PC Dawson";
  draft.source = "6";
  draft.children = std::move(children);
  draft.concern = "Jayden arrived at school with a bruise.";
  draft.family_agreement = "not_asked";
  draft.urgency = urgency;
  return draft;
}

inline std::string Field(const char* part, std::int64_t child) {
  return domain::ChildField(part, child);
}

class DecisionServiceTest : public ::testing::TestWithParam<store::DatabaseKind> {
 protected:
  Identity Account(const std::string& username, const std::string& role,
                   const std::string& agency = "") {
    auto added = accounts_.AddUser(
        CommandLineActor(), {username, role, agency, "purple tractor morning", username, role});
    return Identity{std::get<domain::User>(added), std::nullopt, "192.0.2.1"};
  }
  std::int64_t Child(const std::string& given, const std::string& born,
                     std::optional<std::int64_t> household) {
    domain::PersonDraft draft;
    draft.given_name = given;
    draft.family_name = "Smith";
    draft.date_of_birth = born;
    // Living there from the fixture's today, as the tests expect.
    const auto joining = household
                             ? std::optional(HouseholdJoining{
                                   *household, domain::FormatDate(domain::UkDate(clock_.Now()))})
                             : std::nullopt;
    return std::get<domain::Person>(people_.AddPerson(practitioner_, draft, joining)).id;
  }
  std::int64_t Contact(std::vector<std::int64_t> children, const std::string& date,
                       const std::string& time = "08:30", const std::string& urgency = "today") {
    return std::get<domain::Contact>(
               contacts_.RecordContact(practitioner_,
                                       ContactDraftFor(std::move(children), date, time, urgency)))
        .id;
  }
  //! The mother's consent to services, given by phone.
  void GiveConsent(std::int64_t contact) {
    ASSERT_TRUE(std::holds_alternative<domain::ConsentRecord>(decisions_.RecordConsent(
        practitioner_, contact, {"services", "given", "Claire Smith, mother", "by phone", ""})));
  }
  //! A manager's decision on a contact the family consented to: an assessment for each child, at
  //! `level` with its first factor.
  void DecideOnAssessment(std::int64_t contact, const std::vector<std::int64_t>& children,
                          int level) {
    ASSERT_TRUE(std::holds_alternative<domain::Decision>(decisions_.CompleteOversight(
        manager_, contact,
        Proforma(children, level, std::to_string(level) + ".F1", "single_assessment"))));
  }

  TestDatabase database_{GetParam()};
  std::unique_ptr<store::Store> store_ = database_.Open();
  FixedClock clock_{"2026-03-02T10:00:00.000Z"};
  domain::CommonPasswords common_ = domain::CommonPasswords::FromText("");
  AccountService accounts_{*store_, clock_, common_, PasswordHashCost::kInteractive};
  domain::LanguageGuide guide_ = domain::LanguageGuide::FromText(ShippedConfig("language.txt"));
  domain::ThresholdFramework framework_ =
      domain::LoadThresholdFramework(ShippedConfig("threshold.txt"));
  domain::FrontDoorSettings settings_ =
      domain::LoadFrontDoorSettings(ShippedConfig("front-door.txt"));
  domain::WorkingCalendar calendar_{domain::LoadBankHolidays(ShippedConfig("bank-holidays.txt"))};
  DecisionRules rules_{framework_, settings_, calendar_, guide_};
  PersonService people_{*store_, clock_, PersonService::EmptyVariants(), rules_};
  ContactService contacts_{*store_, clock_, rules_};
  DecisionService decisions_{*store_, clock_, rules_};
  CaseStepService case_steps_{*store_, clock_, rules_};
  CheckService checks_{*store_, clock_, rules_};
  ReportService reports_{*store_, clock_, rules_};
  Identity practitioner_ = Account("pat.practitioner", "practitioner");
  Identity manager_ = Account("meg.manager", "manager");
};

}  // namespace frontdoor::service
