// tests/domain/password_policy_test.cpp — length, the common-password list and obvious patterns; no
// composition rules; and the other account rules (username, agency, name and job title).
#include "domain/password_policy.hpp"

#include <gtest/gtest.h>

#include "domain/account_rules.hpp"

namespace frontdoor::domain {
namespace {

const CommonPasswords kCommon =
    CommonPasswords::FromText("# a comment\nPassword1234\n\nqwertyuiop12\n");

TEST(PasswordPolicy, AcceptsALongPhraseWithoutSymbols) {
  EXPECT_TRUE(CheckNewPassword("purple tractor morning", "ann.smith", kCommon).empty());
}

TEST(PasswordPolicy, CountsCharactersNotBytes) {
  EXPECT_TRUE(CheckNewPassword("ééééééééééé", "ann", kCommon).size() == 1);  // 11 characters
  EXPECT_TRUE(CheckNewPassword("éééééé éééééé", "ann", kCommon).empty());
}

TEST(PasswordPolicy, RefusesShortCommonAndPatternedPasswords) {
  EXPECT_EQ(CheckNewPassword("short", "ann", kCommon)[0].message,
            "Password must be 12 characters or more");
  EXPECT_EQ(CheckNewPassword("PASSWORD1234", "ann", kCommon).size(), 1u);  // listed, any case
  EXPECT_EQ(CheckNewPassword("aaaaaaaaaaaaaa", "ann", kCommon).size(), 1u);
  EXPECT_EQ(CheckNewPassword("123456789012", "ann", kCommon).size(), 1u);
  EXPECT_EQ(CheckNewPassword("ann.smith.is.me", "ann.smith", kCommon).size(), 1u);
  EXPECT_EQ(CheckNewPassword(std::string(257, 'x') + "y", "ann", kCommon).size(), 1u);
}

TEST(PasswordPolicy, AChangeOfOnesOwnPasswordNamesTheFieldThatIsWrong) {
  const auto check = [](PasswordChange change) {
    return CheckPasswordChange(change, "ann.smith", kCommon);
  };
  EXPECT_TRUE(
      check({"old secret phrase", "purple tractor morning", "purple tractor morning"}).empty());
  EXPECT_EQ(check({"", "", ""}), (FieldErrors{{"current_password", "Enter your current password"},
                                              {"new_password", "Enter a new password"}}));
  EXPECT_EQ(check({"old secret phrase", "short", "short"}),
            (FieldErrors{{"new_password", "New password must be 12 characters or more"}}));
  EXPECT_EQ(check({"old secret phrase", "ann.smith.is.me", "ann.smith.is.me"})[0].field,
            "new_password");
  EXPECT_EQ(
      check({"purple tractor morning", "purple tractor morning", "purple tractor morning"}),
      (FieldErrors{{"new_password", "New password must not be the same as your current one"}}));
  EXPECT_EQ(check({"old secret phrase", "purple tractor morning", "purple tractor mourning"}),
            (FieldErrors{{"confirm_password", "Type the same new password twice"}}));
}

TEST(PasswordPolicy, TheShippedListLoads) {
  EXPECT_TRUE(kCommon.Contains("qwertyuiop12"));
  EXPECT_EQ(kCommon.Size(), 2u);
}

TEST(AccountRules, UsernamesAndAgencies) {
  EXPECT_TRUE(ValidateUsername("ann.smith-2").empty());
  EXPECT_FALSE(ValidateUsername("Ann").empty());
  EXPECT_FALSE(ValidateUsername("an").empty());
  EXPECT_FALSE(ValidateUsername("ann smith").empty());
  EXPECT_TRUE(ValidateAgency(Role::kPartner, "police").empty());
  EXPECT_FALSE(ValidateAgency(Role::kPartner, "").empty());
  EXPECT_FALSE(ValidateAgency(Role::kManager, "police").empty());
}

TEST(AccountRules, TheLastAdministratorInUseStaysOne) {
  User admin, other, practitioner;
  admin.id = 1;
  admin.role = other.role = Role::kAdmin;
  other.id = 2;
  practitioner.id = 3;
  User demoted = admin;
  demoted.role = Role::kPractitioner;
  User disabled = admin;
  disabled.disabled = true;
  EXPECT_FALSE(LeavesNoAdministrator({admin, other, practitioner}, admin, demoted));
  EXPECT_TRUE(LeavesNoAdministrator({admin, practitioner}, admin, demoted));
  EXPECT_TRUE(LeavesNoAdministrator({admin, practitioner}, admin, disabled));
  other.disabled = true;  // a disabled administrator manages nothing
  EXPECT_TRUE(LeavesNoAdministrator({admin, other}, admin, demoted));
  // Other changes, and changes to others, are not held back.
  EXPECT_FALSE(LeavesNoAdministrator({admin}, admin, admin));
  User promoted = practitioner;
  promoted.role = Role::kManager;
  EXPECT_FALSE(LeavesNoAdministrator({practitioner}, practitioner, promoted));
}

TEST(AccountRules, AnAccountIsSignedWithTheFullNameAndJobTitleOfWhoHoldsIt) {
  EXPECT_TRUE(ValidateNameAndJobTitle("Priya Shah", "Team manager, front door").empty());
  const auto errors = ValidateNameAndJobTitle("  ", std::string(101, 'a'));
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].field, "full_name");
  EXPECT_EQ(errors[1].field, "job_title");
  User user;
  user.username = "p.shah";
  EXPECT_EQ(user.ShownAs(), "p.shah");  // an account made before names were kept
  user.full_name = "Priya Shah";
  user.job_title = "Team manager";
  EXPECT_EQ(user.ShownAs(), "Priya Shah, Team manager");
  const auto names = ShownNames({user});
  EXPECT_EQ(ShownAs(names, "p.shah"), "Priya Shah, Team manager");
  EXPECT_EQ(ShownAs(names, "gone.worker"), "gone.worker");  // no account: the username as kept
}

}  // namespace
}  // namespace frontdoor::domain
