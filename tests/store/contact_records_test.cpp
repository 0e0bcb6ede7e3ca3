// tests/store/contact_records_test.cpp — the contacts contract, on SQLite and PostgreSQL.
#include "store/contact_records.hpp"

#include "records_test_support.hpp"

namespace frontdoor::store {
namespace {

using ContactRecordsTest = RecordsTest;

TEST_P(ContactRecordsTest, KeepsEveryFieldThePeopleOnItAndItsLanguageWarnings) {
  const auto jayden = AddPerson("Jayden", "Smith");
  const auto amelia = AddPerson("Amelia", "Smith", "2018-09-02");
  const auto claire = AddPerson("Claire", "Smith", "1990-01-02");
  domain::Contact contact;
  contact.received_at = At("2026-11-27T09:15:00.125Z");
  contact.method = domain::ContactMethod::kEmail;
  contact.referrer = {"Ms Patel", "teacher", "Oakbank Primary", "01234 567890", "class teacher"};
  contact.source = "2A";
  contact.children = {jayden, amelia, jayden};  // named twice: kept once
  contact.adults = {claire};
  contact.concern = "Jayden said \"don't tell\"; DV at home.";
  contact.family_knows = "Nothing yet.";
  contact.family_agreement = domain::FamilyAgreement::kNotAgreed;
  contact.urgency = domain::ReferrerUrgency::kImmediate;
  contact.recorded_by = "test.practitioner";
  contact.recorded_at = At("2026-11-27T09:20:00Z");
  contact.language_warnings = {
      {"concern", {{domain::LanguageIssue::kAcronym, "DV", 30, "domestic abuse"}}},
      {"family_knows",
       {{domain::LanguageIssue::kJargon, "yet", 8, ""},
        {domain::LanguageIssue::kAcronym, "N", 0, "no"}}}};
  const auto id = Write([&](Records& records) {
    const auto id = records.contacts.Add(contact);
    records.contacts.SetReference(id, "K7M-2QX");
    return id;
  });
  const auto kept = *Read([&](Records& records) { return records.contacts.Find(id); });
  EXPECT_EQ(kept.reference, "K7M-2QX");
  EXPECT_EQ(kept.received_at, contact.received_at);
  EXPECT_EQ(kept.method, domain::ContactMethod::kEmail);
  EXPECT_EQ(kept.referrer.relationship, "class teacher");
  EXPECT_EQ(kept.referrer.contact_details, "01234 567890");
  EXPECT_EQ(kept.source, "2A");
  EXPECT_EQ(kept.children, (std::vector<std::int64_t>{jayden, amelia}));
  EXPECT_EQ(kept.adults, std::vector<std::int64_t>{claire});
  EXPECT_EQ(kept.concern, contact.concern);
  EXPECT_EQ(kept.family_agreement, domain::FamilyAgreement::kNotAgreed);
  EXPECT_EQ(kept.urgency, domain::ReferrerUrgency::kImmediate);
  EXPECT_EQ(kept.recorded_at, contact.recorded_at);
  EXPECT_FALSE(kept.referral_date);
  EXPECT_EQ(kept.language_warnings, contact.language_warnings);
  EXPECT_FALSE(Read([](Records& records) { return records.contacts.Find(31337); }));
}

TEST_P(ContactRecordsTest, ListsContactsAboutAPersonNewestFirst) {
  const auto jayden = AddPerson("Jayden", "Smith");
  const auto amelia = AddPerson("Amelia", "Smith", "2018-09-02");
  const auto older = AddContact({jayden}, "2026-01-05T10:00:00Z");
  const auto newer = AddContact({jayden, amelia}, "2026-11-20T10:00:00Z");
  const auto about = Read([&](Records& records) { return records.contacts.About(jayden); });
  ASSERT_EQ(about.size(), 2u);
  EXPECT_EQ(about[0].id, newer);
  EXPECT_EQ(about[0].children.size(), 2u);
  EXPECT_EQ(about[1].id, older);
  EXPECT_EQ(Read([&](Records& records) { return records.contacts.About(amelia); }).size(), 1u);
}

TEST_P(ContactRecordsTest, AwaitsADecisionUntilDecidedAndCountsDecided) {
  const auto jayden = AddPerson("Jayden", "Smith");
  const auto first = AddContact({jayden}, "2026-11-20T10:00:00Z");
  const auto second = AddContact({jayden}, "2026-11-21T10:00:00Z");
  Write([&](Records& records) {
    records.contacts.Lock(first);
    records.contacts.SetDecided(first);
    records.contacts.SetReferral(first, On("2026-11-22"), false);
    return 0;
  });
  auto waiting =
      Read([](Records& records) { return records.contacts.AwaitingDecision(std::nullopt, 10); });
  ASSERT_EQ(waiting.size(), 1u);
  EXPECT_EQ(waiting[0].id, second);
  EXPECT_EQ(waiting[0].children, std::vector<std::int64_t>{jayden});
  EXPECT_EQ(Read([](Records& records) {
              return records.contacts.AwaitingDecision("test.practitioner", 10);
            }).size(),
            1u);
  EXPECT_TRUE(Read([](Records& records) {
                return records.contacts.AwaitingDecision("someone.else", 10);
              }).empty());
  EXPECT_EQ(Read([&](Records& records) { return records.contacts.Find(first); })->referral_date,
            On("2026-11-22"));
  // CountDecided counts decisions themselves: none are kept yet.
  const auto counts = Read([](Records& records) {
    return records.contacts.CountDecided(At("2026-11-20T00:00:00Z"), At("2026-11-21T00:00:00Z"));
  });
  EXPECT_EQ(counts, (std::pair<std::int64_t, std::int64_t>{1, 0}));
}

TEST_P(ContactRecordsTest, AddsManyWithReferencesAndWhetherEachAwaitsADecision) {
  const auto jayden = AddPerson("Jayden", "Smith");
  const auto ids = Write([&](Records& records) {
    const auto ids = records.bulk.ReserveIds(BulkTable::kContacts, 2);
    std::vector<domain::Contact> contacts(2);
    for (size_t idx = 0; idx < 2; ++idx) {
      auto& contact = contacts[idx];
      contact.id = ids[idx];
      contact.reference = "REF-" + std::to_string(idx);
      contact.received_at = At("2026-11-20T10:00:00Z");
      contact.children = {jayden};
      contact.recorded_at = contact.received_at;
      contact.language_warnings = {
          {"concern", {{domain::LanguageIssue::kAcronym, "CP", 1, "child protection"}}}};
    }
    records.contacts.AddMany(contacts, {ids[0]});
    return ids;
  });
  const auto waiting =
      Read([](Records& records) { return records.contacts.AwaitingDecision(std::nullopt, 10); });
  ASSERT_EQ(waiting.size(), 1u);
  EXPECT_EQ(waiting[0].id, ids[1]);
  EXPECT_EQ(waiting[0].reference, "REF-1");
  EXPECT_EQ(waiting[0].language_warnings.at("concern")[0].suggestion, "child protection");
}

FRONTDOOR_ON_BOTH_DATABASES(ContactRecordsTest);

}  // namespace
}  // namespace frontdoor::store
