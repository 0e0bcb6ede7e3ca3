// src/domain/match_weights.hpp — how much each agreement or disagreement between a search and a
// record says for or against their being the same child, in the manner of Fellegi and Sunter.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "domain/name_matching.hpp"

namespace frontdoor::domain {

//! One level of a comparison: how often records of the same child compare this way (m), and how
//! often records of two different children do (u). Its weight is log2(m / u), in bits: positive
//! is evidence for a match, negative against. Figures are estimates for a council's children's
//! records, kept here in one table (see doc/adr/0004).
struct ComparisonLevel {
  double m;
  double u;
  double Weight() const;
};

//! The comparison levels of each field. A missing value on either side weighs nothing.
namespace levels {
inline constexpr double kNameExactM = 0.88;  // u: the name's share of everyone's names
inline constexpr ComparisonLevel kNameVariant{0.04, 0.0002};     // Jon and John, Mohammed, Muhammad
inline constexpr ComparisonLevel kNameSoundsAlike{0.04, 0.002};  // Smyth and Smith
inline constexpr ComparisonLevel kNameSpelledClose{0.03, 0.004};  // Jonh and John, Hayden, Jayden
inline constexpr ComparisonLevel kGivenNameDifferent{0.01, 0.99};
// Children's family names change with their parents' more often than given names change.
inline constexpr ComparisonLevel kFamilyNameDifferent{0.05, 0.99};
// Given and family names written the other way round: both agree crosswise.
inline constexpr ComparisonLevel kNamesSwapped{0.01, 0.00001};
inline constexpr ComparisonLevel kBirthExact{0.92, 1.0 / (365.25 * 18)};
inline constexpr ComparisonLevel kBirthDayMonthSwapped{0.02, 1.0 / (365.25 * 18)};
inline constexpr ComparisonLevel kBirthOneSlip{0.03, 0.0015};  // one part off by one
inline constexpr ComparisonLevel kBirthDifferent{0.03, 0.997};
inline constexpr ComparisonLevel kPostcodeExact{0.75, 0.0002};  // lives or has lived there
inline constexpr ComparisonLevel kPostcodeSector{0.10, 0.005};  // SO18 5.., a few streets
inline constexpr ComparisonLevel kPostcodeDifferent{0.15, 0.995};
inline constexpr ComparisonLevel kIdentifierExact{0.99, 1e-8};
inline constexpr ComparisonLevel kIdentifierDifferent{0.005, 0.99999};
}  // namespace levels

//! How common names are among the people on record, so agreeing on a rare name counts for more
//! than agreeing on a common one. Keyed by NameKey(name); `people` is everyone counted.
struct NameFrequencies {
  std::int64_t people = 0;
  std::map<std::string, std::int64_t> given;
  std::map<std::string, std::int64_t> family;
};

//! The key a name's frequency is kept under: its sound-alike key, so Smith and Smyth count
//! together (a conservative reading for a rare spelling of a common name).
std::string NameKey(const std::string& name);

//! A name's share of everyone's names, given how many of `people` have it (`with_name`): a name
//! nobody else has counts as one in `people`. Fewer than two thousand people are counted as two
//! thousand (with nothing counted, one in two thousand).
double NameShare(std::int64_t with_name, std::int64_t people);

//! The weight of the same name, of this NameShare.
double ExactNameWeight(double share);

//! The weight of a name agreement of a level other than exact; of kNone, `different`. A near
//! agreement with a name is never taken as rarer than the name itself (its u is at least the
//! typed name's `share`), so a Smyth never outweighs a Smith when Smith was typed, however common
//! Smith is.
double NameAgreementWeight(NameAgreement agreement, const ComparisonLevel& different, double share);

//! A score's match weight as the probability of a match, given the prior odds that a candidate
//! is the child (about one in `population`).
double MatchProbability(double weight, std::int64_t population);

}  // namespace frontdoor::domain
