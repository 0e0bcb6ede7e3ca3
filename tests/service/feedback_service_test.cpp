// tests/service/feedback_service_test.cpp — sending feedback: kept with the injected time, or
// refused and nothing kept; reading it is audited.
#include "service/feedback_service.hpp"

#include <gtest/gtest.h>

#include "service/account_service.hpp"
#include "test_support.hpp"

namespace frontdoor::service {
namespace {

using frontdoor::testing::FixedClock;
using frontdoor::testing::TestDatabase;

TEST(FeedbackService, KeepsFeedbackWithTheTimeItArrived) {
  TestDatabase database(store::DatabaseKind::kSqlite);
  auto store = database.Open();
  FixedClock clock("2026-11-27T08:59:00.000Z");
  FeedbackService feedback(*store, clock);

  auto sent = feedback.SendFeedback({"  Please add a print button  ", "/people/3"});
  ASSERT_TRUE(std::holds_alternative<domain::Feedback>(sent));
  const auto& kept = std::get<domain::Feedback>(sent);
  EXPECT_GT(kept.id, 0);

  // Read by an administrator, and audited: feedback may name a child.
  domain::CommonPasswords common = domain::CommonPasswords::FromText("");
  AccountService accounts(*store, clock, common, PasswordHashCost::kInteractive);
  const auto admin = std::get<domain::User>(accounts.AddUser(
      CommandLineActor(),
      {"ada.admin", "admin", "", "purple tractor morning", "Ada Lovelace", "Administrator"}));
  auto shown = feedback.ShowFeedback(Identity{admin, std::nullopt, "192.0.2.1"}, kept.id);
  ASSERT_TRUE(std::holds_alternative<domain::Feedback>(shown));
  const auto entry =
      store->ReadResult([](store::Records& records) { return records.audit.Recent(1).at(0); });
  EXPECT_EQ(entry.action, "read_feedback");
  EXPECT_EQ(entry.record_ids, "feedback:" + std::to_string(kept.id));
  EXPECT_EQ(entry.username, "ada.admin");
  EXPECT_EQ(std::get<domain::Feedback>(shown).text, "Please add a print button");
  EXPECT_EQ(domain::FormatTimestamp(std::get<domain::Feedback>(shown).received_at),
            "2026-11-27T08:59:00.000Z");
}

TEST(FeedbackService, ListsFeedbackNewestFirstAPageAtATimeAndAuditsEachPieceRead) {
  TestDatabase database(store::DatabaseKind::kSqlite);
  auto store = database.Open();
  FixedClock clock("2026-11-27T08:59:00.000Z");
  FeedbackService feedback(*store, clock);
  for (int sent = 1; sent <= kFeedbackPerPage + 1; ++sent)
    ASSERT_TRUE(std::holds_alternative<domain::Feedback>(
        feedback.SendFeedback({"Feedback number " + std::to_string(sent), "/"})));
  const Identity admin{domain::User{}, std::nullopt, "192.0.2.1"};
  const auto newest = feedback.ListFeedback(admin, 0);
  ASSERT_EQ(newest.feedback.size(), std::size_t(kFeedbackPerPage));
  EXPECT_EQ(newest.total, kFeedbackPerPage + 1);
  EXPECT_EQ(newest.feedback.front().text,
            "Feedback number " + std::to_string(kFeedbackPerPage + 1));
  EXPECT_EQ(newest.older_from, newest.feedback.back().id);
  const auto entry =
      store->ReadResult([](store::Records& records) { return records.audit.Recent(1).at(0); });
  EXPECT_EQ(entry.action, "read_feedback");
  EXPECT_EQ(
      entry.record_ids.rfind("feedback:" + std::to_string(newest.feedback.front().id) + " ", 0),
      0u);
  // The older page has the first sent, and nothing older.
  const auto older = feedback.ListFeedback(admin, newest.older_from);
  ASSERT_EQ(older.feedback.size(), 1u);
  EXPECT_EQ(older.feedback[0].text, "Feedback number 1");
  EXPECT_EQ(older.older_from, 0);
}

TEST(FeedbackService, RefusesInvalidFeedbackAndKeepsNothing) {
  TestDatabase database(store::DatabaseKind::kSqlite);
  auto store = database.Open();
  FixedClock clock("2026-11-27T08:59:00.000Z");
  FeedbackService feedback(*store, clock);

  auto refused = feedback.SendFeedback({"   ", "/"});
  ASSERT_TRUE(std::holds_alternative<Invalid>(refused));
  EXPECT_EQ(std::get<Invalid>(refused).errors.at(0).field, "text");
  EXPECT_EQ(store->ReadResult([](store::Records& records) { return records.feedback.Count(); }), 0);
  EXPECT_TRUE(std::holds_alternative<NotFound>(
      feedback.ShowFeedback(Identity{domain::User{}, std::nullopt, "192.0.2.1"}, 1)));
}

}  // namespace
}  // namespace frontdoor::service
