// src/cli/key_commands.cpp — `frontdoor keys ...`: the access audit's signing key and the two-step
// key changed while the service runs, without a checkpoint or a secret they made left unreadable.
#include <filesystem>
#include <iostream>
#include <string>

#include "cli/commands.hpp"
#include "cli/key_files.hpp"
#include "cli/tools.hpp"
#include "service/audit_log_service.hpp"
#include "service/identity.hpp"
#include "service/sign_in_service.hpp"

namespace frontdoor::cli {

int RunRotateAuditKey(const KeySettings& settings) {
  return WithTools(settings.database, "keys rotate-audit", [&](Tools& tools) {
    const auto old_key = ReadAuditKey(settings.audit_key);
    if (!old_key) {
      std::cerr << "frontdoor keys rotate-audit: there is no signing key at " << settings.audit_key
                << " to change (give --audit-key the server's file)\n";
      return 1;
    }
    // The log is checked under the old key first: the handover must not vouch for a log that was
    // changed behind its back.
    service::AuditLogService log(tools.store, tools.clock, old_key);
    log.SequenceAll();
    const auto verification = log.Verify(std::nullopt);
    if (!verification.ok) {
      std::cerr << "frontdoor keys rotate-audit: the access audit does not verify ("
                << verification.problem << "); the key was not changed\n";
      return 1;
    }
    const auto new_key = ReplaceAuditKey(settings.audit_key, *old_key);
    // The change is recorded in the log, and the handover covers that entry.
    tools.audit.Record(
        service::CommandLineActor(),
        {domain::Action::kChangeKeys, "", domain::AuditOutcome::kAllowed,
         "audit signing key changed from " + domain::FormatKeyId(old_key->verifier.id) + " to " +
             domain::FormatKeyId(new_key.verifier.id)});
    const auto head = log.SequenceAll();
    const std::string handover = *domain::CosignNote(
        domain::SignCheckpoint({old_key->verifier.name, head.size, head.root}, *old_key), new_key);
    if (!settings.checkpoint.empty()) WriteCheckpointFile(settings.checkpoint, handover);
    std::cout << "The access audit's signing key in " << settings.audit_key << " is now "
              << domain::FormatVerifierKey(new_key.verifier) << ".\n"
              << settings.audit_key << ".pub lists it first, then every key the log was signed "
              << "with before, so checkpoints they signed still verify.\n"
              << "Servers sign with the old key until they are restarted: restart each one.\n"
              << "The handover checkpoint, signed by the old key and the new (keep it with your "
              << "other checkpoints):\n\n"
              << handover;
    return 0;
  });
}

int RunRotateTwoStepKey(const KeySettings& settings) {
  try {
    const auto key = AddTwoStepKey(settings.two_step_key);
    std::cout << "A new two-step key " << service::TwoStepKeyId(key) << " is first in "
              << settings.two_step_key
              << ": it seals secrets from each server's next start; the older keys stay to open "
                 "what they sealed.\nRestart every server, then run `frontdoor keys "
                 "reseal-two-step` to seal every secret with the new key and retire the old.\n";
    return 0;
  } catch (const std::exception& failure) {
    std::cerr << "frontdoor keys rotate-two-step: " << failure.what() << "\n";
    return 1;
  }
}

int RunResealTwoStepSecrets(const KeySettings& settings) {
  return WithTools(settings.database, "keys reseal-two-step", [&](Tools& tools) {
    service::TwoStepSettings two_step;
    bool made = false;
    if (!std::filesystem::exists(settings.two_step_key)) {
      std::cerr << "frontdoor keys reseal-two-step: there is no two-step key at "
                << settings.two_step_key << "\n";
      return 1;
    }
    two_step.secret_keys = LoadOrMakeTwoStepKeys(settings.two_step_key, made);
    service::SignInService sign_in(tools.store, tools.clock, {}, two_step, {});
    const auto resealed = sign_in.ResealTwoStepSecrets(service::CommandLineActor());
    std::cout << resealed.sealed.size() << " two-step secrets are now sealed with the key "
              << service::TwoStepKeyId(two_step.secret_keys.front()) << ".\n";
    if (!resealed.unopened.empty()) {
      std::cerr << "frontdoor keys reseal-two-step: no key in " << settings.two_step_key
                << " opens the two-step secret of";
      for (const auto& username : resealed.unopened) std::cerr << " " << username;
      std::cerr << ": the older keys were kept. Find the key that sealed them (in a "
                   "two-step key file or its .retired beside a backup) and run this again with it "
                   "in the file.\n";
      return 1;
    }
    const auto retired = RetireOlderTwoStepKeys(settings.two_step_key);
    if (retired > 0) {
      std::cout << retired << " older key(s) moved to " << settings.two_step_key
                << ".retired: keep that file with the backups made before today, which need "
                   "it, and delete it when they expire.\n";
    }
    return 0;
  });
}

}  // namespace frontdoor::cli
