// src/domain/census_checks.hpp — the census pre-flight: each child and their referrals in the year
// checked against the Department's validation rules, each by its number, before the file is sent.
#pragma once

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/case_steps.hpp"
#include "domain/cin_census.hpp"
#include "domain/person.hpp"
#include "domain/working_days.hpp"

namespace frontdoor::domain {

//! A child the Department's rules would reject, or ask about, and why.
struct CensusProblem {
  std::string rule;     //!< the Department's rule number ("8620"; a query's ends in Q: "8670Q")
  std::string element;  //!< the census element it is about ("CINclosureDate")
  std::string message;  //!< what is wrong, in words
  std::int64_t person_id = 0;
  std::int64_t contact_id = 0;  //!< the referral's contact, 0 when about the child
  std::string child_id;         //!< the child's LAchildID in the file
  //! A query: the Department takes the file but asks the council to correct the record or give a
  //! reason. Otherwise an error, which makes it reject the file.
  bool query = false;
  //! About the whole return (rules 2883, 2886Q to 2888Q and 9000Q), not about one child.
  bool AboutWholeReturn() const { return person_id == 0; }
};

//! How many of `problems` are errors (not queries): the file is refused while any remain.
std::size_t CountCensusErrors(const std::vector<CensusProblem>& problems);

//! The year a pre-flight checks, and the clocks its queries run on.
struct CensusPreFlight {
  CensusYear year;
  //! Counts the working days some queries allow: 45 for an assessment, 15 for an enquiry to reach
  //! its conference.
  const WorkingCalendar& calendar;
  //! The day of the check: the clocks run to the year's end, or to today while the year is still
  //! under way (an assessment that may yet finish in time is not asked about).
  Date today;

  Date ClocksEnd() const { return std::min(today, year.last); }
};

//! Every problem the pre-flight finds with one child and their referrals in the year.
//! `la_child_id` is the LAchildID the file gives them.
std::vector<CensusProblem> CheckCensusChild(const Person& person, std::string_view la_child_id,
                                            const std::vector<ReferralEpisode>& episodes,
                                            const CensusPreFlight& check);

//! What the return-wide rules count, child by child as the file shows them.
struct CensusReturnCount {
  int plans_started = 0;                   //!< child protection plans starting in the year
  int conferences = 0;                     //!< initial conferences held in it
  int children = 0;                        //!< every child in the return, unborn ones included
  int sex_unknown = 0;                     //!< born children with no sex recorded
  std::set<std::string> disability_codes;  //!< the disability codes used (not NONE)
  std::size_t most_disabilities = 0;       //!< the most any one child has
  int start_year = 0;                      //!< the census year's first (2026 for 2026-27)
  int pre_proceedings = 0;                 //!< pre-proceedings begun in the year (PPStartDate)
  //! Adds one child as the census of `year` knows them, with their referrals as shown.
  void Add(const Person& child, const std::vector<ReferralEpisode>& shown, const CensusYear& year);
};

//! The return-wide rules: more plans starting than initial conferences held (2883), and queries
//! on more than 2% of children with no sex recorded (2886Q), fewer than 8 disability codes used
//! (2887Q), no child with more than one disability (2888Q); from 2026-27, no pre-proceedings in
//! the return (9000Q).
std::vector<CensusProblem> CheckCensusReturn(const CensusReturnCount& count);

//! What the file names a child by.
struct CensusChildIds {
  std::string la_child_id;  //!< LAchildID
  std::string upn;          //!< UPN, "" for none
};

//! The problems across the year's children, each of them named: one unique pupil number (rule
//! 1520) or one LAchildID (rule 8510) on more than one child, most often one child recorded twice.
std::vector<CensusProblem> CheckCensusChildrenTogether(
    const std::map<std::int64_t, CensusChildIds>& children);

}  // namespace frontdoor::domain
