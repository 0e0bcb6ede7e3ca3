// tests/domain/reading_volume_test.cpp — which accounts' use of people's records stands out.
#include "domain/reading_volume.hpp"

#include <gtest/gtest.h>

namespace frontdoor::domain {
namespace {

std::vector<ReadingVolume> Volumes(std::vector<std::pair<std::string, std::int64_t>> people) {
  std::vector<ReadingVolume> volumes;
  for (auto& [username, count] : people) volumes.push_back({username, count, count * 2, false});
  return volumes;
}

std::vector<std::string> Unusual(const std::vector<ReadingVolume>& volumes) {
  std::vector<std::string> usernames;
  for (const auto& volume : volumes) {
    if (volume.unusual) usernames.push_back(volume.username);
  }
  return usernames;
}

TEST(ReadingVolume, MostPeopleComeFirstAndNamesSettleTies) {
  auto volumes = Volumes({{"cara", 4}, {"ann", 9}, {"ben", 4}});
  MarkUnusualReading(volumes);
  ASSERT_EQ(volumes.size(), 3u);
  EXPECT_EQ(volumes[0].username, "ann");
  EXPECT_EQ(volumes[1].username, "ben");
  EXPECT_EQ(volumes[2].username, "cara");
  EXPECT_EQ(volumes[0].entries, 18);
}

TEST(ReadingVolume, MoreThanThreeTimesTheMiddleAccountStandsOut) {
  // The median of 10, 12, 14, 30 and 43 is 14: 43 is more than 42, 30 is not.
  auto volumes = Volumes({{"ann", 12}, {"ben", 43}, {"cara", 14}, {"dan", 10}, {"eve", 30}});
  MarkUnusualReading(volumes);
  EXPECT_EQ(Unusual(volumes), std::vector<std::string>{"ben"});
  // Exactly three times is not more than it.
  volumes = Volumes({{"ann", 12}, {"ben", 42}, {"cara", 14}, {"dan", 10}, {"eve", 30}});
  MarkUnusualReading(volumes);
  EXPECT_TRUE(Unusual(volumes).empty());
}

TEST(ReadingVolume, WithAnEvenNumberOfAccountsTheMiddleIsBetweenTheMiddleTwo) {
  // The median of 8, 10, 12 and 100 is 11: 34 would be more than 33, and 100 is.
  auto volumes = Volumes({{"ann", 8}, {"ben", 10}, {"cara", 12}, {"dan", 100}});
  MarkUnusualReading(volumes);
  EXPECT_EQ(Unusual(volumes), std::vector<std::string>{"dan"});
  volumes = Volumes({{"ann", 8}, {"ben", 10}, {"cara", 12}, {"dan", 33}});
  MarkUnusualReading(volumes);
  EXPECT_TRUE(Unusual(volumes).empty());
}

TEST(ReadingVolume, AHandfulOfRecordsIsNeverUnusual) {
  // Twenty-four against a median of one is many times more, but below the floor of twenty-five.
  auto volumes = Volumes({{"ann", 1}, {"ben", 24}, {"cara", 1}});
  MarkUnusualReading(volumes);
  EXPECT_TRUE(Unusual(volumes).empty());
  volumes = Volumes({{"ann", 1}, {"ben", 25}, {"cara", 1}});
  MarkUnusualReading(volumes);
  EXPECT_EQ(Unusual(volumes), std::vector<std::string>{"ben"});
}

TEST(ReadingVolume, OneAccountAloneHasNothingToStandOutFrom) {
  auto volumes = Volumes({{"ann", 500}});
  MarkUnusualReading(volumes);
  EXPECT_TRUE(Unusual(volumes).empty());
  std::vector<ReadingVolume> none;
  MarkUnusualReading(none);
  EXPECT_TRUE(none.empty());
}

TEST(ReadingVolume, AnAccountThatStartsStandingOutIsNewThoughTheCountStaysTheSame) {
  const auto ann = Volumes({{"ann", 40}});
  EXPECT_EQ(NewlyStandingOut({}, ann), 1);
  EXPECT_EQ(NewlyStandingOut({"ann"}, ann), 0);
  EXPECT_EQ(NewlyStandingOut({"ann"}, Volumes({{"ben", 40}})), 1);
  EXPECT_EQ(NewlyStandingOut({"ann"}, Volumes({{"ann", 40}, {"ben", 30}})), 1);
  EXPECT_EQ(NewlyStandingOut({"ann", "ben"}, {}), 0);
}

}  // namespace
}  // namespace frontdoor::domain
