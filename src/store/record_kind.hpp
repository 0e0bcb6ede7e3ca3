// src/store/record_kind.hpp — what every kind of record's class holds: the transaction its
// statements run in.
#pragma once

namespace frontdoor::store {

class Sql;

//! The base of each record kind's class (AccountRecords, ContactRecords, ...): statements run in
//! the transaction `sql`, which outlives the records.
class RecordKind {
 public:
  explicit RecordKind(Sql& sql) : sql_(sql) {}

 protected:
  Sql& sql_;
};

}  // namespace frontdoor::store
