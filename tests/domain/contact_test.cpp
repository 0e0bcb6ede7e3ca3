// tests/domain/contact_test.cpp — checking a contact, UK clock times, references that can be
// read over the phone, and how a contact is titled on the journey.
#include "domain/contact.hpp"

#include <gtest/gtest.h>

#include <set>

#include "domain/journey.hpp"
#include "domain/timestamp.hpp"

namespace frontdoor::domain {
namespace {

ContactDraft GoodDraft() {
  ContactDraft draft;
  draft.received_date = "2026-11-27";
  draft.received_time = "09:30";
  draft.method = "phone";
  draft.referrer.name = "Mrs Patel";
  draft.source = "2A";
  draft.children = {4};
  draft.concern = "  Jayden said he was scared to go home.  ";
  draft.family_agreement = "agreed";
  draft.urgency = "today";
  return draft;
}

const Timestamp kNow = *ParseTimestamp("2026-11-27T12:00:00Z");

TEST(Contact, AcceptsAGoodContactAndTrimsIt) {
  Contact contact;
  EXPECT_TRUE(ValidateContact(GoodDraft(), kNow, contact).empty());
  EXPECT_EQ(contact.concern, "Jayden said he was scared to go home.");
  EXPECT_EQ(FormatTimestamp(contact.received_at), "2026-11-27T09:30:00.000Z");
  EXPECT_EQ(contact.family_agreement, FamilyAgreement::kAgreed);
}

TEST(Contact, NamesEveryMissingOrWrongField) {
  ContactDraft draft;
  draft.received_date = "2026-11-28";
  draft.received_time = "09:30";
  Contact contact;
  std::set<std::string> fields;
  for (const auto& error : ValidateContact(draft, kNow, contact)) fields.insert(error.field);
  EXPECT_EQ(fields, (std::set<std::string>{"received_date", "method", "referrer_name", "source",
                                           "children", "concern", "family_agreement", "urgency"}));
  draft = GoodDraft();
  draft.received_time = "25:00";
  EXPECT_EQ(ValidateContact(draft, kNow, contact).at(0).field, "received_time");
  draft = GoodDraft();
  draft.concern = std::string(kFreeTextMaxCharacters + 1, 'a');
  EXPECT_EQ(ValidateContact(draft, kNow, contact).at(0).message,
            "The concern must be 20000 characters or fewer");
}

TEST(Contact, ATimeThatDidNotHappenBecauseTheClocksWentForwardIsRefused) {
  Contact contact;
  auto draft = GoodDraft();
  draft.received_date = "2026-03-29";
  draft.received_time = "1:30am";
  const auto errors = ValidateContact(draft, kNow, contact);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "received_time");
  EXPECT_EQ(errors[0].message,
            "There was no 1am hour on 29 March 2026: the clocks went forward to 2am. Check the "
            "time");
  draft.received_time = "2:30am";
  EXPECT_TRUE(ValidateContact(draft, kNow, contact).empty());
  EXPECT_EQ(FormatTimestamp(contact.received_at), "2026-03-29T01:30:00.000Z");
}

TEST(Contact, EachPersonIsOnItOnce) {
  Contact contact;
  auto draft = GoodDraft();
  draft.children = {2, 3, 2};
  EXPECT_EQ(ValidateContact(draft, kNow, contact).at(0).field, "children");
  draft = GoodDraft();
  draft.adults = {5, 5};
  EXPECT_EQ(ValidateContact(draft, kNow, contact).at(0).field, "adults");
  draft = GoodDraft();
  draft.adults = {draft.children.at(0)};
  EXPECT_EQ(ValidateContact(draft, kNow, contact).at(0).message,
            "Someone is chosen as a child and as an adult: choose one");
}

TEST(Contact, AContactComesInNoLongerBeforeAChildsBirthThanAPregnancy) {
  Contact contact;
  contact.received_at = *ParseTimestamp("2018-05-08T09:30:00.000Z");
  contact.children = {4};
  contact.adults = {5};
  Person child;
  child.id = 4;
  child.given_name = "Jayden";
  child.family_name = "Smith";
  child.date_of_birth = ParseDate("2019-03-04");  // 300 days after 8 May 2018
  Person mother;
  mother.id = 5;
  mother.date_of_birth = ParseDate("1990-01-01");
  EXPECT_TRUE(CheckReceivedBeforeBirth(contact, {child, mother}).empty());
  contact.received_at = *ParseTimestamp("2018-05-07T09:30:00.000Z");
  const auto refused = CheckReceivedBeforeBirth(contact, {mother, child});
  ASSERT_EQ(refused.size(), 1u);
  EXPECT_EQ(refused[0].field, "received_date");
  EXPECT_EQ(refused[0].message,
            "The date received is more than 10 months before Jayden Smith was born (4 March "
            "2019): check the year");
  // A child not yet born is measured from the day they are due; an adult never is.
  child.date_of_birth.reset();
  child.expected_date_of_birth = ParseDate("2019-03-04");
  EXPECT_EQ(CheckReceivedBeforeBirth(contact, {child}).at(0).message,
            "The date received is more than 10 months before Jayden Smith is due (4 March 2019): "
            "check the year");
  contact.children = {};
  EXPECT_TRUE(CheckReceivedBeforeBirth(contact, {child}).empty());
}

TEST(Contact, AChildOnAContactIsUnder18OnTheDayItCameIn) {
  Contact contact;
  contact.received_at = *ParseTimestamp("2026-12-07T09:30:00.000Z");
  contact.children = {4, 6};
  contact.adults = {5};
  Person child;
  child.id = 4;
  child.date_of_birth = ParseDate("2008-12-08");  // 18 tomorrow
  Person mother;
  mother.id = 5;
  mother.date_of_birth = ParseDate("1988-02-10");
  Person unknown;  // no date of birth known: not refused
  unknown.id = 6;
  EXPECT_TRUE(CheckChildrenAreUnder18(contact, {child, mother, unknown}).empty());
  child.date_of_birth = ParseDate("2008-12-07");  // 18 today
  child.given_name = "Layla";
  child.family_name = "Haddad";
  EXPECT_EQ(CheckChildrenAreUnder18(contact, {mother, child}),
            (FieldErrors{{"children",
                          "Layla Haddad was 18 or over on the day the contact was received (born "
                          "7 December 2008): add them as an adult on the contact, not as a "
                          "child"}}));
}

TEST(Contact, UkClockTimeFollowsSummerTime) {
  EXPECT_EQ(FormatTimestamp(*UkLocalTime(*ParseDate("2026-07-01"), "09:30")),
            "2026-07-01T08:30:00.000Z");
  EXPECT_EQ(FormatTimestamp(*UkLocalTime(*ParseDate("2026-12-01"), "09:30")),
            "2026-12-01T09:30:00.000Z");
}

TEST(Contact, TimesAreReadAsPeopleWriteThem) {
  const auto at = [](std::string_view text) {
    const auto minutes = ParseClockTime(text);
    return minutes ? int(minutes->count()) : -1;
  };
  EXPECT_EQ(at("09:30"), 9 * 60 + 30);
  EXPECT_EQ(at("9:30"), 9 * 60 + 30);
  EXPECT_EQ(at("9.30"), 9 * 60 + 30);
  EXPECT_EQ(at("9:30am"), 9 * 60 + 30);
  EXPECT_EQ(at("2:05 PM"), 14 * 60 + 5);
  EXPECT_EQ(at("12:15am"), 15);
  EXPECT_EQ(at("12:00pm"), 12 * 60);
  EXPECT_EQ(at("23:59"), 23 * 60 + 59);
  for (const auto* wrong : {"", "9", "930", "0930", "9:3", "9:300", "24:00", "9:60", "13:00pm",
                            "0:30am", "9:30 in the morning", "-1:30", "+9:30", "9::30", "123:00"})
    EXPECT_EQ(at(wrong), -1) << wrong;
  EXPECT_EQ(FormatTimestamp(*UkLocalTime(*ParseDate("2026-12-01"), "9:30")),
            "2026-12-01T09:30:00.000Z");
}

TEST(Contact, AReferralIsDatedTheUkDayTheContactCameIn) {
  Contact contact;
  contact.received_at = *ParseTimestamp("2025-04-17T16:30:00.000Z");  // 17:30 summer time
  EXPECT_EQ(ReferralDate(contact), *ParseDate("2025-04-17"));
  contact.received_at = *ParseTimestamp("2025-06-02T23:30:00.000Z");  // 00:30 on the 3rd
  EXPECT_EQ(ReferralDate(contact), *ParseDate("2025-06-03"));
  contact.received_at = *ParseTimestamp("2025-01-10T23:30:00.000Z");  // winter: still the 10th
  EXPECT_EQ(ReferralDate(contact), *ParseDate("2025-01-10"));
}

TEST(Contact, ReferencesAreReadableAndUnique) {
  std::set<std::string> seen;
  for (std::int64_t id = 1; id <= 20000; ++id) {
    const std::string reference = ContactReference(id);
    ASSERT_EQ(reference.size(), 7u);
    EXPECT_EQ(reference[3], '-');
    EXPECT_EQ(reference.find_first_of("01ILOS5Z"), std::string::npos) << reference;
    EXPECT_TRUE(seen.insert(reference).second) << "repeated: " << reference;
  }
}

TEST(Contact, LanguageWarningsAreKeptPerField) {
  Contact contact;
  contact.concern = "Mum disclosed DV. JAYDEN said he was scared of KAI.";
  contact.family_knows = "Nothing yet.";
  const auto guide = LanguageGuide::FromText("acronym DV | domestic abuse\n");
  // The people on the contact are Jayden and his mother's partner, Kai O'Neill.
  const auto warnings = CheckContactLanguage(contact, guide, NameWords({"Jayden", "Kai O'Neill"}));
  ASSERT_EQ(warnings.size(), 1u);
  ASSERT_EQ(warnings.at("concern").size(), 1u);
  EXPECT_EQ(warnings.at("concern").at(0).found, "DV");
}

// On the journey a contact is titled by who made it, in words: never "Contact from anonymous".
TEST(Contact, AContactIsTitledOnTheJourneyByWhoMadeIt) {
  Contact contact;
  const auto title = [&](const char* source) {
    contact.source = source;
    return ContactEvent(contact).title;
  };
  EXPECT_EQ(title("2A"), "Contact from a school");
  EXPECT_EQ(title("6"), "Contact from police");
  EXPECT_EQ(title("8"), "Contact from someone else");
  EXPECT_EQ(title("9"), "Anonymous contact");
  EXPECT_EQ(title("10"), "Contact (who made it is not known)");
}

}  // namespace
}  // namespace frontdoor::domain
