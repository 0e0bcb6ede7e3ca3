// src/domain/dip_sample.hpp — drawing a dip sample of decided contacts for audit: so many from each
// stratum (an outcome, a level, a team...), chosen by a seed so that the same request always draws
// the same contacts and anyone can check the draw was random without trusting frontdoor.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace frontdoor::domain {

//! A contact that may be drawn, with the stratum it belongs to (say "outcome: referral").
struct SampleCandidate {
  std::int64_t contact_id = 0;
  std::string stratum;
};

//! What was drawn from one stratum: the contacts, in the order of their draw numbers, and how
//! many there were to draw from. Fewer than asked when the stratum had fewer.
struct SampleStratum {
  std::string stratum;
  int asked = 0;
  int available = 0;
  std::vector<std::int64_t> contact_ids;
};

//! The draw number of a contact under a seed: the first 16 hex digits of
//! SHA-256("frontdoor dip sample <seed> <contact id>"), read as a number. Each stratum takes the
//! contacts with the lowest draw numbers, so the sample is a uniformly random one of that size
//! that depends only on the seed and who could be drawn, never on the order they were listed in:
//! `printf 'frontdoor dip sample 42 1017' | sha256sum` checks any contact's number by hand.
std::uint64_t DrawNumber(std::uint64_t seed, std::int64_t contact_id);

//! Draws `per_stratum[s]` contacts from each stratum s asked for (a stratum not asked for is not
//! drawn from), in the order of `per_stratum`'s keys.
std::vector<SampleStratum> DrawDipSample(const std::vector<SampleCandidate>& candidates,
                                         const std::map<std::string, int>& per_stratum,
                                         std::uint64_t seed);

}  // namespace frontdoor::domain
