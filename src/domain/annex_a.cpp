// src/domain/annex_a.cpp — Annex A's lists 1, 3, 4 and 5 as rows of text in Ofsted's column order,
// and as CSV.
#include "domain/annex_a.hpp"

#include "domain/codes.hpp"
#include "domain/csv.hpp"

namespace frontdoor::domain {

namespace {

std::string YesNo(bool yes) {
  return yes ? "Yes" : "No";
}

std::string DayText(const std::optional<Date>& day) {
  return day ? FormatDate(*day) : "";
}

// Whole years from `born` to `on`; "" when the birth date is not known or is after `on`.
std::string AgeOn(const std::optional<Date>& born, const Date& on) {
  if (!born || *born > on) return "";
  int years = int(on.year()) - int(born->year());
  if (on.month() < born->month() || (on.month() == born->month() && on.day() < born->day()))
    --years;
  return std::to_string(years);
}

// The child columns of a row about `child` on `day`.
std::vector<std::string> ChildCells(const AnnexAChild& child, const Date& day) {
  const Person& person = *child.person;
  const auto born = person.date_of_birth ? person.date_of_birth : person.expected_date_of_birth;
  return {LocalChildId(person.id), std::string(kSexes.Name(person.sex)),
          EthnicityForReturns(person), DayText(born), AgeOn(person.date_of_birth, day)};
}

//! "Yes" for a disability recorded, "No" for "No disability" recorded, and "Not recorded" when
//! nothing was: an inspector is not told "No" of a child nobody asked about.
std::string DisabilityCell(const Person& person) {
  if (person.disabilities.empty()) return "Not recorded";
  for (const auto& code : person.disabilities) {
    if (code != "NONE") return "Yes";
  }
  return "No";
}

AnnexAList Started(int number, std::string name, std::vector<std::string_view> own) {
  AnnexAList list{number, std::move(name), {}, {}};
  for (auto column : kAnnexAChildColumns) list.columns.emplace_back(column);
  for (auto column : own) list.columns.emplace_back(column);
  return list;
}

void AddRow(AnnexAList& list, std::vector<std::string> cells, std::vector<std::string> own) {
  for (auto& cell : own) cells.push_back(std::move(cell));
  list.rows.push_back(std::move(cells));
}

}  // namespace

FieldErrors ValidateAnnexAPeriod(std::string_view from, std::string_view to, const Date& today,
                                 AnnexAPeriod& period) {
  FieldErrors errors;
  const auto first = ParseDate(from);
  const auto last = ParseDate(to);
  if (!first)
    errors.push_back({"from", "Enter the period's first day as day, month and year"});
  else if (*first > today)
    errors.push_back({"from", "The period's first day cannot be in the future"});
  if (!last) errors.push_back({"to", "Enter the period's last day as day, month and year"});
  if (first && last && *last < *first)
    errors.push_back({"to", "The period's last day cannot be before its first"});
  if (errors.empty()) period = {*first, *last};
  return errors;
}

AnnexAList AnnexAList1(const std::vector<AnnexAContact>& contacts) {
  AnnexAList list = Started(1, "List 1 contacts", {"Date of Contact", "Contact Source"});
  for (const auto& contact : contacts)
    AddRow(list, ChildCells(contact.child, contact.date),
           {FormatDate(contact.date), contact.source});
  return list;
}

AnnexAList AnnexAList3(const std::vector<AnnexAReferral>& referrals) {
  AnnexAList list =
      Started(3, "List 3 referrals",
              {"Date of referral", "Referral Source", "Referral NFA?",
               "Number of Referrals in Last 12 Months", "Allocated Team", "Allocated Worker"});
  for (const auto& referral : referrals)
    AddRow(list, ChildCells(referral.child, referral.date),
           {FormatDate(referral.date), referral.source, YesNo(referral.no_further_action),
            std::to_string(referral.in_last_year), referral.child.team, referral.child.worker});
  return list;
}

AnnexAList AnnexAList4(const std::vector<AnnexAAssessment>& assessments) {
  AnnexAList list = Started(
      4, "List 4 assessments",
      {"Does the Child have a Disability", "Continuous Assessment Start Date",
       "Child Seen During Continuous Assessment", "Continuous Assessment Date of Authorisation",
       "Was the child assessed as requiring LA children's social care support?", "Allocated Team",
       "Allocated Worker"});
  for (const auto& row : assessments) {
    const CaseStep& step = *row.assessment;
    // One under way has no answers yet.
    const auto answer = [&](bool yes) { return step.authorised ? YesNo(yes) : std::string(); };
    AddRow(
        list, ChildCells(row.child, step.date),
        {DisabilityCell(*row.child.person), FormatDate(step.date), answer(step.child_seen),
         DayText(step.authorised), answer(step.needs_support), row.child.team, row.child.worker});
  }
  return list;
}

AnnexAList AnnexAList5(const std::vector<AnnexAEnquiry>& enquiries) {
  AnnexAList list = Started(
      5, "List 5 section 47 enquiries",
      {"Does the Child have a Disability",
       "Strategy discussion initiating Section 47 Enquiry Start Date",
       "Was an ICPC deemed unnecessary?", "Date of ICPC", "Did the ICPC result in a CP plan",
       "Number of Section 47 Enquiries in the last 12 months",
       "Number of ICPCs in the last 12 months", "Allocated Team", "Allocated Worker"});
  for (const auto& row : enquiries) {
    const auto& enquiry = row.enquiry;
    AddRow(list, ChildCells(row.child, enquiry.start),
           {DisabilityCell(*row.child.person), FormatDate(enquiry.start),
            YesNo(enquiry.conference_not_required), DayText(enquiry.conference_date),
            enquiry.conference_date ? YesNo(enquiry.plan_followed) : "",
            std::to_string(row.enquiries_in_last_year),
            std::to_string(row.conferences_in_last_year), row.child.team, row.child.worker});
  }
  return list;
}

std::string AnnexACsv(const AnnexAList& list) {
  std::string csv = CsvLine(list.columns) + "\r\n";
  for (const auto& row : list.rows) csv += CsvLine(row) + "\r\n";
  return csv;
}

}  // namespace frontdoor::domain
