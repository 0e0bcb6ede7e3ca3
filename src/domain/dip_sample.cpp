// src/domain/dip_sample.cpp — bottom-k sampling by a seeded SHA-256 of each contact id.
#include "domain/dip_sample.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include "domain/digest.hpp"

namespace frontdoor::domain {

std::uint64_t DrawNumber(std::uint64_t seed, std::int64_t contact_id) {
  const std::string hex =
      Sha256Hex("frontdoor dip sample " + std::to_string(seed) + " " + std::to_string(contact_id));
  return std::stoull(hex.substr(0, 16), nullptr, 16);
}

std::vector<SampleStratum> DrawDipSample(const std::vector<SampleCandidate>& candidates,
                                         const std::map<std::string, int>& per_stratum,
                                         std::uint64_t seed) {
  // Each contact once, by stratum, with its draw number (ties, vanishingly rare, by id).
  std::map<std::string, std::set<std::pair<std::uint64_t, std::int64_t>>> drawn;
  for (const auto& candidate : candidates) {
    if (!per_stratum.count(candidate.stratum)) continue;
    drawn[candidate.stratum].insert({DrawNumber(seed, candidate.contact_id), candidate.contact_id});
  }
  std::vector<SampleStratum> sample;
  for (const auto& [stratum, asked] : per_stratum) {
    SampleStratum taken{stratum, asked, 0, {}};
    const auto found = drawn.find(stratum);
    if (found != drawn.end()) {
      taken.available = static_cast<int>(found->second.size());
      for (const auto& [number, contact_id] : found->second) {
        if (static_cast<int>(taken.contact_ids.size()) >= asked) break;
        taken.contact_ids.push_back(contact_id);
      }
    }
    sample.push_back(std::move(taken));
  }
  return sample;
}

}  // namespace frontdoor::domain
