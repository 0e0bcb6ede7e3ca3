// src/domain/agreement.hpp — how far two auditors who graded the same cases agree beyond what
// chance would give: Cohen's kappa (weighted for ordered grades) and Gwet's AC1 (AC2 when
// weighted), from the table of their paired grades.
#pragma once

#include <optional>
#include <vector>

namespace frontdoor::domain {

//! How much a disagreement counts as part agreement, for grades in order (Ofsted's four points):
//! none (only the same grade agrees), linear (1 - |i - j| / (q - 1)) or quadratic
//! (1 - (i - j)² / (q - 1)²), q being the number of grades.
enum class AgreementWeights { kNone, kLinear, kQuadratic };

//! Paired grades on a scale of `grades` ordered grades (counted from 0): cell (a, b) counts the
//! cases the first auditor graded a and the second b.
class AgreementTable {
 public:
  //! At least two grades.
  explicit AgreementTable(int grades);
  //! A table given whole, a row for each of the first auditor's grades; square, at least 2 × 2.
  explicit AgreementTable(std::vector<std::vector<double>> counts);

  //! One more case: the first auditor's grade and the second's; false (nothing counted) when
  //! either is not on the scale.
  bool Add(int first, int second);
  int Grades() const { return static_cast<int>(counts_.size()); }
  double Count(int first, int second) const { return counts_[first][second]; }
  double Pairs() const;

 private:
  std::vector<std::vector<double>> counts_;
};

//! The weight a pair of grades agrees by (1 for the same grade).
double AgreementWeight(AgreementWeights weights, int grades, int first, int second);

//! Agreement over a table, each figure with what it is made of. A coefficient is empty when it
//! cannot be worked out: no pairs, or agreement by chance already certain.
struct Agreement {
  double pairs = 0;             //!< the cases both auditors graded
  double observed = 0;          //!< the (weighted) share of cases they agreed on
  double chance_kappa = 0;      //!< the agreement chance gives, as Cohen works it out
  double chance_gwet = 0;       //!< the agreement chance gives, as Gwet works it out
  std::optional<double> kappa;  //!< Cohen's kappa (weighted kappa with weights)
  std::optional<double> gwet;   //!< Gwet's AC1 (AC2 with weights)
};

Agreement MeasureAgreement(const AgreementTable& table, AgreementWeights weights);

}  // namespace frontdoor::domain
