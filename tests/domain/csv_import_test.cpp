// tests/domain/csv_import_test.cpp — the CSV files' rows read and checked (dates in either form, a
// person's own checks, codes from their lists, referrals that belong to their contact), the
// decision an imported contact carries, and the rule that matches a person only when certain.
#include "domain/csv_import.hpp"

#include <gtest/gtest.h>

#include "config_file.hpp"
#include "sample_people.hpp"

namespace frontdoor::domain {
namespace {

using testing::Day;
using testing::Jayden;

const Date kToday = Day("2026-12-03");

const ThresholdFramework& Framework() {
  static const auto framework =
      LoadThresholdFramework(frontdoor::testing::ShippedConfig("threshold.txt"));
  return framework;
}

// The columns of `file` as a header in the layout's order, and a row of `values` under them.
struct Sheet {
  CsvColumns columns;
  std::vector<std::string> names;
  explicit Sheet(CsvFile file) {
    names = LayoutOf(file).required;
    names.insert(names.end(), LayoutOf(file).optional.begin(), LayoutOf(file).optional.end());
    std::vector<ImportProblem> problems;
    columns = CsvColumns::Read({1, names}, LayoutOf(file), problems);
  }
  CsvRow Row(const std::map<std::string, std::string>& values) const {
    CsvRow row{2, {}};
    for (const auto& name : names)
      row.fields.push_back(values.count(name) ? values.at(name) : std::string());
    return row;
  }
};

std::vector<std::string> Columns(const std::vector<ImportProblem>& problems) {
  std::vector<std::string> columns;
  for (const auto& problem : problems) columns.push_back(problem.element);
  return columns;
}

TEST(CsvImport, DatesAreReadInEitherForm) {
  EXPECT_EQ(ReadImportDate("14/05/2015"), Day("2015-05-14"));
  EXPECT_EQ(ReadImportDate("2015-05-14"), Day("2015-05-14"));
  EXPECT_EQ(ReadImportDate("31/02/2015"), std::nullopt);
  EXPECT_EQ(ReadImportDate("5/14/2015"), std::nullopt);
  EXPECT_EQ(ReadImportDate("14.05.2015"), std::nullopt);
}

TEST(CsvImport, APersonRowHasTheChecksOfAPersonTyped) {
  const Sheet people(CsvFile::kPeople);
  const auto jayden = ReadPersonRow(people.columns,
                                    people.Row({{"person_id", "P1"},
                                                {"given_name", "Jayden"},
                                                {"family_name", "Smith"},
                                                {"date_of_birth", "14/05/2015"},
                                                {"sex", "M"},
                                                {"disabilities", "NONE"},
                                                {"other_names", "Jaden Smyth; JJ Smith"}}),
                                    kToday);
  EXPECT_TRUE(jayden.problems.empty());
  EXPECT_EQ(jayden.external_id, "P1");
  EXPECT_EQ(jayden.person.date_of_birth, Day("2015-05-14"));
  EXPECT_EQ(jayden.person.sex, Sex::kMale);
  EXPECT_TRUE(jayden.person.disabilities.empty());
  ASSERT_EQ(jayden.person.other_names.size(), 2u);
  EXPECT_EQ(jayden.person.other_names[1], (PersonName{"JJ", "Smith"}));

  const auto refused = ReadPersonRow(people.columns,
                                     people.Row({{"given_name", "Jayden"},
                                                 {"date_of_birth", "2027-01-01"},
                                                 {"nhs_number", "1234567890"},
                                                 {"sex", "boy"}}),
                                     kToday);
  EXPECT_EQ(
      Columns(refused.problems),
      (std::vector<std::string>{"person_id", "family_name", "date_of_birth", "sex", "nhs_number"}));
  EXPECT_EQ(refused.problems.front().line, 2);
}

TEST(CsvImport, AMembershipNeedsAnAddressAndADayInThePast) {
  const Sheet households(CsvFile::kHouseholds);
  const auto member = ReadMembershipRow(households.columns,
                                        households.Row({{"household_id", "H1"},
                                                        {"person_id", "P1"},
                                                        {"address_line_1", "12 Oak Road"},
                                                        {"town", "Southampton"},
                                                        {"postcode", "so14 7ly"},
                                                        {"from", "01/02/2020"}}),
                                        kToday);
  EXPECT_TRUE(member.problems.empty());
  EXPECT_EQ(member.household.postcode, "SO14 7LY");
  EXPECT_EQ(member.from, Day("2020-02-01"));
  const auto refused = ReadMembershipRow(households.columns,
                                         households.Row({{"household_id", "H1"},
                                                         {"person_id", "P1"},
                                                         {"address_line_1", "12 Oak Road"},
                                                         {"town", "Southampton"},
                                                         {"postcode", "not a postcode"},
                                                         {"from", "2020-02-01"},
                                                         {"to", "2019-01-01"}}),
                                         kToday);
  EXPECT_EQ(Columns(refused.problems), (std::vector<std::string>{"postcode", "to"}));
  EXPECT_EQ(Columns(ReadMembershipRow(households.columns,
                                      households.Row({{"household_id", "H1"},
                                                      {"person_id", "P1"},
                                                      {"address_line_1", "12 Oak Road"},
                                                      {"town", "Southampton"},
                                                      {"postcode", "SO14 7LY"}}),
                                      kToday)
                        .problems),
            (std::vector<std::string>{"from"}));
}

ImportedContact SchoolContact(const std::map<std::string, std::string>& changes = {}) {
  const Sheet contacts(CsvFile::kContacts);
  std::map<std::string, std::string> values{
      {"contact_id", "K1"},   {"received", "2025-06-03 09:40"},
      {"source", "2A"},       {"concern", "A bruise on his arm"},
      {"children", "P1; P2"}, {"outcome", "no_further_action"}};
  for (const auto& [column, value] : changes) values[column] = value;
  return ReadContactRow(contacts.columns, contacts.Row(values), Framework(), kToday);
}

TEST(CsvImport, AContactRowReadsItsDayChildrenAndOutcome) {
  const auto contact = SchoolContact();
  EXPECT_TRUE(contact.problems.empty());
  EXPECT_EQ(contact.children, (std::vector<std::string>{"P1", "P2"}));
  EXPECT_EQ(contact.level, 1);  // the lowest level no further action usually fits
  EXPECT_EQ(contact.decided, Day("2025-06-03"));
  EXPECT_EQ(contact.contact.referrer.name, "Not recorded");
  EXPECT_EQ(contact.contact.received_at, UkLocalTime(Day("2025-06-03"), "09:40"));

  EXPECT_EQ(Columns(SchoolContact({{"received", "03/06/2025 25:00"},
                                   {"source", "ZZ"},
                                   {"children", "P1;P1"},
                                   {"outcome", "single_assessment"},
                                   {"method", "fax"}})
                        .problems),
            (std::vector<std::string>{"received", "method", "source", "children", "outcome"}));
  EXPECT_EQ(Columns(SchoolContact({{"decided", "2025-06-01"}, {"level", "9"}}).problems),
            (std::vector<std::string>{"level", "decided"}));
}

TEST(CsvImport, AReferralBelongsToOneOfItsContactsChildrenOnce) {
  const Sheet referrals(CsvFile::kReferrals);
  const auto referral = [&](const char* child, const char* outcome, const char* need = "N1") {
    return ReadReferralRow(referrals.columns,
                           referrals.Row({{"contact_id", "K1"},
                                          {"person_id", child},
                                          {"outcome", outcome},
                                          {"primary_need", need}}),
                           Framework());
  };
  auto contact = SchoolContact();
  AttachReferrals(contact, {referral("P1", "")});
  EXPECT_TRUE(contact.problems.empty());
  ASSERT_EQ(contact.referrals.size(), 1u);
  EXPECT_EQ(contact.referrals[0].outcome, "single_assessment");
  EXPECT_EQ(contact.referrals[0].level, 3);

  auto refused = SchoolContact();
  AttachReferrals(refused, {referral("P1", "strategy_discussion"), referral("P1", ""),
                            referral("P9", ""), referral("P2", "early_help", "N12")});
  ASSERT_EQ(refused.problems.size(), 4u);
  EXPECT_NE(refused.problems[0].reason.find("referred twice"), std::string::npos);
  EXPECT_NE(refused.problems[1].reason.find("P9 is not one of the contact's children"),
            std::string::npos);
  EXPECT_EQ(refused.problems[2].element, "outcome");
  EXPECT_EQ(refused.problems[3].element, "primary_need");
  EXPECT_NE(refused.problems[3].reason.find("In the referrals file, row 2"), std::string::npos);
}

TEST(CsvImport, TheDecisionReferrsOnlyTheChildrenWithAReferralRow) {
  const Sheet referrals(CsvFile::kReferrals);
  auto contact = SchoolContact({{"decided", "2025-06-04"}});
  AttachReferrals(
      contact,
      {ReadReferralRow(
          referrals.columns,
          referrals.Row({{"contact_id", "K1"}, {"person_id", "P2"}, {"primary_need", "N4"}}),
          Framework())});
  const auto decision = ImportedDecision(contact, {11, 12}, "Brought in from the files.");
  ASSERT_EQ(decision.proforma.children.size(), 2u);
  EXPECT_FALSE(decision.proforma.children[0].referred);
  EXPECT_EQ(decision.proforma.children[0].outcome, "no_further_action");
  EXPECT_EQ(decision.proforma.children[1].person_id, 12);
  EXPECT_TRUE(decision.proforma.children[1].referred);
  EXPECT_EQ(decision.proforma.children[1].primary_need, "N4");
  EXPECT_TRUE(decision.MadeReferral());
  EXPECT_EQ(UkDate(decision.decided_at), Day("2025-06-04"));
  EXPECT_NE(decision.proforma.analysis.find("Brought in from the files."), std::string::npos);
}

TEST(CsvImport, AContactIsOneHereOnlyWhenEveryReferralOfItIs) {
  const Sheet referrals(CsvFile::kReferrals);
  const auto referral = [&](const char* child) {
    return ReadReferralRow(referrals.columns,
                           referrals.Row({{"contact_id", "K1"}, {"person_id", child}}),
                           Framework());
  };
  auto contact = SchoolContact();  // children P1 and P2, in on 3 June 2025
  AttachReferrals(contact, {referral("P1"), referral("P2")});
  const Date day = Day("2025-06-03");
  EXPECT_EQ(ContactAlreadyHere(contact, {11, 12}, {{{11, day}, 40}, {{12, day}, 40}}), 40);
  EXPECT_EQ(ContactAlreadyHere(contact, {11, 12}, {{{11, day}, 40}}), std::nullopt);
  EXPECT_EQ(ContactAlreadyHere(contact, {11, 12}, {{{11, day}, 40}, {{12, day}, 41}}),
            std::nullopt);  // two contacts here: neither is this one
  EXPECT_EQ(ContactAlreadyHere(contact, {11, 12}, {{{11, Day("2025-06-04")}, 40}, {{12, day}, 40}}),
            std::nullopt);
  EXPECT_EQ(ContactAlreadyHere(SchoolContact(), {11, 12}, {{{11, day}, 40}}), std::nullopt);
}

TEST(CsvImport, OneAddressIsTheSamePostcodeAndFirstLineInAnyCase) {
  const Household here{1, "12 Oak Road", "", "Southampton", "SO14 7LY"};
  EXPECT_TRUE(SameAddress(here, {0, "12 OAK ROAD", "Flat 2", "", "SO14 7LY"}));
  EXPECT_FALSE(SameAddress(here, {0, "14 Oak Road", "", "Southampton", "SO14 7LY"}));
  EXPECT_FALSE(SameAddress(here, {0, "12 Oak Road", "", "Southampton", "SO14 7LZ"}));
}

SearchMatch Likely(Person person) {
  SearchMatch match;
  match.person = std::move(person);
  return match;
}

TEST(CsvImport, APersonIsARecordHereOnlyWhenExactlyOneLikelyMatchIsCertain) {
  Person from_file = Jayden();
  from_file.id = 0;
  from_file.given_name = "JAYDEN";
  Person jayden = Jayden();
  const auto same = MatchImportedPerson(from_file, {Likely(jayden)}, {});
  EXPECT_EQ(same.kind, ChildMatch::Kind::kKnown);
  EXPECT_EQ(same.person_id, 2);

  // Like him but not certainly him: a manager decides.
  Person jaden = jayden;
  jaden.given_name = "Jaden";
  const auto like = MatchImportedPerson(from_file, {Likely(jaden)}, {});
  EXPECT_EQ(like.kind, ChildMatch::Kind::kReview);
  EXPECT_EQ(like.candidates, std::vector<std::int64_t>{2});

  // Two records with his name and birthday: a manager decides between them.
  Person twin = jayden;
  twin.id = 7;
  const auto two = MatchImportedPerson(from_file, {Likely(jayden), Likely(twin)}, {});
  EXPECT_EQ(two.kind, ChildMatch::Kind::kReview);
  EXPECT_EQ(two.candidates, (std::vector<std::int64_t>{2, 7}));

  // The name and birthday agree but the NHS numbers do not: never certain.
  from_file.nhs_number = "9434765919";
  jayden.nhs_number = "4010232137";
  EXPECT_EQ(MatchImportedPerson(from_file, {Likely(jayden)}, {}).kind, ChildMatch::Kind::kReview);
  // The same NHS number is certain whatever the name.
  jaden.nhs_number = "9434765919";
  EXPECT_EQ(MatchImportedPerson(from_file, {Likely(jaden)}, {}).person_id, 2);
  // A record the same source brought in under another id is someone else; nobody else: new.
  EXPECT_EQ(MatchImportedPerson(from_file, {Likely(jaden)}, {2}).kind, ChildMatch::Kind::kNew);
  EXPECT_EQ(MatchImportedPerson(from_file, {}, {}).kind, ChildMatch::Kind::kNew);
}

TEST(CsvImport, APersonKeptForReviewReadsBackAsTheFileGaveThem) {
  const Sheet people(CsvFile::kPeople);
  const auto person = ReadPersonRow(people.columns,
                                    people.Row({{"person_id", "P1"},
                                                {"given_name", "Jayden"},
                                                {"family_name", "O'Neil, Smith"},
                                                {"date_of_birth", "2015-05-14"},
                                                {"sex", "M"},
                                                {"ethnicity", "WBRI"},
                                                {"disabilities", "AUT;HEAR"},
                                                {"upn", "W801200106001"},
                                                {"other_names", "Jaden Smyth"}}),
                                    kToday);
  ASSERT_TRUE(person.problems.empty()) << person.problems.front().reason;
  const auto read = ReadPersonRowText(PersonRowText(person), kToday);
  EXPECT_TRUE(read.problems.empty());
  EXPECT_EQ(read.external_id, "P1");
  EXPECT_EQ(read.person.family_name, "O'Neil, Smith");
  EXPECT_EQ(read.person.disabilities, person.person.disabilities);
  EXPECT_EQ(read.person.upn, "W801200106001");
  EXPECT_EQ(read.person.other_names, person.person.other_names);
  EXPECT_EQ(read.person.ethnicity, "WBRI");
  // A child with no pupil number, and why.
  const auto without = ReadPersonRow(people.columns,
                                     people.Row({{"person_id", "P2"},
                                                 {"given_name", "Amelia"},
                                                 {"family_name", "Smith"},
                                                 {"upn_unknown", "UN4"},
                                                 {"former_upn", "W801200106001"}}),
                                     kToday);
  ASSERT_TRUE(without.problems.empty()) << without.problems.front().reason;
  const auto again = ReadPersonRowText(PersonRowText(without), kToday).person;
  EXPECT_EQ(again.upn_unknown, "UN4");
  EXPECT_EQ(again.former_upn, "W801200106001");
}

}  // namespace
}  // namespace frontdoor::domain
