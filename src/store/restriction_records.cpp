// src/store/restriction_records.cpp — restrictions' and break-glass statements and row mappers,
// for both databases.
#include "store/restriction_records.hpp"

#include "store/sql.hpp"

namespace frontdoor::store {

namespace {

constexpr const char* kSelectBreakGlass =
    "SELECT b.id, b.person_id, b.user_id, u.username, b.reason, b.at, b.reviewed_at, "
    "b.reviewed_by FROM break_glass b JOIN users u ON u.id = b.user_id ";

domain::BreakGlass ReadBreakGlass(const SqlRow& row) {
  domain::BreakGlass opening;
  opening.id = row.Int(0);
  opening.person_id = row.Int(1);
  opening.user_id = row.Int(2);
  opening.username = row.Text(3);
  opening.reason = row.Text(4);
  opening.at = row.Time(5);
  opening.reviewed_at = row.OptionalTime(6);
  opening.reviewed_by = row.Text(7);
  return opening;
}

}  // namespace

void RestrictionRecords::Set(const domain::Restriction& restriction) {
  sql_.Execute("DELETE FROM person_restriction_users WHERE person_id = ?", {restriction.person_id});
  sql_.Execute("DELETE FROM person_restrictions WHERE person_id = ?", {restriction.person_id});
  sql_.Execute(
      "INSERT INTO person_restrictions (person_id, reason, restricted_by, restricted_at) "
      "VALUES (?, ?, ?, ?)",
      {restriction.person_id, restriction.reason, restriction.restricted_by,
       restriction.restricted_at});
  for (std::int64_t user_id : restriction.allowed_user_ids) {
    sql_.Execute(
        "INSERT INTO person_restriction_users (person_id, user_id) VALUES (?, ?) "
        "ON CONFLICT DO NOTHING",
        {restriction.person_id, user_id});
  }
}

std::optional<domain::Restriction> RestrictionRecords::Find(std::int64_t person_id) {
  auto restriction = sql_.One(
      "SELECT reason, restricted_by, restricted_at FROM person_restrictions WHERE person_id = ?",
      {person_id}, [&](const SqlRow& row) {
        return domain::Restriction{person_id, {}, row.Text(0), row.Int(1), row.Time(2)};
      });
  if (!restriction) return std::nullopt;
  restriction->allowed_user_ids =
      sql_.All("SELECT user_id FROM person_restriction_users WHERE person_id = ? ORDER BY user_id",
               {person_id}, [](const SqlRow& row) { return row.Int(0); });
  return restriction;
}

std::int64_t RestrictionRecords::AddBreakGlass(const domain::BreakGlass& opening) {
  return sql_.Insert(
      "INSERT INTO break_glass (person_id, user_id, reason, at) VALUES (?, ?, ?, ?) RETURNING id",
      {opening.person_id, opening.user_id, opening.reason, opening.at});
}

std::vector<domain::BreakGlass> RestrictionRecords::BreakGlassFor(std::int64_t person_id,
                                                                  std::int64_t user_id) {
  return sql_.All(std::string(kSelectBreakGlass) +
                      "WHERE b.person_id = ? AND b.user_id = ? ORDER BY b.id DESC LIMIT 20",
                  {person_id, user_id}, ReadBreakGlass);
}

std::vector<domain::BreakGlass> RestrictionRecords::UnreviewedBreakGlass(int limit) {
  return sql_.All(
      std::string(kSelectBreakGlass) + "WHERE b.reviewed_at IS NULL ORDER BY b.id LIMIT ?", {limit},
      ReadBreakGlass);
}

bool RestrictionRecords::MarkReviewed(std::int64_t id, std::string_view reviewer,
                                      domain::Timestamp at) {
  return sql_.Execute(
             "UPDATE break_glass SET reviewed_at = ?, reviewed_by = ? WHERE id = ? AND "
             "reviewed_at IS NULL",
             {at, reviewer, id}) == 1;
}

}  // namespace frontdoor::store
