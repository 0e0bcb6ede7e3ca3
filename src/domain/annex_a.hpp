// src/domain/annex_a.hpp — Ofsted's Annex A lists 1, 3, 4 and 5 (contacts, referrals, assessments,
// section 47 enquiries and initial conferences): the columns in Ofsted's order and each row as the
// text an inspector reads.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/case_steps.hpp"
#include "domain/person.hpp"
#include "domain/validation.hpp"

namespace frontdoor::domain {

//! The columns every list begins with.
inline constexpr std::array<std::string_view, 5> kAnnexAChildColumns = {
    "Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)"};

//! One list: its number, the name of its sheet or file, its columns in order and its rows.
struct AnnexAList {
  int number = 0;
  std::string name;  //!< "List 1 contacts"
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
};

//! Who a row is about and where they are allocated.
struct AnnexAChild {
  const Person* person = nullptr;
  std::string team;    //!< the allocated team's name, or ""
  std::string worker;  //!< the allocated worker's full name, or ""
};

//! A contact about one child.
struct AnnexAContact {
  AnnexAChild child;
  Date date;
  std::string source;  //!< census ReferralSource code
};

//! A referral of one child, with how many referrals of them fell in the 12 months to it.
struct AnnexAReferral {
  AnnexAChild child;
  Date date;
  std::string source;
  bool no_further_action = false;
  int in_last_year = 1;  //!< this referral and those in the 12 months before it
};

//! An assessment of one child.
struct AnnexAAssessment {
  AnnexAChild child;
  const CaseStep* assessment = nullptr;
};

//! A section 47 enquiry of one child, with what followed and how many enquiries and initial
//! conferences of them fell in the 12 months to it (this one included).
struct AnnexAEnquiry {
  AnnexAChild child;
  Section47Enquiry enquiry;
  int enquiries_in_last_year = 1;
  int conferences_in_last_year = 0;
};

//! The period the lists cover: from its first day to its last, both included.
struct AnnexAPeriod {
  Date from;
  Date to;
};

//! Reads a period typed as two dates ("2025-04-01"); refuses, naming the field, a date that is
//! not one, a last day before the first and a first day after `today`.
FieldErrors ValidateAnnexAPeriod(std::string_view from, std::string_view to, const Date& today,
                                 AnnexAPeriod& period);

//! The lists, each row about one child, in the order given.
AnnexAList AnnexAList1(const std::vector<AnnexAContact>& contacts);
AnnexAList AnnexAList3(const std::vector<AnnexAReferral>& referrals);
AnnexAList AnnexAList4(const std::vector<AnnexAAssessment>& assessments);
AnnexAList AnnexAList5(const std::vector<AnnexAEnquiry>& enquiries);

//! A list as CSV (RFC 4180: a header line, fields quoted where they hold a comma, quote or line
//! break, lines ended by CRLF).
std::string AnnexACsv(const AnnexAList& list);

}  // namespace frontdoor::domain
