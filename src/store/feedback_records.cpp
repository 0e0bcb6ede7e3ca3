// src/store/feedback_records.cpp — feedback's statements, for both databases.
#include "store/feedback_records.hpp"

#include "store/sql.hpp"

namespace frontdoor::store {

std::int64_t FeedbackRecords::Add(const domain::Feedback& feedback) {
  return sql_.Insert("INSERT INTO feedback (received_at, text, page) VALUES (?, ?, ?) RETURNING id",
                     {feedback.received_at, feedback.text, feedback.page});
}

std::optional<domain::Feedback> FeedbackRecords::Find(std::int64_t id) {
  return sql_.One("SELECT id, received_at, text, page FROM feedback WHERE id = ?", {id},
                  [](const SqlRow& row) {
                    return domain::Feedback{row.Int(0), row.Time(1), row.Text(2), row.Text(3)};
                  });
}

std::int64_t FeedbackRecords::Count() {
  return sql_.Count("SELECT count(*) FROM feedback");
}

}  // namespace frontdoor::store
