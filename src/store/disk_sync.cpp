// src/store/disk_sync.cpp — files and the folders that name them synced to disk.
#include "store/disk_sync.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "store/store.hpp"

namespace frontdoor::store {

void SyncToDisk(const std::string& path) {
  const int file = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (file < 0) throw StoreError("cannot open " + path + ": " + std::strerror(errno));
  const bool synced = ::fsync(file) == 0;
  const int sync_error = errno;
  ::close(file);
  if (!synced) throw StoreError("cannot sync " + path + ": " + std::strerror(sync_error));
}

void SyncFolderOf(const std::string& path) {
  const auto folder = std::filesystem::path(path).parent_path();
  SyncToDisk(folder.empty() ? "." : folder.string());
}

}  // namespace frontdoor::store
