// tests/domain/merkle_tree_test.cpp — the Merkle tree against RFC 6962's published test vectors,
// and every inclusion and consistency proof of trees up to 40 leaves, whole and tampered with.
#include "domain/merkle_tree.hpp"

#include <gtest/gtest.h>

#include <map>
#include <stdexcept>

namespace frontdoor::domain {
namespace {

// The leaves of the Certificate Transparency reference tree (RFC 6962's test data), in hex.
const char* const kReferenceLeaves[] = {"",
                                        "00",
                                        "10",
                                        "2021",
                                        "3031",
                                        "40414243",
                                        "5051525354555657",
                                        "606162636465666768696a6b6c6d6e6f"};
// Its roots for 0 to 8 leaves.
const char* const kReferenceRoots[] = {
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

std::string Bytes(std::string_view hex) {
  std::string bytes;
  for (std::size_t at = 0; at < hex.size(); at += 2) {
    bytes += static_cast<char>(std::stoi(std::string(hex.substr(at, 2)), nullptr, 16));
  }
  return bytes;
}

//! A tree grown one leaf at a time, keeping the subtrees its right edge completes, as the log does.
struct GrownTree {
  MerkleRightEdge edge;
  std::map<std::pair<int, std::int64_t>, MerkleHash> kept;

  void Add(std::string_view data) {
    for (const MerkleNode& node : edge.Append(MerkleLeafHash(data))) {
      kept[{node.level, node.index}] = node.hash;
    }
  }
  MerkleNodeLookup Lookup() const {
    return [this](int level, std::int64_t index) {
      const auto found = kept.find({level, index});
      if (found == kept.end()) throw std::out_of_range("subtree not kept");
      return found->second;
    };
  }
};

GrownTree Reference() {
  GrownTree tree;
  for (const char* leaf : kReferenceLeaves) tree.Add(Bytes(leaf));
  return tree;
}

GrownTree Numbered(int leaves) {
  GrownTree tree;
  for (int leaf = 0; leaf < leaves; ++leaf) tree.Add("entry " + std::to_string(leaf));
  return tree;
}

TEST(MerkleTree, RootsMatchTheReferenceTreeAtEverySize) {
  const GrownTree tree = Reference();
  for (int size = 0; size <= 8; ++size) {
    EXPECT_EQ(HexOf(MerkleRoot(size, tree.Lookup())), kReferenceRoots[size]) << size;
  }
  EXPECT_EQ(HexOf(tree.edge.Root()), kReferenceRoots[8]);
}

TEST(MerkleTree, TheFirstLeafsProofMatchesTheReference) {
  const GrownTree tree = Reference();
  const auto proof = MerkleInclusionProof(0, 8, tree.Lookup());
  ASSERT_EQ(proof.size(), 3u);
  EXPECT_EQ(HexOf(proof[0]), "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7");
  EXPECT_EQ(HexOf(proof[1]), "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e");
  EXPECT_EQ(HexOf(proof[2]), "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
}

TEST(MerkleTree, AnEdgeReadBackFromKeptSubtreesGrowsAsTheOriginalDoes) {
  GrownTree tree = Numbered(21);
  MerkleRightEdge resumed = MerkleRightEdge::Of(21, tree.Lookup());
  EXPECT_EQ(resumed.Root(), tree.edge.Root());
  for (int leaf = 21; leaf < 40; ++leaf) {
    const std::string data = "entry " + std::to_string(leaf);
    tree.Add(data);
    resumed.Append(MerkleLeafHash(data));
    EXPECT_EQ(resumed.Root(), tree.edge.Root()) << leaf;
    EXPECT_EQ(resumed.Root(), MerkleRoot(leaf + 1, tree.Lookup())) << leaf;
  }
}

TEST(MerkleTree, EveryLeafIsProvedInEveryTreeAndAChangedProofFails) {
  const GrownTree tree = Numbered(40);
  for (std::int64_t size = 1; size <= 40; ++size) {
    const MerkleHash root = MerkleRoot(size, tree.Lookup());
    for (std::int64_t index = 0; index < size; ++index) {
      const MerkleHash leaf = MerkleLeafHash("entry " + std::to_string(index));
      const auto proof = MerkleInclusionProof(index, size, tree.Lookup());
      ASSERT_TRUE(VerifyMerkleInclusion(index, size, leaf, proof, root)) << index << " of " << size;
      EXPECT_FALSE(VerifyMerkleInclusion(index, size, MerkleLeafHash("edited"), proof, root));
      if (size > 1) {
        EXPECT_FALSE(VerifyMerkleInclusion((index + 1) % size, size, leaf, proof, root));
        auto changed = proof;
        changed.back()[0] ^= 1;
        EXPECT_FALSE(VerifyMerkleInclusion(index, size, leaf, changed, root));
      }
      if (size < 40) {
        // The same proof against the next tree's root, as if the tree had one more leaf.
        EXPECT_FALSE(VerifyMerkleInclusion(index, size + 1, leaf, proof,
                                           MerkleRoot(size + 1, tree.Lookup())))
            << index << " of " << size;
      }
    }
  }
}

TEST(MerkleTree, EveryLaterTreeIsProvedToExtendEveryEarlierOneAndARewriteIsNot) {
  const GrownTree tree = Numbered(40);
  GrownTree rewritten;
  for (int leaf = 0; leaf < 40; ++leaf) {
    rewritten.Add(leaf == 3 ? std::string("rewritten") : "entry " + std::to_string(leaf));
  }
  for (std::int64_t old_size = 0; old_size <= 40; ++old_size) {
    const MerkleHash old_root = MerkleRoot(old_size, tree.Lookup());
    for (std::int64_t new_size = old_size; new_size <= 40; ++new_size) {
      const MerkleHash new_root = MerkleRoot(new_size, tree.Lookup());
      const auto proof = MerkleConsistencyProof(old_size, new_size, tree.Lookup());
      ASSERT_TRUE(VerifyMerkleConsistency(old_size, new_size, old_root, new_root, proof))
          << old_size << " to " << new_size;
      if (old_size > 3) {
        // A log rewritten at its fourth entry proves nothing about a tree that held the original.
        const auto rewritten_proof = MerkleConsistencyProof(old_size, new_size, rewritten.Lookup());
        EXPECT_FALSE(VerifyMerkleConsistency(old_size, new_size, old_root,
                                             MerkleRoot(new_size, rewritten.Lookup()),
                                             rewritten_proof))
            << old_size << " to " << new_size;
      }
    }
    if (old_size > 1) {
      // Fewer leaves than before: a truncated log can never be shown to extend the old one.
      EXPECT_FALSE(VerifyMerkleConsistency(old_size, old_size - 1, old_root,
                                           MerkleRoot(old_size - 1, tree.Lookup()), {}));
    }
  }
}

TEST(MerkleTree, HashesAreWrittenAndReadAsHex) {
  const MerkleHash hash = MerkleLeafHash("x");
  EXPECT_EQ(MerkleHashFromHex(HexOf(hash)), hash);
  EXPECT_FALSE(MerkleHashFromHex("abc").has_value());
  EXPECT_FALSE(MerkleHashFromHex(std::string(64, 'g')).has_value());
}

}  // namespace
}  // namespace frontdoor::domain
