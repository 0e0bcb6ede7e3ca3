// tests/domain/history_import_test.cpp — matching a child from a census file (no names) to a
// record: by our own id or a unique pupil number when the date of birth and sex agree; anyone else
// who might be them goes to review; a child the same source brought in under another id is
// someone else.
#include "domain/history_import.hpp"

#include <gtest/gtest.h>

#include "sample_people.hpp"

namespace frontdoor::domain {
namespace {

using testing::Day;
using testing::Jayden;

ImportedChild FromFile() {
  ImportedChild child;
  child.la_child_id = "OLD1";
  child.birth = Day("2015-05-14");
  child.sex = Sex::kMale;
  child.upn = "A123456789012";
  return child;
}

TEST(HistoryImport, OurIdOrAUniquePupilNumberMatchesWhenBirthAndSexAgree) {
  Person jayden = Jayden();
  jayden.upn = "A123456789012";
  EXPECT_EQ(MatchImportedChild(FromFile(), jayden, {}, {jayden}, {}).kind,
            ChildMatch::Kind::kKnown);
  const auto by_upn = MatchImportedChild(FromFile(), std::nullopt, {jayden}, {jayden}, {});
  EXPECT_EQ(by_upn.kind, ChildMatch::Kind::kKnown);
  EXPECT_EQ(by_upn.person_id, 2);
  // Our id on a record born another day: a manager decides.
  Person other = jayden;
  other.date_of_birth = Day("2016-01-01");
  const auto clash = MatchImportedChild(FromFile(), other, {}, {}, {});
  EXPECT_EQ(clash.kind, ChildMatch::Kind::kReview);
  EXPECT_EQ(clash.candidates, std::vector<std::int64_t>{2});
  // The same pupil number on someone born another day: a manager decides.
  EXPECT_EQ(MatchImportedChild(FromFile(), std::nullopt, {other}, {}, {}).kind,
            ChildMatch::Kind::kReview);
}

TEST(HistoryImport, BornTheSameDayIsForReviewUnlessTheSourceKnowsThemApart) {
  ImportedChild child = FromFile();
  child.upn.clear();
  Person namesake = Jayden();
  namesake.id = 9;
  const auto review = MatchImportedChild(child, std::nullopt, {}, {namesake}, {});
  EXPECT_EQ(review.kind, ChildMatch::Kind::kReview);
  EXPECT_EQ(review.candidates, std::vector<std::int64_t>{9});
  EXPECT_FALSE(review.reason.empty());
  // The file's source brought record 9 in under another id: someone else.
  EXPECT_EQ(MatchImportedChild(child, std::nullopt, {}, {namesake}, {9}).kind,
            ChildMatch::Kind::kNew);
  // A girl born the same day is not him.
  namesake.sex = Sex::kFemale;
  EXPECT_EQ(MatchImportedChild(child, std::nullopt, {}, {namesake}, {}).kind,
            ChildMatch::Kind::kNew);
}

TEST(HistoryImport, ARecordFromTheCensusSaysItHasNoNameAndKeysNameTheReferralsDay) {
  const Person person = PersonFromCensus(FromFile(), Timestamp{});
  EXPECT_EQ(person.FullName(), "Name not known (census OLD1)");
  EXPECT_EQ(person.upn, "A123456789012");
  ImportedChild twice = FromFile();
  twice.episodes.resize(3);
  twice.episodes[0].referral_date = Day("2024-06-03");
  twice.episodes[1].referral_date = Day("2024-09-01");
  twice.episodes[2].referral_date = Day("2024-06-03");  // a second contact the same day
  EXPECT_EQ(ReferralKeys(twice),
            (std::vector<std::string>{"OLD1/2024-06-03", "OLD1/2024-09-01", "OLD1/2024-06-03#2"}));
}

}  // namespace
}  // namespace frontdoor::domain
