// src/cli/children_import.hpp — how the census and Annex A imports end: what was (or would be)
// brought in, where a manager matches the children waiting, and the exit code.
#pragma once

#include "service/import_service.hpp"

namespace frontdoor::cli {

//! Says what `total` brought in (or, with `dry_run`, would), and where the children waiting for
//! review are matched; answers the exit code: 1 when a child was left out for a problem.
int EndChildrenImport(const service::ImportTally& total, bool dry_run);

}  // namespace frontdoor::cli
