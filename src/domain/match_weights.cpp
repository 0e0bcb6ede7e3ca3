// src/domain/match_weights.cpp — the weights of agreement and disagreement, in bits.
#include "domain/match_weights.hpp"

#include <algorithm>
#include <cmath>

namespace frontdoor::domain {

double ComparisonLevel::Weight() const {
  return std::log2(m / u);
}

std::string NameKey(const std::string& name) {
  return PhoneticKey(name);
}

double NameShare(std::int64_t with_name, std::int64_t people) {
  // A few hundred records (a new council's, a demonstration) say little of how common a name is:
  // three Smiths among eight people would make "Smith" as telling as a coin toss, and a
  // misspelling agree as often as not. They are counted as among two thousand.
  constexpr std::int64_t kFewestCounted = 2000;
  return std::min(
      double(std::max<std::int64_t>(with_name, 1)) / double(std::max(people, kFewestCounted)), 1.0);
}

double ExactNameWeight(double share) {
  return std::log2(levels::kNameExactM / share);
}

double NameAgreementWeight(NameAgreement agreement, const ComparisonLevel& different,
                           double share) {
  const auto near = [share](const ComparisonLevel& level) {
    return ComparisonLevel{level.m, std::max(level.u, share)}.Weight();
  };
  switch (agreement) {
    case NameAgreement::kVariant:
      return near(levels::kNameVariant);
    case NameAgreement::kSoundsAlike:
      return near(levels::kNameSoundsAlike);
    case NameAgreement::kSpelledClose:
      return near(levels::kNameSpelledClose);
    case NameAgreement::kExact:  // weighed by the name's frequency: ExactNameWeight
    case NameAgreement::kNone:
      break;
  }
  return different.Weight();
}

double MatchProbability(double weight, std::int64_t population) {
  const double prior_odds = 1.0 / double(std::max<std::int64_t>(population, 2) - 1);
  const double odds = prior_odds * std::exp2(weight);
  return odds / (1.0 + odds);
}

}  // namespace frontdoor::domain
