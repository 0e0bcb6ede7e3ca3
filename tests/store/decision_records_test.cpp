// tests/store/decision_records_test.cpp — the decisions contract (every proforma part, its
// indicators and language warnings), and the steps after a contact read together, on SQLite and
// PostgreSQL.
#include "store/decision_records.hpp"

#include "records_test_support.hpp"
#include "store/contact_steps.hpp"

namespace frontdoor::store {
namespace {

domain::Decision SomeDecision(std::int64_t contact, std::vector<std::int64_t> children,
                              std::string_view at) {
  domain::Decision decision;
  decision.contact_id = contact;
  auto& proforma = decision.proforma;
  proforma.risk_indicators = {"4.F1", "4.D1"};
  proforma.risks = "Bruises from the partner.";
  proforma.strengths = "Claire wants help.";
  proforma.analysis = "DV makes harm likely.";
  proforma.next_steps = "Visit tomorrow.";
  for (std::int64_t id : children) {
    domain::ChildDecision child;
    child.person_id = id;
    child.child_voice = "He hides in Amelia's room.";
    child.level = 4;
    child.level_indicators = {"4.D1", "4.F1"};
    child.outcome = "single_assessment";
    child.rationale = "He needs an assessment.";
    child.referred = true;
    proforma.children.push_back(std::move(child));
  }
  decision.services_consent = domain::ConsentStatus::kGiven;
  decision.decided_by = "test.manager";
  decision.decided_at = At(at);
  decision.language_warnings = {
      {"analysis", {{domain::LanguageIssue::kAcronym, "DV", 0, "domestic abuse"}}}};
  return decision;
}

using DecisionRecordsTest = RecordsTest;

TEST_P(DecisionRecordsTest, KeepsEveryPartAndMarksTheContactDecidedOnce) {
  const auto jayden = AddPerson("Jayden", "Smith");
  const auto amelia = AddPerson("Amelia", "Smith");
  const auto contact = AddContact({jayden, amelia});
  auto decision = SomeDecision(contact, {jayden, amelia}, "2026-11-27T15:00:00.020Z");
  auto& hers = decision.proforma.children[1];
  hers.child_voice = "Amelia is happy at nursery.";
  hers.level = 1;
  hers.level_indicators = {"1.F1"};
  hers.outcome = "no_further_action";
  hers.rationale = "Her needs are met.";
  hers.override_reason = "Not needed.";
  hers.consent_refused_offer = "Nothing.";
  hers.referred = false;
  hers.is_override = hers.consent_closure = true;
  decision.language_warnings["rationale-" + std::to_string(amelia)] = {
      {domain::LanguageIssue::kTooShort, "Her needs are met.", 0, ""}};
  Write([&](Records& records) {
    records.decisions.Add(decision);
    return 0;
  });
  const auto kept = *Read([&](Records& records) { return records.decisions.Find(contact); });
  EXPECT_EQ(kept.proforma.risk_indicators, decision.proforma.risk_indicators);  // as chosen
  EXPECT_EQ(kept.proforma.analysis, decision.proforma.analysis);
  EXPECT_EQ(kept.proforma.next_steps, decision.proforma.next_steps);
  // Each child's own part, every field of it.
  ASSERT_EQ(kept.proforma.children.size(), 2u);
  for (size_t index = 0; index < 2; ++index) {
    const auto& expected = decision.proforma.children[index];
    const auto& read = *kept.For(expected.person_id);
    EXPECT_EQ(read.level_indicators, expected.level_indicators);
    EXPECT_EQ(read.level, expected.level);
    EXPECT_EQ(read.child_voice, expected.child_voice);
    EXPECT_EQ(read.outcome, expected.outcome);
    EXPECT_EQ(read.rationale, expected.rationale);
    EXPECT_EQ(read.override_reason, expected.override_reason);
    EXPECT_EQ(read.consent_refused_offer, expected.consent_refused_offer);
    EXPECT_EQ(read.is_override, expected.is_override);
    EXPECT_EQ(read.consent_closure, expected.consent_closure);
    EXPECT_EQ(read.referred, expected.referred);
  }
  EXPECT_EQ(Read([&](Records& records) { return records.decisions.ReferredOn(jayden); }),
            std::set<std::int64_t>{contact});
  EXPECT_TRUE(Read([&](Records& records) { return records.decisions.ReferredOn(amelia); }).empty());
  EXPECT_EQ(kept.services_consent, domain::ConsentStatus::kGiven);
  EXPECT_EQ(kept.decided_at, decision.decided_at);
  EXPECT_EQ(kept.language_warnings, decision.language_warnings);
  EXPECT_FALSE(kept.is_override);
  EXPECT_TRUE(Read([](Records& records) {
                return records.contacts.AwaitingDecision(std::nullopt, 10);
              }).empty());
  EXPECT_THROW(Write([&](Records& records) {
                 records.decisions.Add(decision);
                 return 0;
               }),
               StoreError);
  EXPECT_FALSE(Read([](Records& records) { return records.decisions.Find(4040); }));
}

TEST_P(DecisionRecordsTest, ReportsClosuresAndOverridesNewestFirst) {
  const auto jayden = AddPerson("Jayden", "Smith");
  std::vector<std::int64_t> contacts;
  for (int idx = 0; idx < 3; ++idx) contacts.push_back(AddContact({jayden}));
  Write([&](Records& records) {
    auto closure = SomeDecision(contacts[0], {jayden}, "2026-11-20T10:00:00Z");
    closure.proforma.children[0].outcome = "no_further_action";
    closure.consent_closure = true;
    closure.proforma.children[0].consent_refused_offer = "Free school meals.";
    auto override_one = SomeDecision(contacts[1], {jayden}, "2026-11-21T10:00:00Z");
    override_one.is_override = true;
    override_one.proforma.children[0].override_reason = "The family hub sees him weekly.";
    auto both = SomeDecision(contacts[2], {jayden}, "2026-11-22T10:00:00Z");
    both.is_override = both.consent_closure = true;
    records.decisions.AddMany({closure, override_one, both});
    return 0;
  });
  const auto closures =
      Read([](Records& records) { return records.decisions.ConsentClosures(10); });
  ASSERT_EQ(closures.size(), 2u);
  EXPECT_EQ(closures[0].contact_id, contacts[2]);
  EXPECT_EQ(closures[1].proforma.children.at(0).consent_refused_offer, "Free school meals.");
  EXPECT_EQ(closures[1].proforma.risk_indicators.size(), 2u);
  const auto overrides = Read([](Records& records) { return records.decisions.Overrides(1); });
  ASSERT_EQ(overrides.size(), 1u);
  EXPECT_EQ(overrides[0].contact_id, contacts[2]);
  const auto both = Read([&](Records& records) { return records.decisions.ForContacts(contacts); });
  EXPECT_EQ(both.size(), 3u);
}

TEST_P(DecisionRecordsTest, AContactsStepsAreReadTogetherForManyContacts) {
  const auto jayden = AddPerson("Jayden", "Smith");
  const auto decided = AddContact({jayden});
  const auto quiet = AddContact({jayden});
  Write([&](Records& records) {
    records.consents.Add({0, decided, domain::ConsentKind::kServices, domain::ConsentStatus::kGiven,
                          "Claire", "in person", "", "p", At("2026-11-27T10:00:00Z")});
    domain::MashCheck check;
    check.contact_id = decided;
    check.agency = "police";
    check.requested_at = check.due_at = At("2026-11-27T10:00:00Z");
    records.checks.Add(check);
    records.checks.AddNotNeeded({decided, "Answered before.", "m", At("2026-11-27T11:00:00Z")});
    records.decisions.Add(SomeDecision(decided, {jayden}, "2026-11-27T12:00:00Z"));
    records.allocations.Add({decided, jayden, "assessment_north", "test.practitioner", "",
                             On("2027-01-30"), "m", At("2026-11-27T13:00:00Z")});
    return 0;
  });
  const auto steps = Read([&](Records& records) {
    return LoadContactSteps(records, {decided, quiet});
  });
  ASSERT_EQ(steps.size(), 2u);
  const auto& full = steps.at(decided);
  EXPECT_EQ(full.consents.size(), 1u);
  EXPECT_EQ(full.checks.size(), 1u);
  EXPECT_TRUE(full.checks_not_needed);
  ASSERT_TRUE(full.decision);
  EXPECT_EQ(full.decision->proforma.children.at(0).level_indicators,
            (std::vector<std::string>{"4.D1", "4.F1"}));
  EXPECT_EQ(full.allocations.size(), 1u);
  const auto& empty = steps.at(quiet);
  EXPECT_TRUE(empty.consents.empty() && empty.checks.empty() && empty.allocations.empty());
  EXPECT_FALSE(empty.decision || empty.checks_not_needed);
}

FRONTDOOR_ON_BOTH_DATABASES(DecisionRecordsTest);

}  // namespace
}  // namespace frontdoor::store
