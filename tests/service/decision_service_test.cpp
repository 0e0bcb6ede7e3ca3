// tests/service/decision_service_test.cpp — the decision on both databases: consent, checks held
// open for a re-referral, partners answering only their own, the proforma, referral, siblings
// allocated together, reports, and every step on each child's journey.
#include "service/decision_service.hpp"

#include "decision_fixture.hpp"
#include "domain/record_version.hpp"
#include "service/person_records.hpp"

namespace frontdoor::service {
namespace {

TEST_P(DecisionServiceTest, AReferralIsDatedTheDayTheContactCameInAndCountsAYearFromThatDay) {
  clock_.Set("2025-04-17T16:45:00.000Z");
  const std::int64_t jayden = Child("Jayden", "2015-03-04", std::nullopt);
  // Received at 17:30 on Thursday 17 April 2025 (British Summer Time); decided after Easter.
  const std::int64_t first = Contact({jayden}, "2025-04-17", "17:30");
  GiveConsent(first);
  clock_.Set("2025-04-22T10:00:00.000Z");
  DecideOnAssessment(first, {jayden}, 3);
  const auto progress = std::get<ContactProgress>(decisions_.ShowProgress(manager_, first));
  EXPECT_EQ(progress.contact.referral_date, *domain::ParseDate("2025-04-17"));
  // Eleven months after the contact came in: a re-referral.
  clock_.Set("2026-03-17T12:00:00.000Z");
  const std::int64_t eleven_months = Contact({jayden}, "2026-03-17");
  EXPECT_TRUE(
      std::get<ContactProgress>(decisions_.ShowProgress(manager_, eleven_months)).re_referral);
  // Twelve months and a day after it (though within a year of the decision): not one.
  clock_.Set("2026-04-18T12:00:00.000Z");
  const std::int64_t year_and_a_day = Contact({jayden}, "2026-04-18");
  EXPECT_FALSE(
      std::get<ContactProgress>(decisions_.ShowProgress(manager_, year_and_a_day)).re_referral);
}

TEST_P(DecisionServiceTest, ARecordMergedIntoAnotherBringsItsReferralToItAndTakesNoNewContacts) {
  clock_.Set("2026-01-05T10:00:00.000Z");
  const std::int64_t copy = Child("Jaden", "2015-03-04", std::nullopt);
  const std::int64_t first = Contact({copy}, "2026-01-05");
  GiveConsent(first);
  DecideOnAssessment(first, {copy}, 3);
  const std::int64_t kept = Child("Jayden", "2015-03-04", std::nullopt);
  clock_.Set("2026-03-02T10:00:00.000Z");
  const std::int64_t before = Contact({kept}, "2026-03-02");
  EXPECT_FALSE(std::get<ContactProgress>(decisions_.ShowProgress(manager_, before)).re_referral);
  // The records are one child: his referral in January counts for the record kept.
  ASSERT_TRUE(std::holds_alternative<domain::Person>(
      people_.MergePeople(manager_, copy, kept, "The same child, his name misspelt")));
  const std::int64_t after = Contact({kept}, "2026-03-02", "09:00");
  EXPECT_TRUE(std::get<ContactProgress>(decisions_.ShowProgress(manager_, after)).re_referral);
  const auto profile = std::get<PersonProfile>(people_.ShowProfile(practitioner_, kept));
  ASSERT_TRUE(profile.history);
  EXPECT_EQ(profile.history->re_referral_after, *domain::ParseDate("2026-01-05"));
  EXPECT_EQ(profile.history->referrals_in_last_year, 1);
  EXPECT_EQ(profile.history->previous_contacts.size(), 3u);  // each once, newest first
  EXPECT_EQ(profile.history->previous_contacts.back().id, first);
  // The record merged away tells the same history: whichever record a contact named, it is his.
  const auto copy_profile = std::get<PersonProfile>(people_.ShowProfile(practitioner_, copy));
  ASSERT_TRUE(copy_profile.history);
  EXPECT_EQ(copy_profile.history->previous_contacts.size(), 3u);
  // A contact about the record merged away is refused, naming the record to use.
  const auto refused = contacts_.RecordContact(
      practitioner_, ContactDraftFor({copy}, "2026-03-02", "10:00", "today"));
  ASSERT_TRUE(std::holds_alternative<Refused<ContactForm>>(refused));
  EXPECT_EQ(std::get<Refused<ContactForm>>(refused).errors.at(0).message,
            "That record was merged into another (" + domain::LocalChildId(kept) +
                "): use that one instead");
  // The form for a contact about it says so at once; the record kept's form has nothing to say.
  const auto form = std::get<ContactForm>(contacts_.ShowContactForm(practitioner_, copy));
  ASSERT_EQ(form.refusals.size(), 1u);
  EXPECT_EQ(form.refusals.at(0).message,
            std::get<Refused<ContactForm>>(refused).errors.at(0).message);
  EXPECT_TRUE(
      std::get<ContactForm>(contacts_.ShowContactForm(practitioner_, kept)).refusals.empty());

  // The returns count him once, under the record kept.
  ReturnService returns(*store_, clock_, rules_);
  const auto lists = returns.AnnexA(CommandLineActor(), *domain::ParseDate("2026-01-01"),
                                    *domain::ParseDate("2026-03-31"));
  const auto cells_naming = [&](std::int64_t id) {
    int found = 0;
    for (const auto& list : lists) {
      for (const auto& row : list.rows)
        found += int(std::count(row.begin(), row.end(), domain::LocalChildId(id)));
    }
    return found;
  };
  ASSERT_EQ(lists.at(0).rows.size(), 3u);  // three contacts, each about him
  ASSERT_EQ(lists.at(1).rows.size(), 1u);  // one referral
  EXPECT_EQ(cells_naming(copy), 0);
  EXPECT_EQ(cells_naming(kept), 4);
  std::string xml;
  const auto census = returns.Census(CommandLineActor(), *domain::ParseCensusYear("2025-26"),
                                     [&](const std::string& child) { xml += child; });
  EXPECT_EQ(census.children, 1);
  EXPECT_NE(xml.find(">" + domain::LocalChildId(kept) + "<"), std::string::npos);
  EXPECT_EQ(xml.find(domain::LocalChildId(copy)), std::string::npos);
}

TEST_P(DecisionServiceTest, AHomeGivenOnARecordMergedIntoAnotherIsTheChildsHome) {
  const auto add_household = [&](const char* street) {
    return std::get<domain::Household>(
               people_.AddHousehold(practitioner_, {street, "", "Southampton", "SO15 3AB"}))
        .id;
  };
  const auto household = add_household("1 Shirley Road");
  const std::int64_t copy = Child("Jaden", "2015-03-04", household);  // recorded at home
  const std::int64_t sister = Child("Amelia", "2017-06-01", household);
  const std::int64_t kept = Child("Jayden", "2015-03-04", std::nullopt);  // and again, without it
  const auto old_home = add_household("9 Romsey Road");  // where he lived years ago
  store_->WriteResult([&](store::Records& records) {
    records.households.AddMember(
        {old_home, kept, *domain::ParseDate("2016-01-01"), domain::ParseDate("2020-01-01")});
    return 0;
  });
  const std::int64_t before_merge = Contact({copy}, "2026-03-02");
  ASSERT_TRUE(std::holds_alternative<domain::Person>(
      people_.MergePeople(manager_, copy, kept, "The same boy, his name misspelt")));
  // His home now comes first among his records' homes, though the record kept gives only an old
  // one (a check says where he lives from it).
  const auto homes = store_->ReadResult(
      [&](store::Records& records) { return HomesOf(records, RecordsOfPerson(records, kept)); });
  ASSERT_EQ(homes.size(), 2u);
  EXPECT_EQ(homes[0].first.id, household);
  // The contact form, his journey and a contact's children living with him name his sister, and
  // not the record merged into his.
  const auto form = std::get<ContactForm>(contacts_.ShowContactForm(practitioner_, kept));
  ASSERT_EQ(form.children_at_home.size(), 1u);
  EXPECT_EQ(form.children_at_home[0].id, sister);
  const auto journey = std::get<JourneyView>(people_.ShowJourney(practitioner_, kept, {}));
  ASSERT_EQ(journey.household_children.size(), 1u);
  EXPECT_EQ(journey.household_children[0].id, sister);
  const std::int64_t contact = Contact({kept}, "2026-03-02", "09:00");
  const auto progress = std::get<ContactProgress>(decisions_.ShowProgress(manager_, contact));
  ASSERT_EQ(progress.children.size(), 2u);
  EXPECT_EQ(progress.children[1].id, sister);
  EXPECT_FALSE(progress.children[1].on_contact);
  // Once the record kept lives there too, the contact about the old record does not offer him
  // again as a child he lives with.
  ASSERT_TRUE(std::holds_alternative<domain::HouseholdMember>(people_.AddToHousehold(
      practitioner_, household, kept, domain::FormatDate(domain::UkDate(clock_.Now())))));
  const auto earlier = std::get<ContactProgress>(decisions_.ShowProgress(manager_, before_merge));
  std::vector<std::int64_t> offered;
  for (const auto& child : earlier.children) offered.push_back(child.id);
  EXPECT_EQ(offered, (std::vector<std::int64_t>{copy, sister}));
}

TEST_P(DecisionServiceTest, ReasoningThatSaysLittleIsWarnedAboutAndCountedNotRefused) {
  const std::int64_t jayden = Child("Jayden", "2015-03-04", std::nullopt);
  const std::int64_t thin = Contact({jayden}, "2026-03-02");
  const std::int64_t full = Contact({jayden}, "2026-03-02", "09:00");
  auto placeholder = Proforma({jayden}, 2, "2.F1", "advice_signposting");
  placeholder.analysis = "N/A";
  placeholder.risks = "JAYDEN was upset.";  // his name in capitals is not an acronym
  const auto decided = decisions_.CompleteOversight(manager_, thin, placeholder);
  ASSERT_TRUE(std::holds_alternative<domain::Decision>(decided));
  const auto& warnings = std::get<domain::Decision>(decided).language_warnings;
  EXPECT_EQ(warnings.at("analysis").at(0).issue, domain::LanguageIssue::kPlaceholder);
  EXPECT_FALSE(warnings.count("risks"));
  ASSERT_TRUE(std::holds_alternative<domain::Decision>(decisions_.CompleteOversight(
      manager_, full, Proforma({jayden}, 2, "2.F1", "advice_signposting"))));
  const auto report = reports_.Report(manager_);
  ASSERT_EQ(report.thin_reasoning.size(), 1u);
  EXPECT_EQ(report.thin_reasoning[0].decision.contact_id, thin);
  // Kept with the decision: read back the same.
  const auto progress = std::get<ContactProgress>(decisions_.ShowProgress(manager_, thin));
  EXPECT_EQ(progress.steps.decision->language_warnings.at("analysis").at(0).found, "N/A");
}

TEST_P(DecisionServiceTest, AReReferralOfTwoSiblingsFromContactToAllocation) {
  const Identity health = Account("hana.health", "partner", "health");
  const Identity police = Account("pete.police", "partner", "police");
  const Identity worker = Account("will.worker", "practitioner");
  const auto household = std::get<domain::Household>(
      people_.AddHousehold(practitioner_, {"1 Shirley Road", "", "Southampton", "SO15 3AB"}));
  const std::int64_t jayden = Child("Jayden", "2015-03-04", household.id);
  const std::int64_t mia = Child("Mia", "2018-09-10", household.id);
  const std::int64_t leo = Child("Leo", "2021-01-20", household.id);  // at home, not on the contact

  // Jayden was referred in March 2026: a contact decided for an assessment.
  const std::int64_t first = Contact({jayden}, "2026-03-02");
  GiveConsent(first);
  DecideOnAssessment(first, {jayden}, 3);

  // Eight months later, on Friday 27 November, the police call about both children.
  clock_.Set("2026-11-27T09:00:00.000Z");
  const std::int64_t contact = Contact({jayden, mia}, "2026-11-27");
  auto progress = std::get<ContactProgress>(decisions_.ShowProgress(practitioner_, contact));
  EXPECT_TRUE(progress.re_referral);
  // Needed today: due when the working day closes (5pm, Greenwich Mean Time).
  EXPECT_EQ(progress.decision_due, *domain::ParseTimestamp("2026-11-27T17:00:00.000Z"));
  ASSERT_EQ(progress.children.size(), 3u);  // Jayden and Mia, then Leo at home
  EXPECT_FALSE(progress.children[2].on_contact);

  // Only a manager decides not to ask for consent because of the risk.
  const domain::ConsentDraft risk{
      "sharing", "not_sought_risk", "", "",
      "Asking would warn the partner, who is said to have hurt Jayden."};
  EXPECT_TRUE(IsRefused(decisions_.RecordConsent(practitioner_, contact, risk)));
  ASSERT_TRUE(std::holds_alternative<domain::ConsentRecord>(
      decisions_.RecordConsent(manager_, contact, risk)));

  auto asked = checks_.RequestChecks(
      practitioner_, contact, {{"police", "health", "education"}, "red", "What do you know?"});
  ASSERT_TRUE(std::holds_alternative<std::vector<domain::MashCheck>>(asked));
  const auto checks = std::get<std::vector<domain::MashCheck>>(asked);
  ASSERT_EQ(checks.size(), 3u);
  EXPECT_EQ(checks[0].due_at, *domain::ParseTimestamp("2026-11-27T13:00:00.000Z"));
  const auto by_agency = [&](const std::string& agency) {
    return *std::find_if(checks.begin(), checks.end(),
                         [&](const auto& check) { return check.agency == agency; });
  };

  // A partner sees and answers only their own agency's checks.
  const auto health_list = checks_.OpenChecks(health).waiting;
  ASSERT_EQ(health_list.size(), 1u);
  EXPECT_EQ(health_list[0].check.agency, "health");
  EXPECT_EQ(health_list[0].about[0], "Jayden Smith, born 4 March 2015");
  EXPECT_TRUE(std::holds_alternative<NotFound>(
      checks_.AnswerCheck(health, by_agency("police").id, "Nothing known")));
  clock_.Set("2026-11-27T11:00:00.000Z");
  ASSERT_TRUE(std::holds_alternative<domain::MashCheck>(checks_.AnswerCheck(
      health, by_agency("health").id, "Seen at the walk-in centre in May with a burn.")));
  EXPECT_TRUE(IsRefused(checks_.AnswerCheck(health, by_agency("health").id, "A second answer")));
  // What a partner's agency answered stays listed for it, and only for it.
  const auto health_lists = checks_.OpenChecks(health);
  EXPECT_TRUE(health_lists.waiting.empty());
  ASSERT_EQ(health_lists.answered.size(), 1u);
  EXPECT_EQ(health_lists.answered[0].check.answer,
            "Seen at the walk-in centre in May with a burn.");
  EXPECT_TRUE(checks_.OpenChecks(police).answered.empty());
  EXPECT_TRUE(checks_.OpenChecks(practitioner_).answered.empty());

  // The manager cannot conclude until police and education answer.
  auto blocked = decisions_.CompleteOversight(
      manager_, contact, Proforma({jayden, mia}, 4, "4.D1", "single_assessment"));
  ASSERT_TRUE(IsRefused(blocked));
  EXPECT_NE(std::get<Refused<ContactProgress>>(blocked).errors[0].message.find(
                "wait for Education and Police to answer"),
            std::string::npos);
  ASSERT_TRUE(std::holds_alternative<domain::MashCheck>(
      checks_.AnswerCheck(police, by_agency("police").id, "Domestic abuse call-out in June.")));
  // Staff passing on an agency's answer say whose words it is; the record keeps both.
  EXPECT_EQ(Fields(checks_.AnswerCheck(practitioner_, by_agency("education").id,
                                       "Attendance 91%; the school has no concerns.")),
            std::set<std::string>{"relayed_from"});
  const auto relayed = checks_.AnswerCheck(practitioner_, by_agency("education").id,
                                           "Attendance 91%; the school has no concerns.",
                                           " Mrs Khan, head teacher, by phone ");
  ASSERT_TRUE(std::holds_alternative<domain::MashCheck>(relayed));
  EXPECT_EQ(std::get<domain::MashCheck>(relayed).relayed_from, "Mrs Khan, head teacher, by phone");
  const auto shown =
      std::get<CheckView>(checks_.ShowCheck(practitioner_, by_agency("education").id));
  EXPECT_EQ(shown.check.relayed_from, "Mrs Khan, head teacher, by phone");  // read back
  EXPECT_NE(shown.answered_by.find(", passing on Mrs Khan, head teacher, by phone"),
            std::string::npos);
  EXPECT_EQ(std::get<CheckView>(checks_.ShowCheck(practitioner_, by_agency("police").id))
                .check.relayed_from,
            "");  // the agency's own answer
  const auto journey = std::get<JourneyView>(people_.ShowJourney(practitioner_, jayden, {"check"}));
  EXPECT_TRUE(std::any_of(journey.events.begin(), journey.events.end(), [](const auto& event) {
    return event.summary.find("Given by Mrs Khan, head teacher, by phone") != std::string::npos;
  }));

  // Every missing part is named; an assessment needs consent to services.
  const auto incomplete = decisions_.CompleteOversight(manager_, contact, {});
  EXPECT_EQ(Fields(incomplete),
            (std::set<std::string>{"risk_indicators", "risks", "strengths", "analysis",
                                   "next_steps", Field("outcome", jayden), Field("outcome", mia)}));
  EXPECT_EQ(Fields(decisions_.CompleteOversight(
                manager_, contact, Proforma({jayden, mia}, 4, "4.D1", "single_assessment"))),
            (std::set<std::string>{Field("outcome", jayden), Field("outcome", mia)}));
  ASSERT_TRUE(std::holds_alternative<domain::ConsentRecord>(decisions_.RecordConsent(
      practitioner_, contact, {"services", "given", "Claire Smith, mother", "in person", ""})));
  clock_.Set("2026-11-27T15:00:00.000Z");
  auto decided = decisions_.CompleteOversight(
      manager_, contact, Proforma({jayden, mia}, 4, "4.D1", "single_assessment"));
  ASSERT_TRUE(std::holds_alternative<domain::Decision>(decided));
  EXPECT_FALSE(std::get<domain::Decision>(decided).is_override);
  EXPECT_TRUE(IsRefused(decisions_.CompleteOversight(
      manager_, contact, Proforma({jayden, mia}, 4, "4.D1", "single_assessment"))));

  // Siblings: leaving Mia out needs a reason, and a refusal leaves nothing behind.
  EXPECT_TRUE(IsRefused(
      decisions_.Allocate(manager_, contact, {"assessment_north", "will.worker", {{mia, " "}}})));
  EXPECT_TRUE(IsRefused(
      decisions_.Allocate(practitioner_, contact, {"assessment_north", "will.worker", {}})));
  EXPECT_TRUE(std::get<ContactProgress>(decisions_.ShowProgress(manager_, contact))
                  .steps.allocations.empty());
  auto allocated = decisions_.Allocate(manager_, contact, {"assessment_north", "will.worker", {}});
  ASSERT_TRUE(std::holds_alternative<std::vector<domain::Allocation>>(allocated));
  const auto allocations = std::get<std::vector<domain::Allocation>>(allocated);
  ASSERT_EQ(allocations.size(), 3u);  // Leo lives with them, so he is allocated with them
  for (const auto& allocation : allocations) {
    EXPECT_EQ(allocation.worker, "will.worker");
    EXPECT_EQ(allocation.assessment_due, *domain::ParseDate("2027-02-03"));
  }

  progress = std::get<ContactProgress>(decisions_.ShowProgress(practitioner_, contact));
  EXPECT_EQ(progress.contact.referral_date, *domain::ParseDate("2026-11-27"));
  EXPECT_TRUE(progress.blockers.empty());
  ASSERT_FALSE(progress.history.empty());
  EXPECT_EQ(progress.history.front().field, "Consent to share information");
  EXPECT_EQ(progress.history.front().from, "Not yet asked");
  // The allocation is kept in the contact's history in words, naming the worker and the team.
  EXPECT_EQ(progress.history.back().field, "allocation");
  EXPECT_EQ(progress.history.back().to,
            "3 of 3 children, to will.worker, practitioner in Assessment team (north)");

  // Each child's journey shows every step, with the rationale in full.
  for (const std::int64_t child : {jayden, mia}) {
    const auto journey = std::get<JourneyView>(people_.ShowJourney(practitioner_, child, {}));
    std::set<std::string> kinds;
    bool rationale = false;
    for (const auto& event : journey.events) {
      kinds.insert(event.kind);
      rationale =
          rationale || event.summary.find("Both children need an assessment") != std::string::npos;
    }
    EXPECT_EQ(kinds,
              (std::set<std::string>{"contact", "consent", "check", "decision", "allocation"}));
    EXPECT_TRUE(rationale);
  }
  // Leo was not on the contact: his journey shows the decision and his allocation.
  std::set<std::string> leo_kinds;
  const auto leo_journey = std::get<JourneyView>(people_.ShowJourney(practitioner_, leo, {}));
  for (const auto& event : leo_journey.events) leo_kinds.insert(event.kind);
  EXPECT_EQ(leo_kinds, (std::set<std::string>{"decision", "allocation"}));
  // Nothing more is asked once the contact is decided.
  EXPECT_TRUE(IsRefused(
      checks_.RequestChecks(practitioner_, contact, {{"housing"}, "green", "Any arrears?"})));

  // Work lists: the worker's assessments, sorted by what is due.
  const auto work = reports_.ShowWork(worker, true);
  ASSERT_EQ(work.items.size(), 3u);
  EXPECT_EQ(work.items[0].kind, "assessment");
  EXPECT_EQ(work.contacts_last_30_days, 1);
  EXPECT_EQ(work.decided_with_proforma, 1);
}

TEST_P(DecisionServiceTest, SiblingsAreDecidedEachOnTheirOwnEvidence) {
  const auto household = std::get<domain::Household>(
      people_.AddHousehold(practitioner_, {"1 Shirley Road", "", "Southampton", "SO15 3AB"}));
  const std::int64_t jayden = Child("Jayden", "2015-03-04", household.id);
  const std::int64_t amelia = Child("Amelia", "2019-06-01", household.id);
  const std::int64_t leo = Child("Leo", "2021-01-20", household.id);  // at home, not on it
  const std::int64_t contact = Contact({jayden, amelia}, "2026-03-02");
  GiveConsent(contact);
  auto draft = Proforma({jayden}, 4, "4.F1", "single_assessment");
  draft.children[0].child_voice = "Jayden says he is scared to go home.";
  draft.children[0].rationale = "Jayden needs an assessment of his safety at home.";
  // Amelia not decided yet: refused, naming her.
  const auto undecided = decisions_.CompleteOversight(manager_, contact, draft);
  ASSERT_EQ(Fields(undecided), std::set<std::string>{Field("outcome", amelia)});
  EXPECT_EQ(std::get<Refused<ContactProgress>>(undecided).errors[0].message,
            "Amelia Smith: choose the decision");
  domain::ChildDecision her;
  her.person_id = amelia;
  her.child_voice = "Amelia talks happily about nursery and her grandmother's visits.";
  her.level = 1;
  her.level_indicators = {"1.F1"};
  her.outcome = "no_further_action";
  her.rationale = "Amelia's needs are met; she was not there and is settled.";
  draft.children.push_back(her);
  // Level 1 under the household's level-4 risk factor needs a reason, and is counted.
  EXPECT_EQ(Fields(decisions_.CompleteOversight(manager_, contact, draft)),
            std::set<std::string>{Field("override_reason", amelia)});
  draft.children[1].override_reason =
      "Amelia lives with her grandmother and has not seen the partner since the spring.";
  const auto decided = decisions_.CompleteOversight(manager_, contact, draft);
  ASSERT_TRUE(std::holds_alternative<domain::Decision>(decided));
  const auto& decision = std::get<domain::Decision>(decided);
  EXPECT_TRUE(decision.For(jayden)->referred);
  EXPECT_FALSE(decision.For(amelia)->referred);
  EXPECT_EQ(decision.For(amelia)->level, 1);
  EXPECT_TRUE(decision.For(amelia)->is_override);
  EXPECT_FALSE(decision.For(jayden)->is_override);
  const auto report = reports_.Report(manager_);
  ASSERT_EQ(report.overrides.size(), 1u);
  EXPECT_EQ(report.overrides[0].decision.contact_id, contact);

  // Each journey shows the household's parts and the child's own, never the other's own.
  const auto summary = [&](std::int64_t child) {
    const auto journey = std::get<JourneyView>(people_.ShowJourney(practitioner_, child, {}));
    for (const auto& event : journey.events) {
      if (event.kind == "decision") return event.title + "\n" + event.summary;
    }
    return std::string();
  };
  const std::string his = summary(jayden), hers = summary(amelia);
  EXPECT_NE(his.find("scared to go home"), std::string::npos);
  EXPECT_EQ(his.find("nursery"), std::string::npos);
  EXPECT_NE(hers.find("No further action at level 1"), std::string::npos);
  EXPECT_NE(hers.find("nursery"), std::string::npos);
  EXPECT_EQ(hers.find("scared to go home"), std::string::npos);
  EXPECT_NE(hers.find("partner's return make harm likely"), std::string::npos);  // the household's
  // Signed with the account's full name and job title, not its username.
  const auto journey = std::get<JourneyView>(people_.ShowJourney(practitioner_, amelia, {}));
  const auto decision_event =
      std::find_if(journey.events.begin(), journey.events.end(),
                   [](const auto& event) { return event.kind == "decision"; });
  ASSERT_NE(decision_event, journey.events.end());
  EXPECT_EQ(decision_event->by, "meg.manager, manager");

  // Jayden is allocated with Leo, who lives with him; Amelia is left out with her own decision.
  const auto allocated =
      decisions_.Allocate(manager_, contact, {"assessment_north", "meg.manager", {}});
  ASSERT_TRUE(std::holds_alternative<std::vector<domain::Allocation>>(allocated));
  std::map<std::int64_t, domain::Allocation> by_child;
  for (const auto& allocation : std::get<std::vector<domain::Allocation>>(allocated))
    by_child[allocation.person_id] = allocation;
  EXPECT_EQ(by_child.at(jayden).worker, "meg.manager");
  EXPECT_EQ(by_child.at(leo).worker, "meg.manager");
  EXPECT_EQ(by_child.at(amelia).worker, "");
  EXPECT_EQ(by_child.at(amelia).excluded_reason,
            "Decided on their own: No further action at level 1.");

  // While the next contact is being written, and on the person page: what is known already,
  // with the open involvement (the allocation) and the re-referral flag.
  clock_.Set("2026-03-03T09:00:00.000Z");
  const auto form = std::get<ContactForm>(contacts_.ShowContactForm(practitioner_, jayden));
  ASSERT_EQ(form.histories.size(), 3u);  // Jayden, then Amelia and Leo at home
  EXPECT_EQ(form.histories[0].person_id, jayden);
  ASSERT_TRUE(form.histories[0].allocation);
  EXPECT_EQ(form.histories[0].allocated_to, "meg.manager, manager");
  EXPECT_TRUE(form.histories[0].re_referral_after);
  for (const auto& history : form.histories) {
    if (history.person_id == amelia) {
      EXPECT_FALSE(history.allocation);
      EXPECT_FALSE(history.re_referral_after);
    }
  }
  const auto profile = std::get<PersonProfile>(people_.ShowProfile(practitioner_, jayden));
  ASSERT_TRUE(profile.history);
  EXPECT_EQ(profile.history->previous_contacts.size(), 1u);
  ASSERT_TRUE(profile.history->allocation);

  // Only Jayden was referred: a contact about both a month later is a re-referral for him alone.
  clock_.Set("2026-04-02T10:00:00.000Z");
  const auto him_again = Contact({jayden}, "2026-04-02");
  const auto her_again = Contact({amelia}, "2026-04-02", "09:00");
  EXPECT_TRUE(std::get<ContactProgress>(decisions_.ShowProgress(manager_, him_again)).re_referral);
  EXPECT_FALSE(std::get<ContactProgress>(decisions_.ShowProgress(manager_, her_again)).re_referral);
}

TEST_P(DecisionServiceTest, UrgencySetsTheClockAndNoCheckIsDueAfterTheDecision) {
  const std::int64_t child = Child("Ava", "2016-01-01", std::nullopt);
  // Monday 2 March 2026, 10:00: the child may be in danger now.
  const std::int64_t danger = Contact({child}, "2026-03-02", "10:00", "immediate");
  auto progress = std::get<ContactProgress>(decisions_.ShowProgress(manager_, danger));
  EXPECT_EQ(progress.decision_due, *domain::ParseTimestamp("2026-03-02T12:00:00.000Z"));
  ASSERT_TRUE(std::holds_alternative<domain::ConsentRecord>(decisions_.RecordConsent(
      manager_, danger,
      {"sharing", "not_sought_risk", "", "", "Asking could put the child at more risk now."})));
  // An amber answer (24 working hours) would come after the decision: refused, nothing asked.
  const auto late =
      checks_.RequestChecks(practitioner_, danger, {{"police"}, "amber", "Any call-outs?"});
  ASSERT_EQ(Fields(late), std::set<std::string>{"urgency"});
  EXPECT_TRUE(
      std::get<ContactProgress>(decisions_.ShowProgress(manager_, danger)).steps.checks.empty());
  // Red's four hours would run to 2pm, after noon too: the most urgent request is still sent,
  // due when the decision is.
  const auto asked =
      checks_.RequestChecks(practitioner_, danger, {{"police"}, "red", "Any call-outs?"});
  ASSERT_TRUE(std::holds_alternative<std::vector<domain::MashCheck>>(asked));
  EXPECT_EQ(std::get<std::vector<domain::MashCheck>>(asked).front().due_at, progress.decision_due);
}

// A check's question and answer may be read one day by the family or the child: acronyms in
// either are warned about wherever the check is shown, and the child's name never is.
TEST_P(DecisionServiceTest, AChecksQuestionAndAnswerAreCheckedForPlainLanguage) {
  const Identity police = Account("pete.police", "partner", "police");
  clock_.Set("2026-11-27T09:00:00.000Z");
  const std::int64_t contact = Contact({Child("Leo", "2019-05-06", std::nullopt)}, "2026-11-27");
  ASSERT_TRUE(std::holds_alternative<domain::ConsentRecord>(decisions_.RecordConsent(
      practitioner_, contact, {"sharing", "given", "Claire Smith, mother", "by phone", ""})));
  const auto asked = checks_.RequestChecks(practitioner_, contact,
                                           {{"police"}, "red", "Has LEO been on a CP plan?"});
  ASSERT_TRUE(std::holds_alternative<std::vector<domain::MashCheck>>(asked));
  const auto check = std::get<std::vector<domain::MashCheck>>(asked).front();
  ASSERT_EQ(check.language_warnings.size(), 1u);
  ASSERT_EQ(check.language_warnings.at("question").size(), 1u);
  EXPECT_EQ(check.language_warnings.at("question")[0].found, "CP");
  EXPECT_EQ(checks_.OpenChecks(police).waiting.at(0).check.language_warnings,
            check.language_warnings);
  const auto answered = checks_.AnswerCheck(police, check.id, "No CIN or CP involvement known.");
  ASSERT_TRUE(std::holds_alternative<domain::MashCheck>(answered));
  EXPECT_EQ(std::get<domain::MashCheck>(answered).language_warnings.at("answer").size(), 2u);
  const auto progress = std::get<ContactProgress>(decisions_.ShowProgress(manager_, contact));
  ASSERT_EQ(progress.steps.checks.size(), 1u);
  EXPECT_EQ(progress.steps.checks[0].language_warnings.at("question").size(), 1u);
  EXPECT_EQ(progress.steps.checks[0].language_warnings.at("answer").size(), 2u);
}

// An agency that finds more after answering adds to its answer: the answer stands as sent, the
// addition is kept beside it, on the contact, the journey and the record history, and audited.
TEST_P(DecisionServiceTest, AnAgencyAddsToItsAnswerAndTheAnswerStands) {
  const Identity police = Account("pete.police", "partner", "police");
  const Identity health = Account("hana.health", "partner", "health");
  clock_.Set("2026-11-27T09:00:00.000Z");
  const std::int64_t child = Child("Leo", "2019-05-06", std::nullopt);
  const std::int64_t contact = Contact({child}, "2026-11-27");
  ASSERT_TRUE(std::holds_alternative<domain::ConsentRecord>(decisions_.RecordConsent(
      practitioner_, contact, {"sharing", "given", "Claire Smith, mother", "by phone", ""})));
  const auto check = std::get<std::vector<domain::MashCheck>>(
                         checks_.RequestChecks(practitioner_, contact,
                                               {{"police"}, "red", "What do you know of Leo?"}))
                         .front();
  // Not before the answer, and not by another agency.
  EXPECT_EQ(Fields(checks_.AddToAnswer(police, check.id, "A call-out in July.")),
            std::set<std::string>{"answer"});
  ASSERT_TRUE(std::holds_alternative<domain::MashCheck>(
      checks_.AnswerCheck(police, check.id, "A call-out in June.")));
  clock_.Set("2026-11-27T12:00:00.000Z");
  EXPECT_TRUE(
      std::holds_alternative<NotFound>(checks_.AddToAnswer(health, check.id, "Nothing from us.")));
  EXPECT_TRUE(std::holds_alternative<NotFound>(checks_.AddToAnswer(police, 9999, "Words.")));
  EXPECT_EQ(Fields(checks_.AddToAnswer(police, check.id, "  ")), std::set<std::string>{"addition"});
  const auto refused =
      store_->ReadResult([](store::Records& records) { return records.audit.Recent(1).at(0); });
  EXPECT_NE(refused.detail.find("not saved"), std::string::npos);

  const auto added = checks_.AddToAnswer(police, check.id, " A second call-out, in July. ");
  ASSERT_TRUE(std::holds_alternative<domain::MashCheck>(added));
  const auto& saved = std::get<domain::MashCheck>(added);
  EXPECT_EQ(saved.answer, "A call-out in June.");
  ASSERT_EQ(saved.additions.size(), 1u);
  EXPECT_EQ(saved.additions[0].text, "A second call-out, in July.");
  EXPECT_EQ(saved.additions[0].added_by, "pete.police");
  EXPECT_EQ(saved.additions[0].added_at, *domain::ParseTimestamp("2026-11-27T12:00:00.000Z"));
  const auto audited =
      store_->ReadResult([](store::Records& records) { return records.audit.Recent(1).at(0); });
  EXPECT_EQ(audited.detail, "added to the answer");
  EXPECT_NE(audited.record_ids.find("check:" + std::to_string(check.id)), std::string::npos);

  // Staff passing on what an agency added say whose words they are.
  EXPECT_EQ(Fields(checks_.AddToAnswer(practitioner_, check.id, "And one in August.")),
            std::set<std::string>{"relayed_from"});
  ASSERT_TRUE(std::holds_alternative<domain::MashCheck>(
      checks_.AddToAnswer(practitioner_, check.id, "And one in August.", "DC Rees, by email")));
  const auto shown = std::get<CheckView>(checks_.ShowCheck(practitioner_, check.id));
  ASSERT_EQ(shown.check.additions.size(), 2u);
  ASSERT_EQ(shown.added_by.size(), 2u);
  EXPECT_NE(shown.added_by[1].find(", passing on DC Rees, by email"), std::string::npos);

  const auto progress = std::get<ContactProgress>(decisions_.ShowProgress(manager_, contact));
  ASSERT_EQ(progress.steps.checks.at(0).additions.size(), 2u);
  const auto journey = std::get<JourneyView>(people_.ShowJourney(practitioner_, child, {"check"}));
  EXPECT_EQ(
      std::count_if(journey.events.begin(), journey.events.end(),
                    [](const auto& event) { return event.title == "Police added to its answer"; }),
      2);
  const auto history = store_->ReadResult([&](store::Records& records) {
    return records.history.Of("contact:" + std::to_string(contact));
  });
  EXPECT_EQ(std::count_if(history.begin(), history.end(),
                          [](const auto& change) { return change.to == "added to"; }),
            2);
}

TEST_P(DecisionServiceTest, RefusedConsentClosuresAndOverridesAreReported) {
  const std::int64_t child = Child("Ava", "2016-01-01", std::nullopt);
  const std::int64_t refused = Contact({child}, "2026-03-02");
  ASSERT_TRUE(std::holds_alternative<domain::ConsentRecord>(decisions_.RecordConsent(
      practitioner_, refused, {"services", "refused", "Dan Smith, father", "by phone", ""})));
  auto assessment = Proforma({child}, 3, "3.F1", "single_assessment");
  EXPECT_EQ(Fields(decisions_.CompleteOversight(manager_, refused, assessment)),
            std::set<std::string>{Field("outcome", child)});
  auto closure = Proforma({child}, 3, "3.F1", "advice_signposting");
  closure.children[0].override_reason =
      "The family will only accept advice; the risk is not significant.";
  EXPECT_EQ(Fields(decisions_.CompleteOversight(manager_, refused, closure)),
            std::set<std::string>{Field("consent_refused_offer", child)});
  closure.children[0].consent_refused_offer =
      "Early help from the family hub, and a parenting course.";
  auto closed = decisions_.CompleteOversight(manager_, refused, closure);
  ASSERT_TRUE(std::holds_alternative<domain::Decision>(closed));
  EXPECT_TRUE(std::get<domain::Decision>(closed).consent_closure);
  EXPECT_TRUE(std::get<domain::Decision>(closed).is_override);

  // A level 2 child sent to a strategy discussion: only with a reason, and counted.
  clock_.Set("2026-04-06T10:00:00.000Z");
  const std::int64_t leo = Child("Leo", "2017-01-01", std::nullopt);
  const std::int64_t other = Contact({leo}, "2026-04-06");
  auto strategy = Proforma({leo}, 2, "2.F1", "strategy_discussion");
  EXPECT_EQ(Fields(decisions_.CompleteOversight(manager_, other, strategy)),
            std::set<std::string>{Field("override_reason", leo)});
  strategy.children[0].override_reason =
      "A new disclosure today needs police and social care together.";
  ASSERT_TRUE(std::holds_alternative<domain::Decision>(
      decisions_.CompleteOversight(manager_, other, strategy)));

  const auto report = reports_.Report(manager_);
  ASSERT_EQ(report.consent_closures.size(), 1u);
  EXPECT_TRUE(report.consent_closures[0].details_shown);
  EXPECT_EQ(report.consent_closures[0].decision.proforma.children.at(0).consent_refused_offer,
            "Early help from the family hub, and a parenting course.");
  // A performance officer counts decisions but does not read what was written about a child.
  const auto counted = reports_.Report(Account("pam.performance", "performance"));
  ASSERT_EQ(counted.consent_closures.size(), 1u);
  EXPECT_FALSE(counted.consent_closures[0].details_shown);
  const auto& bare = counted.consent_closures[0].decision.proforma.children.at(0);
  EXPECT_EQ(bare.consent_refused_offer, "");
  EXPECT_EQ(bare.child_voice, "");
  EXPECT_EQ(bare.outcome, "advice_signposting");
  EXPECT_TRUE(bare.consent_closure);
  EXPECT_EQ(report.consent_closures_by_month.at("2026-03"), 1);
  EXPECT_EQ(report.overrides.size(), 2u);
}

TEST_P(DecisionServiceTest, ChecksOnARestrictedContactShowOnlyThatTheyExistToAnyoneNotNamed) {
  const Identity named = Account("nia.named", "practitioner");
  const Identity health = Account("hana.health", "partner", "health");
  const std::int64_t child = Child("Zoe", "2017-05-05", std::nullopt);
  ASSERT_TRUE(std::holds_alternative<domain::Restriction>(people_.RestrictRecord(
      manager_, child, {"nia.named", "meg.manager"}, "A member of staff's own child")));
  domain::ContactDraft draft;
  draft.received_date = "2026-03-02";
  draft.received_time = "08:30";
  draft.method = "phone";
  draft.referrer.name = "A nurse";
  draft.source = "3A";
  draft.children = {child};
  draft.concern = "A private worry about Zoe.";
  draft.family_agreement = "agreed";
  draft.urgency = "soon";
  const auto contact = std::get<domain::Contact>(contacts_.RecordContact(named, draft)).id;
  ASSERT_TRUE(std::holds_alternative<domain::ConsentRecord>(decisions_.RecordConsent(
      named, contact, {"sharing", "given", "Ann, mother", "by phone", ""})));
  const auto asked = std::get<std::vector<domain::MashCheck>>(
      checks_.RequestChecks(named, contact, {{"health"}, "red", "Zoe's health visits?"}));

  const auto listed = checks_.OpenChecks(practitioner_).waiting;
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_TRUE(listed[0].restricted);
  EXPECT_EQ(listed[0].check.question, "");
  EXPECT_TRUE(std::holds_alternative<NotFound>(checks_.ShowCheck(practitioner_, asked[0].id)));
  EXPECT_TRUE(std::holds_alternative<NotFound>(
      checks_.AnswerCheck(practitioner_, asked[0].id, "Recorded by someone not named")));
  // The agency asked, not named on the restriction, sees only that the check exists too: the
  // question may name the child (issue 16). The named practitioner sees everything.
  const auto for_health = checks_.OpenChecks(health).waiting;
  ASSERT_EQ(for_health.size(), 1u);
  EXPECT_TRUE(for_health[0].restricted);
  EXPECT_EQ(for_health[0].check.question, "");
  for (const auto& about : for_health[0].about) EXPECT_EQ(about.find("Zoe"), std::string::npos);
  EXPECT_TRUE(std::holds_alternative<NotFound>(checks_.ShowCheck(health, asked[0].id)));
  const auto refusal =
      store_->ReadResult([](store::Records& records) { return records.audit.Recent(1).at(0); });
  EXPECT_EQ(refusal.outcome, domain::AuditOutcome::kRefused);
  EXPECT_EQ(refusal.detail, "restricted record");
  EXPECT_NE(refusal.record_ids.find("check:" + std::to_string(asked[0].id)), std::string::npos);
  EXPECT_EQ(checks_.OpenChecks(named).waiting.at(0).check.question, "Zoe's health visits?");
  // The check's own page names the child, so its audit entry does too.
  ASSERT_TRUE(std::holds_alternative<CheckView>(checks_.ShowCheck(named, asked[0].id)));
  const auto opened =
      store_->ReadResult([](store::Records& records) { return records.audit.Recent(1).at(0); });
  EXPECT_EQ(opened.detail, "opened");
  EXPECT_NE(opened.record_ids.find("person:" + std::to_string(child)), std::string::npos);

  // A second "not needed" does not replace the first.
  const std::string reason = "The health visitor is already involved and told us today.";
  ASSERT_TRUE(std::holds_alternative<domain::ChecksNotNeeded>(
      decisions_.RecordChecksNotNeeded(manager_, contact, reason)));
  EXPECT_TRUE(IsRefused(decisions_.RecordChecksNotNeeded(manager_, contact, reason + " Again.")));
}

TEST_P(DecisionServiceTest, AReopenedDecisionKeepsBothVersionsAndOnlyTheStandingOneCounts) {
  const std::int64_t jayden = Child("Jayden", "2015-03-04", std::nullopt);
  const std::int64_t contact = Contact({jayden}, "2026-03-02");
  GiveConsent(contact);
  DecideOnAssessment(contact, {jayden}, 3);
  EXPECT_TRUE(std::get<ContactProgress>(decisions_.ShowProgress(manager_, contact))
                  .contact.referral_date.has_value());

  // Only a manager reopens, and only with a reason of a sentence; nothing changes otherwise.
  EXPECT_TRUE(IsRefused(decisions_.ReopenDecision(practitioner_, contact,
                                                  "The school has sent new information today.")));
  EXPECT_EQ(Fields(decisions_.ReopenDecision(manager_, contact, "new info")),
            std::set<std::string>{"reason"});
  clock_.Set("2026-03-02T14:00:00.000Z");
  const auto reopened = decisions_.ReopenDecision(
      manager_, contact, "The school says the bruise was from football, seen by a teacher.");
  ASSERT_TRUE(std::holds_alternative<int>(reopened));
  EXPECT_EQ(std::get<int>(reopened), 1);
  auto progress = std::get<ContactProgress>(decisions_.ShowProgress(manager_, contact));
  EXPECT_FALSE(progress.steps.decision);
  EXPECT_FALSE(progress.contact.referral_date);
  ASSERT_EQ(progress.steps.reopened.size(), 1u);
  EXPECT_EQ(progress.steps.reopened[0].decision.proforma.children.at(0).outcome,
            "single_assessment");
  EXPECT_EQ(progress.steps.reopened[0].decision.proforma.children.at(0).level_indicators,
            std::vector<std::string>{"3.F1"});
  EXPECT_EQ(progress.steps.reopened[0].decision.proforma.risk_indicators,
            std::vector<std::string>{"3.F1"});
  // A contact with no decision has nothing to reopen.
  EXPECT_TRUE(IsRefused(decisions_.ReopenDecision(
      manager_, contact, "The school says the bruise was from football, seen by a teacher.")));

  // Decided again, at level 2: both versions on his journey, and no referral counts now.
  clock_.Set("2026-03-02T15:00:00.000Z");
  ASSERT_TRUE(std::holds_alternative<domain::Decision>(decisions_.CompleteOversight(
      manager_, contact, Proforma({jayden}, 2, "2.D1", "universal_services"))));
  const auto events =
      std::get<JourneyView>(people_.ShowJourney(manager_, jayden, {"decision"})).events;
  std::vector<std::string> titles;
  for (const auto& event : events) titles.push_back(event.title);
  ASSERT_EQ(titles.size(), 3u) << ::testing::PrintToString(titles);
  EXPECT_EQ(titles[0].rfind("Decision: Universal services at level 2", 0), 0u);
  EXPECT_EQ(titles[1], "Decision reopened");
  EXPECT_NE(events[1].summary.find("bruise was from football"), std::string::npos);
  EXPECT_EQ(titles[2].rfind("Earlier decision, since reopened: Decision: Single assessment", 0),
            0u);
  clock_.Set("2026-04-01T12:00:00.000Z");
  EXPECT_FALSE(
      std::get<ContactProgress>(decisions_.ShowProgress(manager_, Contact({jayden}, "2026-04-01")))
          .re_referral);
  // Reopened twice: versions count on.
  ASSERT_TRUE(std::holds_alternative<int>(decisions_.ReopenDecision(
      manager_, contact, "The police have now shared a report about the same evening.")));
  progress = std::get<ContactProgress>(decisions_.ShowProgress(manager_, contact));
  ASSERT_EQ(progress.steps.reopened.size(), 2u);
  EXPECT_EQ(progress.steps.reopened[1].version, 2);
  EXPECT_EQ(progress.steps.reopened[1].decision.proforma.children.at(0).level, 2);
}

TEST_P(DecisionServiceTest, CorrectionsAreKeptFromAndToAndShownOnTheJourney) {
  const auto home = std::get<domain::Household>(
      people_.AddHousehold(practitioner_, {"1 Shirley Road", "", "Southampton", "SO15 3AB"}));
  const std::int64_t jayden = Child("Jayden", "2015-05-14", home.id);
  const std::int64_t mother = Child("Claire", "1990-01-02", home.id);
  ASSERT_TRUE(std::holds_alternative<domain::Relationship>(
      people_.Relate(practitioner_, mother, jayden, "parent")));
  const std::int64_t contact = Contact({jayden}, "2026-03-02", "08:30");
  const auto journey_of = [&](std::int64_t id) {
    return std::get<JourneyView>(people_.ShowJourney(manager_, id, {"correction"})).events;
  };
  EXPECT_TRUE(journey_of(jayden).empty());

  // His date of birth and family name were wrong: each change is kept with the reason.
  domain::PersonDraft draft;
  draft.given_name = "Jayden";
  draft.family_name = "Smyth";
  draft.date_of_birth = "2015-05-15";
  const auto corrected =
      people_.CorrectPerson(practitioner_, jayden, draft, "Birth certificate seen");
  ASSERT_TRUE(std::holds_alternative<domain::Person>(corrected));
  EXPECT_EQ(std::get<domain::Person>(corrected).family_name, "Smyth");
  // Searches find the name he has now.
  const auto found = people_.FindPeople(practitioner_, {"Jayden Smyth", "", "", "", ""});
  ASSERT_FALSE(std::get<SearchResults>(found).matches.empty());
  EXPECT_EQ(std::get<SearchResults>(found).matches.front().person.id, jayden);
  // Nothing changed is refused, and so is a bad date: nothing is written.
  EXPECT_TRUE(
      std::holds_alternative<Invalid>(people_.CorrectPerson(practitioner_, jayden, draft, "")));
  draft.date_of_birth = "2015-02-30";
  EXPECT_TRUE(
      std::holds_alternative<Invalid>(people_.CorrectPerson(practitioner_, jayden, draft, "")));

  // He moved out today; his mother is his stepmother.
  clock_.Set("2026-03-02T10:05:00.000Z");
  EXPECT_TRUE(std::holds_alternative<Invalid>(
      people_.MoveOut(practitioner_, jayden, home.id, "2026-03-03", "")));
  // A household he never lived in is named as the problem, not him.
  const auto elsewhere = people_.MoveOut(practitioner_, jayden, home.id + 1000, "2026-03-02", "");
  ASSERT_TRUE(std::holds_alternative<Invalid>(elsewhere));
  EXPECT_EQ(std::get<Invalid>(elsewhere).errors.at(0).field, "household_id");
  // A new address that is not one is refused with the rest: nothing is moved.
  EXPECT_TRUE(std::holds_alternative<Invalid>(people_.MoveOut(
      practitioner_, jayden, home.id, "2026-03-02", "", domain::HouseholdDraft{"", "", "", "X"})));
  const auto moved =
      people_.MoveOut(practitioner_, jayden, home.id, "2026-03-02", "His mother told us",
                      domain::HouseholdDraft{"3 Hill Lane", "", "Southampton", "SO16 7AA"});
  ASSERT_TRUE(std::holds_alternative<Move>(moved));
  ASSERT_TRUE(std::get<Move>(moved).joined);
  const auto profile = std::get<PersonProfile>(people_.ShowProfile(manager_, jayden));
  ASSERT_EQ(profile.households.size(), 2u);
  EXPECT_EQ(profile.households[0].household.postcode, "SO16 7AA");
  EXPECT_FALSE(profile.households[0].membership.to);
  EXPECT_TRUE(std::holds_alternative<Invalid>(
      people_.MoveOut(practitioner_, jayden, home.id, "2026-03-02", "")));
  clock_.Set("2026-03-02T10:10:00.000Z");
  // None chosen is asked for in words; a kind not known lists the codes a calling system sends.
  EXPECT_EQ(std::get<Invalid>(people_.Relate(practitioner_, mother, jayden, "", "His stepmother"))
                .errors[0]
                .message,
            "Choose how they are related");
  EXPECT_NE(std::get<Invalid>(people_.Relate(practitioner_, mother, jayden, "aunt", "His aunt"))
                .errors[0]
                .message.find("step_parent"),
            std::string::npos);
  // The wrong way round: Jayden cannot be his mother's parent.
  EXPECT_EQ(std::get<Invalid>(people_.Relate(practitioner_, jayden, mother, "parent", "Typed"))
                .errors[0]
                .field,
            "kind");
  ASSERT_TRUE(std::holds_alternative<domain::Relationship>(
      people_.Relate(practitioner_, mother, jayden, "step_parent", "She is his stepmother")));

  // The contact's words are amended with a reason; both versions are kept.
  clock_.Set("2026-03-02T10:15:00.000Z");
  EXPECT_TRUE(IsRefused(contacts_.AmendContact(practitioner_, contact, "A bruise.", "")));
  const auto amended = contacts_.AmendContact(practitioner_, contact,
                                              "Jayden arrived at school with a bruise on his arm.",
                                              "The school's notes say where the bruise was.");
  ASSERT_TRUE(std::holds_alternative<domain::Contact>(amended));
  EXPECT_EQ(std::get<ContactView>(contacts_.ShowContact(manager_, contact)).contact.concern,
            "Jayden arrived at school with a bruise on his arm.");

  const auto events = journey_of(jayden);
  std::vector<std::string> titles, summaries;
  for (const auto& event : events) {
    titles.push_back(event.title);
    summaries.push_back(event.summary);
  }
  EXPECT_EQ(titles, (std::vector<std::string>{
                        "Contact " + std::get<domain::Contact>(amended).reference +
                            " amended: the concern, in the referrer's words",
                        "Record corrected: Relationship with Claire Smith",
                        "Record corrected: Where they live: 1 Shirley Road, Southampton SO15 3AB",
                        "Record corrected: Where they live: 3 Hill Lane, Southampton SO16 7AA",
                        "Record corrected: Name", "Record corrected: Date of birth"}))
      << ::testing::PrintToString(titles);
  EXPECT_EQ(summaries.back(), "From: 14 May 2015\nTo: 15 May 2015\nReason: Birth certificate seen");
  EXPECT_EQ(summaries[3],
            "From: nothing\nTo: Lives there from 2 March 2026\nReason: His mother told us");
  EXPECT_EQ(summaries[2],
            "From: Lives there from 2 March 2026\nTo: Lives there from 2 March 2026 to 2 March "
            "2026\nReason: His mother told us");
  EXPECT_EQ(events.front().by, "pat.practitioner, practitioner");
}

TEST_P(DecisionServiceTest, OnlyThoseWhoMaySeeAndCorrectARecordCanChangeIt) {
  const std::int64_t jayden = Child("Jayden", "2015-05-14", std::nullopt);
  const Identity auditor = Account("aud.auditor", "auditor");
  domain::PersonDraft draft;
  draft.given_name = "Jay";
  draft.family_name = "Smith";
  EXPECT_TRUE(std::holds_alternative<Invalid>(people_.CorrectPerson(auditor, jayden, draft, "")));
  ASSERT_TRUE(std::holds_alternative<domain::Restriction>(
      people_.RestrictRecord(manager_, jayden, {"meg.manager"}, "A member of staff's own child")));
  EXPECT_TRUE(
      std::holds_alternative<Invalid>(people_.CorrectPerson(practitioner_, jayden, draft, "")));
  const auto kept = std::get<PersonView>(people_.ViewPerson(manager_, jayden));
  EXPECT_EQ(kept.person->given_name, "Jayden");
}

TEST_P(DecisionServiceTest, ACorrectionMadeOnAnOutOfDateCopyIsRefusedAndChangesNothing) {
  const std::int64_t jayden = Child("Jayden", "2015-05-14", std::nullopt);
  const auto read = [&] {
    return *std::get<PersonView>(people_.ViewPerson(manager_, jayden)).person;
  };
  const std::string copy = domain::PersonVersion(read());
  // A colleague corrects his family name on the copy they read: it holds, and the version moves.
  domain::PersonDraft draft;
  draft.given_name = "Jayden";
  draft.family_name = "Smyth";
  draft.date_of_birth = "2015-05-14";
  const auto first = people_.CorrectPerson(manager_, jayden, draft, "Birth certificate seen", copy);
  ASSERT_TRUE(std::holds_alternative<domain::Person>(first));
  const std::string now = domain::PersonVersion(read());
  EXPECT_NE(now, copy);
  // A second correction made on the first copy is refused, naming the version now; nothing of it
  // is kept and the refusal is audited.
  draft.family_name = "Smith-Jones";
  const auto stale = people_.CorrectPerson(practitioner_, jayden, draft, "School records", copy);
  ASSERT_TRUE(std::holds_alternative<Stale>(stale));
  EXPECT_EQ(std::get<Stale>(stale).version, now);
  EXPECT_EQ(read().family_name, "Smyth");
  const auto audit = store_->ReadResult([&](store::Records& records) {
    return records.audit.ForRecord("person:" + std::to_string(jayden), 10);
  });
  EXPECT_TRUE(std::any_of(audit.begin(), audit.end(), [](const domain::AuditEntry& entry) {
    return entry.outcome == domain::AuditOutcome::kRefused &&
           entry.detail.find("out of date") != std::string::npos;
  }));
  // Made again on the record as it is now, it holds; "*" holds for any version.
  EXPECT_TRUE(std::holds_alternative<domain::Person>(
      people_.CorrectPerson(practitioner_, jayden, draft, "School records", now)));
  draft.family_name = "Smith";
  EXPECT_TRUE(std::holds_alternative<domain::Person>(
      people_.CorrectPerson(practitioner_, jayden, draft, "Back as it was", std::string("*"))));
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, DecisionServiceTest,
                         ::testing::Values(store::DatabaseKind::kSqlite,
                                           store::DatabaseKind::kPostgres),
                         KindName);

}  // namespace
}  // namespace frontdoor::service
