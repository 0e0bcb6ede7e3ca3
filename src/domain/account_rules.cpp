// src/domain/account_rules.cpp — username, name, job title and agency rules.
#include "domain/account_rules.hpp"

#include <algorithm>

#include "domain/validation.hpp"

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

std::string User::ShownAs() const {
  if (full_name.empty()) return username;
  return job_title.empty() ? full_name : full_name + ", " + job_title;
}

std::map<std::string, std::string> ShownNames(const std::vector<User>& users) {
  std::map<std::string, std::string> names;
  for (const auto& user : users) names[user.username] = user.ShownAs();
  return names;
}

std::string ShownAs(const std::map<std::string, std::string>& shown_names,
                    const std::string& username) {
  const auto found = shown_names.find(username);
  return found == shown_names.end() ? username : found->second;
}

FieldErrors ValidateNameAndJobTitle(const std::string& full_name, const std::string& job_title) {
  FieldErrors errors;
  CheckText(errors, full_name, "full_name", "The full name", 100,
            "Enter the full name of the person who holds the account");
  CheckText(errors, job_title, "job_title", "The job title", 100,
            "Enter their job title, like Team manager, front door");
  return errors;
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

bool LeavesNoAdministrator(const std::vector<User>& others, const User& before, const User& after) {
  const auto administers = [](const User& user) {
    return user.role == Role::kAdmin && !user.disabled;
  };
  if (!administers(before) || administers(after)) return false;
  return std::none_of(others.begin(), others.end(), [&](const User& other) {
    return other.id != before.id && administers(other);
  });
}

}  // namespace frontdoor::domain
