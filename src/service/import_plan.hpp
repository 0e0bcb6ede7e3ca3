// src/service/import_plan.hpp — what one batch of an import will write (new records with
// provisional ids, the keys naming them in their source, the people left for review), and writing
// it in the batch's transaction.
#pragma once

#include <vector>

#include "domain/history_import.hpp"
#include "store/bulk_load.hpp"
#include "store/records.hpp"

namespace frontdoor::service {

//! A batch's writes. Keys and records made in the batch carry provisional ids
//! (store::ProvisionalId).
struct ImportPlan {
  store::BulkRecords records;
  std::vector<domain::ImportKey> keys;
  std::vector<domain::ImportReview> reviews;
};

//! Writes the plan's records (giving the new ones their ids), its keys naming those ids and its
//! reviews; the people's ids in `plan` are the ones given afterwards.
void WritePlan(store::Records& records, ImportPlan& plan);

}  // namespace frontdoor::service
