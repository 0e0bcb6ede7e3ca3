// tests/service/person_service_test.cpp — restricted records and break-glass on both databases,
// with every step audited.
#include "service/person_service.hpp"

#include <gtest/gtest.h>

#include <set>

#include "service/access_audit_service.hpp"
#include "service/account_service.hpp"
#include "service/configuration.hpp"
#include "service/contact_service.hpp"
#include "test_support.hpp"

namespace frontdoor::service {
namespace {

using frontdoor::testing::FixedClock;
using frontdoor::testing::KindName;
using frontdoor::testing::TestDatabase;

// A person as typed, with only the fields a test cares about.
domain::PersonDraft Draft(std::string given, std::string family, std::string born) {
  domain::PersonDraft draft;
  draft.given_name = std::move(given);
  draft.family_name = std::move(family);
  draft.date_of_birth = std::move(born);
  return draft;
}
class PersonServiceTest : public ::testing::TestWithParam<store::DatabaseKind> {
 protected:
  Identity Account(const std::string& username, const std::string& role) {
    auto added = accounts_.AddUser(CommandLineActor(),
                                   {username, role, "", "purple tractor morning", username, role});
    return Identity{std::get<domain::User>(added), std::nullopt, "192.0.2.1"};
  }
  domain::AuditEntry LastAudit() {
    return store_->ReadResult(
        [](store::Records& records) { return records.audit.Recent(1).at(0); });
  }

