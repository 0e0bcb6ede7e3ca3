// src/domain/account_rules.cpp — username and agency rules.
#include "domain/account_rules.hpp"

namespace frontdoor::domain {

FieldErrors ValidateUsername(std::string_view username) {
  if (username.size() < 3 || username.size() > 64) {
    return {{"username", "Username must be between 3 and 64 characters"}};
  }
  for (char letter : username) {
    const bool allowed = (letter >= 'a' && letter <= 'z') || (letter >= '0' && letter <= '9') ||
                         letter == '.' || letter == '-' || letter == '_';
    if (!allowed) {
      return {{"username",
               "Username must only contain lower-case letters, numbers, dots, hyphens and "
               "underscores"}};
    }
  }
  return {};
}

FieldErrors ValidateAgency(Role role, std::string_view agency) {
  if (role == Role::kPartner && agency.empty()) {
    return {{"agency", "Enter the agency a partner works for, like police or health"}};
  }
  if (role != Role::kPartner && !agency.empty()) {
    return {{"agency", "Only partner agency accounts have an agency"}};
  }
  if (agency.size() > 64) return {{"agency", "Agency must be 64 characters or fewer"}};
  return {};
}

bool MayBeAllocatedWork(const User& user) {
  return !user.disabled && (user.role == Role::kPractitioner || user.role == Role::kManager);
}

}  // namespace frontdoor::domain
