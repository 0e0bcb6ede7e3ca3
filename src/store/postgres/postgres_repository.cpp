// src/store/postgres/postgres_repository.cpp — PostgreSQL statements for each repository operation.
#include "store/postgres/postgres_repository.hpp"

#include "domain/timestamp.hpp"
#include "store/store.hpp"

namespace frontdoor::store {

namespace {

// Times go in and out as ISO 8601 UTC text, so both stores share one format.
constexpr const char* kUtcText =
    "to_char(%s AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";

std::string TimestampColumn(const char* column) {
  char text[160];
  std::snprintf(text, sizeof(text), kUtcText, column);
  return text;
}

domain::Timestamp ReadTimestamp(const pqxx::field& field) {
  auto moment = domain::ParseTimestamp(field.c_str());
  if (!moment) throw StoreError("a stored time is not in ISO 8601 form");
  return *moment;
}

}  // namespace

std::int64_t PostgresRepository::AddFeedback(const domain::Feedback& feedback) {
  return transaction_
      .exec_params1(
          "INSERT INTO feedback (received_at, text, page) VALUES ($1::timestamptz, $2, $3) "
          "RETURNING id",
          domain::FormatTimestamp(feedback.received_at), feedback.text, feedback.page)[0]
      .as<std::int64_t>();
}

std::optional<domain::Feedback> PostgresRepository::FindFeedback(std::int64_t id) {
  const pqxx::result rows = transaction_.exec_params(
      "SELECT id, " + TimestampColumn("received_at") + ", text, page FROM feedback WHERE id = $1",
      id);
  if (rows.empty()) return std::nullopt;
  const auto row = rows[0];
  return domain::Feedback{row[0].as<std::int64_t>(), ReadTimestamp(row[1]),
                          row[2].as<std::string>(), row[3].as<std::string>()};
}

std::int64_t PostgresRepository::CountFeedback() {
  return transaction_.exec1("SELECT count(*) FROM feedback")[0].as<std::int64_t>();
}

}  // namespace frontdoor::store
