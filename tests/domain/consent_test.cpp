// tests/domain/consent_test.cpp — recording consent: who and how, a manager's decision not to ask,
// withdrawal only of consent given.
#include "domain/consent.hpp"

#include <gtest/gtest.h>

namespace frontdoor::domain {
namespace {

TEST(Consent, GivenOrRefusedSaysWhoAndHow) {
  ConsentRecord record;
  const auto errors = ValidateConsent({"sharing", "given", "", " ", ""}, Role::kPractitioner,
                                      ConsentStatus::kNotYetSought, record);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].field, "given_by");
  EXPECT_EQ(errors[1].field, "how");
  EXPECT_TRUE(ValidateConsent({"services", "refused", "Claire Smith, mother", "by phone", ""},
                              Role::kPractitioner, ConsentStatus::kNotYetSought, record)
                  .empty());
  EXPECT_EQ(record.kind, ConsentKind::kServices);
  EXPECT_EQ(record.status, ConsentStatus::kRefused);
  EXPECT_EQ(record.given_by, "Claire Smith, mother");
}

TEST(Consent, OnlyAManagerDecidesNotToAskBecauseOfRisk) {
  ConsentRecord record;
  const std::string reason = "Asking would alert the mother's partner, who is the alleged abuser.";
  const auto practitioner =
      ValidateConsent({"sharing", "not_sought_risk", "", "", reason}, Role::kPractitioner,
                      ConsentStatus::kNotYetSought, record);
  ASSERT_EQ(practitioner.size(), 1u);
  EXPECT_EQ(practitioner[0].field, "status");
  const auto no_reason = ValidateConsent({"sharing", "not_sought_risk", "", "", "risky"},
                                         Role::kManager, ConsentStatus::kNotYetSought, record);
  ASSERT_EQ(no_reason.size(), 1u);
  EXPECT_EQ(no_reason[0].field, "reason");
  EXPECT_TRUE(ValidateConsent({"sharing", "not_sought_risk", "", "", reason}, Role::kManager,
                              ConsentStatus::kNotYetSought, record)
                  .empty());
  EXPECT_TRUE(MaySeekInformation(record.status));
}

TEST(Consent, OnlyConsentGivenCanBeWithdrawn) {
  ConsentRecord record;
  const ConsentDraft withdrawal{"services", "withdrawn", "Claire Smith", "in writing", ""};
  EXPECT_EQ(
      ValidateConsent(withdrawal, Role::kPractitioner, ConsentStatus::kRefused, record)[0].field,
      "status");
  EXPECT_TRUE(
      ValidateConsent(withdrawal, Role::kPractitioner, ConsentStatus::kGiven, record).empty());
}

TEST(Consent, WhereItStandsIsTheNewestOfItsKind) {
  std::vector<ConsentRecord> records(3);
  records[0].kind = ConsentKind::kServices;
  records[0].status = ConsentStatus::kGiven;
  records[1].kind = ConsentKind::kSharing;
  records[1].status = ConsentStatus::kRefused;
  records[2].kind = ConsentKind::kServices;
  records[2].status = ConsentStatus::kWithdrawn;
  EXPECT_EQ(CurrentConsent(records, ConsentKind::kServices), ConsentStatus::kWithdrawn);
  EXPECT_EQ(CurrentConsent(records, ConsentKind::kSharing), ConsentStatus::kRefused);
  EXPECT_EQ(CurrentConsent({}, ConsentKind::kSharing), ConsentStatus::kNotYetSought);
  EXPECT_FALSE(MaySeekInformation(ConsentStatus::kRefused));
}

TEST(Consent, UnknownCodesAreRefused) {
  ConsentRecord record;
  const auto errors = ValidateConsent({"gossip", "not_yet_sought", "x", "y", ""}, Role::kManager,
                                      ConsentStatus::kNotYetSought, record);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].field, "kind");
  EXPECT_EQ(errors[1].field, "status");
}

}  // namespace
TEST(Consent, AReasonForNotAskingIsRefusedWhenConsentWasAsked) {
  // Kept with consent given, it would be read nowhere: refused, not lost.
  ConsentRecord record;
  const auto given = ValidateConsent(
      {"sharing", "given", "Claire Smith, mother", "by phone", "Her partner may be violent"},
      Role::kPractitioner, ConsentStatus::kNotYetSought, record);
  ASSERT_EQ(given.size(), 1u);
  EXPECT_EQ(given[0].field, "reason");
  EXPECT_TRUE(ValidateConsent({"sharing", "given", "Claire Smith, mother", "by phone", ""},
                              Role::kPractitioner, ConsentStatus::kNotYetSought, record)
                  .empty());
}

}  // namespace frontdoor::domain
