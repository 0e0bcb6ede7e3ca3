// src/domain/reading_volume.cpp — ordering accounts by the people's records they used, and marking
// those that stand out.
#include "domain/reading_volume.hpp"

#include <algorithm>

namespace frontdoor::domain {

void MarkUnusualReading(std::vector<ReadingVolume>& volumes) {
  std::sort(volumes.begin(), volumes.end(), [](const ReadingVolume& a, const ReadingVolume& b) {
    return a.people != b.people ? a.people > b.people : a.username < b.username;
  });
  if (volumes.empty()) return;
  // Sorted from most to fewest: the median is the middle one, or the mean of the middle two.
  const std::size_t count = volumes.size();
  const std::int64_t twice_median = count % 2 == 1
                                        ? 2 * volumes[count / 2].people
                                        : volumes[count / 2 - 1].people + volumes[count / 2].people;
  for (auto& volume : volumes) {
    volume.unusual = volume.people >= kUnusualAtLeast &&
                     2 * volume.people > kUnusualTimesTheMiddle * twice_median;
  }
}

std::int64_t NewlyStandingOut(const std::set<std::string>& before,
                              const std::vector<ReadingVolume>& now) {
  return std::count_if(now.begin(), now.end(), [&](const ReadingVolume& volume) {
    return !before.contains(volume.username);
  });
}

}  // namespace frontdoor::domain
