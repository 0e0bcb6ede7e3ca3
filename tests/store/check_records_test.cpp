// tests/store/check_records_test.cpp — the checks with partner agencies contract, on SQLite and
// PostgreSQL.
#include "store/contact_records.hpp"

#include "records_test_support.hpp"

namespace frontdoor::store {
namespace {

domain::MashCheck Check(std::int64_t contact, std::string agency, std::string_view due,
                        std::string requested_by = "test.practitioner") {
  domain::MashCheck check;
  check.contact_id = contact;
  check.agency = std::move(agency);
  check.urgency = "red";
  check.question = "What do you know about this family?";
  check.requested_by = std::move(requested_by);
  check.requested_at = At("2026-11-27T09:00:00Z");
  check.due_at = At(due);
  return check;
}

class CheckRecordsTest : public RecordsTest {
 protected:
  std::int64_t contact_ = AddContact({AddPerson("Jayden", "Smith")});
};

TEST_P(CheckRecordsTest, TheFirstAnswerStands) {
  auto check = Check(contact_, "police", "2026-11-27T13:00:00Z");
  check.id = Write([&](Records& records) { return records.checks.Add(check); });
  auto found = *Read([&](Records& records) { return records.checks.Find(check.id); });
  EXPECT_EQ(found.question, check.question);
  EXPECT_EQ(found.urgency, "red");
  EXPECT_EQ(found.requested_at, check.requested_at);
  EXPECT_FALSE(found.Answered());
  found.answer = "Call-out in June.";
  found.answered_by = "test.police";
  found.answered_at = At("2026-11-27T12:00:00.001Z");
  EXPECT_TRUE(Write([&](Records& records) { return records.checks.Answer(found); }));
  auto second = found;
  second.answer = "Another";
  EXPECT_FALSE(Write([&](Records& records) { return records.checks.Answer(second); }));
  found = *Read([&](Records& records) { return records.checks.Find(check.id); });
  EXPECT_EQ(found.answer, "Call-out in June.");
  EXPECT_EQ(found.answered_at, At("2026-11-27T12:00:00.001Z"));
  second.answered_at = std::nullopt;
  EXPECT_THROW(Write([&](Records& records) { return records.checks.Answer(second); }), StoreError);
  EXPECT_FALSE(Read([](Records& records) { return records.checks.Find(555); }));
}

// What an agency adds later comes with its check, oldest first, on every read of checks.
TEST_P(CheckRecordsTest, AdditionsToAnAnswerComeWithTheirCheck) {
  auto answered = Check(contact_, "police", "2026-11-27T13:00:00Z");
  answered.answer = "Call-out in June.";
  answered.answered_by = "test.police";
  answered.answered_at = At("2026-11-27T12:00:00Z");
  auto other = Check(contact_, "health", "2026-11-27T13:00:00Z");
  other.answer = "Not known.";
  other.answered_by = "test.health";
  other.answered_at = At("2026-11-27T12:30:00Z");
  answered.id = Write([&](Records& records) { return records.checks.Add(answered); });
  other.id = Write([&](Records& records) { return records.checks.Add(other); });
  const domain::CheckAddition first{0,  answered.id,   "A second call-out, in July.",
                                    "", "test.police", At("2026-11-28T09:00:00.250Z")};
  const domain::CheckAddition second{0,
                                     answered.id,
                                     "And one in August.",
                                     "DC Rees, by phone",
                                     "test.practitioner",
                                     At("2026-11-29T09:00:00Z")};
  const auto first_id = Write([&](Records& records) { return records.checks.AddAddition(first); });
  const auto second_id =
      Write([&](Records& records) { return records.checks.AddAddition(second); });
  EXPECT_LT(first_id, second_id);

  const auto found = *Read([&](Records& records) { return records.checks.Find(answered.id); });
  ASSERT_EQ(found.additions.size(), 2u);
  EXPECT_EQ(found.additions[0].id, first_id);
  EXPECT_EQ(found.additions[0].check_id, answered.id);
  EXPECT_EQ(found.additions[0].text, "A second call-out, in July.");
  EXPECT_EQ(found.additions[0].relayed_from, "");
  EXPECT_EQ(found.additions[0].added_by, "test.police");
  EXPECT_EQ(found.additions[0].added_at, At("2026-11-28T09:00:00.250Z"));
  EXPECT_EQ(found.additions[1].relayed_from, "DC Rees, by phone");
  EXPECT_EQ(found.answer, "Call-out in June.");  // the answer stands as sent

  const auto listed =
      Read([&](Records& records) { return records.checks.ForContacts({contact_}); });
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed[0].additions.size(), 2u);
  EXPECT_TRUE(listed[1].additions.empty());
  const auto recent = Read([&](Records& records) {
    return records.checks.AnsweredSince("police", At("2026-11-27T00:00:00Z"), 10);
  });
  ASSERT_EQ(recent.size(), 1u);
  EXPECT_EQ(recent[0].additions.size(), 2u);
  // An addition names a check that exists, and has words.
  EXPECT_ANY_THROW(Write([&](Records& records) {
    return records.checks.AddAddition(
        {0, 555, "Words.", "", "test.police", At("2026-11-29T09:00:00Z")});
  }));
  EXPECT_ANY_THROW(Write([&](Records& records) {
    return records.checks.AddAddition(
        {0, answered.id, "", "", "test.police", At("2026-11-29T09:00:00Z")});
  }));
}

TEST_P(CheckRecordsTest, OpenChecksAreSoonestDueFirstAndFiltered) {
  const auto other = AddContact({AddPerson("Amelia", "Smith")});
  Write([&](Records& records) {
    records.checks.Add(Check(contact_, "police", "2026-11-28T17:00:00Z"));
    records.checks.Add(Check(contact_, "health", "2026-11-27T13:00:00Z", "test.manager"));
    auto answered = Check(other, "police", "2026-11-27T10:00:00Z");
    answered.answer = "Nothing known.";
    answered.answered_by = "test.police";
    answered.answered_at = At("2026-11-27T09:30:00Z");
    records.checks.AddMany({answered, Check(other, "police", "2026-11-29T09:00:00Z")});
    return 0;
  });
  const auto open =
      Read([](Records& records) { return records.checks.Open(std::nullopt, std::nullopt, 10); });
  ASSERT_EQ(open.size(), 3u);
  EXPECT_EQ(open[0].agency, "health");
  EXPECT_EQ(open[2].contact_id, other);
  EXPECT_EQ(
      Read([](Records& records) { return records.checks.Open("police", std::nullopt, 10); }).size(),
      2u);
  EXPECT_EQ(Read([](Records& records) {
              return records.checks.Open(std::nullopt, "test.manager", 10);
            }).size(),
            1u);
  EXPECT_TRUE(Read([](Records& records) {
                return records.checks.Open("police", "test.manager", 10);
              }).empty());
  EXPECT_EQ(Read([](Records& records) {
              return records.checks.Open(std::nullopt, std::nullopt, 1);
            }).size(),
            1u);
  const auto of_contacts = Read([&](Records& records) {
    return records.checks.ForContacts({other, contact_});
  });
  ASSERT_EQ(of_contacts.size(), 4u);
  EXPECT_EQ(of_contacts[0].contact_id, contact_);
  EXPECT_EQ(of_contacts[2].answer, "Nothing known.");
}

TEST_P(CheckRecordsTest, AnAgencysAnswersSinceADayAreMostRecentFirst) {
  const auto answered = [&](std::string agency, std::string_view at) {
    auto check = Check(contact_, std::move(agency), "2026-11-28T17:00:00Z");
    check.answer = "Nothing known.";
    check.answered_by = "test.partner";
    check.answered_at = At(at);
    return check;
  };
  Write([&](Records& records) {
    records.checks.AddMany(
        {answered("police", "2026-10-01T09:00:00Z"), answered("police", "2026-11-27T10:00:00Z"),
         answered("health", "2026-11-27T11:00:00Z"), answered("police", "2026-11-27T12:00:00Z"),
         Check(contact_, "police", "2026-11-29T09:00:00Z")});
    return 0;
  });
  const auto since = At("2026-10-28T00:00:00Z");
  const auto police =
      Read([&](Records& records) { return records.checks.AnsweredSince("police", since, 10); });
  ASSERT_EQ(police.size(), 2u);
  EXPECT_EQ(police[0].answered_at, At("2026-11-27T12:00:00Z"));
  EXPECT_EQ(police[1].answered_at, At("2026-11-27T10:00:00Z"));
  EXPECT_EQ(Read([&](Records& records) {
              return records.checks.AnsweredSince("police", since, 1);
            }).size(),
            1u);
  EXPECT_EQ(Read([&](Records& records) {
              return records.checks.AnsweredSince("health", since, 10);
            }).size(),
            1u);
}

TEST_P(CheckRecordsTest, NotNeededIsKeptOnceAContact) {
  EXPECT_TRUE(
      Read([&](Records& records) { return records.checks.NotNeededFor({contact_}); }).empty());
  const domain::ChecksNotNeeded record{contact_, "The police answered last week.", "test.manager",
                                       At("2026-11-27T14:00:00Z")};
  Write([&](Records& records) {
    records.checks.AddNotNeeded(record);
    return 0;
  });
  EXPECT_THROW(Write([&](Records& records) {
                 records.checks.AddNotNeeded(record);
                 return 0;
               }),
               StoreError);
  const auto kept = Read([&](Records& records) { return records.checks.NotNeededFor({contact_}); });
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_EQ(kept[0].reason, record.reason);
  EXPECT_EQ(kept[0].recorded_by, "test.manager");
  EXPECT_EQ(kept[0].recorded_at, record.recorded_at);
}

FRONTDOOR_ON_BOTH_DATABASES(CheckRecordsTest);

}  // namespace
}  // namespace frontdoor::store
