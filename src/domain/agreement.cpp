// src/domain/agreement.cpp — Cohen's kappa and Gwet's AC1/AC2 for two auditors (Cohen 1960, 1968;
// Gwet 2008, and his Handbook of Inter-Rater Reliability for the weighted AC2).
#include "domain/agreement.hpp"

#include <cmath>
#include <stdexcept>

namespace frontdoor::domain {

AgreementTable::AgreementTable(int grades)
    : AgreementTable(std::vector<std::vector<double>>(
          grades > 0 ? grades : 0, std::vector<double>(grades > 0 ? grades : 0, 0.0))) {}

AgreementTable::AgreementTable(std::vector<std::vector<double>> counts)
    : counts_(std::move(counts)) {
  if (counts_.size() < 2)
    throw std::invalid_argument("an agreement table needs at least two grades");
  for (const auto& row : counts_) {
    if (row.size() != counts_.size()) throw std::invalid_argument("an agreement table is square");
    for (double count : row) {
      if (!(count >= 0)) throw std::invalid_argument("a count is never negative");
    }
  }
}

bool AgreementTable::Add(int first, int second) {
  if (first < 0 || second < 0 || first >= Grades() || second >= Grades()) return false;
  counts_[first][second] += 1;
  return true;
}

double AgreementTable::Pairs() const {
  double pairs = 0;
  for (const auto& row : counts_) {
    for (double count : row) pairs += count;
  }
  return pairs;
}

double AgreementWeight(AgreementWeights weights, int grades, int first, int second) {
  const double apart = std::abs(first - second);
  const double widest = grades - 1;
  switch (weights) {
    case AgreementWeights::kLinear:
      return 1.0 - apart / widest;
    case AgreementWeights::kQuadratic:
      return 1.0 - (apart * apart) / (widest * widest);
    case AgreementWeights::kNone:
      break;
  }
  return first == second ? 1.0 : 0.0;
}

Agreement MeasureAgreement(const AgreementTable& table, AgreementWeights weights) {
  Agreement agreement;
  const int q = table.Grades();
  agreement.pairs = table.Pairs();
  if (agreement.pairs <= 0) return agreement;
  std::vector<double> first(q, 0.0), second(q, 0.0);  // each auditor's share of each grade
  for (int a = 0; a < q; ++a) {
    for (int b = 0; b < q; ++b) {
      const double share = table.Count(a, b) / agreement.pairs;
      first[a] += share;
      second[b] += share;
      agreement.observed += AgreementWeight(weights, q, a, b) * share;
    }
  }
  // Cohen: the two auditors' own shares, as if they graded independently.
  // Gwet: each grade's share over both auditors (pi), chance agreement being the weights' total
  // over q(q - 1) times the sum of pi(1 - pi).
  double weight_total = 0, spread = 0;
  for (int a = 0; a < q; ++a) {
    const double pi = (first[a] + second[a]) / 2;
    spread += pi * (1 - pi);
    for (int b = 0; b < q; ++b) {
      const double weight = AgreementWeight(weights, q, a, b);
      weight_total += weight;
      agreement.chance_kappa += weight * first[a] * second[b];
    }
  }
  agreement.chance_gwet = weight_total / (q * (q - 1.0)) * spread;
  const auto beyond_chance = [&](double chance) -> std::optional<double> {
    if (chance >= 1.0 - 1e-12) return std::nullopt;
    return (agreement.observed - chance) / (1.0 - chance);
  };
  agreement.kappa = beyond_chance(agreement.chance_kappa);
  agreement.gwet = beyond_chance(agreement.chance_gwet);
  return agreement;
}

}  // namespace frontdoor::domain
