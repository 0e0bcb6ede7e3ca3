// tests/domain/dashboard_test.cpp — the dashboard's counting: each figure on the UK day its contact
// came in, under its child's team and every team, a contact once a team; decisions and assessments
// in time by the working calendar; refusals by what followed; grades by team; rates, the pairs of
// timeliness and quality, the period before and the periods refused.
#include "domain/dashboard.hpp"

#include <gtest/gtest.h>

#include "domain/timestamp.hpp"

namespace frontdoor::domain {
namespace {

Timestamp At(const char* text) {
  return *ParseTimestamp(text);
}

Date Day(const char* text) {
  return *ParseDate(text);
}

// A child decided an hour after the contact came in, neither referred nor refused.
ContactOutcome Decided(std::int64_t contact, std::int64_t person, const char* received) {
  ContactOutcome outcome;
  outcome.contact_id = contact;
  outcome.person_id = person;
  outcome.received_at = At(received);
  outcome.urgency = "today";
  outcome.decided_at = outcome.received_at + std::chrono::hours(1);
  outcome.services_consent = "given";
  return outcome;
}

// The counts of `team` on `day`, by figure code.
std::map<std::string, std::int64_t> On(const std::vector<DayCount>& counts, const char* day,
                                       const std::string& team) {
  std::map<std::string, std::int64_t> found;
  for (const auto& count : counts)
    if (count.day == Day(day) && count.team == team)
      found[std::string(kFigures.Code(count.figure))] = count.amount;
  return found;
}

const FrontDoorSettings kNoClocks{};
const WorkingCalendar kStandingRules{};

TEST(Dashboard, AContactCountsOnceUnderEachTeamItsChildrenWentToAndOnceUnderEveryTeam) {
  auto jayden = Decided(1, 10, "2026-03-02T10:00:00Z");
  jayden.team = "north";
  auto mia = Decided(1, 11, "2026-03-02T10:00:00Z");
  mia.team = "north";
  auto leo = Decided(1, 12, "2026-03-02T10:00:00Z");  // not allocated
  ContactOutcome nobody;                              // a contact naming no child
  nobody.contact_id = 2;
  nobody.received_at = At("2026-03-02T11:00:00Z");
  const auto counts = CountByDay({jayden, mia, leo, nobody}, kNoClocks, kStandingRules);
  EXPECT_EQ(On(counts, "2026-03-02", "*"),
            (std::map<std::string, std::int64_t>{{"contacts", 2},
                                                 {"children", 3},
                                                 {"decided", 3},
                                                 {"decided_in_time", 3},
                                                 {"consent_given", 3}}));
  EXPECT_EQ(On(counts, "2026-03-02", "north")["contacts"], 1);
  EXPECT_EQ(On(counts, "2026-03-02", "north")["children"], 2);
  EXPECT_EQ(On(counts, "2026-03-02", "")["contacts"], 2);
  EXPECT_EQ(On(counts, "2026-03-02", "")["children"], 1);
  for (const auto& count : counts) EXPECT_GT(count.amount, 0);
}

TEST(Dashboard, TheDayIsTheUkDayTheContactCameIn) {
  // 23:30 UTC on 1 July is half past midnight on 2 July in British Summer Time.
  const auto counts =
      CountByDay({Decided(1, 10, "2026-07-01T23:30:00Z")}, kNoClocks, kStandingRules);
  EXPECT_EQ(On(counts, "2026-07-02", "*")["contacts"], 1);
  EXPECT_TRUE(On(counts, "2026-07-01", "*").empty());
}

TEST(Dashboard, ADecisionAfterItsDueTimeIsNotInTimeAndAnUndecidedChildIsNotDecided) {
  auto late = Decided(1, 10, "2026-03-02T10:00:00Z");  // a Monday
  late.decided_at = At("2026-03-09T10:00:00Z");
  auto waiting = Decided(2, 11, "2026-03-02T10:00:00Z");
  waiting.decided_at = std::nullopt;
  const auto figures =
      On(CountByDay({late, waiting}, kNoClocks, kStandingRules), "2026-03-02", "*");
  EXPECT_EQ(figures.at("children"), 2);
  EXPECT_EQ(figures.at("decided"), 1);
  EXPECT_EQ(figures.count("decided_in_time"), 0u);
}

TEST(Dashboard, ARefusalCountsByWhatFollowedIt) {
  auto closed = Decided(1, 10, "2026-03-02T10:00:00Z");
  closed.services_consent = "refused";
  closed.consent_closure = true;
  closed.refusal_offer_written = true;
  auto referred = Decided(2, 11, "2026-03-02T10:00:00Z");
  referred.services_consent = "withdrawn";
  referred.referred = true;
  referred.referral_date = Day("2026-03-02");
  auto other = Decided(3, 12, "2026-03-02T10:00:00Z");
  other.services_consent = "refused";
  const auto figures =
      On(CountByDay({closed, referred, other}, kNoClocks, kStandingRules), "2026-03-02", "*");
  EXPECT_EQ(figures.at("consent_refused"), 2);
  EXPECT_EQ(figures.at("consent_withdrawn"), 1);
  EXPECT_EQ(figures.at("refusal_closed"), 1);
  EXPECT_EQ(figures.at("refusal_referred"), 1);
  EXPECT_EQ(figures.at("refusal_other"), 1);
  EXPECT_EQ(figures.at("refusal_offered"), 1);
  EXPECT_EQ(figures.at("referred"), 1);
}

TEST(Dashboard, ReReferralsAndAssessmentsInTimeFollowTheRulesOfTheReturns) {
  auto again = Decided(1, 10, "2026-03-02T10:00:00Z");
  again.referred = true;
  again.referral_date = Day("2026-03-02");
  again.earlier_referral_date = Day("2025-03-02");  // exactly 12 months before: within
  again.assessment_authorised = Day("2026-03-20");
  auto first = Decided(2, 11, "2026-03-02T10:00:00Z");
  first.referred = true;
  first.referral_date = Day("2026-03-02");
  first.earlier_referral_date = Day("2025-03-01");  // 12 months and a day: not
  first.assessment_authorised = Day("2026-06-30");  // more than 45 working days
  auto overridden = Decided(3, 12, "2026-03-02T10:00:00Z");
  overridden.overridden = true;
  const auto figures =
      On(CountByDay({again, first, overridden}, kNoClocks, kStandingRules), "2026-03-02", "*");
  EXPECT_EQ(figures.at("referred"), 2);
  EXPECT_EQ(figures.at("re_referred"), 1);
  EXPECT_EQ(figures.at("assessed"), 2);
  EXPECT_EQ(figures.at("assessed_in_time"), 1);
  EXPECT_EQ(figures.at("overridden"), 1);
}

TEST(Dashboard, RatesAreMadeFromTheirFiguresAndEachTimelinessRateHasItsQualityRate) {
  FigureTotals totals{{Figure::kDecided, 10}, {Figure::kDecidedInTime, 9}};
  AddGrades({{"north", Grade::kGood}, {"south", Grade::kInadequate}, {"", Grade::kOutstanding}},
            kEveryTeam, totals);
  EXPECT_EQ(TotalOf(totals, RateOf("decided_in_time").part), 9);
  EXPECT_EQ(TotalOf(totals, RateOf("audited_good").part), 2);
  EXPECT_EQ(TotalOf(totals, RateOf("audited_good").whole), 3);
  FigureTotals north;
  AddGrades({{"north", Grade::kGood}, {"south", Grade::kInadequate}}, "north", north);
  EXPECT_EQ(north, (FigureTotals{{Figure::kGradedGood, 1}}));
  for (const auto& pair : TimelinessBesideQuality()) {
    EXPECT_NO_THROW(RateOf(pair.timeliness));
    EXPECT_NO_THROW(RateOf(pair.quality));
  }
  EXPECT_THROW(RateOf("no_such_rate"), std::out_of_range);
  EXPECT_EQ(ShareOf(3, 4), 0.75);
  EXPECT_EQ(ShareOf(0, 0), std::nullopt);
}

TEST(Dashboard, ThePeriodBeforeIsAsLongAndEndsTheDayBefore) {
  EXPECT_EQ(PreviousPeriod(Day("2026-03-01"), Day("2026-03-31")),
            std::make_pair(Day("2026-01-29"), Day("2026-02-28")));
  EXPECT_EQ(PreviousPeriod(Day("2025-12-02"), Day("2026-12-01")),
            std::make_pair(Day("2024-12-02"), Day("2025-12-01")));
}

TEST(Dashboard, APeriodMustBeRealInOrderAtMostAYearAndNotEndAfterToday) {
  const Date today = Day("2026-12-01");
  EXPECT_TRUE(ValidateDashboardPeriod(Day("2025-12-02"), today, today).empty());
  const auto after = ValidateDashboardPeriod(Day("2026-11-01"), Day("2026-12-02"), today);
  ASSERT_EQ(after.size(), 1u);
  EXPECT_EQ(after[0].field, "to");
  EXPECT_EQ(after[0].message, "The period cannot end after today");
  EXPECT_EQ(ValidateDashboardPeriod(Day("2025-12-01"), today, today).size(), 1u);
  EXPECT_EQ(ValidateDashboardPeriod(std::nullopt, today, today)[0].field, "from");
}

}  // namespace
}  // namespace frontdoor::domain
