// tests/domain/oversight_test.cpp — the proforma's parts, outcomes that fit the level, consent to
// services, siblings together.
#include "domain/oversight.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "config_file.hpp"

namespace frontdoor::domain {
namespace {

ThresholdFramework Framework() {
  return LoadThresholdFramework(testing::ShippedConfig("threshold.txt"));
}

constexpr std::int64_t kJayden = 21;
constexpr std::int64_t kAmelia = 22;

const std::map<std::int64_t, std::string> kJaydenOnly = {{kJayden, "Jayden Smith"}};
const std::map<std::int64_t, std::string> kBoth = {{kJayden, "Jayden Smith"},
                                                   {kAmelia, "Amelia Smith"}};

ChildDecision Child(std::int64_t id, int level, std::vector<std::string> indicators,
                    std::string outcome) {
  ChildDecision child;
  child.person_id = id;
  child.child_voice = "Jayden said he is scared when the man comes round and likes school.";
  child.level = level;
  child.level_indicators = std::move(indicators);
  child.outcome = std::move(outcome);
  child.rationale = "The threshold for protection is met.";
  return child;
}

OversightDraft Complete(int level, std::vector<std::string> indicators, std::string outcome) {
  OversightDraft draft;
  draft.risk_indicators = indicators;
  draft.risks = "Bruising Jayden could not explain; his mum's former partner has returned.";
  draft.strengths = "Claire wants help and the school knows the children well.";
  draft.analysis =
      "The injury and the partner's return together suggest harm is likely without help.";
  draft.next_steps = "Strategy discussion with police today.";
  draft.children = {Child(kJayden, level, std::move(indicators), std::move(outcome))};
  return draft;
}

std::set<std::string> Fields(const FieldErrors& errors) {
  std::set<std::string> fields;
  for (const auto& error : errors) fields.insert(error.field);
  return fields;
}

FieldErrors Validate(const OversightDraft& draft, ConsentStatus consent,
                     const std::map<std::int64_t, std::string>& children = kJaydenOnly) {
  return ValidateOversight(draft, Framework(), consent, children);
}

TEST(Oversight, AnIncompleteProformaNamesEveryMissingPart) {
  OversightDraft draft;
  ChildDecision empty;
  empty.person_id = kJayden;
  draft.children = {empty};
  const auto errors = Validate(draft, ConsentStatus::kGiven);
  EXPECT_EQ(Fields(errors), (std::set<std::string>{"risk_indicators", "risks", "strengths",
                                                   "analysis", "next_steps", "child_voice-21",
                                                   "level-21", "outcome-21", "rationale-21"}));
  // A child's errors say which child they are about.
  for (const auto& error : errors) {
    if (error.field.ends_with("-21")) {
      EXPECT_TRUE(error.message.starts_with("Jayden Smith: "));
    }
  }
}

TEST(Oversight, ErrorsAreListedInTheOrderTheFormAsksThem) {
  // The household's parts, then each child's in the order sent, then the next steps.
  OversightDraft draft;
  ChildDecision amelia;
  amelia.person_id = kAmelia;
  amelia.override_reason = "\xff";  // given and unreadable: checked though not needed
  ChildDecision jayden;
  jayden.person_id = kJayden;
  jayden.level = 3;
  draft.children = {amelia, jayden};
  std::vector<std::string> fields;
  for (const auto& error : Validate(draft, ConsentStatus::kGiven, kBoth))
    fields.push_back(error.field);
  EXPECT_EQ(fields,
            (std::vector<std::string>{"risk_indicators", "risks", "strengths", "analysis",
                                      "child_voice-22", "level-22", "outcome-22", "rationale-22",
                                      "override_reason-22", "child_voice-21", "level_indicators-21",
                                      "outcome-21", "rationale-21", "next_steps"}));
}

TEST(Oversight, EachChildOnTheContactIsDecidedOnceAndNoOneElse) {
  auto draft = Complete(3, {"3.F1"}, "single_assessment");
  // Amelia, also on the contact, has no decision yet.
  EXPECT_EQ(Fields(Validate(draft, ConsentStatus::kGiven, kBoth)),
            (std::set<std::string>{"outcome-22"}));
  draft.children.push_back(Child(kJayden, 1, {"1.D1"}, "no_further_action"));
  EXPECT_EQ(Fields(Validate(draft, ConsentStatus::kGiven, kJaydenOnly)),
            (std::set<std::string>{"children"}));
  draft.children.back().person_id = 99;  // not on the contact
  EXPECT_EQ(Fields(Validate(draft, ConsentStatus::kGiven, kJaydenOnly)),
            (std::set<std::string>{"children"}));
}

TEST(Oversight, SiblingsAreDecidedAtTheirOwnLevelsAndOutcomes) {
  auto draft = Complete(3, {"3.F1"}, "single_assessment");
  auto amelia = Child(kAmelia, 1, {"1.D1"}, "no_further_action");
  amelia.child_voice = "Amelia is settled at nursery and talks about her dad's dog.";
  amelia.override_reason = "Amelia was at her grandmother's and the abuse is not part of her days.";
  draft.children.push_back(amelia);
  EXPECT_TRUE(Validate(draft, ConsentStatus::kGiven, kBoth).empty());
  EXPECT_FALSE(IsOverride(draft.children[0], draft.risk_indicators, Framework()));
  // Below the household's level-3 risk factor: outside the usual routes, with its reason.
  EXPECT_TRUE(IsOverride(draft.children[1], draft.risk_indicators, Framework()));
}

TEST(Oversight, ACompleteDecisionThatFitsItsLevelIsAccepted) {
  EXPECT_TRUE(
      Validate(Complete(4, {"4.D1", "4.F2"}, "strategy_discussion"), ConsentStatus::kNotSoughtRisk)
          .empty());
  EXPECT_TRUE(Validate(Complete(4, {"4.D1"}, "single_assessment"), ConsentStatus::kGiven).empty());
}

TEST(Oversight, APrimaryNeedMayBeChosenForAReferralOnly) {
  auto referral = Complete(4, {"4.D1"}, "single_assessment");
  referral.children[0].primary_need = "N1";
  EXPECT_TRUE(Validate(referral, ConsentStatus::kGiven).empty());
  referral.children[0].primary_need = "N12";
  EXPECT_EQ(Fields(Validate(referral, ConsentStatus::kGiven)),
            (std::set<std::string>{"primary_need-21"}));
  auto closure = Complete(1, {"1.D1"}, "no_further_action");
  closure.children[0].primary_need = "N9";
  const auto errors = Validate(closure, ConsentStatus::kNotYetSought);
  EXPECT_EQ(Fields(errors), (std::set<std::string>{"primary_need-21"}));
  EXPECT_NE(errors[0].message.find("only for a referral"), std::string::npos);
}

TEST(Oversight, IndicatorsMustBelongToTheChosenLevel) {
  const auto errors = Validate(Complete(4, {"2.D1"}, "single_assessment"), ConsentStatus::kGiven);
  EXPECT_EQ(Fields(errors), (std::set<std::string>{"level_indicators-21"}));
}

TEST(Oversight, ALevelTwoChildSentToAStrategyDiscussionNeedsAnOverrideReason) {
  auto draft = Complete(2, {"2.F1"}, "strategy_discussion");
  EXPECT_EQ(Fields(Validate(draft, ConsentStatus::kGiven)),
            (std::set<std::string>{"override_reason-21"}));
  EXPECT_TRUE(IsOverride(draft.children[0], draft.risk_indicators, Framework()));
  draft.children[0].override_reason =
      "A disclosure this morning was not known when the level was first considered.";
  EXPECT_TRUE(Validate(draft, ConsentStatus::kGiven).empty());
}

TEST(Oversight, ALevelBelowTheHouseholdsRiskFactorsNeedsAReasonAndIsCounted) {
  // Level-4 risk factors for the household; level 1 and no further action for this child.
  auto draft = Complete(1, {"1.F1"}, "no_further_action");
  draft.risk_indicators = {"4.D1", "4.F2", "1.F1"};
  EXPECT_EQ(RiskFactorsAbove(draft.risk_indicators, 1, Framework()),
            (std::vector<std::string>{"4.D1", "4.F2"}));
  const auto errors = Validate(draft, ConsentStatus::kGiven);
  ASSERT_EQ(Fields(errors), (std::set<std::string>{"override_reason-21"}));
  EXPECT_EQ(errors[0].message,
            "Jayden Smith: the risk factors 4.D1, 4.F2 are above level 1: explain why level 1 is "
            "right for them");
  EXPECT_TRUE(IsOverride(draft.children[0], draft.risk_indicators, Framework()));
  draft.children[0].override_reason =
      "The man who hurt his brother has never met Jayden, who lives with his father.";
  EXPECT_TRUE(Validate(draft, ConsentStatus::kGiven).empty());
  // At level 4 the same risk factors are no reason to explain.
  EXPECT_FALSE(IsOverride(Complete(4, {"4.D1"}, "single_assessment").children[0],
                          draft.risk_indicators, Framework()));
}

TEST(Oversight, NoAssessmentWithoutConsentToServices) {
  for (auto consent :
       {ConsentStatus::kNotYetSought, ConsentStatus::kRefused, ConsentStatus::kWithdrawn}) {
    const auto errors = Validate(Complete(3, {"3.F1"}, "single_assessment"), consent);
    ASSERT_EQ(Fields(errors), (std::set<std::string>{"outcome-21"}));
    EXPECT_NE(errors[0].message.find("needs the family's consent to services"), std::string::npos);
  }
  // A strategy discussion does not need consent.
  EXPECT_TRUE(
      Validate(Complete(4, {"4.P1"}, "strategy_discussion"), ConsentStatus::kRefused).empty());
}

TEST(Oversight, AClosureAfterRefusedConsentSaysWhatWasOffered) {
  auto draft = Complete(3, {"3.F1"}, "advice_signposting");
  draft.children[0].override_reason =
      "Consent was refused, so the family was given advice instead of an assessment.";
  EXPECT_EQ(Fields(Validate(draft, ConsentStatus::kRefused)),
            (std::set<std::string>{"consent_refused_offer-21"}));
  draft.children[0].consent_refused_offer =
      "Early help from the family hub; Claire said no but has the number.";
  EXPECT_TRUE(Validate(draft, ConsentStatus::kRefused).empty());
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
  draft.children[0].override_reason = "\xff";
  draft.children[0].consent_refused_offer = std::string(20001, 'a');
  const auto errors = Validate(draft, ConsentStatus::kGiven);
  EXPECT_EQ(Fields(errors),
            (std::set<std::string>{"override_reason-21", "consent_refused_offer-21"}));
  std::vector<std::int64_t> allocated;
  EXPECT_EQ(AllocateSiblings(1, {2}, {{2, "\xff"}}, allocated).size(), 1u);
}

}  // namespace
}  // namespace frontdoor::domain
