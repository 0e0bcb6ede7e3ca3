// src/cli/children_import.cpp — the last lines of a census or Annex A import.
#include "cli/children_import.hpp"

#include <iostream>

namespace frontdoor::cli {

int EndChildrenImport(const service::ImportTally& total, bool dry_run) {
  std::cout << (dry_run ? "Would bring in: " : "Brought in: ") << total.children << " children ("
            << total.new_children << " new, " << total.matched << " matched, " << total.to_review
            << " for a manager to review, " << total.skipped << " with problems), "
            << total.referrals_added << " referrals with " << total.steps_added
            << " steps after them, " << total.referrals_known << " referrals already here\n";
  if (total.to_review > 0)
    std::cout << "A manager matches the children waiting for review at /imports/reviews\n";
  return total.skipped == 0 ? 0 : 1;
}

}  // namespace frontdoor::cli
