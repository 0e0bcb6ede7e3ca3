// tests/domain/annex_a_reading_test.cpp — Annex A lists read back: tables known by their columns,
// each child's rows made their referrals and steps, problems named by table, row and column, and
// what frontdoor cannot keep listed as left out.
#include "domain/annex_a_reading.hpp"

#include <gtest/gtest.h>

#include "domain/annex_a.hpp"
#include "domain/working_days.hpp"

namespace frontdoor::domain {
namespace {

using Rows = std::vector<std::vector<std::string>>;

const Date kToday = *ParseDate("2026-03-31");

AnnexATable Table(std::string name, const AnnexAList& list, const Rows& rows) {
  AnnexATable table{std::move(name), {{1, list.columns}}};
  int number = 1;
  for (const auto& row : rows) table.rows.push_back({++number, row});
  return table;
}

AnnexATable List1(const Rows& rows) {
  return Table("list-1.csv", AnnexAList1({}), rows);
}
AnnexATable List3(const Rows& rows) {
  return Table("list-3.csv", AnnexAList3({}), rows);
}
AnnexATable List4(const Rows& rows) {
  return Table("list-4.csv", AnnexAList4({}), rows);
}
AnnexATable List5(const Rows& rows) {
  return Table("list-5.csv", AnnexAList5({}), rows);
}

// The reasons of a child's problems, one line each.
std::string Reasons(const std::vector<ImportProblem>& problems) {
  std::string out;
  for (const auto& problem : problems)
    out += std::to_string(problem.line) + " " + problem.element + ": " + problem.reason + "\n";
  return out;
}

TEST(AnnexAReading, MakesEachChildsReferralsWithTheStepsThatFollowedThem) {
  const auto reading = ReadAnnexA(
      {List1({{"C1", "Female", "WBRI", "2015-05-14", "10", "2025-06-02", "3A"}}),
       List3({{"C1", "Female", "WBRI", "2015-05-14", "10", "2025-06-02", "3A", "No", "2", "Team A",
               "Sam Worker"},
              {"C1", "Female", "WBRI", "2015-05-14", "9", "2024-11-04", "1B", "Yes", "1", "", ""}}),
       List4({{"C1", "Female", "WBRI", "2015-05-14", "10", "No", "2025-06-03", "Yes", "2025-07-01",
               "Yes", "Team A", "Sam Worker"}}),
       List5({{"C1", "Female", "WBRI", "2015-05-14", "10", "No", "2025-06-05", "No", "2025-06-19",
               "Yes", "1", "1", "Team A", "Sam Worker"}})},
      kToday);
  ASSERT_TRUE(reading.file_problems.empty()) << Reasons(reading.file_problems);
  EXPECT_TRUE(reading.left_out.empty()) << Reasons(reading.left_out);
  ASSERT_EQ(reading.children.size(), 1u);
  const auto& child = reading.children.front();
  EXPECT_TRUE(child.problems.empty()) << Reasons(child.problems);
  EXPECT_EQ(child.la_child_id, "C1");
  EXPECT_EQ(child.sex, Sex::kFemale);
  EXPECT_EQ(child.ethnicity, "WBRI");
  EXPECT_EQ(child.birth, ParseDate("2015-05-14"));
  ASSERT_EQ(child.episodes.size(), 2u);
  // Oldest first: the first was no further action, closed the day it was made.
  const auto& first = child.episodes[0];
  EXPECT_EQ(first.referral_date, *ParseDate("2024-11-04"));
  EXPECT_EQ(first.referral_source, "1B");
  EXPECT_EQ(first.closure_date, first.referral_date);
  EXPECT_TRUE(first.NoFurtherAction());
  const auto& second = child.episodes[1];
  EXPECT_EQ(second.referral_source, "3A");
  ASSERT_EQ(second.assessments.size(), 1u);
  EXPECT_EQ(second.assessments[0].authorised, ParseDate("2025-07-01"));
  EXPECT_TRUE(second.assessments[0].child_seen);
  EXPECT_TRUE(second.assessments[0].needs_support);
  ASSERT_EQ(second.enquiries.size(), 1u);
  EXPECT_EQ(second.enquiries[0].conference_date, ParseDate("2025-06-19"));
  EXPECT_TRUE(second.enquiries[0].plan_followed);
  EXPECT_FALSE(second.closure_date);
  // Annex A holds no factors or plan category: the steps are made without them, the primary
  // need "not stated".
  EXPECT_EQ(second.assessments[0].primary_need, "N0");
  for (const auto& episode : child.episodes) {
    std::vector<std::string> refusals;
    const auto steps = StepsOfEpisode(episode, kToday, WorkingCalendar(), refusals);
    EXPECT_TRUE(refusals.empty()) << refusals.front();
    EXPECT_FALSE(steps.empty());
  }
}

TEST(AnnexAReading, ReadsWhatSpreadsheetsWrite) {
  // A date kept as a day number (45810 is 2 June 2025), Ofsted's lettered answers, a source
  // code with its words, columns named in another case.
  auto list3 = List3({{"C2", "a) Male", "WBRI", "42138", "10", "45810", "1B) A family member",
                       "b) No", "1", "", ""}});
  for (auto& column : list3.rows[0].fields) column = " " + column + " ";
  list3.rows[0].fields[0] = "CHILD UNIQUE ID";
  const auto reading = ReadAnnexA({list3}, kToday);
  ASSERT_TRUE(reading.file_problems.empty()) << Reasons(reading.file_problems);
  ASSERT_EQ(reading.children.size(), 1u);
  const auto& child = reading.children.front();
  EXPECT_TRUE(child.problems.empty()) << Reasons(child.problems);
  EXPECT_EQ(child.sex, Sex::kMale);
  EXPECT_EQ(child.birth, ParseDate("2015-05-14"));
  ASSERT_EQ(child.episodes.size(), 1u);
  EXPECT_EQ(child.episodes[0].referral_date, *ParseDate("2025-06-02"));
  EXPECT_EQ(child.episodes[0].referral_source, "1B");
}

TEST(AnnexAReading, NamesEachProblemByTableRowAndColumn) {
  const auto reading = ReadAnnexA(
      {List3({{"C3", "Male", "XXXX", "2015-05-14", "10", "2025-13-01", "9Z", "Maybe", "", "", ""},
              {"C4", "Male", "WBRI", "2015-05-14", "10", "2025-06-02", "1B", "Yes", "", "", ""},
              {"C5", "Male", "WBRI", "2015-05-14", "10", "2025-06-02", "1B", "No", "", "", ""},
              {"C6", "Male", "WBRI", "2015-05-14", "10", "2025-06-02", "1B", "No", "", "", ""}}),
       List4({{"C4", "Male", "WBRI", "2015-05-14", "10", "No", "2025-06-03", "Yes", "2025-07-01",
               "No", "", ""},
              {"C5", "Male", "WBRI", "2015-05-14", "10", "No", "2025-05-03", "Yes", "2025-07-01",
               "No", "", ""},
              {"C6", "Female", "WBRI", "2016-01-01", "10", "No", "2025-06-03", "Yes", "", "", "",
               ""}})},
      kToday);
  ASSERT_EQ(reading.children.size(), 4u);
  const std::string c3 = Reasons(reading.children[0].problems);
  EXPECT_NE(c3.find("2 list-3.csv: Ethnicity: Write a census ethnicity code"), std::string::npos)
      << c3;
  EXPECT_NE(c3.find("2 list-3.csv: Date of referral: Write the date"), std::string::npos) << c3;
  EXPECT_NE(c3.find("2 list-3.csv: Referral Source: Write a census referral source code"),
            std::string::npos)
      << c3;
  EXPECT_NE(c3.find("2 list-3.csv: Referral NFA?: Answer Yes or No, not \"Maybe\""),
            std::string::npos)
      << c3;
  EXPECT_NE(Reasons(reading.children[1].problems).find("marked no further action"),
            std::string::npos);
  // C5's assessment follows a referral the lists do not hold: left out, their referral kept.
  EXPECT_TRUE(reading.children[2].problems.empty()) << Reasons(reading.children[2].problems);
  EXPECT_TRUE(reading.children[2].episodes[0].assessments.empty());
  // Rows that disagree about the child; the assessment not yet authorised is kept as under way.
  const std::string c6 = Reasons(reading.children[3].problems);
  EXPECT_NE(c6.find("4 list-4.csv: Gender: This row gives \"Female\", but list-3.csv row 5 gives "
                    "\"Male\""),
            std::string::npos)
      << c6;
  EXPECT_NE(c6.find("4 list-4.csv: Date of Birth: This row gives"), std::string::npos) << c6;
  ASSERT_EQ(reading.children[3].episodes.size(), 1u);
  ASSERT_EQ(reading.children[3].episodes[0].assessments.size(), 1u);
  EXPECT_EQ(reading.children[3].episodes[0].assessments[0].kind, CaseStepKind::kAssessmentStart);
  EXPECT_FALSE(reading.children[3].episodes[0].assessments[0].authorised);
  ASSERT_EQ(reading.left_out.size(), 1u);
  EXPECT_EQ(reading.left_out[0].element, "list-4.csv: Continuous Assessment Start Date");
  EXPECT_NE(reading.left_out[0].reason.find("The assessment that started 3 May 2025 follows no "
                                            "referral in list 3"),
            std::string::npos)
      << reading.left_out[0].reason;
}

TEST(AnnexAReading, LeavesOutContactsThatWereNotReferralsAndSaysWhy) {
  const auto reading = ReadAnnexA(
      {List1({{"C7", "Male", "WBRI", "2015-05-14", "10", "2025-06-02", "1B"},
              {"C8", "Male", "WBRI", "2015-05-14", "10", "2025-06-09", "5A"},
              {"C8", "Male", "WBRI", "2015-05-14", "10", "2025-06-10", "5A"}}),
       List3({{"C8", "Male", "WBRI", "2015-05-14", "10", "2025-06-10", "5A", "No", "", "", ""}})},
      kToday);
  // C7's only contact was no referral: nothing of them is brought in.
  ASSERT_EQ(reading.children.size(), 1u);
  EXPECT_EQ(reading.children[0].la_child_id, "C8");
  ASSERT_EQ(reading.left_out.size(), 2u);
  EXPECT_EQ(reading.left_out[0].child, "C7");
  EXPECT_EQ(reading.left_out[1].child, "C8");
  EXPECT_NE(reading.left_out[1].reason.find("9 June 2025 did not become a referral"),
            std::string::npos)
      << reading.left_out[1].reason;
}

TEST(AnnexAReading, RefusesTablesThatAreNoListAndAListGivenTwice) {
  AnnexATable other{"people.csv", {{1, {"person_id", "given_name"}}, {2, {"P1", "Amelia"}}}};
  const auto reading = ReadAnnexA(
      {other, List1({}), Table("again.csv", AnnexAList1({}), {}),
       List3({{"", "", "", "", "", "", "", "", "", "", ""},
              {"", "Male", "", "", "", "", "", "", "", "", ""},
              {"", "Male", "WBRI", "2015-05-14", "10", "2025-06-10", "5A", "No", "", "", ""},
              {"C9", "Male", "WBRI", "2015-05-14", "10", "2025-06-10", "5A", "No", "", "", "",
               "extra"}})},
      kToday);
  const std::string problems = Reasons(reading.file_problems);
  EXPECT_NE(problems.find("1 people.csv: The columns are not those of Annex A list 1, 3, 4 or 5"),
            std::string::npos)
      << problems;
  EXPECT_NE(problems.find("1 again.csv: List 1 is given twice (list-1.csv holds it too)"),
            std::string::npos)
      << problems;
  EXPECT_NE(problems.find("4 list-3.csv: Child Unique ID: The row names no child"),
            std::string::npos)
      << problems;
  EXPECT_NE(problems.find("5 list-3.csv: The row has more cells than the list has columns"),
            std::string::npos)
      << problems;
  EXPECT_NE(problems.find("3 list-3.csv: Child Unique ID: The row names no child"),
            std::string::npos)
      << problems;
  EXPECT_EQ(reading.file_problems.size(), 5u) << problems;
}

TEST(AnnexAReading, ReadsAChildAgainFromTheirRowsAsGiven) {
  const auto reading = ReadAnnexA(
      {List3({{"C10", "Female", "WBRI", "2015-05-14", "10", "2025-06-02", "3A", "No", "", "", ""}}),
       List5({{"C10", "Female", "WBRI", "2015-05-14", "10", "No", "2025-06-05", "Yes", "", "", "1",
               "0", "", ""}})},
      kToday);
  ASSERT_EQ(reading.children.size(), 1u);
  const auto again = ReadAnnexAChild(reading.children[0].as_given, kToday);
  EXPECT_TRUE(again.problems.empty()) << Reasons(again.problems);
  EXPECT_EQ(again.la_child_id, "C10");
  EXPECT_EQ(again.line, 2);
  EXPECT_EQ(again.birth, reading.children[0].birth);
  ASSERT_EQ(again.episodes.size(), 1u);
  ASSERT_EQ(again.episodes[0].enquiries.size(), 1u);
  EXPECT_TRUE(again.episodes[0].enquiries[0].conference_not_required);
  EXPECT_EQ(again.as_given, reading.children[0].as_given);
  EXPECT_FALSE(ReadAnnexAChild("not rows", kToday).problems.empty());
}

}  // namespace
}  // namespace frontdoor::domain
