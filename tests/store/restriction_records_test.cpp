// tests/store/restriction_records_test.cpp — the restrictions and break-glass contract, on SQLite
// and PostgreSQL.
#include "store/people_records.hpp"

#include "records_test_support.hpp"

namespace frontdoor::store {
namespace {

class RestrictionRecordsTest : public RecordsTest {
 protected:
  std::int64_t AddUser(const std::string& username) {
    return Write([&](Records& records) {
      domain::User user;
      user.username = username;
      user.role = domain::Role::kManager;
      user.password_hash = "x";
      user.created_at = At("2026-11-01T09:00:00Z");
      return records.accounts.Add(user);
    });
  }
  std::int64_t person_ = AddPerson("Jayden", "Smith");
};

TEST_P(RestrictionRecordsTest, ARestrictionReplacesTheOneBefore) {
  const auto manager = AddUser("manager.one");
  const auto colleague = AddUser("colleague");
  EXPECT_FALSE(Read([&](Records& records) { return records.restrictions.Find(person_); }));
  Write([&](Records& records) {
    records.restrictions.Set({person_,
                              {colleague, manager, manager},
                              "A member of staff's son",
                              manager,
                              At("2026-11-02T09:00:00Z")});
    return 0;
  });
  auto kept = *Read([&](Records& records) { return records.restrictions.Find(person_); });
  EXPECT_EQ(kept.allowed_user_ids, (std::vector<std::int64_t>{std::min(manager, colleague),
                                                              std::max(manager, colleague)}));
  EXPECT_EQ(kept.reason, "A member of staff's son");
  EXPECT_EQ(kept.restricted_by, manager);
  EXPECT_EQ(kept.restricted_at, At("2026-11-02T09:00:00Z"));
  Write([&](Records& records) {
    records.restrictions.Set({person_, {manager}, "Narrowed", manager, At("2026-11-03T09:00:00Z")});
    return 0;
  });
  kept = *Read([&](Records& records) { return records.restrictions.Find(person_); });
  EXPECT_EQ(kept.allowed_user_ids, std::vector<std::int64_t>{manager});
  EXPECT_EQ(kept.reason, "Narrowed");
  // Which of many people are restricted, in one look-up.
  const auto open = AddPerson("Amelia", "Jones");
  EXPECT_EQ(Read([&](Records& records) {
              return records.restrictions.RestrictedAmong({open, person_, open + 50});
            }),
            std::vector<std::int64_t>{person_});
  EXPECT_TRUE(
      Read([&](Records& records) { return records.restrictions.RestrictedAmong({}); }).empty());
}

TEST_P(RestrictionRecordsTest, BreakGlassOpeningsAreListedAndReviewedOnce) {
  const auto manager = AddUser("manager.two");
  const auto first = Write([&](Records& records) {
    return records.restrictions.AddBreakGlass({0, person_, manager, "",
                                               "Police at the door asking about him",
                                               At("2026-11-02T09:00:00Z"), std::nullopt, ""});
  });
  const auto second = Write([&](Records& records) {
    return records.restrictions.AddBreakGlass({0, person_, manager, "",
                                               "A second urgent call tonight",
                                               At("2026-11-02T21:00:00Z"), std::nullopt, ""});
  });
  const auto mine =
      Read([&](Records& records) { return records.restrictions.BreakGlassFor(person_, manager); });
  ASSERT_EQ(mine.size(), 2u);
  EXPECT_EQ(mine[0].id, second);  // newest first
  EXPECT_EQ(mine[0].username, "manager.two");
  EXPECT_EQ(mine[1].reason, "Police at the door asking about him");
  auto waiting =
      Read([](Records& records) { return records.restrictions.UnreviewedBreakGlass(10); });
  ASSERT_EQ(waiting.size(), 2u);
  EXPECT_EQ(waiting[0].id, first);  // oldest first
  EXPECT_TRUE(Write([&](Records& records) {
    return records.restrictions.MarkReviewed(first, "auditor", At("2026-11-03T09:00:00Z"));
  }));
  EXPECT_FALSE(Write([&](Records& records) {
    return records.restrictions.MarkReviewed(first, "auditor", At("2026-11-03T10:00:00Z"));
  }));
  waiting = Read([](Records& records) { return records.restrictions.UnreviewedBreakGlass(10); });
  ASSERT_EQ(waiting.size(), 1u);
  EXPECT_EQ(waiting[0].id, second);
  const auto reviewed =
      Read([&](Records& records) { return records.restrictions.BreakGlassFor(person_, manager); });
  EXPECT_EQ(reviewed[1].reviewed_at, At("2026-11-03T09:00:00Z"));
  EXPECT_EQ(reviewed[1].reviewed_by, "auditor");
}

FRONTDOOR_ON_BOTH_DATABASES(RestrictionRecordsTest);

}  // namespace
}  // namespace frontdoor::store
