// src/domain/consent.cpp — consent codes and the rules for recording a change.
#include "domain/consent.hpp"

#include <array>
#include <utility>

#include "domain/text.hpp"

namespace frontdoor::domain {

namespace {

constexpr size_t kShortTextMax = 200;

}  // namespace

bool MayRecordConsent(Role role, ConsentStatus status) {
  if (status == ConsentStatus::kNotYetSought) return false;
  return status != ConsentStatus::kNotSoughtRisk || role == Role::kManager;
}

FieldErrors ValidateConsent(const ConsentDraft& draft, Role role, ConsentStatus current,
                            ConsentRecord& record) {
  FieldErrors errors;
  const auto kind = kConsentKinds.Parse(draft.kind);
  if (!kind) errors.push_back({"kind", "Choose whether this is consent to share or to services"});
  const auto status = kConsentStatuses.Parse(draft.status);
  if (!status || *status == ConsentStatus::kNotYetSought) {
    errors.push_back({"status", "Choose given, refused, withdrawn, or not asked because of risk"});
    return errors;
  }
  CheckText(errors, draft.given_by, "given_by", "Who gave consent", kShortTextMax);
  CheckText(errors, draft.how, "how", "How consent was given", kShortTextMax);
  CheckText(errors, draft.reason, "reason", "The reason", kFreeTextMaxCharacters);
  const std::string given_by(Trim(draft.given_by));
  const std::string how(Trim(draft.how));
  const std::string reason(Trim(draft.reason));
  if (*status == ConsentStatus::kNotSoughtRisk) {
    if (!MayRecordConsent(role, *status))
      errors.push_back(
          {"status", "Only a manager can decide not to ask for consent because of the risk"});
    if (CountCharacters(reason) < 20)
      errors.push_back({"reason",
                        "Explain why asking for consent would increase the risk of significant "
                        "harm, in at least 20 characters"});
  } else {
    if (given_by.empty())
      errors.push_back({"given_by", "Enter who gave, refused or withdrew consent"});
    if (how.empty())
      errors.push_back({"how", "Enter how they said so, like by phone or in writing"});
    if (!reason.empty())  // kept nowhere it would be read: refused rather than lost
      errors.push_back({"reason",
                        "Leave the reason for not asking empty: consent was asked, so there is "
                        "none"});
  }
  if (*status == ConsentStatus::kWithdrawn && current != ConsentStatus::kGiven)
    errors.push_back({"status", "Only consent that was given can be withdrawn"});
  if (!errors.empty()) return errors;
  record.kind = *kind;
  record.status = *status;
  record.given_by = given_by;
  record.how = how;
  record.reason = reason;
  return errors;
}

ConsentStatus CurrentConsent(const std::vector<ConsentRecord>& records, ConsentKind kind) {
  ConsentStatus status = ConsentStatus::kNotYetSought;
  for (const auto& record : records)
    if (record.kind == kind) status = record.status;
  return status;
}

bool MaySeekInformation(ConsentStatus sharing) {
  return sharing == ConsentStatus::kGiven || sharing == ConsentStatus::kNotSoughtRisk;
}

}  // namespace frontdoor::domain
