// tests/domain/annex_a_test.cpp — Annex A: each list's columns exactly as Ofsted names and orders
// them, a row's cells in words an inspector reads, counts in the 12 months to a day, and CSV.
#include "domain/annex_a.hpp"

#include <gtest/gtest.h>

#include "sample_people.hpp"

#include "domain/re_referral.hpp"

namespace frontdoor::domain {
namespace {

using testing::Day;
using testing::Jayden;

Person WhiteBritishJayden() {
  Person person = Jayden();
  person.ethnicity = "WBRI";
  person.disabilities = {"NONE"};
  return person;
}

std::vector<std::string> Columns(std::initializer_list<const char*> own) {
  std::vector<std::string> columns = {"Child Unique ID", "Gender", "Ethnicity", "Date of Birth",
                                      "Age of Child (Years)"};
  for (const char* column : own) columns.emplace_back(column);
  return columns;
}

TEST(AnnexA, EachListHasOfstedsColumnsInOfstedsOrder) {
  EXPECT_EQ(AnnexAList1({}).columns, Columns({"Date of Contact", "Contact Source"}));
  EXPECT_EQ(
      AnnexAList3({}).columns,
      Columns({"Date of referral", "Referral Source", "Referral NFA?",
               "Number of Referrals in Last 12 Months", "Allocated Team", "Allocated Worker"}));
  EXPECT_EQ(AnnexAList4({}).columns,
            Columns({"Does the Child have a Disability", "Continuous Assessment Start Date",
                     "Child Seen During Continuous Assessment",
                     "Continuous Assessment Date of Authorisation",
                     "Was the child assessed as requiring LA children's social care support?",
                     "Allocated Team", "Allocated Worker"}));
  EXPECT_EQ(
      AnnexAList5({}).columns,
      Columns({"Does the Child have a Disability",
               "Strategy discussion initiating Section 47 Enquiry Start Date",
               "Was an ICPC deemed unnecessary?", "Date of ICPC",
               "Did the ICPC result in a CP plan",
               "Number of Section 47 Enquiries in the last 12 months",
               "Number of ICPCs in the last 12 months", "Allocated Team", "Allocated Worker"}));
}

TEST(AnnexA, RowsNameTheChildTheirAgeOnTheDayAndWhoIsAllocated) {
  const Person jayden = WhiteBritishJayden();
  const AnnexAChild child{&jayden, "Assessment team (north)", "Priya Shah"};
  const auto contacts = AnnexAList1({{child, Day("2026-05-13"), "6"}});
  ASSERT_EQ(contacts.rows.size(), 1u);
  EXPECT_EQ(contacts.rows[0], (std::vector<std::string>{LocalChildId(2), "Male", "WBRI",
                                                        "2015-05-14", "10", "2026-05-13", "6"}));
  // An ethnicity nobody recorded is "information not yet obtained", as the census says.
  Person unasked = jayden;
  unasked.ethnicity.clear();
  EXPECT_EQ(AnnexAList1({{{&unasked, "", ""}, Day("2026-05-13"), "6"}}).rows[0][2], "NOBT");
  const auto referrals = AnnexAList3({{child, Day("2026-05-14"), "6", false, 2}});
  EXPECT_EQ(referrals.rows[0][4], "11");  // a birthday
  EXPECT_EQ(std::vector<std::string>(referrals.rows[0].begin() + 5, referrals.rows[0].end()),
            (std::vector<std::string>{"2026-05-14", "6", "No", "2", "Assessment team (north)",
                                      "Priya Shah"}));
  CaseStep assessment;
  assessment.date = Day("2026-05-15");
  assessment.authorised = Day("2026-06-20");
  assessment.child_seen = true;
  Person disabled = jayden;
  disabled.disabilities = {"AUT"};
  const auto assessments = AnnexAList4({{{&disabled, "North", "Priya Shah"}, &assessment}});
  EXPECT_EQ(std::vector<std::string>(assessments.rows[0].begin() + 5, assessments.rows[0].end()),
            (std::vector<std::string>{"Yes", "2026-05-15", "Yes", "2026-06-20", "No", "North",
                                      "Priya Shah"}));
  Section47Enquiry enquiry{Day("2026-05-16"), Day("2026-06-01"), false, true, Day("2026-06-01")};
  Section47Enquiry not_needed{Day("2026-05-16"), std::nullopt, true, false, Day("2026-05-20")};
  const auto enquiries = AnnexAList5({{child, enquiry, 2, 1}, {child, not_needed, 1, 0}});
  EXPECT_EQ(std::vector<std::string>(enquiries.rows[0].begin() + 5, enquiries.rows[0].end()),
            (std::vector<std::string>{"No", "2026-05-16", "No", "2026-06-01", "Yes", "2", "1",
                                      "Assessment team (north)", "Priya Shah"}));
  EXPECT_EQ(enquiries.rows[1][7], "Yes");  // deemed unnecessary
  // A child whose disability nobody recorded is not said to have none.
  Person not_asked = jayden;
  not_asked.disabilities.clear();
  EXPECT_EQ(AnnexAList5({{{&not_asked, "North", "Priya Shah"}, enquiry, 1, 0}}).rows[0][5],
            "Not recorded");
  EXPECT_EQ(AnnexAList4({{{&not_asked, "North", "Priya Shah"}, &assessment}}).rows[0][5],
            "Not recorded");
  EXPECT_EQ(enquiries.rows[1][8], "");  // no conference date
  EXPECT_EQ(enquiries.rows[1][9], "");  // no plan answer without a conference
  // An unborn child: the expected date, no age.
  Person unborn;
  unborn.id = 9;
  unborn.expected_date_of_birth = Day("2026-08-01");
  const auto expected = AnnexAList1({{{&unborn, "", ""}, Day("2026-05-13"), "3B"}});
  EXPECT_EQ(expected.rows[0][3], "2026-08-01");
  EXPECT_EQ(expected.rows[0][4], "");
}

TEST(AnnexA, CountsInTheTwelveMonthsToADayAgreeWithTheReReferralRule) {
  const std::vector<Date> referrals = {Day("2025-05-14"), Day("2025-05-13"), Day("2026-05-14"),
                                       Day("2026-05-15")};
  EXPECT_EQ(CountInYearTo(referrals, Day("2026-05-14")), 2);  // itself and 14 May 2025
  EXPECT_EQ(IsReReferral({Day("2025-05-14")}, Day("2026-05-14")), true);
  EXPECT_EQ(CountInYearTo({Day("2025-05-13")}, Day("2026-05-14")), 0);
  EXPECT_EQ(IsReReferral({Day("2025-05-13")}, Day("2026-05-14")), false);
  EXPECT_EQ(CountInYearTo({Day("2024-02-29")}, Day("2025-02-28")), 1);
}

TEST(AnnexA, CsvQuotesOnlyWhatNeedsIt) {
  AnnexAList list{1, "List 1 contacts", {"A", "B"}, {{"Smith, Jo", "say \"hi\""}, {"plain", ""}}};
  EXPECT_EQ(AnnexACsv(list), "A,B\r\n\"Smith, Jo\",\"say \"\"hi\"\"\"\r\nplain,\r\n");
}

}  // namespace
}  // namespace frontdoor::domain
