// src/domain/access_audit.cpp — the canonical text of an access audit entry, and verification of
// the log they make.
#include "domain/access_audit.hpp"

#include "domain/person.hpp"
#include "domain/text.hpp"
#include "domain/timestamp.hpp"
#include "domain/whole_number.hpp"

namespace frontdoor::domain {

namespace {

void Append(std::string& text, std::string_view field) {
  text += std::to_string(field.size());
  text += ':';
  text += field;
  text += ';';
}

}  // namespace

std::vector<std::string> SplitRecordIds(std::string_view record_ids) {
  return SplitWords(record_ids);
}

std::optional<std::string> ReadAuditRecordId(std::string_view typed) {
  const std::string text = Trim(typed);
  if (const auto person = ParseLocalChildId(text)) return "person:" + std::to_string(*person);
  const auto colon = text.find(':');
  if (colon == std::string::npos || colon == 0) return std::nullopt;
  const std::string kind = Lower(std::string_view(text).substr(0, colon));
  if (kind.find_first_not_of("abcdefghijklmnopqrstuvwxyz_") != std::string::npos)
    return std::nullopt;
  const auto id = WholeNumberIn<std::int64_t>(std::string_view(text).substr(colon + 1));
  if (!id || *id <= 0) return std::nullopt;
  return kind + ":" + std::to_string(*id);
}

std::string CanonicalAuditText(const AuditEntry& entry) {
  std::string text;
  Append(text, std::to_string(entry.sequence));
  Append(text, FormatTimestamp(entry.at));
  Append(text, entry.username);
  Append(text, entry.role);
  Append(text, entry.action);
  Append(text, entry.record_ids);
  Append(text, entry.client_address);
  Append(text, kAuditOutcomes.Code(entry.outcome));
  Append(text, entry.detail);
  return text;
}

bool AuditLogVerifier::Fail(std::int64_t sequence, std::string problem) {
  result_.ok = false;
  result_.first_bad_sequence = sequence;
  result_.problem = std::move(problem);
  return false;
}

bool AuditLogVerifier::Next(const AuditEntry& entry, const std::optional<MerkleHash>& kept_leaf) {
  if (!result_.ok) return false;
  const std::int64_t place = edge_.Size();
  if (entry.position != place) {
    return Fail(entry.sequence, "expected the entry at place " + std::to_string(place) +
                                    " of the log here: entries were removed or reordered");
  }
  const MerkleHash leaf = MerkleLeafHash(CanonicalAuditText(entry));
  if (!kept_leaf) return Fail(entry.sequence, "the log keeps no hash for its place");
  if (*kept_leaf != leaf) {
    return Fail(entry.sequence,
                "its contents do not match the hash the log keeps for it: the "
                "entry was edited");
  }
  edge_.Append(leaf);
  ++result_.entries;
  if (trusted_ && edge_.Size() == trusted_->size && edge_.Root() != trusted_->root) {
    return Fail(0, "the first " + std::to_string(trusted_->size) +
                       " entries do not make the root of the signed checkpoint: entries among "
                       "them were rewritten");
  }
  return true;
}

AuditVerification AuditLogVerifier::Finish(const AuditLogHead& head) {
  result_.root = edge_.Root();
  if (!result_.ok) return result_;
  if (edge_.Size() != head.size) {
    Fail(0, "the log's head counts " + std::to_string(head.size) + " entries and " +
                std::to_string(edge_.Size()) + " are there: entries were removed");
  } else if (edge_.Root() != head.root) {
    Fail(0, "the entries do not make the root of the log's head: the log was rewritten");
  } else if (trusted_ && trusted_->size > head.size) {
    Fail(0, "the log holds " + std::to_string(head.size) + " entries, fewer than the " +
                std::to_string(trusted_->size) + " of the signed checkpoint: it was cut short");
  } else if (trusted_ && trusted_->size == 0 && trusted_->root != EmptyMerkleRoot()) {
    Fail(0, "the signed checkpoint of no entries has the root of some");
  } else if (trusted_) {
    result_.extends = trusted_;
  }
  return result_;
}

}  // namespace frontdoor::domain
