// tests/store/person_candidates_test.cpp — which people "is this child known?" compares, on SQLite
// and PostgreSQL: with a common family name, those whose given name sounds alike too come first.
#include "store/person_candidates.hpp"

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace frontdoor::store {
namespace {

using frontdoor::testing::KindName;
using frontdoor::testing::TestDatabase;

class PersonCandidatesTest : public ::testing::TestWithParam<DatabaseKind> {
 protected:
  TestDatabase database_{GetParam()};
};

std::int64_t AddPerson(Repository& repository, std::string given, std::string family) {
  domain::Person person;
  person.given_name = std::move(given);
  person.family_name = std::move(family);
  person.created_at = *domain::ParseTimestamp("2026-11-27T09:00:00Z");
  return repository.AddPerson(person);
}

std::vector<std::int64_t> Ids(const std::vector<domain::SearchCandidate>& candidates) {
  std::vector<std::int64_t> ids;
  for (const auto& candidate : candidates) ids.push_back(candidate.person.id);
  return ids;
}

TEST_P(PersonCandidatesTest, BothNamesSoundingAlikeComeBeforeThoseSharingOnlyOne) {
  auto store = database_.Open();
  std::int64_t jayden = 0, other_jayden = 0;
  store->Write([&](Repository& repository) {
    // More Smiths than the limit, added first, so they have the lowest ids.
    for (const char* given : {"Oliver", "Amelia", "Noah", "Isla", "Leo", "Freya", "Arthur"})
      AddPerson(repository, given, "Smith");
    other_jayden = AddPerson(repository, "Jayden", "Okafor");
    jayden = AddPerson(repository, "Jayden", "Smith");
  });
  domain::ParsedSearch search;
  search.given_name = "Jaydon";  // misspelt, as typed at the front door
  search.family_name = "Smyth";
  const auto candidates = store->ReadResult(
      [&](Repository& repository) { return FindPersonCandidates(repository, search, 5); });
  const auto ids = Ids(candidates);
  ASSERT_EQ(ids.size(), 5u);
  EXPECT_EQ(ids.front(), jayden);
  EXPECT_EQ(std::find(ids.begin(), ids.end(), other_jayden), ids.end())
      << "a Jayden of another family waits behind the Smiths";
}

TEST_P(PersonCandidatesTest, AnOtherNameCountsWhenBothItsNamesSoundAlike) {
  auto store = database_.Open();
  std::int64_t known_as = 0;
  store->Write([&](Repository& repository) {
    for (const char* given : {"Oliver", "Amelia", "Noah", "Isla"})
      AddPerson(repository, given, "Patel");
    domain::Person person;
    person.given_name = "Kacper";
    person.family_name = "Nowak";
    person.other_names = {{"Casper", "Patel"}};
    person.created_at = *domain::ParseTimestamp("2026-11-27T09:00:00Z");
    known_as = repository.AddPerson(person);
  });
  domain::ParsedSearch search;
  search.given_name = "Casper";
  search.family_name = "Patel";
  const auto ids = Ids(store->ReadResult(
      [&](Repository& repository) { return FindPersonCandidates(repository, search, 3); }));
  ASSERT_FALSE(ids.empty());
  EXPECT_EQ(ids.front(), known_as);
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, PersonCandidatesTest,
                         ::testing::Values(DatabaseKind::kSqlite, DatabaseKind::kPostgres),
                         KindName);

}  // namespace
}  // namespace frontdoor::store
