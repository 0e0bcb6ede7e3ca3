// src/domain/access_audit.cpp — canonical text, sealing and verification of the access audit chain.
#include "domain/access_audit.hpp"

#include "domain/text.hpp"
#include "domain/timestamp.hpp"

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
  Append(text, entry.previous_hash);
  return text;
}

void SealAuditEntry(AuditEntry& entry, const std::optional<AuditEntry>& previous,
                    const Hasher& hash) {
  entry.sequence = previous ? previous->sequence + 1 : 1;
  entry.previous_hash = previous ? previous->hash : "";
  entry.hash = hash(CanonicalAuditText(entry));
}

bool AuditChainVerifier::Next(const AuditEntry& entry) {
  if (!result_.ok) return false;
  const auto fail = [&](std::string problem) {
    result_.ok = false;
    result_.first_bad_sequence = entry.sequence;
    result_.problem = std::move(problem);
    return false;
  };
  const std::int64_t expected_sequence = last_sequence_ + 1;
  if (entry.sequence != expected_sequence) {
    return fail("expected entry " + std::to_string(expected_sequence) + " here, found entry " +
                std::to_string(entry.sequence) + ": entries were removed or reordered");
  }
  if (entry.previous_hash != result_.head_hash) {
    return fail(
        "its link to the entry before does not match: an entry was removed, reordered or edited");
  }
  if (entry.hash != hash_(CanonicalAuditText(entry))) {
    return fail("its contents do not match its hash: the entry was edited");
  }
  ++result_.entries;
  last_sequence_ = entry.sequence;
  result_.head_hash = entry.hash;
  return true;
}

AuditVerification VerifyAuditChain(const std::vector<AuditEntry>& entries, const Hasher& hash) {
  AuditChainVerifier verifier(hash);
  for (const AuditEntry& entry : entries) {
    if (!verifier.Next(entry)) break;
  }
  return verifier.Result();
}

}  // namespace frontdoor::domain
