// src/cli/file_parts.hpp — reading a file an import brings in a part at a time (a mebibyte each),
// adding each part to its digest, so a file of any size is read in little memory.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "domain/digest.hpp"

namespace frontdoor::cli {

//! Feeds the file at `path` to `feed` a part at a time (`last` true for the final part), adding
//! each part to `digest` when given and calling `after_part` after each; stops when `feed`
//! answers false. False when the file cannot be read or `feed` refused a part.
bool ReadInParts(
    const std::string& path, domain::Sha256* digest,
    const std::function<bool(std::string_view, bool)>& feed,
    const std::function<void()>& after_part = [] {});

}  // namespace frontdoor::cli
