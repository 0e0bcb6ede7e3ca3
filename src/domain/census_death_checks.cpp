// src/domain/census_death_checks.cpp — the census pre-flight's rules on a child's date of death:
// nothing of theirs starts or ends after it, it is in the year and not before their birth, and a
// case closed because the child died has one.
#include "domain/census_findings.hpp"

namespace frontdoor::domain {

namespace {

// The Department's numbers for the rules checked here.
namespace rule {
constexpr const char* kDeathBeforeBirth = "8535Q";          // died before born, or no birth date
constexpr const char* kDeathOutsideYear = "8545Q";          // date of death not in the year
constexpr const char* kReferredAfterDeath = "8555Q";        // referral after the date of death
constexpr const char* kDiedWithoutDate = "8585Q";           // closed RC2 (died), no date of death
constexpr const char* kNeedPlanStartsAfter = "4008";        // CIN plan starts after death
constexpr const char* kNeedPlanEndsAfter = "4009Q";         // CIN plan ends after death
constexpr const char* kProtectionPlanStartsAfter = "8915";  // CPP starts after death
constexpr const char* kProtectionPlanEndsAfter = "8920";    // CPP ends after death
}  // namespace rule

// A plan of `kind` that starts or ends after the child died.
void CheckPlansAgainst(CensusFindings& found, const Date& died, const ReferralEpisode& episode,
                       const std::vector<PlanDates>& plans, bool protection) {
  const std::string kind = protection ? "child protection plan" : "child in need plan";
  for (const auto& plan : plans) {
    if (plan.start > died) {
      found.Add(protection ? rule::kProtectionPlanStartsAfter : rule::kNeedPlanStartsAfter,
                protection ? "CPPstartDate" : "CINPlanStartDate",
                "A " + kind + " starts after the child's date of death", episode.contact_id);
    }
    if (!plan.end || *plan.end <= died) continue;
    if (protection)
      found.Add(rule::kProtectionPlanEndsAfter, "CPPendDate",
                "A child protection plan ends after the child's date of death", episode.contact_id);
    else
      found.Query(rule::kNeedPlanEndsAfter, "CINPlanEndDate",
                  "A child in need plan ends after the child's date of death", episode.contact_id);
  }
}

}  // namespace

void CheckAgainstDateOfDeath(CensusFindings& found,
                             const std::vector<const ReferralEpisode*>& episodes) {
  const Person& person = found.person;
  const auto& died = person.date_of_death;
  for (const auto* episode : episodes) {
    if (!died && episode->closure_reason == "RC2")
      found.Query(rule::kDiedWithoutDate, "PersonDeathDate",
                  "The case closed because the child died, but no date of death is recorded",
                  episode->contact_id);
    if (!died) continue;
    if (episode->referral_date > *died)
      found.Query(rule::kReferredAfterDeath, "CINreferralDate",
                  "The referral is after the child's date of death", episode->contact_id);
    CheckPlansAgainst(found, *died, *episode, episode->need_plans, false);
    CheckPlansAgainst(found, *died, *episode, episode->protection_plans, true);
  }
  if (!died) return;
  // A baby who died before birth has an expected date of birth on or after the death.
  const bool died_unborn = person.expected_date_of_birth && *person.expected_date_of_birth >= *died;
  if (!died_unborn && (!person.date_of_birth || *person.date_of_birth > *died))
    found.Query(rule::kDeathBeforeBirth, "PersonDeathDate",
                "The child's date of death is before their date of birth, or no date of birth is "
                "recorded");
  const CensusYear& year = found.check.year;
  if (*died < year.first || *died > year.last)
    found.Query(rule::kDeathOutsideYear, "PersonDeathDate",
                "The child's date of death is not in the census year");
}

}  // namespace frontdoor::domain
