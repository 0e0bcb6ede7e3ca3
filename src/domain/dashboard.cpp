// src/domain/dashboard.cpp — counting what became of contacts by day and team, and the rates.
#include "domain/dashboard.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>
#include <tuple>

#include "domain/decision.hpp"
#include "domain/language_figures.hpp"
#include "domain/re_referral.hpp"
#include "domain/uk_time.hpp"

namespace frontdoor::domain {

namespace {

// The figures one child's outcome counts in (not the contact's own).
std::vector<Figure> ChildFigures(const ContactOutcome& outcome, const FrontDoorSettings& settings,
                                 const WorkingCalendar& calendar) {
  std::vector<Figure> figures{Figure::kChildren};
  if (!outcome.decided_at) return figures;
  figures.push_back(Figure::kDecided);
  if (DecidedInTime(*outcome.decided_at,
                    DecisionDueAt(outcome.received_at, outcome.urgency, settings, calendar)))
    figures.push_back(Figure::kDecidedInTime);
  if (outcome.overridden) figures.push_back(Figure::kOverridden);
  const auto consent = kConsentStatuses.Parse(outcome.services_consent);
  static const std::map<ConsentStatus, Figure> kConsentFigures{
      {ConsentStatus::kGiven, Figure::kConsentGiven},
      {ConsentStatus::kRefused, Figure::kConsentRefused},
      {ConsentStatus::kWithdrawn, Figure::kConsentWithdrawn},
      {ConsentStatus::kNotSoughtRisk, Figure::kConsentNotSoughtRisk},
      {ConsentStatus::kNotYetSought, Figure::kConsentNotYetSought}};
  if (consent) figures.push_back(kConsentFigures.at(*consent));
  if (consent == ConsentStatus::kRefused || consent == ConsentStatus::kWithdrawn) {
    figures.push_back(outcome.consent_closure ? Figure::kRefusalClosed
                      : outcome.referred      ? Figure::kRefusalReferred
                                              : Figure::kRefusalOther);
    if (outcome.refusal_offer_written) figures.push_back(Figure::kRefusalOffered);
  }
  if (!outcome.referred || !outcome.referral_date) return figures;
  figures.push_back(Figure::kReferred);
  if (outcome.earlier_referral_date &&
      IsReReferral({*outcome.earlier_referral_date}, *outcome.referral_date))
    figures.push_back(Figure::kReReferred);
  if (outcome.assessment_authorised) {
    figures.push_back(Figure::kAssessed);
    if (*outcome.assessment_authorised <= AssessmentDue(*outcome.referral_date, calendar))
      figures.push_back(Figure::kAssessedInTime);
  }
  return figures;
}

}  // namespace

std::vector<DayCount> CountByDay(const std::vector<ContactOutcome>& outcomes,
                                 const FrontDoorSettings& settings,
                                 const WorkingCalendar& calendar) {
  std::map<std::tuple<Date, std::string, Figure>, std::int64_t> counts;
  std::set<std::pair<std::int64_t, std::string>> contact_counted;  // (contact, team)
  for (const auto& outcome : outcomes) {
    const Date day = UkDate(outcome.received_at);
    for (const std::string& team : {std::string(kEveryTeam), outcome.team}) {
      if (contact_counted.insert({outcome.contact_id, team}).second)
        ++counts[{day, team, Figure::kContacts}];
      if (outcome.person_id == 0) continue;
      for (const auto figure : ChildFigures(outcome, settings, calendar))
        ++counts[{day, team, figure}];
    }
  }
  std::vector<DayCount> days;
  days.reserve(counts.size());
  for (const auto& [key, amount] : counts)
    days.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), amount});
  return days;
}

void AddGrades(const std::vector<SettledGrade>& grades, std::string_view team,
               FigureTotals& totals) {
  static const std::map<Grade, Figure> kGradeFigures{
      {Grade::kOutstanding, Figure::kGradedOutstanding},
      {Grade::kGood, Figure::kGradedGood},
      {Grade::kRequiresImprovement, Figure::kGradedRequiresImprovement},
      {Grade::kInadequate, Figure::kGradedInadequate}};
  for (const auto& settled : grades)
    if (team == kEveryTeam || settled.team == team) ++totals[kGradeFigures.at(settled.grade)];
}

std::int64_t TotalOf(const FigureTotals& totals, const std::vector<Figure>& figures) {
  std::int64_t total = 0;
  for (const auto figure : figures) {
    const auto found = totals.find(figure);
    if (found != totals.end()) total += found->second;
  }
  return total;
}

std::optional<double> ShareOf(std::int64_t part, std::int64_t whole) {
  if (whole == 0) return std::nullopt;
  return static_cast<double>(part) / static_cast<double>(whole);
}

const std::vector<Rate>& Rates() {
  using F = Figure;
  static const std::vector<Rate> kRates{
      {"decided_in_time", "Decisions made in time", {F::kDecidedInTime}, {F::kDecided}, false},
      {"audited_good",
       "Audited decisions graded good or outstanding",
       {F::kGradedOutstanding, F::kGradedGood},
       {F::kGradedOutstanding, F::kGradedGood, F::kGradedRequiresImprovement, F::kGradedInadequate},
       false},
      {"assessed_in_time",
       "Assessments completed within 45 working days",
       {F::kAssessedInTime},
       {F::kAssessed},
       false},
      {"re_referred",
       "Referrals made again within 12 months",
       {F::kReReferred},
       {F::kReferred},
       true},
      {"referred", "Decisions that made a referral", {F::kReferred}, {F::kDecided}, false},
      {"overridden", "Decisions outside the usual routes", {F::kOverridden}, {F::kDecided}, false},
      {"consent_refused",
       "Decisions where consent to services was refused or withdrawn",
       {F::kConsentRefused, F::kConsentWithdrawn},
       {F::kDecided},
       false},
      {"refusal_closed",
       "Refusals closed because of the refusal",
       {F::kRefusalClosed},
       {F::kConsentRefused, F::kConsentWithdrawn},
       false},
      {"refusal_offered",
       "Refusals with what was offered instead written down",
       {F::kRefusalOffered},
       {F::kConsentRefused, F::kConsentWithdrawn},
       false},
  };
  return kRates;
}

const Rate& RateOf(std::string_view code) {
  for (const auto& rate : Rates())
    if (rate.code == code) return rate;
  throw std::out_of_range("no rate " + std::string(code));
}

const std::vector<RatePair>& TimelinessBesideQuality() {
  static const std::vector<RatePair> kPairs{
      {"decided_in_time", "audited_good",
       "A decision made quickly helps a child only when it is the right decision: beside "
       "timeliness, the final grades of the case audits of the same contacts."},
      {"assessed_in_time", "re_referred",
       "An assessment done in time helps only when it meets the child's needs: beside it, the "
       "children referred again within 12 months of an earlier referral."},
  };
  return kPairs;
}

std::pair<Date, Date> PreviousPeriod(const Date& from, const Date& to) {
  const auto first = std::chrono::sys_days(from);
  const auto days = std::chrono::sys_days(to) - first + std::chrono::days(1);
  return {Date(first - days), Date(first - std::chrono::days(1))};
}

FieldErrors ValidateDashboardPeriod(const std::optional<Date>& from, const std::optional<Date>& to,
                                    const Date& today) {
  auto errors = ValidateYearAtMost(from, to);
  if (to && *to > today && errors.empty())
    errors.push_back({"to", "The period cannot end after today"});
  return errors;
}

}  // namespace frontdoor::domain
