// src/store/history_records.cpp — the record history's statements and row mapper, for both
// databases.
#include "store/history_records.hpp"

#include "store/sql.hpp"

namespace frontdoor::store {

void HistoryRecords::Add(const domain::HistoryEntry& entry) {
  sql_.Execute(
      "INSERT INTO record_history (record, field, from_value, to_value, changed_by, changed_at) "
      "VALUES (?, ?, ?, ?, ?, ?)",
      {entry.record, entry.field, entry.from, entry.to, entry.by, entry.at});
}

std::vector<domain::HistoryEntry> HistoryRecords::Of(std::string_view record) {
  return sql_.All(
      "SELECT record, field, from_value, to_value, changed_by, changed_at FROM record_history "
      "WHERE record = ? ORDER BY id",
      {record}, [](const SqlRow& row) {
        return domain::HistoryEntry{row.Text(0), row.Text(1), row.Text(2),
                                    row.Text(3), row.Text(4), row.Time(5)};
      });
}

}  // namespace frontdoor::store
