// src/domain/consent.cpp — consent codes and the rules for recording a change.
#include "domain/consent.hpp"

#include <array>
#include <utility>

#include "domain/text.hpp"

namespace frontdoor::domain {

namespace {

constexpr std::array<std::pair<ConsentKind, std::pair<std::string_view, std::string_view>>, 2>
    kKinds{{{ConsentKind::kSharing, {"sharing", "Consent to share information"}},
            {ConsentKind::kServices, {"services", "Consent to services"}}}};

constexpr std::array<std::pair<ConsentStatus, std::pair<std::string_view, std::string_view>>, 5>
    kStatuses{{{ConsentStatus::kNotYetSought, {"not_yet_sought", "Not yet asked"}},
               {ConsentStatus::kGiven, {"given", "Given"}},
               {ConsentStatus::kRefused, {"refused", "Refused"}},
               {ConsentStatus::kNotSoughtRisk,
                {"not_sought_risk",
                 "Not asked, because asking would increase the risk of significant harm"}},
               {ConsentStatus::kWithdrawn, {"withdrawn", "Withdrawn"}}}};

template <typename Table, typename Value>
std::pair<std::string_view, std::string_view> Find(const Table& table, Value value) {
  for (const auto& [key, names] : table)
    if (key == value) return names;
  return {"", ""};
}

template <typename Table>
auto Parse(const Table& table, std::string_view code)
    -> std::optional<typename Table::value_type::first_type> {
  for (const auto& [key, names] : table)
    if (names.first == code) return key;
  return std::nullopt;
}

constexpr size_t kShortTextMax = 200;

}  // namespace

std::string_view ConsentKindCode(ConsentKind kind) {
  return Find(kKinds, kind).first;
}
std::string_view ConsentKindName(ConsentKind kind) {
  return Find(kKinds, kind).second;
}
std::optional<ConsentKind> ParseConsentKind(std::string_view code) {
  return Parse(kKinds, code);
}
std::string_view ConsentStatusCode(ConsentStatus status) {
  return Find(kStatuses, status).first;
}
std::string_view ConsentStatusName(ConsentStatus status) {
  return Find(kStatuses, status).second;
}
std::optional<ConsentStatus> ParseConsentStatus(std::string_view code) {
  return Parse(kStatuses, code);
}

FieldErrors ValidateConsent(const ConsentDraft& draft, Role role, ConsentStatus current,
                            ConsentRecord& record) {
  FieldErrors errors;
  const auto kind = ParseConsentKind(draft.kind);
  if (!kind) errors.push_back({"kind", "Choose whether this is consent to share or to services"});
  const auto status = ParseConsentStatus(draft.status);
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
    if (role != Role::kManager)
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
