// src/domain/merkle_tree.cpp — RFC 9162's Merkle tree hashes, proofs and their verification, made
// from kept perfect subtrees.
#include "domain/merkle_tree.hpp"

#include <sodium.h>

#include <bit>

namespace frontdoor::domain {

namespace {

MerkleHash Sha256Of(unsigned char prefix, std::string_view first, std::string_view second = {}) {
  crypto_hash_sha256_state state;
  crypto_hash_sha256_init(&state);
  crypto_hash_sha256_update(&state, &prefix, 1);
  crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(first.data()),
                            first.size());
  crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(second.data()),
                            second.size());
  MerkleHash digest;
  crypto_hash_sha256_final(&state, digest.data());
  return digest;
}

std::string_view BytesOf(const MerkleHash& hash) {
  return {reinterpret_cast<const char*>(hash.data()), hash.size()};
}

//! The largest power of two below `count` (count >= 2).
std::int64_t SplitOf(std::int64_t count) {
  return std::int64_t{1} << (std::bit_width(static_cast<std::uint64_t>(count - 1)) - 1);
}

//! MTH(D[begin:end]) of RFC 9162, from kept subtrees where the range is one.
MerkleHash RangeHash(std::int64_t begin, std::int64_t end, const MerkleNodeLookup& node) {
  const std::int64_t count = end - begin;
  if (count <= 0) return EmptyMerkleRoot();
  if (std::has_single_bit(static_cast<std::uint64_t>(count)) && begin % count == 0) {
    return node(std::countr_zero(static_cast<std::uint64_t>(count)), begin / count);
  }
  const std::int64_t split = SplitOf(count);
  return MerkleNodeHash(RangeHash(begin, begin + split, node), RangeHash(begin + split, end, node));
}

void InclusionPath(std::int64_t index, std::int64_t begin, std::int64_t end,
                   const MerkleNodeLookup& node, std::vector<MerkleHash>& path) {
  const std::int64_t count = end - begin;
  if (count <= 1) return;
  const std::int64_t split = SplitOf(count);
  if (index < begin + split) {
    InclusionPath(index, begin, begin + split, node, path);
    path.push_back(RangeHash(begin + split, end, node));
  } else {
    InclusionPath(index, begin + split, end, node, path);
    path.push_back(RangeHash(begin, begin + split, node));
  }
}

//! SUBPROOF(m, D[begin:end], whole) of RFC 9162, `old_count` being m.
void ConsistencyPath(std::int64_t old_count, std::int64_t begin, std::int64_t end, bool whole,
                     const MerkleNodeLookup& node, std::vector<MerkleHash>& path) {
  const std::int64_t count = end - begin;
  if (old_count == count) {
    if (!whole) path.push_back(RangeHash(begin, end, node));
    return;
  }
  const std::int64_t split = SplitOf(count);
  if (old_count <= split) {
    ConsistencyPath(old_count, begin, begin + split, whole, node, path);
    path.push_back(RangeHash(begin + split, end, node));
  } else {
    ConsistencyPath(old_count - split, begin + split, end, false, node, path);
    path.push_back(RangeHash(begin, begin + split, node));
  }
}

//! Shifts both numbers right until the first's lowest bit is set or it is 0.
void ShiftToSetBit(std::int64_t& first, std::int64_t& second) {
  while ((first & 1) == 0 && first != 0) {
    first >>= 1;
    second >>= 1;
  }
}

}  // namespace

MerkleHash MerkleLeafHash(std::string_view data) {
  return Sha256Of(0x00, data);
}

MerkleHash MerkleNodeHash(const MerkleHash& left, const MerkleHash& right) {
  return Sha256Of(0x01, BytesOf(left), BytesOf(right));
}

MerkleHash EmptyMerkleRoot() {
  MerkleHash digest;
  crypto_hash_sha256(digest.data(), nullptr, 0);
  return digest;
}

std::string HexOf(const MerkleHash& hash) {
  char hex[65];
  sodium_bin2hex(hex, sizeof(hex), hash.data(), hash.size());
  return hex;
}

std::optional<MerkleHash> MerkleHashFromHex(std::string_view hex) {
  MerkleHash hash;
  std::size_t length = 0;
  const char* end = nullptr;
  if (hex.size() != 64 ||
      sodium_hex2bin(hash.data(), hash.size(), hex.data(), hex.size(), nullptr, &length, &end) !=
          0 ||
      length != hash.size() || end != hex.data() + hex.size()) {
    return std::nullopt;
  }
  return hash;
}

