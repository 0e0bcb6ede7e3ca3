// tests/service/case_step_service_test.cpp — what happened after a referral, on both databases:
// only for a child referred and allocated, refused for roles that may not, each step in order,
// on the child's journey and the contact's record history; a refusal writes nothing; an open
// plan's next review on the work list; a child's own referral on a contact shared with a child
// whose record is restricted.
#include "service/case_step_service.hpp"

#include "decision_fixture.hpp"
#include "domain/uk_time.hpp"
#include "service/report_service.hpp"

namespace frontdoor::service {
namespace {

class CaseStepServiceTest : public DecisionServiceTest {
 protected:
  domain::CaseStepDraft Step(const char* kind, const char* date) {
    domain::CaseStepDraft draft;
    draft.kind = kind;
    draft.date = date;
    return draft;
  }
};

TEST_P(CaseStepServiceTest, StepsAfterAReferralAreRecordedInOrderAndReadOnTheJourney) {
  const auto household = std::get<domain::Household>(
      people_.AddHousehold(practitioner_, {"1 Shirley Road", "", "Southampton", "SO15 3AB"}));
  const std::int64_t jayden = Child("Jayden", "2015-03-04", household.id);
  const std::int64_t amelia = Child("Amelia", "2019-06-01", household.id);
  const std::int64_t contact = Contact({jayden, amelia}, "2026-03-02");
  GiveConsent(contact);
  auto draft = Proforma({jayden}, 4, "4.F1", "single_assessment");
  domain::ChildDecision her = draft.children[0];
  her.person_id = amelia;
  her.level = 1;
  her.level_indicators = {"1.F1"};
  her.outcome = "no_further_action";
  her.rationale = "Amelia's needs are met; she was not there and is settled.";
  her.override_reason = "The household's risk is about Jayden's injury, not Amelia.";
  draft.children.push_back(her);
  ASSERT_TRUE(std::holds_alternative<domain::Decision>(
      decisions_.CompleteOversight(manager_, contact, draft)));

  clock_.Set("2026-03-04T10:00:00.000Z");
  const auto enquiry = Step("section_47", "2026-03-03");
  // Not before the child is allocated; never for a child whose decision made no referral.
  EXPECT_EQ(std::get<Refused<ChildReferral>>(
                case_steps_.RecordStep(practitioner_, contact, jayden, enquiry))
                .errors[0]
                .message,
            "Allocate the child before recording what happened after the referral");
  ASSERT_TRUE(std::holds_alternative<std::vector<domain::Allocation>>(
      decisions_.Allocate(manager_, contact, {"assessment_north", "meg.manager", {}})));
  EXPECT_TRUE(std::holds_alternative<NotFound>(
      case_steps_.RecordStep(practitioner_, contact, amelia, enquiry)));
  EXPECT_TRUE(
      std::holds_alternative<NotFound>(case_steps_.ShowSteps(practitioner_, contact, amelia)));
  // An auditor reads but does not record.
  EXPECT_TRUE(IsRefused(
      case_steps_.RecordStep(Account("aud.auditor", "auditor"), contact, jayden, enquiry)));
  EXPECT_TRUE(std::holds_alternative<NotFound>(
      case_steps_.RecordStep(practitioner_, 4040, jayden, enquiry)));
  // A child not on the contact has no referral on it: not found, as reading its steps answers.
  EXPECT_TRUE(std::holds_alternative<NotFound>(
      case_steps_.RecordStep(practitioner_, contact, 99999, enquiry)));

  // The enquiry, its conference on a working day with a plan, the plan's end, then closure.
  ASSERT_TRUE(std::holds_alternative<domain::CaseStep>(
      case_steps_.RecordStep(practitioner_, contact, jayden, enquiry)));
  clock_.Set("2026-06-01T10:00:00.000Z");
  domain::CaseStepDraft conference = Step("conference", "2026-03-21");  // a Saturday
  conference.conference = "held";
  conference.plan_followed = "yes";
  conference.category = "PHY";
  EXPECT_EQ(Fields(case_steps_.RecordStep(manager_, contact, jayden, conference)),
            std::set<std::string>{"date"});
  conference.date = "2026-03-23";
  ASSERT_TRUE(std::holds_alternative<domain::CaseStep>(
      case_steps_.RecordStep(manager_, contact, jayden, conference)));
  auto closure = Step("closure", "2026-05-29");
  closure.closure_reason = "RC7";
  EXPECT_EQ(Fields(case_steps_.RecordStep(manager_, contact, jayden, closure)),
            std::set<std::string>{"kind"});  // the plan is still open
  clock_.Set("2026-06-02T10:00:00.000Z");
  ASSERT_TRUE(std::holds_alternative<domain::CaseStep>(case_steps_.RecordStep(
      manager_, contact, jayden, Step("protection_plan_end", "2026-05-28"))));
  const auto assessments_due = [&] {
    const auto list = reports_.ShowWork(manager_, false);
    return std::count_if(list.items.begin(), list.items.end(),
                         [](const auto& item) { return item.kind == "assessment"; });
  };
  const auto involvement = [&] {
    return std::get<PersonProfile>(people_.ShowProfile(practitioner_, jayden)).history->allocation;
  };
  EXPECT_EQ(assessments_due(), 1);
  EXPECT_TRUE(involvement());
  clock_.Set("2026-06-03T10:00:00.000Z");
  ASSERT_TRUE(std::holds_alternative<domain::CaseStep>(
      case_steps_.RecordStep(manager_, contact, jayden, closure)));
  // The case closed: the involvement is no longer open, and no assessment is due.
  EXPECT_EQ(assessments_due(), 0);
  EXPECT_FALSE(involvement());

  const auto progress = std::get<ContactProgress>(decisions_.ShowProgress(manager_, contact));
  ASSERT_EQ(progress.steps.case_steps.size(), 4u);  // refusals wrote nothing
  const auto episode = progress.steps.EpisodeFor(progress.contact, jayden);
  ASSERT_TRUE(episode);
  EXPECT_EQ(episode->referral_date, *domain::ParseDate("2026-03-02"));
  ASSERT_EQ(episode->protection_plans.size(), 1u);
  EXPECT_EQ(episode->protection_plans[0].end, domain::ParseDate("2026-05-28"));
  EXPECT_EQ(episode->closure_reason, "RC7");
  EXPECT_FALSE(progress.steps.EpisodeFor(progress.contact, amelia));
  const auto history = std::find_if(
      progress.history.begin(), progress.history.end(),
      [](const auto& entry) { return entry.to.rfind("Case closed. Closed 29 May 2026", 0) == 0; });
  ASSERT_NE(history, progress.history.end());
  EXPECT_EQ(history->field, "after the referral of Jayden Smith");

  const auto journey =
      std::get<JourneyView>(people_.ShowJourney(practitioner_, jayden, {"after_referral"}));
  ASSERT_EQ(journey.events.size(), 4u);
  EXPECT_EQ(journey.events[0].title, "Case closed");  // newest first
  EXPECT_EQ(journey.events[2].title, "Initial child protection conference");
  EXPECT_EQ(journey.events[2].summary,
            "Held 23 March 2026. A child protection plan followed: Physical abuse.");
  EXPECT_EQ(journey.events[2].by, "meg.manager, manager");
  // In words the child could read later; a closure's title says it all.
  EXPECT_EQ(journey.events[2].explanation.rfind("A child protection conference is a meeting", 0),
            0u);
  EXPECT_EQ(journey.events[0].explanation, "");
  EXPECT_TRUE(std::get<JourneyView>(people_.ShowJourney(practitioner_, amelia, {"after_referral"}))
                  .events.empty());
}

TEST_P(CaseStepServiceTest, AChildsOwnReferralIsReadAndRecordedWhenABrotherOrSisterIsRestricted) {
  const std::int64_t jayden = Child("Jayden", "2015-03-04", std::nullopt);
  const std::int64_t zoe = Child("Zoe", "2017-05-05", std::nullopt);
  const std::int64_t contact = Contact({jayden, zoe}, "2026-03-02");
  GiveConsent(contact);
  DecideOnAssessment(contact, {jayden, zoe}, 4);
  ASSERT_TRUE(std::holds_alternative<std::vector<domain::Allocation>>(
      decisions_.Allocate(manager_, contact, {"assessment_north", "meg.manager", {}})));
  ASSERT_TRUE(std::holds_alternative<domain::Restriction>(
      people_.RestrictRecord(manager_, zoe, {"meg.manager"}, "A member of staff's own child")));
  clock_.Set("2026-03-04T10:00:00.000Z");
  const auto last_audit = [&] {
    return store_->ReadResult(
        [](store::Records& records) { return records.audit.Recent(1).at(0); });
  };

  // The contact as a whole stays restricted from the practitioner...
  EXPECT_TRUE(
      std::get<ContactProgress>(decisions_.ShowProgress(practitioner_, contact)).restricted);
  // ...but Jayden's own referral is his: read, recorded, and audited naming him alone.
  const auto his = std::get<ChildReferral>(case_steps_.ShowSteps(practitioner_, contact, jayden));
  EXPECT_EQ(his.name, "Jayden Smith");
  ASSERT_TRUE(his.allocation);
  EXPECT_EQ(his.allocation->worker, "meg.manager");
  EXPECT_EQ(last_audit().record_ids,
            "contact:" + std::to_string(contact) + " person:" + std::to_string(jayden));
  ASSERT_TRUE(std::holds_alternative<domain::CaseStep>(
      case_steps_.RecordStep(practitioner_, contact, jayden, Step("section_47", "2026-03-03"))));
  EXPECT_EQ(last_audit().detail, "section_47 for person:" + std::to_string(jayden));
  EXPECT_EQ(last_audit().record_ids.find("person:" + std::to_string(zoe)), std::string::npos);
  // Zoe's is hers, and the refusal is audited.
  EXPECT_TRUE(std::holds_alternative<NotFound>(case_steps_.ShowSteps(practitioner_, contact, zoe)));
  EXPECT_EQ(last_audit().outcome, domain::AuditOutcome::kRefused);
  EXPECT_TRUE(std::holds_alternative<NotFound>(
      case_steps_.RecordStep(practitioner_, contact, zoe, Step("section_47", "2026-03-03"))));
  EXPECT_EQ(std::get<ChildReferral>(case_steps_.ShowSteps(manager_, contact, zoe)).steps.size(),
            0u);

  // On Jayden's journey, his own decision, allocation and steps are shown; the household's
  // parts, which may be about Zoe, are not.
  const auto journey = std::get<JourneyView>(people_.ShowJourney(practitioner_, jayden, {}));
  std::map<std::string, domain::JourneyEvent> by_kind;
  for (const auto& event : journey.events) by_kind.emplace(event.kind, event);
  EXPECT_EQ(by_kind.at("after_referral").title, "Section 47 enquiry started");
  EXPECT_EQ(by_kind.at("allocation").title.rfind("Allocated to ", 0), 0u);
  const auto& decision = by_kind.at("decision");
  EXPECT_EQ(decision.title.rfind("Decision: ", 0), 0u);
  EXPECT_NE(decision.summary.find("Threshold: level 4"), std::string::npos);
  EXPECT_EQ(decision.summary.find("bruise"), std::string::npos);
  EXPECT_EQ(by_kind.at("contact").summary.find("Only the people that record is open to"), 0u);
}

// The plan reviews on a work list, as (title, due day) pairs.
std::vector<std::pair<std::string, std::string>> PlanReviews(const WorkList& list) {
  std::vector<std::pair<std::string, std::string>> reviews;
  for (const auto& item : list.items) {
    if (item.kind == "plan_review")
      reviews.emplace_back(item.title, domain::FormatDate(domain::UkDate(item.due)));
  }
  return reviews;
}

TEST_P(CaseStepServiceTest, AnOpenPlansNextReviewIsOnItsWorkersAndTheTeamsWorkList) {
  const std::int64_t jayden = Child("Jayden", "2015-03-04", std::nullopt);
  const std::int64_t contact = Contact({jayden}, "2026-03-02");
  GiveConsent(contact);
  DecideOnAssessment(contact, {jayden}, 4);
  ASSERT_TRUE(std::holds_alternative<std::vector<domain::Allocation>>(
      decisions_.Allocate(manager_, contact, {"assessment_north", "meg.manager", {}})));
  clock_.Set("2026-03-24T10:00:00.000Z");
  ASSERT_TRUE(std::holds_alternative<domain::CaseStep>(
      case_steps_.RecordStep(manager_, contact, jayden, Step("section_47", "2026-03-03"))));
  EXPECT_TRUE(PlanReviews(reports_.ShowWork(manager_, false)).empty());  // no plan yet
  domain::CaseStepDraft conference = Step("conference", "2026-03-23");
  conference.conference = "held";
  conference.plan_followed = "yes";
  conference.category = "PHY";
  ASSERT_TRUE(std::holds_alternative<domain::CaseStep>(
      case_steps_.RecordStep(manager_, contact, jayden, conference)));

  // Three months after the conference, on the allocated worker's list and the team's only.
  const std::vector<std::pair<std::string, std::string>> first{
      {"Child protection plan review of Jayden Smith", "2026-06-23"}};
  EXPECT_EQ(PlanReviews(reports_.ShowWork(manager_, true)), first);
  EXPECT_EQ(PlanReviews(reports_.ShowWork(practitioner_, false)), first);
  EXPECT_TRUE(PlanReviews(reports_.ShowWork(practitioner_, true)).empty());

  // Reviewed: six months after the review, and overdue once that day has passed.
  clock_.Set("2026-06-16T10:00:00.000Z");
  ASSERT_TRUE(std::holds_alternative<domain::CaseStep>(case_steps_.RecordStep(
      manager_, contact, jayden, Step("protection_plan_review", "2026-06-15"))));
  EXPECT_EQ(PlanReviews(reports_.ShowWork(manager_, true)),
            (std::vector<std::pair<std::string, std::string>>{
                {"Child protection plan review of Jayden Smith", "2026-12-15"}}));
  clock_.Set("2026-12-16T10:00:00.000Z");
  const auto late = reports_.ShowWork(manager_, true);
  const auto item = std::find_if(late.items.begin(), late.items.end(),
                                 [](const WorkItem& one) { return one.kind == "plan_review"; });
  ASSERT_NE(item, late.items.end());
  EXPECT_TRUE(item->overdue);

  // Restricted: the team's list still holds the review, without the child's name for those the
  // restriction does not name.
  ASSERT_TRUE(std::holds_alternative<domain::Restriction>(
      people_.RestrictRecord(manager_, jayden, {"meg.manager"}, "A member of staff's own child")));
  EXPECT_EQ(PlanReviews(reports_.ShowWork(practitioner_, false)),
            (std::vector<std::pair<std::string, std::string>>{
                {"Child protection plan review of a restricted record", "2026-12-15"}}));
  EXPECT_EQ(PlanReviews(reports_.ShowWork(manager_, false))[0].first,
            "Child protection plan review of Jayden Smith");

  // Ended: off every list.
  ASSERT_TRUE(std::holds_alternative<domain::CaseStep>(case_steps_.RecordStep(
      manager_, contact, jayden, Step("protection_plan_end", "2026-12-14"))));
  EXPECT_TRUE(PlanReviews(reports_.ShowWork(manager_, false)).empty());
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, CaseStepServiceTest,
                         ::testing::Values(store::DatabaseKind::kSqlite,
                                           store::DatabaseKind::kPostgres),
                         KindName);

}  // namespace
}  // namespace frontdoor::service
