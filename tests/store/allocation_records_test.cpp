// tests/store/allocation_records_test.cpp — the allocations contract, on SQLite and PostgreSQL.
#include "store/decision_records.hpp"

#include "store/case_step_records.hpp"

#include "records_test_support.hpp"

namespace frontdoor::store {
namespace {

using AllocationRecordsTest = RecordsTest;

TEST_P(AllocationRecordsTest, KeepsAllocationsAndExclusionsAndListsThemByWorkerAndTeam) {
  const auto jayden = AddPerson("Jayden", "Smith");
  const auto amelia = AddPerson("Amelia", "Smith", "2018-09-02");
  const auto first = AddContact({jayden, amelia});
  const auto second = AddContact({jayden});
  Write([&](Records& records) {
    records.allocations.Add({first, jayden, "assessment_north", "jo", "", On("2027-01-30"), "m",
                             At("2026-11-27T13:00:00.500Z")});
    records.allocations.Add({first, amelia, "", "", "Staying with her grandmother.", std::nullopt,
                             "m", At("2026-11-27T13:00:00.500Z")});
    records.allocations.AddMany({{second, jayden, "assessment_south", "sam", "", On("2027-02-02"),
                                  "m", At("2026-11-28T13:00:00Z")}});
    return 0;
  });
  const auto of_first =
      Read([&](Records& records) { return records.allocations.ForContacts({first}); });
  ASSERT_EQ(of_first.size(), 2u);
  EXPECT_EQ(of_first[0].person_id, std::min(jayden, amelia));
  const auto& left_out = of_first[0].person_id == amelia ? of_first[0] : of_first[1];
  EXPECT_EQ(left_out.excluded_reason, "Staying with her grandmother.");
  EXPECT_FALSE(left_out.assessment_due);
  const auto& allocated = of_first[0].person_id == jayden ? of_first[0] : of_first[1];
  EXPECT_EQ(allocated.assessment_due, On("2027-01-30"));
  EXPECT_EQ(allocated.allocated_at, At("2026-11-27T13:00:00.500Z"));

  // Exclusions are not anyone's work.
  EXPECT_EQ(Read([](Records& records) {
              return records.allocations.AwaitingAssessment(std::nullopt, std::nullopt, 10);
            }).size(),
            2u);
  const auto jos = Read([](Records& records) {
    return records.allocations.AwaitingAssessment("jo", std::nullopt, 10);
  });
  ASSERT_EQ(jos.size(), 1u);
  EXPECT_EQ(jos[0].team, "assessment_north");
  const auto south = Read([](Records& records) {
    return records.allocations.AwaitingAssessment(std::nullopt, "assessment_south", 10);
  });
  ASSERT_EQ(south.size(), 1u);
  EXPECT_EQ(south[0].worker, "sam");
  EXPECT_TRUE(Read([](Records& records) {
                return records.allocations.AwaitingAssessment("jo", "assessment_south", 10);
              }).empty());
  EXPECT_EQ(Read([&](Records& records) { return records.allocations.ContactsOf(jayden); }),
            (std::vector<std::int64_t>{first, second}));

  // An assessment completed, or the case closed, on that referral takes it off the list; a step
  // of another child, or of an assessment only started, does not.
  const auto step = [&](std::int64_t contact, std::int64_t child, domain::CaseStepKind kind) {
    domain::CaseStep made;
    made.contact_id = contact;
    made.person_id = child;
    made.kind = kind;
    made.date = On("2026-12-01");
    if (kind == domain::CaseStepKind::kAssessment) {
      made.authorised = On("2026-12-02");
      made.primary_need = "N1";
    }
    if (kind == domain::CaseStepKind::kClosure) made.closure_reason = "RC8";
    made.recorded_by = "sam";
    made.recorded_at = At("2026-12-02T10:00:00Z");
    return made;
  };
  const auto awaiting = [&] {
    return Read([](Records& records) {
      return records.allocations.AwaitingAssessment(std::nullopt, std::nullopt, 10);
    });
  };
  Write([&](Records& records) {
    records.case_steps.Add(step(first, jayden, domain::CaseStepKind::kAssessmentStart));
    records.case_steps.Add(step(second, amelia, domain::CaseStepKind::kClosure));
    return 0;
  });
  EXPECT_EQ(awaiting().size(), 2u);
  Write([&](Records& records) {
    return records.case_steps.Add(step(first, jayden, domain::CaseStepKind::kAssessment));
  });
  ASSERT_EQ(awaiting().size(), 1u);
  EXPECT_EQ(awaiting()[0].contact_id, second);
  Write([&](Records& records) {
    return records.case_steps.Add(step(second, jayden, domain::CaseStepKind::kClosure));
  });
  EXPECT_TRUE(awaiting().empty());
}

TEST_P(AllocationRecordsTest, RefusesAChildNeitherAllocatedNorLeftOutWithAReason) {
  const auto jayden = AddPerson("Jayden", "Smith");
  const auto contact = AddContact({jayden});
  EXPECT_THROW(Write([&](Records& records) {
                 records.allocations.Add({contact, jayden, "team", "", "", std::nullopt, "m",
                                          At("2026-11-27T13:00:00Z")});
                 return 0;
               }),
               StoreError);
}

FRONTDOOR_ON_BOTH_DATABASES(AllocationRecordsTest);

}  // namespace
}  // namespace frontdoor::store
