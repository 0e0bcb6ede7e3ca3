// src/domain/dashboard.hpp — the dashboard's figures: what became of the contacts that came in over
// a period and of the children on them, counted by the UK day each contact came in and by team,
// and the rates made from them, each timeliness rate shown beside the quality rate it goes with.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/case_audit.hpp"
#include "domain/code_list.hpp"
#include "domain/codes.hpp"
#include "domain/mash_check.hpp"
#include "domain/person.hpp"
#include "domain/validation.hpp"
#include "domain/working_days.hpp"

namespace frontdoor::domain {

//! What a figure counts.
enum class Figure {
  kContacts,                   //!< contacts that came in
  kChildren,                   //!< children on them
  kDecided,                    //!< children whose decision is made
  kDecidedInTime,              //!< of them, decided by the time their contact's urgency allows
  kReferred,                   //!< children referred for an assessment
  kReReferred,                 //!< of them, referred before within 12 months
  kOverridden,                 //!< decisions outside the usual routes
  kConsentGiven,               //!< consent to services, as the decision records it
  kConsentRefused,             //!<
  kConsentWithdrawn,           //!<
  kConsentNotSoughtRisk,       //!<
  kConsentNotYetSought,        //!<
  kRefusalClosed,              //!< refused or withdrawn, and closed for that reason
  kRefusalReferred,            //!< refused or withdrawn, and referred all the same (risk)
  kRefusalOther,               //!< refused or withdrawn, and neither closed nor referred
  kRefusalOffered,             //!< refused or withdrawn, with what was offered instead written down
  kAssessed,                   //!< children referred whose assessment is completed
  kAssessedInTime,             //!< of them, within 45 working days of the referral
  kGradedOutstanding,          //!< settled case audits, by final grade
  kGradedGood,                 //!<
  kGradedRequiresImprovement,  //!<
  kGradedInadequate,           //!<
};
inline constexpr CodeList<Figure, 22> kFigures{{{
    {Figure::kContacts, "contacts", "Contacts"},
    {Figure::kChildren, "children", "Children on those contacts (a child on two counts twice)"},
    {Figure::kDecided, "decided", "Children with a decision made"},
    {Figure::kDecidedInTime, "decided_in_time", "Decisions made in time"},
    {Figure::kReferred, "referred", "Children referred for an assessment"},
    {Figure::kReReferred, "re_referred", "Referred again within 12 months"},
    {Figure::kOverridden, "overridden", "Decisions outside the usual routes"},
    {Figure::kConsentGiven, "consent_given", "Consent to services given"},
    {Figure::kConsentRefused, "consent_refused", "Consent to services refused"},
    {Figure::kConsentWithdrawn, "consent_withdrawn", "Consent to services withdrawn"},
    {Figure::kConsentNotSoughtRisk, "consent_not_sought_risk",
     "Consent not asked for because asking would increase the risk"},
    {Figure::kConsentNotYetSought, "consent_not_yet_sought", "Consent not yet asked for"},
    {Figure::kRefusalClosed, "refusal_closed", "After a refusal: closed because of it"},
    {Figure::kRefusalReferred, "refusal_referred",
     "After a refusal: referred all the same because of the risk"},
    {Figure::kRefusalOther, "refusal_other", "After a refusal: another outcome"},
    {Figure::kRefusalOffered, "refusal_offered",
     "After a refusal: what was offered instead written down"},
    {Figure::kAssessed, "assessed", "Assessments completed"},
    {Figure::kAssessedInTime, "assessed_in_time", "Assessments completed within 45 working days"},
    {Figure::kGradedOutstanding, "graded_outstanding", "Audited: outstanding"},
    {Figure::kGradedGood, "graded_good", "Audited: good"},
    {Figure::kGradedRequiresImprovement, "graded_requires_improvement",
     "Audited: requires improvement to be good"},
    {Figure::kGradedInadequate, "graded_inadequate", "Audited: inadequate"},
}}};

//! The team every figure is also kept under: all teams together.
inline constexpr std::string_view kEveryTeam = "*";

//! One child on a contact that came in (or the contact alone, when it names no child), with what
//! became of them: what the day's figures are counted from.
struct ContactOutcome {
  std::int64_t contact_id = 0;
  std::int64_t person_id = 0;  //!< 0: the contact names no child
  Timestamp received_at{};
  std::string urgency;                  //!< the referrer urgency's code
  std::optional<Timestamp> decided_at;  //!< when the child's decision was made, if it is
  bool referred = false;
  bool overridden = false;
  std::string services_consent;  //!< a ConsentStatus code, when decided
  bool consent_closure = false;
  bool refusal_offer_written = false;
  std::string team;  //!< the team the child was allocated to; "" when none
  std::optional<Date> referral_date;
  std::optional<Date> earlier_referral_date;  //!< the child's latest referral before this one
  std::optional<Date> assessment_authorised;  //!< the first completed assessment of the referral
};

//! A settled case audit: the team the child went to ("" none) and the final grade.
struct SettledGrade {
  std::string team;
  Grade grade = Grade::kGood;
};

//! How many of one figure, on one day, for one team (kEveryTeam: all of them).
struct DayCount {
  Date day;
  std::string team;
  Figure figure = Figure::kContacts;
  std::int64_t amount = 0;

  bool operator==(const DayCount&) const = default;
};

//! The figures of `outcomes`, by the UK day each contact came in and by team: each under its
//! child's team and under kEveryTeam, a contact once under each team its children went to. Decided
//! in time: by DecisionDueAt; assessed in time: authorised by AssessmentDue of the referral.
//! Ordered by day, team and figure; no zero counts.
std::vector<DayCount> CountByDay(const std::vector<ContactOutcome>& outcomes,
                                 const FrontDoorSettings& settings,
                                 const WorkingCalendar& calendar);

//! Totals of each figure.
using FigureTotals = std::map<Figure, std::int64_t>;

//! Adds the figures of the settled grades of `team`'s children (kEveryTeam: all) to `totals`.
void AddGrades(const std::vector<SettledGrade>& grades, std::string_view team,
               FigureTotals& totals);

//! The total of `figures` in `totals` (0 for those missing).
std::int64_t TotalOf(const FigureTotals& totals, const std::vector<Figure>& figures);

//! A share the dashboard shows: so many of `part` out of `whole`.
struct Rate {
  std::string_view code;  //!< "decided_in_time"
  std::string_view name;  //!< "Decisions made in time"
  std::vector<Figure> part;
  std::vector<Figure> whole;
  bool lower_is_better = false;
};

//! `part` out of `whole` as a share from 0 to 1; nullopt when `whole` is 0 (nothing to share).
std::optional<double> ShareOf(std::int64_t part, std::int64_t whole);

//! Every rate, in the order shown.
const std::vector<Rate>& Rates();
//! The rate with this code; throws std::out_of_range for one not in Rates().
const Rate& RateOf(std::string_view code);

//! A timeliness rate and the quality rate always shown beside it.
struct RatePair {
  std::string_view timeliness;  //!< a Rate code
  std::string_view quality;     //!< a Rate code
  std::string_view why;         //!< why they go together, for the page
};
//! The pairs, in the order shown.
const std::vector<RatePair>& TimelinessBesideQuality();

//! The period just before `from`..`to`, as many days long.
std::pair<Date, Date> PreviousPeriod(const Date& from, const Date& to);

//! Checks a dashboard period: ValidateYearAtMost, and not ending after `today`.
FieldErrors ValidateDashboardPeriod(const std::optional<Date>& from, const std::optional<Date>& to,
                                    const Date& today);

}  // namespace frontdoor::domain
