// src/cli/audit_commands.cpp — `frontdoor audit verify` and `frontdoor audit prove`: the access
// audit's log checked whole (against a signed checkpoint kept elsewhere), and an entry's proof.
#include <iostream>
#include <string>

#include "cli/commands.hpp"
#include "cli/key_files.hpp"
#include "cli/tools.hpp"
#include "service/audit_log_service.hpp"

namespace frontdoor::cli {

namespace {

//! The checkpoint in `settings.checkpoint` when its key signed it; why not otherwise.
std::variant<domain::AuditCheckpoint, std::string> TrustedCheckpoint(
    const AuditSettings& settings) {
  auto opened = OpenSignedCheckpoint(ReadWholeFile(settings.checkpoint), settings.audit_key,
                                     settings.public_key);
  if (const auto* problem = std::get_if<std::string>(&opened)) {
    return "the checkpoint " + settings.checkpoint + " cannot be trusted: " + *problem;
  }
  return opened;
}

}  // namespace

int RunAuditVerify(const AuditSettings& settings) {
  return WithTools(settings.database, "audit verify", [&](Tools& tools) {
    std::optional<domain::AuditCheckpoint> trusted;
    if (!settings.checkpoint.empty()) {
      auto checkpoint = TrustedCheckpoint(settings);
      if (const auto* problem = std::get_if<std::string>(&checkpoint)) {
        std::cerr << "frontdoor audit verify: " << *problem << "\n";
        return 2;
      }
      trusted = std::get<domain::AuditCheckpoint>(checkpoint);
    }
    // With the signing key at hand (on the server), what is waiting is added first and signed.
    const auto key = ReadAuditKey(settings.audit_key);
    service::AuditLogService log(tools.store, tools.clock, key);
    if (key) log.SequenceAll();
    const auto verification = log.Verify(trusted);
    if (!verification.ok) {
      std::cerr << "frontdoor audit verify: the access audit is not as it was written: "
                << verification.problem;
      if (verification.first_bad_sequence > 0) {
        std::cerr << " (entry " << verification.first_bad_sequence << ", after "
                  << verification.entries << " intact entries)";
      }
      std::cerr << ".\n";
      return 1;
    }
    std::cout << "The access audit is intact: " << verification.entries
              << " entries in the log, root " << domain::HexOf(verification.root) << ", and "
              << verification.waiting << " waiting to be added.\n";
    if (verification.extends) {
      std::cout << "It extends the signed checkpoint of " << verification.extends->size
                << " entries in " << settings.checkpoint << " (a consistency proof of "
                << verification.consistency_proof << " hashes holds).\n";
    } else {
      std::cout << "Without a signed checkpoint kept elsewhere (--checkpoint FILE) a log rewritten "
                   "or cut short whole cannot be told from this one.\n";
    }
    return 0;
  });
}

int RunAuditProve(const AuditSettings& settings) {
  return WithTools(settings.database, "audit prove", [&](Tools& tools) {
    service::AuditLogService log(tools.store, tools.clock, ReadAuditKey(settings.audit_key));
    auto proved = log.Prove(settings.entry);
    if (const auto* problem = std::get_if<std::string>(&proved)) {
      std::cerr << "frontdoor audit prove: " << *problem << ".\n";
      return 1;
    }
    const auto& proof = std::get<service::AuditInclusionProof>(proved);
    std::cout << "Entry " << proof.entry.sequence << " (" << proof.entry.action << " by "
              << (proof.entry.username.empty() ? "nobody signed in" : proof.entry.username)
              << ") is at place " << *proof.entry.position << " of the log of " << proof.head.size
              << " entries.\nLeaf hash: " << domain::HexOf(proof.leaf)
              << "\nRoot: " << domain::HexOf(proof.head.root)
              << "\nInclusion proof (RFC 9162), from the leaf up:\n";
    for (const auto& hash : proof.path) std::cout << "  " << domain::HexOf(hash) << "\n";
    std::cout << (proof.holds ? "The proof holds." : "The proof does NOT hold.") << "\n";
    if (!proof.head.checkpoint.empty()) {
      std::cout << "The log's signed checkpoint:\n" << proof.head.checkpoint;
    }
    return proof.holds ? 0 : 1;
  });
}

}  // namespace frontdoor::cli
