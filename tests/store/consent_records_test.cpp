// tests/store/consent_records_test.cpp — the consent contract, on SQLite and PostgreSQL.
#include "store/contact_records.hpp"

#include "records_test_support.hpp"

namespace frontdoor::store {
namespace {

using ConsentRecordsTest = RecordsTest;

TEST_P(ConsentRecordsTest, KeepsEachChangeOldestFirstByContact) {
  const auto jayden = AddPerson("Jayden", "Smith");
  const auto first = AddContact({jayden});
  const auto second = AddContact({jayden});
  const domain::ConsentRecord risk{0,
                                   second,
                                   domain::ConsentKind::kSharing,
                                   domain::ConsentStatus::kNotSoughtRisk,
                                   "",
                                   "",
                                   "Asking would warn the partner.",
                                   "test.manager",
                                   At("2026-11-27T10:00:00.750Z")};
  const domain::ConsentRecord given{0,
                                    first,
                                    domain::ConsentKind::kServices,
                                    domain::ConsentStatus::kGiven,
                                    "Claire Smith, mother",
                                    "in person",
                                    "",
                                    "test.practitioner",
                                    At("2026-11-27T11:00:00Z")};
  const auto ids = Write([&](Records& records) {
    return std::vector<std::int64_t>{records.consents.Add(risk), records.consents.Add(given)};
  });
  const auto kept = Read([&](Records& records) {
    return records.consents.ForContacts({second, first});
  });
  ASSERT_EQ(kept.size(), 2u);
  EXPECT_EQ(kept[0].id, ids[1]);  // by contact: the first contact's comes first
  EXPECT_EQ(kept[0].given_by, "Claire Smith, mother");
  EXPECT_EQ(kept[0].how, "in person");
  EXPECT_EQ(kept[0].kind, domain::ConsentKind::kServices);
  EXPECT_EQ(kept[1].status, domain::ConsentStatus::kNotSoughtRisk);
  EXPECT_EQ(kept[1].reason, "Asking would warn the partner.");
  EXPECT_EQ(kept[1].recorded_at, risk.recorded_at);
  EXPECT_TRUE(Read([](Records& records) { return records.consents.ForContacts({}); }).empty());
}

TEST_P(ConsentRecordsTest, RefusesNotAskingBecauseOfRiskWithoutAReason) {
  const auto contact = AddContact({AddPerson("Jayden", "Smith")});
  EXPECT_THROW(Write([&](Records& records) {
                 return records.consents.Add({0, contact, domain::ConsentKind::kSharing,
                                              domain::ConsentStatus::kNotSoughtRisk, "", "", "",
                                              "test.manager", At("2026-11-27T10:00:00Z")});
               }),
               StoreError);
}

FRONTDOOR_ON_BOTH_DATABASES(ConsentRecordsTest);

}  // namespace
}  // namespace frontdoor::store