  TestDatabase database_{GetParam()};
  std::unique_ptr<store::Store> store_ = database_.Open();
  FixedClock clock_{"2026-11-27T09:00:00.000Z"};
  domain::CommonPasswords common_ = domain::CommonPasswords::FromText("");
  AccountService accounts_{*store_, clock_, common_, PasswordHashCost::kInteractive};
  PersonService people_{*store_, clock_};
};

TEST_P(PersonServiceTest, ARestrictedRecordShowsOnlyThatItExistsUntilAManagerBreaksTheGlass) {
  const Identity named = Account("nia.named", "practitioner");
  const Identity other = Account("oli.other", "practitioner");
  const Identity restricting = Account("mo.manager", "manager");
  const Identity manager = Account("meg.manager", "manager");

  auto added = people_.AddPerson(named, Draft("Zoë", "O'Neill", "2019-03-04"));
  ASSERT_TRUE(std::holds_alternative<domain::Person>(added));
  const std::int64_t id = std::get<domain::Person>(added).id;
  EXPECT_EQ(LastAudit().action, "add_person");
  EXPECT_EQ(LastAudit().detail, "person added");
  const auto unknown = people_.RestrictRecord(restricting, id, {"nobody"}, "Staff member's child");
  ASSERT_TRUE(std::holds_alternative<Refused<RestrictionForm>>(unknown));
  EXPECT_EQ(std::get<Refused<RestrictionForm>>(unknown).errors[0].message,
            "There is no account named nobody");
  EXPECT_TRUE(std::holds_alternative<Refused<RestrictionForm>>(
      people_.RestrictRecord(restricting, id, {"nia.named"}, "  ")));
  // Naming someone whose role reads no records would open nothing to them: refused, and not
  // offered on the form.
  Account("ada.admin", "admin");
  const auto admin = people_.RestrictRecord(restricting, id, {"ada.admin"}, "Staff member's child");
  ASSERT_TRUE(std::holds_alternative<Refused<RestrictionForm>>(admin));
  EXPECT_EQ(std::get<Refused<RestrictionForm>>(admin).errors[0].message,
            "ada.admin cannot be named: their role (Administrator) does not read people's records");
  const auto& offered = std::get<Refused<RestrictionForm>>(admin).form.accounts;
  EXPECT_TRUE(std::none_of(offered.begin(), offered.end(),
                           [](const auto& user) { return user.username == "ada.admin"; }));
  EXPECT_TRUE(std::any_of(offered.begin(), offered.end(),
                          [](const auto& user) { return user.username == "oli.other"; }));
  ASSERT_TRUE(std::holds_alternative<domain::Restriction>(
      people_.RestrictRecord(restricting, id, {"nia.named"}, "A member of staff's own child")));
  EXPECT_EQ(LastAudit().detail, "open to nia.named; why: A member of staff's own child");
  // The manager naming themself as well is named once.
  const auto again = people_.RestrictRecord(restricting, id, {"mo.manager", "nia.named"},
                                            "A member of staff's own child");
  ASSERT_TRUE(std::holds_alternative<domain::Restriction>(again));
  EXPECT_EQ(std::get<domain::Restriction>(again).allowed_user_ids.size(), 2u);
  // The form shows who it is open to and why, and offers every other account in use.
  const auto form = std::get<RestrictionForm>(people_.ShowRestriction(restricting, id));
  EXPECT_EQ(form.name, "Zoë O'Neill");
  EXPECT_EQ(std::set<std::string>(form.allowed_usernames.begin(), form.allowed_usernames.end()),
            (std::set<std::string>{"mo.manager", "nia.named"}));
  EXPECT_EQ(form.reason, "A member of staff's own child");
  EXPECT_TRUE(std::none_of(form.accounts.begin(), form.accounts.end(),
                           [](const auto& user) { return user.username == "mo.manager"; }));
  EXPECT_TRUE(std::any_of(form.accounts.begin(), form.accounts.end(),
                          [](const auto& user) { return user.username == "nia.named"; }));
  EXPECT_EQ(LastAudit().detail, "form shown");

  auto seen = std::get<PersonView>(people_.ViewPerson(named, id));
  ASSERT_TRUE(seen.person);
  EXPECT_EQ(seen.person->given_name, "Zoë");
  EXPECT_TRUE(seen.restricted);
  EXPECT_TRUE(seen.may_change_restriction);
  EXPECT_FALSE(seen.opened_by_break_glass);

  auto refused = std::get<PersonView>(people_.ViewPerson(other, id));
  EXPECT_FALSE(refused.person);
  EXPECT_FALSE(refused.can_break_glass);
  EXPECT_EQ(LastAudit().outcome, domain::AuditOutcome::kRefused);
  EXPECT_EQ(LastAudit().record_ids, "person:" + std::to_string(id));

  auto before = std::get<PersonView>(people_.ViewPerson(manager, id));
  EXPECT_FALSE(before.person);
  EXPECT_TRUE(before.can_break_glass);
  EXPECT_TRUE(std::holds_alternative<Invalid>(people_.BreakGlass(manager, id, "need it")));
  auto opened = people_.BreakGlass(manager, id, "Police report the child is missing tonight");
  ASSERT_TRUE(std::holds_alternative<domain::BreakGlass>(opened));
  EXPECT_EQ(LastAudit().action, "break_glass");
  EXPECT_EQ(LastAudit().detail, "for review; reason: Police report the child is missing tonight");

  auto after = std::get<PersonView>(people_.ViewPerson(manager, id));
  ASSERT_TRUE(after.person);
  EXPECT_TRUE(after.opened_by_break_glass);
  EXPECT_FALSE(after.may_change_restriction);
  EXPECT_EQ(LastAudit().detail, "opened by breaking the glass");

  AccessAuditService audit(*store_, clock_);
  const auto auditor = Account("aud.auditor", "auditor").AsActor();
  const auto to_review = audit.ShowAudit(auditor, "", 10).openings;
  ASSERT_EQ(to_review.size(), 1u);
  EXPECT_EQ(to_review[0].username, "meg.manager");
  EXPECT_TRUE(std::holds_alternative<bool>(audit.ReviewBreakGlass(auditor, to_review[0].id)));
  EXPECT_TRUE(audit.ShowAudit(auditor, "", 10).openings.empty());
  EXPECT_TRUE(std::holds_alternative<NotFound>(audit.ReviewBreakGlass(auditor, to_review[0].id)));

  clock_.Set("2026-11-27T17:00:00.000Z");  // eight hours later the opening has lapsed
  EXPECT_FALSE(std::get<PersonView>(people_.ViewPerson(manager, id)).person);
}

TEST_P(PersonServiceTest, AnAuditorSeesWhoseOpeningOfPeoplesRecordsStandsOut) {
  const Identity looker = Account("lou.looker", "practitioner");
  const Identity first = Account("ada.first", "practitioner");
  const Identity second = Account("bo.second", "practitioner");
  std::vector<std::int64_t> ids;
  for (int person_idx = 0; person_idx < 30; ++person_idx) {
    const std::string given = {'K', 'i', char('a' + person_idx % 26), char('a' + person_idx / 26)};
    auto added = people_.AddPerson(first, Draft(given, "Lane", "2018-05-06"));
    ids.push_back(std::get<domain::Person>(added).id);
  }
  // Eight days ago, outside the week compared: the first worker opened every record.
  clock_.Set("2026-11-19T09:00:00.000Z");
  for (const auto id : ids) {
    ASSERT_TRUE(std::holds_alternative<PersonView>(people_.ViewPerson(first, id)));
  }
  clock_.Set("2026-11-27T09:00:00.000Z");
  for (const auto id : ids) people_.ViewPerson(looker, id);
  people_.ViewPerson(looker, ids[0]);  // the same person twice is one person
  people_.ViewPerson(first, ids[0]);
  people_.ViewPerson(second, ids[1]);
  people_.ViewPerson(second, ids[2]);

  AccessAuditService audit(*store_, clock_);
  const auto auditor = Account("aud.auditor", "auditor").AsActor();
  const auto reading = audit.ShowAudit(auditor, "", 10).reading;
  ASSERT_EQ(reading.size(), 3u);
  EXPECT_EQ(reading[0].username, "lou.looker");
  EXPECT_EQ(reading[0].people, 30);
  EXPECT_EQ(reading[0].entries, 31);
  EXPECT_TRUE(reading[0].unusual);
  EXPECT_EQ(reading[1].username, "bo.second");
  EXPECT_EQ(reading[1].people, 2);
  EXPECT_FALSE(reading[1].unusual);
  EXPECT_EQ(reading[2].username, "ada.first");
  EXPECT_EQ(reading[2].people, 1);
  // Asking who has seen one record shows only that.
  EXPECT_TRUE(audit.ShowAudit(auditor, "person:" + std::to_string(ids[0]), 10).reading.empty());

  // The server's watch is told only who stands out, and looking writes nothing to the audit.
  const auto entries_before = audit.ShowAudit(auditor, "", 1000).entries.size();
  const auto unusual = audit.UnusualReading();
  ASSERT_EQ(unusual.size(), 1u);
  EXPECT_EQ(unusual[0].username, "lou.looker");
  EXPECT_EQ(audit.ShowAudit(auditor, "", 1000).entries.size(), entries_before + 1);  // the page's
  // A week later nothing in the week compared stands out.
  clock_.Set("2026-12-04T09:00:01.000Z");
  EXPECT_TRUE(audit.UnusualReading().empty());
}

TEST_P(PersonServiceTest, BadPeopleAreRefusedAndNothingIsKept) {
  const Identity practitioner = Account("pat.practitioner", "practitioner");
  auto refused = people_.AddPerson(practitioner, Draft("", "Smith", "2030-01-01"));
  ASSERT_TRUE(std::holds_alternative<Invalid>(refused));
  EXPECT_EQ(std::get<Invalid>(refused).errors.size(), 2u);
  EXPECT_TRUE(std::holds_alternative<NotFound>(people_.ViewPerson(practitioner, 1)));
}

TEST_P(PersonServiceTest, AnNhsNumberNamesOneRecord) {
  const Identity practitioner = Account("pat.practitioner", "practitioner");
  auto jayden = Draft("Jayden", "Smith", "2015-05-14");
  jayden.nhs_number = "9434765919";
  ASSERT_TRUE(std::holds_alternative<domain::Person>(people_.AddPerson(practitioner, jayden)));
  // Another record with his number, written another way, is refused, naming the field.
  auto again = Draft("Jaden", "Smyth", "2015-05-14");
  again.nhs_number = "943 476 5919";
  const auto refused = people_.AddPerson(practitioner, again);
  ASSERT_TRUE(std::holds_alternative<Invalid>(refused));
  EXPECT_EQ(std::get<Invalid>(refused).errors.at(0).field, "nhs_number");
  EXPECT_TRUE(std::holds_alternative<NotFound>(people_.ViewPerson(practitioner, 2)));
  // Nor can a correction give another record his number.
  const auto amelia = people_.AddPerson(practitioner, Draft("Amelia", "Smith", "2018-09-02"));
  ASSERT_TRUE(std::holds_alternative<domain::Person>(amelia));
  auto renumbered = Draft("Amelia", "Smith", "2018-09-02");
  renumbered.nhs_number = "9434765919";
  const auto corrected = people_.CorrectPerson(practitioner, std::get<domain::Person>(amelia).id,
                                               renumbered, "Her health visitor said");
  ASSERT_TRUE(std::holds_alternative<Invalid>(corrected));
  EXPECT_EQ(std::get<Invalid>(corrected).errors.at(0).field, "nhs_number");
}

TEST_P(PersonServiceTest, ARecordMergedIntoAnotherTakesNoChanges) {
  const Identity practitioner = Account("pat.practitioner", "practitioner");
  const Identity manager = Account("meg.manager", "manager");
  const auto kept = std::get<domain::Person>(
      people_.AddPerson(practitioner, Draft("Jayden", "Smith", "2015-05-14")));
  const auto copy = std::get<domain::Person>(
      people_.AddPerson(practitioner, Draft("Jaden", "Smith", "2015-05-14")));
  // A record giving another date of birth is corrected first, not merged.
  const auto older = std::get<domain::Person>(
      people_.AddPerson(practitioner, Draft("Jayden", "Smith", "2014-05-14")));
  const auto differs = people_.MergePeople(manager, older.id, kept.id, "The same child");
  ASSERT_TRUE(std::holds_alternative<Refused<MergeForm>>(differs));
  EXPECT_NE(
      std::get<Refused<MergeForm>>(differs).errors.at(0).message.find("different dates of birth"),
      std::string::npos);
  // The merge page offers the records that may be his, not his own, and the access audit says
  // which were shown.
  const auto offered = std::get<MergeForm>(people_.ShowMerge(manager, copy.id));
  std::vector<std::int64_t> likely;
  for (const auto& match : offered.likely) likely.push_back(match.person.id);
  EXPECT_NE(std::find(likely.begin(), likely.end(), kept.id), likely.end());
  EXPECT_EQ(std::find(likely.begin(), likely.end(), copy.id), likely.end());
  EXPECT_NE(LastAudit().record_ids.find("person:" + std::to_string(kept.id)), std::string::npos);
  EXPECT_EQ(LastAudit().detail, "merge form");
  EXPECT_TRUE(offered.mergeable);
  ASSERT_TRUE(std::holds_alternative<domain::Person>(
      people_.MergePeople(manager, copy.id, kept.id, "The same child")));
  EXPECT_EQ(std::get<MergeForm>(people_.ShowMerge(manager, copy.id)).merged_into->id, kept.id);
  const auto kept_form = std::get<MergeForm>(people_.ShowMerge(manager, kept.id));
  ASSERT_EQ(kept_form.merged_in.size(), 1u);
  EXPECT_EQ(kept_form.merged_in[0].first, copy.id);
  EXPECT_TRUE(kept_form.likely.empty());  // merged into, it is not merged elsewhere
  EXPECT_FALSE(kept_form.mergeable);
  const auto corrected =
      people_.CorrectPerson(practitioner, copy.id, Draft("Jade", "Smith", "2015-05-14"), "");
  ASSERT_TRUE(std::holds_alternative<Invalid>(corrected));
  EXPECT_NE(std::get<Invalid>(corrected).errors.at(0).message.find("merged into another"),
            std::string::npos);
  const auto related = people_.Relate(practitioner, copy.id, kept.id, "sibling");
  ASSERT_TRUE(std::holds_alternative<Invalid>(related));
  EXPECT_EQ(std::get<Invalid>(related).errors.at(0).field, "person_id");
  const auto household = std::get<domain::Household>(
      people_.AddHousehold(practitioner, {"1 Shirley Road", "", "Southampton", "SO15 3AB"}));
  EXPECT_TRUE(std::holds_alternative<Invalid>(
      people_.AddToHousehold(practitioner, household.id, copy.id, "2024-01-01")));
  EXPECT_TRUE(std::holds_alternative<domain::HouseholdMember>(
      people_.AddToHousehold(practitioner, household.id, kept.id, "2024-01-01")));

  // The child's journey says when another record was joined to theirs, and taken apart again.
  const std::string joined = domain::LocalChildId(copy.id) + " (Jaden Smith)";
  const auto titles = [&] {
    const auto journey = people_.ShowJourney(practitioner, kept.id, {"correction"});
    std::vector<std::string> found;
    for (const auto& event : std::get<JourneyView>(journey).events)
      found.push_back(event.title + " | " + event.summary);
    return found;
  };
  EXPECT_EQ(titles(), std::vector<std::string>{
                          "Another record of the same person joined to this one: " + joined +
                          " | From: nothing\nTo: " + joined + "\nReason: The same child"});
  EXPECT_TRUE(
      std::holds_alternative<Refused<MergeForm>>(people_.UnmergePerson(manager, copy.id, " ")));
  EXPECT_EQ(std::get<Refused<MergeForm>>(people_.UnmergePerson(manager, copy.id, "Two boys\x01"))
                .errors.at(0)
                .message,
            "The reason must only contain ordinary text");
  ASSERT_TRUE(std::holds_alternative<domain::Person>(
      people_.UnmergePerson(manager, copy.id, "Their mothers differ: two boys")));
  const auto after = titles();
  ASSERT_EQ(after.size(), 2u);
  EXPECT_NE(std::find(after.begin(), after.end(),
                      "Records taken apart again: " + joined + " | From: " + joined +
                          "\nTo: nothing\nReason: Their mothers differ: two boys"),
            after.end());
}

TEST_P(PersonServiceTest, APupilNumberTheChildHadBeforeFindsThem) {
  const Identity practitioner = Account("pat.practitioner", "practitioner");
  auto renumbered = Draft("Jayden", "Smith", "2015-05-14");
  renumbered.upn = "A123456789012";
  renumbered.former_upn = "W801200106001";
  const auto added = people_.AddPerson(practitioner, renumbered);
  ASSERT_TRUE(std::holds_alternative<domain::Person>(added));
  people_.AddPerson(practitioner, Draft("Jayden", "Smith", "2015-05-14"));  // a namesake
  // By the number alone, and with his name and date of birth: him first, saying why.
  for (const domain::PersonSearch& search :
       {domain::PersonSearch{"", "", "", "W801200106001", ""},
        domain::PersonSearch{"Jayden Smith", "2015-05-14", "", "W801200106001", ""}}) {
    const auto found = people_.FindPeople(practitioner, search);
    ASSERT_TRUE(std::holds_alternative<SearchResults>(found));
    const auto& matches = std::get<SearchResults>(found).matches;
    ASSERT_FALSE(matches.empty());
    EXPECT_EQ(matches[0].person.id, std::get<domain::Person>(added).id);
    EXPECT_EQ(matches[0].reasons.front(), "same former unique pupil number");
  }
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, PersonServiceTest,
                         ::testing::Values(store::DatabaseKind::kSqlite,
                                           store::DatabaseKind::kPostgres),
                         KindName);

}  // namespace
}  // namespace frontdoor::service

