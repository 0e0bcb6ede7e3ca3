// src/domain/dip_sample.cpp — bottom-k sampling by a seeded SHA-256 of each case's ids.
#include "domain/dip_sample.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include "domain/digest.hpp"

namespace frontdoor::domain {

std::uint64_t DrawNumber(std::uint64_t seed, const SampledCase& decision) {
  const std::string hex =
      Sha256Hex("frontdoor dip sample " + std::to_string(seed) + " " +
                std::to_string(decision.contact_id) + " " + std::to_string(decision.person_id));
  return std::stoull(hex.substr(0, 16), nullptr, 16);
}

std::vector<SampleStratum> DrawDipSample(const std::vector<SampleCandidate>& candidates,
                                         const std::map<std::string, int>& per_stratum,
                                         std::uint64_t seed) {
  // Each case once, by stratum, with its draw number (ties, vanishingly rare, by ids).
  std::map<std::string, std::set<std::pair<std::uint64_t, SampledCase>>> drawn;
  for (const auto& candidate : candidates) {
    if (!per_stratum.count(candidate.stratum)) continue;
    drawn[candidate.stratum].insert({DrawNumber(seed, candidate.decision), candidate.decision});
  }
  std::vector<SampleStratum> sample;
  for (const auto& [stratum, asked] : per_stratum) {
    SampleStratum taken{stratum, asked, 0, {}};
    const auto found = drawn.find(stratum);
    if (found != drawn.end()) {
      taken.available = static_cast<int>(found->second.size());
      for (const auto& [number, decision] : found->second) {
        if (static_cast<int>(taken.cases.size()) >= asked) break;
        taken.cases.push_back(decision);
      }
    }
    sample.push_back(std::move(taken));
  }
  return sample;
}

}  // namespace frontdoor::domain
