// src/domain/digest.hpp — SHA-256, the one digest frontdoor uses: tokens kept as hashes, the access
// audit's chain and the checksums of applied schema migrations.
#pragma once

#include <string>
#include <string_view>

namespace frontdoor::domain {

//! SHA-256 of the bytes, as 64 lowercase hex digits.
std::string Sha256Hex(std::string_view bytes);

//! SHA-256 of bytes given in parts (a file as it is read).
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;
  void Add(std::string_view bytes);
  //! The digest of everything added, as 64 lowercase hex digits.
  std::string Hex();

 private:
  struct State;
  State* state_;
};

}  // namespace frontdoor::domain
