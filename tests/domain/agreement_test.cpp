// tests/domain/agreement_test.cpp — Cohen's kappa and Gwet's AC1/AC2 for two auditors, checked
// against worked examples published with their tables: Wikipedia's "Cohen's kappa"; Altman's
// radiologists (Stata's kappaetc on webuse rate2); Gwet's abstractors (the irrCAC package's
// cont3x3abstractors, its README and weighting vignette); scikit-learn's cohen_kappa_score tests;
// Wongpakaran et al. 2013 (BMC Medical Research Methodology 13:61); irrCAC's cont4x4diagnosis
// (the Python irrCAC tests).
#include "domain/agreement.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <vector>

namespace frontdoor::domain {
namespace {

using W = AgreementWeights;

TEST(Agreement, WikipediasFiftyGrantProposals) {
  // Reader A's Yes/No in rows, reader B's in columns: 70% agreement, 50% by chance.
  const AgreementTable table({{20, 5}, {10, 15}});
  const auto agreement = MeasureAgreement(table, W::kNone);
  EXPECT_DOUBLE_EQ(agreement.pairs, 50);
  EXPECT_NEAR(agreement.observed, 0.70, 1e-12);
  EXPECT_NEAR(agreement.chance_kappa, 0.50, 1e-12);
  EXPECT_NEAR(*agreement.kappa, 0.4, 1e-12);
}

//! A figure printed in a published source: the table, the weighting, the statistic's value and
//! how many places it was printed to.
struct Published {
  const char* source;
  std::vector<std::vector<double>> table;  // the first rater's grades in rows
  W weights;
  bool gwet;  // Gwet's AC1/AC2, else Cohen's kappa
  double value;
  double within;
};

// Altman's radiologists: 85 xeromammograms graded normal, benign, suspected, cancer (Stata's
// kappaetc on webuse rate2). Gwet's abstractors: 100 pregnancies classed ectopic, abnormal or
// normal intra-uterine (irrCAC's README and weighting vignette; linear from its Python port's
// tests). scikit-learn: y1 = 46 x 0, 44 x 1, 10 x 2 against y2 = 50 x 0, 40 x 1, 10 x 2.
// Wongpakaran et al.: schizoid personality disorder, 19 patients, two raters agreeing on 16, where
// kappa falls and AC1 holds (AC1 printed .752, 0.7527 in full). irrCAC's cont4x4diagnosis: 223
// patients (its Python port's tests).
const std::vector<std::vector<double>> kRadiologists = {
    {21, 12, 0, 0}, {4, 17, 1, 0}, {3, 9, 15, 2}, {0, 0, 0, 1}};
const std::vector<std::vector<double>> kAbstractors = {{13, 0, 0}, {0, 20, 7}, {0, 4, 56}};
const std::vector<std::vector<double>> kScikitLearn = {{46, 0, 0}, {4, 40, 0}, {0, 0, 10}};
const std::vector<std::vector<double>> kSchizoid = {{13, 2}, {1, 3}};
const std::vector<std::vector<double>> kDiagnoses = {
    {40, 4, 4, 17}, {6, 25, 2, 13}, {4, 1, 21, 12}, {15, 5, 9, 45}};

const Published kExamples[] = {
    {"radiologists", kRadiologists, W::kNone, false, 0.4728, 5e-5},
    {"radiologists", kRadiologists, W::kNone, true, 0.5292, 5e-5},
    {"abstractors", kAbstractors, W::kNone, false, 0.7964094, 5e-8},
    {"abstractors", kAbstractors, W::kNone, true, 0.8493305, 5e-8},
    {"abstractors", kAbstractors, W::kQuadratic, false, 0.8921569, 5e-8},
    {"abstractors", kAbstractors, W::kQuadratic, true, 0.9402369, 5e-8},
    {"abstractors", kAbstractors, W::kLinear, false, 0.843, 5e-4},
    {"abstractors", kAbstractors, W::kLinear, true, 0.900, 5e-4},
    {"scikit-learn", kScikitLearn, W::kNone, false, 0.9315, 5e-5},
    {"scikit-learn", kScikitLearn, W::kLinear, false, 0.9412, 5e-5},
    {"scikit-learn", kScikitLearn, W::kQuadratic, false, 0.9541, 5e-5},
    {"schizoid", kSchizoid, W::kNone, false, 0.565, 5e-4},
    {"schizoid", kSchizoid, W::kNone, true, 0.752, 1e-3},
    {"diagnoses", kDiagnoses, W::kNone, false, 0.432, 5e-4},
    {"diagnoses", kDiagnoses, W::kLinear, false, 0.407, 5e-4},
    {"diagnoses", kDiagnoses, W::kQuadratic, false, 0.383, 5e-4},
    {"diagnoses", kDiagnoses, W::kNone, true, 0.456, 5e-4},
    {"diagnoses", kDiagnoses, W::kLinear, true, 0.377, 5e-4},
    {"diagnoses", kDiagnoses, W::kQuadratic, true, 0.299, 5e-4},
};

TEST(Agreement, EqualsEveryPublishedWorkedExample) {
  for (const auto& example : kExamples) {
    const auto agreement = MeasureAgreement(AgreementTable(example.table), example.weights);
    const auto found = example.gwet ? agreement.gwet : agreement.kappa;
    ASSERT_TRUE(found) << example.source;
    EXPECT_NEAR(*found, example.value, example.within)
        << example.source << (example.gwet ? " Gwet" : " kappa") << " weights "
        << static_cast<int>(example.weights);
  }
  // Percent agreement as kappaetc prints it for the radiologists.
  EXPECT_NEAR(MeasureAgreement(AgreementTable(kRadiologists), W::kNone).observed, 0.6353, 5e-5);
}

TEST(Agreement, PairsAreCountedOneByOneAndNothingIsMadeUpWithoutThem) {
  AgreementTable table(4);  // Ofsted's four points
  EXPECT_TRUE(MeasureAgreement(table, W::kLinear).pairs == 0);
  EXPECT_FALSE(MeasureAgreement(table, W::kLinear).kappa);
  EXPECT_FALSE(MeasureAgreement(table, W::kLinear).gwet);
  EXPECT_TRUE(table.Add(1, 1));
  EXPECT_FALSE(table.Add(1, 4));  // not on the scale: not counted
  EXPECT_FALSE(table.Add(-1, 0));
  EXPECT_DOUBLE_EQ(table.Pairs(), 1);
  // Both auditors gave everything the same one grade: chance agreement is certain, so kappa
  // says nothing; AC1 still does.
  EXPECT_TRUE(table.Add(1, 1));
  const auto same = MeasureAgreement(table, W::kNone);
  EXPECT_DOUBLE_EQ(same.observed, 1.0);
  EXPECT_FALSE(same.kappa);
  ASSERT_TRUE(same.gwet);
  EXPECT_DOUBLE_EQ(*same.gwet, 1.0);
  EXPECT_THROW(AgreementTable(1), std::invalid_argument);
  EXPECT_THROW(AgreementTable({{1, 2}, {3}}), std::invalid_argument);
  EXPECT_DOUBLE_EQ(AgreementWeight(W::kLinear, 4, 0, 3), 0.0);
  EXPECT_DOUBLE_EQ(AgreementWeight(W::kLinear, 4, 1, 2), 2.0 / 3);
  EXPECT_DOUBLE_EQ(AgreementWeight(W::kQuadratic, 4, 1, 2), 8.0 / 9);
}

}  // namespace
}  // namespace frontdoor::domain
