// src/store/import_records.cpp — import runs, keys and reviews: statements and row mappers, for
// both databases.
#include "store/import_records.hpp"

#include "store/sql.hpp"

namespace frontdoor::store {

namespace {

const std::vector<std::string_view> kRunColumns =
    ColumnList("kind, source, description, file_name, file_digest, run_by, started_at");
const std::vector<std::string_view> kKeyColumns =
    ColumnList("source, kind, external_id, record_id, run_id");
const std::vector<std::string_view> kReviewColumns = ColumnList(
    "run_id, source, external_id, child_xml, reason, status, person_id, resolved_by, resolved_at");
const std::vector<std::string_view> kCandidateColumns = ColumnList("review_id, person_id");

constexpr const char* kSelectReview =
    "SELECT id, run_id, source, external_id, child_xml, reason, status, person_id, resolved_by, "
    "resolved_at FROM import_reviews ";

domain::ImportReview ReadReview(const SqlRow& row) {
  domain::ImportReview review;
  row.Read(0, review.id, review.run_id, review.source, review.external_id, review.child_xml,
           review.reason, AsCode(review.status, domain::kReviewStatuses), review.person_id,
           review.resolved_by, review.resolved_at);
  return review;
}

// The reviews' candidates, oldest first.
std::vector<domain::ImportReview> WithCandidates(Sql& sql,
                                                 std::vector<domain::ImportReview> reviews) {
  if (reviews.empty()) return reviews;
  std::vector<std::int64_t> ids;
  std::map<std::int64_t, domain::ImportReview*> by_id;
  for (auto& review : reviews) {
    ids.push_back(review.id);
    by_id[review.id] = &review;
  }
  sql.Each("SELECT review_id, person_id FROM import_review_candidates WHERE " +
               sql.InIds("review_id") + " ORDER BY review_id, person_id",
           {IdList{ids}},
           [&](const SqlRow& row) { by_id.at(row.Int(0))->candidates.push_back(row.Int(1)); });
  return reviews;
}

}  // namespace

std::int64_t ImportRecords::AddRun(const domain::ImportRun& run) {
  return sql_.Insert(InsertStatement("import_runs", kRunColumns) + " RETURNING id",
                     {run.kind, run.source, run.description, run.file_name, run.file_digest,
                      run.run_by, run.started_at});
}

std::optional<domain::ImportRun> ImportRecords::FindRun(std::int64_t id) {
  return sql_.One(
      "SELECT id, kind, source, description, file_name, file_digest, run_by, started_at FROM "
      "import_runs WHERE id = ?",
      {id}, [](const SqlRow& row) {
        domain::ImportRun run;
        row.Read(0, run.id, run.kind, run.source, run.description, run.file_name, run.file_digest,
                 run.run_by, run.started_at);
        return run;
      });
}

void ImportRecords::AddKeys(const std::vector<domain::ImportKey>& keys) {
  std::vector<std::vector<SqlValue>> rows;
  for (const auto& key : keys)
    rows.push_back({key.source, domain::kImportKeyKinds.Code(key.kind), key.external_id,
                    key.record_id, key.run_id});
  sql_.BulkInsert("import_keys", kKeyColumns, rows);
}

std::map<std::string, std::int64_t> ImportRecords::RecordsOf(
    const std::string& source, domain::ImportKeyKind kind,
    const std::vector<std::string>& external_ids) {
  std::map<std::string, std::int64_t> records;
  sql_.EachIn("SELECT external_id, record_id FROM import_keys WHERE source = ? AND kind = ? AND ",
              "external_id", "", {source, domain::kImportKeyKinds.Code(kind)},
              std::vector<SqlValue>(external_ids.begin(), external_ids.end()),
              [&](const SqlRow& row) { records[row.Text(0)] = row.Int(1); });
  return records;
}

std::set<std::int64_t> ImportRecords::BroughtInBy(const std::string& source,
                                                  const std::vector<std::int64_t>& person_ids) {
  std::set<std::int64_t> found;
  if (person_ids.empty()) return found;
  sql_.Each("SELECT record_id FROM import_keys WHERE kind = 'person' AND source = ? AND " +
                sql_.InIds("record_id"),
            {source, IdList{person_ids}}, [&](const SqlRow& row) { found.insert(row.Int(0)); });
  return found;
}

std::map<std::int64_t, std::string> ImportRecords::CensusIdsOf(
    const std::vector<std::int64_t>& person_ids) {
  std::map<std::int64_t, std::string> ids;
  if (person_ids.empty()) return ids;
  sql_.Each(
      "SELECT record_id, external_id FROM import_keys WHERE kind = 'person' AND source "
      "LIKE 'census %' AND " +
          sql_.InIds("record_id") + " ORDER BY run_id",
      {IdList{person_ids}}, [&](const SqlRow& row) { ids.emplace(row.Int(0), row.Text(1)); });
  return ids;
}

std::int64_t ImportRecords::AddReview(const domain::ImportReview& review) {
  const std::int64_t id =
      sql_.Insert(InsertStatement("import_reviews", kReviewColumns) + " RETURNING id",
                  {review.run_id, review.source, review.external_id, review.child_xml,
                   review.reason, domain::kReviewStatuses.Code(review.status), review.person_id,
                   review.resolved_by, review.resolved_at});
  std::vector<std::vector<SqlValue>> rows;
  for (std::int64_t person : review.candidates) rows.push_back({id, person});
  sql_.BulkInsert("import_review_candidates", kCandidateColumns, rows);
  return id;
}

std::set<std::string> ImportRecords::WaitingForReview(
    const std::string& source, const std::vector<std::string>& external_ids) {
  std::set<std::string> waiting;
  sql_.EachIn("SELECT external_id FROM import_reviews WHERE status = 'open' AND source = ? AND ",
              "external_id", "", {source},
              std::vector<SqlValue>(external_ids.begin(), external_ids.end()),
              [&](const SqlRow& row) { waiting.insert(row.Text(0)); });
  return waiting;
}

std::vector<domain::ImportReview> ImportRecords::OpenReviews(int limit) {
  return WithCandidates(
      sql_, sql_.All(std::string(kSelectReview) + "WHERE status = 'open' ORDER BY id LIMIT ?",
                     {limit}, ReadReview));
}

std::optional<domain::ImportReview> ImportRecords::FindReview(std::int64_t id) {
  auto found =
      WithCandidates(sql_, sql_.All(std::string(kSelectReview) + "WHERE id = ?", {id}, ReadReview));
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

bool ImportRecords::CloseReview(std::int64_t id, domain::ReviewStatus status,
                                std::int64_t person_id, const std::string& by,
                                domain::Timestamp at) {
  return sql_.UpdateFirstTime(
      "UPDATE import_reviews SET status = ?, person_id = ?, resolved_by = ?, resolved_at = ? "
      "WHERE id = ? AND status = 'open'",
      {domain::kReviewStatuses.Code(status), person_id, by, at, id});
}

}  // namespace frontdoor::store
