// src/store/history_records.hpp — the record history: what changed on a record, from what to what,
// by whom and when.
#pragma once

#include <string_view>
#include <vector>

#include "domain/record_history.hpp"

namespace frontdoor::store {

class Sql;

//! Changes to records, only ever appended.
class HistoryRecords {
 public:
  explicit HistoryRecords(Sql& sql) : sql_(sql) {}

  void Add(const domain::HistoryEntry& entry);
  //! The changes to a record ("contact:12"), oldest first.
  std::vector<domain::HistoryEntry> Of(std::string_view record);

 private:
  Sql& sql_;
};

}  // namespace frontdoor::store
