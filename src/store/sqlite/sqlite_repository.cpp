// src/store/sqlite/sqlite_repository.cpp — SQLite statements for each repository operation.
#include "store/sqlite/sqlite_repository.hpp"

#include "domain/timestamp.hpp"
#include "store/store.hpp"

namespace frontdoor::store {

namespace {

domain::Timestamp ReadTimestamp(const SqliteStatement& statement, int column) {
  auto moment = domain::ParseTimestamp(statement.Text(column));
  if (!moment) throw StoreError("a stored time is not in ISO 8601 form");
  return *moment;
}

}  // namespace

std::int64_t SqliteRepository::AddFeedback(const domain::Feedback& feedback) {
  auto statement =
      connection_.Prepare("INSERT INTO feedback (received_at, text, page) VALUES (?, ?, ?)");
  statement.Bind(1, domain::FormatTimestamp(feedback.received_at))
      .Bind(2, feedback.text)
      .Bind(3, feedback.page);
  statement.Step();
  return connection_.LastInsertId();
}

std::optional<domain::Feedback> SqliteRepository::FindFeedback(std::int64_t id) {
  auto statement =
      connection_.Prepare("SELECT id, received_at, text, page FROM feedback WHERE id = ?");
  statement.Bind(1, id);
  if (!statement.Step()) return std::nullopt;
  return domain::Feedback{statement.Integer(0), ReadTimestamp(statement, 1), statement.Text(2),
                          statement.Text(3)};
}

std::int64_t SqliteRepository::CountFeedback() {
  auto statement = connection_.Prepare("SELECT count(*) FROM feedback");
  statement.Step();
  return statement.Integer(0);
}

}  // namespace frontdoor::store
