// tests/domain/dip_sample_test.cpp — a dip sample: so many from each stratum, the same for the same
// seed whatever order the contacts come in, different for another seed, every contact as likely as
// any other, and each draw number checkable with sha256sum.
#include "domain/dip_sample.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace frontdoor::domain {
namespace {

std::vector<SampleCandidate> Decided() {
  // 60 referrals, 30 advice and information, 5 early help; ids 1 to 95.
  std::vector<SampleCandidate> decided;
  for (std::int64_t id = 1; id <= 95; ++id)
    decided.push_back({{id, id + 1000},
                       id <= 60   ? "referral"
                       : id <= 90 ? "advice"
                                  : "early help"});
  return decided;
}

TEST(DipSample, EachDrawNumberIsTheSeededDigestOfTheContact) {
  // printf 'frontdoor dip sample 42 1017 2034' | sha256sum: 5a45a5968c312e7c...
  EXPECT_EQ(DrawNumber(42, {1017, 2034}), 0x5a45a5968c312e7cu);
  EXPECT_NE(DrawNumber(43, {1017, 2034}), DrawNumber(42, {1017, 2034}));
  EXPECT_NE(DrawNumber(42, {1017, 2035}), DrawNumber(42, {1017, 2034}));  // a brother's case
}

TEST(DipSample, TakesSoManyFromEachStratumAndAllOfASmallOne) {
  const auto sample =
      DrawDipSample(Decided(), {{"referral", 20}, {"advice", 20}, {"early help", 20}}, 7);
  ASSERT_EQ(sample.size(), 3u);
  // Strata in the order of their names.
  EXPECT_EQ(sample[0].stratum, "advice");
  EXPECT_EQ(sample[0].cases.size(), 20u);
  EXPECT_EQ(sample[0].available, 30);
  EXPECT_EQ(sample[1].stratum, "early help");
  EXPECT_EQ(sample[1].cases.size(), 5u);  // all there were
  EXPECT_EQ(sample[1].asked, 20);
  EXPECT_EQ(sample[2].cases.size(), 20u);
  for (const auto& drawn : sample[2].cases) EXPECT_LE(drawn.contact_id, 60);  // referrals only
  std::vector<SampledCase> ids = sample[2].cases;
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(std::unique(ids.begin(), ids.end()), ids.end());  // each once
  // A stratum not asked for is not drawn from; one asked for with nobody in it is empty.
  const auto some = DrawDipSample(Decided(), {{"referral", 3}, {"no further action", 2}}, 7);
  ASSERT_EQ(some.size(), 2u);
  EXPECT_EQ(some[0].stratum, "no further action");
  EXPECT_TRUE(some[0].cases.empty());
  EXPECT_EQ(some[0].available, 0);
}

TEST(DipSample, TheSameSeedDrawsTheSameContactsInWhateverOrderTheyCome) {
  auto decided = Decided();
  const auto first = DrawDipSample(decided, {{"referral", 10}}, 20261203);
  std::shuffle(decided.begin(), decided.end(), std::mt19937_64(5));
  const auto again = DrawDipSample(decided, {{"referral", 10}}, 20261203);
  EXPECT_EQ(first[0].cases, again[0].cases);
  const auto other = DrawDipSample(decided, {{"referral", 10}}, 20261204);
  EXPECT_NE(first[0].cases, other[0].cases);
  // A smaller sample is the start of a larger one with the same seed.
  const auto fewer = DrawDipSample(decided, {{"referral", 4}}, 20261203);
  EXPECT_TRUE(std::equal(fewer[0].cases.begin(), fewer[0].cases.end(), first[0].cases.begin()));
}

TEST(DipSample, EveryContactIsAsLikelyToBeDrawnAsAnother) {
  // 2 of 10, over 2,000 seeds: each contact is drawn 400 times on average; a fair draw keeps
  // every one within 400 ± 80 (more than four standard deviations, sd ≈ 17.9).
  std::vector<SampleCandidate> ten;
  for (std::int64_t id = 1; id <= 10; ++id) ten.push_back({{id, 7}, "all"});
  std::map<std::int64_t, int> drawn;
  for (std::uint64_t seed = 1; seed <= 2000; ++seed) {
    const auto sample = DrawDipSample(ten, {{"all", 2}}, seed);
    for (const auto& drawn_case : sample[0].cases) ++drawn[drawn_case.contact_id];
  }
  ASSERT_EQ(drawn.size(), 10u);
  for (const auto& [id, times] : drawn) {
    EXPECT_GT(times, 320) << id;
    EXPECT_LT(times, 480) << id;
  }
}

}  // namespace
}  // namespace frontdoor::domain