MerkleRightEdge MerkleRightEdge::Of(std::int64_t size, const MerkleNodeLookup& node) {
  MerkleRightEdge edge;
  edge.size_ = size;
  for (int level = 62; level >= 0; --level) {
    if (size & (std::int64_t{1} << level)) {
      edge.subtrees_.push_back(node(level, (size >> level) - 1));
    }
  }
  return edge;
}

std::vector<MerkleNode> MerkleRightEdge::Append(const MerkleHash& leaf) {
  std::vector<MerkleNode> completed{{0, size_, leaf}};
  MerkleHash hash = leaf;
  int level = 0;
  std::int64_t index = size_;
  for (std::int64_t below = size_; below & 1; below >>= 1) {
    hash = MerkleNodeHash(subtrees_.back(), hash);
    subtrees_.pop_back();
    ++level;
    index >>= 1;
    completed.push_back({level, index, hash});
  }
  subtrees_.push_back(hash);
  ++size_;
  return completed;
}

MerkleHash MerkleRightEdge::Root() const {
  if (subtrees_.empty()) return EmptyMerkleRoot();
  MerkleHash root = subtrees_.back();
  for (auto subtree = subtrees_.rbegin() + 1; subtree != subtrees_.rend(); ++subtree) {
    root = MerkleNodeHash(*subtree, root);
  }
  return root;
}

MerkleHash MerkleRoot(std::int64_t size, const MerkleNodeLookup& node) {
  return RangeHash(0, size, node);
}

std::vector<MerkleHash> MerkleInclusionProof(std::int64_t index, std::int64_t size,
                                             const MerkleNodeLookup& node) {
  std::vector<MerkleHash> path;
  if (index >= 0 && index < size) InclusionPath(index, 0, size, node, path);
  return path;
}

std::vector<MerkleHash> MerkleConsistencyProof(std::int64_t old_size, std::int64_t new_size,
                                               const MerkleNodeLookup& node) {
  std::vector<MerkleHash> path;
  if (old_size > 0 && old_size < new_size) ConsistencyPath(old_size, 0, new_size, true, node, path);
  return path;
}

bool VerifyMerkleInclusion(std::int64_t index, std::int64_t size, const MerkleHash& leaf,
                           const std::vector<MerkleHash>& proof, const MerkleHash& root) {
  if (index < 0 || index >= size) return false;
  std::int64_t first = index;
  std::int64_t last = size - 1;
  MerkleHash hash = leaf;
  for (const MerkleHash& sibling : proof) {
    if (last == 0) return false;
    if ((first & 1) || first == last) {
      hash = MerkleNodeHash(sibling, hash);
      ShiftToSetBit(first, last);
    } else {
      hash = MerkleNodeHash(hash, sibling);
    }
    first >>= 1;
    last >>= 1;
  }
  return last == 0 && hash == root;
}

bool VerifyMerkleConsistency(std::int64_t old_size, std::int64_t new_size,
                             const MerkleHash& old_root, const MerkleHash& new_root,
                             const std::vector<MerkleHash>& proof) {
  if (old_size < 0 || old_size > new_size) return false;
  if (old_size == new_size) return proof.empty() && old_root == new_root;
  if (old_size == 0) return proof.empty();
  if (proof.empty()) return false;
  std::vector<MerkleHash> path = proof;
  if (std::has_single_bit(static_cast<std::uint64_t>(old_size)))
    path.insert(path.begin(), old_root);
  std::int64_t first = old_size - 1;
  std::int64_t last = new_size - 1;
  while (first & 1) {
    first >>= 1;
    last >>= 1;
  }
  MerkleHash old_hash = path.front();
  MerkleHash new_hash = path.front();
  for (auto step = path.begin() + 1; step != path.end(); ++step) {
    if (last == 0) return false;
    if ((first & 1) || first == last) {
      old_hash = MerkleNodeHash(*step, old_hash);
      new_hash = MerkleNodeHash(*step, new_hash);
      ShiftToSetBit(first, last);
    } else {
      new_hash = MerkleNodeHash(new_hash, *step);
    }
    first >>= 1;
    last >>= 1;
  }
  return last == 0 && old_hash == old_root && new_hash == new_root;
}

}  // namespace frontdoor::domain
