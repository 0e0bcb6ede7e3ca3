// tests/service/contact_service_test.cpp — recording a contact sent again with its
// Idempotency-Key, on SQLite and PostgreSQL: one contact, the same answer, a different request
// with the key refused, and nothing more recorded.
#include "decision_fixture.hpp"
#include "service/idempotency_service.hpp"

namespace frontdoor::service {
namespace {

class ContactIntakeTest : public DecisionServiceTest {
 protected:
  domain::ContactDraft Draft(std::int64_t child, const std::string& concern) {
    domain::ContactDraft draft = ContactDraftFor({child}, "2026-03-02");
    draft.concern = concern;
    return draft;
  }
  domain::IdempotentRequest Keyed(const std::string& key, const std::string& body) {
    return std::get<domain::IdempotentRequest>(
        domain::ReadIdempotencyKey(key, "POST", "/api/v1/contacts", body));
  }
  std::vector<domain::AuditEntry> AuditOf(std::int64_t contact) {
    return store_->ReadResult([&](store::Records& records) {
      return records.audit.ForRecord("contact:" + std::to_string(contact), 10);
    });
  }

  std::int64_t child_ = Child("Jayden", "2015-04-01", std::nullopt);
};

TEST_P(ContactIntakeTest, TheSameRequestSentAgainWithItsKeyMakesOneContact) {
  const auto draft = Draft(child_, "Jayden arrived at school with a bruise.");
  const auto request = Keyed("5f1c0a4e-retry", "first body");
  const auto first = contacts_.RecordContact(practitioner_, draft, request);
  const auto again = contacts_.RecordContact(practitioner_, draft, request);
  ASSERT_TRUE(std::holds_alternative<domain::Contact>(first));
  ASSERT_TRUE(std::holds_alternative<domain::Contact>(again));
  const auto& made = std::get<domain::Contact>(first);
  EXPECT_EQ(std::get<domain::Contact>(again).id, made.id);
  EXPECT_EQ(std::get<domain::Contact>(again).reference, made.reference);
  // Nothing was made in between: the next contact, with no key, takes the next number.
  const auto next = contacts_.RecordContact(practitioner_, draft);
  EXPECT_EQ(std::get<domain::Contact>(next).id, made.id + 1);
  // Both answers are in the access audit; the second says it recorded nothing more.
  const auto audit = AuditOf(made.id);
  ASSERT_EQ(audit.size(), 2u);
  EXPECT_EQ(audit[0].detail, "sent again with its Idempotency-Key: nothing more recorded");
  EXPECT_EQ(audit[1].detail, "reference " + made.reference);
}

TEST_P(ContactIntakeTest, TheKeySentWithADifferentRequestIsRefusedAndRecordsNothing) {
  const auto made = std::get<domain::Contact>(contacts_.RecordContact(
      practitioner_, Draft(child_, "A bruise."), Keyed("key-1", "first body")));
  const auto other = contacts_.RecordContact(practitioner_, Draft(child_, "Another worry."),
                                             Keyed("key-1", "second body"));
  ASSERT_TRUE(std::holds_alternative<Refused<ContactForm>>(other));
  const auto& errors = std::get<Refused<ContactForm>>(other).errors;
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "Idempotency-Key");
  EXPECT_NE(errors[0].message.find("different request"), std::string::npos);
  EXPECT_EQ(
      std::get<domain::Contact>(contacts_.RecordContact(practitioner_, Draft(child_, "x."))).id,
      made.id + 1);
  // Another account's key of the same name is its own.
  EXPECT_TRUE(std::holds_alternative<domain::Contact>(contacts_.RecordContact(
      manager_, Draft(child_, "Another worry."), Keyed("key-1", "second body"))));
}

TEST_P(ContactIntakeTest, ARefusedRequestLeavesItsKeyFreeForTheCorrectedOne) {
  const auto refused = contacts_.RecordContact(practitioner_, Draft(child_, ""),
                                               Keyed("key-2", "missing the concern"));
  ASSERT_TRUE(std::holds_alternative<Refused<ContactForm>>(refused));
  EXPECT_EQ(std::get<Refused<ContactForm>>(refused).errors[0].field, "concern");
  const auto corrected = contacts_.RecordContact(practitioner_, Draft(child_, "A bruise."),
                                                 Keyed("key-2", "with the concern"));
  EXPECT_TRUE(std::holds_alternative<domain::Contact>(corrected));
}

TEST_P(ContactIntakeTest, AKeyIsKeptForADay) {
  const auto draft = Draft(child_, "A bruise.");
  const auto request = Keyed("key-3", "body");
  const auto first =
      std::get<domain::Contact>(contacts_.RecordContact(practitioner_, draft, request));
  clock_.Set("2026-03-03T09:00:00.000Z");  // 23 hours on
  EXPECT_EQ(std::get<domain::Contact>(contacts_.RecordContact(practitioner_, draft, request)).id,
            first.id);
  clock_.Set("2026-03-03T11:00:00.000Z");  // 25 hours on
  EXPECT_EQ(IdempotencyService(*store_, clock_).ForgetOldKeys(), 1);
  EXPECT_NE(std::get<domain::Contact>(contacts_.RecordContact(practitioner_, draft, request)).id,
            first.id);
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, ContactIntakeTest,
                         ::testing::Values(store::DatabaseKind::kSqlite,
                                           store::DatabaseKind::kPostgres),
                         KindName);

}  // namespace
}  // namespace frontdoor::service
