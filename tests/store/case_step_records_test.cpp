// tests/store/case_step_records_test.cpp — the steps-after-referral contract: every part of a step
// and an assessment's factors in order, read by child and by contact, the database's own refusal
// of an incomplete assessment or pre-proceedings decision, and the referrals whose child
// protection plan is open, on SQLite and PostgreSQL.
#include "store/case_step_records.hpp"

#include "records_test_support.hpp"

namespace frontdoor::store {
namespace {

using CaseStepRecordsTest = RecordsTest;

domain::CaseStep Assessment(std::int64_t contact, std::int64_t child) {
  domain::CaseStep step;
  step.contact_id = contact;
  step.person_id = child;
  step.kind = domain::CaseStepKind::kAssessment;
  step.date = *domain::ParseDate("2026-10-06");
  step.authorised = domain::ParseDate("2026-11-20");
  step.child_seen = true;
  step.factors = {"4B", "3B", "21"};
  step.needs_support = true;
  step.primary_need = "N1";
  step.recorded_by = "sam";
  step.recorded_at = At("2026-11-20T10:00:00Z");
  return step;
}

TEST_P(CaseStepRecordsTest, KeepsEveryPartOfEachStepInTheOrderRecorded) {
  const auto jayden = AddPerson("Jayden", "Smith");
  const auto amelia = AddPerson("Amelia", "Smith");
  const auto contact = AddContact({jayden, amelia});
  domain::CaseStep conference;
  conference.contact_id = contact;
  conference.person_id = jayden;
  conference.kind = domain::CaseStepKind::kConference;
  conference.date = *domain::ParseDate("2026-11-02");
  conference.plan_followed = true;
  conference.category = "NEG";
  conference.previous_plans = 3;  // as a census file gave it
  conference.recorded_by = "sam";
  conference.recorded_at = At("2026-11-02T16:00:00Z");
  domain::CaseStep closure = conference;
  closure.kind = domain::CaseStepKind::kClosure;
  closure.person_id = amelia;
  closure.closure_reason = "RC7";
  closure.category = "";
  closure.plan_followed = false;
  closure.previous_plans.reset();
  const auto ids = Write([&](Records& records) {
    return std::vector<std::int64_t>{records.case_steps.Add(Assessment(contact, jayden)),
                                     records.case_steps.Add(conference),
                                     records.case_steps.Add(closure)};
  });
  EXPECT_LT(ids[0], ids[1]);
  const auto his = Read([&](Records& records) { return records.case_steps.OfPeople({jayden}); });
  ASSERT_EQ(his.size(), 2u);
  const auto& assessment = his[0];
  EXPECT_EQ(assessment.id, ids[0]);
  EXPECT_EQ(assessment.kind, domain::CaseStepKind::kAssessment);
  EXPECT_EQ(assessment.date, *domain::ParseDate("2026-10-06"));
  EXPECT_EQ(assessment.authorised, domain::ParseDate("2026-11-20"));
  EXPECT_TRUE(assessment.child_seen);
  EXPECT_EQ(assessment.factors, (std::vector<std::string>{"4B", "3B", "21"}));
  EXPECT_TRUE(assessment.needs_support);
  EXPECT_EQ(assessment.primary_need, "N1");
  EXPECT_EQ(assessment.recorded_by, "sam");
  EXPECT_EQ(assessment.recorded_at, At("2026-11-20T10:00:00Z"));
  EXPECT_EQ(his[1].kind, domain::CaseStepKind::kConference);
  EXPECT_FALSE(his[1].authorised.has_value());
  EXPECT_TRUE(his[1].plan_followed);
  EXPECT_FALSE(his[1].not_required);
  EXPECT_EQ(his[1].category, "NEG");
  EXPECT_EQ(his[1].previous_plans, 3);
  EXPECT_FALSE(assessment.previous_plans);
  EXPECT_TRUE(his[1].factors.empty());
  const auto all =
      Read([&](Records& records) { return records.case_steps.ForContacts({contact}); });
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[2].person_id, amelia);
  EXPECT_EQ(all[2].closure_reason, "RC7");
  EXPECT_TRUE(
      Read([&](Records& records) { return records.case_steps.ForContacts({4040}); }).empty());
}

TEST_P(CaseStepRecordsTest, KeepsTheStartOfAnAssessmentUnderWay) {
  const auto jayden = AddPerson("Jayden", "Smith");
  const auto contact = AddContact({jayden});
  domain::CaseStep started;
  started.contact_id = contact;
  started.person_id = jayden;
  started.kind = domain::CaseStepKind::kAssessmentStart;
  started.date = *domain::ParseDate("2026-10-06");
  started.recorded_by = "sam";
  started.recorded_at = At("2026-10-06T10:00:00Z");
  Write([&](Records& records) { return records.case_steps.Add(started); });
  const auto his = Read([&](Records& records) { return records.case_steps.OfPeople({jayden}); });
  ASSERT_EQ(his.size(), 1u);
  EXPECT_EQ(his[0].kind, domain::CaseStepKind::kAssessmentStart);
  EXPECT_EQ(his[0].date, started.date);
  EXPECT_FALSE(his[0].authorised);
}

TEST_P(CaseStepRecordsTest, KeepsThePartsOfPreProceedingsSteps) {
  const auto jayden = AddPerson("Jayden", "Smith");
  const auto contact = AddContact({jayden});
  domain::CaseStep letter;
  letter.contact_id = contact;
  letter.person_id = jayden;
  letter.kind = domain::CaseStepKind::kLetterBeforeProceedings;
  letter.date = *domain::ParseDate("2026-10-08");
  letter.family_meeting = false;
  letter.recorded_by = "sam";
  letter.recorded_at = At("2026-10-08T10:00:00Z");
  domain::CaseStep decision = letter;
  decision.kind = domain::CaseStepKind::kPreProceedingsDecision;
  decision.family_meeting = true;
  decision.outcome = "A";
  decision.review_meetings = 0;
  domain::CaseStep meeting = letter;
  meeting.kind = domain::CaseStepKind::kPreProceedingsMeeting;
  meeting.family_meeting.reset();
  Write([&](Records& records) {
    for (const auto* step : {&letter, &meeting, &decision}) records.case_steps.Add(*step);
    return 0;
  });
  const auto his = Read([&](Records& records) { return records.case_steps.OfPeople({jayden}); });
  ASSERT_EQ(his.size(), 3u);
  EXPECT_EQ(his[0].family_meeting, false);  // an answer of no is not the same as no answer
  EXPECT_EQ(his[1].family_meeting, std::nullopt);
  EXPECT_EQ(his[2].family_meeting, true);
  EXPECT_EQ(his[2].outcome, "A");
  EXPECT_EQ(his[2].review_meetings, 0);
  EXPECT_FALSE(his[1].review_meetings);
  // A decision without its outcome, or an outcome not in the list, is refused by the database.
  for (const char* outcome : {"", "Z"}) {
    decision.outcome = outcome;
    EXPECT_THROW(Write([&](Records& records) { return records.case_steps.Add(decision); }),
                 StoreError)
        << outcome;
  }
}

TEST_P(CaseStepRecordsTest, RefusesAnAssessmentWithoutItsAuthorisationOrAClosureWithoutAReason) {
  const auto jayden = AddPerson("Jayden", "Smith");
  const auto contact = AddContact({jayden});
  auto unauthorised = Assessment(contact, jayden);
  unauthorised.authorised.reset();
  EXPECT_THROW(Write([&](Records& records) { return records.case_steps.Add(unauthorised); }),
               StoreError);
  auto closure = Assessment(contact, jayden);
  closure.kind = domain::CaseStepKind::kClosure;
  closure.factors.clear();
  EXPECT_THROW(Write([&](Records& records) { return records.case_steps.Add(closure); }),
               StoreError);
  EXPECT_TRUE(
      Read([&](Records& records) { return records.case_steps.OfPeople({jayden}); }).empty());
}

TEST_P(CaseStepRecordsTest, FindsTheReferralsWhoseProtectionPlanIsStillOpen) {
  const auto jayden = AddPerson("Jayden", "Smith");
  const auto amelia = AddPerson("Amelia", "Smith");
  const auto first = AddContact({jayden, amelia});
  const auto second = AddContact({jayden});
  const auto step = [](std::int64_t contact, std::int64_t child, domain::CaseStepKind kind,
                       const char* date, bool plan = false) {
    domain::CaseStep made;
    made.contact_id = contact;
    made.person_id = child;
    made.kind = kind;
    made.date = *domain::ParseDate(date);
    made.plan_followed = plan;
    made.category = plan ? "PHY" : "";
    made.recorded_by = "sam";
    made.recorded_at = At("2026-11-02T16:00:00Z");
    return made;
  };
  using K = domain::CaseStepKind;
  Write([&](Records& records) {
    // Jayden's first plan ended; a second conference on the same referral started another.
    for (const auto& made :
         {step(first, jayden, K::kConference, "2026-01-05", true),
          step(first, jayden, K::kProtectionPlanEnd, "2026-04-01"),
          step(first, jayden, K::kConference, "2026-05-04", true),
          step(first, jayden, K::kProtectionPlanReview, "2026-08-03"),
          // Amelia's conference started no plan; Jayden's second referral's plan ended.
          step(first, amelia, K::kConference, "2026-01-05"),
          step(second, jayden, K::kConference, "2026-09-01", true),
          step(second, jayden, K::kProtectionPlanEnd, "2026-10-01")})
      records.case_steps.Add(made);
    records.allocations.Add({first, jayden, "assessment_north", "sam", "", std::nullopt, "meg",
                             At("2026-01-02T10:00:00Z")});
    return 0;
  });
  const auto open = Read(
      [&](Records& records) { return records.case_steps.OfOpenProtectionPlans(std::nullopt, 10); });
  ASSERT_EQ(open.size(), 4u);  // every step of Jayden's first referral, in the order recorded
  for (const auto& one : open) {
    EXPECT_EQ(one.contact_id, first);
    EXPECT_EQ(one.person_id, jayden);
  }
  EXPECT_EQ(open[3].kind, K::kProtectionPlanReview);
  EXPECT_EQ(Read([&](Records& records) {
              return records.case_steps.OfOpenProtectionPlans("sam", 10);
            }).size(),
            4u);
  EXPECT_TRUE(Read([&](Records& records) {
                return records.case_steps.OfOpenProtectionPlans("kim", 10);
              }).empty());
  EXPECT_TRUE(Read([&](Records& records) {
                return records.case_steps.OfOpenProtectionPlans(std::nullopt, 0);
              }).empty());
}

FRONTDOOR_ON_BOTH_DATABASES(CaseStepRecordsTest);

}  // namespace
}  // namespace frontdoor::store
