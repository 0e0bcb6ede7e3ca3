// src/domain/merkle_tree.hpp — the Merkle tree of RFC 9162 (Certificate Transparency): leaf and
// node hashes, a growing tree's right edge, tree roots, inclusion and consistency proofs and their
// verification. The access audit's log is one such tree.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace frontdoor::domain {

//! A SHA-256 digest.
using MerkleHash = std::array<unsigned char, 32>;

//! SHA-256(0x00 || data): the hash of one entry.
MerkleHash MerkleLeafHash(std::string_view data);
//! SHA-256(0x01 || left || right): the hash of two subtrees.
MerkleHash MerkleNodeHash(const MerkleHash& left, const MerkleHash& right);
//! The root of the tree with no leaves: SHA-256 of nothing.
MerkleHash EmptyMerkleRoot();

//! 64 lowercase hex digits.
std::string HexOf(const MerkleHash& hash);
//! The hash written as 64 hex digits, or nothing when it is not one.
std::optional<MerkleHash> MerkleHashFromHex(std::string_view hex);

//! A perfect subtree: the 2^level leaves from leaf index * 2^level. Once complete it never
//! changes, so it is kept; every root and proof is made from kept subtrees.
struct MerkleNode {
  int level = 0;
  std::int64_t index = 0;
  MerkleHash hash{};
};

//! The hash of a kept perfect subtree. Throws when it is not kept.
using MerkleNodeLookup = std::function<MerkleHash(int level, std::int64_t index)>;

//! The right edge of a growing tree: one perfect subtree for each binary digit of its size.
class MerkleRightEdge {
 public:
  //! The edge of the tree of `size` leaves, from its kept subtrees.
  static MerkleRightEdge Of(std::int64_t size, const MerkleNodeLookup& node);

  //! Adds a leaf; answers the perfect subtrees it completes (the leaf first), to be kept.
  std::vector<MerkleNode> Append(const MerkleHash& leaf);
  std::int64_t Size() const { return size_; }
  //! The root of the whole tree so far.
  MerkleHash Root() const;

 private:
  std::int64_t size_ = 0;
  std::vector<MerkleHash> subtrees_;  //!< largest (leftmost) first
};

//! The root of the first `size` leaves.
MerkleHash MerkleRoot(std::int64_t size, const MerkleNodeLookup& node);
//! The hashes that prove leaf `index` is in the tree of `size` leaves (RFC 9162, 2.1.3.1).
std::vector<MerkleHash> MerkleInclusionProof(std::int64_t index, std::int64_t size,
                                             const MerkleNodeLookup& node);
//! The hashes that prove the tree of `new_size` leaves extends that of `old_size`, keeping every
//! leaf it had in place (RFC 9162, 2.1.4.1).
std::vector<MerkleHash> MerkleConsistencyProof(std::int64_t old_size, std::int64_t new_size,
                                               const MerkleNodeLookup& node);

//! Whether `proof` shows `leaf` at `index` in the tree of `size` leaves whose root is `root`.
bool VerifyMerkleInclusion(std::int64_t index, std::int64_t size, const MerkleHash& leaf,
                           const std::vector<MerkleHash>& proof, const MerkleHash& root);
//! Whether `proof` shows the tree (`new_size`, `new_root`) extends (`old_size`, `old_root`).
bool VerifyMerkleConsistency(std::int64_t old_size, std::int64_t new_size,
                             const MerkleHash& old_root, const MerkleHash& new_root,
                             const std::vector<MerkleHash>& proof);

}  // namespace frontdoor::domain
