// src/domain/cin_census.hpp — the Children in Need census: the census year, which referrals it
// counts and each child's XML (structure and codes as domain.md gives them).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/case_steps.hpp"
#include "domain/clock.hpp"
#include "domain/person.hpp"
#include "domain/working_days.hpp"

namespace frontdoor::domain {

//! A census year, 1 April to 31 March ("2025-26").
struct CensusYear {
  int start_year = 0;  //!< 2025 for 2025-26
  Date first;          //!< 1 April
  Date last;           //!< 31 March: the census's reference date

  std::string Label() const;
};

//! The first census year frontdoor reads and writes: 2019-20.
inline constexpr int kFirstCensusYear = 2019;
//! The first census year with Sex (M, F, U); the years before gave GenderCurrent (1, 2, 0).
inline constexpr int kFirstSexYear = 2024;
//! The first census year that split assessment factors 18A and 19A in two
//! (kRetiredAssessmentFactors).
inline constexpr int kFirstSplitFactorsYear = 2024;
//! The first census year with the pre-proceedings module (PreProceedingsandFGDM): 2026-27.
inline constexpr int kFirstPreProceedingsYear = 2026;

//! The census year "2025-26"; nullopt for anything else, or a year before 2019-20.
std::optional<CensusYear> ParseCensusYear(std::string_view text);

//! The census years that can be made on `today`: 2019-20 to the one holding it, latest first.
std::vector<CensusYear> CensusYearsUpTo(const Date& today);

//! The element that carries the child's sex in the file of the year starting `start_year`: "Sex"
//! from 2024-25, "GenderCurrent" before.
const char* SexElement(int start_year);

//! True when the file of `year` is shaped as before 2024-25 (sex as GenderCurrent, factors 18A and
//! 19A whole), while its children are checked with 2024-25's rules: the census page says so.
bool HasEarlierStructure(const CensusYear& year);

//! The code the file of the year starting `start_year` gives `sex`: M, F, U from 2024-25;
//! GenderCurrent's 1, 2, 0 before.
std::string_view CensusSexCode(Sex sex, int start_year);

//! True when the referral counts in the year: made on or before its last day and not closed
//! before its first.
bool InCensusYear(const ReferralEpisode& episode, const CensusYear& year);

//! The referral as the census of `year` shows it, on the year's last day: what came after that
//! day is not shown (a closure, an assessment's authorisation and findings, a conference, a plan's
//! end), nor what was over before the year began (an assessment authorised, an enquiry concluded,
//! a plan ended; an enquiry found not to need a conference belongs to the year it started).
//! Pre-proceedings are shown from 2026-27, in the year they began.
//! Whether it was ever acted on, and its first conference by then, come from the whole referral.
ReferralEpisode EpisodeAtYearEnd(const ReferralEpisode& whole, const CensusYear& year);

//! The referral's initial conference as its CINdetails records it: its first, when none of its
//! section 47 enquiries shown holds it (the Department's rule 2884 allows one place, not both).
std::optional<Date> ConferenceWithoutEnquiry(const ReferralEpisode& episode);

//! The child as the census of `year` knows them on its last day: one born after it was then
//! unborn (an expected date of birth, sex not known), and one who died after it was then alive.
Person PersonInCensusYear(const Person& person, const CensusYear& year);

//! Who sends the file.
struct CensusSource {
  std::string local_authority;  //!< the 3-digit LA code ("852")
  std::string software;         //!< "frontdoor"
  std::string release;          //!< the version
  Timestamp made_at;
};

//! NumberOfPreviousCPP for `plan`: how many of the child's child protection plans started before
//! it. Counted from the plans held (`all_episodes`, every referral of the child), unless a census
//! file brought in gave the number for this plan or an earlier one
//! (PlanDates::previous_plans_given): then that number and the plans held since, whichever is more.
int PlansBefore(const PlanDates& plan, const std::vector<ReferralEpisode>& all_episodes);

//! The file's start: the XML declaration, <Message>, its <Header> and <Children>.
std::string CensusHeaderXml(const CensusYear& year, const CensusSource& source);
//! The file's end: </Children></Message>.
std::string CensusFooterXml();

//! One <Child>: identifiers (`la_child_id` the LAchildID: LocalChildId, or the one a census
//! brought in), characteristics and a <CINdetails> for each of `episodes` (those in the year,
//! oldest first). `all_episodes` are all the child's referrals: NumberOfPreviousCPP
//! counts the protection plans in them that started before each plan. The sex is written as the
//! file of the year starting `start_year` gives it (SexElement, CensusSexCode); the default is a
//! year with Sex.
std::string CensusChildXml(const Person& person, std::string_view la_child_id,
                           const std::vector<ReferralEpisode>& episodes,
                           const std::vector<ReferralEpisode>& all_episodes,
                           const WorkingCalendar& calendar, int start_year = kFirstSexYear);

}  // namespace frontdoor::domain
