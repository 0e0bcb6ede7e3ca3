// src/domain/dip_sample.hpp — drawing a dip sample of decisions for audit (one child's decision on
// one contact is a case): so many from each stratum (an outcome, a level, a team...), chosen by a
// seed so that the same request always draws the same cases and anyone can check the draw was
// random without trusting frontdoor.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace frontdoor::domain {

//! A case: one child's decision on one contact.
struct SampledCase {
  std::int64_t contact_id = 0;
  std::int64_t person_id = 0;
  bool operator==(const SampledCase&) const = default;
  auto operator<=>(const SampledCase&) const = default;
};

//! A case that may be drawn, with the stratum it belongs to (say "referral").
struct SampleCandidate {
  SampledCase decision;
  std::string stratum;
};

//! What was drawn from one stratum: the cases, in the order of their draw numbers, and how many
//! there were to draw from. Fewer than asked when the stratum had fewer.
struct SampleStratum {
  std::string stratum;
  int asked = 0;
  int available = 0;
  std::vector<SampledCase> cases;
};

//! The draw number of a case under a seed: the first 16 hex digits of
//! SHA-256("frontdoor dip sample <seed> <contact id> <child's person id>"), read as a number.
//! Each stratum takes the cases with the lowest draw numbers, so the sample is a uniformly random
//! one of that size that depends only on the seed and what could be drawn, never on the order it
//! was listed in: `printf 'frontdoor dip sample 42 1017 2034' | sha256sum` checks a number by hand.
std::uint64_t DrawNumber(std::uint64_t seed, const SampledCase& decision);

//! Draws `per_stratum[s]` cases from each stratum s asked for (a stratum not asked for is not
//! drawn from), in the order of `per_stratum`'s keys.
std::vector<SampleStratum> DrawDipSample(const std::vector<SampleCandidate>& candidates,
                                         const std::map<std::string, int>& per_stratum,
                                         std::uint64_t seed);

}  // namespace frontdoor::domain
