// tests/store/records_test_support.hpp — the fixture every record kind's contract suite runs on:
// a fresh, migrated database of each kind, and the few records most kinds hang from.
#pragma once

#include <gtest/gtest.h>

#include "domain/contact.hpp"
#include "domain/timestamp.hpp"
#include "store/store.hpp"
#include "test_support.hpp"

namespace frontdoor::store {

//! A moment written as ISO 8601 ("2026-11-27T09:30:00.250Z").
inline domain::Timestamp At(std::string_view moment) {
  return *domain::ParseTimestamp(moment);
}

//! A date written as YYYY-MM-DD.
inline domain::Date On(std::string_view date) {
  return *domain::ParseDate(date);
}

//! One contract suite: the same expectations on SQLite and PostgreSQL.
class RecordsTest : public ::testing::TestWithParam<DatabaseKind> {
 protected:
  //! Runs `work` in one write transaction and answers what it answers.
  template <typename Work>
  auto Write(Work&& work) {
    return store_->WriteResult(std::forward<Work>(work));
  }
  //! Runs `work` in one read transaction and answers what it answers.
  template <typename Work>
  auto Read(Work&& work) {
    return store_->ReadResult(std::forward<Work>(work));
  }

  //! A person with just a name and a date of birth.
  std::int64_t AddPerson(const std::string& given, const std::string& family,
                         std::string_view born = "2015-05-14") {
    return Write([&](Records& records) {
      domain::Person person;
      person.given_name = given;
      person.family_name = family;
      person.date_of_birth = On(born);
      person.created_at = At("2026-11-01T09:00:00Z");
      return records.people.Add(person);
    });
  }

  //! A contact about `children`, received at `received`.
  std::int64_t AddContact(const std::vector<std::int64_t>& children,
                          std::string_view received = "2026-11-27T09:15:00Z") {
    return Write([&](Records& records) {
      domain::Contact contact;
      contact.received_at = At(received);
      contact.referrer = {"PC Dawson", "officer", "Hampshire Police", "101", "none"};
      contact.source = "6";
      contact.children = children;
      contact.concern = "A bruise on his arm.";
      contact.recorded_by = "test.practitioner";
      contact.recorded_at = At(received);
      return records.contacts.Add(contact);
    });
  }

  frontdoor::testing::TestDatabase database_{GetParam()};
  std::unique_ptr<Store> store_ = database_.Open();
};

#define FRONTDOOR_ON_BOTH_DATABASES(Suite)                                                    \
  INSTANTIATE_TEST_SUITE_P(BothDatabases, Suite,                                              \
                           ::testing::Values(DatabaseKind::kSqlite, DatabaseKind::kPostgres), \
                           frontdoor::testing::KindName)

}  // namespace frontdoor::store
