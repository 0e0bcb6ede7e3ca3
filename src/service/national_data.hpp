// src/service/national_data.hpp — a national-scale dataset for benchmarks: children in households
// with contacts, consent, checks, decisions and allocations, made quickly and reproducibly.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>

#include "domain/clock.hpp"
#include "store/store.hpp"

namespace frontdoor::service {

//! What was made so far.
struct GeneratedCounts {
  std::int64_t children = 0;
  std::int64_t adults = 0;
  std::int64_t households = 0;
  std::int64_t contacts = 0;
  std::int64_t decisions = 0;
  std::int64_t checks = 0;
  std::int64_t allocations = 0;
  std::int64_t case_steps = 0;  //!< after referrals: assessments, enquiries, plans, closures
};

//! How much to make.
struct GenerationPlan {
  std::int64_t children = 1'000'000;
  int contacts_per_child = 3;  //!< on average; siblings share some contacts
  std::uint64_t seed = 20261127;
  int children_per_transaction = 2'000;
  //! The day the data is as of (ages, contact dates); the clock's now when not given. With it and
  //! the seed fixed, the same data is made every time.
  std::optional<domain::Timestamp> as_of;
};

//! Adds `plan.children` children (with their households, contacts and what followed) in
//! transactions of `plan.children_per_transaction`, calling `progress` after each. Names are
//! heavy-tailed (generated_names.hpp), so the search meets realistic namesakes and rare names;
//! one household in five moved from another address; there are twins and half-siblings.
GeneratedCounts GenerateNationalData(store::Store& store, const domain::Clock& clock,
                                     const GenerationPlan& plan,
                                     const std::function<void(const GeneratedCounts&)>& progress);

}  // namespace frontdoor::service
