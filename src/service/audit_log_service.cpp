// src/service/audit_log_service.cpp — sequencing, verifying and proving the access audit's log.
#include "service/audit_log_service.hpp"

#include <chrono>
#include <thread>

namespace frontdoor::service {

namespace {

domain::MerkleNodeLookup NodesOf(store::Records& records) {
  return
      [&records](int level, std::int64_t number) { return records.audit_log.Node(level, number); };
}

}  // namespace

SequencedLog AuditLogService::Sequence(int limit) {
  const auto now = clock_.Now();
  return store_.WriteResult([&](store::Records& records) {
    records.audit_log.HoldForSequencing();
    SequencedLog sequenced{0, records.audit_log.Head()};
    auto waiting = records.audit.Waiting(limit);
    if (waiting.empty()) return sequenced;
    auto edge = domain::MerkleRightEdge::Of(sequenced.head.size, NodesOf(records));
    std::vector<domain::MerkleNode> completed;
    for (domain::AuditEntry& entry : waiting) {
      entry.position = edge.Size();
      for (const auto& node :
           edge.Append(domain::MerkleLeafHash(domain::CanonicalAuditText(entry))))
        completed.push_back(node);
    }
    records.audit.Place(waiting);
    records.audit_log.Keep(completed);
    domain::AuditLogHead& head = sequenced.head;
    head.size = edge.Size();
    head.root = edge.Root();
    head.at = now;
    head.checkpoint =
        key_ ? domain::SignCheckpoint({key_->verifier.name, head.size, head.root}, *key_) : "";
    records.audit_log.SetHead(head);
    sequenced.added = std::int64_t(waiting.size());
    return sequenced;
  });
}

domain::AuditLogHead AuditLogService::Head() {
  return store_.ReadResult([](store::Records& records) { return records.audit_log.Head(); });
}

domain::AuditLogHead AuditLogService::SequenceAll() {
  constexpr int kBatch = 5000;
  for (;;) {
    const SequencedLog sequenced = Sequence(kBatch);
    if (sequenced.added < kBatch) return sequenced.head;
  }
}

domain::AuditVerification AuditLogService::Verify(
    const std::optional<domain::AuditCheckpoint>& trusted) {
  constexpr int kBatch = 5000;
  // The head first: entries the sequencer adds while this reads lie beyond it. Read with it, the
  // entries already placed: more of them than the head counts means the head was removed or
  // rolled back (fewer means entries were removed, which the walk below names).
  // A sequencer committing between the two reads makes them differ for a moment: read again.
  std::pair<domain::AuditLogHead, std::int64_t> read;
  for (int attempt = 0; attempt < 5; ++attempt) {
    if (attempt > 0) std::this_thread::sleep_for(std::chrono::milliseconds(200));
    read = store_.ReadResult([](store::Records& records) {
      return std::pair(records.audit_log.Head(), records.audit.PlacedCount());
    });
    if (read.second <= read.first.size) break;
  }
  const auto& [head, placed] = read;
  domain::AuditLogVerifier verifier(trusted);
  if (placed > head.size) {
    domain::AuditVerification wrong = verifier.Finish(head);
    wrong.ok = false;
    wrong.problem = std::to_string(placed) +
                    " entries have places in the log and its head counts " +
                    std::to_string(head.size) + ": the head was removed or rolled back";
    return wrong;
  }
  for (std::int64_t from = 0; from < head.size;) {
    const auto batch = store_.ReadResult(
        [&](store::Records& records) { return records.audit.InLog(from, kBatch); });
    for (const auto& [entry, kept_leaf] : batch) {
      if (entry.position >= head.size) break;
      if (!verifier.Next(entry, kept_leaf)) return verifier.Finish(head);
    }
    if (int(batch.size()) < kBatch) break;
    from = batch.back().first.position.value() + 1;
  }
  domain::AuditVerification result = verifier.Finish(head);
  result.waiting =
      store_.ReadResult([](store::Records& records) { return records.audit.WaitingCount(); });
  if (result.ok && trusted) {
    // The RFC 9162 proof a monitor holding only the checkpoint would ask for, from kept subtrees.
    const auto proof = store_.ReadResult([&](store::Records& records) {
      return domain::MerkleConsistencyProof(trusted->size, head.size, NodesOf(records));
    });
    result.consistency_proof = proof.size();
    if (!domain::VerifyMerkleConsistency(trusted->size, head.size, trusted->root, head.root,
                                         proof)) {
      result.ok = false;
      result.extends.reset();
      result.problem =
          "the subtrees the log keeps do not prove its head extends the signed checkpoint";
    }
  }
  return result;
}

std::variant<AuditInclusionProof, std::string> AuditLogService::Prove(std::int64_t sequence) {
  return store_.ReadResult(
      [&](store::Records& records) -> std::variant<AuditInclusionProof, std::string> {
        AuditInclusionProof proof;
        auto entry = records.audit.Find(sequence);
        if (!entry) return "there is no entry " + std::to_string(sequence);
        proof.entry = *entry;
        proof.head = records.audit_log.Head();
        if (!entry->position || *entry->position >= proof.head.size) {
          return "entry " + std::to_string(sequence) +
                 " is not in the log yet: the sequencer adds entries within a second or two";
        }
        proof.leaf = domain::MerkleLeafHash(domain::CanonicalAuditText(*entry));
        proof.path =
            domain::MerkleInclusionProof(*entry->position, proof.head.size, NodesOf(records));
        proof.holds = domain::VerifyMerkleInclusion(*entry->position, proof.head.size, proof.leaf,
                                                    proof.path, proof.head.root);
        return proof;
      });
}

}  // namespace frontdoor::service
