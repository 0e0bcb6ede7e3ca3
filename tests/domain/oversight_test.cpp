// tests/domain/oversight_test.cpp — the proforma's parts, outcomes that fit the level, consent to
// services, siblings together.
#include "domain/oversight.hpp"

#include <gtest/gtest.h>

#include <set>

#include "config_file.hpp"

namespace frontdoor::domain {
namespace {

ThresholdFramework Framework() {
  return LoadThresholdFramework(testing::ShippedConfig("threshold.txt"));
}

OversightDraft Complete(int level, std::vector<std::string> indicators, std::string outcome) {
  OversightDraft draft;
  draft.risk_indicators = indicators;
  draft.risks = "Bruising Jayden could not explain; his mum's former partner has returned.";
  draft.strengths = "Claire wants help and the school knows the children well.";
  draft.analysis =
      "The injury and the partner's return together suggest harm is likely without help.";
  draft.child_voice = "Jayden said he is scared when the man comes round and likes school.";
  draft.level = level;
  draft.level_indicators = std::move(indicators);
  draft.outcome = std::move(outcome);
  draft.rationale = "The threshold for protection is met.";
  draft.next_steps = "Strategy discussion with police today.";
  return draft;
}

std::set<std::string> Fields(const FieldErrors& errors) {
  std::set<std::string> fields;
  for (const auto& error : errors) fields.insert(error.field);
  return fields;
}

TEST(Oversight, AnIncompleteProformaNamesEveryMissingPart) {
  const auto errors = ValidateOversight(OversightDraft{}, Framework(), ConsentStatus::kGiven);
  EXPECT_EQ(Fields(errors),
            (std::set<std::string>{"risk_indicators", "risks", "strengths", "analysis",
                                   "child_voice", "level", "outcome", "rationale", "next_steps"}));
}

TEST(Oversight, ACompleteDecisionThatFitsItsLevelIsAccepted) {
  EXPECT_TRUE(ValidateOversight(Complete(4, {"4.D1", "4.F2"}, "strategy_discussion"), Framework(),
                                ConsentStatus::kNotSoughtRisk)
                  .empty());
  EXPECT_TRUE(ValidateOversight(Complete(4, {"4.D1"}, "single_assessment"), Framework(),
                                ConsentStatus::kGiven)
                  .empty());
}

TEST(Oversight, IndicatorsMustBelongToTheChosenLevel) {
  const auto errors = ValidateOversight(Complete(4, {"2.D1"}, "single_assessment"), Framework(),
                                        ConsentStatus::kGiven);
  EXPECT_EQ(Fields(errors), (std::set<std::string>{"level_indicators"}));
}

TEST(Oversight, ALevelTwoChildSentToAStrategyDiscussionNeedsAnOverrideReason) {
  auto draft = Complete(2, {"2.F1"}, "strategy_discussion");
  EXPECT_EQ(Fields(ValidateOversight(draft, Framework(), ConsentStatus::kGiven)),
            (std::set<std::string>{"override_reason"}));
  EXPECT_TRUE(IsOverride(draft, Framework()));
  draft.override_reason =
      "A disclosure this morning was not known when the level was first considered.";
  EXPECT_TRUE(ValidateOversight(draft, Framework(), ConsentStatus::kGiven).empty());
}

TEST(Oversight, NoAssessmentWithoutConsentToServices) {
  for (auto consent :
       {ConsentStatus::kNotYetSought, ConsentStatus::kRefused, ConsentStatus::kWithdrawn}) {
    const auto errors =
        ValidateOversight(Complete(3, {"3.F1"}, "single_assessment"), Framework(), consent);
    ASSERT_EQ(Fields(errors), (std::set<std::string>{"outcome"}));
    EXPECT_NE(errors[0].message.find("needs the family's consent to services"), std::string::npos);
  }
  // A strategy discussion does not need consent.
  EXPECT_TRUE(ValidateOversight(Complete(4, {"4.P1"}, "strategy_discussion"), Framework(),
                                ConsentStatus::kRefused)
                  .empty());
}

TEST(Oversight, AClosureAfterRefusedConsentSaysWhatWasOffered) {
  auto draft = Complete(3, {"3.F1"}, "advice_signposting");
  draft.override_reason =
      "Consent was refused, so the family was given advice instead of an assessment.";
  EXPECT_EQ(Fields(ValidateOversight(draft, Framework(), ConsentStatus::kRefused)),
            (std::set<std::string>{"consent_refused_offer"}));
  draft.consent_refused_offer =
      "Early help from the family hub; Claire said no but has the number.";
  EXPECT_TRUE(ValidateOversight(draft, Framework(), ConsentStatus::kRefused).empty());
}

TEST(Siblings, AllAreAllocatedTogetherUnlessExcludedWithAReason) {
  std::vector<std::int64_t> allocated;
  EXPECT_TRUE(AllocateSiblings(2, {2, 3, 4}, {}, allocated).empty());
  EXPECT_EQ(allocated, (std::vector<std::int64_t>{2, 3, 4}));
  EXPECT_EQ(AllocateSiblings(2, {2, 3, 4}, {{4, " "}}, allocated).at(0).field, "exclusions");
  EXPECT_TRUE(AllocateSiblings(2, {2, 3, 4},
                               {{4, "Lives with his father most of the week; assessed there"}},
                               allocated)
                  .empty());
  EXPECT_EQ(allocated, (std::vector<std::int64_t>{2, 3}));
}

TEST(Oversight, EveryWrittenPartIsCheckedAsTextEvenWhenNotNeeded) {
  auto draft = Complete(4, {"4.D1"}, "strategy_discussion");
  draft.override_reason = "\xff";
  draft.consent_refused_offer = std::string(20001, 'a');
  const auto errors = ValidateOversight(draft, Framework(), ConsentStatus::kGiven);
  EXPECT_EQ(Fields(errors), (std::set<std::string>{"override_reason", "consent_refused_offer"}));
  std::vector<std::int64_t> allocated;
  EXPECT_EQ(AllocateSiblings(1, {2}, {{2, "\xff"}}, allocated).size(), 1u);
}

}  // namespace
}  // namespace frontdoor::domain