namespace frontdoor::service {
namespace {

class PersonSearchAtScaleTest : public PersonServiceTest {
 protected:
  //! The id of the best match for `search`, or 0 when nothing matches.
  std::int64_t BestMatch(const Identity& by, const domain::PersonSearch& search) {
    const auto matches = std::get<SearchResults>(people_.FindPeople(by, search)).matches;
    return matches.empty() ? 0 : matches[0].person.id;
  }
};

// Six hundred Smiths come first; the child searched for is the six hundred and first. The name
// with a postcode, or a misspelt family name with the postcode, still finds her first.
TEST_P(PersonSearchAtScaleTest, FindsAChildBeyondTheFirstRecordsFromTheNameAndPostcode) {
  const Identity practitioner = Account("pat.practitioner", "practitioner");
  frontdoor::testing::AddPeopleInBulk(
      *store_, 600,
      [](std::size_t index) {
        return std::pair{index % 2 ? "Zara" : "Oliver", "Smith"};
      },
      "2014-01-01");
  domain::HouseholdDraft address{"1 Long Lane", "", "Southampton", "SO16 4GX"};
  const auto household = std::get<domain::Household>(people_.AddHousehold(practitioner, address));
  const auto zara =
      std::get<domain::Person>(people_.AddPerson(practitioner, Draft("Zara", "Smith", "2016-07-08"),
                                                 HouseholdJoining{household.id, "2016-07-08"}));
  for (const domain::PersonSearch& search :
       {domain::PersonSearch{"Zara Smith", "", "SO16 4GX", "", ""},
        domain::PersonSearch{"Zara Smiht", "", "SO16 4GX", "", ""},
        domain::PersonSearch{"Smith Zara", "2016-07-08", "", "", ""}})
    EXPECT_EQ(BestMatch(practitioner, search), zara.id) << search.name;
  // With only his names, either with its first letter typed wrong, Teddy is found among them.
  const auto teddy = std::get<domain::Person>(
      people_.AddPerson(practitioner, Draft("Teddy", "Okonkwo", "2017-01-02"),
                        HouseholdJoining{household.id, "2020-06-01"}));
  for (const char* name : {"Yeddy Okonkwo", "Teddy Ikonkwo"})
    EXPECT_EQ(BestMatch(practitioner, {name, "", "", "", ""}), teddy.id) << name;
}

// Both names common alone (550 Olivers, 550 Smiths among 6,600 people), the pair unique: with a
// first letter typed wrong and nothing else, only the key after the first letter brings him in.
TEST_P(PersonSearchAtScaleTest, ACommonNameWithItsFirstLetterWrongIsFoundThroughTheRestOfItsKey) {
  const Identity practitioner = Account("pat.practitioner", "practitioner");
  frontdoor::testing::AddPeopleInBulk(
      *store_, 6'600,
      [](std::size_t index) {
        if (index >= 1'100) return std::pair{"Amy", "Brown"};
        return index % 2 ? std::pair{"Oliver", "Jones"} : std::pair{"Zara", "Smith"};
      },
      "2014-01-01");
  const auto oliver = std::get<domain::Person>(
      people_.AddPerson(practitioner, Draft("Oliver", "Smith", "2017-01-02")));
  for (const char* name : {"Oliver Kmith", "Pliver Smith"})
    EXPECT_EQ(BestMatch(practitioner, {name, "", "", "", ""}), oliver.id) << name;
}

// Twenty-three namesakes born the same day: three pages of ten, the last with three; a page past
// the last is refused, saying how many there are; each page's records are the ones audited.
// A family name of two joined by a hyphen, typed with a space for it (and with a middle name):
// found among a council's other children by the name alone.
TEST_P(PersonSearchAtScaleTest, AFamilyNameTypedWithASpaceForItsHyphenFindsThem) {
  const Identity practitioner = Account("pat.practitioner", "practitioner");
  frontdoor::testing::AddPeopleInBulk(
      *store_, 60,
      [](std::size_t index) {
        return std::pair{index % 2 ? "Zoe" : "Oliver", index % 3 ? "Nowak" : "Smith"};
      },
      "2014-01-01");
  const auto added =
      people_.AddPerson(practitioner, Draft("Zoë", "Nowak-Łukasiewicz", "2019-04-03"));
  ASSERT_TRUE(std::holds_alternative<domain::Person>(added));
  const std::int64_t zoe = std::get<domain::Person>(added).id;
  for (const char* name : {"Zoe Nowak Lukasiewicz", "Zoë Nowak Łukasiewicz",
                           "Zoe Maria Nowak Lukasiewicz", "Zoe Nowak-Lukasiewicz"}) {
    const auto found = people_.FindPeople(practitioner, {name, "", "", "", ""});
    ASSERT_TRUE(std::holds_alternative<SearchResults>(found)) << name;
    const auto& matches = std::get<SearchResults>(found).matches;
    ASSERT_FALSE(matches.empty()) << name;
    EXPECT_EQ(matches[0].person.id, zoe) << name;
  }
}

TEST_P(PersonSearchAtScaleTest, ResultsComeAPageOfTenAtATime) {
  const Identity practitioner = Account("pat.practitioner", "practitioner");
  frontdoor::testing::AddPeopleInBulk(
      *store_, 23,
      [](std::size_t) {
        return std::pair{"Ava", "Page"};
      },
      "2015-03-02");
  std::set<std::int64_t> seen;
  for (int page = 1; page <= 3; ++page) {
    const auto results = std::get<SearchResults>(
        people_.FindPeople(practitioner, {"Ava Page", "2015-03-02", "", "", std::to_string(page)}));
    EXPECT_EQ(results.total, 23u);
    EXPECT_EQ(results.pages, 3);
    EXPECT_EQ(results.page, page);
    EXPECT_EQ(results.matches.size(), page < 3 ? 10u : 3u);
    std::string shown;
    for (const auto& match : results.matches) {
      EXPECT_TRUE(seen.insert(match.person.id).second);
      shown += (shown.empty() ? "person:" : " person:") + std::to_string(match.person.id);
    }
    EXPECT_EQ(LastAudit().record_ids, shown);  // the page's records, and only those
  }
  EXPECT_EQ(seen.size(), 23u);
  const auto past = people_.FindPeople(practitioner, {"Ava Page", "2015-03-02", "", "", "4"});
  ASSERT_TRUE(std::holds_alternative<Invalid>(past));
  EXPECT_EQ(std::get<Invalid>(past).errors.at(0).field, "page");
  EXPECT_EQ(std::get<Invalid>(past).errors.at(0).message, "There are only 3 pages of results");
  const auto nonsense = people_.FindPeople(practitioner, {"Ava Page", "", "", "", "two"});
  ASSERT_TRUE(std::holds_alternative<Invalid>(nonsense));
  EXPECT_EQ(std::get<Invalid>(nonsense).errors.at(0).field, "page");
}

// Paged by cursor (the API's way) a search gives more than the pages show: 150 namesakes, forty
// at a time, each exactly once, with one more added between two pages found once too. A cursor
// is refused with another search's terms, and so is a limit past the most.
TEST_P(PersonSearchAtScaleTest, ACursorGivesEveryMatchOnceEvenWhenOneIsAddedMeanwhile) {
  const Identity practitioner = Account("pat.practitioner", "practitioner");
  const auto namesakes = [](std::size_t) { return std::pair{"Ava", "Page"}; };
  frontdoor::testing::AddPeopleInBulk(*store_, 150, namesakes, "2015-03-02");
  const domain::PersonSearch search{"Ava Page", "2015-03-02", "", "", ""};
  std::set<std::int64_t> seen;
  std::string cursor;
  int pages = 0;
  do {
    const auto found = people_.FindPeople(practitioner, search, domain::CursorPaging{"40", cursor});
    ASSERT_TRUE(std::holds_alternative<SearchResults>(found)) << pages;
    const auto& results = std::get<SearchResults>(found);
    EXPECT_LE(results.matches.size(), 40u);
    for (const auto& match : results.matches)
      EXPECT_TRUE(seen.insert(match.person.id).second) << match.person.id;
    if (++pages == 2) frontdoor::testing::AddPeopleInBulk(*store_, 1, namesakes, "2015-03-02");
    cursor = results.next_cursor;
  } while (!cursor.empty() && pages < 10);
  EXPECT_EQ(seen.size(), 151u);
  EXPECT_EQ(pages, 4);
  const auto first = std::get<SearchResults>(
      people_.FindPeople(practitioner, search, domain::CursorPaging{"", ""}));
  EXPECT_EQ(first.matches.size(), 10u);
  EXPECT_EQ(first.total, 151u);
  const auto other = people_.FindPeople(practitioner, {"Ava Page", "", "", "", ""},
                                        domain::CursorPaging{"", first.next_cursor});
  ASSERT_TRUE(std::holds_alternative<Invalid>(other));
  EXPECT_EQ(std::get<Invalid>(other).errors.at(0).field, "cursor");
  const auto too_many = people_.FindPeople(practitioner, search, domain::CursorPaging{"101", ""});
  ASSERT_TRUE(std::holds_alternative<Invalid>(too_many));
  EXPECT_EQ(std::get<Invalid>(too_many).errors.at(0).field, "limit");
}

// Shown a page at a time a look-up stops at 500 people; by cursor it has room for every likely
// match: all 620 namesakes born on the day are found, not the first 500.
TEST_P(PersonSearchAtScaleTest, ByCursorALookUpHasRoomForEveryMatch) {
  const Identity practitioner = Account("pat.practitioner", "practitioner");
  frontdoor::testing::AddPeopleInBulk(
      *store_, 620,
      [](std::size_t) {
        return std::pair{"Ava", "Page"};
      },
      "2015-03-02");
  const auto all = std::get<SearchResults>(people_.FindPeople(
      practitioner, {"Ava Page", "2015-03-02", "", "", ""}, domain::CursorPaging{"", ""}));
  EXPECT_EQ(all.total, 620u);
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, PersonSearchAtScaleTest,
                         ::testing::Values(store::DatabaseKind::kSqlite,
                                           store::DatabaseKind::kPostgres),
                         KindName);

class RestrictedRecordRulesTest : public PersonServiceTest {
 protected:
  //! Three accounts: a manager the records are open to, another manager, a practitioner.
  const Identity named = Account("nia.named", "manager");
  const Identity other = Account("oli.other", "manager");
  const Identity practitioner = Account("pat.practitioner", "practitioner");

  //! A child's record, added by the manager it will be open to.
  std::int64_t AddChild(const char* given) {
    return std::get<domain::Person>(people_.AddPerson(named, Draft(given, "Private", "2018-06-01")))
        .id;
  }
};

TEST_P(RestrictedRecordRulesTest, OnlyThoseNamedMayChangeARestrictionAndJourneysAndSearchesHideIt) {
  const std::int64_t id = AddChild("Rowan");
  const std::int64_t sibling =
      std::get<domain::Person>(people_.AddPerson(named, Draft("Sky", "Private", "2016-02-02"))).id;
  ASSERT_TRUE(std::holds_alternative<domain::Restriction>(
      people_.RestrictRecord(named, id, {}, "A member of staff's child")));
  // A change by someone it is not open to is refused as restricted, as reading it says; one to
  // no record at all finds none.
  const auto refused = people_.CorrectPerson(practitioner, id, Draft("Rowan", "Open", "2018-06-01"),
                                             "Their family name was typed wrong");
  ASSERT_TRUE(std::holds_alternative<Invalid>(refused));
  EXPECT_EQ(std::get<Invalid>(refused).errors[0].message,
            "This record is restricted: only the people it is open to can change it");
  EXPECT_EQ(LastAudit().detail, "restricted record");
  EXPECT_TRUE(std::holds_alternative<NotFound>(
      people_.CorrectPerson(practitioner, 99999, Draft("Rowan", "Open", "2018-06-01"),
                            "Their family name was typed wrong")));

  // Breaking the glass lets a manager read the record, never take it over.
  ASSERT_TRUE(std::holds_alternative<domain::BreakGlass>(
      people_.BreakGlass(other, id, "Police need a welfare check on this child tonight")));
  const auto taken = people_.RestrictRecord(other, id, {}, "Mine now");
  ASSERT_TRUE(std::holds_alternative<Refused<RestrictionForm>>(taken));
  EXPECT_FALSE(std::get<Refused<RestrictionForm>>(taken).form.asker_named);
  EXPECT_EQ(LastAudit().outcome, domain::AuditOutcome::kRefused);
  const auto glass = std::get<PersonView>(people_.ViewPerson(other, id));
  EXPECT_TRUE(glass.person && glass.opened_by_break_glass);
  EXPECT_FALSE(glass.may_change_restriction);
  EXPECT_TRUE(std::holds_alternative<Invalid>(people_.ShowRestriction(other, id)));
  EXPECT_EQ(LastAudit().outcome, domain::AuditOutcome::kRefused);
  EXPECT_TRUE(std::get<PersonView>(people_.ViewPerson(named, id)).person.has_value());

  // A contact about both children: its words stay out of the unrestricted sibling's journey.
  const Configuration configuration = LoadConfiguration({});
  ContactService contacts(*store_, clock_, configuration.Rules());
  domain::ContactDraft draft;
  draft.received_date = "2026-11-27";
  draft.received_time = "08:00";
  draft.method = "phone";
  draft.referrer.name = "A teacher";
  draft.source = "2A";
  draft.children = {id, sibling};
  draft.concern = "Something only the named staff may read";
  draft.family_agreement = "agreed";
  draft.urgency = "today";
  ASSERT_TRUE(std::holds_alternative<domain::Contact>(contacts.RecordContact(named, draft)));
  const auto journey = std::get<JourneyView>(people_.ShowJourney(practitioner, sibling, {}));
  ASSERT_EQ(journey.events.size(), 1u);
  EXPECT_EQ(journey.events[0].summary, "Only the people that record is open to can read this.");
  EXPECT_EQ(std::get<JourneyView>(people_.ShowJourney(named, sibling, {})).events[0].summary,
            "Something only the named staff may read");

  // Searching finds the restricted record, so nobody adds it again, but shows nothing of it.
  const auto matches =
      std::get<SearchResults>(
          people_.FindPeople(practitioner, {"Rowan Private", "2018-06-01", "", "", ""}))
          .matches;
  ASSERT_FALSE(matches.empty());
  EXPECT_EQ(matches[0].person.id, id);
  EXPECT_TRUE(matches[0].restricted);
  EXPECT_EQ(matches[0].person.family_name, "");
  EXPECT_EQ(matches[0].reasons,
            (std::vector<std::string>{
                "this record is restricted: ask your manager if you need to know more"}));
  EXPECT_EQ(matches[0].score, 0);

  // A guess confirms nothing: the name alone, or the name with a date one day out, does not
  // show the restricted record; those it is open to find it as before.
  for (const domain::PersonSearch& guess :
       {domain::PersonSearch{"Rowan Private", "", "", "", ""},
        domain::PersonSearch{"Rowan Private", "2018-06-02", "", "", ""},
        domain::PersonSearch{"", "2018-06-01", "", "", ""}}) {
    const auto found = std::get<SearchResults>(people_.FindPeople(practitioner, guess)).matches;
    for (const auto& match : found)
      EXPECT_NE(match.person.id, id) << guess.name << " " << guess.date_of_birth;
  }
  const auto open =
      std::get<SearchResults>(people_.FindPeople(named, {"Rowan Private", "", "", "", ""})).matches;
  ASSERT_FALSE(open.empty());
  EXPECT_EQ(open[0].person.id, id);
  EXPECT_GT(open[0].score, 0);
}

TEST_P(RestrictedRecordRulesTest, EveryChangeToItIsCheckedAndEachRefusalIsAuditedWithTheRecord) {
  const std::int64_t id = AddChild("Rowan");
  const std::int64_t duplicate = AddChild("Rowen");
  const std::int64_t another = AddChild("Robin");
  const std::int64_t sibling = AddChild("Sky");
  ASSERT_TRUE(std::holds_alternative<domain::Person>(
      people_.MergePeople(named, duplicate, id, "The same child, misspelt")));
  ASSERT_TRUE(std::holds_alternative<domain::Restriction>(
      people_.RestrictRecord(named, id, {}, "A member of staff's child")));
  const auto refused_with = [&](const std::string& records) {
    const auto entry = LastAudit();
    EXPECT_EQ(entry.outcome, domain::AuditOutcome::kRefused);
    EXPECT_EQ(entry.record_ids, records);
    EXPECT_EQ(entry.detail, "restricted record");
  };
  const std::string restricted = "person:" + std::to_string(id);

  // A manager the record is not open to can neither undo a merge into it nor merge into it.
  EXPECT_TRUE(std::holds_alternative<Refused<MergeForm>>(
      people_.UnmergePerson(other, duplicate, "Two children")));
  refused_with("person:" + std::to_string(duplicate) + " " + restricted);
  EXPECT_TRUE(std::holds_alternative<Refused<MergeForm>>(
      people_.MergePeople(other, another, id, "Looks like the same child")));
  refused_with("person:" + std::to_string(another) + " " + restricted);
  // A practitioner can neither relate someone to it nor add it to a household.
  EXPECT_TRUE(
      std::holds_alternative<Invalid>(people_.Relate(practitioner, sibling, id, "sibling")));
  refused_with("person:" + std::to_string(sibling) + " " + restricted);
  const auto household = std::get<domain::Household>(
      people_.AddHousehold(practitioner, {"1 Shirley Road", "", "Southampton", "SO15 3AB"}));
  EXPECT_TRUE(std::holds_alternative<Invalid>(
      people_.AddToHousehold(practitioner, household.id, id, "2024-01-01")));
  refused_with(restricted);
  // Nothing changed; those it is open to still may.
  EXPECT_TRUE(std::get<PersonView>(people_.ViewPerson(named, duplicate)).person->merged_into);
  EXPECT_TRUE(
      std::holds_alternative<domain::Relationship>(people_.Relate(named, sibling, id, "sibling")));
  EXPECT_TRUE(std::holds_alternative<domain::Person>(
      people_.UnmergePerson(named, duplicate, "Two children")));
}

TEST_P(RestrictedRecordRulesTest, ARestrictionCoversEveryRecordOfTheChildAndOnlyThoseNamedMerge) {
  const std::int64_t id = AddChild("Rowan");
  const std::int64_t earlier = AddChild("Rowen");  // merged in before the record is restricted
  const std::int64_t later = AddChild("Roan");     // and one after
  ASSERT_TRUE(std::holds_alternative<domain::Person>(
      people_.MergePeople(named, earlier, id, "The same child, misspelt")));
  ASSERT_TRUE(std::holds_alternative<domain::Restriction>(
      people_.RestrictRecord(named, id, {}, "A member of staff's child")));
  EXPECT_EQ(LastAudit().detail,
            "open to the restricting manager only; why: A member of staff's child; covering the "
            "records merged into it: person:" +
                std::to_string(earlier));
  EXPECT_FALSE(std::get<PersonView>(people_.ViewPerson(practitioner, earlier)).person);
  // A copy merged in later is covered too: nobody learns from it who the restricted child is.
  ASSERT_TRUE(std::holds_alternative<domain::Person>(
      people_.MergePeople(named, later, id, "The same child, misspelt again")));
  EXPECT_NE(LastAudit().detail.find("restriction of person:" + std::to_string(id) +
                                    " now covers person:" + std::to_string(later) + " too"),
            std::string::npos);
  EXPECT_FALSE(std::get<PersonView>(people_.ViewPerson(practitioner, later)).person);
  EXPECT_TRUE(std::get<PersonView>(people_.ViewPerson(named, later)).person);

  // A manager who broke the glass reads the record but does not merge another into it.
  const std::int64_t another = AddChild("Robyn");
  ASSERT_TRUE(std::holds_alternative<domain::BreakGlass>(
      people_.BreakGlass(other, id, "Police need a welfare check on this child tonight")));
  const auto refused = people_.MergePeople(other, another, id, "Looks like the same child");
  ASSERT_TRUE(std::holds_alternative<Refused<MergeForm>>(refused));
  EXPECT_EQ(std::get<Refused<MergeForm>>(refused).errors.at(0).message,
            "Only the people a restricted record is open to can merge it");
  EXPECT_EQ(std::get<Refused<MergeForm>>(refused).form.person.id, 0);  // nothing shown of it
  EXPECT_EQ(LastAudit().action, "merge_people");
  EXPECT_EQ(LastAudit().outcome, domain::AuditOutcome::kRefused);
  EXPECT_EQ(LastAudit().detail, "not named on the restriction");
  EXPECT_FALSE(std::get<PersonView>(people_.ViewPerson(named, another)).person->merged_into);
  EXPECT_FALSE(std::get<PersonView>(people_.ViewPerson(named, another)).restricted);
  EXPECT_TRUE(std::holds_alternative<Invalid>(people_.ShowMerge(other, id)));
  EXPECT_EQ(LastAudit().detail, "not named on the restriction");
  // Having broken the glass on both records, they still take nothing apart.
  ASSERT_TRUE(std::holds_alternative<domain::BreakGlass>(
      people_.BreakGlass(other, later, "Police need a welfare check on this child tonight")));
  const auto not_apart = people_.UnmergePerson(other, later, "Two children after all");
  ASSERT_TRUE(std::holds_alternative<Refused<MergeForm>>(not_apart));
  EXPECT_EQ(std::get<Refused<MergeForm>>(not_apart).errors.at(0).message,
            "Only the people a restricted record is open to can take it apart");
  EXPECT_TRUE(std::get<PersonView>(people_.ViewPerson(named, later)).person->merged_into);
}

TEST_P(RestrictedRecordRulesTest, RecordsOpenToDifferentPeopleAreTakenApartOnlyByThoseNamedOnBoth) {
  const std::int64_t id = AddChild("Rowan");
  const std::int64_t duplicate = AddChild("Rowen");
  ASSERT_TRUE(std::holds_alternative<domain::Restriction>(
      people_.RestrictRecord(named, id, {}, "A member of staff's child")));
  ASSERT_TRUE(std::holds_alternative<domain::Restriction>(
      people_.RestrictRecord(named, duplicate, {"oli.other"}, "A member of staff's child")));
  ASSERT_TRUE(std::holds_alternative<domain::Person>(
      people_.MergePeople(named, duplicate, id, "The same child, misspelt")));
  // Named on the record merged away, and reading the one kept by breaking the glass: the
  // manager may not take them apart.
  ASSERT_TRUE(std::holds_alternative<domain::BreakGlass>(
      people_.BreakGlass(other, id, "Police need a welfare check on this child tonight")));
  const auto refused = people_.UnmergePerson(other, duplicate, "Two children after all");
  ASSERT_TRUE(std::holds_alternative<Refused<MergeForm>>(refused));
  EXPECT_EQ(std::get<Refused<MergeForm>>(refused).errors.at(0).message,
            "Only the people a restricted record is open to can take it apart");
  EXPECT_EQ(LastAudit().record_ids, "person:" + std::to_string(id));
  EXPECT_EQ(LastAudit().detail, "not named on the restriction");
  EXPECT_TRUE(std::get<PersonView>(people_.ViewPerson(named, duplicate)).person->merged_into);
  // Refused before anything else is said: an empty reason is not checked for them.
  const auto empty = people_.UnmergePerson(other, duplicate, "", /*with_form=*/true);
  ASSERT_TRUE(std::holds_alternative<Refused<MergeForm>>(empty));
  EXPECT_EQ(std::get<Refused<MergeForm>>(empty).form.person.id, 0);  // shown nothing
  EXPECT_EQ(LastAudit().detail, "not named on the restriction");
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, RestrictedRecordRulesTest,
                         ::testing::Values(store::DatabaseKind::kSqlite,
                                           store::DatabaseKind::kPostgres),
                         KindName);

}  // namespace
}  // namespace frontdoor::service
