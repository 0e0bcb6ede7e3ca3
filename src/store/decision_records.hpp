// src/store/decision_records.hpp — managers' decisions: the oversight proforma part by part, the
// indicators chosen from the threshold framework, the language warnings on each written part.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "domain/decision.hpp"

namespace frontdoor::store {

class Sql;

//! Decisions, one a contact.
class DecisionRecords {
 public:
  explicit DecisionRecords(Sql& sql) : sql_(sql) {}

  //! Keeps a decision and marks its contact decided; throws StoreError when the contact has one.
  void Add(const domain::Decision& decision);
  //! Keeps decisions at once (a bulk load; their contacts are written as decided).
  void AddMany(const std::vector<domain::Decision>& decisions);
  std::optional<domain::Decision> Find(std::int64_t contact_id);
  //! The decisions on these contacts, by contact.
  std::vector<domain::Decision> ForContacts(const std::vector<std::int64_t>& contact_ids);
  //! Decisions that closed a contact after refused consent, newest first.
  std::vector<domain::Decision> ConsentClosures(int limit);
  //! Decisions outside their level's usual routes, newest first.
  std::vector<domain::Decision> Overrides(int limit);

 private:
  //! Fills in each decision's indicators and language warnings.
  std::vector<domain::Decision> Completed(std::vector<domain::Decision> decisions);

  Sql& sql_;
};

}  // namespace frontdoor::store
