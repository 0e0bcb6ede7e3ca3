// src/store/disk_sync.hpp — files and the folders that name them synced to disk, so a file written
// beside and moved into place is still there after a power cut.
#pragma once

#include <string>

namespace frontdoor::store {

//! Syncs the file or folder at `path` to disk; throws StoreError naming the path when it cannot.
void SyncToDisk(const std::string& path);

//! Syncs the folder holding `path` (the current folder for a bare name), so a file made, linked
//! or renamed there is found after a crash.
void SyncFolderOf(const std::string& path);

}  // namespace frontdoor::store
