// src/domain/census_findings.hpp — what the census pre-flight's checks share: one child's findings
// (errors and queries, each by the Department's rule number) and the check of the child's own
// record.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "domain/census_checks.hpp"
#include "domain/codes.hpp"

namespace frontdoor::domain {

// One pre-flight's findings about one child in one year.
struct CensusFindings {
  const Person& person;
  std::string_view la_child_id;
  const CensusPreFlight& check;
  std::vector<CensusProblem> problems;

  //! An error: the Department rejects the file.
  void Add(const char* rule, const char* element, std::string message,
           std::int64_t contact_id = 0) {
    problems.push_back({rule, element, std::move(message), person.id, contact_id,
                        std::string(la_child_id), false});
  }
  //! A query: the Department asks why.
  void Query(const char* rule, const char* element, std::string message,
             std::int64_t contact_id = 0) {
    problems.push_back(
        {rule, element, std::move(message), person.id, contact_id, std::string(la_child_id), true});
  }
};

//! True when `code` is in the census code list.
template <std::size_t N>
bool CensusListed(const std::array<Code, N>& list, const std::string& code) {
  return LabelFor(list, code).has_value();
}

//! The child's own record: birth, sex, ethnicity, disabilities, UPN and the file's LAchildID.
void CheckCensusChildRecord(CensusFindings& found, std::string_view la_child_id);

//! The rules on a missing unique pupil number, with the child's referrals in the year as the file
//! shows them: a child over six referred on has a number or a reason (8770Q); "no further
//! action" (UN7) only while no referral went further (8772).
void CheckUpnUnknown(CensusFindings& found, const std::vector<const ReferralEpisode*>& episodes);

//! The year's own rules on one referral as the file shows it: each date in the census year, or
//! (for what is still open) not after it (census_year_checks.cpp).
void CheckYearWindow(CensusFindings& found, const ReferralEpisode& episode);

//! The rules on the referral's pre-proceedings as the file shows them, from 2026-27 (9005 to
//! 9015Q; census_pre_proceedings_checks.cpp).
void CheckPreProceedings(CensusFindings& found, const ReferralEpisode& episode);

//! The rules on the child's date of death, with their referrals in the year as the file shows
//! them (census_death_checks.cpp).
void CheckAgainstDateOfDeath(CensusFindings& found,
                             const std::vector<const ReferralEpisode*>& episodes);

//! Rule 2884: an initial conference recorded for a referral (CINdetails) and for one of the
//! child's section 47 enquiries both.
void CheckConferencesRecordedOnce(CensusFindings& found,
                                  const std::vector<const ReferralEpisode*>& episodes);

}  // namespace frontdoor::domain
