// src/domain/password_policy.cpp — length, block list and a few obvious patterns.
#include "domain/password_policy.hpp"

#include <algorithm>

#include "domain/text.hpp"

namespace frontdoor::domain {

namespace {

// "aaaaaaaaaaaa", "123456789012", "abcdefghijkl": one character, or a run up or down.
bool IsTrivialSequence(std::string_view password) {
  bool same = true, rising = true, falling = true;
  for (size_t char_idx = 1; char_idx < password.size(); ++char_idx) {
    const int step = password[char_idx] - password[char_idx - 1];
    same = same && step == 0;
    rising = rising && (step == 1 || (password[char_idx - 1] == '9' && password[char_idx] == '0'));
    falling = falling && step == -1;
  }
  return same || rising || falling;
}

}  // namespace

CommonPasswords CommonPasswords::FromText(std::string_view text) {
  CommonPasswords list;
  while (!text.empty()) {
    const size_t end = text.find('\n');
    std::string line = Trim(text.substr(0, end));
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    if (!line.empty() && line.front() != '#') list.passwords_.insert(Lower(line));
  }
  return list;
}

bool CommonPasswords::Contains(std::string_view password) const {
  return passwords_.count(Lower(password)) > 0;
}

FieldErrors CheckNewPassword(std::string_view password, std::string_view username,
                             const CommonPasswords& common, const PasswordField& field) {
  const auto problem = [&](const std::string& says) {
    return FieldErrors{{std::string(field.name), std::string(field.label) + says}};
  };
  if (!IsValidUtf8(password) || HasControlCharacters(password)) {
    return problem(" must only contain letters, numbers, symbols and spaces");
  }
  const size_t length = CountCharacters(password);
  if (length < kPasswordMinCharacters) {
    return problem(" must be " + std::to_string(kPasswordMinCharacters) + " characters or more");
  }
  if (length > kPasswordMaxCharacters) {
    return problem(" must be " + std::to_string(kPasswordMaxCharacters) + " characters or fewer");
  }
  const std::string lower = Lower(password);
  if (common.Contains(password) || IsTrivialSequence(password) ||
      (!username.empty() && lower.find(Lower(username)) != std::string::npos)) {
    return problem(
        " is too easy to guess: choose a longer phrase that is not your username or a common "
        "password");
  }
  return {};
}

FieldErrors CheckPasswordChange(const PasswordChange& change, std::string_view username,
                                const CommonPasswords& common) {
  FieldErrors errors;
  if (change.current.empty()) errors.push_back({"current_password", "Enter your current password"});
  if (change.replacement.empty()) {
    errors.push_back({"new_password", "Enter a new password"});
  } else if (auto problems = CheckNewPassword(change.replacement, username, common,
                                              {"new_password", "New password"});
             !problems.empty()) {
    errors.push_back(std::move(problems.front()));
  } else if (change.replacement == change.current) {
    errors.push_back({"new_password", "New password must not be the same as your current one"});
  } else if (change.confirmation != change.replacement) {
    errors.push_back({"confirm_password", "Type the same new password twice"});
  }
  return errors;
}

}  // namespace frontdoor::domain
