// tests/service/national_data_test.cpp — the national-scale generator and the bulk load under it,
// on SQLite and PostgreSQL: what it reports is what is stored, whole, and a bad id changes nothing.
#include "service/national_data.hpp"

#include <gtest/gtest.h>

#include "domain/name_matching.hpp"
#include "test_support.hpp"

namespace frontdoor::service {
namespace {

using frontdoor::testing::FixedClock;
using frontdoor::testing::KindName;
using frontdoor::testing::TestDatabase;
using store::DatabaseKind;

class NationalDataTest : public ::testing::TestWithParam<DatabaseKind> {
 protected:
  GeneratedCounts Generate(store::Store& store, std::int64_t children) {
    GenerationPlan plan;
    plan.children = children;
    plan.children_per_transaction = 7;  // several slices, each a bulk load
    int slices = 0;
    auto counts =
        GenerateNationalData(store, clock_, plan, [&](const GeneratedCounts&) { ++slices; });
    EXPECT_GE(slices, int(children / 7));
    return counts;
  }

  TestDatabase database_{GetParam()};
  FixedClock clock_{"2026-11-27T10:00:00Z"};
};

TEST_P(NationalDataTest, StoresWhatItReportsWithEveryLinkWhole) {
  auto store = database_.Open();
  const auto counts = Generate(*store, 60);
  EXPECT_EQ(counts.children, 60);
  EXPECT_EQ(counts.decisions, counts.contacts);

  store->Read([&](store::Records& records) {
    const std::int64_t people = counts.children + counts.adults;
    std::int64_t contacts_seen = 0;
    for (std::int64_t id = 1; id <= people; ++id) {
      const auto person = records.people.Find(id);
      ASSERT_TRUE(person) << "person " << id;
      // Found by the sound-alike keys of their names in the search table the bulk load filled,
      // as "is this child known?" searches, with the postcodes they have lived at.
      const auto by_name = records.people.ByNameKeys(domain::PhoneticKey(person->family_name),
                                                     domain::PhoneticKey(person->given_name), 500);
      const auto found = std::find_if(by_name.begin(), by_name.end(),
                                      [&](const auto& row) { return row.person.id == id; });
      ASSERT_NE(found, by_name.end()) << "person " << id;
      EXPECT_FALSE(found->postcodes.empty());
      // One household, or two when the family moved: the earlier one ended on the day they moved.
      const auto households = records.households.HouseholdsOf(id);
      ASSERT_GE(households.size(), 1u);
      ASSERT_LE(households.size(), 2u);
      const auto current =
          std::count_if(households.begin(), households.end(),
                        [](const auto& lived) { return !lived.second.to.has_value(); });
      EXPECT_EQ(current, 1);
      // Never living somewhere before they were born, or leaving before they came.
      for (const auto& [household, lived] : households) {
        EXPECT_GE(lived.from, *person->date_of_birth) << "person " << id;
        if (lived.to) {
          EXPECT_LT(lived.from, *lived.to) << "person " << id;
        }
      }
      for (const auto& contact : records.contacts.About(id)) {
        if (std::find(contact.children.begin(), contact.children.end(), id) ==
            contact.children.end())
          continue;
        ++contacts_seen;
        EXPECT_EQ(contact.reference, domain::ContactReference(contact.id));
        const auto decision = records.decisions.Find(contact.id);
        ASSERT_TRUE(decision);
        EXPECT_EQ(decision->contact_id, contact.id);
        EXPECT_EQ(contact.referral_date.has_value(),
                  !records.allocations.ForContacts({contact.id}).empty());
        for (const auto& check : records.checks.ForContacts({contact.id}))
          EXPECT_TRUE(check.Answered());
      }
    }
    EXPECT_GE(contacts_seen, counts.contacts);  // a contact about siblings is seen from each
    EXPECT_FALSE(records.people.Find(people + 1));
    // Every contact has its decision, so none waits.
    EXPECT_TRUE(records.contacts.AwaitingDecision(std::nullopt, 10).empty());
    // The first child has twenty contacts, for the journey benchmark.
    bool found_first = false;
    for (std::int64_t id = 2; id <= 3; ++id) {
      const auto about = records.contacts.About(id);
      if (about.size() == 20 && about.front().children == std::vector<std::int64_t>{id})
        found_first = true;
    }
    EXPECT_TRUE(found_first);
  });
}

TEST_P(NationalDataTest, ASecondRunAddsAfterTheFirst) {
  auto store = database_.Open();
  const auto first = Generate(*store, 8);
  const auto second = Generate(*store, 8);
  store->Read([&](store::Records& records) {
    const std::int64_t people = first.children + first.adults + second.children + second.adults;
    EXPECT_TRUE(records.people.Find(people));
    EXPECT_FALSE(records.people.Find(people + 1));
    const auto contact = records.contacts.Find(first.contacts + second.contacts);
    ASSERT_TRUE(contact);
    EXPECT_EQ(contact->reference, domain::ContactReference(contact->id));
    // Each child's own part of the second run's decisions is about a child on the contact.
    const auto decision = records.decisions.Find(contact->id);
    ASSERT_TRUE(decision);
    ASSERT_EQ(decision->proforma.children.size(), contact->children.size());
    for (std::int64_t child : contact->children) EXPECT_TRUE(decision->For(child)) << child;
  });
}

TEST_P(NationalDataTest, TheSameSeedMakesTheSamePeopleAndAnotherSeedOthers) {
  const auto people = [&](std::uint64_t seed) {
    TestDatabase database(GetParam());
    auto store = database.Open();
    GenerationPlan plan;
    plan.children = 40;
    plan.seed = seed;
    plan.as_of = domain::ParseTimestamp("2026-12-01T09:00:00Z");
    GenerateNationalData(*store, clock_, plan, [](const GeneratedCounts&) {});
    std::vector<std::string> made;
    store->Read([&](store::Records& records) {
      for (std::int64_t id = 1; auto person = records.people.Find(id); ++id) {
        made.push_back(person->given_name + " " + person->family_name + " " +
                       domain::FormatDate(*person->date_of_birth) + " " + person->nhs_number);
        for (const auto& [household, member] : records.households.HouseholdsOf(id))
          made.back() += " " + household.postcode;
      }
    });
    return made;
  };
  const auto first = people(7);
  EXPECT_GE(first.size(), 40u);
  EXPECT_EQ(people(7), first);
  EXPECT_NE(people(8), first);
}

TEST_P(NationalDataTest, ABulkRecordWithoutAReservedIdChangesNothing) {
  auto store = database_.Open();
  EXPECT_THROW(store->Write([&](store::Records& records) {
    const auto ids = records.bulk.ReserveIds(store::BulkTable::kHouseholds, 2);
    ASSERT_EQ(ids.size(), 2u);
    EXPECT_EQ(ids[1], ids[0] + 1);
    store::BulkRecords slice;
    slice.households.push_back({ids[0], "1 Kept Road", "", "Southampton", "SO14 1AA"});
    slice.households.push_back({ids[1] + 5, "2 Unreserved Road", "", "Southampton", "SO14 1AB"});
    records.bulk.Add(slice);
  }),
               store::StoreError);
  // Ids reserved by an earlier transaction are not this one's to use either.
  store::BulkRecords earlier;
  store->Write([&](store::Records& records) {
    const auto ids = records.bulk.ReserveIds(store::BulkTable::kHouseholds, 1);
    earlier.households.push_back({ids[0], "3 Earlier Road", "", "Southampton", "SO14 1AC"});
  });
  EXPECT_THROW(store->Write([&](store::Records& records) { records.bulk.Add(earlier); }),
               store::StoreError);
  store->Read([&](store::Records& records) {
    for (std::int64_t id = 1; id <= 10; ++id) EXPECT_FALSE(records.households.Find(id)) << id;
  });
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, NationalDataTest,
                         ::testing::Values(DatabaseKind::kSqlite, DatabaseKind::kPostgres),
                         KindName);

}  // namespace
}  // namespace frontdoor::service
